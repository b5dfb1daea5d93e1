#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <optional>

namespace infiniti::compare {

// The parts of a server a release is made of, in the order a promotion creates them: what is
// referred to comes before what refers to it (roles before groups before users, folders before
// projects, projects before their publications). Deletions run in the reverse order.
enum class Part {
    Roles,
    Groups,
    CustomFields,
    Users,
    ContentFolders,
    PublishFolders,
    ConnectorSettings,
    CommunicationTemplates,
    DataSources,
    DataObjects,
    LibraryItems,
    Projects,
    PublishedProjects,
};
inline constexpr int kPartCount = 13;

// How the objects of a part are paired between two servers (docs/COMPARE.md).
enum class Matching {
    ByName,       // the name is the identity: every reference to it is by name (contract 1.3)
    ByIdThenName, // ids travel with sync packages and references use them; a name is the fallback
};

QList<Part> allParts();
// "users", "libraryItems"…: stable names for the CLI's --part and the JSON export.
QString partId(Part part);
std::optional<Part> partFromId(const QString &id);
// "Users", "Content library"… (translated).
QString partTitle(Part part);
Matching matchingOf(Part part);
// The parts that must be read too to describe this one (the names its references point to).
QList<Part> partDependencies(Part part);
// `parts` with their dependencies, in Part order, each once.
QList<Part> withDependencies(const QList<Part> &parts);

// Where a part is listed (admin module) and the name of its list envelope (contract 9.2).
// Data objects are listed per data source: "datasources/{id}/dataobjects".
QByteArray listPath(Part part);
QLatin1StringView envelopeName(Part part);

} // namespace infiniti::compare
