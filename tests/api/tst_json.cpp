// Tolerant reading (contract 9.1) and exact writing of the documented shapes.
#include "api/ApiError.h"
#include "formats/Csv.h"
#include "formats/Json.h"
#include "formats/XmlCheck.h"
#include "api/dto/LoginResult.h"
#include "api/dto/User.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace infiniti;
using L = QLatin1StringView;

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
        const QJsonObject o{{L("UserName"), QStringLiteral("a")}, {L("DISABLED"), true}};
        QCOMPARE(Json::string(o, L("userName")), QStringLiteral("a"));
        QCOMPARE(Json::boolean(o, L("disabled")), true);
        QCOMPARE(Json::string(o, L("missing"), QStringLiteral("dflt")), QStringLiteral("dflt"));
    }

    void loginResponseOfTheVendorDocsIsRead()
    {
        const LoginResult r = LoginResult::fromJson(example("client-login-response.json"));
        QCOMPARE(r.token, QStringLiteral("1acc7228-f289-4e47-8aeb-b6a09f03c6cf"));
        QCOMPARE(r.userId, QStringLiteral("cfaacf2c-a6c1-41e6-b6e0-3646da572904"));
        QCOMPARE(r.userName, QStringLiteral("admin"));
        QVERIFY(r.isValid());
    }

    void idsStayOpaque()
    {
        QCOMPARE(Json::id(QJsonValue(12345678901.0)), QStringLiteral("12345678901"));
        QCOMPARE(Json::id(QJsonValue(QStringLiteral("007"))), QStringLiteral("007"));
    }

    void listItemsFromNamedEnvelopeOtherArrayOrBareArray()
    {
        const auto named = QJsonDocument::fromJson(R"({"@nextLink":"x","users":[{"id":"1"}],"other":[1,2]})");
        QCOMPARE(Json::listItems(named, L("users")).size(), 1);
        const auto other = QJsonDocument::fromJson(R"({"items":[{"id":"1"},{"id":"2"}]})");
        QCOMPARE(Json::listItems(other, L("users")).size(), 2);
        const auto bare = QJsonDocument::fromJson(R"([{"id":"1"},{"id":"2"},{"id":"3"}])");
        QCOMPARE(Json::listItems(bare, L("users")).size(), 3);
        const auto casing = QJsonDocument::fromJson(R"({"Users":[{"id":"1"}]})");
        QCOMPARE(Json::listItems(casing, L("users")).size(), 1);
    }

    void userRoundTripsTheVendorExampleAndKeepsUnknownKeys()
    {
        QJsonObject vendor = example("admin-users-patch.request.json");
        vendor.remove(L("password"));
        vendor.insert(L("someFutureField"), 42);
        const User u = User::fromJson(vendor);
        QCOMPARE(u.username, QStringLiteral("PatchUser"));
        QCOMPARE(u.groups, QStringList{QStringLiteral("Infiniti Users")});
        QCOMPARE(u.raw.value(L("someFutureField")).toInt(), 42);
        QJsonObject written = u.toJson();
        vendor.remove(L("someFutureField"));
        QCOMPARE(written, vendor);
    }

    void pascalCaseUserIsRead()
    {
        const User u = User::fromJson(QJsonDocument::fromJson(
            R"({"Id":"x","UserName":"Bob","FirstName":"B","LockedOut":"true","Groups":["G"],"StreetAddress":{"City":"Perth"}})").object());
        QCOMPARE(u.id, QStringLiteral("x"));
        QCOMPARE(u.username, QStringLiteral("Bob"));
        QVERIFY(u.lockedOut);
        QCOMPARE(u.streetAddress.city, QStringLiteral("Perth"));
        QCOMPARE(u.groups.size(), 1);
    }

    void errorMessagesFromJsonTextAndHtml()
    {
        QCOMPARE(ApiError::serverText(R"({"Message":"Nope"})", "application/json"), QStringLiteral("Nope"));
        QCOMPARE(ApiError::serverText(R"({"error":"invalid_grant","error_description":"Bad"})", "application/json"), QStringLiteral("Bad"));
        QCOMPARE(ApiError::serverText(R"({"title":"One or more validation errors occurred."})", "application/problem+json"),
                 QStringLiteral("One or more validation errors occurred."));
        QCOMPARE(ApiError::serverText("Service down\n", "text/plain"), QStringLiteral("Service down"));
        QCOMPARE(ApiError::serverText("<html><head><title>500 - Internal server error.</title></head><body>..</body></html>", "text/html"),
                 QStringLiteral("500 - Internal server error."));
        const ApiError e = ApiError::fromHttp(QStringLiteral("create user “x”"), 400,
                                              R"({"message":"The user is not valid.","errors":{"email":["Not a valid email address."]}})",
                                              "application/json");
        QCOMPARE(e.kind(), ApiError::Kind::Validation);
        QCOMPARE(e.fieldErrors().value(QStringLiteral("email")), QStringList{QStringLiteral("Not a valid email address.")});
        QVERIFY(e.message().contains(QStringLiteral("create user “x”")));
        QVERIFY(e.details().contains(QStringLiteral("400")));
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
        QVERIFY(!firstXmlProblem(QStringLiteral("<a><b x=\"1\"/></a>"), false));
        QVERIFY(!firstXmlProblem(QStringLiteral("  \n"), true));
        QVERIFY(firstXmlProblem(QString(), false)); // an answer file may not be empty
        const auto problem = firstXmlProblem(QStringLiteral("<a>\n  <b>\n</a>"), true);
        QVERIFY(problem);
        QCOMPARE(problem->line, 3);
        QVERIFY(problem->column > 0);
        QVERIFY(!problem->message.isEmpty());
    }

    void csvQuotesWhatNeedsQuoting()
    {
        QCOMPARE(Csv::record({QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\""),
                              QStringLiteral("two\nlines"), QStringLiteral("Zoë")}),
                 QByteArray("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",Zo\xC3\xAB\r\n"));
    }
};

QTEST_GUILESS_MAIN(JsonTest)
#include "tst_json.moc"
