#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace infiniti::Translations {

// Installs the program's translation (from the executable's ":/i18n/infiniti-admin_<lang>.qm"):
// `preferred` when it names a language we ship ("de"), else the user's UI languages in order,
// falling back to English, whose catalogue only supplies the plural forms ("1 user", "2 users").
// Qt's own translations (qtbase: "Missing value after '--x'", dialog buttons) are installed for
// that same language only, so a message never mixes two languages; ours is asked first, so it
// can correct a word of Qt's (the Return key's name in shortcuts). A preferred language other
// than the system's also becomes the default QLocale, so numbers and dates follow it.
// Call once, after the application object exists.
void install(QCoreApplication *app, const QString &preferred = {});

// The language the program speaks after install(): "en" unless a catalogue for the user's
// (or the preferred) language was found.
QString language();

// The languages we ship a catalogue for ("de", "en"), sorted.
QStringList available();

// The locale numbers and dates follow when the program speaks `language` and the system's
// locale is `system`: the system's, unless its formats are the POSIX "C" locale's (LANG=C.UTF-8
// with LANGUAGE=de: German words next to "3 Dec 2026" dates) — then the language's own.
QLocale formatsFor(const QLocale &system, const QString &language);

} // namespace infiniti::Translations
