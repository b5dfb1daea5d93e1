#pragma once

#include <QString>

class QWidget;

namespace infiniti::Mnemonics {

// `text` with a mnemonic ("&Users") on a letter not in `used` — a word's first letter if one is
// free, else any — and that letter added to `used`; `text` as it is (its & doubled) when every
// letter is taken. For texts made at run time (areas, a server's field names), in any language.
// Never a digit: Alt+1…9 go to areas.
QString add(const QString &text, QString *used);

// The letters the buttons and labels (with a buddy) in `scope` already answer to, lower case.
QString usedIn(const QWidget *scope);

} // namespace infiniti::Mnemonics
