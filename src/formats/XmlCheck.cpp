#include "formats/XmlCheck.h"

#include <QXmlStreamReader>

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

} // namespace infiniti
