// Custom fields, connector settings and communication templates in the console: lists under
// the model tester, secrets masked until revealed, create/edit round trips, no delete where the
// server has none.
#include "models/JsonListModel.h"
#include "ui/lists/SettingsPane.h"
#include "SimFixture.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace infiniti;
using namespace infiniti::test;

class SettingsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<Session> m_session;

    SettingsPane::Spec spec(const QString &key)
    {
        for (const auto &s : SettingsPane::adminSettings()) {
            if (s.key == key)
                return s;
        }
        qFatal("no spec");
    }
    static void save(QWidget *dialog)
    {
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Save)->click();
    }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>(10);
        m_session = m_sim->signedInSession();
    }

    void listsPassTheModelTester()
    {
        for (const auto &s : SettingsPane::adminSettings()) {
            JsonListModel model(s.key.toLatin1(), s.envelope, s.columns);
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setSession(m_session.get());
            QTRY_COMPARE(model.rowCount(), int(m_sim->server->store().documents(s.key).size()));
            QCOMPARE(model.state(), PagedListModel::State::Loaded);
        }
    }

    void secretValuesAreMaskedUntilRevealed()
    {
        auto &connectors = m_sim->server->store().documents(QStringLiteral("connectorSettings"));
        connectors.front().insert(QLatin1StringView("value"), QStringLiteral("Server=db;User ID=app;Password=hunter2"));
        SettingsPane pane(spec(QStringLiteral("connectorSettings")));
        pane.setSession(m_session.get());
        const int count = int(connectors.size());
        QTRY_COMPARE(pane.view()->model()->rowCount(), count);
        int row = -1;
        for (int r = 0; r < count; ++r) {
            if (pane.view()->model()->index(r, 1).data().toString() == QStringLiteral("••••••••"))
                row = r;
        }
        QVERIFY(row >= 0);
        for (int r = 0; r < count; ++r) {
            const QString shown = pane.view()->model()->index(r, 1).data().toString();
            QVERIFY(!shown.contains(QStringLiteral("hunter2")));
            QVERIFY(!shown.contains(QStringLiteral("Sm7p"))); // "SMTP password": masked by its description
        }
        // The row with the password is found again after sorting by description.
        for (int r = 0; r < count; ++r) {
            if (pane.view()->model()->index(r, 0).data().toString() == QStringLiteral("Default SQL Server Connection String"))
                row = r;
        }
        pane.view()->setCurrentIndex(pane.view()->model()->index(row, 0));
        QTest::keyClick(pane.view(), Qt::Key_Return);
        JsonFormDialog *d = nullptr;
        QTRY_VERIFY((d = pane.findChild<JsonFormDialog *>()) && d->isVisible());
        auto *value = d->findChild<QLineEdit *>(QStringLiteral("value"));
        QCOMPARE(value->echoMode(), QLineEdit::Password);
        d->findChild<QCheckBox *>(QStringLiteral("valueShow"))->setChecked(true);
        QCOMPARE(value->echoMode(), QLineEdit::Normal);
        value->setText(QStringLiteral("Server=db2;User ID=app;Password=changed"));
        save(d);
        QTRY_VERIFY(!pane.findChild<JsonFormDialog *>());
        QCOMPARE(connectors.front().value(QLatin1StringView("value")).toString(), QStringLiteral("Server=db2;User ID=app;Password=changed"));
        QCOMPARE(pane.newAction()->isEnabled(), false); // connectors come from the server
    }

    void customFieldsAreCreatedEditedAndNeverDeleted()
    {
        SettingsPane pane(spec(QStringLiteral("customFields")));
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() >= 4);
        pane.newAction()->trigger();
        JsonFormDialog *d = nullptr;
        QTRY_VERIFY((d = pane.findChild<JsonFormDialog *>()) && d->isVisible());
        save(d); // no name: refused before sending
        QVERIFY(d->isVisible());
        d->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Broker"));
        d->findChild<QComboBox *>(QStringLiteral("validationType"))->setCurrentText(QStringLiteral("Email"));
        d->findChild<QComboBox *>(QStringLiteral("location"))->setCurrentText(QStringLiteral("UserProfile"));
        save(d);
        QTRY_VERIFY(!pane.findChild<JsonFormDialog *>());
        const auto &fields = m_sim->server->store().documents(QStringLiteral("customFields"));
        const auto it = std::find_if(fields.begin(), fields.end(), [](const QJsonObject &o) {
            return o.value(QLatin1StringView("name")).toString() == QStringLiteral("Broker");
        });
        QVERIFY(it != fields.end());
        QCOMPARE(it->value(QLatin1StringView("validationType")).toString(), QStringLiteral("Email"));
        QCOMPARE(it->value(QLatin1StringView("location")).toString(), QStringLiteral("UserProfile"));
        QCOMPARE(pane.view()->model()->index(0, 0).data().toString(), QStringLiteral("Broker"));

        const int before = m_sim->server->requestCount();
        pane.view()->selectRow(0);
        pane.deleteAction()->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = pane.findChild<QMessageBox *>()) && box->isVisible());
        box->accept();
        QCOMPARE(m_sim->server->requestCount(), before);
    }

    void templatesKeepTheirTranslations()
    {
        SettingsPane pane(spec(QStringLiteral("communicationTemplates")));
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() >= 3);
        pane.newAction()->trigger();
        JsonFormDialog *d = nullptr;
        QTRY_VERIFY((d = pane.findChild<JsonFormDialog *>()) && d->isVisible());
        d->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Policy renewal"));
        auto *table = d->findChild<QTableWidget *>(QStringLiteral("translations"));
        for (const auto &[lang, text] : {std::pair{QString(), QStringLiteral("Your policy renews soon.")},
                                         std::pair{QStringLiteral("fr"), QStringLiteral("Votre police sera bientôt renouvelée.")}}) {
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, new QTableWidgetItem(lang));
            table->setItem(row, 1, new QTableWidgetItem(text));
        }
        save(d);
        QTRY_VERIFY(!pane.findChild<JsonFormDialog *>());
        const auto &templates = m_sim->server->store().documents(QStringLiteral("communicationTemplates"));
        const auto it = std::find_if(templates.begin(), templates.end(), [](const QJsonObject &o) {
            return o.value(QLatin1StringView("name")).toString() == QStringLiteral("Policy renewal");
        });
        QVERIFY(it != templates.end());
        const QJsonArray translations = it->value(QLatin1StringView("translations")).toArray();
        QCOMPARE(translations.size(), 2);
        QCOMPARE(translations.at(1).toObject().value(QLatin1StringView("text")).toString(),
                 QStringLiteral("Votre police sera bientôt renouvelée."));
    }
};

QTEST_MAIN(SettingsTest)
#include "tst_settings.moc"
