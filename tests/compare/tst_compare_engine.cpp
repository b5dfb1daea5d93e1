// The comparison engine, the planner and the promotion bodies without a network: snapshots
// built by hand, in both key casings real servers use.
#include "compare/Comparer.h"
#include "compare/PromotionBodies.h"
#include "compare/PromotionPlan.h"
#include "compare/ServerSnapshot.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace infiniti::compare;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

ServerSnapshot snapshot(const QString &label,
                        std::initializer_list<std::pair<Part, QList<QJsonObject>>> parts)
{
    ServerSnapshot s;
    s.label = label;
    for (const auto &[part, items] : parts) {
        s.read[size_t(part)] = true;
        s.list(part) = items;
    }
    return s;
}

CompareResult compareAll(const ServerSnapshot &a, const ServerSnapshot &b)
{
    return Comparer::compare(a, b, allParts());
}

QStringList summaries(const CompareResult &r)
{
    QStringList out;
    for (const Difference &d : r.differences)
        out << d.summary;
    return out;
}

QByteArray hash(const char *text)
{
    return QCryptographicHash::hash(QByteArray(text), QCryptographicHash::Sha256);
}

} // namespace

class CompareEngineTest : public QObject
{
    Q_OBJECT

private slots:
    void anyKeyCasingAndListOrderAreTheSame()
    {
        // Each server has its own user ids; PascalCase answers exist; groups come in any order
        // and case; a missing roles array is an empty one; lockout is the server's state.
        const auto source = snapshot(
            u"Test"_s,
            {{Part::Users, {parse(R"({"id":"u-1","username":"jane.citizen","firstName":"Jane",
            "groups":["Infiniti Users","Finance"],"lockedOut":false,"customFields":{}})")}}});
        const auto target = snapshot(
            u"Production"_s,
            {{Part::Users, {parse(R"({"Id":"u-9","Username":"jane.citizen","FirstName":"Jane",
            "Groups":["finance","infiniti users"],"Roles":[],"LockedOut":true})")}}});
        const CompareResult r = compareAll(source, target);
        QVERIFY2(r.isEqual(), qPrintable(summaries(r).join(u'\n')));
        QCOMPARE(r.targetIds[size_t(Part::Users)].value(u"u-1"_s), u"u-9"_s);
    }

    void aUserInAnotherGroupIsSaidInWords()
    {
        const auto source = snapshot(
            u"Test"_s,
            {{Part::Users,
              {parse(
                  R"({"id":"1","username":"jane.citizen","groups":["Infiniti Users","Finance"]})")}}});
        const auto target = snapshot(
            u"Prod"_s,
            {{Part::Users,
              {parse(
                  R"({"id":"1","username":"jane.citizen","groups":["Infiniti Users","Sales"]})")}}});
        const CompareResult r = compareAll(source, target);
        QCOMPARE(r.differences.size(), 1);
        const Difference &d = r.differences.first();
        QCOMPARE(d.change, Change::Changed);
        QCOMPARE(
            d.summary,
            u"jane.citizen: member of Finance here, not there; member of Sales there, not here"_s);
        QCOMPARE(d.fieldChanges.size(), 1);
        QCOMPARE(d.fieldChanges.first().field, u"groups"_s);
        QCOMPARE(d.fieldChanges.first().source, u"Finance, Infiniti Users"_s);
        QCOMPARE(d.key, u"users:jane.citizen"_s);
    }

    void usersPairByNameNotById()
    {
        // The same id under two names is two different users (ids are each server's own).
        const auto source =
            snapshot(u"A"_s, {{Part::Users, {parse(R"({"id":"1","username":"jane"})")}}});
        const auto target =
            snapshot(u"B"_s, {{Part::Users, {parse(R"({"id":"1","username":"john"})")}}});
        const CompareResult r = compareAll(source, target);
        QCOMPARE(summaries(r),
                 (QStringList{u"jane: here, not there"_s, u"john: there, not here"_s}));
        QCOMPARE(r.differences.at(0).change, Change::Added);
        QCOMPARE(r.differences.at(1).change, Change::Removed);
    }

    void projectsByContentNotVersionNumbers()
    {
        auto source = snapshot(
            u"Test"_s, {{Part::Projects,
                         {parse(R"({"id":"p1","name":"Motor Claim","version":"3.2","type":"Form",
            "folderName":"Claims","modifiedUtc":"2026-03-02T10:00:00Z","modifiedBy":"ada"})")}}});
        auto target = snapshot(
            u"Prod"_s, {{Part::Projects,
                         {parse(R"({"id":"p1","name":"Motor Claim","version":"3.0","type":"Form",
            "folderName":"Claims","modifiedUtc":"2026-01-02T10:00:00Z","modifiedBy":"bob"})")}}});
        source.projectContents.insert(u"p1"_s, hash("new template"));
        target.projectContents.insert(u"p1"_s, hash("old template"));
        CompareResult r = compareAll(source, target);
        QCOMPARE(r.differences.size(), 1);
        QCOMPARE(r.differences.first().summary, u"Motor Claim: 3.2 here, 3.0 there"_s);
        QVERIFY(r.differences.first().aspects.testFlag(Aspect::ContentDiffers));
        QVERIFY(r.differences.first().aspects.testFlag(Aspect::NewerHere));

        // After a sync import the target numbers its own versions: same content is the same
        // project.
        target.projectContents.insert(u"p1"_s, hash("new template"));
        QVERIFY(compareAll(source, target).isEqual());

        // The same number with other content still differs.
        target.list(Part::Projects)[0].insert("version"_L1, u"3.2"_s);
        target.projectContents.insert(u"p1"_s, hash("edited there"));
        r = compareAll(source, target);
        QCOMPARE(r.differences.first().summary, u"Motor Claim: same version 3.2, other content"_s);

        // Without the contents read, the version number is what there is.
        source.projectContents.clear();
        target.projectContents.clear();
        target.list(Part::Projects)[0].insert("version"_L1, u"3.0"_s);
        QCOMPARE(summaries(compareAll(source, target)),
                 QStringList{u"Motor Claim: 3.2 here, 3.0 there"_s});
    }

    void projectRenamedAndPairedByName()
    {
        const auto source =
            snapshot(u"Test"_s, {{Part::Projects,
                                  {parse(R"({"id":"p1","name":"Home Claim","version":"1.0"})"),
                                   parse(R"({"id":"p2","name":"Life Claim","version":"2.0"})")}}});
        const auto target =
            snapshot(u"Prod"_s, {{Part::Projects,
                                  {parse(R"({"id":"p1","name":"Home Claims","version":"1.0"})"),
                                   parse(R"({"id":"x7","name":"life claim","version":"1.0"})")}}});
        const CompareResult r = compareAll(source, target);
        QCOMPARE(r.differences.size(), 2);
        const Difference &renamed = r.differences.at(0);
        QCOMPARE(renamed.summary, u"Home Claim: named “Home Claims” there"_s);
        QVERIFY(renamed.aspects.testFlag(Aspect::Renamed));
        const Difference &otherId = r.differences.at(1);
        QVERIFY(otherId.aspects.testFlag(Aspect::OtherId));
        QCOMPARE(otherId.targetId, u"x7"_s);
        QVERIFY(otherId.summary.startsWith(u"Life Claim: "_s));
    }

    void addedAndRemovedProjectsNameTheirVersion()
    {
        const auto source = snapshot(
            u"Test"_s,
            {{Part::Projects, {parse(R"({"id":"p1","name":"Pet Claim","version":"1.2"})")}}});
        const auto target = snapshot(
            u"Prod"_s,
            {{Part::Projects, {parse(R"({"id":"p9","name":"Legacy Form","version":"4.0"})")}}});
        QCOMPARE(summaries(compareAll(source, target)),
                 (QStringList{u"Legacy Form: 4.0 there, not here"_s,
                              u"Pet Claim: 1.2 here, not there"_s}));
    }

    void secretsAreComparedByHashAndNeverShown()
    {
        const auto source = snapshot(
            u"Test"_s,
            {{Part::DataSources,
              {parse(R"({"id":"d1","name":"Policy Database","connectionType":"SQL Server",
            "connectionString":"Server=test;Password=Pol1cy!","credentials":{"method":"UserNamePassword","password":"s3cret"}})")}},
             {Part::ConnectorSettings,
              {parse(
                  R"({"id":"c1","value":"Sm7p-Pa55!","metadata":{"typeId":"t","description":"SMTP password"}})")}}});
        const auto target = snapshot(
            u"Prod"_s,
            {{Part::DataSources,
              {parse(R"({"id":"d1","name":"Policy Database","connectionType":"SQL Server",
            "connectionString":"Server=prod;Password=Pr0d!","credentials":{"method":"UserNamePassword","password":"s3cret"}})")}},
             {Part::ConnectorSettings,
              {parse(
                  R"({"id":"c1","value":"","metadata":{"typeId":"t","description":"SMTP password"}})")}}});
        const CompareResult r = compareAll(source, target);
        QCOMPARE(summaries(r),
                 (QStringList{u"SMTP password: value set here, empty there"_s,
                              u"Policy Database: connection string differs (hidden)"_s}));
        const FieldChange &f = r.differences.at(1).fieldChanges.first();
        QVERIFY(f.masked);
        QCOMPARE(f.source, u"•••"_s);
        QCOMPARE(f.target, u"•••"_s);
        const QByteArray exported = QJsonDocument(differencesToJson(r.differences)).toJson() +
                                    differencesToCsv(r.differences);
        for (const char *secret : {"Pol1cy", "Pr0d", "s3cret", "Sm7p", "Server="})
            QVERIFY2(!exported.contains(secret), secret);
        const auto rows = Comparer::sideBySide(r.differences.at(1), source, target);
        for (const SideBySideRow &row : rows) {
            QVERIFY(!row.source.contains(u"Pol1cy"_s) && !row.target.contains(u"Pr0d"_s));
            if (row.field == "connectionString"_L1)
                QVERIFY(row.changed && row.masked);
            if (row.field == "credentials.password"_L1)
                QVERIFY(!row.changed && row.masked);
        }
    }

    void libraryItemsByTheirFile()
    {
        auto source = snapshot(u"Test"_s,
                               {{Part::LibraryItems,
                                 {parse(R"({"id":"l1","name":"Company logo","version":"3","size":12,
            "modifiedDateTime":"2026-05-01T00:00:00Z","modifiedBy":"ada","extension":".png"})")}}});
        auto target = snapshot(u"Prod"_s,
                               {{Part::LibraryItems,
                                 {parse(R"({"id":"l1","name":"Company logo","version":"2","size":10,
            "modifiedDateTime":"2026-01-01T00:00:00Z","modifiedBy":"bob","extension":".png"})")}}});
        source.libraryFiles.insert(u"l1"_s, {hash("new logo"), 12});
        target.libraryFiles.insert(u"l1"_s, {hash("old logo"), 10});
        CompareResult r = compareAll(source, target);
        QCOMPARE(r.differences.size(), 1);
        QCOMPARE(
            r.differences.first().summary,
            u"Company logo: another file: version 3, 12 bytes here, version 2, 10 bytes there"_s);
        QVERIFY(r.differences.first().aspects.testFlag(Aspect::NewerHere));
        // Another version number and date, the same bytes: the same item.
        target.libraryFiles.insert(u"l1"_s, {hash("new logo"), 12});
        QVERIFY(compareAll(source, target).isEqual());
    }

    void foldersByPathWhateverTheirIds()
    {
        const auto source = snapshot(
            u"Test"_s,
            {{Part::ContentFolders,
              {parse(R"({"id":"f1","name":"Forms","groups":["Designers"],"parentId":null})"),
               parse(R"({"id":"f2","name":"Claims","groups":[],"parentId":"f1","childCount":0})"),
               parse(R"({"id":"f3","name":"Motor","parentId":"f1"})")}}});
        const auto target = snapshot(
            u"Prod"_s, {{Part::ContentFolders,
                         {parse(R"({"id":"g1","name":"Forms","groups":["designers"]})"),
                          parse(R"({"id":"g2","name":"Claims","parentId":"g1","childCount":3})"),
                          parse(R"({"id":"f3","name":"Motor","parentId":null})")}}});
        const CompareResult r = compareAll(source, target);
        QCOMPARE(r.differences.size(), 1);
        QCOMPARE(r.differences.first().summary, u"Forms / Motor: in Forms here, no folder there"_s);
        QVERIFY(r.differences.first().aspects.testFlag(Aspect::Moved));
        QCOMPARE(r.targetIds[size_t(Part::ContentFolders)].value(u"f2"_s), u"g2"_s);
    }

    void rolesPermissionsAreSets()
    {
        const auto source = snapshot(
            u"Test"_s,
            {{Part::Roles,
              {parse(
                  R"({"id":"r1","name":"Designer","permissions":["Publish projects","Design projects","Impersonate"]})")}}});
        const auto target = snapshot(
            u"Prod"_s,
            {{Part::Roles,
              {parse(
                  R"({"ID":"r7","Name":"Designer","Permissions":["Design projects","Publish projects"]})")}}});
        QCOMPARE(summaries(compareAll(source, target)),
                 QStringList{u"Designer: permission Impersonate here, not there"_s});
    }

    void templateTextsPerLanguage()
    {
        const auto source =
            snapshot(u"Test"_s, {{Part::CommunicationTemplates,
                                  {parse(R"({"id":"t1","name":"Claim received","purpose":"None",
            "translations":[{"language":"","text":"We have your claim."},{"language":"fr","text":"Nous avons votre demande."}]})")}}});
        const auto target =
            snapshot(u"Prod"_s, {{Part::CommunicationTemplates,
                                  {parse(R"({"id":"t1","name":"Claim received","purpose":"None",
            "translations":[{"language":"","text":"We have received your claim."}]})")}}});
        QCOMPARE(
            summaries(compareAll(source, target)),
            QStringList{
                u"Claim received: text (default language) differs; text (fr) here, not there"_s});
    }

    void longSummariesAreCut()
    {
        const auto source =
            snapshot(u"Test"_s,
                     {{Part::Users, {parse(R"({"username":"ann","firstName":"Ann","lastName":"Lee",
            "jobTitle":"Underwriter","disabled":true,"email":"ann@example.com"})")}}});
        const auto target =
            snapshot(u"Prod"_s,
                     {{Part::Users, {parse(R"({"username":"ann","firstName":"Anne","lastName":"Li",
            "jobTitle":"Team Leader","disabled":false,"email":"ann@example.org"})")}}});
        const Difference d = compareAll(source, target).differences.first();
        QCOMPARE(d.fieldChanges.size(), 5);
        QCOMPARE(d.summary, u"ann: disabled here, not there; email: “ann@example.com” here, "
                            u"“ann@example.org” there; "
                            "first name: “Ann” here, “Anne” there; and 2 more changes"_s);
    }

    void publicationsByFolderAndProjectName()
    {
        const auto source = snapshot(
            u"Test"_s, {{Part::Projects, {parse(R"({"id":"p1","name":"Motor Claim"})")}},
                        {Part::PublishFolders, {parse(R"({"id":"f1","name":"Customer Forms"})")}},
                        {Part::PublishedProjects,
                         {parse(R"({"id":"a1","projectId":"p1","folderId":"f1","projectName":"x",
                                                      "projectVersion":"3.2","options":{"allowSave":true}})")}}});
        const auto target = snapshot(
            u"Prod"_s,
            {{Part::Projects, {parse(R"({"id":"p1","name":"Motor Claim"})")}},
             {Part::PublishFolders, {parse(R"({"id":"f1","name":"Customer Forms"})")}},
             {Part::PublishedProjects, {parse(R"({"id":"b2","projectId":"p1","folderId":"f1",
                                                      "projectVersion":"3.0","options":{"allowSave":false}})")}}});
        const CompareResult r = Comparer::compare(source, target, {Part::PublishedProjects});
        QCOMPARE(
            summaries(r),
            QStringList{u"Customer Forms / Motor Claim: options › allow save here, not there"_s});
        QCOMPARE(r.parts,
                 QList<Part>{Part::PublishedProjects}); // the dependencies are read, not compared
    }

    // --- the planner

    void planOrdersWhatIsReferredToFirst()
    {
        const auto source = snapshot(
            u"Test"_s,
            {{Part::Roles,
              {parse(R"({"id":"r1","name":"Auditor","permissions":["Management console"]})")}},
             {Part::Groups, {parse(R"({"id":"g1","name":"Audit","roles":["Auditor"]})")}},
             {Part::Users, {parse(R"({"id":"u1","username":"ann","groups":["Audit"]})")}}});
        const auto target =
            snapshot(u"Prod"_s, {{Part::Roles, {}}, {Part::Groups, {}}, {Part::Users, {}}});
        const CompareResult r = compareAll(source, target);
        QList<Difference> selection = r.differences;
        std::reverse(selection.begin(), selection.end()); // ticked in any order
        const PromotionPlan plan = Planner::plan(selection, r, source, target);
        QCOMPARE(plan.steps.size(), 3);
        QCOMPARE(plan.steps.at(0).part, Part::Roles);
        QCOMPARE(plan.steps.at(1).part, Part::Groups);
        QCOMPARE(plan.steps.at(2).part, Part::Users);
        QVERIFY(
            plan.warnings.isEmpty()); // the user's group and the group's role come in the same plan
        QCOMPARE(plan.steps.at(2).action, Action::Create);
        QVERIFY(plan.steps.at(2).note.contains(u"password"_s));

        // Without the group in the plan, the user's create is still planned but said to lack it.
        const PromotionPlan alone = Planner::plan({r.differences.last()}, r, source, target);
        QCOMPARE(alone.warnings.size(), 1);
        QVERIFY(alone.warnings.first().contains(u"the group “Audit”"_s));
    }

    void deletionsNeedTheTargetsNameTyped()
    {
        const auto source = snapshot(u"Test"_s, {{Part::Users, {}}});
        const auto target = snapshot(
            u"Production"_s, {{Part::Users, {parse(R"({"id":"u1","username":"old.user"})")}}});
        const CompareResult r = compareAll(source, target);
        PromotionOptions options;
        QCOMPARE(Planner::plan(r.differences, r, source, target, options).steps.first().action,
                 Action::LeaveAlone);
        options.allowDeletes = true;
        options.deleteConfirmation = u"production"_s;
        const PromotionPlan wrong = Planner::plan(r.differences, r, source, target, options);
        QCOMPARE(wrong.steps.first().action, Action::LeaveAlone);
        QVERIFY(wrong.steps.first().note.contains(u"Production"_s));
        options.deleteConfirmation = u"Production"_s;
        const PromotionPlan right = Planner::plan(r.differences, r, source, target, options);
        QCOMPARE(right.steps.first().action, Action::Delete);
        QCOMPARE(right.steps.first().targetId, u"u1"_s);
    }

    void secretsGoOnlyWhenAsked()
    {
        const auto source = snapshot(
            u"Test"_s,
            {{Part::DataSources,
              {parse(R"({"id":"d1","name":"Db","connectionString":"a"})"),
               parse(R"({"id":"d2","name":"Xml","connectionString":"b","schema":"<x/>"})")}}});
        const auto target =
            snapshot(u"Prod"_s, {{Part::DataSources,
                                  {parse(R"({"id":"d1","name":"Db","connectionString":"z"})"),
                                   parse(R"({"id":"d2","name":"Xml","connectionString":"y"})")}}});
        const CompareResult r = compareAll(source, target);
        QCOMPARE(r.differences.size(), 2);
        PromotionPlan plan = Planner::plan(r.differences, r, source, target);
        QCOMPARE(plan.steps.size(), 2);
        QCOMPARE(plan.steps.at(0).name, u"Xml"_s); // the schema goes, the connection string stays
        QCOMPARE(plan.steps.at(0).action, Action::Update);
        QVERIFY(!plan.steps.at(0).carriesSecret);
        QCOMPARE(plan.steps.at(1).name, u"Db"_s); // only the secret differs: nothing to send
        QCOMPARE(plan.steps.at(1).action, Action::LeaveAlone);
        PromotionOptions options;
        options.includeSecrets = true;
        plan = Planner::plan(r.differences, r, source, target, options);
        QCOMPARE(plan.count(Action::Update), 2);
        QVERIFY(plan.steps.at(0).carriesSecret && plan.steps.at(1).carriesSecret);
    }

    void projectsGoBySyncPackageOrRename()
    {
        auto source = snapshot(
            u"Test"_s, {{Part::Projects,
                         {parse(R"({"id":"p1","name":"A","version":"2.0","folderName":"X"})"),
                          parse(R"({"id":"p2","name":"B2","version":"1.0"})"),
                          parse(R"({"id":"p3","name":"C","version":"1.0","folderName":"X"})"),
                          parse(R"({"id":"p4","name":"D","version":"1.0"})")}}});
        auto target = snapshot(
            u"Prod"_s, {{Part::Projects,
                         {parse(R"({"id":"p1","name":"A","version":"1.0","folderName":"X"})"),
                          parse(R"({"id":"p2","name":"B","version":"1.0"})"),
                          parse(R"({"id":"p3","name":"C","version":"1.0","folderName":"Y"})")}}});
        const CompareResult r = compareAll(source, target);
        QCOMPARE(r.differences.size(), 4);
        const PromotionPlan plan = Planner::plan(r.differences, r, source, target);
        QVERIFY(plan.warnings.isEmpty());
        // Promoting an older project over a newer one is allowed, and said.
        target.list(Part::Projects)[0].insert("version"_L1, u"2.1"_s);
        const CompareResult older = compareAll(source, target);
        const PromotionPlan downgrade = Planner::plan(older.differences, older, source, target);
        QCOMPARE(downgrade.warnings,
                 QStringList{u"the project “A” is newer on the target: promoting replaces it with "
                             "the source's older one"_s});
        QHash<QString, PlanStep> byName;
        for (const PlanStep &s : plan.steps)
            byName.insert(s.name, s);
        QCOMPARE(byName.value(u"A"_s).mechanism, Mechanism::SyncPackage);
        QCOMPARE(byName.value(u"A"_s).action, Action::Update);
        QCOMPARE(byName.value(u"B2"_s).action, Action::Rename);
        QCOMPARE(byName.value(u"C"_s).action, Action::LeaveAlone); // the API cannot move a project
        QCOMPARE(byName.value(u"D"_s).action, Action::Create);
        QCOMPARE(byName.value(u"D"_s).mechanism, Mechanism::SyncPackage);
        QVERIFY(byName.value(u"B2"_s).stage >
                byName.value(u"A"_s).stage); // renames after the package
        QVERIFY(plan.describe().join(u'\n').contains(u"In one sync package"_s));
    }

    void childFoldersWaitForTheirParents()
    {
        const auto source =
            snapshot(u"Test"_s, {{Part::PublishFolders,
                                  {parse(R"({"id":"c","name":"Child","parentId":"p"})"),
                                   parse(R"({"id":"p","name":"Parent","parentId":null})")}}});
        const auto target = snapshot(u"Prod"_s, {{Part::PublishFolders, {}}});
        const CompareResult r = compareAll(source, target);
        const PromotionPlan both = Planner::plan(r.differences, r, source, target);
        QCOMPARE(both.steps.at(0).name, u"Parent"_s);
        QCOMPARE(both.steps.at(1).name, u"Parent / Child"_s);
        QVERIFY(both.steps.at(0).stage < both.steps.at(1).stage);
        const Difference child = r.differences.first().name == "Parent / Child"_L1
                                     ? r.differences.first()
                                     : r.differences.last();
        const PromotionPlan alone = Planner::plan({child}, r, source, target);
        QCOMPARE(alone.steps.first().action, Action::LeaveAlone);
        QVERIFY(alone.steps.first().note.contains(u"parent folder"_s));
    }

    // --- the bodies sent

    void updateBodyIsTheTargetsObjectWithTheSourcesFields()
    {
        const QJsonObject source =
            parse(R"({"Id":"d1","Name":"Db","ConnectionString":"source secret","Schema":"<a/>",
                                             "Credentials":{"Method":"Basic","Password":"pw-source"}})");
        const QJsonObject fresh =
            parse(R"({"id":"d1","name":"Db","connectionString":"target secret","schema":"<b/>",
                                            "defaultData":"<d/>","credentials":{"method":"None","password":"pw-target"}})");
        TargetIds ids;
        PromotionBodies::Context ctx{&ids, false, nullptr};
        QJsonObject body = *PromotionBodies::updateBody(Part::DataSources, source, fresh, ctx);
        QCOMPARE(body.value("schema"_L1).toString(), u"<a/>"_s);
        QCOMPARE(body.value("connectionString"_L1).toString(), u"target secret"_s);
        QCOMPARE(body.value("credentials"_L1).toObject().value("method"_L1).toString(), u"Basic"_s);
        QCOMPARE(body.value("credentials"_L1).toObject().value("password"_L1).toString(),
                 u"pw-target"_s);
        QCOMPARE(body.value("defaultData"_L1).toString(),
                 u"<d/>"_s); // kept: the whole object goes back
        QVERIFY(!body.contains("id"_L1) && !body.contains("Schema"_L1));
        ctx.includeSecrets = true;
        body = *PromotionBodies::updateBody(Part::DataSources, source, fresh, ctx);
        QCOMPARE(body.value("connectionString"_L1).toString(), u"source secret"_s);
        QCOMPARE(body.value("credentials"_L1).toObject().value("password"_L1).toString(),
                 u"pw-source"_s);
    }

    void createBodyPointsReferencesAtTheTarget()
    {
        const QJsonObject publication =
            parse(R"({"id":"a1","projectId":"p1","folderId":"f1","layoutId":null,"projectName":"x",
                                                  "options":{"allowSave":true}})");
        TargetIds ids;
        QString error;
        PromotionBodies::Context ctx{&ids, false, &error};
        QVERIFY(!PromotionBodies::createBody(Part::PublishedProjects, publication, ctx));
        QVERIFY(error.contains(u"project"_s));
        ids[size_t(Part::Projects)].insert(u"p1"_s, u"p1"_s);
        ids[size_t(Part::PublishFolders)].insert(u"f1"_s, u"f9"_s);
        const QJsonObject body =
            *PromotionBodies::createBody(Part::PublishedProjects, publication, ctx);
        QCOMPARE(body.value("folderId"_L1).toString(), u"f9"_s);
        QCOMPARE(body.value("projectId"_L1).toString(), u"p1"_s);
        QCOMPARE(body.value("id"_L1).toString(), u"a1"_s); // offered, so links to it keep working
        QVERIFY(body.value("layoutId"_L1).isNull());
        QVERIFY(!body.contains("projectName"_L1));

        // Users are written in their documented shape, without an id or a password.
        const QJsonObject user = *PromotionBodies::createBody(
            Part::Users, parse(R"({"Id":"u1","UserName":"ann","Groups":["A"],"LockedOut":true})"),
            ctx);
        QCOMPARE(user.value("username"_L1).toString(), u"ann"_s);
        QVERIFY(!user.contains("id"_L1) && !user.contains("password"_L1));
        QCOMPARE(user.value("lockedOut"_L1).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(CompareEngineTest)
#include "tst_compare_engine.moc"
