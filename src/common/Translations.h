#pragma once

#include <QString>

class QCoreApplication;

namespace infiniti::Translations {

// Installs the program's translation for the user's UI language (from the executable's
// ":/i18n/infiniti-admin_<lang>.qm"), falling back to English, whose catalogue only supplies
// the plural forms ("1 user", "2 users"). Qt's own translations (qtbase: "Missing value
// after '--x'", dialog buttons) are installed only for a language we ship, so a message never
// mixes two languages. Call once, after the application object exists.
void install(QCoreApplication *app);

// The language the program speaks after install(): "en" unless a catalogue for the user's
// language was found.
QString language();

} // namespace infiniti::Translations
