#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace infiniti {

// An Infiniti project package (.ixpkg, contract 4.1): a ZIP holding projects.xml
// (<Project Guid Name Type LastModified Version/> per project; a form comes with the fragments
// it uses), {guid}.xml (each project's definition), Templates/{guid}/{file guid}.docx (its
// documents) and package-wide files (responseMetadataFields.xml, datasources.xml). How the
// real server writes them, and how they are read: docs/FORMATS.md.
namespace ProjectPackage {

struct Project
{
    QString id;
    QString name;
    // The emulator's word for the project list's `type` (contract 9.2): "Content" for the
    // vendor's Type 1 (its sync packages say so), "Fragment" for 5, a word as written, else
    // the number itself — never a guess.
    QString type;
    QString version; // "major.minor"
    QString lastModified;
    QString typeNumber{}; // Type exactly as projects.xml has it ("1", "5"); empty when absent
    QString kind{};       // read from a package: kindName(typeNumber), for people
};

// What a package's Type number means (see docs/FORMATS.md for the evidence).
QString kindName(const QString &typeNumber); // translated: "Form", "Page fragment", "type 7"
QString kindKey(const QString &typeNumber);  // stable, for JSON: "form", "pageFragment", "" unknown
QString typeName(const QString &typeNumberOrName); // the emulator's word (Project::type)
QString typeNumber(const QString &typeName);       // the number a package of ours writes for it

// The preview's reading of a package: everything it holds, checked entry by entry (every CRC),
// with bounded memory whatever its size. `problems` are the reasons it cannot be imported.
struct Inspection
{
    struct File
    {
        QString name;
        qint64 size = 0;
        qint64 compressedSize = 0;
        QString method; // "stored", "deflate" or the method's number
    };
    QString path;
    qint64 packageSize = 0;
    QList<Project> projects;
    QList<File> files;
    QStringList problems;
    QString error; // the first problem: a one-line reason
    bool ok() const { return problems.isEmpty(); }
};
using Contents = Inspection;

// What a package holds, read locally (nothing is sent). A device must be random-access and
// open for reading (a QFile, a QBuffer).
Inspection inspect(QIODevice *device);
Inspection inspect(const QByteArray &package);
// A file, read in blocks (a 200 MB package costs a few hundred KiB; docs/PERFORMANCE.md).
Inspection inspectFile(const QString &path);
// The inspection for `infiniti-ctl projects inspect --json` (shape in docs/FORMATS.md).
QJsonObject inspectionJson(const Inspection &inspection);
// The same as lines of text for people.
QString inspectionText(const Inspection &inspection);

struct Document
{
    QString id;      // the file's name without its extension (a GUID)
    QByteArray docx; // the file's bytes (a .docx unless `extension` says otherwise)
    QString extension = QStringLiteral("docx");
};
struct Full
{
    Project project;
    QString definition; // the <Intelledox_TemplateFile> XML
    QList<Document> documents;
    // The definition's bytes as the package had them (BOM, CRLF); empty: write `definition`.
    QByteArray definitionBytes{};
};
// A package-wide file (responseMetadataFields.xml, datasources.xml) or anything else the
// package holds that belongs to none of its projects, kept byte for byte.
struct File
{
    QString name;
    QByteArray bytes;
};
struct Package
{
    QList<Full> projects;
    QList<File> files;
};

// Every project with its definition and documents, and the other files; nullopt with `error`
// when unreadable.
std::optional<Package> read(const QByteArray &package, QString *error);
std::optional<QList<Full>> readAll(const QByteArray &package, QString *error);
// A package as the server writes it: projects.xml, definitions, documents, then `files`.
QByteArray build(const QList<Full> &projects, const QList<File> &files = {});

} // namespace ProjectPackage

} // namespace infiniti
