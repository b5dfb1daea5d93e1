#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>
#include <utility>

namespace infiniti {

class UploadBody;

// Which of the two Infiniti modules a request is addressed to.
enum class ApiModule { Admin, Client };

// A pure description of one HTTP request, relative to a module's base URL.
// Endpoint files build these with pure functions so they can be tested without a network.
struct ApiRequest
{
    QByteArray method = "GET";
    ApiModule module = ApiModule::Admin;
    // Path below `{base}/api/v1/{admin|client}/`, already percent-encoded (see ApiPath).
    QByteArray encodedPath;
    QList<std::pair<QString, QString>> query;
    QByteArray body;
    // A body made while it is sent (a large file), instead of `body`: see api/UploadBody.h.
    std::shared_ptr<const UploadBody> upload;
    QByteArray contentType;
    // Further headers (e.g. As-User for prepare form); never Authorization.
    QList<std::pair<QByteArray, QByteArray>> headers;
    // Set when following a URL the server gave us (@nextLink, Location); overrides path/query.
    QUrl absoluteUrl;
    // Short translated phrase naming the action and resource, e.g. "list users".
    QString action;
    // What a 404 means here when it is not "that item is gone" (a translated sentence ending in
    // a full stop): for a sign-in, that the URL is not an Infiniti server's; for a name the user
    // typed (users/name/), that no user has it.
    QString notFoundReason;
    // Longest silence: restarted whenever bytes move, so it bounds a stall, not a large transfer.
    std::chrono::milliseconds timeout{30000};
    // Longest wait for the whole answer of one attempt, however steadily bytes trickle in: a
    // server that sends a byte now and then, or a body that never ends, still fails in time.
    std::chrono::milliseconds totalTimeout{std::chrono::minutes(5)};
    // Largest answer taken in. A larger one (by its Content-Length, or by the bytes received so
    // far) is refused before it fills memory (contract 9.1 "Time").
    qint64 maxAnswerBytes = kDefaultMaxAnswerBytes;
    static constexpr qint64 kDefaultMaxAnswerBytes = qint64(256) * 1024 * 1024;
    // Login requests carry no token and a 401 on them means "bad credentials", not "re-login".
    // The answer is a ZIP file (a project package): a DownloadJob checks that what came is
    // one whole archive (Zip::checkEnds) before it is kept, so an HTML page, an empty answer or
    // a package cut short never becomes a backup.
    bool zipAnswer = false;
    // The answer is one file's bytes (a library version): an empty answer, a web page or a JSON
    // answer is a server's or a proxy's page (a sign-in form, an error), not the file, unless
    // `fileExtension` (".html", ".json"; empty when unknown) says the file is one — the
    // DownloadJob fails and keeps nothing.
    bool fileAnswer = false;
    QString fileExtension;
    bool authenticated = true;
    // A 401 on this request asks the user to sign in again (not for logoff: it is leaving anyway).
    bool reauthenticateOnUnauthorised = true;

    // Only requests without side effects are replayed after a re-login or retried.
    bool isIdempotent() const { return method == "GET" || method == "HEAD"; }
    // The query in the exact encoded form sent on the wire.
    QByteArray encodedQuery() const;
    QString queryValue(const QString &key) const;
    // Large transfers (packages, library files, sync packs): a longer wait, still bounded.
    ApiRequest &forLargeTransfer(std::chrono::milliseconds silence = std::chrono::minutes(2));
};

namespace ApiPath {
// The usual encoding of one path segment (RFC 3986 unreserved characters stay as they are).
QByteArray segment(const QString &value);
// Every byte outside [A-Za-z0-9] percent-encoded: what `users/name/` needs on IIS (contract 9.1).
QByteArray strictSegment(const QString &value);
} // namespace ApiPath

} // namespace infiniti
