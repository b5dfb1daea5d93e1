#include "formats/Docx.h"

#include "formats/Zip.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace infiniti::Docx {

QByteArray build(const QStringList &paragraphs)
{
    QByteArray document;
    QXmlStreamWriter xml(&document);
    xml.writeStartDocument(u"1.0"_s, true);
    const QString w = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s;
    xml.writeNamespace(w, u"w"_s);
    xml.writeStartElement(w, u"document"_s);
    xml.writeStartElement(w, u"body"_s);
    for (const QString &p : paragraphs) {
        xml.writeStartElement(w, u"p"_s);
        xml.writeStartElement(w, u"r"_s);
        xml.writeStartElement(w, u"t"_s);
        xml.writeAttribute(u"xml:space"_s, u"preserve"_s);
        xml.writeCharacters(p);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();

    Zip::Writer zip;
    zip.add(u"[Content_Types].xml"_s,
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            "<Default Extension=\"rels\" "
            "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            "<Override PartName=\"/word/document.xml\" "
            "ContentType=\"application/"
            "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            "</Types>");
    zip.add(u"_rels/.rels"_s,
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            "officeDocument\" "
            "Target=\"word/document.xml\"/></Relationships>");
    zip.add(u"word/document.xml"_s, document);
    return zip.finish();
}

std::optional<QStringList> paragraphs(const QByteArray &docx)
{
    const Zip::Reader zip(docx);
    QString error;
    const auto document = zip.read(u"word/document.xml"_s, &error);
    if (!document)
        return std::nullopt;
    QXmlStreamReader xml(*document);
    QStringList out;
    QString current;
    bool inParagraph = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && xml.name() == "p"_L1) {
            inParagraph = true;
            current.clear();
        } else if (token == QXmlStreamReader::EndElement && xml.name() == "p"_L1) {
            out << current;
            inParagraph = false;
        } else if (token == QXmlStreamReader::StartElement && xml.name() == "t"_L1 && inParagraph) {
            current += xml.readElementText();
        }
    }
    if (xml.hasError())
        return std::nullopt;
    return out;
}

} // namespace infiniti::Docx
