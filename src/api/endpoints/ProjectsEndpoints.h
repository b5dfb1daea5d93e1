#pragma once

#include "api/ApiRequest.h"
#include "api/endpoints/Collection.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace infiniti::ProjectsEndpoints {

// Projects (contract 4.1, 9.2) and published projects (4.2).
inline constexpr auto kCollection = "projects";
inline constexpr auto kPublished = "publishedprojects";

Collection collection();
ApiRequest list(const QString &folderId = {}); // folderId: our emulator's filter; others ignore it
ApiRequest get(const QString &id);
ApiRequest rename(const QString &id, const QString &name);
ApiRequest remove(const QString &id, const QString &name);
ApiRequest history(const QString &id);
ApiRequest exportLatest(const QString &id, const QString &name);
ApiRequest exportVersion(const QString &id, const QString &version);

struct ImportOptions
{
    QString comment;
    bool overwriteProjects = false;
    bool overwriteContentItems = false;
    QString folderName;  // target content folder; empty: the server decides
    QJsonArray projects; // [{id, name}] to rename (or copy) projects of the package
    // Overwriting: names the projects to overwrite in `projects` as {id} (contract 4.1: "when
    // overwriting: id = project GUID to overwrite"), unless an entry for the id is there.
    void overwrite(const QStringList &projectIds);
};

// POST projects with the package at `path` as Base64 in its JSON envelope. The body is never
// in memory: it is made from the file block by block while it is sent (ApiRequest::upload, a
// Base64FileBody), byte for byte what importPackageBytes() builds from the same package, so
// memory does not grow with the package. A file that changes before or while it is sent fails
// the request (ApiError::Kind::LocalFile). nullopt with `error` when the file cannot be read.
std::optional<ApiRequest> importPackage(const QString &path, const ImportOptions &options,
                                        QString *error);
// The same from bytes already in memory (tests, CLI pipes).
ApiRequest importPackageBytes(const QByteArray &package, const ImportOptions &options);

// Sync packages (contract 4.1, 5.2): everything a set of projects needs to move between servers.
// The export options: what may be left out of a package.
QStringList syncExportOptions();
// Whether an option is on unless the administrator asks otherwise (the console's dialog and
// infiniti-ctl alike). Off: the parts that put secrets in clear text into a package (connector
// settings — SMTP passwords, connection strings held as values — and data sources' connection
// strings) and the server's security (users, groups, roles: the server exports all of them, not
// those the projects use, and they usually differ between servers).
bool syncExportsByDefault(const QString &option);
// Whether an option puts passwords or connection strings into the package in clear text.
bool syncExportHoldsSecrets(const QString &option);
// Every option with its default, explicitly: the vendor's server includes what is not named.
QJsonObject syncExportDefaults();
// `projectIds` empty: every project. `options`: the parts as booleans; one not named is
// INCLUDED by the server (contract 4.1: "default: everything included") — send every option
// (syncExportDefaults()) so that nothing goes in unasked.
ApiRequest syncExport(const QStringList &projectIds, const QJsonObject &options);
// The pack as exported (edited or not), with `options` (part → "Always" | "IfNotExists" |
// "IfNewer") set on it; nullopt with `error` when `pack` is not a JSON object.
std::optional<ApiRequest> syncImport(const QByteArray &pack, const QJsonObject &options,
                                     QString *error);
// The parts a pack can have, as the import options name them.
QStringList syncParts();
// The import modes the vendor documents for a part (contract 4.1, KH-SYNCI): IfNewer only for
// projects and content library items; none for data objects, which are no option of their own
// (they go with their data sources) — such a part is never sent a mode.
QStringList syncModes(const QString &part);
// The parts `pack` holds, in that order, with how many items each.
QList<std::pair<QString, qsizetype>> syncContents(const QJsonObject &pack);

// Publish folders / content folders, one level of a tree (parentId empty: the top level).
// Kept for infiniti-ctl: FoldersEndpoints::children() is the one to use.
ApiRequest folderChildren(const QByteArray &collection, const QString &parentId);

} // namespace infiniti::ProjectsEndpoints
