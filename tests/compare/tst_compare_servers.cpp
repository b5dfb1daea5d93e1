// Two emulators seeded alike, one of them changed through the API or its store: the comparison
// finds exactly those changes, a promotion of some leaves exactly the others, and a refused
// item is reported while the rest still go.
#include "api/EntityJob.h"
#include "compare/Comparison.h"
#include "compare/Promoter.h"
#include "CompareScenario.h"
#include "formats/Json.h"
#include "RunJob.h"
#include "SimFixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace infiniti;
using namespace infiniti::compare;
using namespace infiniti::test;

namespace {

struct Servers
{
    SimFixture test;
    SimFixture production;
    std::unique_ptr<Session> source;
    std::unique_ptr<Session> target;

    Servers()
        : Servers(simOptions(50, 7))
    {
    }
    // Both emulators with these options (seeded alike).
    explicit Servers(const sim::SimOptions &options)
        : test(options)
        , production(options)
    {
        source = signedInSession(named(test, u"Test"_s));
        target = signedInSession(named(production, u"Production"_s));
    }
    static Profile named(const SimFixture &sim, const QString &name)
    {
        Profile p = sim.profile();
        p.name = name;
        return p;
    }
};

using scenario::call;
using scenario::idNamed;

std::unique_ptr<Comparison> compareServers(Servers &s, QList<Part> parts = allParts())
{
    CompareOptions options;
    options.parts = parts;
    auto comparison = std::make_unique<Comparison>(s.source.get(), s.target.get(), options);
    QSignalSpy done(comparison.get(), &Comparison::finished);
    comparison->start();
    if (!done.wait(60000))
        qFatal("the comparison did not finish");
    if (!comparison->succeeded())
        qFatal("the comparison failed: %s", qPrintable(comparison->errorText()));
    return comparison;
}

QStringList keys(const QList<Difference> &differences)
{
    QStringList out;
    for (const Difference &d : differences)
        out << d.key;
    std::sort(out.begin(), out.end());
    return out;
}

const Difference *find(const QList<Difference> &differences, const QString &key)
{
    for (const Difference &d : differences) {
        if (d.key == key)
            return &d;
    }
    return nullptr;
}

// The six changes of the brief (tests/common/CompareScenario.h). Returns the username of the
// user moved.
QString changeServers(Servers &s)
{
    return scenario::changeServers(*s.test.server, *s.production.server, s.target.get());
}

QStringList expectedKeys(const QString &username)
{
    return scenario::expectedKeys(username);
}

std::unique_ptr<Promoter> promote(Servers &s, const Comparison &comparison,
                                  const QList<Difference> &selection,
                                  const PromotionOptions &options = {})
{
    PromotionPlan plan = Planner::plan(selection, comparison.result(), comparison.source(),
                                       comparison.target(), options);
    auto promoter =
        std::make_unique<Promoter>(s.source.get(), s.target.get(), plan, comparison.source(),
                                   comparison.target(), comparison.result());
    QSignalSpy done(promoter.get(), &Promoter::finished);
    promoter->start();
    if (!done.wait(60000))
        qFatal("the promotion did not finish");
    QTest::qWait(0);
    if (done.count() != 1)
        qFatal("finished %d times", int(done.count()));
    return promoter;
}

QString resultsText(const Promoter &p)
{
    QStringList out;
    for (const StepResult &r : p.results())
        out << p.plan().steps.at(r.step).description + u" → "_s + r.message;
    return out.join(u'\n');
}

} // namespace

class CompareServersTest : public QObject
{
    Q_OBJECT

private slots:
    void serversSeededAlikeAreEqual()
    {
        Servers s;
        auto comparison = compareServers(s);
        QVERIFY2(comparison->result().isEqual(),
                 differencesToCsv(comparison->result().differences).constData());
        const ServerSnapshot &source = comparison->source();
        QCOMPARE(source.list(Part::Users).size(), 52); // every page, admin and enduser included
        QCOMPARE(source.libraryFiles.size(),
                 source.list(Part::LibraryItems).size()); // every file hashed
        QCOMPARE(source.projectContents.size(), source.list(Part::Projects).size());
        QVERIFY(source.list(Part::DataObjects).size() >= 5); // read under each data source
        QVERIFY(source.list(Part::PublishedProjects).size() > 10);
        QCOMPARE(comparison->result().parts, allParts());
        QCOMPARE(comparison->result().sourceObjects, comparison->result().targetObjects);
    }

    void findsExactlyTheChanges()
    {
        Servers s;
        const QString username = changeServers(s);
        auto comparison = compareServers(s);
        const QList<Difference> &found = comparison->result().differences;
        QCOMPARE(keys(found), expectedKeys(username));
        for (const Difference &d : found)
            QCOMPARE(d.change, Change::Changed);

        const Difference *motor = find(found, u"projects:motor claim"_s);
        // (Any key casing: the strict profile answers "Version".)
        const QString there =
            Json::value(*comparison->target().find(Part::Projects, motor->targetId), "version"_L1)
                .toString();
        const QString here =
            Json::value(*comparison->source().find(Part::Projects, motor->sourceId), "version"_L1)
                .toString();
        QVERIFY(!here.isEmpty() && !there.isEmpty());
        QCOMPARE(motor->summary, u"Motor Claim: %1 here, %2 there"_s.arg(here, there));
        QVERIFY(motor->aspects.testFlag(Aspect::ContentDiffers));
        QVERIFY(motor->aspects.testFlag(Aspect::NewerHere));
        QCOMPARE(find(found, u"projects:home claim"_s)->summary,
                 u"Home Claim: named “Home Claims” there"_s);
        QVERIFY(find(found, u"libraryItems:company logo"_s)
                    ->summary.startsWith(u"Company logo: another file: version 3, "_s));
        const Difference *user = find(found, u"users:"_s + username.toLower());
        QVERIFY2(user->summary.contains(u"there, not here"_s) &&
                     user->summary.contains(u"member of"_s),
                 qPrintable(user->summary));
        QCOMPARE(find(found, u"roles:designer"_s)->summary,
                 u"Designer: permission Publish projects here, not there"_s);
        QCOMPARE(find(found, u"communicationTemplates:claim received"_s)->summary,
                 u"Claim received: text (default language) differs"_s);
    }

    void aPromotionLeavesExactlyTheOthers()
    {
        Servers s;
        const QString username = changeServers(s);
        auto comparison = compareServers(s);
        QList<Difference> selection;
        for (const QString &key : QStringList{
                 u"projects:motor claim"_s, u"users:"_s + username.toLower(), u"roles:designer"_s})
            selection << *find(comparison->result().differences, key);
        auto promoter = promote(s, *comparison, selection);
        QCOMPARE(promoter->count(StepResult::Outcome::Done), 3);
        QVERIFY2(promoter->count(StepResult::Outcome::Failed) == 0,
                 qPrintable(resultsText(*promoter)));
        QCOMPARE(promoter->plan().count(Mechanism::SyncPackage), 1);
        QVERIFY(promoter->recomparison());
        // Compared again over the parts touched: what was promoted is gone; the rename in the
        // same part (projects) was not ticked and is still there.
        QCOMPARE(keys(promoter->recomparison()->result().differences),
                 QStringList{u"projects:home claim"_s});
        auto after = compareServers(s);
        QStringList left = expectedKeys(username);
        for (const Difference &d : selection)
            left.removeAll(d.key);
        QCOMPARE(keys(after->result().differences), left);
        // The sync import gave the target a version of its own numbering, the same content.
        const QString motor = idNamed(*s.production.server, u"projects"_s, u"Motor Claim"_s);
        const QString targetVersion =
            Json::value(*after->target().find(Part::Projects, motor), "version"_L1).toString();
        QVERIFY(!targetVersion.isEmpty());
        QVERIFY(targetVersion !=
                Json::value(*after->source().find(Part::Projects, motor), "version"_L1).toString());
    }

    void aRefusedItemIsReportedAndTheRestGo()
    {
        Servers s;
        const QString username = changeServers(s);
        auto comparison = compareServers(s);
        const QString designer = s.production.server->store().roleByName(u"Designer"_s)->id;
        sim::SimFaults::Rule refuse;
        refuse.method = "PATCH";
        refuse.path = QRegularExpression(u"/roles/"_s + designer);
        refuse.status = 409;
        s.production.server->faults().add(refuse);
        auto promoter = promote(s, *comparison, comparison->result().differences);
        QCOMPARE(promoter->count(StepResult::Outcome::Failed), 1);
        QCOMPARE(promoter->count(StepResult::Outcome::Done), 5);
        for (const StepResult &r : promoter->results()) {
            if (r.outcome == StepResult::Outcome::Failed) {
                QCOMPARE(promoter->plan().steps.at(r.step).part, Part::Roles);
                QCOMPARE(r.error.kind(), ApiError::Kind::Conflict);
                QVERIFY(r.message.startsWith(u"Refused"_s));
            }
        }
        QCOMPARE(keys(promoter->recomparison()->result().differences),
                 QStringList{u"roles:designer"_s});
    }

    void aLibraryItemGoesWithItsFileWhateverChanged()
    {
        // A target that replaces on PATCH and keeps nothing the body leaves out, not even a
        // library item's file (contract 9.1): a change of metadata alone is promoted with the
        // source's file, which the target keeps.
        sim::SimOptions replacing = simOptions(50, 7);
        replacing.strict = true;
        replacing.patchDropsFile = true;
        Servers s(replacing);
        const QString logo = idNamed(*s.test.server, u"contentLibraryItems"_s, u"Company logo"_s);
        for (QJsonObject &o : s.test.server->store().documents(u"contentLibraryItems"_s)) {
            if (o.value("id"_L1).toString() == logo)
                o.insert("category"_L1, u"Brand"_s);
        }
        const QJsonObject file =
            storedDocument(*s.test.server, u"contentLibraryItems"_s, u"name"_s, u"Company logo"_s);
        auto comparison = compareServers(s, {Part::LibraryItems});
        const QList<Difference> &found = comparison->result().differences;
        QCOMPARE(keys(found), QStringList{u"libraryItems:company logo"_s});
        QVERIFY2(!found.first().summary.contains(u"file"_s), qPrintable(found.first().summary));
        auto promoter = promote(s, *comparison, found);
        QVERIFY2(promoter->count(StepResult::Outcome::Done) == 1,
                 qPrintable(resultsText(*promoter)));
        const QJsonObject there = storedDocument(*s.production.server, u"contentLibraryItems"_s,
                                                 u"name"_s, u"Company logo"_s);
        QCOMPARE(there.value("category"_L1).toString(), u"Brand"_s);
        QCOMPARE(there.value("binary"_L1).toString(), file.value("binary"_L1).toString());
        QVERIFY(!there.value("binary"_L1).toString().isEmpty());
        QCOMPARE(keys(promoter->recomparison()->result().differences), QStringList());
    }

    void createsCarryTheirReferences()
    {
        // New on the source: a publish folder with a sub-folder holding a publication of an
        // existing project, a data source with a data object, a library item, a role, a group
        // with it and a user in the group, a custom field.
        Servers s;
        Session *src = s.source.get();
        // (The ids from the store: the strict profile answers a create without a body.)
        call(src, "POST", "publishfolders",
             {{"name"_L1, u"Brokers"_s}, {"groups"_L1, QJsonArray{u"Sales"_s}}});
        const QString parent = idNamed(*s.test.server, u"publishfolders"_s, u"Brokers"_s);
        call(src, "POST", "publishfolders",
             {{"name"_L1, u"Queensland"_s}, {"parentId"_L1, parent}});
        const QString child = idNamed(*s.test.server, u"publishfolders"_s, u"Queensland"_s);
        call(src, "POST", "publishedprojects",
             {{"projectId"_L1, idNamed(*s.test.server, u"projects"_s, u"Motor Quote"_s)},
              {"folderId"_L1, child}});
        call(src, "POST", "datasources",
             {{"name"_L1, u"Broker API"_s},
              {"connectionType"_L1, u"REST"_s},
              {"connectionString"_L1, u"https://brokers.example/api?key=SECRET-KEY"_s},
              {"credentials"_L1, QJsonObject{{"method"_L1, u"ApiKey"_s}}}});
        const QString dataSource = idNamed(*s.test.server, u"datasources"_s, u"Broker API"_s);
        call(src, "POST", "datasources/" + dataSource.toUtf8() + "/dataobjects",
             {{"displayName"_L1, u"Brokers"_s}, {"dataObjectName"_L1, u"/v1/brokers"_s}});
        call(src, "POST", "contentlibrary",
             {{"name"_L1, u"Broker logo"_s},
              {"extension"_L1, u".png"_s},
              {"binary"_L1, QString::fromLatin1(QByteArray("broker logo bytes").toBase64())}});
        call(src, "POST", "roles",
             {{"name"_L1, u"Broker Manager"_s},
              {"permissions"_L1, QJsonArray{u"Management console"_s}}});
        call(src, "POST", "groups",
             {{"name"_L1, u"Brokers"_s}, {"roles"_L1, QJsonArray{u"Broker Manager"_s}}});
        call(src, "POST", "users",
             {{"username"_L1, u"bea.broker"_s},
              {"password"_L1, u"Secret1!"_s},
              {"groups"_L1, QJsonArray{u"Infiniti Users"_s, u"Brokers"_s}}});
        call(src, "POST", "customFields", {{"name"_L1, u"BrokerNumber"_s}});

        auto comparison = compareServers(s);
        QCOMPARE(comparison->result().differences.size(), 10);
        QCOMPARE(comparison->result().count(Change::Added), 10);
        auto promoter = promote(s, *comparison, comparison->result().differences);
        QVERIFY2(promoter->count(StepResult::Outcome::Done) == 10,
                 qPrintable(resultsText(*promoter)));
        // Everything arrived, with its references pointing at the target's objects; only the
        // connection string stayed behind, as no secrets were asked for.
        const QList<Difference> &left = promoter->recomparison()->result().differences;
        QVERIFY2(left.size() == 1, differencesToCsv(left).constData());
        QCOMPARE(left.first().summary, u"Broker API: connection string set here, empty there"_s);
        const QJsonObject copied =
            storedDocument(*s.production.server, u"datasources"_s, u"name"_s, u"Broker API"_s);
        QVERIFY(copied.value("connectionString"_L1).toString().isEmpty());
    }

    void deletingTakesTheTargetsName()
    {
        Servers s;
        call(s.target.get(), "POST", "users",
             {{"username"_L1, u"only.there"_s}, {"groups"_L1, QJsonArray{u"Infiniti Users"_s}}});
        auto comparison = compareServers(s, {Part::Users});
        QCOMPARE(keys(comparison->result().differences), QStringList{u"users:only.there"_s});
        PromotionOptions options;
        options.allowDeletes = true;
        options.deleteConfirmation = u"Test"_s; // the source's name, not the target's
        auto refused = promote(s, *comparison, comparison->result().differences, options);
        QCOMPARE(refused->count(StepResult::Outcome::LeftAlone), 1);
        QVERIFY(s.production.server->store().userByName(u"only.there"_s));
        options.deleteConfirmation = u"Production"_s;
        auto deleted = promote(s, *comparison, comparison->result().differences, options);
        QCOMPARE(deleted->count(StepResult::Outcome::Done), 1);
        QVERIFY(!s.production.server->store().userByName(u"only.there"_s));
        QVERIFY(deleted->recomparison()->result().isEqual());
    }

    void aDryRunSendsNothing()
    {
        Servers s;
        changeServers(s);
        auto comparison = compareServers(s);
        const int before = s.production.server->requestCount();
        PromotionPlan plan = Planner::plan(comparison->result().differences, comparison->result(),
                                           comparison->source(), comparison->target());
        Promoter promoter(s.source.get(), s.target.get(), plan, comparison->source(),
                          comparison->target(), comparison->result());
        promoter.setDryRun(true);
        QSignalSpy done(&promoter, &Promoter::finished);
        promoter.start();
        QVERIFY(done.wait(5000));
        QCOMPARE(promoter.count(StepResult::Outcome::NotSent), 6);
        QCOMPARE(s.production.server->requestCount(), before);
        QCOMPARE(keys(compareServers(s)->result().differences).size(), 6);
    }

    void cancellingFinishesOnce()
    {
        Servers s;
        Comparison comparison(s.source.get(), s.target.get());
        QSignalSpy done(&comparison, &Comparison::finished);
        comparison.start();
        QTest::qWait(5);
        comparison.cancel();
        QCOMPARE(done.count(), 1);
        QCOMPARE(comparison.error().kind(), ApiError::Kind::Cancelled);
        QTest::qWait(100);
        QCOMPARE(done.count(), 1);
    }
};

QTEST_GUILESS_MAIN(CompareServersTest)
#include "tst_compare_servers.moc"
