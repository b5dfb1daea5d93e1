#pragma once

#include "sim/SimStore.h"

#include <QJsonArray>

namespace infiniti::sim {

// Projects in the store (contract 4.1, 9.2): documents("projects") holds the list items;
// documents("projectVersions") one record per version with its definition and documents, from
// which packages are built on request.
namespace SimProjects {

inline const QString kProjects = QStringLiteral("projects");
inline const QString kVersions = QStringLiteral("projectVersions");
inline const QString kPublished = QStringLiteral("publishedprojects");

struct Version
{
    QString definition;
    QJsonArray documents; // [{id, formatType: "WordDocx", base64}]
    QString comment;
    QString user;
    QString whenUtc;
};

// Adds a version to a project (a new one when `project` has no id yet is the caller's job):
// the next minor version, or the next major with `major`. Updates the project's version,
// modifiedUtc, modifiedBy and comment. Returns the version string.
QString addVersion(SimStore &store, QJsonObject &project, const Version &version, bool major);
QJsonObject *project(SimStore &store, const QString &id);
const QJsonObject *project(const SimStore &store, const QString &id);
const QJsonObject *projectNamed(const SimStore &store, const QString &name);
const QJsonObject *version(const SimStore &store, const QString &projectId, const QString &version);
std::vector<const QJsonObject *> versions(const SimStore &store, const QString &projectId); // newest first
QByteArray package(const SimStore &store, const QJsonObject &project, const QJsonObject &version);
void sortProjects(SimStore &store);
void removeProject(SimStore &store, const QString &id); // with its versions and publications

// A definition like the vendor's (<Intelledox_TemplateFile>) with one question per label.
// `contentItems`: the content library items (id, name) the project uses, as real definitions
// reference them; a sync export carries them along.
QString definitionXml(const QString &id, const QString &name, const QStringList &labels,
                      const QList<std::pair<QString, QString>> &contentItems = {});
// The answer-file labels a definition asks for, in order.
QStringList labelsOf(const QString &definition);
// The ids of the content library items a definition uses (lower case).
QStringList contentItemsOf(const QString &definition);
// The project's Word template: paragraphs with {{label}} placeholders.
QByteArray templateDocx(const QString &name, const QStringList &labels, int revision);

} // namespace SimProjects

} // namespace infiniti::sim
