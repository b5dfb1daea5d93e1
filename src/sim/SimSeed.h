#pragma once

#include "sim/SimStore.h"

namespace infiniti::sim {

struct SeedOptions
{
    int users = 250;
    quint32 seed = 1;
    QString adminPassword = QStringLiteral("admin");
};

// The accounts every seeded emulator has (documented in docs/EMULATOR.md).
inline constexpr auto kAdminUser = "admin";
inline constexpr auto kEndUser = "enduser";
inline constexpr auto kEndUserPassword = "enduser";

// Fills an empty store with a realistic organisation, deterministically for a given seed.
void seedStore(SimStore &store, const SeedOptions &options);

} // namespace infiniti::sim
