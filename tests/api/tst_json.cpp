// Tolerant reading (contract 9.1) and exact writing of the documented shapes.
#include "api/ApiError.h"
#include "api/dto/LoginResult.h"
#include "api/dto/User.h"
#include "formats/Csv.h"
#include "formats/Json.h"
#include "formats/XmlCheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;
class JsonTest : public QObject
{
    Q_OBJECT

    static QJsonObject example(const char *name)
    {
        QFile f(QStringLiteral(INFINITI_EXAMPLES_DIR "/") + QString::fromLatin1(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing example %s", name);
        return QJsonDocument::fromJson(f.readAll()).object();
    }

private slots:
    void keysMatchInAnyCasing()
    {
        const QJsonObject o{{"UserName"_L1, u"a"_s}, {"DISABLED"_L1, true}};
        QCOMPARE(Json::string(o, "userName"_L1), u"a"_s);
        QCOMPARE(Json::boolean(o, "disabled"_L1), true);
        QCOMPARE(Json::string(o, "missing"_L1, u"dflt"_s), u"dflt"_s);
    }

    void loginResponseOfTheVendorDocsIsRead()
    {
        const LoginResult r = LoginResult::fromJson(example("client-login-response.json"));
        QCOMPARE(r.token, u"1acc7228-f289-4e47-8aeb-b6a09f03c6cf"_s);
        QCOMPARE(r.userId, u"cfaacf2c-a6c1-41e6-b6e0-3646da572904"_s);
        QCOMPARE(r.userName, u"admin"_s);
        QVERIFY(r.isValid());
    }

    void idsStayOpaque()
    {
        QCOMPARE(Json::id(QJsonValue(12345678901.0)), u"12345678901"_s);
        QCOMPARE(Json::id(QJsonValue(u"007"_s)), u"007"_s);
    }

    void listItemsFromNamedEnvelopeOtherArrayOrBareArray()
    {
        const auto named =
            QJsonDocument::fromJson(R"({"@nextLink":"x","users":[{"id":"1"}],"other":[1,2]})");
        QCOMPARE(Json::listItems(named, "users"_L1).size(), 1);
        const auto other = QJsonDocument::fromJson(R"({"items":[{"id":"1"},{"id":"2"}]})");
        QCOMPARE(Json::listItems(other, "users"_L1).size(), 2);
        const auto bare = QJsonDocument::fromJson(R"([{"id":"1"},{"id":"2"},{"id":"3"}])");
        QCOMPARE(Json::listItems(bare, "users"_L1).size(), 3);
        const auto casing = QJsonDocument::fromJson(R"({"Users":[{"id":"1"}]})");
        QCOMPARE(Json::listItems(casing, "users"_L1).size(), 1);
    }

    void userRoundTripsTheVendorExampleAndKeepsUnknownKeys()
    {
        QJsonObject vendor = example("admin-users-patch.request.json");
        vendor.remove("password"_L1);
        vendor.insert("someFutureField"_L1, 42);
        const User u = User::fromJson(vendor);
        QCOMPARE(u.username, u"PatchUser"_s);
        QCOMPARE(u.groups, QStringList{u"Infiniti Users"_s});
        QCOMPARE(u.raw.value("someFutureField"_L1).toInt(), 42);
        QJsonObject written = u.toJson();
        vendor.remove("someFutureField"_L1);
        // The whole user, an empty `roles` included: the vendor's example leaves it out, but a
        // server that replaces the user must see a last role go (issue #13).
        vendor.insert("roles"_L1, QJsonArray());
        QCOMPARE(written, vendor);
    }

    void pascalCaseUserIsRead()
    {
        const User u = User::fromJson(
            QJsonDocument::fromJson(
                R"({"Id":"x","UserName":"Bob","FirstName":"B","LockedOut":"true","Groups":["G"],"StreetAddress":{"City":"Perth"}})")
                .object());
        QCOMPARE(u.id, u"x"_s);
        QCOMPARE(u.username, u"Bob"_s);
        QVERIFY(u.lockedOut);
        QCOMPARE(u.streetAddress.city, u"Perth"_s);
        QCOMPARE(u.groups.size(), 1);
    }

    void errorMessagesFromJsonTextAndHtml()
    {
        QCOMPARE(ApiError::serverText(R"({"Message":"Nope"})", "application/json"), u"Nope"_s);
        QCOMPARE(ApiError::serverText(R"({"error":"invalid_grant","error_description":"Bad"})",
                                      "application/json"),
                 u"Bad"_s);
        QCOMPARE(ApiError::serverText(R"({"title":"One or more validation errors occurred."})",
                                      "application/problem+json"),
                 u"One or more validation errors occurred."_s);
        QCOMPARE(ApiError::serverText("Service down\n", "text/plain"), u"Service down"_s);
        QCOMPARE(ApiError::serverText("<html><head><title>500 - Internal server "
                                      "error.</title></head><body>..</body></html>",
                                      "text/html"),
                 u"500 - Internal server error."_s);
        const ApiError e = ApiError::fromHttp(
            u"create user “x”"_s, 400,
            R"({"message":"The user is not valid.","errors":{"email":["Not a valid email address."]}})",
            "application/json");
        QCOMPARE(e.kind(), ApiError::Kind::Validation);
        QCOMPARE(e.fieldErrors().value(u"email"_s), QStringList{u"Not a valid email address."_s});
        QVERIFY(e.message().contains(u"create user “x”"_s));
        QVERIFY(e.details().contains(u"400"_s));
    }

    void statusCodesMapToTheTaxonomy()
    {
        QCOMPARE(ApiError::kindForStatus(401), ApiError::Kind::Unauthorised);
        QCOMPARE(ApiError::kindForStatus(403), ApiError::Kind::Forbidden);
        QCOMPARE(ApiError::kindForStatus(404), ApiError::Kind::NotFound);
        QCOMPARE(ApiError::kindForStatus(409), ApiError::Kind::Conflict);
        QCOMPARE(ApiError::kindForStatus(429), ApiError::Kind::RateLimited);
        QCOMPARE(ApiError::kindForStatus(413), ApiError::Kind::Rejected);
        QCOMPARE(ApiError::kindForStatus(503), ApiError::Kind::Server);
    }

    void xmlProblemsSayWhere()
    {
        QVERIFY(!firstXmlProblem(u"<a><b x=\"1\"/></a>"_s, false));
        QVERIFY(!firstXmlProblem(u"  \n"_s, true));
        QVERIFY(firstXmlProblem(QString(), false)); // an answer file may not be empty
        const auto problem = firstXmlProblem(u"<a>\n  <b>\n</a>"_s, true);
        QVERIFY(problem);
        QCOMPARE(problem->line, 3);
        QVERIFY(problem->column > 0);
        QVERIFY(!problem->message.isEmpty());
    }

    void csvQuotesWhatNeedsQuoting()
    {
        QCOMPARE(Csv::record({u"a"_s, u"b,c"_s, u"say \"hi\""_s, u"two\nlines"_s, u"Zoë"_s}),
                 QByteArray("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",Zo\xC3\xAB\r\n"));
    }
};

QTEST_GUILESS_MAIN(JsonTest)
#include "tst_json.moc"
