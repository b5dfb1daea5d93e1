#include "formats/JsonScan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace infiniti::JsonScan {

namespace {
constexpr int kJsonScanMaxDepth = 1024; // QJsonDocument's nesting limit

// Bytes that stand for themselves inside a string: printable ASCII but the quote and backslash.
constexpr auto kPlainStringByte = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x80; ++c)
        plain[size_t(c)] = c != '"' && c != '\\';
    return plain;
}();

// Past the bytes that stand for themselves in a string (kPlainStringByte), from p: the first
// quote, backslash, control or non-ASCII byte, or `end`. Sixteen bytes at a time where the
// machine can (a list's strings are mostly such bytes).
const char *skipPlainStringBytes(const char *p, const char *end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i space = _mm_set1_epi8(0x20);
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        // Signed bytes: below 0x20 are the control bytes and every byte from 0x80 on.
        const __m128i special =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                         _mm_cmplt_epi8(v, space));
        if (const int mask = _mm_movemask_epi8(special))
            return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
#endif
    while (p < end && kPlainStringByte[uchar(*p)])
        ++p;
    return p;
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Checks one JSON text and remembers where its values are. With `top` it records the top-level
// object's members, and the elements of every top-level array (one of them is the list).
class JsonScanner
{
public:
    explicit JsonScanner(QByteArrayView json)
        : m_begin(json.data())
        , m_p(json.data())
        , m_end(json.data() + json.size())
    {
    }

    struct TopMember
    {
        Member member;
        QList<Value> elements; // when the value is an array
    };

    // The whole document: an object or an array, nothing after it but whitespace. With
    // `itemMembers`, the members of every object in the arrays whose elements are recorded are
    // noted there too, and each such element's Value says where its own are.
    bool document(Value *top, QList<TopMember> *topMembers, QList<Value> *topElements,
                  QList<Member> *itemMembers = nullptr, bool onlyIds = false)
    {
        m_memberSink = itemMembers;
        m_onlyIds = onlyIds;
        if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
            m_p += 3; // a byte order mark, as Qt skips it
        skipSpace();
        if (m_p >= m_end || (*m_p != '{' && *m_p != '['))
            return false;
        m_topMembers = topMembers;
        m_topElements = topElements;
        if (!value(top))
            return false;
        skipSpace();
        return m_p == m_end;
    }

    // From a value's first byte, skipping nothing: one value of an already checked document.
    bool value(Value *out)
    {
        if (m_p >= m_end)
            return false;
        out->begin = m_p - m_begin;
        out->compact = true;
        out->lowerKeys = true;
        bool ok = false;
        switch (*m_p) {
        case '{':
            out->type = Type::Object;
            ok = container(out, '}');
            break;
        case '[':
            out->type = Type::Array;
            ok = container(out, ']');
            break;
        case '"':
            out->type = Type::String;
            ok = string(&out->compact);
            break;
        case 't':
            out->type = Type::Bool;
            ok = literal("true", 4);
            break;
        case 'f':
            out->type = Type::Bool;
            ok = literal("false", 5);
            break;
        case 'n':
            out->type = Type::Null;
            ok = literal("null", 4);
            break;
        default:
            out->type = Type::Number;
            ok = number();
            break;
        }
        out->end = m_p - m_begin;
        return ok;
    }

private:
    void skipSpace(bool *compact = nullptr)
    {
        while (m_p < m_end && isJsonSpace(*m_p)) {
            ++m_p;
            if (compact)
                *compact = false;
        }
    }

    bool literal(const char *word, qsizetype n)
    {
        if (m_end - m_p < n || std::memcmp(m_p, word, size_t(n)) != 0)
            return false;
        m_p += n;
        return true;
    }

    // "id" in any casing, written plainly.
    bool isIdKey(const Value &key) const
    {
        const char *k = m_begin + key.begin;
        return key.end - key.begin == 4 && (k[1] | 0x20) == 'i' && (k[2] | 0x20) == 'd';
    }

    void skipDigits()
    {
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
    }

    // As Qt's parser reads a number: the longest run of the grammar's parts (digits after '.'
    // and 'e' optional), then that text must convert to a double.
    bool number()
    {
        const char *start = m_p;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p < m_end && *m_p == '0')
            ++m_p;
        else
            skipDigits();
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            skipDigits();
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            skipDigits();
        }
        if (m_p >= m_end)
            return false;
        bool ok = false;
        QByteArray::fromRawData(start, m_p - start).toDouble(&ok);
        return ok;
    }

    static bool isHex(char c)
    {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    // One UTF-8 sequence of 2-4 bytes at m_p (its first byte >= 0x80): well-formed, shortest
    // form, no surrogates, at most U+10FFFF — what Qt's parser accepts.
    bool utf8()
    {
        const auto b0 = uchar(*m_p);
        int n = 0;
        uint cp = 0;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            n = 1;
            cp = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            n = 2;
            cp = b0 & 0x0F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            n = 3;
            cp = b0 & 0x07;
        } else {
            return false;
        }
        if (m_end - m_p <= n)
            return false;
        for (int i = 1; i <= n; ++i) {
            const auto b = uchar(m_p[i]);
            if ((b & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (b & 0x3F);
        }
        if ((n == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        m_p += n + 1;
        return true;
    }

    // `plain` (if given) is cleared when the string holds anything but printable ASCII without
    // escapes.
    bool string(bool *compact, bool *plain = nullptr)
    {
        ++m_p; // the opening quote
        while (m_p < m_end) {
            // Most of a list's bytes are plain ASCII in strings: skip them in a tight loop.
            m_p = skipPlainStringBytes(m_p, m_end);
            if (m_p >= m_end)
                break;
            const char c = *m_p;
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (plain)
                *plain = false;
            if (c == '\\') {
                if (m_end - m_p < 2)
                    return false;
                const char e = m_p[1];
                if (e == 'u') {
                    if (m_end - m_p < 6 || !isHex(m_p[2]) || !isHex(m_p[3]) || !isHex(m_p[4]) ||
                        !isHex(m_p[5]))
                        return false;
                    m_p += 6;
                } else {
                    // Qt takes any other escaped byte as that character ("\\x" is "x"); RFC 8259
                    // does not, so a compact writer must write it anew.
                    if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' &&
                        e != 'r' && e != 't')
                        *compact = false;
                    m_p += 2;
                }
            } else if (uchar(c) >= 0x80) {
                if (!utf8())
                    return false;
            } else {
                if (uchar(c) < 0x20)
                    *compact = false; // Qt takes it; a compact writer escapes it
                ++m_p;
            }
        }
        return false;
    }

    bool container(Value *out, char close)
    {
        if (++m_depth > kJsonScanMaxDepth)
            return false;
        const bool object = close == '}';
        const bool topObject = object && m_depth == 1;
        // An array whose elements are wanted (the top-level array, or a top-level member's).
        QList<Value> *collect = object ? nullptr : m_topElements;
        m_topElements = nullptr; // nothing nested deeper records anything
        // An object that is such an element, when its members are wanted; and for such an
        // array, where its elements' members go.
        QList<Member> *record = object ? m_recordInto : nullptr;
        m_recordInto = nullptr;
        QList<Member> *elementMembers = collect ? m_memberSink : nullptr;
        const qsizetype firstRecorded = record ? record->size() : 0;
        ++m_p;
        skipSpace(&out->compact);
        if (m_p < m_end && *m_p == close) {
            ++m_p;
            --m_depth;
            if (record)
                out->firstMember = qint32(firstRecorded);
            return true;
        }
        while (true) {
            Member member;
            if (object) {
                if (m_p >= m_end || *m_p != '"')
                    return false;
                member.key.type = Type::String;
                member.key.compact = true; // as members() marks it: plain ASCII, no escapes
                member.key.begin = m_p - m_begin;
                if (!string(&out->compact, &member.key.compact))
                    return false;
                member.key.end = m_p - m_begin;
                if (member.key.end - member.key.begin > 2) {
                    // A capital, a non-ASCII byte or an escape first: camel-casing may change it.
                    const uchar first = uchar(m_begin[member.key.begin + 1]);
                    if ((first >= 'A' && first <= 'Z') || first >= 0x80 || first == '\\')
                        out->lowerKeys = false;
                }
                skipSpace(&out->compact);
                if (m_p >= m_end || *m_p != ':')
                    return false;
                ++m_p;
                skipSpace(&out->compact);
            }
            QList<Value> memberElements;
            if (topObject)
                m_topElements = &memberElements; // filled if this member's value is an array
            m_recordInto = elementMembers;       // an element's members, if it is an object
            const bool ok = value(&member.value);
            m_topElements = nullptr;
            m_recordInto = nullptr;
            if (!ok)
                return false;
            if (record && (!m_onlyIds || isIdKey(member.key)))
                record->append(member);
            out->compact = out->compact && member.value.compact;
            out->lowerKeys = out->lowerKeys && member.value.lowerKeys;
            if (topObject && m_topMembers)
                m_topMembers->append({member, std::move(memberElements)});
            if (collect)
                collect->append(member.value);
            skipSpace(&out->compact);
            if (m_p >= m_end)
                return false;
            if (*m_p == ',') {
                ++m_p;
                skipSpace(&out->compact);
                continue;
            }
            if (*m_p != close)
                return false;
            ++m_p;
            --m_depth;
            if (record) {
                out->firstMember = qint32(firstRecorded);
                out->memberCount = qint32(record->size() - firstRecorded);
            }
            return true;
        }
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    int m_depth = 0;
    QList<TopMember> *m_topMembers = nullptr;
    QList<Value> *m_topElements = nullptr;
    QList<Member> *m_memberSink = nullptr; // see document()
    bool m_onlyIds = false;                // only members named "id" in any casing
    QList<Member> *m_recordInto = nullptr; // the next object's members go there
};

bool hasEscapeOrHighBytes(QByteArrayView s)
{
    for (const char c : s) {
        if (c == '\\' || uchar(c) >= 0x80)
            return true;
    }
    return false;
}

// The key's text (its bytes without quotes, escapes resolved).
QString keyText(QByteArrayView json, const Value &key)
{
    return string(json, key);
}

bool asciiEqualsNoCase(QByteArrayView a, QLatin1StringView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        char x = a.at(i);
        char y = b.at(i).toLatin1();
        if (x >= 'A' && x <= 'Z')
            x = char(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = char(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

// Json::value()'s choice among a document's members: the exact key (the last of duplicates,
// as QJsonObject keeps it), else, in QJsonObject's key order, the first matching in any casing.
template <typename Range, typename KeyOf>
qsizetype chooseMember(QByteArrayView json, const Range &range, QLatin1StringView key, KeyOf keyOf)
{
    qsizetype exact = -1;
    qsizetype loose = -1;
    QString looseKey;
    for (qsizetype i = 0; i < qsizetype(range.size()); ++i) {
        const Value &k = keyOf(range[i]);
        const QByteArrayView raw = json.sliced(k.begin + 1, k.end - k.begin - 2);
        // (members() marks keys of plain ASCII without escapes in `compact`.)
        if (k.compact && raw.size() != key.size())
            continue; // a plain key of another length matches in no casing
        if (k.compact || !hasEscapeOrHighBytes(raw)) {
            if (raw == QByteArrayView(key.data(), key.size())) {
                exact = i;
                continue;
            }
            if (!asciiEqualsNoCase(raw, key))
                continue;
            const QString text = QString::fromLatin1(raw);
            if (loose < 0 || text < looseKey) {
                loose = i;
                looseKey = text;
            }
            continue;
        }
        const QString text = keyText(json, k);
        if (text == key) {
            exact = i;
        } else if (text.compare(key, Qt::CaseInsensitive) == 0 && (loose < 0 || text < looseKey)) {
            loose = i;
            looseKey = text;
        }
    }
    return exact >= 0 ? exact : loose;
}

void skipCheckedSpace(const char *&p, const char *end)
{
    while (p < end && isJsonSpace(*p))
        ++p;
}

Type typeAt(char c)
{
    switch (c) {
    case '"':
        return Type::String;
    case '{':
        return Type::Object;
    case '[':
        return Type::Array;
    case 't':
    case 'f':
        return Type::Bool;
    case 'n':
        return Type::Null;
    default:
        return Type::Number;
    }
}

// Past a string of a checked document (p at its opening quote); `plain` (if given) tells
// whether it holds only printable ASCII without escapes.
const char *skipCheckedString(const char *p, const char *end, bool *plain)
{
    ++p;
    bool simple = true;
    while (p < end) {
        p = skipPlainStringBytes(p, end);
        if (p >= end)
            break;
        if (*p == '"') {
            ++p;
            break;
        }
        simple = false;
        p += *p == '\\' ? 2 : 1;
    }
    if (plain)
        *plain = simple;
    return p;
}

// Past one value of a checked document (readList() checked it; nothing is checked again).
const char *skipCheckedValue(const char *p, const char *end, bool *plainString)
{
    if (*p == '"')
        return skipCheckedString(p, end, plainString);
    if (*p == '{' || *p == '[') {
        int depth = 0;
        while (p < end) {
            const char c = *p;
            if (c == '"') {
                p = skipCheckedString(p, end, nullptr);
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return p + 1;
            }
            ++p;
        }
        return p;
    }
    while (p < end && *p != ',' && *p != '}' && *p != ']' && !isJsonSpace(*p))
        ++p; // a number or a literal
    return p;
}

QString notJson()
{
    return QCoreApplication::translate("Json", "it is not JSON");
}
} // namespace

bool readList(QByteArrayView json, QLatin1StringView expectedName, ListPage *page, QString *problem,
              ItemMembers itemMembers)
{
    JsonScanner scanner(json);
    Value top;
    QList<JsonScanner::TopMember> topMembers;
    QList<Value> topElements;
    QList<Member> recorded;
    if (itemMembers == ItemMembers::Recorded)
        recorded.reserve(json.size() / 24); // a user: ~26 bytes a member
    const bool record = itemMembers != ItemMembers::NotRecorded;
    if (!scanner.document(&top, &topMembers, &topElements, record ? &recorded : nullptr,
                          itemMembers == ItemMembers::OnlyId)) {
        *problem = notJson();
        return false;
    }
    *page = {};
    page->members = std::move(recorded);
    page->membersRecorded = record;
    if (top.type == Type::Array) {
        page->items = std::move(topElements);
        page->itemsArray = top;
    } else {
        const auto keyOf = [](const JsonScanner::TopMember &m) -> const Value & {
            return m.member.key;
        };
        const qsizetype named = chooseMember(json, topMembers, expectedName, keyOf);
        if (named >= 0 && topMembers.at(named).member.value.type == Type::Array) {
            page->items = topMembers.at(named).elements;
            page->itemsArray = topMembers.at(named).member.value;
        } else if (named >= 0) {
            *problem =
                QCoreApplication::translate("Json", "its “%1” is not a list").arg(expectedName);
            return false;
        } else {
            // The first array-valued property in QJsonObject's order (sorted keys; of
            // duplicates, the last).
            qsizetype first = -1;
            QString firstKey;
            for (qsizetype i = 0; i < topMembers.size(); ++i) {
                const QString key = keyText(json, topMembers.at(i).member.key);
                bool later = false;
                for (qsizetype j = i + 1; j < topMembers.size() && !later; ++j)
                    later = keyText(json, topMembers.at(j).member.key) == key;
                if (later || topMembers.at(i).member.value.type != Type::Array)
                    continue;
                if (first < 0 || key < firstKey) {
                    first = i;
                    firstKey = key;
                }
            }
            if (first < 0) {
                *problem = QCoreApplication::translate("Json", "it holds no list of “%1”")
                               .arg(expectedName);
                return false;
            }
            page->items = topMembers.at(first).elements;
            page->itemsArray = topMembers.at(first).member.value;
        }
        const qsizetype link =
            chooseMember(json, topMembers, QLatin1StringView("@nextLink"), keyOf);
        if (link >= 0)
            page->nextLink = topMembers.at(link).member.value;
    }
    for (qsizetype i = 0; i < page->items.size(); ++i) {
        if (page->items.at(i).type != Type::Object) {
            *problem = QCoreApplication::translate("Json", "item %1 of the list is not an object")
                           .arg(i + 1);
            page->items.clear();
            return false;
        }
    }
    return true;
}

Members members(QByteArrayView json, const Value &object)
{
    Members out;
    if (object.type != Type::Object)
        return out;
    // The document was checked by readList(): walk it without checking it again.
    const char *base = json.data();
    const char *p = base + object.begin + 1;
    const char *end = base + object.end - 1;
    skipCheckedSpace(p, end);
    while (p < end && *p == '"') {
        Member m;
        m.key.type = Type::String;
        m.key.begin = p - base;
        p = skipCheckedValue(p, end, &m.key.compact); // compact: a key without escapes or non-ASCII
        m.key.end = p - base;
        skipCheckedSpace(p, end);
        ++p; // ':'
        skipCheckedSpace(p, end);
        m.value.type = typeAt(*p);
        m.value.begin = p - base;
        p = skipCheckedValue(p, end, nullptr);
        m.value.end = p - base;
        out.append(m);
        skipCheckedSpace(p, end);
        if (p < end && *p == ',')
            ++p;
        skipCheckedSpace(p, end);
    }
    return out;
}

Value find(QByteArrayView json, MemberSpan ms, QLatin1StringView key)
{
    const qsizetype i =
        chooseMember(json, ms, key, [](const Member &m) -> const Value & { return m.key; });
    return i >= 0 ? ms[i].value : Value{};
}

Value atPath(QByteArrayView json, const Value &object, const QString &dottedKey)
{
    const QStringList steps = dottedKey.split(QLatin1Char('.'));
    Value item = object;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (item.type != Type::Object)
            return {};
        const QByteArray step = steps.at(i).toLatin1();
        item = find(json, members(json, item), QLatin1StringView(step));
    }
    return item;
}

Elements elements(QByteArrayView json, const Value &array)
{
    Elements out;
    if (array.type != Type::Array)
        return out;
    const char *base = json.data();
    const char *p = base + array.begin + 1;
    const char *end = base + array.end - 1;
    skipCheckedSpace(p, end);
    while (p < end) {
        Value v;
        v.type = typeAt(*p);
        v.begin = p - base;
        p = skipCheckedValue(p, end, nullptr);
        v.end = p - base;
        out.append(v);
        skipCheckedSpace(p, end);
        if (p < end && *p == ',')
            ++p;
        skipCheckedSpace(p, end);
    }
    return out;
}

QString string(QByteArrayView json, const Value &value)
{
    if (value.type != Type::String || value.end - value.begin < 2)
        return {};
    const QByteArrayView raw = json.sliced(value.begin + 1, value.end - value.begin - 2);
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    QString out;
    out.reserve(raw.size());
    qsizetype plainFrom = 0;
    qsizetype i = 0;
    while (i < raw.size()) {
        if (raw.at(i) != '\\') {
            ++i;
            continue;
        }
        out += QString::fromUtf8(raw.sliced(plainFrom, i - plainFrom));
        const char e = raw.at(i + 1);
        switch (e) {
        case 'b':
            out += QChar(u'\b');
            break;
        case 'f':
            out += QChar(u'\f');
            break;
        case 'n':
            out += QChar(u'\n');
            break;
        case 'r':
            out += QChar(u'\r');
            break;
        case 't':
            out += QChar(u'\t');
            break;
        case 'u': {
            char16_t unit = 0;
            for (qsizetype h = i + 2; h < i + 6; ++h) {
                const char c = raw.at(h);
                unit = char16_t(unit * 16 + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10));
            }
            out += QChar(unit);
            break;
        }
        default:
            out += QChar(char16_t(uchar(e)));
            break; // " \ / and what Qt takes as itself
        }
        i += e == 'u' ? 6 : 2;
        plainFrom = i;
    }
    out += QString::fromUtf8(raw.sliced(plainFrom));
    return out;
}

QJsonValue toJsonValue(QByteArrayView json, const Value &value)
{
    if (value.isMissing())
        return QJsonValue(QJsonValue::Undefined);
    QByteArray wrapped;
    wrapped.reserve(value.end - value.begin + 2);
    wrapped.append('[').append(value.bytes(json)).append(']');
    return QJsonDocument::fromJson(wrapped).array().at(0);
}

} // namespace infiniti::JsonScan
