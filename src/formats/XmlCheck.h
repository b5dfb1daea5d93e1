#pragma once

#include <QString>

#include <optional>

namespace infiniti {

// Where a text stops being well-formed XML: the console's editors and the emulator's checks
// word it their own way.
struct XmlProblem
{
    qint64 line = 0;
    qint64 column = 0;
    QString message; // the parser's own words
};

// The first well-formedness error in `xml`; none for well-formed XML (and, when `blankAllowed`,
// for blank text).
std::optional<XmlProblem> firstXmlProblem(const QString &xml, bool blankAllowed);

// `xml` laid out to be read and edited: one element a line, indented by nesting. Only whitespace
// between the elements of an element that holds elements alone (and around the root) is
// replaced; everything else is copied as written — text, mixed content, an element's only text
// even if blank, xml:space="preserve", attributes, entities, CDATA, comments. Empty when `xml` is
// blank or not well-formed.
QString indentedXml(const QString &xml);

} // namespace infiniti
