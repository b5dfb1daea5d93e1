// Updates that cannot lose data (issue #13, contract 9.1 "Updates") against a server that
// *replaces* an entity with the PATCH body, answers PascalCase, and writes without answer
// bodies (201 + Location, 204): the entity is read fresh, only the user's changes are laid on
// it, the whole of it is sent — empty lists included, so a user's last role can go.
#include "api/BulkOperation.h"
#include "api/Call.h"
#include "api/dto/User.h"
#include "api/endpoints/LibraryEndpoints.h"
#include "api/endpoints/UsersEndpoints.h"
#include "api/JsonEdits.h"
#include "api/Session.h"
#include "DocumentServer.h"
#include "formats/Json.h"
#include "RawProfile.h"
#include "RunJob.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;
using test::DocumentServer;
using test::profileFor;

namespace {
QJsonObject jane()
{
    return QJsonObject{{"username"_L1, u"jane"_s},
                       {"firstName"_L1, u"Jane"_s},
                       {"email"_L1, u"jane@example.com"_s},
                       {"roles"_L1, QJsonArray{u"Auditor"_s}},
                       {"groups"_L1, QJsonArray{u"Finance"_s, u"Staff"_s}},
                       {"customFields"_L1, QJsonObject{{"Department"_L1, u"Audit"_s}}},
                       {"streetAddress"_L1, QJsonObject{{"city"_L1, u"Perth"_s}}},
                       {"futureField"_L1, u"kept"_s}};
}

template <typename J> J *finish(Call<J> call)
{
    J *job = std::move(call).release();
    job->setAutoDelete(false);
    QSignalSpy spy(job, &J::finished);
    job->start();
    if (!spy.wait(10000) || spy.count() != 1)
        qFatal("no single finished()");
    return job;
}
} // namespace

class UpdatesTest : public QObject
{
    Q_OBJECT

private slots:
    void editsAreLaidOnTheFreshCopy()
    {
        const QJsonObject before{{"name"_L1, u"Old"_s},
                                 {"groups"_L1, QJsonArray{u"A"_s}},
                                 {"options"_L1, QJsonObject{{"a"_L1, true}, {"b"_L1, 1}}}};
        QJsonObject after = before;
        after.insert("name"_L1, u"New"_s);
        after.insert("options"_L1, QJsonObject{{"a"_L1, false}, {"b"_L1, 1}});
        // Someone else changed groups and options.b meanwhile; the server spells keys its way.
        const QJsonObject fresh{{"Id"_L1, u"1"_s},
                                {"Name"_L1, u"Old"_s},
                                {"Groups"_L1, QJsonArray{u"A"_s, u"B"_s}},
                                {"Options"_L1, QJsonObject{{"A"_L1, true}, {"B"_L1, 2}}},
                                {"Extra"_L1, 5}};
        const QJsonObject merged = JsonEdits::apply(fresh, before, after);
        QCOMPARE(merged.value("Name"_L1).toString(), u"New"_s);  // ours
        QCOMPARE(merged.value("Groups"_L1).toArray().size(), 2); // theirs, untouched
        QCOMPARE(merged.value("Options"_L1).toObject().value("A"_L1).toBool(),
                 false);                                                          // ours, nested
        QCOMPARE(merged.value("Options"_L1).toObject().value("B"_L1).toInt(), 2); // theirs, nested
        QCOMPARE(merged.value("Extra"_L1).toInt(), 5);
        QVERIFY(!merged.contains("name"_L1)); // no second spelling of a key
        QCOMPARE(merged.keys().size(), fresh.keys().size());
    }

    void anEmptyListIsAChangeToo()
    {
        const QJsonObject before{{"roles"_L1, QJsonArray{u"X"_s}}};
        const QJsonObject after{{"roles"_L1, QJsonArray{}}};
        const QJsonObject merged =
            JsonEdits::apply({{"Roles"_L1, QJsonArray{u"X"_s}}}, before, after);
        QCOMPARE(merged.value("Roles"_L1).toArray(), QJsonArray{});
    }

    void theLastRoleOfAUserIsRemoved_data()
    {
        QTest::addColumn<bool>("replaces");
        QTest::newRow("a server that replaces") << true;
        QTest::newRow("a server that merges (our emulator)")
            << false; // an absent `roles` kept the role
    }

    void theLastRoleOfAUserIsRemoved()
    {
        QFETCH(bool, replaces);
        DocumentServer server;
        server.replaceOnPatch = replaces;
        const QString id = server.add(u"users"_s, jane());
        Session s(profileFor(server.origin()));
        // What the property sheet does: what it showed, what it holds, the fresh copy.
        const User shown = User::fromJson(jane());
        User edited = shown;
        edited.roles.clear();
        auto *job = finish(s.update(UsersEndpoints::get(id), [&](const QJsonObject &fresh) {
            return std::optional<ApiRequest>(UsersEndpoints::update(
                User::fromJson(JsonEdits::apply(fresh, shown.toJson(), edited.toJson()))));
        }));
        QVERIFY2(job->succeeded(), qPrintable(job->error().message()));
        QVERIFY(job->sent());
        const QJsonObject stored = *server.find(u"users"_s, id);
        QCOMPARE(stored.value("roles"_L1).toArray(), QJsonArray{}); // it sticks
        // Nothing else lost on a server that keeps only what the body has.
        QCOMPARE(stored.value("groups"_L1).toArray().size(), 2);
        QCOMPARE(stored.value("email"_L1).toString(), u"jane@example.com"_s);
        QCOMPARE(stored.value("customFields"_L1).toObject().value("Department"_L1).toString(),
                 u"Audit"_s);
        QCOMPARE(stored.value("streetAddress"_L1).toObject().value("city"_L1).toString(),
                 u"Perth"_s);
        QCOMPARE(stored.value("futureField"_L1).toString(), u"kept"_s);
        // 204 without a body: the answer is the entity read back.
        QCOMPARE(Json::string(job->object(), "username"_L1), u"jane"_s);
        delete job;
    }

    void anUpdateFromAStaleCopyWouldLoseDataButAFreshOneDoesNot()
    {
        // The list's copy (as a bulk change used to send it) lacks what a list leaves out.
        DocumentServer server;
        const QString id = server.add(u"users"_s, jane());
        Session s(profileFor(server.origin()));
        QList<BulkOperation::Item> work{{id, u"jane"_s, UsersEndpoints::get(id),
                                         [](const QJsonObject &fresh) -> std::optional<ApiRequest> {
                                             User u = User::fromJson(fresh);
                                             if (u.disabled)
                                                 return std::nullopt;
                                             u.disabled = true;
                                             return UsersEndpoints::update(u);
                                         }}};
        BulkOperation bulk(&s, work);
        QSignalSpy done(&bulk, &BulkOperation::finished);
        bulk.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(bulk.failures(), 0);
        const QJsonObject stored = *server.find(u"users"_s, id);
        QVERIFY(stored.value("disabled"_L1).toBool());
        QCOMPARE(stored.value("roles"_L1).toArray(), QJsonArray{u"Auditor"_s});
        QCOMPARE(stored.value("futureField"_L1).toString(), u"kept"_s);
        QCOMPARE(server.requests.at(0).method, QByteArray("GET"));
        QCOMPARE(server.requests.at(1).method, QByteArray("PATCH"));

        // Already so: read, nothing sent.
        BulkOperation again(&s, work);
        QSignalSpy doneAgain(&again, &BulkOperation::finished);
        const int patches = server.patches;
        again.start();
        QVERIFY(doneAgain.wait(10000));
        QCOMPARE(again.failures(), 0);
        QCOMPARE(server.patches, patches);
    }

    void aCreateWithoutABodyFollowsItsLocation()
    {
        DocumentServer server;
        Session s(profileFor(server.origin()));
        User u;
        u.username = u"new.user"_s;
        auto *job = finish(s.call(UsersEndpoints::create(u, u"pw"_s)));
        QVERIFY2(job->succeeded(), qPrintable(job->error().message()));
        QCOMPARE(Json::string(job->object(), "username"_L1), u"new.user"_s);
        QVERIFY(!Json::idOf(job->object()).isEmpty());
        QCOMPARE(server.requests.last().method, QByteArray("GET"));
        delete job;
    }

    void aLibraryUpdateKeepsTheFileOnAReplacingServer()
    {
        DocumentServer server;
        server.envelopes.insert(u"contentlibrary"_s, u"contentLibraryItems"_s);
        const QString id =
            server.add(u"contentlibrary"_s,
                       {{"name"_L1, u"Logo"_s},
                        {"category"_L1, u"Brand"_s},
                        {"binary"_L1, QString::fromLatin1(QByteArray("PNGDATA").toBase64())},
                        {"extension"_L1, u".png"_s},
                        {"size"_L1, 7}});
        Session s(profileFor(server.origin()));
        const QJsonObject shown{{"name"_L1, u"Logo"_s}, {"category"_L1, u"Brand"_s}};
        QJsonObject edited = shown;
        edited.insert("category"_L1, u"Marketing"_s);
        auto *job = finish(s.update(LibraryEndpoints::get(id, true), [&](const QJsonObject &fresh) {
            return std::optional<ApiRequest>(
                LibraryEndpoints::update(id, JsonEdits::apply(fresh, shown, edited)));
        }));
        QVERIFY2(job->succeeded(), qPrintable(job->error().message()));
        const QJsonObject stored = *server.find(u"contentlibrary"_s, id);
        QCOMPARE(stored.value("category"_L1).toString(), u"Marketing"_s);
        QCOMPARE(QByteArray::fromBase64(stored.value("binary"_L1).toString().toLatin1()),
                 QByteArray("PNGDATA"));
        QCOMPARE(stored.value("extension"_L1).toString(), u".png"_s);
        QVERIFY(!stored.contains("size"_L1)); // the server's own field is not sent back
        delete job;
    }

    void aFailedReadSendsNothing()
    {
        DocumentServer server;
        Session s(profileFor(server.origin()));
        bool edited = false;
        auto *job = finish(s.update(UsersEndpoints::get(u"missing"_s), [&](const QJsonObject &) {
            edited = true;
            return std::optional<ApiRequest>();
        }));
        QCOMPARE(job->error().kind(), ApiError::Kind::NotFound);
        QVERIFY(!edited);
        QCOMPARE(server.patches, 0);
        delete job;
    }
};

QTEST_GUILESS_MAIN(UpdatesTest)
#include "tst_updates.moc"
