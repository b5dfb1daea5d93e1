#include "formats/Docx.h"

#include "formats/Zip.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace infiniti::Docx {

QByteArray build(const QStringList &paragraphs)
{
    QByteArray document;
    QXmlStreamWriter xml(&document);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    const QString w = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    xml.writeNamespace(w, QStringLiteral("w"));
    xml.writeStartElement(w, QStringLiteral("document"));
    xml.writeStartElement(w, QStringLiteral("body"));
    for (const QString &p : paragraphs) {
        xml.writeStartElement(w, QStringLiteral("p"));
        xml.writeStartElement(w, QStringLiteral("r"));
        xml.writeStartElement(w, QStringLiteral("t"));
        xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        xml.writeCharacters(p);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();

    Zip::Writer zip;
    zip.add(QStringLiteral("[Content_Types].xml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            "<Override PartName=\"/word/document.xml\" "
            "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            "</Types>");
    zip.add(QStringLiteral("_rels/.rels"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
            "Target=\"word/document.xml\"/></Relationships>");
    zip.add(QStringLiteral("word/document.xml"), document);
    return zip.finish();
}

std::optional<QStringList> paragraphs(const QByteArray &docx)
{
    const Zip::Reader zip(docx);
    QString error;
    const auto document = zip.read(QStringLiteral("word/document.xml"), &error);
    if (!document)
        return std::nullopt;
    QXmlStreamReader xml(*document);
    QStringList out;
    QString current;
    bool inParagraph = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("p")) {
            inParagraph = true;
            current.clear();
        } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("p")) {
            out << current;
            inParagraph = false;
        } else if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("t") && inParagraph) {
            current += xml.readElementText();
        }
    }
    if (xml.hasError())
        return std::nullopt;
    return out;
}

} // namespace infiniti::Docx
