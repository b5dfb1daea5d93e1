#pragma once

#include "SimStart.h"

#include "api/LoginJob.h"
#include "api/Profile.h"
#include "api/Session.h"
#include "RunJob.h"
#include "sim/SimServer.h"

#include <QJsonObject>
#include <QTest>

#include <algorithm>

namespace infiniti::test {

// A session signed in to any server (admin unless told otherwise); fatal when that fails.
inline std::unique_ptr<Session> signedInSession(const Profile &profile,
                                                const QString &user = QStringLiteral("admin"),
                                                const QString &password = QStringLiteral("admin"))
{
    auto session = std::make_unique<Session>(profile);
    LoginJob login(session.get(), ApiModule::Admin, user, password);
    if (!runJob(&login) || !login.succeeded())
        qFatal("could not sign in: %s", qPrintable(login.error().details()));
    session->setToken(login.result().token, login.result().userName, login.result().userId);
    return session;
}

// The first stored document of `collection` whose `key` is `value` (empty when none).
inline QJsonObject storedDocument(sim::SimServer &server, const QString &collection,
                                  const QString &key, const QString &value)
{
    for (const auto &o : server.store().documents(collection)) {
        if (o.value(key).toString() == value)
            return o;
    }
    return {};
}

// The emulator's options for a test. Its profile comes from INFINITI_SIM_PROFILE, read here and
// nowhere else: "strict" is the strict vendor profile (contract 9.1a), "default" or nothing the
// default one. tests/CMakeLists.txt registers every integration test once per profile.
inline sim::SimOptions simOptions(int users = 50, int seed = 1)
{
    sim::SimOptions options;
    options.seed.users = users;
    options.seed.seed = quint32(seed);
    const QByteArray profile = qgetenv("INFINITI_SIM_PROFILE");
    if (profile == "strict")
        options.strict = true;
    else if (!profile.isEmpty() && profile != "default")
        qFatal("INFINITI_SIM_PROFILE is \"%s\": use strict or default", profile.constData());
    return options;
}

// Whether the tests run against the strict vendor profile (INFINITI_SIM_PROFILE=strict).
inline bool strictProfile()
{
    return simOptions().strict;
}

// How many items one page holds when `asked` are asked for: the strict profile caps every page
// (docs/EMULATOR.md), the default one gives up to 1,000.
inline int pageRows(int asked)
{
    const sim::SimOptions options = simOptions();
    return std::min(asked, options.strict ? options.pageCap : 1000);
}

// How many users the console's first page shows: its page of 100 from the default profile,
// the strict profile's page cap (the view asks for more only when scrolled).
inline int firstPageRows()
{
    const sim::SimOptions options = simOptions();
    return options.strict ? options.pageCap : 100;
}

// An emulator on an ephemeral loopback port in the test's own thread.
struct SimFixture
{
    std::unique_ptr<sim::SimServer> server;

    explicit SimFixture(int users = 50, int seed = 1)
        : SimFixture(simOptions(users, seed))
    {
    }
    // With options of the test's own (a profile flag beyond INFINITI_SIM_PROFILE's).
    explicit SimFixture(sim::SimOptions options) { server = startSim(std::move(options)); }

    // A session signed in to the emulator (admin unless told otherwise).
    std::unique_ptr<Session>
    signedInSession(const QString &user = QStringLiteral("admin"),
                    const QString &password = QStringLiteral("admin")) const
    {
        return test::signedInSession(profile(), user, password);
    }

    Profile profile() const
    {
        Profile p;
        p.name = QStringLiteral("test");
        p.manageUrl = server->baseUrl();
        return p;
    }
};

} // namespace infiniti::test
