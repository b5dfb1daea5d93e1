// Alt+letter reaches one thing, in English and in German: the menu bar's menus among themselves,
// each menu's entries among themselves, each area of the main window with the menu bar beside
// it, and every dialog, sheet and question the console opens, each alone. Two things with one
// letter are a trap: Alt+letter then only cycles the focus between them (or opens neither
// menu). And in a menu whose entries have letters, every entry has one; in a form whose labels
// have letters, every field that takes the focus has one (a label with no field takes none).
#include "api/ProfileStore.h"
#include "compare/Comparison.h"
#include "FakeSecretStore.h"
#include "formats/Json.h"
#include "models/FolderTreeModel.h"
#include "SimFixture.h"
#include "ui/compare/PromotionDialog.h"
#include "ui/compare/SideBySideDialog.h"
#include "ui/design/FolderTreePanel.h"
#include "ui/design/LibraryUploadDialog.h"
#include "ui/design/ProjectImportDialog.h"
#include "ui/design/SyncExportDialog.h"
#include "ui/design/SyncImportDialog.h"
#include "ui/lists/ListPane.h"
#include "ui/security/RoleDialog.h"
#include "ui/security/UserImportDialog.h"
#include "ui/shell/CertificateTrustDialog.h"
#include "ui/shell/ConsoleController.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Pane.h"
#include "ui/shell/SignInDialog.h"
#include "ui/workflow/ReassignDialog.h"
#include "UiWait.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace infiniti;
using namespace infiniti::test;

namespace {

// The letter Alt reaches `text` by: the one after a single "&" ("&&" is an ampersand shown).
QChar accessKey(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
        ++i;
    }
    return {};
}

using Keys = QMap<QChar, QStringList>; // a letter, the texts that take it

void take(Keys *keys, const QString &text)
{
    if (const QChar c = accessKey(text); !c.isNull())
        (*keys)[c] << text;
}

// "where: a: &Add / Save &all" for each letter taken more than once.
QStringList shared(const Keys &keys, const QString &where)
{
    QStringList out;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        if (it->size() > 1)
            out << u"%1: %2: %3"_s.arg(where, it.key(), it->join(u" / "_s));
    }
    return out;
}

// What takes Alt+letter in `window` as it is shown now: buttons and check boxes, group boxes,
// labels with a field, tab titles, the menu bar's menus. Widgets not shown (another tab's, a
// hidden row) and those of another window (a dialog of this one) take none here.
Keys keysIn(QWidget *window)
{
    Keys keys;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisibleTo(window))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            take(&keys, button->text());
        } else if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->buddy())
                take(&keys, label->text());
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            take(&keys, box->title());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    take(&keys, tabs->tabText(i));
            }
        } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *menu : bar->actions()) {
                if (menu->isVisible())
                    take(&keys, menu->text());
            }
        }
    }
    return keys;
}

// The widget of `item` that takes the focus: the item's own, the first in it (a table with its
// buttons in a box) or the first in its layout (a field with its error line under it).
QWidget *focusTarget(QLayoutItem *item)
{
    if (!item)
        return nullptr;
    if (QWidget *w = item->widget()) {
        QWidget *focus = w->focusProxy() ? w->focusProxy() : w;
        if (focus->focusPolicy() & Qt::TabFocus)
            return w;
        for (QWidget *child : w->findChildren<QWidget *>()) {
            if (child->focusPolicy() & Qt::TabFocus && child->isVisibleTo(w))
                return child;
        }
        return nullptr;
    }
    if (QLayout *layout = item->layout()) {
        for (int i = 0; i < layout->count(); ++i) {
            if (QWidget *w = focusTarget(layout->itemAt(i)))
                return w;
        }
    }
    return nullptr;
}

// A form's rows whose label gives its field no key where another row's label does: a field that
// takes the focus, its label without a buddy or without a letter.
QStringList fieldsWithoutKey(QWidget *window, const QString &where)
{
    QStringList out;
    for (QFormLayout *form : window->findChildren<QFormLayout *>()) {
        QStringList without;
        bool anyKey = false;
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
            QLayoutItem *fieldItem = form->itemAt(row, QFormLayout::FieldRole);
            auto *label = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr;
            QWidget *field = focusTarget(fieldItem);
            if (!label || !field || label->window() != window || !label->isVisibleTo(window) ||
                !field->isVisibleTo(window) || label->text().isEmpty())
                continue;
            if (label->buddy() && !accessKey(label->text()).isNull())
                anyKey = true;
            else
                without << u"%1: \"%2\" (%3) has no key"_s.arg(where, label->text(),
                                                               field->objectName());
        }
        if (anyKey)
            out << without;
    }
    return out;
}

// One menu's entries (null: a separator): a letter taken twice, and an entry with none where
// the others have one.
QStringList menuProblems(const QList<QAction *> &actions, const QString &where)
{
    Keys keys;
    QStringList without;
    for (QAction *a : actions) {
        if (!a || a->isSeparator() || !a->isVisible())
            continue;
        take(&keys, a->text());
        if (accessKey(a->text()).isNull())
            without << u"%1: \"%2\" has no key"_s.arg(where, a->text());
    }
    return shared(keys, where) + (keys.isEmpty() ? QStringList() : without);
}

// Each menu of `window` (one is open at a time).
QStringList sharedInMenus(QWidget *window, const QString &where)
{
    QStringList out;
    for (QMenu *menu : window->findChildren<QMenu *>())
        out << menuProblems(menu->actions(), u"%1, menu %2"_s.arg(where, menu->title()));
    return out;
}

QString nameOf(QWidget *window)
{
    const QString title = window->windowTitle();
    return QString::fromLatin1(window->metaObject()->className()) +
           (title.isEmpty() ? QString() : u" \""_s + title + u'"');
}

QList<QWidget *> visibleWindows()
{
    QList<QWidget *> out;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->isVisible())
            out << w;
    }
    return out;
}

// A window shown since `before` was taken (a dialog, a question, a file chooser), or null.
QWidget *newWindow(const QList<QWidget *> &before, int timeout = 5000)
{
    QWidget *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (QWidget *w : visibleWindows()) {
                if (!before.contains(w) && !qobject_cast<QMenu *>(w)) {
                    found = w;
                    return true;
                }
            }
            return false;
        },
        timeout);
    return found;
}

void closeWindow(QWidget *window)
{
    QPointer<QWidget> alive(window);
    if (auto *dialog = qobject_cast<QDialog *>(window))
        dialog->reject();
    if (alive && alive->isVisible())
        alive->close();
    QTRY_VERIFY(!alive || !alive->isVisible());
}

} // namespace

class AccessKeysTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<Session> m_session;
    QTranslator m_qt;
    QTranslator m_ours;
    QStringList m_problems;
    QSet<QString> m_checked; // dialogs looked at, by class and title

    // The console's catalogue for `language` (and Qt's own German), asked as the program asks
    // them: ours first.
    void speak(const QString &language)
    {
        if (language == "de"_L1) {
            QVERIFY(m_qt.load(u"qtbase_de"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
            QCoreApplication::installTranslator(&m_qt);
        }
        QVERIFY(m_ours.load(u":/i18n/infiniti-admin_"_s + language + u".qm"_s));
        QCoreApplication::installTranslator(&m_ours);
    }

    static void addLanguages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("de") << u"de"_s;
    }

    // `window` alone (a dialog), each of its tabs in turn; then what its buttons ending in "…"
    // open, down to `depth` dialogs deep.
    void checkDialog(QWidget *window, int depth = 1)
    {
        if (qobject_cast<QFileDialog *>(window))
            return; // Qt's own
        const QString where = nameOf(window);
        m_checked << where;
        QList<QTabWidget *> tabWidgets;
        for (QTabWidget *t : window->findChildren<QTabWidget *>()) {
            if (t->window() == window && t->isVisibleTo(window))
                tabWidgets << t;
        }
        const auto look = [&](const QString &at) {
            m_problems << shared(keysIn(window), at);
            m_problems << fieldsWithoutKey(window, at);
        };
        if (tabWidgets.isEmpty())
            look(where);
        for (QTabWidget *tabs : tabWidgets) {
            const int current = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                look(where + u", tab "_s + tabs->tabText(i));
            }
            tabs->setCurrentIndex(current);
        }
        m_problems << sharedInMenus(window, where);
        if (depth == 0)
            return;
        for (QPushButton *button : window->findChildren<QPushButton *>()) {
            if (button->window() != window || !button->isVisibleTo(window) ||
                !button->isEnabled() || !button->text().endsWith(u"…"_s))
                continue;
            const QList<QWidget *> before = visibleWindows();
            button->click();
            if (QWidget *opened = newWindow(before, 2000)) {
                checkDialog(opened, depth - 1);
                closeWindow(opened);
            }
        }
    }

    // What `open` shows (a dialog, a question) checked, then closed; `what` when it shows none.
    void checkWhatOpens(const std::function<void()> &open, const QString &what, int timeout)
    {
        const QList<QWidget *> before = visibleWindows();
        open();
        if (QWidget *opened = newWindow(before, timeout)) {
            checkDialog(opened);
            closeWindow(opened);
        } else if (!what.isEmpty()) {
            m_problems << what + u" opened nothing"_s;
        }
    }

    // A folder tree's context menus (on a folder, beside the folders), its folder sheets (new,
    // properties) and the question Delete… asks.
    void checkFolders(FolderTreePanel *folders, const QString &where)
    {
        QAbstractItemModel *model = folders->model();
        QModelIndex first;
        QTRY_VERIFY((first =
                         [model] {
                             for (int row = 0; row < model->rowCount(); ++row) {
                                 const QModelIndex at = model->index(row, 0);
                                 if (!at.data(FolderTreeModel::AllRole).toBool())
                                     return at;
                             }
                             return QModelIndex();
                         }())
                        .isValid());
        QMenu onFolder;
        folders->fillMenu(&onFolder, first);
        m_problems << menuProblems(onFolder.actions(), where + u", a folder's menu"_s);
        QMenu beside;
        folders->fillMenu(&beside, {});
        m_problems << menuProblems(beside.actions(), where + u", the folder tree's menu"_s);
        const QJsonObject folder = first.data(FolderTreeModel::JsonRole).toJsonObject();
        checkWhatOpens([&] { folders->editFolder({}, {}); }, where + u", new folder"_s, 5000);
        checkWhatOpens([&] { folders->editFolder(folder, {}); }, where + u", folder properties"_s,
                       5000);
        checkWhatOpens([&] { folders->deleteFolder(folder); }, where + u", delete folder"_s, 5000);
    }

    // Shows `dialog`, checks it and what it opens, closes it.
    void showAndCheck(QDialog *dialog)
    {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        checkDialog(dialog);
        closeWindow(dialog);
    }

    void report()
    {
        m_problems.removeDuplicates();
        const QStringList problems = m_problems;
        m_problems.clear();
        for (const QString &problem : problems)
            qInfo("%s", qPrintable(problem)); // each whole (a failure's message is cut short)
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"%1 problems with access keys"_s.arg(problems.size())));
    }

private slots:
    void initTestCase()
    {
        QSettings().remove(u"window"_s);
        m_sim = std::make_unique<SimFixture>(20);
        m_session = m_sim->signedInSession();
    }

    void cleanup()
    {
        QCoreApplication::removeTranslator(&m_ours);
        QCoreApplication::removeTranslator(&m_qt);
        m_problems.clear();
        for (QWidget *w : visibleWindows())
            w->close();
    }

    void theMainWindowAndWhatItOpens_data() { addLanguages(); }
    // Every area: its controls with the menu bar, each menu; the sheets and questions its
    // actions open (Properties of the first row, and each action ending in "…").
    void theMainWindowAndWhatItOpens()
    {
        QFETCH(QString, language);
        speak(language);
        QTemporaryDir home;
        ProfileStore profiles(home.filePath(u"profiles.ini"_s));
        FakeSecretStore secrets;
        ConsoleController console(&profiles, &secrets);
        console.startDemo(m_sim->server->baseUrl(), u"admin"_s, u"admin"_s);
        QTRY_VERIFY(console.window() && console.window()->isVisible());
        MainWindow *window = console.window();
        window->resize(1280, 800);
        m_checked.clear();

        auto *go = window->findChild<QMenu *>(u"goMenu"_s);
        QVERIFY(go);
        int areas = 0;
        for (QAction *area : go->actions()) {
            if (area->isSeparator() || !area->isVisible())
                continue;
            ++areas;
            area->trigger();
            Pane *pane = window->currentPane();
            QVERIFY(pane);
            const QString where = u"main window, "_s + pane->title();
            auto *list = qobject_cast<ListPane *>(pane);
            if (list) {
                (void)QTest::qWaitFor([list] { return list->view()->model()->rowCount() > 0; },
                                      5000);
                if (list->view()->model()->rowCount() > 0) {
                    list->view()->setFocus();
                    list->view()->selectRow(0);
                }
            }
            m_problems << shared(keysIn(window), where);
            m_problems << fieldsWithoutKey(window, where);
            m_problems << sharedInMenus(window, where);
            if (list) {
                m_problems << menuProblems(list->contextMenuActions(), where + u", context menu"_s);
            }
            QList<QAction *> opening;
            if (list && list->propertiesAction())
                opening << list->propertiesAction();
            for (QAction *a : pane->paneActions()) {
                if (a && a->text().endsWith(u"…"_s))
                    opening << a;
            }
            for (QAction *a : opening) {
                if (a->isEnabled() && a->isVisible())
                    checkWhatOpens([a] { a->trigger(); }, {}, 3000);
            }
            for (FolderTreePanel *folders : pane->findChildren<FolderTreePanel *>()) {
                if (folders->isVisibleTo(window))
                    checkFolders(folders, where);
            }
        }
        QVERIFY(areas >= 15);
        // The other menus' windows and dialogs: Find, the license, Compare servers, About.
        for (const auto &name : {u"globalFindAction"_s, u"licenseAction"_s, u"compareAction"_s}) {
            auto *action = window->findChild<QAction *>(name);
            QVERIFY2(action, qPrintable(name));
            const QList<QWidget *> before = visibleWindows();
            action->trigger();
            QWidget *opened = newWindow(before);
            QVERIFY2(opened, qPrintable(name));
            QTest::qWait(200); // what it reads
            checkDialog(opened);
            closeWindow(opened);
        }
        for (const QString &seen : std::as_const(m_checked))
            qInfo("checked: %s", qPrintable(seen));
        window->close();
        QSettings().remove(u"window"_s);
        report();
    }

    void theSignInDialog_data() { addLanguages(); }
    void theSignInDialog()
    {
        QFETCH(QString, language);
        speak(language);
        Profile test;
        test.name = u"Test"_s;
        test.manageUrl = QUrl(u"https://test.example.com/Manage"_s);
        test.lastUser = u"admin"_s;
        Profile production = test;
        production.name = u"Production"_s;
        SignInDialog dialog({test, production});
        dialog.setDeletingAllowed(true);
        dialog.setAsksBeforeQuitting(true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        checkDialog(&dialog); // with Delete…'s question
        dialog.reject();      // Quit Infiniti Admin?
        QMessageBox *quit = nullptr;
        QTRY_VERIFY((quit = dialog.findChild<QMessageBox *>(u"quitQuestion"_s)));
        checkDialog(quit);
        closeWindow(quit);
        dialog.setAsksBeforeQuitting(false);
        closeWindow(&dialog);
        report();
    }

    void theCertificateQuestions_data() { addLanguages(); }
    void theCertificateQuestions()
    {
        QFETCH(QString, language);
        speak(language);
        const auto certificates =
            QSslCertificate::fromPath(QStringLiteral(INFINITI_FIXTURES_DIR "/tls-test.crt"));
        QCOMPARE(certificates.size(), 1);
        CertificateTrustDialog first(u"server.example.com"_s, certificates.first());
        showAndCheck(&first);
        CertificateTrustDialog changed(u"server.example.com"_s, certificates.first(),
                                       {QByteArray(32, '\xab').toHex()});
        showAndCheck(&changed);
        report();
    }

    void theDialogsThatOpenWithAFile_data() { addLanguages(); }
    // Import users, projects, a sync package, upload to the library: each opens on a file chosen.
    void theDialogsThatOpenWithAFile()
    {
        QFETCH(QString, language);
        speak(language);
        QTemporaryDir dir;
        QVERIFY(writeTestFile(dir.filePath(u"users.csv"_s),
                              "username,email,firstName\nnew.one,new.one@example.com,New\n"));
        UserImportDialog users(m_session.get());
        users.loadFile(dir.filePath(u"users.csv"_s));
        showAndCheck(&users);

        ProjectImportDialog projects(
            m_session.get(),
            {QStringLiteral(INFINITI_FIXTURES_DIR
                            "/vendor-packages/DocuSign Baseline Project.ixpkg")},
            {{u"f1"_s, u"Insurance"_s}}, u"f1"_s);
        QTRY_VERIFY(projects.lookupsDone());
        showAndCheck(&projects);

        QVERIFY(writeTestFile(dir.filePath(u"pack.iqpkg"_s),
                              R"({"projects": [{"name": "Claims", "version": "3.0"}],
                                  "users": [{"username": "a"}]})"));
        SyncImportDialog syncImport(m_session.get(), dir.filePath(u"pack.iqpkg"_s));
        showAndCheck(&syncImport);
        SyncExportDialog syncExport(m_session.get(),
                                    {QJsonObject{{"id"_L1, u"p1"_s}, {"name"_L1, u"Claims"_s}}});
        showAndCheck(&syncExport);

        QVERIFY(writeTestFile(dir.filePath(u"Letter.docx"_s), "PK not really a document"));
        LibraryUploadDialog upload({dir.filePath(u"Letter.docx"_s)},
                                   {{u"Document"_s}, {u"Letters"_s}, {u"Templates"_s}, {}});
        showAndCheck(&upload);
        report();
    }

    void theWorkflowAndCompareDialogs_data() { addLanguages(); }
    void theWorkflowAndCompareDialogs()
    {
        QFETCH(QString, language);
        speak(language);
        ReassignDialog workflows(nullptr, u"Reassign 2 workflows"_s, true);
        showAndCheck(&workflows);
        ReassignDialog task(nullptr, u"Reassign a task"_s, false);
        showAndCheck(&task);

        compare::Difference difference;
        difference.part = compare::Part::Roles;
        difference.key = u"roles:designer"_s;
        difference.name = u"Designer"_s;
        difference.change = compare::Change::Changed;
        difference.summary = u"Designer: permissions differ"_s;
        SideBySideDialog sideBySide(difference,
                                    {{u"name"_s, u"Designer"_s, u"Designer"_s, false, false}},
                                    u"Test"_s, u"Production"_s);
        showAndCheck(&sideBySide);

        SimFixture target(25); // five users more: five to delete or not
        Profile production = target.profile();
        production.name = u"Production"_s;
        auto targetSession = test::signedInSession(production);
        compare::CompareOptions options;
        options.parts = {compare::Part::Users};
        compare::Comparison comparison(m_session.get(), targetSession.get(), options);
        QSignalSpy done(&comparison, &compare::Comparison::finished);
        comparison.start();
        QVERIFY(done.wait(60000));
        QVERIFY2(comparison.succeeded(), qPrintable(comparison.errorText()));
        PromotionDialog promotion(m_session.get(), targetSession.get(), &comparison,
                                  comparison.result().differences);
        showAndCheck(&promotion);
        report();
    }

    void theDiscardQuestion_data() { addLanguages(); }
    // Cancel with changes in a sheet: Discard / Keep editing.
    void theDiscardQuestion()
    {
        QFETCH(QString, language);
        speak(language);
        RoleDialog dialog(Role{}, true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"name"_s), u"Auditor"_s);
        dialog.reject();
        QMessageBox *ask = nullptr;
        QTRY_VERIFY((ask = dialog.findChild<QMessageBox *>(u"discardChanges"_s)));
        checkDialog(ask);
        report();
    }
};

QTEST_MAIN(AccessKeysTest)
#include "tst_access_keys.moc"
