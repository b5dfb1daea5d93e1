#pragma once

#include <QString>

namespace infiniti::sim::Limits {

// How long what a client sends may be (docs/EMULATOR.md "Limits"); longer is a 400 with field
// errors. Without them one 10 MB name made every later write of the store take seconds. XML,
// Base64 files, definitions and answer files are bounded by the body limit only.
inline constexpr int kName = 256;       // names: users, groups, roles, folders, projects, items…
inline constexpr int kShortText = 1024; // other one-line fields: email, phone, category, type…
inline constexpr int kText = 64 * 1024; // descriptions, comments, messages, template texts,
                                        // connection strings; JSON objects and arrays as sent
inline constexpr int kListItems = 1000; // names in a list (groups, roles, permissions)
inline constexpr int kUnlimited = -1;

// Why `name` — a username, a group's, role's, folder's, project's… name, or a name in a list —
// cannot be one (docs/EMULATOR.md "Limits"): it holds a control character (U+0000 to U+001F,
// U+007F) or half of a UTF-16 surrogate pair. Real servers keep names in SQL Server nvarchar
// columns, where a NUL cuts a name short in most clients and a lone surrogate is no character
// (it becomes U+FFFD on the way out as UTF-8): refused rather than stored as something else.
// Free text (descriptions, comments) may hold tabs and line breaks and is not checked.
// Empty when the name is fine.
inline QString nameCharacterProblem(const QString &name)
{
    const auto code = [](char16_t c) {
        return QString::number(c, 16).toUpper().rightJustified(4, QLatin1Char('0'));
    };
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        if (c < 0x20 || c == 0x7f)
            return QStringLiteral("Must not contain control characters (U+%1 at character %2).")
                .arg(code(c))
                .arg(i + 1);
        if (QChar::isHighSurrogate(c) && i + 1 < name.size() &&
            QChar::isLowSurrogate(name.at(i + 1).unicode())) {
            ++i; // a pair: one character
            continue;
        }
        if (QChar::isSurrogate(c))
            return QStringLiteral("Must not contain half of a UTF-16 surrogate pair (U+%1 at "
                                  "character %2): it is no character.")
                .arg(code(c))
                .arg(i + 1);
    }
    return {};
}

} // namespace infiniti::sim::Limits
