#include "models/DisplayText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace infiniti::DisplayText {

namespace {
// The one translation context of this file (lupdate reads it from the macro).
struct DisplayWords
{
    Q_DECLARE_TR_FUNCTIONS(DisplayWords)
};

// "InProgress" → "In progress", "apiKey" → "Api key"; runs of capitals stay together ("XML").
QString splitWords(const QString &word)
{
    QString out;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        const bool boundary =
            i > 0 && c.isUpper() &&
            (word.at(i - 1).isLower() ||
             (i + 1 < word.size() && word.at(i + 1).isLower() && word.at(i - 1).isUpper()));
        if (boundary)
            out += QLatin1Char(' ');
        out += c;
    }
    // Only the first word keeps its capital, unless a word is all capitals (an acronym).
    QStringList words = out.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString &w = words[i];
        const bool acronym = w.size() > 1 && w == w.toUpper();
        if (acronym)
            continue;
        w = i == 0 ? w.left(1).toUpper() + w.mid(1) : w.toLower();
    }
    return words.join(QLatin1Char(' '));
}
} // namespace

QString enumText(const QString &value)
{
    // The words of contract 5.1, 9.2 and the emulator's documented values, where splitting
    // alone would read oddly.
    static const QHash<QString, const char *> known = {
        {u"InProgress"_s, QT_TRANSLATE_NOOP("DisplayWords", "In progress")},
        {u"Completed"_s, QT_TRANSLATE_NOOP("DisplayWords", "Completed")},
        {u"Aborted"_s, QT_TRANSLATE_NOOP("DisplayWords", "Aborted")},
        {u"User"_s, QT_TRANSLATE_NOOP("DisplayWords", "User")},
        {u"Group"_s, QT_TRANSLATE_NOOP("DisplayWords", "Group")},
        {u"UserNamePassword"_s, QT_TRANSLATE_NOOP("DisplayWords", "User name and password")},
        {u"ApiKey"_s, QT_TRANSLATE_NOOP("DisplayWords", "API key")},
        {u"OAuth"_s, QT_TRANSLATE_NOOP("DisplayWords", "OAuth")},
        {u"None"_s, QT_TRANSLATE_NOOP("DisplayWords", "None")},
        {u"ResponseMetadata"_s, QT_TRANSLATE_NOOP("DisplayWords", "Response metadata")},
        {u"UserProfile"_s, QT_TRANSLATE_NOOP("DisplayWords", "User profile")},
        {u"notStarted"_s, QT_TRANSLATE_NOOP("DisplayWords", "Not started")},
        {u"running"_s, QT_TRANSLATE_NOOP("DisplayWords", "Running")},
        {u"succeeded"_s, QT_TRANSLATE_NOOP("DisplayWords", "Succeeded")},
        {u"failed"_s, QT_TRANSLATE_NOOP("DisplayWords", "Failed")},
        {u"cancelled"_s, QT_TRANSLATE_NOOP("DisplayWords", "Cancelled")},
        {u"IfNotExists"_s, QT_TRANSLATE_NOOP("DisplayWords", "Only if missing")},
        {u"IfNewer"_s, QT_TRANSLATE_NOOP("DisplayWords", "If newer")},
        {u"Always"_s, QT_TRANSLATE_NOOP("DisplayWords", "Always")},
        {u"XML"_s, QT_TRANSLATE_NOOP("DisplayWords", "XML")},
        {u"REST"_s, QT_TRANSLATE_NOOP("DisplayWords", "REST")},
        // Library item types (contract 4.5) and custom-field validations.
        {u"Image"_s, QT_TRANSLATE_NOOP("DisplayWords", "Image")},
        {u"Text"_s, QT_TRANSLATE_NOOP("DisplayWords", "Text")},
        {u"Document"_s, QT_TRANSLATE_NOOP("DisplayWords", "Document")},
        {u"Number"_s, QT_TRANSLATE_NOOP("DisplayWords", "Number")},
        {u"Date"_s, QT_TRANSLATE_NOOP("DisplayWords", "Date")},
        {u"Email"_s, QT_TRANSLATE_NOOP("DisplayWords", "Email")},
        // Project types (contract 9.2).
        {u"Content"_s, QT_TRANSLATE_NOOP("DisplayWords", "Content")},
        {u"Form"_s, QT_TRANSLATE_NOOP("DisplayWords", "Form")},
        {u"Fragment"_s, QT_TRANSLATE_NOOP("DisplayWords", "Fragment")},
    };
    if (value.isEmpty())
        return value;
    if (const auto it = known.constFind(value); it != known.cend())
        return DisplayWords::tr(it.value());
    // Words with spaces, numbers or punctuation are names, not enum values: as they are.
    for (const QChar c : value) {
        if (!c.isLetter())
            return value;
    }
    return splitWords(value);
}

QString assignee(const QString &name, const QString &type)
{
    if (type.compare("Group"_L1, Qt::CaseInsensitive) == 0)
        return DisplayWords::tr("%1 (group)").arg(name);
    if (type.compare("User"_L1, Qt::CaseInsensitive) == 0)
        return DisplayWords::tr("%1 (user)").arg(name);
    return type.isEmpty() ? name : u"%1 (%2)"_s.arg(name, enumText(type));
}

QString yesNo(bool value)
{
    return value ? DisplayWords::tr("Yes") : DisplayWords::tr("No");
}

QString dateTimeFormat(const QLocale &locale)
{
    // The locale's short date and time, its year whole: German's short format has "24.05.24"
    // where English (the C locale's) reads "24 May 2024" — a two-digit year is ambiguous in
    // lists that span decades. "yy" alone becomes "yyyy"; "yyyy" stays.
    static const QRegularExpression twoDigitYear(u"(?<!y)yy(?!y)"_s);
    return locale.dateTimeFormat(QLocale::ShortFormat).replace(twoDigitYear, u"yyyy"_s);
}

QString dateTime(const QDateTime &when)
{
    const QLocale locale;
    return when.isValid() ? locale.toString(when.toLocalTime(), dateTimeFormat(locale)) : QString();
}

QString dateTime(const QString &iso)
{
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return when.isValid() ? dateTime(when) : iso;
}

QString value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return yesNo(v.toBool());
    case QJsonValue::Double:
        return QLocale().toString(v.toDouble(), 'g', 15);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const auto &x : v.toArray())
            parts << (x.isObject() ? x.toObject().value("name"_L1).toString() : value(x));
        return parts.join(u", "_s);
    }
    default:
        return {};
    }
}

QString keyLabel(const QString &key)
{
    QString k = key.section(QLatin1Char('.'), -1);
    for (const QLatin1StringView suffix : {"Utc"_L1, "DateTime"_L1}) {
        if (k.endsWith(suffix) && k.size() > suffix.size())
            k.chop(suffix.size());
    }
    return splitWords(k);
}

QString sortKey(const QString &text)
{
    // Each run of digits becomes its length (one character, '0' + length: '1'…'9', then ':', ';'…)
    // and its digits without leading zeros: a longer number is a greater one, numbers of one
    // length are ordered by their digits, and the length character stays after punctuation and
    // before letters, where plain order has digits.
    const QString folded = text.toCaseFolded();
    const auto digit = [&folded](qsizetype at) {
        return folded.at(at).unicode() >= u'0' && folded.at(at).unicode() <= u'9';
    };
    QString key;
    key.reserve(folded.size() + 4);
    for (qsizetype i = 0; i < folded.size();) {
        if (!digit(i)) {
            key += folded.at(i++);
            continue;
        }
        qsizetype end = i;
        while (end < folded.size() && digit(end))
            ++end;
        qsizetype first = i;
        while (first + 1 < end && folded.at(first) == u'0')
            ++first; // leading zeros do not count (one zero stays for 0 itself)
        const qsizetype digits = end - first;
        key += QChar(char16_t(u'0' + qMin<qsizetype>(digits, 0xF000)));
        key += QStringView(folded).mid(first, digits);
        i = end;
    }
    return key;
}

} // namespace infiniti::DisplayText
