#pragma once

// The comparison scenario of issue #18, shared by tests/compare/tst_compare_servers and
// tests/cli/tst_ctl_diff: two emulators seeded alike, then six changes — on the source a new
// version of "Motor Claim"; on the target "Home Claim" renamed, "Company logo" with another
// file, a user moved to another group, "Designer" with another permission, "Claim received"
// with another text. The target is changed through its API as a client would, and in a way
// both emulator profiles take: each object read fresh and sent back whole, in the casing the
// server answered in (the strict profile's PATCH replaces the object, and refuses a key sent
// in two casings).
#include "api/Session.h"
#include "sim/SimProjects.h"
#include "SimFixture.h"
#include "TestRequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace infiniti::test::scenario {

using namespace Qt::StringLiterals;

// One request, fatal when it fails; the answer's JSON object (empty for 201/204 without one).
inline QJsonObject call(Session *session, const QByteArray &method, const QByteArray &path,
                        const QJsonObject &payload = {})
{
    DownloadJob *job = sendRequest(
        session, method, path,
        payload.isEmpty() ? QByteArray() : QJsonDocument(payload).toJson(QJsonDocument::Compact),
        nullptr);
    const bool ok = job->succeeded();
    const QJsonObject answer = job->json().object();
    const QString why = job->error().details();
    delete job;
    if (!ok)
        qFatal("%s %s failed: %s", method.constData(), path.constData(), qPrintable(why));
    return answer;
}

// The id of the stored object of `collection` whose `key` is `name` (fatal when none).
inline QString idNamed(sim::SimServer &server, const QString &collection, const QString &name,
                       const QString &key = u"name"_s)
{
    const QString id = storedDocument(server, collection, key, name).value("id"_L1).toString();
    if (id.isEmpty())
        qFatal("no %s named %s", qPrintable(collection), qPrintable(name));
    return id;
}

// Reads `path` fresh, sets `changes` and PATCHes the whole object back. Each change replaces
// its key in whatever casing the server sent it (a new key takes the object's casing); its value
// goes in the documented camelCase shape (the strict profile answers a template's translations
// as {"Language", "Text"} but takes only {"language", "text"}).
inline void patchWhole(Session *session, const QByteArray &path, const QJsonObject &changes)
{
    QJsonObject fresh = call(session, "GET", path);
    const QStringList freshKeys = fresh.keys();
    const bool pascal = std::any_of(freshKeys.begin(), freshKeys.end(), [](const QString &k) {
        return !k.isEmpty() && k.front().isUpper();
    });
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QStringList keys = fresh.keys();
        for (const QString &k : keys) {
            if (k.compare(it.key(), Qt::CaseInsensitive) == 0)
                fresh.remove(k);
        }
        QString key = it.key();
        key[0] = pascal ? key[0].toUpper() : key[0].toLower();
        fresh.insert(key, it.value());
    }
    call(session, "PATCH", path, fresh);
}

// The six changes. `targetSession` is signed in to `target`. Returns the username of the user
// moved to another group.
inline QString changeServers(sim::SimServer &source, sim::SimServer &target, Session *targetSession)
{
    // A new version of a project on the source (a designer saved it there).
    {
        sim::SimStore &store = source.store();
        QJsonObject *project =
            sim::SimProjects::project(store, idNamed(source, u"projects"_s, u"Motor Claim"_s));
        const QJsonObject *current = sim::SimProjects::version(
            store, project->value("id"_L1).toString(), project->value("version"_L1).toString());
        QJsonArray documents = current->value("documents"_L1).toArray();
        QJsonObject document = documents.at(0).toObject();
        document.insert("base64"_L1,
                        QString::fromLatin1(sim::SimProjects::templateDocx(u"Motor Claim"_s,
                                                                           {u"customerName"_s}, 42)
                                                .toBase64()));
        documents.replace(0, document);
        sim::SimProjects::addVersion(store, *project,
                                     {current->value("definition"_L1).toString(),
                                      documents,
                                      u"New wording"_s,
                                      u"admin"_s,
                                      {}},
                                     false);
    }
    Session *t = targetSession;
    // A project renamed on the target.
    patchWhole(t, "projects/" + idNamed(target, u"projects"_s, u"Home Claim"_s).toUtf8(),
               {{"name"_L1, u"Home Claims"_s}});
    // A library item with a new file on the target.
    patchWhole(t,
               "contentlibrary/" +
                   idNamed(target, u"contentLibraryItems"_s, u"Company logo"_s).toUtf8(),
               {{"extension"_L1, u".png"_s},
                {"binary"_L1, QString::fromLatin1(QByteArray("not the logo").toBase64())}});
    // A user moved to another group on the target.
    const sim::SimStore::User *user = target.store().userAt(10);
    const QString username = user->username;
    QStringList groups = user->groups;
    const QString moveTo = groups.contains(u"Legal"_s) ? u"Marketing"_s : u"Legal"_s;
    patchWhole(t, "users/" + user->id.toUtf8(),
               {{"groups"_L1, QJsonArray{u"Infiniti Users"_s, moveTo}}});
    // A role with another permission on the target.
    patchWhole(t, "roles/" + target.store().roleByName(u"Designer"_s)->id.toUtf8(),
               {{"permissions"_L1, QJsonArray{u"Management console"_s, u"Design projects"_s}}});
    // A communication template with another text on the target.
    patchWhole(t,
               "communicationTemplates/" +
                   idNamed(target, u"communicationTemplates"_s, u"Claim received"_s).toUtf8(),
               {{"translations"_L1,
                 QJsonArray{QJsonObject{{"language"_L1, QString()},
                                        {"text"_L1, u"Thanks, we have your claim."_s}}}}});
    return username;
}

// The keys of the six differences (Difference::key).
inline QStringList expectedKeys(const QString &username)
{
    QStringList k = {u"communicationTemplates:claim received"_s,
                     u"libraryItems:company logo"_s,
                     u"projects:home claim"_s,
                     u"projects:motor claim"_s,
                     u"roles:designer"_s,
                     u"users:"_s + username.toLower()};
    std::sort(k.begin(), k.end());
    return k;
}

} // namespace infiniti::test::scenario
