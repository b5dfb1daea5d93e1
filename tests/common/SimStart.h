#pragma once

#include "sim/SimServer.h"

#include <memory>

namespace infiniti::test {

// An emulator started on a free loopback port; fatal when it does not start.
inline std::unique_ptr<sim::SimServer> startSim(sim::SimOptions options)
{
    auto server = std::make_unique<sim::SimServer>(std::move(options));
    QString error;
    if (!server->start(&error))
        qFatal("emulator did not start: %s", qPrintable(error));
    return server;
}

} // namespace infiniti::test
