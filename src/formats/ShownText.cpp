#include "formats/ShownText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace infiniti::ShownText {

namespace {
bool unsafe(char16_t c, Breaks breaks)
{
    if (c < 0x20)
        return breaks == Breaks::Replace || (c != u'\n' && c != u'\t');
    return (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
}
} // namespace

QString printable(QStringView text, Breaks breaks)
{
    qsizetype i = 0;
    while (i < text.size() && !unsafe(text[i].unicode(), breaks))
        ++i;
    if (i == text.size())
        return text.toString();
    QString out = text.toString();
    for (; i < out.size(); ++i) {
        if (unsafe(out[i].unicode(), breaks))
            out[i] = QChar::ReplacementCharacter;
    }
    return out;
}

QString serverWords(const QString &text, const QStringList &secrets, qsizetype maxLength)
{
    if (text.isEmpty())
        return text;
    // (Long words cut early: what is past a screenful is never shown, nor searched for tokens.)
    QString out = text.size() > maxLength + 4096 ? text.left(maxLength + 4096) : text;
    for (const QString &secret : secrets) {
        if (secret.size() >= 4) // a secret of a character or two would blank ordinary words
            out.replace(secret, u"[redacted]"_s);
    }
    // A token the text itself shows: a sign-in answer quoted back, an echoed header.
    static const QRegularExpression quoted(uR"((authorizationToken"?\s*[:=]\s*")[^"]*)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bare(
        uR"((authorizationToken"?\s*[:=]\s*|Bearer\s+)(?!\[redacted\])[^\s",;}]+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    out.replace(quoted, u"\\1[redacted]"_s);
    out.replace(bare, u"\\1[redacted]"_s);
    if (out.size() > maxLength) {
        qsizetype cut = maxLength;
        if (cut > 0 && out.at(cut - 1).isHighSurrogate())
            --cut;
        out = out.left(cut) + u"…"_s;
    }
    return printable(out, Breaks::Keep);
}

} // namespace infiniti::ShownText
