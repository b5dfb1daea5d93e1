#pragma once

#include "Profile.h"
#include "SimServer.h"

#include <QTest>

namespace infiniti::test {

// An emulator on an ephemeral loopback port in the test's own thread.
struct SimFixture
{
    std::unique_ptr<sim::SimServer> server;

    explicit SimFixture(int users = 50, int seed = 1)
    {
        sim::SimOptions options;
        options.seed.users = users;
        options.seed.seed = quint32(seed);
        server = std::make_unique<sim::SimServer>(options);
        QString error;
        if (!server->start(&error))
            qFatal("emulator did not start: %s", qPrintable(error));
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
