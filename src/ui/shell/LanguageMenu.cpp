#include "ui/shell/LanguageMenu.h"

#include "common/Translations.h"

#include <QActionGroup>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
const QString kKey = u"appearance/language"_s;
}

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(u"languageMenu"_s);
    auto *group = new QActionGroup(this);
    const QString current = saved();
    const auto add = [&](const QString &text, const QString &language) {
        QAction *a = addAction(text);
        a->setCheckable(true);
        a->setChecked(language == current);
        a->setData(language);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, language] { choose(language); });
    };
    add(tr("&System"), QString());
    addSeparator();
    for (const QString &language : Translations::available())
        add(u"&"_s + nativeName(language), language);
}

QString LanguageMenu::saved()
{
    const QString language = QSettings().value(kKey).toString();
    return Translations::available().contains(language) ? language : QString();
}

void LanguageMenu::save(const QString &language)
{
    if (language.isEmpty())
        QSettings().remove(kKey);
    else
        QSettings().setValue(kKey, language);
}

QString LanguageMenu::nativeName(const QString &language)
{
    const QLocale locale(language);
    // Qt names the default English "American English"; the menu offers the language, not a
    // country's.
    QString name =
        locale.language() == QLocale::English ? u"English"_s : locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

void LanguageMenu::choose(const QString &language)
{
    if (language == saved())
        return;
    save(language);
    const QString name = language.isEmpty() ? tr("the system's language") : nativeName(language);
    auto *note =
        new QMessageBox(QMessageBox::Information, tr("Language"),
                        tr("The console will speak %1 when you restart it.").arg(name),
                        QMessageBox::Ok, parentWidget() ? parentWidget()->window() : nullptr);
    note->setAttribute(Qt::WA_DeleteOnClose);
    note->setObjectName(u"languageNote"_s);
    note->open();
}

} // namespace infiniti
