#pragma once

#include <QMenu>

namespace infiniti {

// View → Language: the desktop's language or one we ship a catalogue for. The choice is kept in
// the settings and applied at the next start (Translations::install reads it in main); the
// console's widgets are built with their texts once, so switching live would leave half of them
// in the old language.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // The saved choice: a language code ("de"), or empty for the desktop's language.
    static QString saved();
    static void save(const QString &language);

    // A language's name as its speakers write it ("Deutsch"), whatever language the console speaks.
    static QString nativeName(const QString &language);

private:
    void choose(const QString &language);
};

} // namespace infiniti
