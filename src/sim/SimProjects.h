#pragma once

#include "sim/SimStore.h"

#include "formats/ProjectPackage.h"

#include <QJsonArray>

#include <optional>

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
    QJsonArray documents; // [{id, formatType: "WordDocx", base64, extension (when not docx)}]
    QString comment;
    QString user;
    QString whenUtc;
    // From an imported package, kept so its export gives the same files back: the definition's
    // bytes when they are not its UTF-8 text (a BOM, CRLF…), the package-wide files
    // ([{name, base64}]; absent: a placeholder responseMetadataFields.xml), the Type number.
    QByteArray definitionBytes{};
    std::optional<QJsonArray> files{};
    QString typeNumber{};
    QString number{}; // the version a new project starts at ("6.0"), else 1.0
    // documentsOf(documents), when the caller has it already: decoding a large import's
    // documents again to measure its package took the server's thread 5.7 s.
    std::optional<QList<ProjectPackage::Document>> decoded{};
};

// Adds a version to a project (a new one when `project` has no id yet is the caller's job):
// the next minor version, or the next major with `major`; a project's first version is
// `version.number` when that is a "major.minor". Updates the project's version, modifiedUtc,
// modifiedBy and comment. Returns the version string.
QString addVersion(SimStore &store, QJsonObject &project, const Version &version, bool major);
QJsonObject *project(SimStore &store, const QString &id);
const QJsonObject *project(const SimStore &store, const QString &id);
const QJsonObject *projectNamed(const SimStore &store, const QString &name);
const QJsonObject *version(const SimStore &store, const QString &projectId, const QString &version);
std::vector<const QJsonObject *> versions(const SimStore &store,
                                          const QString &projectId); // newest first
// The version as an .ixpkg, with the fragments its definition uses (<Fragment ProjectGuid=…>,
// at their current versions) as the real server packages a form with its page fragments.
// `decoded`: the version's documentsOf(), when the caller has it (else they are decoded here).
QByteArray package(const SimStore &store, const QJsonObject &project, const QJsonObject &version,
                   const QList<ProjectPackage::Document> *decoded = nullptr);
// A version's documents ([{id, formatType, base64, extension}]) as a package holds them.
QList<ProjectPackage::Document> documentsOf(const QJsonArray &documents);
// The projects a definition embeds as fragments (lower case).
QStringList fragmentsOf(const QString &definition);
void sortProjects(SimStore &store);
void removeProject(SimStore &store, const QString &id); // with its versions and publications

// A definition like the vendor's (<Intelledox_TemplateFile>) with one question per label.
// `contentItems`: the content library items (id, name) the project uses, as real definitions
// reference them; a sync export carries them along.
QString definitionXml(const QString &id, const QString &name, const QStringList &labels,
                      const QList<std::pair<QString, QString>> &contentItems = {});
// The answer-file labels a definition asks for, in order.
QStringList labelsOf(const QString &definition);
// What generation fills in: each answer's <Bookmark Name> (the template's placeholder, "{{aaa}}"
// in the vendor's samples) with the label of its answer (AnswerFileLabel, else Name); and
// "{{label}}" for every label, as the emulator's own templates use them.
QList<std::pair<QString, QString>> placeholdersOf(const QString &definition);
// The ids of the content library items a definition uses (lower case).
QStringList contentItemsOf(const QString &definition);
// The project's Word template: paragraphs with {{label}} placeholders.
QByteArray templateDocx(const QString &name, const QStringList &labels, int revision);

} // namespace SimProjects

} // namespace infiniti::sim
