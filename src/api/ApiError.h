#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace infiniti {

// What went wrong with a request, in a small documented taxonomy (after libQuotient's BaseJob).
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None,
        Cancelled,    // the caller aborted the job
        Network,      // connection refused, reset, DNS…
        Timeout,      // no answer within the request's timeout
        Tls,          // certificate not trusted (see certificate())
        Unauthorised, // 401: token missing, expired or revoked; or bad credentials on login
        Forbidden,    // 403: the user's roles lack the permission
        NotFound,     // 404
        Conflict,     // 409: a name is taken
        Validation,   // 400: bad input; fieldErrors() names the fields
        RateLimited,  // 429; retryAfterSeconds()
        Server,       // 5xx
        BadResponse,  // 2xx whose body is not what the endpoint returns
        Rejected,     // any other 4xx (405, 413…)
        LocalFile,    // what was to be sent could not be read here (a file changed or gone)
    };

    ApiError() = default;
    ApiError(Kind kind, QString action, int httpStatus = 0, QString serverMessage = {});

    // Builds the error for a non-2xx answer, reading the server's message from JSON, text or HTML.
    static ApiError fromHttp(const QString &action, int status, const QByteArray &body,
                             const QByteArray &contentType);
    static Kind kindForStatus(int status);
    // The server's own words from a body in any of the shapes of contract 9.1.
    static QString serverText(const QByteArray &body, const QByteArray &contentType);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QString action() const { return m_action; }
    QString serverMessage() const { return m_serverMessage; }
    const QMap<QString, QStringList> &fieldErrors() const { return m_fieldErrors; }
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    QSslCertificate certificate() const { return m_certificate; }
    QString networkDetail() const { return m_networkDetail; }

    void setRetryAfterSeconds(int s) { m_retryAfterSeconds = s; }
    void setCertificate(const QSslCertificate &c) { m_certificate = c; }
    void setNetworkDetail(const QString &d) { m_networkDetail = d; }
    void setFieldErrors(const QMap<QString, QStringList> &e) { m_fieldErrors = e; }
    // What exactly went wrong, when we know more than the kind says ("the answer was cut off after
    // 120 of 4,000 bytes."): a translated sentence ending in a full stop; message() uses it.
    void setReason(const QString &reason) { m_reason = reason; }
    QString reason() const { return m_reason; }

    // The server's words in it (its message, field errors, the reason and the network detail,
    // which may quote the answer) made safe to show: ShownText::serverWords() — no terminal
    // controls, no more than a screenful, and `secrets` (the tokens the request may have
    // carried) and any token they quote redacted.
    void makeShowable(const QStringList &secrets);

    // A short translated sentence naming the action, e.g. "Could not list users: access denied."
    QString message() const;
    // The server's own words when it gave any (they say what was wrong), otherwise message().
    QString serverOrOwnMessage() const
    {
        return m_serverMessage.isEmpty() ? message() : m_serverMessage;
    }
    // The technical background: HTTP status and the server's text.
    QString details() const;
    static QString kindName(Kind kind);
    // The kind's own words ("the server could not be reached.").
    static QString genericReason(Kind kind);

private:
    Kind m_kind = Kind::None;
    QString m_action;
    int m_httpStatus = 0;
    QString m_serverMessage;
    QString m_networkDetail;
    QString m_reason;
    QMap<QString, QStringList> m_fieldErrors;
    int m_retryAfterSeconds = -1;
    QSslCertificate m_certificate;
};

} // namespace infiniti
