#include "formats/ProjectPackage.h"

#include "formats/Zip.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace infiniti::ProjectPackage {

namespace {

// The one translation context of this file (lupdate reads it from the macro).
struct ProjectPackageText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectPackageText)
};

// XML in whatever encoding it declares: UTF-8/16 as the reader knows them; a legacy 8-bit
// declaration (windows-1252, iso-8859-1) read as Latin-1 rather than refused.
QString xmlText(const QByteArray &bytes)
{
    static const QRegularExpression declared(
        u"^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"'][^>]*\\?>"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes.mid(3));
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(QStringDecoder::Utf16, QStringDecoder::Flag::ConvertInitialBom);
        return decoder.decode(bytes);
    }
    const QString head = QString::fromLatin1(bytes.left(200));
    const auto m = declared.match(head);
    const QString encoding = m.hasMatch() ? m.captured(1).toLower() : u"utf-8"_s;
    QString text = encoding == "utf-8"_L1 || encoding == "utf8"_L1 ? QString::fromUtf8(bytes)
                                                                   : QString::fromLatin1(bytes);
    if (m.hasMatch())
        text.remove(0, m.capturedLength(0)); // the declaration no longer matches a QString
    return text;
}

QString attribute(const QXmlStreamAttributes &attributes, const char *name)
{
    for (const auto &a : attributes) {
        if (a.name().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return a.value().toString();
    }
    return {};
}

bool isNumber(const QString &t)
{
    bool ok = false;
    t.toInt(&ok);
    return ok;
}

// projects.xml: its projects, or the reason it cannot be read.
QList<Project> parseList(const QByteArray &bytes, QString *error)
{
    QList<Project> out;
    QXmlStreamReader reader(xmlText(bytes));
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement &&
            reader.name().compare("Project"_L1, Qt::CaseInsensitive) == 0) {
            const auto a = reader.attributes();
            Project p;
            p.id = attribute(a, "Guid").trimmed().toLower();
            p.name = attribute(a, "Name");
            p.typeNumber = attribute(a, "Type").trimmed();
            p.type = typeName(p.typeNumber);
            p.kind = kindName(p.typeNumber);
            p.version = attribute(a, "Version").trimmed();
            p.lastModified = attribute(a, "LastModified").trimmed();
            if (p.id.isEmpty()) {
                *error = ProjectPackageText::tr("projects.xml names a project without a Guid");
                return {};
            }
            if (p.id.contains(QLatin1Char('/')) || p.id.contains(QLatin1Char('\\')) ||
                p.id.contains(".."_L1)) {
                *error =
                    ProjectPackageText::tr("projects.xml names a project “%1” that is not a GUID")
                        .arg(p.id);
                return {};
            }
            if (std::any_of(out.cbegin(), out.cend(),
                            [&](const Project &q) { return q.id == p.id; })) {
                *error = ProjectPackageText::tr("projects.xml lists “%1” twice").arg(p.id);
                return {};
            }
            out << p;
        }
    }
    if (reader.hasError()) {
        *error = ProjectPackageText::tr("projects.xml is not well-formed (line %1: %2)")
                     .arg(reader.lineNumber())
                     .arg(reader.errorString());
        return {};
    }
    if (out.isEmpty())
        *error = ProjectPackageText::tr("projects.xml lists no projects");
    return out;
}

// Templates/{project}/{name}: the project's document, or nullptr for anything else.
bool isDocumentOf(const QString &entry, const QString &projectId)
{
    const QString prefix = u"Templates/%1/"_s.arg(projectId);
    return entry.startsWith(prefix, Qt::CaseInsensitive) && entry.size() > prefix.size() &&
           !entry.mid(prefix.size()).contains(QLatin1Char('/'));
}

Inspection inspectZip(const Zip::Reader &zip, qint64 size)
{
    Inspection out;
    out.packageSize = size;
    auto problem = [&out](const QString &why) {
        out.problems << why;
        if (out.error.isEmpty())
            out.error = why;
    };
    if (!zip.isValid()) {
        problem(zip.error());
        return out;
    }
    for (const Zip::Entry &e : zip.entries())
        out.files.append({e.name, e.size, e.compressedSize,
                          e.method == 0   ? u"stored"_s
                          : e.method == 8 ? u"deflate"_s
                                          : QString::number(e.method)});
    QString error;
    const Zip::Entry *list = zip.find(u"projects.xml"_s);
    const auto xml = list ? zip.read(*list, &error) : std::nullopt;
    if (!list)
        problem(ProjectPackageText::tr("it has no projects.xml, so it is not a project package"));
    else if (!xml)
        problem(error);
    else
        out.projects = parseList(*xml, &error);
    if (xml && out.projects.isEmpty())
        problem(error);
    for (const Project &p : std::as_const(out.projects)) {
        if (!zip.find(p.id + u".xml"_s))
            problem(ProjectPackageText::tr("the definition of “%1” (%2.xml) is missing")
                        .arg(p.name, p.id));
    }
    // Every entry is checked (inflated, counted, CRC) in blocks: a damaged package is named
    // here, before anything is sent, whatever its size.
    for (const Zip::Entry &e : zip.entries()) {
        if (&e != list && !zip.verify(e, &error))
            problem(error);
    }
    return out;
}

} // namespace

QString kindName(const QString &t)
{
    if (t == "1"_L1)
        return ProjectPackageText::tr("Form");
    if (t == "5"_L1)
        return ProjectPackageText::tr("Page fragment");
    if (t.isEmpty())
        return ProjectPackageText::tr("type not given");
    return isNumber(t) ? ProjectPackageText::tr("type %1").arg(t) : t;
}

QString kindKey(const QString &t)
{
    return t == "1"_L1 ? u"form"_s : t == "5"_L1 ? u"pageFragment"_s : QString();
}

QString typeName(const QString &t)
{
    if (t == "1"_L1 || t.isEmpty())
        return u"Content"_s;
    if (t == "5"_L1)
        return u"Fragment"_s;
    return t;
}

QString typeNumber(const QString &name)
{
    if (name.compare("Fragment"_L1, Qt::CaseInsensitive) == 0)
        return u"5"_s;
    if (isNumber(name))
        return name;
    return u"1"_s; // "Content" and "Form" are both the vendor's 1
}

Inspection inspect(const QByteArray &package)
{
    const Zip::Reader zip(package);
    return inspectZip(zip, package.size());
}

Inspection inspect(QIODevice *device)
{
    const Zip::Reader zip(device);
    return inspectZip(zip, device && !device->isSequential() ? device->size() : 0);
}

Inspection inspectFile(const QString &path)
{
    QFile file(path);
    Inspection refused;
    refused.path = path;
    if (!file.open(QIODevice::ReadOnly)) {
        refused.error = ProjectPackageText::tr("it cannot be read: %1").arg(file.errorString());
        refused.problems << refused.error;
        return refused;
    }
    if (file.size() == 0) {
        refused.error = ProjectPackageText::tr("it is empty");
        refused.problems << refused.error;
        return refused;
    }
    // Read in blocks through the file, not a memory map: every entry is read to check its CRC,
    // and a map would keep all of its pages in the process's resident set.
    Inspection out = inspect(&file);
    out.path = path;
    return out;
}

QJsonObject inspectionJson(const Inspection &in)
{
    QJsonArray projects, files, problems;
    for (const Project &p : in.projects) {
        QJsonArray documents;
        QJsonValue definition = QJsonValue::Null;
        for (const auto &f : in.files) {
            if (isDocumentOf(f.name, p.id))
                documents.append(f.name);
            else if (f.name.compare(p.id + u".xml"_s, Qt::CaseInsensitive) == 0)
                definition = f.name;
        }
        const QString key = kindKey(p.typeNumber);
        projects.append(
            QJsonObject{{"id"_L1, p.id},
                        {"name"_L1, p.name},
                        {"type"_L1, isNumber(p.typeNumber)   ? QJsonValue(p.typeNumber.toInt())
                                    : p.typeNumber.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                             : QJsonValue(p.typeNumber)},
                        {"kind"_L1, key.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(key)},
                        {"kindName"_L1, p.kind},
                        {"version"_L1, p.version},
                        {"lastModified"_L1, p.lastModified.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                     : QJsonValue(p.lastModified)},
                        {"definition"_L1, definition},
                        {"documents"_L1, documents}});
    }
    for (const auto &f : in.files)
        files.append(QJsonObject{{"name"_L1, f.name},
                                 {"size"_L1, double(f.size)},
                                 {"compressedSize"_L1, double(f.compressedSize)},
                                 {"method"_L1, f.method}});
    for (const QString &p : in.problems)
        problems.append(p);
    return {{"file"_L1, in.path}, {"size"_L1, double(in.packageSize)},
            {"ok"_L1, in.ok()},   {"projects"_L1, projects},
            {"files"_L1, files},  {"problems"_L1, problems}};
}

QString inspectionText(const Inspection &in)
{
    const QLocale locale;
    QString out =
        ProjectPackageText::tr("%1: %n project(s)", nullptr, int(in.projects.size())).arg(in.path);
    out += u", "_s + ProjectPackageText::tr("%n file(s)", nullptr, int(in.files.size())) + u", "_s +
           ProjectPackageText::tr("%1 bytes").arg(locale.toString(in.packageSize)) +
           QLatin1Char('\n');
    for (const Project &p : in.projects)
        out += u"  %1\t%2\t%3\t%4\t%5\n"_s.arg(p.kind, p.name, p.version, p.lastModified, p.id);
    for (const auto &f : in.files)
        out += u"  %1\t%2\t%3\t%4\n"_s.arg(locale.toString(f.size),
                                           locale.toString(f.compressedSize), f.method, f.name);
    for (const QString &p : in.problems)
        out += ProjectPackageText::tr("Problem: %1").arg(p) + QLatin1Char('\n');
    out += in.ok() ? ProjectPackageText::tr("It can be imported.")
                   : ProjectPackageText::tr("It cannot be imported.");
    return out + QLatin1Char('\n');
}

std::optional<Package> read(const QByteArray &package, QString *error)
{
    const Zip::Reader zip(package);
    if (!zip.isValid()) {
        *error = zip.error();
        return std::nullopt;
    }
    const Zip::Entry *list = zip.find(u"projects.xml"_s);
    if (!list) {
        *error = ProjectPackageText::tr("it has no projects.xml, so it is not a project package");
        return std::nullopt;
    }
    const auto xml = zip.read(*list, error);
    if (!xml)
        return std::nullopt;
    const QList<Project> projects = parseList(*xml, error);
    if (projects.isEmpty())
        return std::nullopt;
    Package out;
    QSet<const Zip::Entry *> used{list};
    for (const Project &p : projects) {
        Full full;
        full.project = p;
        const Zip::Entry *definition = zip.find(p.id + u".xml"_s);
        const auto bytes = definition ? zip.read(*definition, error) : std::nullopt;
        if (!bytes) {
            *error =
                ProjectPackageText::tr("the definition of “%1” cannot be read: %2")
                    .arg(p.name,
                         definition ? *error
                                    : ProjectPackageText::tr("there is no %1.xml in it").arg(p.id));
            return std::nullopt;
        }
        used.insert(definition);
        full.definition = xmlText(*bytes);
        if (full.definition.toUtf8() != *bytes)
            full.definitionBytes = *bytes;
        for (const Zip::Entry &e : zip.entries()) {
            if (!isDocumentOf(e.name, p.id))
                continue;
            const auto document = zip.read(e, error);
            if (!document)
                return std::nullopt;
            const QString file = e.name.section(QLatin1Char('/'), -1);
            const qsizetype dot = file.indexOf(QLatin1Char('.'));
            full.documents.append({dot < 0 ? file : file.left(dot), *document,
                                   dot < 0 ? QString() : file.mid(dot + 1)});
            used.insert(&e);
        }
        out.projects << full;
    }
    for (const Zip::Entry &e : zip.entries()) {
        if (used.contains(&e) || e.name.endsWith(QLatin1Char('/')))
            continue;
        const auto bytes = zip.read(e, error);
        if (!bytes)
            return std::nullopt;
        out.files.append({e.name, *bytes});
    }
    return out;
}

std::optional<QList<Full>> readAll(const QByteArray &package, QString *error)
{
    auto all = read(package, error);
    if (!all)
        return std::nullopt;
    return all->projects;
}

QByteArray build(const QList<Full> &projects, const QList<File> &files)
{
    QByteArray list;
    QXmlStreamWriter xml(&list);
    xml.writeStartDocument();
    xml.writeStartElement(u"Projects"_s);
    for (const Full &f : projects) {
        xml.writeEmptyElement(u"Project"_s);
        xml.writeAttribute(u"Guid"_s, f.project.id);
        xml.writeAttribute(u"Name"_s, f.project.name);
        xml.writeAttribute(u"Type"_s, f.project.typeNumber.isEmpty() ? typeNumber(f.project.type)
                                                                     : f.project.typeNumber);
        xml.writeAttribute(u"LastModified"_s, f.project.lastModified);
        xml.writeAttribute(u"Version"_s, f.project.version);
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    Zip::Writer zip;
    zip.add(u"projects.xml"_s, list);
    for (const Full &f : projects) {
        zip.add(f.project.id + u".xml"_s,
                f.definitionBytes.isEmpty() ? f.definition.toUtf8() : f.definitionBytes);
        for (const Document &d : f.documents) {
            // Office files and images are compressed already: stored, they cost no time twice.
            static const QStringList packed = {u"docx"_s, u"xlsx"_s, u"pptx"_s, u"pdf"_s,
                                               u"png"_s,  u"jpg"_s,  u"zip"_s};
            zip.add(d.extension.isEmpty()
                        ? u"Templates/%1/%2"_s.arg(f.project.id, d.id)
                        : u"Templates/%1/%2.%3"_s.arg(f.project.id, d.id, d.extension),
                    d.docx, !packed.contains(d.extension.toLower()));
        }
    }
    for (const File &file : files)
        zip.add(file.name, file.bytes);
    return zip.finish();
}

} // namespace infiniti::ProjectPackage
