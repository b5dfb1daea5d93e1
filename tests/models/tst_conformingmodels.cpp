// The models against a server that follows the documentation but not our emulator's habits
// (issue #13): pages capped below $top, PascalCase keys, no extension filters (folderId,
// parentId, childCount), publishedprojects as folders with their publications — each model
// under QAbstractItemModelTester for its whole life.
#include "api/dto/PublishedProjects.h"
#include "api/endpoints/FoldersEndpoints.h"
#include "api/endpoints/PublishedProjectsEndpoints.h"
#include "DocumentServer.h"
#include "models/FolderTreeModel.h"
#include "models/JsonListModel.h"
#include "models/ProjectsModel.h"
#include "models/UsersModel.h"
#include "RawHttpResponder.h"
#include "RawProfile.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;
using test::DocumentServer;
using test::profileFor;
using test::RawHttpResponder;

class ConformingModelsTest : public QObject
{
    Q_OBJECT

private slots:
    void everyUserThroughCappedPages()
    {
        // 230 users in pages of 25 (the model asks for 100): the old model stopped at 25.
        DocumentServer server;
        for (int i = 0; i < 230; ++i)
            server.add(u"users"_s, {{"username"_L1, u"user%1"_s.arg(i, 3, 10, QLatin1Char('0'))},
                                    {"email"_L1, u"u%1@example.com"_s.arg(i)}});
        Session s(profileFor(server.origin()));
        UsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&s);
        // The whole list at once (the length probed with $top=1), read in the server's pages.
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 230, 20000);
        QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
        QVERIFY(!model.canFetchMore());
        QVERIFY(model.isRandomAccess());
        QCOMPARE(model.loadedRows(), 25);
        model.loadAll();
        QTRY_COMPARE_WITH_TIMEOUT(model.loadedRows(), 230, 20000);
        QCOMPARE(model.pagesFetched(), 10); // the first and nine more of the server's 25
        QCOMPARE(model.index(229, UsersModel::Username).data().toString(),
                 u"user229"_s); // PascalCase read
        QCOMPARE(model.index(3, UsersModel::Email).data().toString(), u"u3@example.com"_s);
    }

    void anAnswerThatIsNoListIsAnErrorNotAnEmptyList()
    {
        RawHttpResponder server([](const RawHttpResponder::Request &) {
            return RawHttpResponder::answer(200, R"({"users": null})");
        });
        Session s(profileFor(server.origin()));
        UsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&s);
        QTRY_COMPARE(model.state(), PagedListModel::State::Error);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.lastError().kind(), ApiError::Kind::BadResponse);
        QVERIFY(model.lastError().message().contains(u"not a list"_s));
    }

    void aServerSendingTheSamePageIsAnErrorNotALoop()
    {
        RawHttpResponder server;
        server.handler = [&server](const RawHttpResponder::Request &r) {
            const QByteArray page =
                "{\"users\":[{\"id\":\"1\",\"username\":\"a\"},{\"id\":\"2\",\"username\":\"b\"}],"
                "\"@nextLink\":\"" +
                server.origin().toUtf8() + r.target + "\"}";
            return RawHttpResponder::answer(200, page);
        };
        Session s(profileFor(server.origin()));
        UsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&s);
        QTRY_COMPARE(model.state(), PagedListModel::State::Error);
        QCOMPARE(model.rowCount(), 2); // what was read stays, once
        QVERIFY(model.lastError().message().contains(u"keeps sending the same page"_s));
        QVERIFY(!model.canFetchMore());
        const auto asked = server.requests.size();
        QTest::qWait(200);
        QCOMPARE(server.requests.size(), asked);
    }

    void aFolderFilterTheServerIgnoresIsAppliedHere()
    {
        DocumentServer server;
        server.envelopes.insert(u"projects"_s, u"projects"_s);
        server.pageCap = 4;
        for (int i = 0; i < 20; ++i)
            server.add(u"projects"_s, {{"name"_L1, u"P%1"_s.arg(i, 2, 10, QLatin1Char('0'))},
                                       {"folderName"_L1, i % 5 == 0 ? u"Archive"_s : u"Forms"_s}});
        Session s(profileFor(server.origin()));
        ProjectsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFolder(u"f-archive"_s, u"Archive"_s);
        model.setSession(&s);
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), PagedListModel::State::Loaded, 10000);
        QTRY_VERIFY(!model.canFetchMore());
        QCOMPARE(model.rowCount(), 4); // P00, P05, P10, P15 — not the 20 the server sent
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, 4).data().toString(), u"Archive"_s);
        QVERIFY(model.rowFilterWasIgnored());
        QVERIFY(server.requests.first().target.contains("folderId=f-archive"));
    }

    void projectsThatDoNotSayTheirFolderAreNotHidden()
    {
        // Which folder a project is in is ours (contract 9.2): a server whose projects do not
        // say showed every folder empty.
        DocumentServer server;
        server.envelopes.insert(u"projects"_s, u"projects"_s);
        for (int i = 0; i < 3; ++i)
            server.add(u"projects"_s, {{"name"_L1, u"P%1"_s.arg(i)}});
        Session s(profileFor(server.origin()));
        ProjectsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFolder(u"f-archive"_s, u"Archive"_s);
        model.setSession(&s);
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), PagedListModel::State::Loaded, 10000);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!JsonListModel::hasFolderInfo(model.itemAt(0)));
    }

    void publishedProjectsNestedInTheirFolders()
    {
        DocumentServer server;
        server.envelopes.insert(u"publishedprojects"_s, u"publishedProjects"_s);
        server.add(u"publishedprojects"_s,
                   {{"id"_L1, u"f1"_s},
                    {"name"_L1, u"Customers"_s},
                    {"publishedProjects"_L1,
                     QJsonArray{QJsonObject{{"id"_L1, u"p1"_s}, {"projectName"_L1, u"Claim"_s}},
                                QJsonObject{{"id"_L1, u"p2"_s}, {"projectName"_L1, u"Quote"_s}}}}});
        server.add(
            u"publishedprojects"_s,
            {{"id"_L1, u"f2"_s}, {"name"_L1, u"Empty"_s}, {"publishedProjects"_L1, QJsonArray{}}});
        server.add(u"publishedprojects"_s,
                   {{"id"_L1, u"f3"_s},
                    {"name"_L1, u"Staff"_s},
                    {"publishedProjects"_L1,
                     QJsonArray{QJsonObject{{"id"_L1, u"p3"_s}, {"name"_L1, u"Leave"_s}}}}});
        Session s(profileFor(server.origin()));
        JsonListModel model(PublishedProjectsEndpoints::collection(),
                            {{u"Project"_s, u"projectName"_s}, {u"Folder"_s, u"folderName"_s}});
        model.setRowReader(&PublishedProjects::rows);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&s);
        QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
        QCOMPARE(model.rowCount(), 3); // publications, not folders
        QCOMPARE(model.index(0, 0).data().toString(), u"Claim"_s);
        QCOMPARE(model.index(0, 1).data().toString(), u"Customers"_s);
        QCOMPARE(model.index(2, 0).data().toString(), u"Leave"_s);
        QCOMPARE(model.index(2, 1).data().toString(), u"Staff"_s);
        QCOMPARE(model.index(2, 0)
                     .data(PagedListModel::JsonRole)
                     .toJsonObject()
                     .value("folderId"_L1)
                     .toString(),
                 u"f3"_s);
        // Our emulator's flat list reads the same.
        const QJsonArray flat{QJsonObject{{"id"_L1, u"p9"_s},
                                          {"projectName"_L1, u"X"_s},
                                          {"folderId"_L1, u"f1"_s},
                                          {"options"_L1, QJsonObject()}}};
        QCOMPARE(PublishedProjects::rows(flat).size(), 1);
        QVERIFY(!PublishedProjects::isFolder(flat.first().toObject()));
    }

    void foldersWithoutNestingShowFlat()
    {
        // No parentId, no childCount: every folder at the top, none with an expander, and
        // nothing asked per folder.
        DocumentServer server;
        server.envelopes.insert(u"contentfolders"_s, u"contentFolders"_s);
        server.pageCap = 2;
        for (const auto &name : {u"Archive"_s, u"Forms"_s, u"Templates"_s, u"Letters"_s, u"Old"_s})
            server.add(u"contentfolders"_s, {{"name"_L1, name}, {"groups"_L1, QJsonArray()}});
        Session s(profileFor(server.origin()));
        FolderTreeModel model(FoldersEndpoints::contentFolders(), u"All projects"_s);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&s);
        QTRY_COMPARE(model.rowCount(), 6); // "All" + 5, through three capped pages
        for (int r = 1; r < 6; ++r) {
            QVERIFY(!model.hasChildren(model.index(r, 0)));
            QCOMPARE(model.stateOf(model.index(r, 0)), FolderTreeModel::State::Loaded);
        }
        QTest::qWait(200);
        QCOMPARE(server.requests.size(), 3);
        QVERIFY(!model.nests()); // so no sub-folder is offered (it would land at the top)
    }

    void aServerIgnoringParentIdStillGivesTheTree()
    {
        // parentId in the folders, but the `?parentId=` filter ignored: the tree is built
        // from the one answer holding every folder.
        DocumentServer server;
        server.envelopes.insert(u"contentfolders"_s, u"contentFolders"_s);
        server.add(u"contentfolders"_s,
                   {{"id"_L1, u"a"_s}, {"name"_L1, u"Forms"_s}, {"parentId"_L1, QJsonValue::Null}});
        server.add(u"contentfolders"_s,
                   {{"id"_L1, u"b"_s}, {"name"_L1, u"Motor"_s}, {"parentId"_L1, u"a"_s}});
        server.add(u"contentfolders"_s,
                   {{"id"_L1, u"c"_s}, {"name"_L1, u"Fleet"_s}, {"parentId"_L1, u"b"_s}});
        server.add(
            u"contentfolders"_s,
            {{"id"_L1, u"d"_s}, {"name"_L1, u"Archive"_s}, {"parentId"_L1, QJsonValue::Null}});
        Session s(profileFor(server.origin()));
        FolderTreeModel model(FoldersEndpoints::contentFolders());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&s);
        QTRY_COMPARE(model.rowCount(), 2);
        QVERIFY(model.nests());
        const QModelIndex forms = model.index(0, 0);
        QCOMPARE(forms.data().toString(), u"Forms"_s);
        QCOMPARE(model.rowCount(forms), 1);
        QCOMPARE(model.rowCount(model.index(0, 0, forms)), 1);
        QCOMPARE(model.loadedFolders().size(), 4);
        QCOMPARE(model.loadedFolders().at(2).second, u"Forms/Motor/Fleet"_s);
        QTest::qWait(200);
        QCOMPARE(server.requests.size(), 1);
    }
};

QTEST_MAIN(ConformingModelsTest)
#include "tst_conformingmodels.moc"
