#include "formats/Base64MemberStream.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

#include <array>

namespace infiniti {

namespace {
struct Base64MemberStreamText
{
    Q_DECLARE_TR_FUNCTIONS(Base64MemberStreamText)
};

constexpr qsizetype kMemberStreamBlock = 256 * 1024;

// The sextet of a standard Base64 character; -1 for anything else.
constexpr std::array<qint8, 256> kSextets = [] {
    std::array<qint8, 256> t{};
    for (auto &v : t)
        v = -1;
    for (int i = 0; i < 26; ++i) {
        t[size_t('A' + i)] = qint8(i);
        t[size_t('a' + i)] = qint8(26 + i);
    }
    for (int i = 0; i < 10; ++i)
        t[size_t('0' + i)] = qint8(52 + i);
    t[size_t('+')] = 62;
    t[size_t('/')] = 63;
    return t;
}();

bool isMemberStreamSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
} // namespace

Base64MemberStream::Base64MemberStream(QLatin1StringView key, Sink sink)
    : m_key(key)
    , m_sink(std::move(sink))
{
}

bool Base64MemberStream::fail(const QString &problem)
{
    if (!m_failed) {
        m_failed = true;
        m_problem = problem;
    }
    return false;
}

bool Base64MemberStream::flushOut()
{
    if (m_out.isEmpty())
        return true;
    m_decoded += m_out.size();
    const bool ok = m_sink(m_out);
    m_out.resize(0); // keeps the capacity
    if (!ok) {
        m_failed = true; // the sink said why (a file that cannot be written)
        return false;
    }
    return true;
}

bool Base64MemberStream::base64Char(char c)
{
    if (c == '\n' || c == '\r' || c == ' ' || c == '\t')
        return true; // MIME-style line breaks
    if (c == '=') {
        // Padding ends a group of two or three sextets.
        if (m_sextets + m_padding < 2)
            return fail(Base64MemberStreamText::tr(
                "the file in the answer is not valid Base64 (misplaced '=')"));
        ++m_padding;
        if (m_sextets + m_padding > 4)
            return fail(Base64MemberStreamText::tr(
                "the file in the answer is not valid Base64 (misplaced '=')"));
        return true;
    }
    const qint8 s = kSextets[uchar(c)];
    if (s < 0 || m_padding > 0)
        return fail(Base64MemberStreamText::tr(
                        "the file in the answer is not valid Base64 (a character '%1')")
                        .arg(uchar(c) >= 0x20 && uchar(c) < 0x7F ? QString(QLatin1Char(c))
                                                                 : QString::number(uchar(c))));
    m_quad = (m_quad << 6) | quint32(s);
    if (++m_sextets == 4) {
        const char bytes[3] = {char(m_quad >> 16), char(m_quad >> 8), char(m_quad)};
        m_out.append(bytes, 3);
        m_quad = 0;
        m_sextets = 0;
        if (m_out.size() >= kMemberStreamBlock)
            return flushOut();
    }
    return true;
}

// Whole groups of four plain Base64 characters from `p`, decoded into m_out at once (the bulk of
// a file: no escape, line break or padding among them); returns where the groups end.
const char *Base64MemberStream::decodeGroups(const char *p, const char *end)
{
    const qsizetype room = qMax<qsizetype>(1, (kMemberStreamBlock - m_out.size()) / 3);
    const qsizetype most = qMin<qsizetype>((end - p) / 4, room);
    if (most <= 0)
        return p;
    const qsizetype at = m_out.size();
    m_out.resize(at + 3 * most);
    char *out = m_out.data() + at;
    qsizetype groups = 0;
    for (; groups < most; ++groups, p += 4) {
        const int a = kSextets[uchar(p[0])];
        const int b = kSextets[uchar(p[1])];
        const int c = kSextets[uchar(p[2])];
        const int d = kSextets[uchar(p[3])];
        if ((a | b | c | d) < 0)
            break; // something else: character by character from here
        const quint32 v = quint32(a) << 18 | quint32(b) << 12 | quint32(c) << 6 | quint32(d);
        *out++ = char(v >> 16);
        *out++ = char(v >> 8);
        *out++ = char(v);
    }
    m_out.resize(at + 3 * groups);
    return p;
}

// Inside the member's string: Base64 characters until the closing quote.
bool Base64MemberStream::feedMember(const char *&p, const char *end)
{
    for (; p < end; ++p) {
        if (m_sextets == 0 && m_padding == 0 && !m_escape && m_unicode.isNull()) {
            p = decodeGroups(p, end);
            if (m_out.size() >= kMemberStreamBlock && !flushOut())
                return false;
            if (p == end)
                break;
        }
        const char c = *p;
        if (!m_unicode.isNull()) {
            m_unicode.append(c);
            if (m_unicode.size() < 4)
                continue;
            bool ok = false;
            const uint code = m_unicode.toUInt(&ok, 16);
            m_unicode = QByteArray();
            if (!ok || code >= 0x80)
                return fail(Base64MemberStreamText::tr(
                    "the file in the answer is not valid Base64 (an escaped character)"));
            if (!base64Char(char(code)))
                return false;
            continue;
        }
        if (m_escape) {
            m_escape = false;
            switch (c) {
            case '/':
                if (!base64Char('/'))
                    return false;
                continue;
            case 'n':
            case 'r':
            case 't':
                continue; // a line break, escaped
            case 'u':
                m_unicode = QByteArray("");
                continue;
            default:
                return fail(Base64MemberStreamText::tr(
                    "the file in the answer is not valid Base64 (an escaped character)"));
            }
        }
        if (c == '\\') {
            m_escape = true;
        } else if (c == '"') {
            // The end of the file's text.
            if (m_sextets + m_padding == 1 || (m_padding > 0 && (m_sextets + m_padding) % 4 != 0))
                return fail(Base64MemberStreamText::tr(
                    "the file in the answer is not valid Base64 (it ends in the middle)"));
            if (m_sextets >= 2) { // the last group, padded or not
                const int bytes = m_sextets - 1;
                const quint32 q = m_quad << (6 * (4 - m_sextets));
                const char tail[3] = {char(q >> 16), char(q >> 8), char(q)};
                m_out.append(tail, bytes);
            }
            m_quad = 0;
            m_sextets = 0;
            m_padding = 0;
            m_inMember = false;
            m_inString = false;
            m_skeleton.append('"');
            ++p;
            return flushOut();
        } else if (uchar(c) < 0x20) {
            return fail(Base64MemberStreamText::tr(
                "the answer is not JSON (a control character in a string)"));
        } else if (!base64Char(c)) {
            return false;
        }
    }
    return true;
}

bool Base64MemberStream::feed(QByteArrayView bytes)
{
    if (m_failed)
        return false;
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    while (p < end) {
        if (m_inMember) {
            if (!feedMember(p, end))
                return false;
            continue;
        }
        const char c = *p++;
        m_skeleton.append(c);
        if (m_inString) {
            if (m_escape) {
                m_escape = false;
            } else if (c == '\\') {
                m_escape = true;
            } else if (c == '"') {
                m_inString = false;
                if (m_readingKey) {
                    m_readingKey = false;
                    m_keyMatches =
                        QLatin1StringView(m_keyText).compare(m_key, Qt::CaseInsensitive) == 0;
                }
                continue;
            }
            if (m_readingKey) {
                if (m_keyText.size() < 256)
                    m_keyText.append(c);
                else
                    m_keyText = "\\"; // no key of ours is that long (and none has a backslash)
            }
            continue;
        }
        if (isMemberStreamSpace(c))
            continue;
        const bool topLevel = m_depth == 1;
        const bool value = topLevel && m_valueNext;
        m_valueNext = false;
        switch (c) {
        case '"':
            m_inString = true;
            if (topLevel && !value) {
                m_readingKey = true;
                m_keyText.clear();
            } else if (value && m_keyMatches) {
                if (m_found)
                    return fail(
                        Base64MemberStreamText::tr("the answer holds the file twice (\"%1\")")
                            .arg(m_key));
                m_found = true;
                m_inMember = true;
            }
            break;
        case '{':
        case '[':
            ++m_depth;
            break;
        case '}':
        case ']':
            --m_depth;
            break;
        case ':':
            m_valueNext = topLevel;
            break;
        default:
            break;
        }
    }
    if (m_skeleton.size() > m_restLimit)
        return fail(
            Base64MemberStreamText::tr("the answer holds more than its file: over %1 besides it")
                .arg(QLocale().formattedDataSize(m_restLimit)));
    return true;
}

bool Base64MemberStream::finish()
{
    if (m_failed)
        return false;
    if (m_inMember || m_inString)
        return fail(Base64MemberStreamText::tr("the answer ends in the middle of a string"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_skeleton, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(Base64MemberStreamText::tr("the answer is not JSON (%1 at offset %2)")
                        .arg(error.errorString())
                        .arg(error.offset));
    if (!doc.isObject())
        return fail(Base64MemberStreamText::tr("the answer is not a JSON object"));
    if (!m_found)
        return fail(
            Base64MemberStreamText::tr("the answer holds no file (no \"%1\" string)").arg(m_key));
    m_rest = doc.object();
    m_skeleton = QByteArray();
    return true;
}

} // namespace infiniti
