// The compare window as a user drives it (offscreen) against two emulators seeded alike, the
// second one changed: it signs in to the other side through the dialog, finds exactly those
// differences, filters them, shows one side by side with the changed fields marked and secrets
// hidden, promotes some through the preview (a dry run first that sends nothing) leaving exactly
// the others, deletes only with the target's name typed, names a part it may not read, and
// remembers the pair.
#include "api/ProfileStore.h"
#include "compare/Comparison.h"
#include "CompareScenario.h"
#include "FakeSecretStore.h"
#include "SimFixture.h"
#include "TestRequests.h"
#include "ui/compare/CompareWindow.h"
#include "ui/compare/ConnectionPool.h"
#include "ui/compare/DifferencesFilter.h"
#include "ui/compare/DifferencesModel.h"
#include "ui/compare/PartsChooser.h"
#include "ui/compare/PromotionDialog.h"
#include "ui/compare/SideBySideDialog.h"
#include "ui/shell/SignInDialog.h"
#include "ui/shell/Theme.h"
#include "UiWait.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace infiniti;
using namespace infiniti::compare;
using namespace infiniti::test;

namespace comparewindowtest { // named: the test class below holds its types (unity builds)

const QString kPolicyConnection = u"Data Source=sql02;Initial Catalog=Policies;Password=Pr0d!"_s;

QJsonObject call(Session *session, const QByteArray &method, const QByteArray &path,
                 const QJsonObject &payload = {})
{
    DownloadJob *job = sendRequest(
        session, method, path,
        payload.isEmpty() ? QByteArray() : QJsonDocument(payload).toJson(QJsonDocument::Compact),
        nullptr);
    const bool ok = job->succeeded();
    const QJsonObject answer = job->json().object();
    const QString why = job->error().details();
    delete job;
    if (!ok)
        qFatal("%s %s failed: %s", method.constData(), path.constData(), qPrintable(why));
    return answer;
}

QString idNamed(sim::SimServer &server, const QString &collection, const QString &name)
{
    const QString id =
        storedDocument(server, collection, u"name"_s, name).value("id"_L1).toString();
    if (id.isEmpty())
        qFatal("no %s named %s", qPrintable(collection), qPrintable(name));
    return id;
}

// Test and Production, seeded alike; the console is signed in to Test, Production is a saved
// connection the window signs in to itself.
struct Servers
{
    SimFixture test{40, 7};
    SimFixture production{40, 7};
    QTemporaryDir dir;
    std::unique_ptr<Session> console;
    std::unique_ptr<Session> admin; // Production, for changing it behind the window's back
    std::unique_ptr<ProfileStore> profiles;
    FakeSecretStore secrets;
    QString movedUser;

    Servers()
    {
        Profile t = test.profile();
        t.name = u"Test"_s;
        console = signedInSession(t);
        Profile p = production.profile();
        p.name = u"Production"_s;
        p.lastUser = u"admin"_s;
        admin = signedInSession(p);
        profiles = std::make_unique<ProfileStore>(dir.filePath(u"profiles.ini"_s));
        profiles->save(p);
    }

    // Five changes on Production: a project renamed, a user moved to another group, a role
    // with other permissions, a data source with another connection string, a group only there.
    void changeProduction()
    {
        sim::SimServer &target = *production.server;
        Session *t = admin.get();
        // Each object read fresh and PATCHed back whole, in the casing the server answered in:
        // the strict profile's PATCH replaces the object (tests/common/CompareScenario.h).
        scenario::patchWhole(t,
                             "projects/" + idNamed(target, u"projects"_s, u"Home Claim"_s).toUtf8(),
                             {{"name"_L1, u"Home Claims"_s}});
        const sim::SimStore::User *user = target.store().userAt(10);
        movedUser = user->username;
        const QString moveTo = user->groups.contains(u"Legal"_s) ? u"Marketing"_s : u"Legal"_s;
        scenario::patchWhole(t, "users/" + user->id.toUtf8(),
                             {{"groups"_L1, QJsonArray{u"Infiniti Users"_s, moveTo}}});
        const sim::SimStore::Role *designer = target.store().roleByName(u"Designer"_s);
        scenario::patchWhole(
            t, "roles/" + designer->id.toUtf8(),
            {{"permissions"_L1, QJsonArray{u"Management console"_s, u"Design projects"_s}}});
        for (QJsonObject &o : target.store().documents(u"datasources"_s)) {
            if (o.value("name"_L1).toString() == "Policy Database"_L1)
                o.insert("connectionString"_L1, kPolicyConnection);
        }
        call(t, "POST", "groups",
             {{"name"_L1, u"Auditors"_s}, {"description"_L1, u"External audit"_s}});
    }

    QStringList expectedKeys() const
    {
        QStringList k = {u"dataSources:policy database"_s, u"groups:auditors"_s,
                         u"projects:home claim"_s, u"roles:designer"_s,
                         u"users:"_s + movedUser.toLower()};
        k.sort();
        return k;
    }
};

QStringList keys(const QAbstractItemModel *model)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, 0).data(DifferencesModel::KeyRole).toString();
    out.sort();
    return out;
}

int rowOfKey(const QAbstractItemModel *model, const QString &key)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(DifferencesModel::KeyRole).toString() == key)
            return r;
    }
    return -1;
}

QPushButton *button(QWidget *w, const QString &name)
{
    auto *b = w->findChild<QPushButton *>(name);
    if (!b)
        qFatal("no button %s", qPrintable(name));
    return b;
}

} // namespace comparewindowtest

using namespace comparewindowtest;

class CompareWindowTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<Servers> m_servers;

    std::unique_ptr<CompareWindow> openWindow()
    {
        auto w = std::make_unique<CompareWindow>(m_servers->console.get(),
                                                 m_servers->profiles.get(), &m_servers->secrets);
        w->setAttribute(Qt::WA_DeleteOnClose, false);
        w->setPair(u"Test"_s, u"Production"_s);
        w->show();
        return w;
    }

    // Compare, signing in to Production through the dialog when it asks.
    static bool compare(CompareWindow *w, bool expectSignIn)
    {
        QSignalSpy done(w, &CompareWindow::comparisonFinished);
        QTest::mouseClick(button(w, u"compareButton"_s), Qt::LeftButton);
        if (expectSignIn) {
            if (!QTest::qWaitFor([w] {
                    return w->connections()->signInDialog() &&
                           w->connections()->signInDialog()->isVisible();
                }))
                return false;
            SignInDialog *d = w->connections()->signInDialog();
            auto *pw = d->findChild<QLineEdit *>(u"passwordEdit"_s);
            pw->setFocus();
            QTest::keyClicks(pw, u"admin"_s);
            d->findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok)->click();
        }
        return done.wait(60000) && done.constFirst().constFirst().toBool();
    }

    static PromotionDialog *openPromotion(CompareWindow *w)
    {
        QTest::mouseClick(button(w, u"promoteButton"_s), Qt::LeftButton);
        return waitForVisible<PromotionDialog>(w);
    }

    void tick(CompareWindow *w, const QString &key)
    {
        const int row = rowOfKey(w->model(), key);
        QVERIFY2(row >= 0, qPrintable(key));
        QVERIFY(w->model()->setData(w->model()->index(row, 0), Qt::Checked, Qt::CheckStateRole));
    }

private slots:
    void init()
    {
        QSettings().clear();
        m_servers = std::make_unique<Servers>();
        m_servers->changeProduction();
    }
    void cleanup() { m_servers.reset(); }

    void opensWhollyOnTheScreenTheFirstTime()
    {
        auto w = openWindow();
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        // (Its width may not fit the test's 800-pixel screen: its left edge is on it then.)
        QVERIFY2(w->y() >= available.top() && w->geometry().bottom() <= available.bottom() &&
                     w->x() >= available.left(),
                 qPrintable(u"%1,%2 %3x%4 on a %5x%6 screen"_s.arg(w->x())
                                .arg(w->y())
                                .arg(w->width())
                                .arg(w->height())
                                .arg(available.width())
                                .arg(available.height())));
        QVERIFY2(
            qAbs(w->geometry().center().y() - available.center().y()) <= 4,
            qPrintable(u"%1 %2"_s.arg(w->geometry().center().y()).arg(available.center().y())));
    }

    void findsExactlyTheChangesAfterSigningIn()
    {
        auto w = openWindow();
        QCOMPARE(w->footer(), u"Not compared yet"_s);
        QVERIFY(!button(w.get(), u"promoteButton"_s)->isEnabled());
        QAbstractItemModelTester tester(w->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            w->filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(compare(w.get(), true));
        QCOMPARE(keys(w->model()), m_servers->expectedKeys());
        QVERIFY(w->footer().startsWith(u"5 difference"_s));
        // Each in words, as seen from Production.
        const int project = rowOfKey(w->model(), u"projects:home claim"_s);
        QCOMPARE(w->model()
                     ->index(project, DifferencesModel::ChangeColumn)
                     .data()
                     .toString()
                     .section(u' ', 0, 0),
                 u"Changed"_s);
        QVERIFY(w->model()
                    ->index(project, DifferencesModel::SummaryColumn)
                    .data()
                    .toString()
                    .contains(u"Home Claims"_s));
        const int group = rowOfKey(w->model(), u"groups:auditors"_s);
        QCOMPARE(w->model()->index(group, DifferencesModel::ChangeColumn).data().toString(),
                 u"Removed"_s);
        QVERIFY(!w->model()
                     ->index(group, DifferencesModel::ChangeColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QVERIFY(w->model()
                    ->index(group, DifferencesModel::ChangeColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"Production"_s));
        // The sign-in was the window's own: the console's session is untouched, Production saved.
        QVERIFY(w->connections()->session(u"Production"_s));
        QCOMPARE(w->connections()->session(u"Test"_s), m_servers->console.get());
        // Ticking through the view's model is seen by both testers.
        tick(w.get(), u"roles:designer"_s);
        QVERIFY(w->footer().contains(u"1 ticked"_s));
        QVERIFY(button(w.get(), u"promoteButton"_s)->isEnabled());

        // A second comparison reuses the sign-in.
        QVERIFY(compare(w.get(), false));
        QCOMPARE(keys(w->model()), m_servers->expectedKeys());
    }

    void filtersNarrowTheTable()
    {
        auto w = openWindow();
        QVERIFY(compare(w.get(), true));
        auto *part = w->findChild<QComboBox *>(u"partFilter"_s);
        auto *change = w->findChild<QComboBox *>(u"changeFilter"_s);
        auto *text = w->findChild<QLineEdit *>(u"textFilter"_s);
        part->setCurrentIndex(part->findData(int(Part::Roles)));
        QCOMPARE(keys(w->filter()), QStringList{u"roles:designer"_s});
        QCOMPARE(w->footer(), u"5 difference(s) · 1 shown"_s);
        part->setCurrentIndex(0);
        change->setCurrentIndex(change->findData(int(Change::Removed)));
        QCOMPARE(keys(w->filter()), QStringList{u"groups:auditors"_s});
        change->setCurrentIndex(change->findData(int(Change::Changed)));
        QCOMPARE(w->filter()->rowCount(), 4);
        text->setFocus();
        QTest::keyClicks(text, u"home claims"_s); // found in the summary, any case
        QCOMPARE(keys(w->filter()), QStringList{u"projects:home claim"_s});
        // "Tick all shown" ticks only what the filters show.
        QTest::mouseClick(button(w.get(), u"tickShownButton"_s), Qt::LeftButton);
        QCOMPARE(w->model()->checkedCount(), 1);
        QCOMPARE(w->model()->checkedDifferences().constFirst().key, u"projects:home claim"_s);
        QTest::keyClick(text, Qt::Key_Escape); // clears the text
        QVERIFY(text->text().isEmpty());
        change->setCurrentIndex(0);
        QCOMPARE(w->filter()->rowCount(), 5);
        QCOMPARE(w->footer(), u"5 difference(s) · 1 ticked"_s);

        // Export writes what is shown, as JSON or CSV.
        QTemporaryDir dir;
        part->setCurrentIndex(part->findData(int(Part::Users)));
        QVERIFY(w->exportTo(dir.filePath(u"d.json"_s)));
        QFile json(dir.filePath(u"d.json"_s));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray exported = QJsonDocument::fromJson(json.readAll()).array();
        QCOMPARE(exported.size(), 1);
        QCOMPARE(exported.at(0).toObject().value("key"_L1).toString(),
                 u"users:"_s + m_servers->movedUser.toLower());
        part->setCurrentIndex(0);
        QVERIFY(w->exportTo(dir.filePath(u"d.csv"_s)));
        QFile csv(dir.filePath(u"d.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray csvText = csv.readAll();
        QCOMPARE(csvText.count('\n'), 6); // a header and five rows (no field holds a line break)
        QVERIFY(!csvText.contains(kPolicyConnection.toUtf8()));
    }

    void sideBySideMarksChangedFieldsAndHidesSecrets()
    {
        auto w = openWindow();
        QVERIFY(compare(w.get(), true));
        QTableView *view = w->view();
        const QModelIndex role = w->filter()->index(rowOfKey(w->filter(), u"roles:designer"_s), 1);
        view->setFocus();
        view->setCurrentIndex(role);
        QTest::keyClick(view, Qt::Key_Return);
        auto *dialog = waitForVisible<SideBySideDialog>(w.get());
        QVERIFY(dialog);
        QTableWidget *table = dialog->table();
        int permissions = -1, name = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() == "permissions"_L1)
                permissions = r;
            if (table->item(r, 0)->text() == "name"_L1)
                name = r;
        }
        QVERIFY(permissions >= 0 && name >= 0);
        QVERIFY(dialog->isMarkedChanged(permissions));
        QVERIFY(!dialog->isMarkedChanged(name));
        QVERIFY(table->item(permissions, 2)->text().contains(u"Design projects"_s));
        // Only the changed fields.
        dialog->findChild<QCheckBox *>(u"onlyChangedCheck"_s)->setChecked(true);
        QVERIFY(table->isRowHidden(name));
        QVERIFY(!table->isRowHidden(permissions));
        QPointer<SideBySideDialog> first(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!first || !first->isVisible());

        // The data source: its connection string is compared but shown only as •••.
        const QModelIndex source =
            w->filter()->index(rowOfKey(w->filter(), u"dataSources:policy database"_s), 0);
        emit view->activated(source);
        auto *secret = waitForVisible<SideBySideDialog>(w.get());
        QVERIFY(secret);
        bool found = false;
        for (int r = 0; r < secret->table()->rowCount(); ++r) {
            for (int c = 1; c < 3; ++c)
                QVERIFY(!secret->table()->item(r, c)->text().contains(u"Pr0d"_s));
            if (secret->table()->item(r, 0)->text() == "connectionString"_L1) {
                found = true;
                QCOMPARE(secret->table()->item(r, 1)->text(), u"•••"_s);
                QCOMPARE(secret->table()->item(r, 2)->text(), u"•••"_s);
                QVERIFY(secret->isMarkedChanged(r));
            }
        }
        QVERIFY(found);
        secret->close();
    }

    void dryRunSendsNothingThenPromotionLeavesTheOthers()
    {
        auto w = openWindow();
        QVERIFY(compare(w.get(), true));
        const QString user = u"users:"_s + m_servers->movedUser.toLower();
        for (const QString &key : {u"roles:designer"_s, u"projects:home claim"_s, user})
            tick(w.get(), key);
        PromotionDialog *d = openPromotion(w.get());
        QVERIFY(d);
        QCOMPARE(d->plan().selection.size(), 3);
        QCOMPARE(d->planTable()->rowCount(), int(d->plan().steps.size()));
        QVERIFY(!d->plan().isEmpty());
        QVERIFY(d->findChild<QLabel *>(u"planCounts"_s)->text().contains(u"to update"_s));
        QVERIFY(!d->findChild<QCheckBox *>(u"includeSecretsCheck"_s)->isChecked());
        QVERIFY(!d->findChild<QCheckBox *>(u"allowDeletesCheck"_s)
                     ->isEnabled()); // nothing removed ticked

        // The dry run: not one request to either server, the plan shown as not sent.
        const int sourceRequests = m_servers->test.server->requestCount();
        const int targetRequests = m_servers->production.server->requestCount();
        QTest::mouseClick(button(d, u"dryRunButton"_s), Qt::LeftButton);
        auto *status = d->findChild<QLabel *>(u"promotionStatus"_s);
        QTRY_VERIFY(status->text().startsWith(u"Dry run"_s));
        QTest::qWait(50);
        QCOMPARE(m_servers->test.server->requestCount(), sourceRequests);
        QCOMPARE(m_servers->production.server->requestCount(), targetRequests);
        for (int r = 0; r < d->planTable()->rowCount(); ++r)
            QVERIFY2(d->planTable()->item(r, 5)->text().startsWith(u"Not sent"_s) ||
                         d->plan().steps.at(r).action == Action::LeaveAlone,
                     qPrintable(d->planTable()->item(r, 5)->text()));
        QVERIFY(!storedDocument(*m_servers->production.server, u"projects"_s, u"name"_s,
                                u"Home Claims"_s)
                     .isEmpty());
        QVERIFY(!d->hasPromoted());

        // The promotion, then what remains: exactly the two not ticked.
        QSignalSpy promoted(d, &PromotionDialog::promoted);
        QTest::mouseClick(button(d, u"promoteButton"_s), Qt::LeftButton);
        QVERIFY(promoted.wait(60000));
        for (int r = 0; r < d->planTable()->rowCount(); ++r)
            QVERIFY2(d->planTable()->item(r, 5)->text().startsWith(u"Done"_s),
                     qPrintable(d->planTable()->item(r, 5)->text()));
        QCOMPARE(keys(d->remainingModel()),
                 (QStringList{u"dataSources:policy database"_s, u"groups:auditors"_s}));
        QVERIFY(
            d->findChild<QLabel *>(u"remainingLabel"_s)->text().contains(u"Now alike on both"_s));
        QVERIFY(!storedDocument(*m_servers->production.server, u"projects"_s, u"name"_s,
                                u"Home Claim"_s)
                     .isEmpty());
        QVERIFY(!button(d, u"promoteButton"_s)->isEnabled()); // a plan is carried out once
        // The window knows its list is from before the promotion.
        QVERIFY(w->message().contains(u"Compare again"_s));
        QVERIFY(!button(w.get(), u"promoteButton"_s)->isEnabled());
        QTest::keyClick(d, Qt::Key_Escape);
        QTRY_VERIFY(!w->promotionDialog());

        // Comparing again agrees.
        QVERIFY(compare(w.get(), false));
        QCOMPARE(keys(w->model()),
                 (QStringList{u"dataSources:policy database"_s, u"groups:auditors"_s}));
    }

    void deletionNeedsTheTargetsNameTyped()
    {
        auto w = openWindow();
        QVERIFY(compare(w.get(), true));
        tick(w.get(), u"groups:auditors"_s);
        PromotionDialog *d = openPromotion(w.get());
        QVERIFY(d);
        auto *allow = d->findChild<QCheckBox *>(u"allowDeletesCheck"_s);
        auto *confirm = d->findChild<QLineEdit *>(u"deleteConfirmEdit"_s);
        QPushButton *promote = button(d, u"promoteButton"_s);
        QVERIFY(allow->isEnabled());
        QVERIFY(!confirm->isEnabled());
        QCOMPARE(d->plan().count(Action::Delete), 0); // left alone without the option
        QVERIFY(!promote->isEnabled());
        allow->setChecked(true);
        QVERIFY(confirm->isEnabled());
        QVERIFY(!promote->isEnabled());
        QTest::keyClicks(confirm, u"production"_s); // not exactly the name
        QVERIFY(!promote->isEnabled());
        QCOMPARE(d->plan().count(Action::Delete), 0);
        confirm->clear();
        QTest::keyClicks(confirm, u"Production"_s);
        QVERIFY(promote->isEnabled());
        QCOMPARE(d->plan().count(Action::Delete), 1);
        QCOMPARE(d->planTable()->item(0, 0)->text(), u"Delete"_s);
        QVERIFY(m_servers->production.server->store().groupByName(u"Auditors"_s));
        QSignalSpy promoted(d, &PromotionDialog::promoted);
        QTest::keyClick(confirm, Qt::Key_Return); // Promote is the default button
        QVERIFY(promoted.wait(60000));
        QVERIFY(!m_servers->production.server->store().groupByName(u"Auditors"_s));
        QVERIFY(rowOfKey(d->remainingModel(), u"groups:auditors"_s) < 0);
    }

    void aPartThatCannotBeReadIsNamedAndCanBeLeftOut()
    {
        sim::SimFaults::Rule rule;
        rule.method = "GET";
        rule.path = QRegularExpression(u"/communicationTemplates"_s);
        rule.status = 403;
        m_servers->production.server->faults().add(rule);
        auto w = openWindow();
        QVERIFY(!compare(w.get(), true));
        QVERIFY2(w->message().contains(u"Production"_s), qPrintable(w->message()));
        QVERIFY2(w->message().contains(u"Communication templates"_s), qPrintable(w->message()));
        QCheckBox *box = w->partsChooser()->checkBox(Part::CommunicationTemplates);
        QVERIFY(!box->toolTip().isEmpty());
        QCOMPARE(w->model()->rowCount(), 0);
        box->setChecked(false);
        QVERIFY(box->toolTip().isEmpty());
        QVERIFY(compare(w.get(), false));
        QCOMPARE(keys(w->model()), m_servers->expectedKeys());
        QVERIFY(!w->comparison()->result().parts.contains(Part::CommunicationTemplates));
    }

    void cancelStopsTheReadAndSaysSo()
    {
        m_servers->production.server->faults().latencyMs = 200;
        auto w = openWindow();
        QSignalSpy done(w.get(), &CompareWindow::comparisonFinished);
        QTest::mouseClick(button(w.get(), u"compareButton"_s), Qt::LeftButton);
        QTRY_VERIFY(w->connections()->signInDialog() &&
                    w->connections()->signInDialog()->isVisible());
        SignInDialog *d = w->connections()->signInDialog();
        QTest::keyClicks(d->findChild<QLineEdit *>(u"passwordEdit"_s), u"admin"_s);
        d->findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(w->findChild<QPushButton *>(u"cancelButton"_s)->isEnabled() && w->comparison());
        QTest::keyClick(w.get(), Qt::Key_Escape); // the comparison ends at once
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.constFirst().constFirst().toBool(), false);
        QVERIFY(w->message().startsWith(u"Cancelled"_s));
        QVERIFY(button(w.get(), u"compareButton"_s)->isEnabled());
    }

    // Walk finding 25: with the console's connection alone, another server had to be saved in
    // the sign-in dialog, which means signing the console out.
    void anotherServerIsAddedWithoutSigningTheConsoleOut()
    {
        ProfileStore onlyConsole(m_servers->dir.filePath(u"only-console.ini"_s));
        CompareWindow w(m_servers->console.get(), &onlyConsole, &m_servers->secrets);
        w.setAttribute(Qt::WA_DeleteOnClose, false);
        w.show();
        auto *target = w.findChild<QComboBox *>(u"targetCombo"_s);
        QCOMPARE(target->count(), 1);
        QTest::mouseClick(button(&w, u"compareButton"_s), Qt::LeftButton);
        QVERIFY2(w.message().contains(u"New connection"_s), qPrintable(w.message()));

        QTest::mouseClick(button(&w, u"newConnectionButton"_s), Qt::LeftButton);
        QTRY_VERIFY(w.connections()->signInDialog() &&
                    w.connections()->signInDialog()->isVisible());
        SignInDialog *d = w.connections()->signInDialog();
        const auto field = [d](const char *name) {
            return d->findChild<QLineEdit *>(QString::fromLatin1(name));
        };
        const auto signIn = [d] {
            d->findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok)->click();
        };
        // The console's own name is taken: said, nothing sent.
        field("nameEdit")->setText(u"Test"_s);
        field("manageEdit")->setText(m_servers->production.profile().manageUrl.toString());
        field("userEdit")->setText(u"admin"_s);
        field("passwordEdit")->setText(u"admin"_s);
        signIn();
        const auto *status = d->findChild<QLabel *>(u"statusLabel"_s);
        QVERIFY2(status->text().contains(u"already saved"_s), qPrintable(status->text()));
        QVERIFY(!w.connections()->session(u"Test"_s) ||
                w.connections()->session(u"Test"_s) == m_servers->console.get());

        field("nameEdit")->setText(u"Production"_s);
        field("passwordEdit")->setText(u"admin"_s);
        signIn();
        QTRY_COMPARE(target->currentData().toString(), u"Production"_s);
        QVERIFY(onlyConsole.find(u"Production"_s).has_value()); // saved for next time
        QVERIFY(w.connections()->session(u"Production"_s));
        QVERIFY(!m_servers->console->token().isEmpty()); // the console stays signed in
        QCOMPARE(w.findChild<QComboBox *>(u"sourceCombo"_s)->currentData().toString(), u"Test"_s);

        QVERIFY(compare(&w, false)); // signed in already: no dialog
        QCOMPARE(keys(w.model()), m_servers->expectedKeys());
    }

    void remembersThePairAndItsGeometry()
    {
        {
            auto w = openWindow();
            w->setPair(u"Production"_s, u"Test"_s);
            w->resize(900, 640);
            w->partsChooser()->checkBox(Part::Users)->setChecked(false);
            w->close();
        }
        auto reopened = std::make_unique<CompareWindow>(
            m_servers->console.get(), m_servers->profiles.get(), &m_servers->secrets);
        reopened->setAttribute(Qt::WA_DeleteOnClose, false);
        QCOMPARE(reopened->findChild<QComboBox *>(u"sourceCombo"_s)->currentData().toString(),
                 u"Production"_s);
        QCOMPARE(reopened->findChild<QComboBox *>(u"targetCombo"_s)->currentData().toString(),
                 u"Test"_s);
        QCOMPARE(reopened->size(), QSize(900, 640));
        QVERIFY(!reopened->partsChooser()->parts().contains(Part::Users));
        QCOMPARE(reopened->partsChooser()->parts().size(), kPartCount - 1);
        // The same connection on both sides is refused before anything is sent.
        reopened->setPair(u"Test"_s, u"Test"_s);
        reopened->compare();
        QVERIFY(reopened->message().contains(u"two different connections"_s));
        QVERIFY(!reopened->isBusy());
    }

    // Not a check: with INFINITI_SCREENSHOT_DIR set (run under Xvfb, e.g. through
    // /work/shared/tools/screenshot), saves the window with its differences and the promotion
    // preview, light and dark, at 1280×800 and 1024×700, to be looked at. INFINITI_QM names
    // the English catalogue (build/src/app/infiniti-admin_en.qm) for the plural forms.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("INFINITI_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("INFINITI_SCREENSHOT_DIR not set");
        QTranslator english;
        if (english.load(qEnvironmentVariable("INFINITI_QM")))
            QCoreApplication::installTranslator(&english);
        for (const Theme::Mode mode : {Theme::Mode::Light, Theme::Mode::Dark}) {
            Theme::apply(mode);
            for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
                const QString stem = dir + u"/compare-%1-%2x%3"_s.arg(Theme::name(mode))
                                               .arg(size.width())
                                               .arg(size.height());
                init();
                {
                    auto w = openWindow();
                    w->resize(size);
                    QVERIFY(compare(w.get(), true));
                    w->view()->selectRow(rowOfKey(w->filter(), u"roles:designer"_s));
                    for (const QString &key :
                         {u"roles:designer"_s, u"projects:home claim"_s, u"groups:auditors"_s,
                          u"dataSources:policy database"_s})
                        tick(w.get(), key);
                    QTest::qWait(300);
                    QVERIFY(w->grab().save(stem + u"-differences.png"_s));
                    emit w->view()->activated(
                        w->filter()->index(rowOfKey(w->filter(), u"roles:designer"_s), 0));
                    auto *side = waitForVisible<SideBySideDialog>(w.get());
                    QVERIFY(side);
                    QTest::qWait(300);
                    QVERIFY(side->grab().save(stem + u"-side-by-side.png"_s));
                    side->close();
                    PromotionDialog *d = openPromotion(w.get());
                    QVERIFY(d);
                    d->findChild<QCheckBox *>(u"allowDeletesCheck"_s)->setChecked(true);
                    QTest::qWait(300);
                    QVERIFY(d->grab().save(stem + u"-preview.png"_s));
                    QSignalSpy promoted(d, &PromotionDialog::promoted);
                    QTest::keyClicks(d->findChild<QLineEdit *>(u"deleteConfirmEdit"_s),
                                     u"Production"_s);
                    QTest::mouseClick(button(d, u"promoteButton"_s), Qt::LeftButton);
                    QVERIFY(promoted.wait(60000));
                    QTest::qWait(300);
                    QVERIFY(d->grab().save(stem + u"-promoted.png"_s));
                    d->close();
                }
                cleanup();
            }
        }
        Theme::apply(Theme::Mode::Light);
    }

    void modelPassesTheTester()
    {
        DifferencesModel model;
        DifferencesFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Difference> list;
        for (int i = 0; i < 6; ++i) {
            Difference d;
            d.part = i % 2 ? Part::Users : Part::Roles;
            d.change = Change(i % 3);
            d.name = u"item %1"_s.arg(i);
            d.key = partId(d.part) + u':' + d.name;
            d.summary = u"%1: something"_s.arg(d.name);
            list << d;
        }
        model.setDifferences(list, u"A"_s, u"B"_s);
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(model.setData(model.index(2, 0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!model.setData(model.index(2, 1), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkedCount(), 1);
        filter.setPart(Part::Users);
        QCOMPARE(filter.rowCount(), 3);
        filter.setChange(Change::Removed);
        QCOMPARE(filter.rowCount(), 1);
        filter.setText(u"ITEM 1"_s);
        QCOMPARE(filter.rowCount(), 1);
        filter.setText(u"nothing like it"_s);
        QCOMPARE(filter.rowCount(), 0);
        filter.setPart(std::nullopt);
        filter.setChange(std::nullopt);
        filter.setText({});
        filter.sort(DifferencesModel::ChangeColumn);
        model.setChecked(filter.shownSourceRows(), true);
        QCOMPARE(model.checkedCount(), 6);
        model.setCheckable(false);
        QVERIFY(!model.flags(model.index(0, 0)).testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(!model.index(0, 0).data(Qt::CheckStateRole).isValid());
        model.clear();
        QCOMPARE(filter.rowCount(), 0);
    }
};

QTEST_MAIN(CompareWindowTest)
#include "tst_compare_window.moc"
