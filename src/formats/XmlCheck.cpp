#include "formats/XmlCheck.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace infiniti {

std::optional<XmlProblem> firstXmlProblem(const QString &xml, bool blankAllowed)
{
    if (blankAllowed && xml.trimmed().isEmpty())
        return std::nullopt;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    if (!reader.hasError())
        return std::nullopt;
    return XmlProblem{reader.lineNumber(), reader.columnNumber(), reader.errorString()};
}

QString indentedXml(const QString &xml)
{
    if (xml.trimmed().isEmpty())
        return {};
    QString out;
    QXmlStreamReader reader(xml);
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.hasError())
            return {};
        if (reader.isWhitespace()) // the layout between elements: the writer makes its own
            continue;
        if (reader.isStartDocument()) // its declaration, if any, is kept as written
            continue;
        writer.writeCurrentToken(reader);
    }
    // The declaration as written (the writer would drop its encoding when writing to text).
    QString declaration;
    const QString start = xml.trimmed();
    if (start.startsWith(u"<?xml ") && start.indexOf(u"?>") > 0)
        declaration = start.left(start.indexOf(u"?>") + 2) + QLatin1Char('\n');
    return declaration + out.trimmed();
}

} // namespace infiniti
