#include "compare/SnapshotReader.h"

#include "api/DownloadJob.h"
#include "api/dto/PublishedProjects.h"
#include "api/endpoints/CrudRequests.h"
#include "api/endpoints/LibraryEndpoints.h"
#include "api/endpoints/ProjectsEndpoints.h"
#include "api/EntityJob.h"
#include "api/Session.h"
#include "compare/ListReader.h"
#include "compare/RequestQueue.h"
#include "formats/Json.h"
#include "formats/ProjectPackage.h"

#include <QCoreApplication>
#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace infiniti::compare {

namespace {
// The documented published-projects list holds publish folders with their publications
// nested (contract 9.1); our emulator sends them flat. A folder is an item without a project that
// holds an array (PublishedProjects::isFolder(), as the console reads it); its publications are
// the objects of its first array of objects — none for an empty folder. Not a folder: nullopt.
std::optional<QJsonArray> publicationsInFolder(const QJsonObject &item)
{
    if (!Json::value(item, "projectId"_L1).isUndefined() || !PublishedProjects::isFolder(item))
        return std::nullopt;
    for (auto it = item.begin(); it != item.end(); ++it) {
        if (it.value().isArray() && !it.value().toArray().isEmpty() &&
            it.value().toArray().first().isObject())
            return it.value().toArray();
    }
    return QJsonArray();
}

// Both shapes become one flat list, each publication knowing its folder: never a folder taken
// for a publication (an empty one gives none).
QList<QJsonObject> flattenPublications(const QList<QJsonObject> &items)
{
    QList<QJsonObject> out;
    out.reserve(items.size());
    for (const QJsonObject &item : items) {
        const auto nested = publicationsInFolder(item);
        if (!nested) {
            out << item; // a publication (or something we do not know: kept, to be seen)
            continue;
        }
        for (const auto &v : *nested) {
            QJsonObject publication = v.toObject();
            if (Json::string(publication, "folderId"_L1).isEmpty())
                publication.insert("folderId"_L1, Json::idOf(item));
            if (Json::string(publication, "folderName"_L1).isEmpty())
                publication.insert("folderName"_L1, Json::string(item, "name"_L1));
            out << publication;
        }
    }
    return out;
}

// The ids a published-projects list item stands for in ListReader's check for one listed twice:
// a folder's publications (the folder itself may go on over the next page), else its own.
QStringList publicationIds(const QJsonObject &item)
{
    const auto nested = publicationsInFolder(item);
    if (!nested)
        return {Json::idOf(item)};
    QStringList ids;
    for (const auto &v : *nested)
        ids << Json::idOf(v.toObject());
    return ids;
}

// SHA-256 over the definition and each document (by id), not over the package: a package also
// carries the version number and the time of the export, which differ between two servers
// holding the same project.
QByteArray contentHash(const ProjectPackage::Full &project)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("definition\n");
    hash.addData(project.definition.toUtf8());
    auto documents = project.documents;
    std::sort(documents.begin(), documents.end(), [](const auto &a, const auto &b) {
        return a.id.compare(b.id, Qt::CaseInsensitive) < 0;
    });
    for (const auto &d : documents) {
        hash.addData("\ndocument\n");
        hash.addData(d.id.toLower().toUtf8());
        hash.addData("\n");
        hash.addData(QCryptographicHash::hash(d.docx, QCryptographicHash::Sha256));
    }
    return hash.result();
}
} // namespace

SnapshotReader::SnapshotReader(Session *session, QList<Part> parts, ReadOptions options,
                               QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_parts(withDependencies(parts))
    , m_options(options)
    , m_queue(new RequestQueue(options.concurrency, this))
{
    qRegisterMetaType<ReadProgress>();
    if (session) {
        m_snapshot.label = session->profile().name.isEmpty()
                               ? session->profile().manageUrl.toString()
                               : session->profile().name;
        m_snapshot.server = session->profile().manageUrl;
    }
}

SnapshotReader::~SnapshotReader() = default;

void SnapshotReader::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    m_progress.partsTotal = int(m_parts.size());
    if (!m_session) {
        QMetaObject::invokeMethod(
            this, [this] { fail(ApiError(ApiError::Kind::Network, tr("read the server"))); },
            Qt::QueuedConnection);
        return;
    }
    if (m_parts.isEmpty()) {
        QMetaObject::invokeMethod(this, &SnapshotReader::finish, Qt::QueuedConnection);
        return;
    }
    for (Part part : std::as_const(m_parts)) {
        m_snapshot.read[size_t(part)] = true;
        ++m_pending[size_t(part)];
        if (part == Part::DataObjects)
            continue; // listed per data source once those are in
        readList(part, listPath(part), tr("list %1").arg(partTitle(part).toLower()));
    }
}

void SnapshotReader::cancel()
{
    fail(ApiError(ApiError::Kind::Cancelled, tr("compare the servers")));
}

void SnapshotReader::readList(Part part, const QByteArray &path, const QString &action,
                              const QString &parentId)
{
    auto *reader =
        new ListReader(m_session, m_queue, CrudRequests::list(path, 0, m_options.pageSize, action),
                       envelopeName(part), m_options.pageSize, this);
    if (part == Part::PublishedProjects)
        reader->setItemIds(publicationIds);
    connect(reader, &ListReader::pageRead, this, [this](int n) {
        m_progress.itemsRead += n;
        emit progress(m_progress);
    });
    connect(reader, &ListReader::finished, this,
            [this, part, parentId](ListReader *r) { onListRead(part, r, parentId); });
    reader->start();
}

void SnapshotReader::onListRead(Part part, ListReader *reader, const QString &parentId)
{
    reader->deleteLater();
    if (m_finished)
        return;
    if (!reader->succeeded()) {
        fail(reader->error(), part);
        return;
    }
    QList<QJsonObject> items = reader->takeItems();
    QList<QJsonObject> &list = m_snapshot.list(part);
    switch (part) {
    case Part::DataObjects:
        for (QJsonObject &o : items) {
            if (Json::string(o, "dataSourceId"_L1).isEmpty())
                o.insert("dataSourceId"_L1, parentId); // the path says whose they are
        }
        list << items;
        break;
    case Part::PublishedProjects:
        list = flattenPublications(items);
        break;
    default:
        list = std::move(items);
        break;
    }
    if (part == Part::DataSources && m_snapshot.has(Part::DataObjects)) {
        for (const QJsonObject &source : std::as_const(list)) {
            const QString id = Json::idOf(source);
            if (id.isEmpty()) {
                fail(ApiError(ApiError::Kind::BadResponse, tr("list data sources"), 200,
                              tr("A data source has no id, so its data objects cannot be listed.")),
                     Part::DataSources);
                return;
            }
            ++m_pending[size_t(Part::DataObjects)];
            readList(Part::DataObjects, "datasources/" + ApiPath::segment(id) + "/dataobjects",
                     tr("list the data objects of “%1”").arg(Json::string(source, "name"_L1)), id);
        }
        taskDone(Part::DataObjects); // the placeholder counted at start
    }
    if (part == Part::LibraryItems && m_options.libraryFiles) {
        for (const QJsonObject &item : std::as_const(list))
            fetchLibraryFile(item);
    }
    if (part == Part::Projects && m_options.projectContents) {
        for (const QJsonObject &project : std::as_const(list))
            fetchProjectContents(project);
    }
    taskDone(part);
}

void SnapshotReader::fetchLibraryFile(const QJsonObject &item)
{
    const QString id = Json::idOf(item);
    const QString name = Json::string(item, "name"_L1);
    const QString version = Json::string(item, "version"_L1);
    ++m_pending[size_t(Part::LibraryItems)];
    ++m_progress.filesTotal;
    // The documented version export gives the raw bytes of exactly the version the list named;
    // without a version, the item itself carries its file as Base64 (contract 4.5, 9.2).
    const bool viaExport = !version.isEmpty();
    ApiJob *job = viaExport ? static_cast<ApiJob *>(new DownloadJob(
                                  m_session, LibraryEndpoints::exportVersion(id, version)))
                            : new EntityJob(m_session, LibraryEndpoints::get(id, true));
    m_queue->submit(
        job, [this, id, name, viaExport](ApiJob *j) { onLibraryFile(id, name, j, viaExport); });
}

void SnapshotReader::onLibraryFile(const QString &id, const QString &name, ApiJob *job,
                                   bool viaExport)
{
    if (m_finished)
        return;
    if (!job->succeeded()) {
        fail(job->error(), Part::LibraryItems);
        return;
    }
    QByteArray bytes;
    if (viaExport) {
        bytes = job->body();
    } else {
        const QJsonValue binary = Json::value(static_cast<EntityJob *>(job)->object(), "binary"_L1);
        const auto decoded = QByteArray::fromBase64Encoding(
            binary.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!binary.isString() || !decoded) {
            fail(ApiError(
                     ApiError::Kind::BadResponse, job->request().action, job->httpStatus(),
                     tr("The server gave no readable file for the library item “%1”.").arg(name)),
                 Part::LibraryItems);
            return;
        }
        bytes = decoded.decoded;
    }
    m_snapshot.libraryFiles.insert(
        id.toLower(), {QCryptographicHash::hash(bytes, QCryptographicHash::Sha256), bytes.size()});
    fileDone();
    taskDone(Part::LibraryItems);
}

void SnapshotReader::fetchProjectContents(const QJsonObject &project)
{
    const QString id = Json::idOf(project);
    const QString name = Json::string(project, "name"_L1);
    ++m_pending[size_t(Part::Projects)];
    ++m_progress.filesTotal;
    m_queue->submit(new DownloadJob(m_session, ProjectsEndpoints::exportLatest(id, name)),
                    [this, id, name](ApiJob *j) { onProjectExport(id, name, j); });
}

void SnapshotReader::onProjectExport(const QString &id, const QString &name, ApiJob *job)
{
    if (m_finished)
        return;
    if (!job->succeeded()) {
        fail(job->error(), Part::Projects);
        return;
    }
    QString why;
    const auto projects = ProjectPackage::readAll(job->body(), &why);
    const ProjectPackage::Full *mine = nullptr;
    if (projects) {
        for (const auto &p : *projects) {
            if (p.project.id.compare(id, Qt::CaseInsensitive) == 0 || projects->size() == 1)
                mine = &p;
        }
        if (!mine)
            why = tr("the package does not hold this project");
    }
    if (!mine) {
        fail(ApiError(ApiError::Kind::BadResponse, job->request().action, job->httpStatus(),
                      tr("The export of the project “%1” cannot be read: %2.").arg(name, why)),
             Part::Projects);
        return;
    }
    m_snapshot.projectContents.insert(id.toLower(), contentHash(*mine));
    fileDone();
    taskDone(Part::Projects);
}

void SnapshotReader::fileDone()
{
    ++m_progress.filesDone;
    emit progress(m_progress);
}

void SnapshotReader::taskDone(Part part)
{
    if (--m_pending[size_t(part)] == 0) {
        ++m_progress.partsDone;
        emit progress(m_progress);
    }
    if (m_progress.partsDone == m_progress.partsTotal)
        finish();
}

void SnapshotReader::fail(const ApiError &error, std::optional<Part> part)
{
    if (m_finished)
        return;
    m_failedPart = part;
    // Marked first: aborting the jobs in flight calls their handlers, which must not fail again.
    m_finished = true;
    m_error = error;
    m_queue->abortAll();
    emitFinished();
}

void SnapshotReader::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emitFinished();
}

void SnapshotReader::emitFinished()
{
    m_snapshot.readMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_snapshot.requests = m_queue->started();
    m_snapshot.bytesRead = m_queue->bytesReceived();
    emit finished();
}

} // namespace infiniti::compare
