#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace infiniti {

// An Infiniti project package (.ixpkg, contract 4.1): a ZIP holding projects.xml
// (<Project Guid Name Type Version LastModified/> per project), {guid}.xml (the project
// definition), Templates/{guid}/{documentGuid}.docx and responseMetadataFields.xml.
namespace ProjectPackage {

struct Project
{
    QString id;
    QString name;
    QString type;    // "Content", "Fragment", "Form" (the file's numbers 1, 2, 3 are mapped)
    QString version; // "major.minor"
    QString lastModified;
};

struct Contents
{
    QList<Project> projects;
    QString error; // empty: it reads
    bool ok() const { return error.isEmpty(); }
};

// What a package holds, read locally (nothing is sent): the projects of projects.xml.
Contents inspect(const QByteArray &package);
// The same for a file, read through a memory map (a 200 MB package costs no heap).
Contents inspectFile(const QString &path);

struct Document
{
    QString id;
    QByteArray docx;
};
struct Full
{
    Project project;
    QString definition; // the <Intelledox_TemplateFile> XML
    QList<Document> documents;
};

// Every project with its definition and documents; nullopt with `error` when unreadable.
std::optional<QList<Full>> readAll(const QByteArray &package, QString *error);
QByteArray build(const QList<Full> &projects);

QString typeName(const QString &typeNumberOrName);
QString typeNumber(const QString &typeName);

} // namespace ProjectPackage

} // namespace infiniti
