#include "formats/ProjectPackage.h"

#include "formats/Zip.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace infiniti::ProjectPackage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProjectPackage", text);
}

// XML in whatever encoding it declares: UTF-8/16 as the reader knows them; a legacy 8-bit
// declaration (windows-1252, iso-8859-1) read as Latin-1 rather than refused.
QString xmlText(const QByteArray &bytes)
{
    static const QRegularExpression declared(u"^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"'][^>]*\\?>"_s,
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

} // namespace

QString typeName(const QString &t)
{
    if (t == "1"_L1)
        return u"Content"_s;
    if (t == "2"_L1)
        return u"Fragment"_s;
    if (t == "3"_L1)
        return u"Form"_s;
    return t.isEmpty() ? u"Content"_s : t;
}

QString typeNumber(const QString &name)
{
    if (name.compare("Fragment"_L1, Qt::CaseInsensitive) == 0)
        return u"2"_s;
    if (name.compare("Form"_L1, Qt::CaseInsensitive) == 0)
        return u"3"_s;
    return u"1"_s;
}

Contents inspect(const QByteArray &package)
{
    Contents out;
    const Zip::Reader zip(package);
    if (!zip.isValid()) {
        out.error = zip.error();
        return out;
    }
    QString error;
    const auto xml = zip.read(u"projects.xml"_s, &error);
    if (!xml) {
        out.error = zip.find(u"projects.xml"_s) ? error : tr("it has no projects.xml, so it is not a project package");
        return out;
    }
    QXmlStreamReader reader(xmlText(*xml));
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement
            && reader.name().compare("Project"_L1, Qt::CaseInsensitive) == 0) {
            const auto a = reader.attributes();
            Project p{attribute(a, "Guid").toLower(), attribute(a, "Name"), typeName(attribute(a, "Type")),
                      attribute(a, "Version"), attribute(a, "LastModified")};
            if (p.id.isEmpty()) {
                out.error = tr("projects.xml names a project without a Guid");
                out.projects.clear();
                return out;
            }
            out.projects << p;
        }
    }
    if (reader.hasError()) {
        out.error = tr("projects.xml is not well-formed (line %1: %2)").arg(reader.lineNumber()).arg(reader.errorString());
        out.projects.clear();
    } else if (out.projects.isEmpty()) {
        out.error = tr("projects.xml lists no projects");
    }
    return out;
}

Contents inspectFile(const QString &path)
{
    QFile file(path);
    Contents refused;
    if (!file.open(QIODevice::ReadOnly)) {
        refused.error = tr("it cannot be read: %1").arg(file.errorString());
        return refused;
    }
    if (file.size() == 0) {
        refused.error = tr("it is empty");
        return refused;
    }
    uchar *mapped = file.map(0, file.size());
    if (!mapped)
        return inspect(file.readAll());
    const Contents contents = inspect(QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), qsizetype(file.size())));
    file.unmap(mapped);
    return contents;
}

std::optional<QList<Full>> readAll(const QByteArray &package, QString *error)
{
    const Contents contents = inspect(package);
    if (!contents.ok()) {
        *error = contents.error;
        return std::nullopt;
    }
    const Zip::Reader zip(package);
    QList<Full> out;
    for (const Project &p : contents.projects) {
        Full full;
        full.project = p;
        const auto definition = zip.read(p.id + u".xml"_s, error);
        if (!definition) {
            *error = tr("the definition of “%1” cannot be read: %2").arg(p.name, *error);
            return std::nullopt;
        }
        full.definition = xmlText(*definition);
        const QString prefix = u"Templates/%1/"_s.arg(p.id);
        for (const Zip::Entry &e : zip.entries()) {
            if (!e.name.startsWith(prefix, Qt::CaseInsensitive) || e.name.endsWith(QLatin1Char('/')))
                continue;
            const auto bytes = zip.read(e, error);
            if (!bytes)
                return std::nullopt;
            full.documents.append({e.name.mid(prefix.size()).section(QLatin1Char('.'), 0, 0).toLower(), *bytes});
        }
        out << full;
    }
    return out;
}

QByteArray build(const QList<Full> &projects)
{
    QByteArray list;
    QXmlStreamWriter xml(&list);
    xml.writeStartDocument();
    xml.writeStartElement(u"Projects"_s);
    for (const Full &f : projects) {
        xml.writeEmptyElement(u"Project"_s);
        xml.writeAttribute(u"Guid"_s, f.project.id);
        xml.writeAttribute(u"Name"_s, f.project.name);
        xml.writeAttribute(u"Type"_s, typeNumber(f.project.type));
        xml.writeAttribute(u"LastModified"_s, f.project.lastModified);
        xml.writeAttribute(u"Version"_s, f.project.version);
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    Zip::Writer zip;
    zip.add(u"projects.xml"_s, list);
    for (const Full &f : projects) {
        zip.add(f.project.id + u".xml"_s, f.definition.toUtf8());
        for (const Document &d : f.documents)
            zip.add(u"Templates/%1/%2.docx"_s.arg(f.project.id, d.id), d.docx, false); // already compressed
    }
    zip.add(u"responseMetadataFields.xml"_s,
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><ResponseMetadataFields />");
    return zip.finish();
}

} // namespace infiniti::ProjectPackage
