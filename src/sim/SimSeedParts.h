#pragma once

// The seeders of seedStore(), one per area (SimSeed*.cpp). Not part of the emulator's interface.
#include "sim/SimSeed.h"

#include <QJsonObject>
#include <QRandomGenerator>

namespace infiniti::sim::seed {

// What the seeders share: the store, and one random sequence that each draws from in turn, in
// seedStore()'s order — so the same seed gives the same data.
struct Context
{
    SimStore &store;
    const SeedOptions &options;
    QRandomGenerator rng;

    // A GUID made from the sequence.
    QString id();
    // Stores `o` in `collection` with a new id, and returns the id.
    QString add(const QString &collection, QJsonObject o);
};

inline QString S(const char *s)
{
    return QString::fromUtf8(s);
}

// Names several areas use.
inline const QString kEveryone = QStringLiteral("Infiniti Users"); // the system group of every user
inline const QString kOrganisation = QStringLiteral("Example Insurance Ltd");
inline const QString kContentFolders = QStringLiteral("contentfolders");
inline const QString kPublishFolders = QStringLiteral("publishfolders");

void seedPeople(Context &c); // roles, groups, users (SimSeedPeople.cpp)
void seedSettings(
    Context &c); // custom fields, connectors, templates, folders (SimSeedSettings.cpp)
void seedDataSources(Context &c); // data sources and their data objects (SimSeedSettings.cpp)
void seedLibrary(Context &c);     // content library items and their versions (SimSeedLibrary.cpp)
void seedProjects(Context &c);    // projects, their versions and publications (SimSeedProjects.cpp)
void seedProduce(
    Context &c); // workflows, answer files, in-progress forms, results (SimSeedProduce.cpp)

} // namespace infiniti::sim::seed
