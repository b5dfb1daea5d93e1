#include "formats/XmlCheck.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

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

namespace {
enum class Kind { Text, Start, End, Other }; // Other: comments, processing instructions, DTD
struct Token
{
    Kind kind;
    qsizetype from, to;  // where it is in the text, as written
    int parent = -1;     // the element around it (-1: none, around the root)
    int self = -1;       // Start/End: the element itself
    bool blank = false;  // Text of whitespace alone (not CDATA)
    bool closed = false; // Start: an empty-element tag (<a/>)
};
struct Element
{
    bool hasChildren = false; // elements, comments or processing instructions
    bool hasText = false;     // character data other than whitespace
    bool preserve = false;    // xml:space="preserve" here or above
};

// Where the markup starting at `at` (a '<') ends, one past its '>'; the text is well-formed.
qsizetype markupEnd(const QString &xml, qsizetype at)
{
    const auto after = [&xml](qsizetype from, QStringView close) {
        const qsizetype found = xml.indexOf(close, from);
        return found < 0 ? xml.size() : found + close.size();
    };
    const QStringView rest = QStringView(xml).mid(at);
    if (rest.startsWith(u"<!--"))
        return after(at + 4, u"-->");
    if (rest.startsWith(u"<![CDATA["))
        return after(at + 9, u"]]>");
    if (rest.startsWith(u"<?"))
        return after(at + 2, u"?>");
    // Tags and the DTD: the first '>' outside quotes (and, in the DTD, outside its brackets).
    QChar quote;
    int brackets = 0;
    for (qsizetype i = at + 1; i < xml.size(); ++i) {
        const QChar c = xml.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'[') {
            ++brackets;
        } else if (c == u']') {
            --brackets;
        } else if (c == u'>' && brackets <= 0) {
            return i + 1;
        }
    }
    return xml.size();
}

bool isXmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}
} // namespace

QString indentedXml(const QString &xml)
{
    if (xml.trimmed().isEmpty() || firstXmlProblem(xml, false))
        return {};
    // The text cut into its tokens as written (it is well-formed), and per element whether its
    // content is elements alone: children, and between them only whitespace.
    static const QRegularExpression space(uR"(\sxml:space\s*=\s*(["'])(\w*)\1)"_s);
    std::vector<Token> tokens;
    std::vector<Element> elements;
    std::vector<int> open;
    for (qsizetype at = 0; at < xml.size();) {
        Token t{Kind::Other, at, 0, open.empty() ? -1 : open.back()};
        Element *parent = t.parent >= 0 ? &elements[size_t(t.parent)] : nullptr;
        const QStringView rest = QStringView(xml).mid(at);
        if (xml.at(at) != u'<') {
            const qsizetype next = xml.indexOf(u'<', at);
            t.kind = Kind::Text;
            t.to = next < 0 ? xml.size() : next;
            t.blank = std::all_of(xml.begin() + at, xml.begin() + t.to, isXmlSpace);
        } else {
            t.to = markupEnd(xml, at);
            if (rest.startsWith(u"<![CDATA[")) {
                t.kind = Kind::Text; // character data, even if blank
            } else if (rest.startsWith(u"</")) {
                t.kind = Kind::End;
                t.self = open.back();
                open.pop_back();
                t.parent = open.empty() ? -1 : open.back();
            } else if (rest.startsWith(u"<!") || rest.startsWith(u"<?")) {
                t.kind = Kind::Other;
            } else {
                t.kind = Kind::Start;
                t.closed = xml.at(t.to - 2) == u'/';
                Element e;
                e.preserve = parent && parent->preserve;
                const auto declared = space.match(xml.mid(at, t.to - at));
                if (declared.hasMatch())
                    e.preserve = declared.captured(2) == "preserve"_L1;
                t.self = int(elements.size());
                elements.push_back(e);
                parent = t.parent >= 0 ? &elements[size_t(t.parent)] : nullptr;
                if (!t.closed)
                    open.push_back(t.self);
            }
        }
        if (parent) {
            if (t.kind == Kind::Text && !t.blank)
                parent->hasText = true;
            else if (t.kind == Kind::Start || t.kind == Kind::Other)
                parent->hasChildren = true;
        }
        at = t.to;
        tokens.push_back(t);
    }
    // Whitespace is layout only where an element holds elements and nothing but whitespace
    // between them (and around the root): there it is replaced by line breaks and indentation.
    // Mixed content, an element holding text alone (a space may be its value) and
    // xml:space="preserve" keep every character, and every token is copied as written
    // (attributes, quotes, entities, CDATA, comments): the result differs from `xml` only in
    // whitespace no reader takes for content.
    const auto laidOut = [&elements](int element) {
        if (element < 0)
            return true;
        const Element &e = elements[size_t(element)];
        return e.hasChildren && !e.hasText && !e.preserve;
    };
    QString out;
    out.reserve(xml.size() + xml.size() / 4);
    int depth = 0;
    const auto newLine = [&out, &depth] {
        if (!out.isEmpty())
            out += QLatin1Char('\n') + QString(depth * 2, QLatin1Char(' '));
    };
    for (const Token &t : tokens) {
        const QStringView raw = QStringView(xml).mid(t.from, t.to - t.from);
        switch (t.kind) {
        case Kind::Text:
            if (!(t.blank && laidOut(t.parent)))
                out += raw;
            break;
        case Kind::Start:
            if (laidOut(t.parent))
                newLine();
            out += raw;
            if (!t.closed)
                ++depth;
            break;
        case Kind::End:
            --depth;
            if (laidOut(t.self))
                newLine();
            out += raw;
            break;
        case Kind::Other:
            if (laidOut(t.parent))
                newLine();
            out += raw;
            break;
        }
    }
    return out;
}

} // namespace infiniti
