#include "cli/CtlRunner.h"

#include "api/DownloadJob.h"
#include "api/OperationWatcher.h"
#include "formats/ProjectPackage.h"
#include "api/endpoints/ClientEndpoints.h"
#include "api/endpoints/LibraryEndpoints.h"
#include "api/endpoints/ProjectsEndpoints.h"

#include <QDir>

#include <QFileInfo>
#include <QJsonArray>

#include "formats/Csv.h"
#include "api/EntityJob.h"
#include "formats/Json.h"
#include "api/ListPageJob.h"
#include "api/LoginJob.h"
#include "api/PageCursor.h"
#include "api/ProfileStore.h"
#include "api/SecretStore.h"
#include "api/UserImport.h"
#include "api/Session.h"
#include "api/endpoints/AuthEndpoints.h"
#include "api/endpoints/CrudRequests.h"
#include "api/endpoints/LicenseEndpoints.h"
#include "api/endpoints/UsersEndpoints.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonParseError>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

CtlRunner::CtlRunner(CtlOptions options, std::optional<QString> password, SecretStore *secrets,
                     ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_password(std::move(password))
    , m_secrets(secrets)
    , m_profiles(profiles)
    , m_out(stdout)
    , m_err(stderr)
{
}

void CtlRunner::start()
{
    QMetaObject::invokeMethod(this, &CtlRunner::run, Qt::QueuedConnection);
}

int CtlRunner::exitCodeFor(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return Ok;
    case ApiError::Kind::Unauthorised:
    case ApiError::Kind::Forbidden:
        return AuthFailure;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
        return NetworkFailure;
    case ApiError::Kind::Server:
    case ApiError::Kind::BadResponse:
        return ServerError;
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Conflict:
    case ApiError::Kind::Validation:
    case ApiError::Kind::Rejected:
    case ApiError::Kind::RateLimited:
        return RequestRejected;
    case ApiError::Kind::Cancelled:
        return Failure;
    }
    return Failure;
}

void CtlRunner::run()
{
    if (!m_options.profile.isEmpty()) {
        const auto saved = m_profiles->find(m_options.profile);
        if (!saved) {
            m_err << tr("infiniti-ctl: no saved connection named “%1”.").arg(m_options.profile) << '\n';
            finish(UsageError);
            return;
        }
        m_profile = *saved;
        if (m_options.user.isEmpty())
            m_options.user = saved->lastUser;
    } else {
        m_profile.manageUrl = Profile::normaliseServerUrl(m_options.server);
        m_profile.produceUrl = Profile::normaliseServerUrl(m_options.produce);
    }
    if (!m_profile.manageUrl.isValid() || m_profile.manageUrl.host().isEmpty()) {
        m_err << tr("infiniti-ctl: “%1” is not a server URL.").arg(m_options.server) << '\n';
        finish(UsageError);
        return;
    }
    if (m_options.user.isEmpty()) {
        m_err << tr("infiniti-ctl: say which account with --user NAME.") << '\n';
        finish(UsageError);
        return;
    }
    m_session = new Session(m_profile, this);
    m_session->retryPolicy().maxAttempts = 3;

    const QString command = m_options.command.value(0);
    if (command == "login"_L1) {
        login();
        return;
    }
    if (command == "logout"_L1) {
        logout();
        return;
    }
    if (command == "license"_L1) {
        authenticate([this] { runLicense(); });
        return;
    }
    if (command == "sync"_L1) {
        authenticate([this] { runSync(m_options.command.value(1)); });
        return;
    }
    const QString verb = m_options.command.value(1);
    if (command == "forms"_L1 || command == "generate"_L1 || command == "outputs"_L1 || command == "prepareform"_L1) {
        authenticate([this, command, verb] { runProduce(command, verb); });
        return;
    }
    m_resource = CtlResource::named(command);
    m_collection = m_resource->path(m_options.parentId);
    if ((command == "workflow"_L1 || command == "tasks"_L1) && verb != "list"_L1 && verb != "get"_L1) {
        authenticate([this, command, verb] { runProduce(command, verb); });
        return;
    }
    if (command == "library"_L1 && (verb == "create"_L1 || verb == "replace"_L1 || verb == "history"_L1
                                    || verb == "export"_L1 || (verb == "get"_L1 && !m_options.outFile.isEmpty()))) {
        authenticate([this, verb] { runLibrary(verb); });
        return;
    }
    if (command == "projects"_L1 && verb != "list"_L1 && verb != "get"_L1 && verb != "delete"_L1) {
        authenticate([this, verb] { runProjects(verb); });
        return;
    }
    std::optional<QJsonObject> input;
    if (verb == "create"_L1 || verb == "update"_L1) {
        QString problem;
        input = readInput(&problem);
        if (!input) {
            m_err << "infiniti-ctl: " << problem << '\n';
            finish(UsageError);
            return;
        }
    }
    authenticate([this, verb, input] {
        if (verb == "list"_L1)
            listItems();
        else if (verb == "get"_L1)
            getItem();
        else if (verb == "create"_L1)
            createItem(*input);
        else if (verb == "update"_L1)
            updateItem(*input);
        else if (verb == "import"_L1)
            importUsers();
        else
            deleteItem();
    });
}

void CtlRunner::authenticate(const std::function<void()> &then)
{
    if (m_password) {
        auto *job = new LoginJob(m_session, ApiModule::Admin, m_options.user, *m_password, this);
        connect(job, &ApiJob::finished, this, [this, job, then] {
            if (!job->succeeded()) {
                fail(job->error());
                return;
            }
            m_session->setToken(job->result().token, m_options.user, job->result().userId);
            m_oneShotToken = true; // logged off again when the command is done
            then();
        });
        job->start();
        return;
    }
    m_secrets->read(m_profile.secretKey(m_options.user), this, [this, then](const SecretStore::Result &r) {
        const QString token = QJsonDocument::fromJson(r.secret.toUtf8()).object().value("token"_L1).toString();
        if (!r.ok() || token.isEmpty()) {
            m_err << tr("infiniti-ctl: not signed in as %1. Run 'infiniti-ctl login' first, or give the "
                        "password in INFINITI_PASSWORD or on standard input.")
                         .arg(m_options.user);
            if (r.status == SecretStore::Status::Unavailable)
                m_err << ' ' << tr("(The keychain is not available: %1)").arg(r.message);
            m_err << '\n';
            finish(AuthFailure);
            return;
        }
        m_session->setToken(token, m_options.user);
        then();
    });
}

void CtlRunner::login()
{
    if (!m_password) {
        m_err << tr("infiniti-ctl: login needs the password in INFINITI_PASSWORD or on standard input.") << '\n';
        finish(UsageError);
        return;
    }
    auto *job = new LoginJob(m_session, ApiModule::Admin, m_options.user, *m_password, this);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->succeeded()) {
            fail(job->error());
            return;
        }
        const QString blob = QString::fromUtf8(QJsonDocument(QJsonObject{{"token"_L1, job->result().token},
                                                                          {"userId"_L1, job->result().userId}})
                                                   .toJson(QJsonDocument::Compact));
        m_secrets->write(m_profile.secretKey(m_options.user), blob, this, [this](const SecretStore::Result &r) {
            if (!r.ok()) {
                m_err << tr("infiniti-ctl: signed in, but the keychain could not remember the sign-in: %1")
                             .arg(r.message)
                      << '\n';
                finish(Failure);
                return;
            }
            if (!m_options.profile.isEmpty()) {
                m_profile.lastUser = m_options.user;
                m_profiles->save(m_profile);
            }
            m_err << tr("Signed in to %1 as %2.").arg(m_profile.manageUrl.toDisplayString(), m_options.user) << '\n';
            finish(Ok);
        });
    });
    job->start();
}

void CtlRunner::logout()
{
    m_secrets->read(m_profile.secretKey(m_options.user), this, [this](const SecretStore::Result &r) {
        const QString token = QJsonDocument::fromJson(r.secret.toUtf8()).object().value("token"_L1).toString();
        if (token.isEmpty()) {
            m_err << tr("Not signed in as %1; nothing to do.").arg(m_options.user) << '\n';
            finish(Ok);
            return;
        }
        m_session->setToken(token, m_options.user);
        auto *job = new ApiJob(m_session, AuthEndpoints::logoff(ApiModule::Admin), this);
        connect(job, &ApiJob::finished, this, [this, job] {
            const ApiError error = job->error();
            m_secrets->remove(m_profile.secretKey(m_options.user), this, [this, error](const SecretStore::Result &) {
                // A token the server already forgot (401) is signed out all the same.
                if (error.isError() && error.kind() != ApiError::Kind::Unauthorised) {
                    m_err << tr("infiniti-ctl: the token was forgotten here, but the server said: %1")
                                 .arg(error.message())
                          << '\n';
                    finish(exitCodeFor(error));
                    return;
                }
                m_err << tr("Signed out.") << '\n';
                finish(Ok);
            });
        });
        job->start();
    });
}

void CtlRunner::listItems()
{
    const CtlResource &res = *m_resource;
    auto cursor = std::make_shared<PageCursor>(onModule(CrudRequests::list(m_collection, 0, 500, tr("list %1").arg(res.name))), 500);
    auto count = std::make_shared<int>(0);
    if (m_options.format == Format::Json)
        m_out << "[";
    else if (m_options.format == Format::Csv)
        m_out << QString::fromUtf8(Csv::record(res.csvColumns));
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, cursor, count, next, &res] {
        auto *job = new ListPageJob(m_session, cursor->current(), res.envelope, this);
        connect(job, &ApiJob::finished, this, [this, job, cursor, count, next, &res] {
            if (!job->succeeded()) {
                if (m_options.format == Format::Json)
                    m_out << "]\n";
                m_out.flush();
                fail(job->error());
                return;
            }
            for (const auto &v : job->items()) {
                const QJsonObject o = v.toObject();
                if (m_options.format == Format::Json)
                    m_out << (*count == 0 ? "\n" : ",\n") << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
                else if (m_options.format == Format::Csv)
                    m_out << QString::fromUtf8(Csv::record(res.csvRow(o)));
                else
                    m_out << res.textLine(o) << '\n';
                ++*count;
            }
            cursor->advance(int(job->items().size()), job->nextLink(), m_session->profile());
            if (!cursor->atEnd()) {
                (*next)();
                return;
            }
            if (m_options.format == Format::Json)
                m_out << (*count == 0 ? "]\n" : "\n]\n");
            else if (m_options.format == Format::Text)
                m_err << *count << ' ' << res.singular << (*count == 1 ? "" : "s") << '\n';
            finish(Ok);
        });
        job->start();
    };
    (*next)();
}

ApiRequest CtlRunner::onModule(ApiRequest request) const
{
    if (m_resource)
        request.module = m_resource->module;
    return request;
}

void CtlRunner::runEntity(const ApiRequest &request, const QString &doneMessage)
{
    auto *job = new EntityJob(m_session, request, this);
    connect(job, &ApiJob::finished, this, [this, job, doneMessage] {
        if (!job->succeeded()) {
            fail(job->error());
            return;
        }
        if (!doneMessage.isEmpty())
            m_err << doneMessage << '\n';
        printObject(job->object());
        finish(Ok);
    });
    job->start();
}

void CtlRunner::getItem()
{
    const CtlResource &res = *m_resource;
    if (!m_options.byName.isEmpty()) {
        runEntity(UsersEndpoints::getByName(m_options.byName), {});
        return;
    }
    const QString id = m_options.command.at(2);
    if (res.name == "library"_L1) {
        runEntity(LibraryEndpoints::get(id, false), {}); // the metadata; --out saves the file
        return;
    }
    runEntity(onModule(CrudRequests::get(m_collection, id, tr("load %1 %2").arg(res.singular, id))), {});
}

void CtlRunner::createItem(const QJsonObject &input)
{
    const CtlResource &res = *m_resource;
    runEntity(onModule(CrudRequests::create(m_collection, input, tr("create a %1").arg(res.singular))), tr("Created."));
}

void CtlRunner::updateItem(const QJsonObject &changes)
{
    // The API replaces the whole object on PATCH: fetch it, change the given keys, send it back.
    const CtlResource &res = *m_resource;
    const QString id = m_options.command.at(2);
    const ApiRequest load = res.name == "library"_L1 ? LibraryEndpoints::get(id, false) // the file stays as it is
                                                     : onModule(CrudRequests::get(m_collection, id, tr("load %1 %2").arg(res.singular, id)));
    auto *job = new EntityJob(m_session, load, this);
    connect(job, &ApiJob::finished, this, [this, job, changes, id, &res] {
        if (!job->succeeded()) {
            fail(job->error());
            return;
        }
        QJsonObject merged = job->object();
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            // Replace a key whatever casing the server used for it.
            for (const QString &k : merged.keys()) {
                if (k.compare(it.key(), Qt::CaseInsensitive) == 0)
                    merged.remove(k);
            }
            merged.insert(it.key(), it.value());
        }
        runEntity(onModule(CrudRequests::update(m_collection, id, merged, tr("save %1 %2").arg(res.singular, id))), tr("Saved."));
    });
    job->start();
}

void CtlRunner::deleteItem()
{
    const CtlResource &res = *m_resource;
    const QString id = m_options.command.at(2);
    auto *job = new ApiJob(m_session, onModule(CrudRequests::remove(m_collection, id, tr("delete %1 %2").arg(res.singular, id))), this);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->succeeded()) {
            fail(job->error());
            return;
        }
        m_err << tr("Deleted.") << '\n';
        finish(Ok);
    });
    job->start();
}

void CtlRunner::runLibrary(const QString &verb)
{
    const QString id = m_options.command.value(2);
    auto readFile = [this](QByteArray *bytes) {
        const auto read = readOrFail(m_options.inputFile);
        if (!read)
            return false;
        *bytes = *read;
        if (bytes->isEmpty() || LibraryEndpoints::extensionOf(m_options.inputFile).isEmpty()) {
            m_err << "infiniti-ctl: " << tr("%1 is empty or has no extension; the library needs both.").arg(m_options.inputFile) << '\n';
            finish(UsageError);
            return false;
        }
        return true;
    };
    auto saveBytes = [this](const QByteArray &bytes) {
        if (!saveOrFail(m_options.outFile, bytes))
            return;
        m_err << tr("Saved %1 (%2 bytes).").arg(m_options.outFile).arg(bytes.size()) << '\n';
        finish(Ok);
    };
    if (verb == "create"_L1) {
        QByteArray bytes;
        if (!readFile(&bytes))
            return;
        const QFileInfo info(m_options.inputFile);
        const QJsonObject metadata{{"name"_L1, m_options.byName.isEmpty() ? info.completeBaseName() : m_options.byName},
                                   {"type"_L1, LibraryEndpoints::typeForFile(m_options.inputFile)},
                                   {"category"_L1, m_options.category},
                                   {"folderName"_L1, m_options.folder},
                                   {"description"_L1, m_options.description}};
        runEntity(LibraryEndpoints::create(metadata, bytes, LibraryEndpoints::extensionOf(m_options.inputFile)), tr("Created."));
    } else if (verb == "replace"_L1) {
        QByteArray bytes;
        if (!readFile(&bytes))
            return;
        auto *job = new EntityJob(m_session, LibraryEndpoints::get(id, false), this);
        connect(job, &ApiJob::finished, this, [this, job, id, bytes] {
            if (!job->succeeded()) {
                fail(job->error());
                return;
            }
            runEntity(LibraryEndpoints::replaceFile(id, job->object(), bytes, LibraryEndpoints::extensionOf(m_options.inputFile)),
                      tr("Replaced."));
        });
        job->start();
    } else if (verb == "get"_L1) {
        auto *job = new EntityJob(m_session, LibraryEndpoints::get(id, true), this);
        connect(job, &ApiJob::finished, this, [this, job, saveBytes] {
            if (!job->succeeded()) {
                fail(job->error());
                return;
            }
            const auto decoded = QByteArray::fromBase64Encoding(Json::string(job->object(), "binary"_L1).toLatin1());
            if (!decoded) {
                m_err << "infiniti-ctl: " << tr("the server sent a file that is not valid Base64.") << '\n';
                finish(ServerError);
                return;
            }
            saveBytes(decoded.decoded);
        });
        job->start();
    } else if (verb == "export"_L1) {
        auto *job = new DownloadJob(m_session, LibraryEndpoints::exportVersion(id, m_options.command.value(3)), this);
        connect(job, &ApiJob::finished, this, [this, job, saveBytes] {
            if (!job->succeeded()) {
                fail(job->error());
                return;
            }
            saveBytes(job->body());
        });
        job->start();
    } else { // history
        printHistory(LibraryEndpoints::history(id));
    }
}

std::optional<QByteArray> CtlRunner::readOrFail(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << "infiniti-ctl: " << tr("cannot read %1: %2").arg(path, file.errorString()) << '\n';
        finish(UsageError);
        return std::nullopt;
    }
    return file.readAll();
}

bool CtlRunner::saveOrFail(const QString &path, const QByteArray &bytes)
{
    QString error;
    if (DownloadJob::save(path, bytes, &error))
        return true;
    m_err << "infiniti-ctl: " << tr("cannot write %1: %2").arg(path, error) << '\n';
    finish(Failure);
    return false;
}

void CtlRunner::printTable(const QStringList &header, const QList<int> &widths, const QList<QStringList> &rows)
{
    if (m_options.format == Format::Csv) {
        m_out << QString::fromUtf8(Csv::record(header));
        for (const QStringList &row : rows)
            m_out << QString::fromUtf8(Csv::record(row));
        return;
    }
    for (const QStringList &row : QList<QStringList>{header} + rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            m_out << (c < widths.size() ? row.at(c).leftJustified(widths.at(c)) : row.at(c));
        m_out << '\n';
    }
}

void CtlRunner::printHistory(const ApiRequest &request)
{
    auto *job = new ApiJob(m_session, request, this);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->succeeded()) {
            fail(job->error());
            return;
        }
        const QJsonArray versions = Json::listItems(job->json(), "versions"_L1);
        if (m_options.format == Format::Json) {
            m_out << QString::fromUtf8(QJsonDocument(versions).toJson(QJsonDocument::Indented));
        } else {
            const QStringList columns = {u"version"_s, u"modifiedUtc"_s, u"modifiedBy"_s,
                                         u"size"_s, u"comment"_s};
            QList<QStringList> rows;
            for (const auto &v : versions) {
                QStringList row;
                for (const auto &c : columns)
                    row << Json::id(Json::value(v.toObject(), QLatin1StringView(c.toLatin1())));
                rows << row;
            }
            printTable(columns, {8, 26, 16, 10}, rows);
        }
        finish(Ok);
    });
    job->start();
}

void CtlRunner::runProjects(const QString &verb)
{
    const QString id = m_options.command.value(2);
    if (verb == "rename"_L1) {
        runEntity(ProjectsEndpoints::rename(id, m_options.byName), tr("Renamed."));
    } else if (verb == "history"_L1) {
        printHistory(ProjectsEndpoints::history(id));
    } else if (verb == "import"_L1) {
        importProjects(m_options.command.mid(2), 0, 0);
    } else if (m_options.all) {
        exportAllProjects(m_options.command.value(2));
    } else {
        const QString name = id;
        const ApiRequest request = m_options.version.isEmpty() ? ProjectsEndpoints::exportLatest(id, name)
                                                               : ProjectsEndpoints::exportVersion(id, m_options.version);
        auto *job = new DownloadJob(m_session, request, this);
        connect(job, &ApiJob::finished, this, [this, job] {
            if (!job->succeeded()) {
                fail(job->error());
                return;
            }
            QString path = m_options.outFile;
            if (QFileInfo(path).isDir())
                path = QDir(path).filePath(DownloadJob::safeFileName(job->suggestedFileName(), u"project.ixpkg"_s));
            if (!saveOrFail(path, job->body()))
                return;
            m_err << tr("Saved %1 (%2 bytes).").arg(path).arg(job->body().size()) << '\n';
            finish(Ok);
        });
        job->start();
    }
}

void CtlRunner::importProjects(const QStringList &files, int index, int failures)
{
    if (index >= files.size()) {
        m_err << tr("%1 of %2 package(s) imported.").arg(files.size() - failures).arg(files.size()) << '\n';
        finish(failures == 0 ? Ok : m_lastFailure);
        return;
    }
    const QString file = files.at(index);
    ProjectsEndpoints::ImportOptions options;
    options.overwriteProjects = m_options.overwrite;
    options.folderName = m_options.folder;
    options.comment = m_options.comment;
    QString error;
    // Checked here first: a file that is not a package is named, not sent.
    const ProjectPackage::Contents contents = ProjectPackage::inspectFile(file);
    if (!contents.ok()) {
        m_out << file << '\t' << tr("not imported: %1").arg(contents.error) << '\n';
        m_lastFailure = UsageError;
        importProjects(files, index + 1, failures + 1);
        return;
    }
    const auto request = ProjectsEndpoints::importPackage(file, options, &error);
    if (!request) {
        m_out << file << '\t' << tr("not imported: %1").arg(error) << '\n';
        m_lastFailure = UsageError;
        importProjects(files, index + 1, failures + 1);
        return;
    }
    auto *job = new ApiJob(m_session, *request, this);
    connect(job, &ApiJob::finished, this, [this, job, files, index, failures, file] {
        if (!job->succeeded()) {
            m_out << file << '\t' << tr("not imported: %1").arg(job->error().serverOrOwnMessage())
                  << '\n';
            m_lastFailure = exitCodeFor(job->error());
            importProjects(files, index + 1, failures + 1);
            return;
        }
        QStringList names;
        for (const auto &p : Json::listItems(job->json(), "projects"_L1))
            names << u"%1 v%2 (%3)"_s.arg(Json::string(p.toObject(), "name"_L1), Json::id(Json::value(p.toObject(), "version"_L1)),
                                                       Json::idOf(p.toObject()));
        m_out << file << '\t' << tr("imported: %1").arg(names.join(u", "_s)) << '\n';
        importProjects(files, index + 1, failures);
    });
    job->start();
}

void CtlRunner::exportAllProjects(const QString &directory)
{
    if (!QDir().mkpath(directory)) {
        m_err << "infiniti-ctl: " << tr("cannot create %1").arg(directory) << '\n';
        finish(UsageError);
        return;
    }
    // Every project (all pages), then one download after another, each written atomically.
    auto cursor = std::make_shared<PageCursor>(ProjectsEndpoints::list(), 100);
    auto projects = std::make_shared<QList<QJsonObject>>();
    auto page = std::make_shared<std::function<void()>>();
    auto download = std::make_shared<std::function<void(int, int)>>();
    *download = [this, projects, directory, download](int i, int failures) {
        if (i >= projects->size()) {
            m_err << tr("%1 of %2 project(s) exported to %3.").arg(projects->size() - failures).arg(projects->size()).arg(directory) << '\n';
            finish(failures == 0 ? Ok : m_lastFailure);
            return;
        }
        const QJsonObject p = projects->at(i);
        const QString name = Json::string(p, "name"_L1);
        auto *job = new DownloadJob(m_session, ProjectsEndpoints::exportLatest(Json::idOf(p), name), this);
        connect(job, &ApiJob::finished, this, [this, job, p, name, directory, download, i, failures] {
            QString error;
            if (!job->succeeded()) {
                m_out << name << '\t' << tr("failed: %1").arg(job->error().message()) << '\n';
                m_lastFailure = exitCodeFor(job->error());
                (*download)(i + 1, failures + 1);
                return;
            }
            const QString file = QDir(directory).filePath(DownloadJob::safeFileName(
                job->suggestedFileName(), DownloadJob::safeFileName(name + u".ixpkg"_s, u"project.ixpkg"_s)));
            if (!DownloadJob::save(file, job->body(), &error)) {
                m_out << name << '\t' << tr("failed: %1").arg(error) << '\n';
                m_lastFailure = Failure;
                (*download)(i + 1, failures + 1);
                return;
            }
            m_out << name << '\t' << file << '\n';
            (*download)(i + 1, failures);
        });
        job->start();
    };
    *page = [this, cursor, projects, page, download] {
        auto *job = new ListPageJob(m_session, cursor->current(), "projects"_L1, this);
        connect(job, &ApiJob::finished, this, [this, job, cursor, projects, page, download] {
            if (!job->succeeded()) {
                fail(job->error());
                return;
            }
            for (const auto &v : job->items())
                projects->append(v.toObject());
            cursor->advance(int(job->items().size()), job->nextLink(), m_session->profile());
            if (!cursor->atEnd())
                (*page)();
            else
                (*download)(0, 0);
        });
        job->start();
    };
    (*page)();
}

void CtlRunner::runProduce(const QString &command, const QString &verb)
{
    const QString id = m_options.command.value(command == "workflow"_L1 || command == "tasks"_L1 ? 2 : 1);
    auto done = [this](const QString &message) {
        return [this, message](ApiJob *job) {
            if (!job->succeeded()) {
                fail(job->error());
                return;
            }
            m_err << message << '\n';
            finish(Ok);
        };
    };
    auto send = [this](const ApiRequest &request, std::function<void(ApiJob *)> then) {
        auto *job = new ApiJob(m_session, request, this);
        connect(job, &ApiJob::finished, this, [job, then] { then(job); });
        job->start();
    };
    QJsonObject values;
    for (const QString &v : m_options.values)
        values.insert(v.section(QLatin1Char('='), 0, 0).trimmed(), v.section(QLatin1Char('='), 1));

    if (command == "workflow"_L1) {
        if (verb == "abort"_L1)
            send(ClientEndpoints::abortWorkflow(id), done(tr("Aborted.")));
        else if (verb == "revert"_L1)
            send(ClientEndpoints::revertWorkflow(id), done(tr("Reverted.")));
        else
            send(ClientEndpoints::reassignWorkflow(id, m_options.comment, {}, m_options.to, m_options.notify), done(tr("Reassigned.")));
    } else if (command == "tasks"_L1) {
        using A = ClientEndpoints::TaskAction;
        if (verb == "reassign"_L1)
            send(ClientEndpoints::reassignTask(id, m_options.comment, {}, m_options.to), done(tr("Reassigned.")));
        else
            send(ClientEndpoints::taskAction(id, verb == "unlock"_L1 ? A::Unlock : verb == "cancel"_L1 ? A::Cancel
                                                 : verb == "revert"_L1 ? A::Revert : A::Submit),
                 done(verb == "submit"_L1 ? tr("Submitted.") : verb == "cancel"_L1 ? tr("Cancelled.") : verb == "unlock"_L1 ? tr("Unlocked.") : tr("Reverted.")));
    } else if (command == "forms"_L1) {
        send(ClientEndpoints::forms(), [this](ApiJob *job) {
            if (!job->succeeded()) {
                fail(job->error());
                return;
            }
            if (m_options.format == Format::Json) {
                m_out << QString::fromUtf8(job->json().toJson(QJsonDocument::Indented));
            } else {
                if (m_options.format == Format::Csv)
                    m_out << QString::fromUtf8(Csv::record({u"folder"_s, u"form"_s, u"publishId"_s, u"version"_s}));
                for (const auto &folder : Json::listItems(job->json(), "folders"_L1)) {
                    for (const auto &f : Json::value(folder.toObject(), "forms"_L1).toArray()) {
                        const QStringList row = {Json::string(folder.toObject(), "name"_L1), Json::string(f.toObject(), "name"_L1),
                                                 Json::idOf(f.toObject()), Json::id(Json::value(f.toObject(), "version"_L1))};
                        if (m_options.format == Format::Csv)
                            m_out << QString::fromUtf8(Csv::record(row));
                        else
                            m_out << row.at(0).leftJustified(18) << row.at(1).leftJustified(28) << row.at(2) << '\n';
                    }
                }
            }
            finish(Ok);
        });
    } else if (command == "prepareform"_L1) {
        QJsonObject body{{"createInProgress"_L1, m_options.inProgress}, {"saveDescription"_L1, m_options.description},
                         {"asUserAssignedBy"_L1, false}};
        if (!values.isEmpty())
            body.insert("values"_L1, values);
        send(ClientEndpoints::prepareForm(id, body, m_options.asUser), [this](ApiJob *job) {
            if (!job->succeeded()) {
                fail(job->error());
                return;
            }
            m_out << QString::fromUtf8(job->rawHeader("Location")) << '\n';
            finish(Ok);
        });
    } else if (command == "outputs"_L1) {
        // An operation id leads to its output; otherwise the id is the output's (or its run's).
        send(ClientEndpoints::operation(id), [this, id](ApiJob *job) {
            const QUrl location(Json::string(job->json().object(), "resourceLocation"_L1));
            if (job->succeeded() && !location.isEmpty())
                downloadOutputs(location, {});
            else if (job->succeeded()) {
                m_err << "infiniti-ctl: " << tr("operation %1 is %2; it has no documents.").arg(id, Json::string(job->json().object(), "status"_L1)) << '\n';
                finish(RequestRejected);
            } else {
                downloadOutputs({}, id);
            }
        });
    } else { // generate
        QJsonObject body;
        QJsonObject options{{"log"_L1, true}};
        if (!m_options.version.isEmpty())
            options.insert("version"_L1, m_options.version);
        body.insert("options"_L1, options);
        if (!values.isEmpty())
            body.insert("values"_L1, values);
        QJsonArray data;
        for (const QString &path : m_options.dataFiles) {
            const auto bytes = readOrFail(path);
            if (!bytes)
                return;
            data.append(QJsonObject{{"value"_L1, QString::fromUtf8(*bytes)}});
        }
        if (!data.isEmpty())
            body.insert("data"_L1, data);
        if (!m_options.answerFile.isEmpty()) {
            const auto answers = readOrFail(m_options.answerFile);
            if (!answers)
                return;
            body.insert("answerFile"_L1, QString::fromUtf8(*answers));
        }
        send(ClientEndpoints::generate(id, body), [this](ApiJob *job) {
            if (!job->succeeded()) {
                fail(job->error());
                return;
            }
            const QString operationId = Json::string(job->json().object(), "id"_L1);
            const QUrl location(QString::fromUtf8(job->rawHeader("Location")));
            m_out << operationId << '\t' << location.toString() << '\n';
            if (!m_options.wait) {
                finish(Ok);
                return;
            }
            auto *watcher = new OperationWatcher(m_session, location, operationId, this);
            connect(watcher, &OperationWatcher::statusChanged, this, [this](const QString &status) { m_err << status << '\n'; m_err.flush(); });
            connect(watcher, &OperationWatcher::finished, this, [this, watcher](const ApiError &error) {
                if (error.isError()) {
                    fail(error);
                    return;
                }
                if (!watcher->succeeded()) {
                    m_err << "infiniti-ctl: " << tr("the generation %1: %2").arg(watcher->status(), Json::string(watcher->operation(), "message"_L1)) << '\n';
                    finish(RequestRejected);
                    return;
                }
                if (m_options.outFile.isEmpty())
                    m_options.outFile = u"."_s;
                downloadOutputs(watcher->resourceLocation(), {});
            });
            watcher->start();
        });
    }
}

void CtlRunner::downloadOutputs(const QUrl &location, const QString &outputId)
{
    if (!QDir().mkpath(m_options.outFile)) {
        m_err << "infiniti-ctl: " << tr("cannot create %1").arg(m_options.outFile) << '\n';
        finish(UsageError);
        return;
    }
    const ApiRequest list = location.isEmpty() ? ClientEndpoints::outputs(outputId) : ClientEndpoints::follow(location, tr("list the generated files"));
    auto *job = new ListPageJob(m_session, list, "files"_L1, this);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->succeeded()) {
            fail(job->error());
            return;
        }
        auto files = std::make_shared<QJsonArray>(job->items());
        auto next = std::make_shared<std::function<void(int)>>();
        *next = [this, files, next](int i) {
            if (i >= files->size()) {
                m_err << tr("%1 document(s) saved to %2.").arg(files->size()).arg(m_options.outFile) << '\n';
                finish(Ok);
                return;
            }
            const QJsonObject f = files->at(i).toObject();
            auto *download = new DownloadJob(m_session, ClientEndpoints::follow(QUrl(Json::string(f, "resourceLocation"_L1)),
                                                                                tr("download %1").arg(Json::string(f, "filename"_L1))),
                                             this);
            connect(download, &ApiJob::finished, this, [this, download, f, next, i] {
                if (!download->succeeded()) {
                    fail(download->error());
                    return;
                }
                const QString path = QDir(m_options.outFile).filePath(
                    DownloadJob::safeFileName(Json::string(f, "filename"_L1), download->suggestedFileName()));
                if (!saveOrFail(path, download->body()))
                    return;
                m_out << path << '\n';
                (*next)(i + 1);
            });
            download->start();
        };
        (*next)(0);
    });
    job->start();
}

void CtlRunner::runLicense()
{
    if (m_options.command.value(1) == "get"_L1) {
        runEntity(LicenseEndpoints::get(), {});
        return;
    }
    QString key = m_options.licenseKey;
    if (key.isEmpty()) {
        QFile file(m_options.inputFile);
        if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024) {
            m_err << "infiniti-ctl: " << tr("cannot read the key file %1: %2").arg(m_options.inputFile, file.errorString()) << '\n';
            finish(UsageError);
            return;
        }
        key = QString::fromUtf8(file.readAll()).simplified();
    }
    runEntity(LicenseEndpoints::update(key), tr("License updated."));
}

void CtlRunner::runSync(const QString &verb)
{
    if (verb == "export"_L1) {
        QJsonObject options;
        for (const QString &part : std::as_const(m_options.without))
            options.insert(part, false);
        auto *job = new ApiJob(m_session, ProjectsEndpoints::syncExport(m_options.command.mid(2), options), this);
        connect(job, &ApiJob::finished, this, [this, job] {
            if (!job->succeeded()) {
                fail(job->error());
                return;
            }
            const QJsonObject pack = job->json().object();
            if (pack.isEmpty()) {
                m_err << "infiniti-ctl: " << tr("the server's answer is not a sync package.") << '\n';
                finish(ServerError);
                return;
            }
            if (!saveOrFail(m_options.outFile, job->body()))
                return;
            QStringList counts;
            for (const auto &[part, n] : ProjectsEndpoints::syncContents(pack))
                counts << u"%1 %2"_s.arg(n).arg(part);
            m_err << tr("Saved %1 (%2 bytes): %3.").arg(m_options.outFile).arg(job->body().size()).arg(counts.join(u", "_s))
                  << '\n';
            finish(Ok);
        });
        job->start();
        return;
    }
    // import
    const QString path = m_options.command.value(2);
    const auto pack = readOrFail(path);
    if (!pack)
        return;
    QJsonObject options;
    for (const QString &m : std::as_const(m_options.modes)) {
        if (m.contains(QLatin1Char('='))) {
            options.insert(m.section(QLatin1Char('='), 0, 0), m.section(QLatin1Char('='), 1));
        } else {
            for (const QString &part : ProjectsEndpoints::syncParts())
                options.insert(part, m);
        }
    }
    QString error;
    const auto request = ProjectsEndpoints::syncImport(*pack, options, &error);
    if (!request) {
        m_err << "infiniti-ctl: " << path << ": " << error << '\n';
        finish(UsageError);
        return;
    }
    auto *job = new ApiJob(m_session, *request, this);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->succeeded()) {
            fail(job->error());
            return;
        }
        const QJsonObject summary = Json::value(job->json().object(), "summary"_L1).toObject();
        if (m_options.format == Format::Json) {
            m_out << QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Indented));
            finish(Ok);
            return;
        }
        QList<QStringList> rows;
        for (auto it = summary.begin(); it != summary.end(); ++it) {
            const QJsonObject t = it.value().toObject();
            QStringList problems;
            for (const auto &p : Json::value(t, "problems"_L1).toArray())
                problems << p.toString();
            rows << QStringList{it.key(), Json::id(Json::value(t, "created"_L1)), Json::id(Json::value(t, "updated"_L1)),
                                Json::id(Json::value(t, "skipped"_L1)), problems.join(u"; "_s)};
        }
        printTable({u"part"_s, u"created"_s, u"updated"_s, u"skipped"_s,
                    u"problems"_s},
                   {22, 9, 9, 9}, rows);
        finish(Ok);
    });
    job->start();
}

void CtlRunner::importUsers()
{
    const QString path = m_options.command.at(2);
    const auto read = readOrFail(path);
    if (!read)
        return;
    const QByteArray csv = *read;
    // Rows are checked against the groups and roles that exist before anything is written.
    auto names = std::make_shared<QList<QStringList>>();
    auto fetchNames = std::make_shared<std::function<void(int)>>();
    *fetchNames = [this, names, fetchNames, csv, path](int which) {
        if (which == 2) {
            auto *import = new UserImport(this);
            QString error;
            if (!import->load(csv, names->at(0), names->at(1), &error)) {
                m_err << "infiniti-ctl: " << tr("%1: %2").arg(path, error) << '\n';
                finish(UsageError);
                return;
            }
            for (const auto &row : import->rows()) {
                if (!row.valid())
                    m_err << tr("line %1: %2").arg(row.line).arg(row.problems.join(u"; "_s)) << '\n';
            }
            connect(import, &UserImport::finished, this, [this, import] {
                m_out << QString::fromUtf8(import->report());
                int rejected = 0, failed = 0, ok = 0;
                for (const auto &row : import->rows()) {
                    rejected += row.valid() ? 0 : 1;
                    failed += row.error.isError() ? 1 : 0;
                    ok += row.done ? 1 : 0;
                }
                m_err << (m_options.dryRun ? tr("Dry run: %1 rows valid, %2 rejected; nothing was changed.")
                                                 .arg(import->validCount()).arg(rejected)
                                           : tr("%1 imported, %2 rejected, %3 failed.").arg(ok).arg(rejected).arg(failed))
                      << '\n';
                finish(rejected + failed == 0 ? Ok : RequestRejected);
            });
            import->run(m_session, m_options.dryRun);
            return;
        }
        const ApiRequest request = which == 0 ? CrudRequests::list("groups", 0, 1000, tr("list groups"))
                                              : CrudRequests::list("roles", 0, 1000, tr("list roles"));
        auto *job = new ListPageJob(m_session, request, which == 0 ? "groups"_L1 : "roles"_L1, this);
        connect(job, &ApiJob::finished, this, [this, job, names, fetchNames, which] {
            if (!job->succeeded()) {
                fail(job->error());
                return;
            }
            names->append(job->names());
            (*fetchNames)(which + 1);
        });
        job->start();
    };
    (*fetchNames)(0);
}

std::optional<QJsonObject> CtlRunner::readInput(QString *problem)
{
    QFile file;
    const bool fromStdin = m_options.inputFile == "-"_L1;
    if (fromStdin)
        file.open(stdin, QIODevice::ReadOnly);
    else
        file.setFileName(m_options.inputFile);
    if (!fromStdin && !file.open(QIODevice::ReadOnly)) {
        *problem = tr("cannot read %1: %2").arg(m_options.inputFile, file.errorString());
        return std::nullopt;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &pe);
    const QString where = fromStdin ? tr("standard input") : m_options.inputFile;
    if (pe.error != QJsonParseError::NoError) {
        *problem = tr("%1 is not valid JSON: %2 at offset %3").arg(where, pe.errorString()).arg(pe.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *problem = tr("%1 must hold one JSON object.").arg(where);
        return std::nullopt;
    }
    return doc.object();
}

void CtlRunner::printObject(const QJsonObject &object)
{
    // A library item's file is saved with --out, not printed as Base64.
    QJsonObject user = object;
    user.remove("binary"_L1);
    if (m_options.format == Format::Csv) {
        QStringList keys = user.keys();
        QStringList values;
        for (const auto &k : keys) {
            const QJsonValue v = user.value(k);
            values << (v.isString() ? v.toString()
                                    : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
        }
        m_out << QString::fromUtf8(Csv::record(keys) + Csv::record(values));
        return;
    }
    m_out << QString::fromUtf8(QJsonDocument(user).toJson(m_options.format == Format::Json ? QJsonDocument::Compact
                                                                                         : QJsonDocument::Indented));
    if (m_options.format == Format::Json)
        m_out << '\n';
}

void CtlRunner::fail(const ApiError &error)
{
    m_err << "infiniti-ctl: " << error.message() << '\n';
    const QString details = error.details();
    if (!details.isEmpty())
        m_err << "  " << QString(details).replace(QLatin1Char('\n'), u"\n  "_s) << '\n';
    finish(exitCodeFor(error));
}

void CtlRunner::finish(int code)
{
    m_out.flush();
    m_err.flush();
    if (m_oneShotToken && m_session && !m_session->token().isEmpty()) {
        // A token made for this one command is expired again, whatever the outcome.
        m_oneShotToken = false;
        auto *job = new ApiJob(m_session, AuthEndpoints::logoff(ApiModule::Admin), this);
        connect(job, &ApiJob::finished, this, [code] { QCoreApplication::exit(code); });
        job->start();
        return;
    }
    QCoreApplication::exit(code);
}

} // namespace infiniti::ctl
