// Custom fields, connector settings and communication templates in the console: lists under
// the model tester, secrets masked until revealed, create/edit round trips, no delete where the
// server has none; a connector setting saved from its sheet sends its value alone.
#include "models/JsonListModel.h"
#include "RawHttpResponder.h"
#include "RawProfile.h"
#include "SimFixture.h"
#include "ui/lists/SettingsPane.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

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
        dialog->findChild<QDialogButtonBox *>(u"buttons"_s)
            ->button(QDialogButtonBox::Save)
            ->click();
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
            JsonListModel model(s.collection, s.columns);
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setSession(m_session.get());
            QTRY_COMPARE(model.rowCount(), int(m_sim->server->store().documents(s.key).size()));
            QCOMPARE(model.state(), PagedListModel::State::Loaded);
        }
    }

    void secretValuesAreMaskedUntilRevealed()
    {
        auto &connectors = m_sim->server->store().documents(u"connectorSettings"_s);
        connectors.front().insert("value"_L1, u"Server=db;User ID=app;Password=hunter2"_s);
        // A connection string is hidden as in Data sources, even one without a password.
        QJsonObject reporting = connectors.front();
        reporting.insert("id"_L1, u"reporting-db"_s);
        reporting.insert("value"_L1, u"Data Source=rep01;Integrated Security=True"_s);
        reporting.insert("metadata"_L1, QJsonObject{{"description"_L1,
                                                     u"Reporting database connection string"_s}});
        connectors.push_back(reporting);
        SettingsPane pane(spec(u"connectorSettings"_s));
        pane.setSession(m_session.get());
        const int count = int(connectors.size());
        QTRY_COMPARE(pane.view()->model()->rowCount(), count);
        int row = -1;
        for (int r = 0; r < count; ++r) {
            if (pane.view()->model()->index(r, 1).data().toString() == u"••••••••"_s)
                row = r;
        }
        QVERIFY(row >= 0);
        for (int r = 0; r < count; ++r) {
            const QString shown = pane.view()->model()->index(r, 1).data().toString();
            QVERIFY(!shown.contains(u"hunter2"_s));
            QVERIFY(!shown.contains(u"Sm7p"_s)); // "SMTP password": masked by its description
            QVERIFY(!shown.contains(u"rep01"_s));
        }
        // The row with the password is found again after sorting by description.
        for (int r = 0; r < count; ++r) {
            if (pane.view()->model()->index(r, 0).data().toString() ==
                u"Default SQL Server Connection String"_s)
                row = r;
        }
        pane.view()->setCurrentIndex(pane.view()->model()->index(row, 0));
        QTest::keyClick(pane.view(), Qt::Key_Return);
        JsonFormDialog *d = nullptr;
        QTRY_VERIFY((d = pane.findChild<JsonFormDialog *>()) && d->isVisible());
        auto *value = d->findChild<QLineEdit *>(u"value"_s);
        QCOMPARE(value->echoMode(), QLineEdit::Password);
        d->findChild<QCheckBox *>(u"valueShow"_s)->setChecked(true);
        QCOMPARE(value->echoMode(), QLineEdit::Normal);
        value->setText(u"Server=db2;User ID=app;Password=changed"_s);
        save(d);
        QTRY_VERIFY(!pane.findChild<JsonFormDialog *>());
        QCOMPARE(connectors.front().value("value"_L1).toString(),
                 u"Server=db2;User ID=app;Password=changed"_s);
        QCOMPARE(pane.newAction()->isEnabled(), false); // connectors come from the server
    }

    // Saving a connector setting from its sheet sends the documented update, `{"value": …}`
    // and nothing else (contract 4.12), though the setting read fresh has more members. The
    // emulator takes either shape, so a raw server shows what went over the wire.
    void aConnectorSettingIsSavedWithItsValueAlone()
    {
        const QJsonObject setting{
            {"id"_L1, u"smtp-password"_s},
            {"value"_L1, u"old-secret"_s},
            {"metadata"_L1, QJsonObject{{"typeId"_L1, u"5d0c6a4e-8a2f-4e33-9a1b-2f9f7c1d0e12"_s},
                                        {"description"_L1, u"SMTP password"_s}}}};
        const QByteArray item = QJsonDocument(setting).toJson(QJsonDocument::Compact);
        RawHttpResponder server([&](const RawHttpResponder::Request &r) -> QByteArray {
            const QByteArray path = r.target.split('?').first();
            if (r.method == "GET" && path.endsWith("/connectorSettings"))
                return RawHttpResponder::answer(200, "{\"connectorSettings\":[" + item + "]}");
            if (path.endsWith("/connectorSettings/smtp-password"))
                return RawHttpResponder::answer(200, item);
            return RawHttpResponder::answer(404, "{\"message\":\"no such route\"}");
        });
        Session session(profileFor(server.origin()));
        session.setToken(u"tok"_s, u"admin"_s);
        SettingsPane pane(spec(u"connectorSettings"_s));
        pane.setSession(&session);
        QTRY_COMPARE(pane.view()->model()->rowCount(), 1);
        pane.view()->setCurrentIndex(pane.view()->model()->index(0, 0));
        QTest::keyClick(pane.view(), Qt::Key_Return);
        JsonFormDialog *d = nullptr;
        QTRY_VERIFY((d = pane.findChild<JsonFormDialog *>()) && d->isVisible());
        d->findChild<QLineEdit *>(u"value"_s)->setText(u"new-secret"_s);
        save(d);
        QTRY_VERIFY(!pane.findChild<JsonFormDialog *>());
        QList<RawHttpResponder::Request> patches;
        for (const auto &r : std::as_const(server.requests)) {
            if (r.method != "GET")
                patches << r;
        }
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches.front().method, QByteArray("PATCH"));
        QVERIFY2(patches.front().target.endsWith("/connectorSettings/smtp-password"),
                 patches.front().target.constData());
        QCOMPARE(QJsonDocument::fromJson(patches.front().body).object(),
                 (QJsonObject{{"value"_L1, u"new-secret"_s}}));
    }

    void customFieldsAreCreatedEditedAndNeverDeleted()
    {
        SettingsPane pane(spec(u"customFields"_s));
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() >= 4);
        pane.newAction()->trigger();
        JsonFormDialog *d = nullptr;
        QTRY_VERIFY((d = pane.findChild<JsonFormDialog *>()) && d->isVisible());
        save(d); // no name: refused before sending
        QVERIFY(d->isVisible());
        // Walk 30: one wording for a required field in every sheet (it was "Required." here).
        QCOMPARE(d->findChild<QLabel *>(u"nameError"_s)->text(), u"Name is required."_s);
        d->findChild<QLineEdit *>(u"name"_s)->setText(u"Broker"_s);
        auto *validation = d->findChild<QComboBox *>(u"validationType"_s);
        validation->setCurrentIndex(validation->findData(u"Email"_s));
        auto *location = d->findChild<QComboBox *>(u"location"_s);
        location->setCurrentIndex(location->findData(u"UserProfile"_s));
        save(d);
        QTRY_VERIFY(!pane.findChild<JsonFormDialog *>());
        const auto &fields = m_sim->server->store().documents(u"customFields"_s);
        const auto it = std::find_if(fields.begin(), fields.end(), [](const QJsonObject &o) {
            return o.value("name"_L1).toString() == u"Broker"_s;
        });
        QVERIFY(it != fields.end());
        QCOMPARE(it->value("validationType"_L1).toString(), u"Email"_s);
        QCOMPARE(it->value("location"_L1).toString(), u"UserProfile"_s);
        QCOMPARE(pane.view()->model()->index(0, 0).data().toString(), u"Broker"_s);

        // A second "Broker": the server's words under the name, and the line below them does
        // not add the generic guess (walk 30).
        pane.newAction()->trigger();
        QTRY_VERIFY((d = pane.findChild<JsonFormDialog *>()) && d->isVisible());
        d->findChild<QLineEdit *>(u"name"_s)->setText(u"Broker"_s);
        save(d);
        auto *nameError = d->findChild<QLabel *>(u"nameError"_s);
        QTRY_VERIFY(nameError->text().contains(u"already taken"_s));
        const QString footer = d->findChild<QLabel *>(u"status"_s)->text();
        QVERIFY2(!footer.contains(u"or a state"_s), qPrintable(footer));
        QVERIFY2(footer.contains(u"see the field marked in red"_s), qPrintable(footer));
        d->reject();
        if (auto *ask = d->findChild<QMessageBox *>(u"discardChanges"_s)) {
            for (QAbstractButton *b : ask->buttons()) {
                if (ask->buttonRole(b) == QMessageBox::DestructiveRole)
                    b->click();
            }
        }
        QTRY_VERIFY(!pane.findChild<JsonFormDialog *>());

        const int before = m_sim->server->requestCount();
        pane.view()->selectRow(0);
        // Delete is not offered as if it could work: disabled, the reason its tooltip.
        QVERIFY(!pane.deleteAction()->isEnabled());
        QVERIFY2(pane.deleteAction()->toolTip().contains(u"cannot be deleted"_s),
                 qPrintable(pane.deleteAction()->toolTip()));
        pane.deleteAction()->trigger();
        QTest::qWait(50);
        QVERIFY(!pane.findChild<QMessageBox *>());
        QCOMPARE(m_sim->server->requestCount(), before);
    }

    // Connector settings cannot be deleted either; templates can, and their Delete reads as
    // Delete always did.
    void deleteIsDisabledWhereNothingCanBeDeleted()
    {
        SettingsPane connectors(spec(u"connectorSettings"_s));
        connectors.setSession(m_session.get());
        QTRY_VERIFY(connectors.view()->model()->rowCount() >= 1);
        connectors.view()->selectRow(0);
        QVERIFY(!connectors.deleteAction()->isEnabled());
        QCOMPARE(
            connectors.deleteAction()->toolTip(),
            u"Connector settings cannot be deleted: the server offers no way to delete them."_s);

        SettingsPane templates(spec(u"communicationTemplates"_s));
        templates.setSession(m_session.get());
        QTRY_VERIFY(templates.view()->model()->rowCount() >= 1);
        templates.view()->selectRow(0);
        QVERIFY(templates.deleteAction()->isEnabled());
        QCOMPARE(templates.deleteAction()->toolTip(), u"Delete…"_s);
    }

    // A list that holds every row it shows (not a list at scale) never says a selected row is
    // "not read yet" when asking to delete it.
    void deletingAsksWithoutAnUnreadRowNote()
    {
        SettingsPane pane(spec(u"communicationTemplates"_s));
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() >= 2);
        pane.view()->selectRow(0);
        const int before = m_sim->server->requestCount();
        pane.deleteAction()->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = pane.findChild<QMessageBox *>(u"confirm"_s)) && box->isVisible());
        QVERIFY2(box->text().startsWith(u"Delete “"_s), qPrintable(box->text()));
        QVERIFY2(!box->text().contains(u"not read yet"_s), qPrintable(box->text()));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!pane.findChild<QMessageBox *>(u"confirm"_s));
        QCOMPARE(m_sim->server->requestCount(), before);
    }

    void theServersWordsReadAsWordsAndAreStoredAsTheyWere()
    {
        SettingsPane pane(spec(u"customFields"_s));
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() >= 4);
        QStringList locations;
        for (int r = 0; r < pane.view()->model()->rowCount(); ++r)
            locations << pane.view()->model()->index(r, 2).data().toString();
        QVERIFY2(locations.contains(u"User profile"_s) &&
                     locations.contains(u"Response metadata"_s),
                 qPrintable(locations.join(u", "_s)));
        QVERIFY(!locations.contains(u"ResponseMetadata"_s));
        pane.newAction()->trigger();
        JsonFormDialog *d = nullptr;
        QTRY_VERIFY((d = pane.findChild<JsonFormDialog *>()) && d->isVisible());
        QCOMPARE(d->windowTitle(), u"New custom field"_s);
        auto *location = d->findChild<QComboBox *>(u"location"_s);
        QVERIFY(location->findText(u"Response metadata"_s) >= 0);
        location->setCurrentIndex(location->findText(u"Response metadata"_s));
        d->findChild<QLineEdit *>(u"name"_s)->setText(u"Channel"_s);
        save(d);
        QTRY_VERIFY(!pane.findChild<JsonFormDialog *>());
        const auto &fields = m_sim->server->store().documents(u"customFields"_s);
        const auto it = std::find_if(fields.begin(), fields.end(), [](const QJsonObject &o) {
            return o.value("name"_L1).toString() == u"Channel"_s;
        });
        QVERIFY(it != fields.end());
        QCOMPARE(it->value("location"_L1).toString(), u"ResponseMetadata"_s);
        // An existing one: "Properties of …", like every sheet.
        pane.view()->setCurrentIndex(pane.view()->model()->index(0, 0));
        QTest::keyClick(pane.view(), Qt::Key_Return);
        QTRY_VERIFY((d = pane.findChild<JsonFormDialog *>()) && d->isVisible());
        QCOMPARE(d->windowTitle(),
                 u"Properties of %1"_s.arg(pane.view()->model()->index(0, 0).data().toString()));
        d->reject();
    }

    void fixedChoicesTakeNoTypedTextAndNothingShowsAsNothing()
    {
        // Finding 7: "Banana" typed into Location was saved. A field of the server's fixed words
        // is chosen, never typed; names (categories, folders) may still be typed anew.
        SettingsPane pane(spec(u"customFields"_s));
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() >= 4);
        pane.newAction()->trigger();
        JsonFormDialog *d = nullptr;
        QTRY_VERIFY((d = pane.findChild<JsonFormDialog *>()) && d->isVisible());
        auto *location = d->findChild<QComboBox *>(u"location"_s);
        QVERIFY(!location->isEditable());
        // Finding 12: a new field has no location yet; the sheet does not pretend it has one.
        QCOMPARE(location->currentIndex(), -1);
        QVERIFY(location->currentText().isEmpty());
        d->findChild<QLineEdit *>(u"name"_s)->setText(u"Zone"_s);
        location->setFocus();
        QTest::keyClicks(location, u"Banana"_s);
        const QString sent = d->object().value("location"_L1).toString();
        QVERIFY2(sent.isEmpty() || sent == "ResponseMetadata"_L1 || sent == "UserProfile"_L1,
                 qPrintable(sent));
        d->reject();

        // A word the server has that the sheet does not list is shown and kept, not replaced.
        const QList<JsonFormDialog::Field> fields = {
            {u"purpose"_s, u"Purpose:"_s, JsonFormDialog::Field::Kind::Enum, {u"None"_s}},
            {u"category"_s,
             u"Category:"_s,
             JsonFormDialog::Field::Kind::Choice,
             {u"Branding"_s, u"Legal"_s}},
            {u"folderName"_s,
             u"Folder:"_s,
             JsonFormDialog::Field::Kind::Choice,
             {u"Emails"_s, u"Letters"_s}}};
        JsonFormDialog sheet(u"Properties"_s,
                             QJsonObject{{"purpose"_L1, u"PasswordReset"_s},
                                         {"category"_L1, u""_s},
                                         {"folderName"_L1, u"Letters"_s}},
                             fields, false);
        auto *purpose = sheet.findChild<QComboBox *>(u"purpose"_s);
        auto *category = sheet.findChild<QComboBox *>(u"category"_s);
        QVERIFY(!purpose->isEditable());
        QCOMPARE(purpose->currentData().toString(), u"PasswordReset"_s);
        QVERIFY(category->isEditable()); // names: a new one may be typed
        QVERIFY2(category->currentText().isEmpty(), qPrintable(category->currentText()));
        QCOMPARE(sheet.object().value("purpose"_L1).toString(), u"PasswordReset"_s);
        QCOMPARE(sheet.object().value("category"_L1).toString(), QString());
        QCOMPARE(sheet.object().value("folderName"_L1).toString(), u"Letters"_s);
        QVERIFY(!sheet.isModified());
        // Choices arriving later keep the empty value empty.
        sheet.setChoices(u"category"_s, {u"Branding"_s, u"Legal"_s, u"Claims"_s});
        QVERIFY(category->currentText().isEmpty());
        category->setEditText(u"Marketing"_s);
        QCOMPARE(sheet.object().value("category"_L1).toString(), u"Marketing"_s);
    }

    void templatesKeepTheirTranslations()
    {
        SettingsPane pane(spec(u"communicationTemplates"_s));
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() >= 3);
        pane.newAction()->trigger();
        JsonFormDialog *d = nullptr;
        QTRY_VERIFY((d = pane.findChild<JsonFormDialog *>()) && d->isVisible());
        d->findChild<QLineEdit *>(u"name"_s)->setText(u"Policy renewal"_s);
        auto *table = d->findChild<QTableWidget *>(u"translations"_s);
        for (const auto &[lang, text] :
             {std::pair{QString(), u"Your policy renews soon."_s},
              std::pair{u"fr"_s, u"Votre police sera bientôt renouvelée."_s}}) {
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, new QTableWidgetItem(lang));
            table->setItem(row, 1, new QTableWidgetItem(text));
        }
        save(d);
        QTRY_VERIFY(!pane.findChild<JsonFormDialog *>());
        const auto &templates = m_sim->server->store().documents(u"communicationTemplates"_s);
        const auto it = std::find_if(templates.begin(), templates.end(), [](const QJsonObject &o) {
            return o.value("name"_L1).toString() == u"Policy renewal"_s;
        });
        QVERIFY(it != templates.end());
        const QJsonArray translations = it->value("translations"_L1).toArray();
        QCOMPARE(translations.size(), 2);
        QCOMPARE(translations.at(1).toObject().value("text"_L1).toString(),
                 u"Votre police sera bientôt renouvelée."_s);
    }
};

QTEST_MAIN(SettingsTest)
#include "tst_settings.moc"
