#pragma once

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace infiniti {

class DownloadJob;
class FileListModel;
class Session;
struct ApiRequest;

// The files behind a FileListModel's rows (library items, project packages), fetched on demand
// for previews, saving and drags: at most one request per row at a time, the result cached in
// the model (which lets the row be dragged out as a file).
class FileFetches : public QObject
{
    Q_OBJECT
public:
    struct File
    {
        QByteArray bytes;
        QString fileName; // empty: the model's own name for the row
    };
    // The request for a row's file, and how a finished answer becomes the file (or a sentence
    // saying why it is not one).
    using Request = std::function<ApiRequest(const QString &id)>;
    using Read = std::function<std::optional<File>(const DownloadJob &job, QString *problem)>;

    FileFetches(FileListModel *model, Request request, Read read, QObject *parent);

    // `then` gets the row's file: at once when cached, otherwise when the one fetch of it (begun
    // here or already running) is in. `failed` hears why it could not be had (not on a cancel).
    void fetch(Session *session, const QString &id,
               std::function<void(const QByteArray &)> then = {},
               std::function<void(const QString &problem)> failed = {});
    bool isFetching(const QString &id) const { return m_waiting.contains(id); }

private:
    struct Waiter
    {
        std::function<void(const QByteArray &)> then;
        std::function<void(const QString &)> failed;
    };
    void finished(const QString &id, DownloadJob &job);

    FileListModel *m_model;
    Request m_request;
    Read m_read;
    QHash<QString, QList<Waiter>> m_waiting; // by row id, while its one fetch runs
};

} // namespace infiniti
