#pragma once

#include <QString>
#include <QStringList>

namespace infiniti::ShownText {

// Text from a server or a file, made safe to show on a terminal or in a message: control
// characters (C0 but for what `keep` allows, DEL, C1) and the bidirectional overrides and
// isolates become U+FFFD, so an answer cannot recolour a terminal, clear it, set its title,
// move the cursor, forge table rows or turn text around. Nothing else changes.
enum class Breaks { Replace, Keep }; // line breaks and tabs: replaced (a table cell) or kept
QString printable(QStringView text, Breaks breaks = Breaks::Replace);

// printable(), at most `maxLength` characters (then "…"), and every `secrets` entry (and any
// bearer token or "authorizationToken" value written in the text) replaced by "[redacted]":
// for a server's words in an error message, where a server echoing the request would
// otherwise print the token.
QString serverWords(const QString &text, const QStringList &secrets, qsizetype maxLength = 1000);

} // namespace infiniti::ShownText
