// View → Language: the languages we ship, the choice remembered with a note that it applies at
// the next start, and what Translations::install makes of a saved choice (ours and Qt's German).
#include "api/Session.h"
#include "common/Translations.h"
#include "models/DisplayText.h"
#include "RawProfile.h"
#include "ui/produce/GenerateDialog.h"
#include "ui/produce/OutputsLookupDialog.h"
#include "ui/produce/PrepareFormDialog.h"
#include "ui/security/UserPropertiesDialog.h"
#include "ui/shell/LanguageMenu.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QMessageBox>
#include <QSettings>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

using namespace infiniti;

class LanguageTest : public QObject
{
    Q_OBJECT

    static QAction *action(QMenu *menu, const QString &text)
    {
        for (QAction *a : menu->actions())
            if (a->text() == text)
                return a;
        return nullptr;
    }

    // The letters (Alt+letter) a dialog's buttons, boxes and labelled fields are reached by that
    // more than one of them has, each with the texts that share it.
    static QStringList sharedLetters(QWidget *dialog)
    {
        QMap<QChar, QStringList> texts;
        for (QWidget *w : dialog->findChildren<QWidget *>()) {
            QString text;
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                text = b->text();
            else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
                text = l->text();
            else if (auto *g = qobject_cast<QGroupBox *>(w))
                text = g->title();
            for (qsizetype i = 0; i + 1 < text.size(); ++i) {
                if (text.at(i) != u'&')
                    continue;
                if (text.at(i + 1) != u'&') {
                    texts[text.at(i + 1).toLower()] << text;
                    break;
                }
                ++i; // "&&" is an ampersand shown
            }
        }
        QStringList shared;
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            if (it->size() > 1)
                shared << it.key() + u": "_s + it->join(u" / "_s);
        }
        return shared;
    }

    // The Generate, Prepare and Outputs dialogs: no letter reaches two things.
    static void checkProduceDialogLetters()
    {
        Session session(test::profileFor(u"http://127.0.0.1:9"_s)); // nothing is asked of it
        GenerateDialog generate(&session, u"form-1"_s);
        PrepareFormDialog prepare(&session, u"form-1"_s);
        OutputsLookupDialog outputs(&session);
        for (QDialog *dialog : std::initializer_list<QDialog *>{&generate, &prepare, &outputs}) {
            const QStringList shared = sharedLetters(dialog);
            QVERIFY2(shared.isEmpty(),
                     qPrintable(QString::fromLatin1(dialog->metaObject()->className()) + u" "_s +
                                shared.join(u"; "_s)));
        }
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Infiniti"_s);
        QCoreApplication::setApplicationName(u"tst_language"_s);
        QSettings().clear();
    }

    void theMenuOffersTheSystemAndEveryLanguageWeShip()
    {
        QCOMPARE(Translations::available(), (QStringList{u"de"_s, u"en"_s}));
        LanguageMenu menu;
        QCOMPARE(menu.title(), u"&Language"_s);
        QStringList texts;
        for (QAction *a : menu.actions())
            if (!a->isSeparator())
                texts << a->text();
        QCOMPARE(texts, (QStringList{u"&System"_s, u"&Deutsch"_s, u"&English"_s}));
        QVERIFY(action(&menu, u"&System"_s)->isChecked());
    }

    void aChoiceIsRememberedAndTakesEffectAtTheNextStart()
    {
        QWidget window;
        window.show();
        auto *menu = new LanguageMenu(&window);
        action(menu, u"&Deutsch"_s)->trigger();
        QCOMPARE(QSettings().value(u"appearance/language"_s).toString(), u"de"_s);
        QCOMPARE(LanguageMenu::saved(), u"de"_s);
        QVERIFY(action(menu, u"&Deutsch"_s)->isChecked());
        auto *note = window.findChild<QMessageBox *>(u"languageNote"_s);
        QVERIFY(note);
        QTRY_VERIFY(note->isVisible());
        QVERIFY2(note->text().contains(u"Deutsch"_s) && note->text().contains(u"restart"_s),
                 qPrintable(note->text()));
        note->close();

        // A new menu (the next start) shows the saved choice.
        LanguageMenu again;
        QVERIFY(action(&again, u"&Deutsch"_s)->isChecked());

        action(menu, u"&System"_s)->trigger();
        QVERIFY(!QSettings().contains(u"appearance/language"_s));
        QCOMPARE(LanguageMenu::saved(), QString());
    }

    void aLanguageWeDoNotShipIsNotKept()
    {
        QSettings().setValue(u"appearance/language"_s, u"fr"_s);
        QCOMPARE(LanguageMenu::saved(), QString());
        QSettings().remove(u"appearance/language"_s);
    }

    void datesFollowTheLanguageWhenTheSystemHasNoLocale()
    {
        // LANG=C.UTF-8 with LANGUAGE=de: German words, so German dates (the reviewer saw
        // "Wednesday, 24 December 2025" in a German dialog); a real locale keeps its formats.
        const QLocale c(QLocale::C);
        QCOMPARE(Translations::formatsFor(c, u"de"_s).language(), QLocale::German);
        QCOMPARE(Translations::formatsFor(c, u"en"_s), c);
        const QLocale austrian(QLocale::German, QLocale::Austria);
        QCOMPARE(Translations::formatsFor(austrian, u"de"_s), austrian);
        const QLocale british(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(Translations::formatsFor(british, u"de"_s), british); // LANG wins when it is set
    }

    static QString localeLabel(bool cultures, const QString &code)
    {
        for (const auto &[c, label] : UserPropertiesDialog::localeChoices(cultures))
            if (c == code)
                return label;
        return {};
    }

    // The user sheet's Culture and Language boxes name locales in the console's language; in
    // English, Qt's English names.
    void localeNamesAreEnglishInEnglish()
    {
        QCOMPARE(Translations::language(), u"en"_s);
        QCOMPARE(localeLabel(true, u"de-AT"_s), u"German (Austria) — de-AT"_s);
        QCOMPARE(localeLabel(false, u"fr"_s), u"French — fr"_s);
    }

    // Walk 31: German dates had two-digit years ("24.05.24 10:42") where English has four. Every
    // locale's short format keeps its order and separators, with the whole year.
    void datesHaveTheWholeYearInEveryLocale()
    {
        const QDateTime may(QDate(2024, 5, 24), QTime(10, 42, 2));
        for (const QLocale &l : {QLocale(QLocale::German, QLocale::Germany),
                                 QLocale(QLocale::English, QLocale::UnitedStates),
                                 QLocale(QLocale::English, QLocale::UnitedKingdom),
                                 QLocale(QLocale::French, QLocale::France),
                                 QLocale(QLocale::Japanese, QLocale::Japan), QLocale::c()}) {
            const QString shown = l.toString(may, DisplayText::dateTimeFormat(l));
            QVERIFY2(shown.contains(u"2024"_s), qPrintable(l.name() + u": "_s + shown));
            QVERIFY2(!shown.contains(u"202424"_s), qPrintable(shown));
        }
        QCOMPARE(DisplayText::dateTimeFormat(QLocale(QLocale::German, QLocale::Germany)),
                 u"dd.MM.yyyy HH:mm"_s);
    }

    // English speaks of one workflow or several in the right number: the plural forms come
    // from the catalogue ("(s)" in the sources).
    void englishConfirmationsAgreeInNumber()
    {
        QTranslator english;
        QVERIFY(english.load(u":/i18n/infiniti-admin_en.qm"_s));
        QCoreApplication::installTranslator(&english);
        const auto say = [](const char *source, int n) {
            return QCoreApplication::translate("infiniti::WorkflowsPane", source, nullptr, n)
                .arg(u"X"_s);
        };
        const char *abort =
            "Abort %1? This ends the remaining stages of the workflow(s); it cannot be undone.";
        QCOMPARE(
            say(abort, 1),
            u"Abort X? This ends the remaining stages of the workflow; it cannot be undone."_s);
        QCOMPARE(
            say(abort, 3),
            u"Abort X? This ends the remaining stages of the workflows; it cannot be undone."_s);
        QCOMPARE(QCoreApplication::translate("infiniti::ListPane", "%1 and %Ln more", nullptr, 1)
                     .arg(u"a, b, c, d, e"_s),
                 u"a, b, c, d, e and 1 more"_s);
        QCoreApplication::removeTranslator(&english);
    }

    // "&Add value" and "Save &all…" shared the A in English (and "&As user:" in Prepare).
    void theProduceDialogsHaveALetterForEachThingInEnglish() { checkProduceDialogLetters(); }

    // Last: installed translators stay for the rest of the process. ctest runs this in C.UTF-8,
    // so German comes from the saved choice alone, and with it Qt's own German.
    void aSavedGermanIsInstalledWithQtsGerman()
    {
        Translations::install(qApp, u"de"_s);
        QCOMPARE(Translations::language(), u"de"_s);
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QCoreApplication::translate("infiniti::LanguageMenu", "&Language"), u"&Sprache"_s);
        QCOMPARE(QCoreApplication::translate("infiniti::MainWindow", "&File"), u"&Datei"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
        // Walk 31: the Action menu showed "Alt+Return" beside "Strg+N" and "Entf": Qt's German
        // leaves the key's name English; ours (asked first) says it in German.
        QCOMPARE(QKeySequence(Qt::ALT | Qt::Key_Return).toString(QKeySequence::NativeText),
                 u"Alt+Eingabe"_s);
        // "Erzeugung &abbrechen" and "&Alle speichern…" shared the A in the Generate dialog,
        // "&Erzeugen" and "&Entfernen" the E, "&Formular:" and "Ö&ffnen" the F.
        checkProduceDialogLetters();
        QCOMPARE(QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText), u"Entf"_s);
        QCOMPARE(QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText),
                 u"Strg+N"_s);
        // Walk 31: dates with the whole year, as English has them ("24.05.24" read like a day).
        const QDateTime may(QDate(2024, 5, 24), QTime(10, 42, 2));
        QCOMPARE(infiniti::DisplayText::dateTime(may), u"24.05.2024 10:42"_s);
        // Walk 31: locale names stayed English in a German sheet. Qt 6.4 has no German names for
        // other languages: each is named in its own words, German ones in German.
        QCOMPARE(localeLabel(true, u"de-AT"_s), u"Deutsch (Österreich) — de-AT"_s);
        QCOMPARE(localeLabel(true, u"en-AU"_s), u"English (Australia) — en-AU"_s);
        QCOMPARE(localeLabel(false, u"de"_s), u"Deutsch — de"_s);
        QCOMPARE(localeLabel(false, u"fr"_s), u"français — fr"_s);
        // Project types in words, the server's value kept (walk 31).
        QCOMPARE(infiniti::DisplayText::enumText(u"Content"_s), u"Inhalt"_s);
        QCOMPARE(infiniti::DisplayText::enumText(u"Form"_s), u"Formular"_s);
        // The server's words for library types and validations are shown in German too.
        QCOMPARE(infiniti::DisplayText::enumText(u"Image"_s), u"Bild"_s);
        QCOMPARE(infiniti::DisplayText::enumText(u"Number"_s), u"Zahl"_s);

        // Finding 3: the abort question offered [Abbrechen] [Abbrechen]. Aborting a workflow has
        // a verb of its own — not Cancel's, not Quit's — and so has the state it leaves.
        const auto plain = [](QString text) {
            return text.remove(u'&');
        };
        const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
        const QString abortButton = QCoreApplication::translate("infiniti::WorkflowsPane", "Abort");
        const QString abortAction =
            plain(QCoreApplication::translate("infiniti::WorkflowsPane", "&Abort…"));
        QCOMPARE(abortButton, u"Beenden"_s);
        QCOMPARE(abortAction, u"Workflow beenden…"_s);
        QVERIFY(abortButton != cancel);
        QVERIFY(!abortAction.contains(plain(cancel), Qt::CaseInsensitive));
        QVERIFY(abortAction !=
                plain(QCoreApplication::translate("infiniti::MainWindow", "&Quit")) + u"…"_s);
        QVERIFY(!QCoreApplication::translate("infiniti::WorkflowsPane",
                                             "Abort %1? This ends the remaining stages of the "
                                             "workflow(s); it cannot be undone.",
                                             nullptr, 1)
                     .contains(u"abbrechen"_s, Qt::CaseInsensitive));
        QVERIFY(QCoreApplication::translate("DisplayWords", "Aborted") !=
                QCoreApplication::translate("DisplayWords", "Cancelled"));
        QVERIFY(QCoreApplication::translate("infiniti::WorkflowsPane", "Aborted") !=
                QCoreApplication::translate("DisplayWords", "Cancelled"));
        // Walk 21: cancelling one's own task is neither Cancel ("Abbrechen", the question's other
        // button) nor the administrator's abort ("beenden"): it has a verb of its own.
        const QString cancelTask =
            plain(QCoreApplication::translate("infiniti::TasksPane", "Cancel &the task…"));
        const QString cancelTaskButton =
            QCoreApplication::translate("infiniti::TasksPane", "Cancel the task");
        QCOMPARE(cancelTask, u"Aufgabe stornieren…"_s);
        for (const QString &text : {cancelTask, cancelTaskButton}) {
            QVERIFY2(!text.contains(plain(cancel), Qt::CaseInsensitive), qPrintable(text));
            QVERIFY2(!text.contains(u"beenden"_s, Qt::CaseInsensitive), qPrintable(text));
        }
    }
};

QTEST_MAIN(LanguageTest)
#include "tst_language.moc"
