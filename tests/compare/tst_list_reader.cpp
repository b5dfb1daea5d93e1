// Reading whole lists the way contract 9.1 says, against a server that answers exactly what each
// test needs: capped pages, links to other origins, garbage; and the bounded request queue.
#include "api/endpoints/CrudRequests.h"
#include "api/ListPageJob.h"
#include "api/Session.h"
#include "compare/ListReader.h"
#include "compare/RequestQueue.h"
#include "compare/SnapshotReader.h"
#include "RawHttpResponder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace infiniti;
using namespace infiniti::compare;
using test::RawHttpResponder;

namespace {

QJsonArray users(int from, int to)
{
    QJsonArray out;
    for (int i = from; i < to; ++i)
        out.append(QJsonObject{{"id"_L1, QString::number(i)}, {"username"_L1, u"user%1"_s.arg(i)}});
    return out;
}

int queryInt(const RawHttpResponder::Request &r, const char *key, int fallback)
{
    const QUrlQuery q(QUrl(QString::fromLatin1(r.target)).query());
    return q.hasQueryItem(QString::fromLatin1(key))
               ? q.queryItemValue(QString::fromLatin1(key)).toInt()
               : fallback;
}

QByteArray json(const QJsonObject &o)
{
    return RawHttpResponder::answer(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

class ListReaderTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<Session> sessionFor(const RawHttpResponder &server)
    {
        Profile p;
        p.name = u"raw"_s;
        p.manageUrl = QUrl(server.origin());
        auto s = std::make_unique<Session>(p);
        s->setToken(u"token"_s, u"admin"_s);
        return s;
    }

    // Reads users through a ListReader; the reader, finished.
    std::unique_ptr<ListReader> readUsers(Session *session, RequestQueue *queue, int pageSize = 500)
    {
        auto reader = std::make_unique<ListReader>(
            session, queue, CrudRequests::list("users", 0, pageSize, u"list users"_s), "users"_L1,
            pageSize);
        QSignalSpy done(reader.get(), &ListReader::finished);
        reader->start();
        if (!done.wait(10000))
            qFatal("the list reader did not finish");
        return reader;
    }

private slots:
    void shortPagesAreNotTheEnd()
    {
        // A server that caps pages at 2 whatever $top says, with absolute links (the strict
        // profile).
        RawHttpResponder server;
        server.handler = [&](const RawHttpResponder::Request &r) {
            const int skip = queryInt(r, "$skip", 0);
            QJsonObject o{{"Users"_L1, users(skip, qMin(skip + 2, 5))}};
            if (skip + 2 < 5)
                o.insert("@nextLink"_L1,
                         QString(server.origin() +
                                 u"/api/v1/admin/users?$skip=%1&$top=2"_s.arg(skip + 2)));
            return json(o);
        };
        auto session = sessionFor(server);
        RequestQueue queue(4);
        auto reader = readUsers(session.get(), &queue);
        QVERIFY2(reader->succeeded(), qPrintable(reader->error().details()));
        QCOMPARE(reader->items().size(), 5);
        QCOMPARE(reader->pages(), 3);
        QCOMPARE(reader->items().last().value("username"_L1).toString(), u"user4"_s);
        QVERIFY(server.requests.first().target.contains("%24top=500") ||
                server.requests.first().target.contains("$top=500"));
    }

    void aLinkToAnotherOriginIsNotFollowed()
    {
        RawHttpResponder server;
        server.handler = [&](const RawHttpResponder::Request &r) {
            const int skip = queryInt(r, "$skip", 0);
            QJsonObject o{{"users"_L1, users(skip, qMin(skip + 3, 7))}};
            // Another origin's link for each page (one repeated would be a loop: PageCursor).
            if (skip + 3 < 7)
                o.insert("@nextLink"_L1,
                         u"https://elsewhere.example/api/v1/admin/users?$skip=%1"_s.arg(skip + 3));
            return json(o);
        };
        auto session = sessionFor(server);
        RequestQueue queue(4);
        auto reader = readUsers(session.get(), &queue, 3);
        QVERIFY(reader->succeeded());
        QCOMPARE(reader->items().size(), 7);
        QCOMPARE(server.requests.size(), 3); // every page from our server, by $skip arithmetic
        QCOMPARE(queryInt(server.requests.at(2), "$skip", -1), 6);
    }

    void emptyPagesLinkingOnForEverFailTheList()
    {
        RawHttpResponder server;
        server.handler = [&](const RawHttpResponder::Request &r) {
            const int skip = queryInt(r, "$skip", 0);
            return json({{"users"_L1, users(skip, qMin(skip + 2, 2))},
                         {"@nextLink"_L1, u"/api/v1/admin/users?$skip=%1&$top=2"_s.arg(skip + 2)}});
        };
        auto session = sessionFor(server);
        RequestQueue queue(4);
        auto reader = readUsers(session.get(), &queue, 2);
        // A server linking past its end: the empty pages are followed fifty times, then the list
        // fails (it might be short), not read to the page bound.
        QVERIFY(!reader->succeeded());
        QVERIFY2(reader->error().message().contains(u"empty pages"_s),
                 qPrintable(reader->error().message()));
        QCOMPARE(server.requests.size(), 2 + 50);
    }

    void garbageFailsLoudly_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("why");
        QTest::newRow("list is a string") << QByteArray(R"({"users":"none"})") << u"not a list"_s;
        QTest::newRow("items are numbers")
            << QByteArray(R"({"users":[1,2]})") << u"not an object"_s;
        QTest::newRow("no list at all") << QByteArray(R"({"count":0})") << u"holds no list"_s;
        QTest::newRow("not JSON") << QByteArray("<html><title>Oops</title></html>") << QString();
    }

    void garbageFailsLoudly()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, why);
        RawHttpResponder server(
            [&](const RawHttpResponder::Request &) { return RawHttpResponder::answer(200, body); });
        auto session = sessionFor(server);
        RequestQueue queue(4);
        auto reader = readUsers(session.get(), &queue);
        QVERIFY(!reader->succeeded());
        QCOMPARE(reader->error().kind(), ApiError::Kind::BadResponse);
        QVERIFY(reader->items().isEmpty());
        QVERIFY2(reader->error().message().contains(why), qPrintable(reader->error().message()));
    }

    void aServerThatNeverStopsIsAnError()
    {
        // The same link again…
        RawHttpResponder repeating;
        repeating.handler = [&](const RawHttpResponder::Request &r) {
            const int skip = queryInt(r, "$skip", 0);
            return json({{"users"_L1, users(skip, skip + 2)},
                         {"@nextLink"_L1,
                          QString(repeating.origin() + u"/api/v1/admin/users?$skip=2&$top=2"_s)}});
        };
        auto session = sessionFor(repeating);
        RequestQueue queue(4);
        auto reader = readUsers(session.get(), &queue, 2);
        QVERIFY(!reader->succeeded());
        QVERIFY2(reader->error().message().contains(u"link to the next page"_s),
                 qPrintable(reader->error().message()));
        // …or new links and the same page every time (the server ignores $skip).
        RawHttpResponder ignoring;
        ignoring.handler = [&](const RawHttpResponder::Request &r) {
            const int skip = queryInt(r, "$skip", 0);
            return json({{"users"_L1, users(0, 2)},
                         {"@nextLink"_L1,
                          QString(ignoring.origin() +
                                  u"/api/v1/admin/users?$skip=%1&$top=2"_s.arg(skip + 2))}});
        };
        auto session2 = sessionFor(ignoring);
        auto reader2 = readUsers(session2.get(), &queue, 2);
        QVERIFY(!reader2->succeeded());
        QVERIFY2(reader2->error().message().contains(u"same page"_s),
                 qPrintable(reader2->error().message()));
        QCOMPARE(ignoring.requests.size(), 2);
    }

    void anItemListedTwiceFailsTheRead()
    {
        // An unstable order (or an item created in front of the page being read): user 1 comes
        // again on the second page and user 2 is never sent — the read fails, as a backup's does.
        RawHttpResponder server;
        server.handler = [&](const RawHttpResponder::Request &r) {
            const int skip = queryInt(r, "$skip", 0);
            QJsonArray page = skip == 0 ? users(0, 2) : skip == 2 ? users(1, 2) : users(4, 5);
            if (skip == 2)
                page.append(users(3, 4).at(0));
            QJsonObject o{{"users"_L1, page}};
            if (skip < 4)
                o.insert("@nextLink"_L1, u"/api/v1/admin/users?$skip=%1&$top=2"_s.arg(skip + 2));
            return json(o);
        };
        auto session = sessionFor(server);
        RequestQueue queue(4);
        auto reader = readUsers(session.get(), &queue, 2);
        QVERIFY(!reader->succeeded());
        QCOMPARE(reader->error().kind(), ApiError::Kind::BadResponse);
        QVERIFY2(reader->error().message().contains(u"listed 1 twice"_s),
                 qPrintable(reader->error().message()));
        QVERIFY(reader->items().isEmpty());  // never a short list
        QCOMPARE(server.requests.size(), 2); // nothing read after it
    }

    void aPublishFolderGoingOnOverTheNextPageIsNoRepeat_data()
    {
        QTest::addColumn<QString>("secondPublication");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("another publication") << u"a2"_s << true;
        QTest::newRow("the same publication again") << u"a1"_s << false;
    }

    void aPublishFolderGoingOnOverTheNextPageIsNoRepeat()
    {
        // The documented nested list, paged by publication: the folder comes on both pages (as
        // the strict emulator sends it); only a publication listed twice is a repeat.
        QFETCH(QString, secondPublication);
        QFETCH(bool, succeeds);
        auto folder = [](const QString &publication, const QString &project) {
            return QJsonObject{
                {"Id"_L1, u"f1"_s},
                {"Name"_L1, u"Customer Forms"_s},
                {"PublishedProjects"_L1,
                 QJsonArray{QJsonObject{{"Id"_L1, publication}, {"ProjectId"_L1, project}}}}};
        };
        RawHttpResponder server([&](const RawHttpResponder::Request &r) -> QByteArray {
            if (!r.target.contains("/publishedprojects"))
                return json({{"Items"_L1, QJsonArray()}});
            if (queryInt(r, "$skip", 0) == 0)
                return json({{"PublishedProjects"_L1, QJsonArray{folder(u"a1"_s, u"p1"_s)}},
                             {"@nextLink"_L1, u"/api/v1/admin/publishedprojects?$skip=1"_s}});
            return json({{"PublishedProjects"_L1, QJsonArray{folder(secondPublication, u"p2"_s)}}});
        });
        auto session = sessionFor(server);
        ReadOptions options;
        options.projectContents = false;
        SnapshotReader reader(session.get(), {Part::PublishedProjects}, options);
        QSignalSpy done(&reader, &SnapshotReader::finished);
        reader.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(reader.succeeded(), succeeds);
        if (succeeds)
            QCOMPARE(reader.snapshot().list(Part::PublishedProjects).size(), 2);
        else
            QVERIFY2(reader.error().message().contains(u"listed a1 twice"_s),
                     qPrintable(reader.error().message()));
    }

    void atMostFourRequestsInFlight()
    {
        RawHttpResponder silent(
            [](const RawHttpResponder::Request &) { return QByteArray(); }); // never answers
        auto session = sessionFor(silent);
        RequestQueue queue(4);
        int cancelled = 0;
        for (int i = 0; i < 10; ++i) {
            queue.submit(
                new ListPageJob(session.get(), CrudRequests::list("users", i, 1, u"list users"_s),
                                "users"_L1),
                [&](ApiJob *j) { cancelled += j->error().kind() == ApiError::Kind::Cancelled; });
        }
        QTRY_COMPARE(silent.requests.size(), 4);
        QTest::qWait(200);
        QCOMPARE(silent.requests.size(), 4);
        QCOMPARE(queue.inFlight(), 4);
        QCOMPARE(queue.waiting(), 6);
        queue.abortAll();
        QCOMPARE(cancelled, 4);
        QCOMPARE(queue.waiting(), 0);
    }

    void nestedPublicationsAreFlattened()
    {
        // The documented shape: publish folders with their publications inside, PascalCase.
        RawHttpResponder server([](const RawHttpResponder::Request &r) -> QByteArray {
            if (r.target.contains("/publishedprojects"))
                return json(
                    {{"PublishedProjects"_L1,
                      QJsonArray{QJsonObject{
                          {"Id"_L1, u"f1"_s},
                          {"Name"_L1, u"Customer Forms"_s},
                          {"PublishedProjects"_L1,
                           QJsonArray{
                               QJsonObject{{"Id"_L1, u"a1"_s}, {"ProjectId"_L1, u"p1"_s}},
                               QJsonObject{{"Id"_L1, u"a2"_s}, {"ProjectId"_L1, u"p2"_s}}}}}}}});
            if (r.target.contains("/publishfolders"))
                return json({{"PublishFolders"_L1,
                              QJsonArray{QJsonObject{{"Id"_L1, u"f1"_s},
                                                     {"Name"_L1, u"Customer Forms"_s}}}}});
            if (r.target.contains("/projects"))
                return json(
                    {{"Projects"_L1,
                      QJsonArray{QJsonObject{{"Id"_L1, u"p1"_s}, {"Name"_L1, u"Motor Claim"_s}},
                                 QJsonObject{{"Id"_L1, u"p2"_s}, {"Name"_L1, u"Home Claim"_s}}}}});
            return json({{"ContentFolders"_L1, QJsonArray()}});
        });
        auto session = sessionFor(server);
        ReadOptions options;
        options.projectContents = false;
        SnapshotReader reader(session.get(), {Part::PublishedProjects}, options);
        QSignalSpy done(&reader, &SnapshotReader::finished);
        reader.start();
        QVERIFY(done.wait(10000));
        QVERIFY2(reader.succeeded(), qPrintable(reader.error().details()));
        const auto &publications = reader.snapshot().list(Part::PublishedProjects);
        QCOMPARE(publications.size(), 2);
        QCOMPARE(publications.at(1).value("folderId"_L1).toString(), u"f1"_s);
        QCOMPARE(reader.snapshot().list(Part::Projects).size(),
                 2); // read for the names, not compared
        QCOMPARE(reader.progressState().partsDone, 4);
        QCOMPARE(done.count(), 1);
    }

    void anEmptyPublishFolderIsNoPublication()
    {
        // The documented shape with a folder that holds no publications (its groups an array of
        // strings): no publication of it — else the comparison shows a nameless publication
        // missing on the other side, and a promotion tries to create it.
        RawHttpResponder server([](const RawHttpResponder::Request &r) -> QByteArray {
            if (!r.target.contains("/publishedprojects"))
                return json({{"Items"_L1, QJsonArray()}});
            return json(
                {{"PublishedProjects"_L1,
                  QJsonArray{QJsonObject{{"Id"_L1, u"f1"_s},
                                         {"Name"_L1, u"Empty"_s},
                                         {"Groups"_L1, QJsonArray{u"Legal"_s}},
                                         {"PublishedProjects"_L1, QJsonArray()}},
                             QJsonObject{{"Id"_L1, u"f2"_s},
                                         {"Name"_L1, u"Customer Forms"_s},
                                         {"PublishedProjects"_L1,
                                          QJsonArray{QJsonObject{{"Id"_L1, u"a1"_s},
                                                                 {"ProjectId"_L1, u"p1"_s}}}}}}}});
        });
        auto session = sessionFor(server);
        ReadOptions options;
        options.projectContents = false;
        SnapshotReader reader(session.get(), {Part::PublishedProjects}, options);
        QSignalSpy done(&reader, &SnapshotReader::finished);
        reader.start();
        QVERIFY(done.wait(10000));
        QVERIFY2(reader.succeeded(), qPrintable(reader.error().details()));
        const auto &publications = reader.snapshot().list(Part::PublishedProjects);
        QCOMPARE(publications.size(), 1);
        QCOMPARE(publications.at(0).value("Id"_L1).toString(), u"a1"_s);
        QCOMPARE(publications.at(0).value("folderId"_L1).toString(), u"f2"_s);
    }

    void oneUnreadablePartFailsTheWholeRead()
    {
        RawHttpResponder server([](const RawHttpResponder::Request &r) -> QByteArray {
            if (r.target.contains("/roles"))
                return RawHttpResponder::answer(200, R"({"roles":{"oops":true}})");
            if (r.target.contains("/groups"))
                return RawHttpResponder::answer(403, R"({"message":"You may not."})");
            return QByteArray(); // the rest never answer: they must be aborted, not waited for
        });
        auto session = sessionFor(server);
        SnapshotReader reader(session.get(), {Part::Roles, Part::Users});
        QSignalSpy done(&reader, &SnapshotReader::finished);
        reader.start();
        QVERIFY(done.wait(10000));
        QVERIFY(!reader.succeeded());
        QCOMPARE(reader.error().kind(), ApiError::Kind::BadResponse);
        QVERIFY2(reader.error().message().contains(u"roles"_s),
                 qPrintable(reader.error().message()));
        QTest::qWait(50);
        QCOMPARE(done.count(), 1);
    }
};

QTEST_GUILESS_MAIN(ListReaderTest)
#include "tst_list_reader.moc"
