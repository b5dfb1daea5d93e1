// Seeded Produce side: workflows in several states assigned to users and groups, answer files
// and in-progress forms of the two named accounts, results of earlier runs.
#include "sim/SimProjects.h"
#include "sim/SimSeedParts.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace infiniti::sim::seed {

void seedProduce(Context &c)
{
    SimStore &store = c.store;
    auto &rng = c.rng;
    // Workflows in several states, assigned to users and groups; answer files and in-progress
    // forms of the two named accounts; project results of past runs.
    {
        const QStringList stateSets[] = {{S("Lodge"), S("Assess"), S("Approve"), S("Settle")},
                                         {S("Draft"), S("Review"), S("Sign off")},
                                         {S("Submit"), S("Underwrite"), S("Issue")}};
        const QStringList groupsForTasks = {S("Claims"), S("Underwriting"), S("Customer Service"),
                                            kEveryone};
        QStringList people = {S("enduser"), S("admin")};
        for (int i = 0; i < store.userCount() && people.size() < 8; i += 11)
            people << store.userAt(i)->username;
        const auto &published = store.documents(SimProjects::kPublished);
        const QDateTime start(QDate(2025, 9, 1), QTime(8, 30), Qt::UTC);
        for (int i = 0; i < 40 && !published.empty(); ++i) {
            const QJsonObject &pub = published[size_t(i) % published.size()];
            const QJsonObject *project =
                SimProjects::project(store, pub.value("projectId"_L1).toString());
            const QStringList &states = stateSets[i % 3];
            const int at = int(rng.bounded(quint32(states.size())));
            const quint32 roll = rng.bounded(10u);
            // The first ones stay in progress, so both named accounts always have tasks.
            const QString status = i < 8 || roll < 6 ? S("InProgress")
                                   : roll < 9        ? S("Completed")
                                                     : S("Aborted");
            const bool toGroup = i % 3 == 1;
            const QString to = toGroup ? groupsForTasks.at(i % groupsForTasks.size())
                                       : people.at(i % people.size());
            const QDateTime started = start.addDays(int(rng.bounded(60u))).addSecs(i * 1800);
            QJsonArray stateArray;
            for (const auto &s : states)
                stateArray.append(s);
            store.documents(u"workflows"_s)
                .push_back(QJsonObject{
                    {"id"_L1, c.id()},
                    {"projectId"_L1, pub.value("projectId"_L1)},
                    {"projectName"_L1, project ? project->value("name"_L1) : QJsonValue(QString())},
                    {"publishId"_L1, pub.value("id"_L1)},
                    {"states"_L1, stateArray},
                    {"stateIndex"_L1, at},
                    {"stateName"_L1, states.at(at)},
                    {"status"_L1, status},
                    {"assignedTo"_L1, to},
                    {"assignedType"_L1, toGroup ? S("Group") : S("User")},
                    {"assignedBy"_L1, people.at((i + 1) % people.size())},
                    {"assignedDateTime"_L1, started.addDays(at).toString(Qt::ISODateWithMs)},
                    {"startedUtc"_L1, started.toString(Qt::ISODateWithMs)},
                    {"dueUtc"_L1, started.addDays(14).toString(Qt::ISODateWithMs)},
                    {"lockedBy"_L1, toGroup && i % 2 ? QJsonValue(people.at(i % people.size()))
                                                     : QJsonValue(QJsonValue::Null)},
                    {"comment"_L1, i % 4 == 0 ? S("Please check the attached photos.") : QString()},
                    {"allowCancellation"_L1, i % 2 == 0},
                    {"allowReassign"_L1, i % 5 != 0}});
        }
        // Answer files and in-progress forms.
        for (const char *owner : {"enduser", "admin"}) {
            const SimStore::User *user = store.userByName(S(owner));
            if (!user)
                continue;
            for (int i = 0; i < 6 && !published.empty(); ++i) {
                const QJsonObject &pub =
                    published[size_t(i * 3 + (owner[0] == 'a')) % published.size()];
                const QJsonObject *project =
                    SimProjects::project(store, pub.value("projectId"_L1).toString());
                const QString projectName =
                    project ? project->value("name"_L1).toString() : QString();
                const QString when = start.addDays(i * 5).toString(Qt::ISODateWithMs);
                const QString xml =
                    QStringLiteral("<AnswerFile><HeaderInfo><TemplateInfo TemplateGroupId=\"%1\" "
                                   "RunId=\"%2\" FirstLaunchTimeUtc=\"%3\" />"
                                   "<UserInfo UserId=\"%4\" /></HeaderInfo><ProvidedData><Data "
                                   "Id=\"00000000-0000-0000-0000-000000000000\">"
                                   "<![CDATA[<data><customerName>Olivia "
                                   "Smith</customerName><policyNumber>P-%5</policyNumber></data>]]>"
                                   "</Data></ProvidedData></AnswerFile>")
                        .arg(pub.value("id"_L1).toString(), c.id(), when, user->id)
                        .arg(100200 + i);
                const QString collection = i % 2 ? S("inProgressAnswerFiles") : S("answerFiles");
                store.documents(collection)
                    .push_back(
                        QJsonObject{{"id"_L1, c.id()},
                                    {"userId"_L1, user->id},
                                    {"publishId"_L1, pub.value("id"_L1)},
                                    {"projectName"_L1, projectName},
                                    {"description"_L1,
                                     u"%1 — %2"_s.arg(projectName,
                                                      i % 2 ? S("half done") : S("saved answers"))},
                                    {"runDate"_L1, when},
                                    {"modifiedUtc"_L1, when},
                                    {"answerXml"_L1, xml}});
            }
        }
        // Results of earlier runs.
        for (int i = 0; i < 60 && !published.empty(); ++i) {
            const QJsonObject &pub = published[size_t(i) % published.size()];
            const QJsonObject *project =
                SimProjects::project(store, pub.value("projectId"_L1).toString());
            const QDateTime when = start.addDays(-int(rng.bounded(90u))).addSecs(i * 600);
            const QString runId = c.id();
            store.documents(u"projectResults"_s)
                .push_back(QJsonObject{
                    {"id"_L1, runId},
                    {"runId"_L1, runId},
                    {"projectId"_L1, pub.value("projectId"_L1)},
                    {"publishId"_L1, pub.value("id"_L1)},
                    {"projectName"_L1, project ? project->value("name"_L1) : QJsonValue(QString())},
                    {"version"_L1, project ? project->value("version"_L1) : QJsonValue(QString())},
                    {"user"_L1, people.at(i % people.size())},
                    {"startedUtc"_L1, when.toString(Qt::ISODateWithMs)},
                    {"finishedUtc"_L1,
                     i % 7 == 3 ? QJsonValue(QJsonValue::Null)
                                : QJsonValue(when.addSecs(240).toString(Qt::ISODateWithMs))},
                    {"state"_L1, i % 7 == 3 ? S("InProgress") : S("Completed")}});
        }
    }
}

} // namespace infiniti::sim::seed
