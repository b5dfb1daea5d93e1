#include "compare/CompareParts.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace infiniti::compare {

namespace {
struct PartInfo
{
    Part part;
    const char *id;
    const char *title;
    const char *path;
    const char *envelope;
    Matching matching;
};

// Users, groups, roles and custom fields are referred to by name everywhere (a user's groups,
// a group's roles, a folder's groups, a user's custom fields), and each server makes its own
// ids for them: the name is what makes two of them the same. The rest travel in sync packages
// with their ids, and projects, publications and data objects refer to them by id.
const PartInfo kParts[kPartCount] = {
    {Part::Roles, "roles", QT_TRANSLATE_NOOP("infiniti::compare", "Roles"), "roles", "roles",
     Matching::ByName},
    {Part::Groups, "groups", QT_TRANSLATE_NOOP("infiniti::compare", "Groups"), "groups", "groups",
     Matching::ByName},
    {Part::CustomFields, "customFields", QT_TRANSLATE_NOOP("infiniti::compare", "Custom fields"),
     "customFields", "customFields", Matching::ByName},
    {Part::Users, "users", QT_TRANSLATE_NOOP("infiniti::compare", "Users"), "users", "users",
     Matching::ByName},
    {Part::ContentFolders, "contentFolders",
     QT_TRANSLATE_NOOP("infiniti::compare", "Content folders"), "contentfolders", "contentFolders",
     Matching::ByIdThenName},
    {Part::PublishFolders, "publishFolders",
     QT_TRANSLATE_NOOP("infiniti::compare", "Publish folders"), "publishfolders", "publishFolders",
     Matching::ByIdThenName},
    {Part::ConnectorSettings, "connectorSettings",
     QT_TRANSLATE_NOOP("infiniti::compare", "Connector settings"), "connectorSettings",
     "connectorSettings", Matching::ByIdThenName},
    {Part::CommunicationTemplates, "communicationTemplates",
     QT_TRANSLATE_NOOP("infiniti::compare", "Communication templates"), "communicationTemplates",
     "communicationTemplates", Matching::ByIdThenName},
    {Part::DataSources, "dataSources", QT_TRANSLATE_NOOP("infiniti::compare", "Data sources"),
     "datasources", "dataSources", Matching::ByIdThenName},
    {Part::DataObjects, "dataObjects", QT_TRANSLATE_NOOP("infiniti::compare", "Data objects"),
     "dataobjects", "dataObjects", Matching::ByIdThenName},
    {Part::LibraryItems, "libraryItems", QT_TRANSLATE_NOOP("infiniti::compare", "Content library"),
     "contentlibrary", "contentLibraryItems", Matching::ByIdThenName},
    {Part::Projects, "projects", QT_TRANSLATE_NOOP("infiniti::compare", "Projects"), "projects",
     "projects", Matching::ByIdThenName},
    {Part::PublishedProjects, "publishedProjects",
     QT_TRANSLATE_NOOP("infiniti::compare", "Published projects"), "publishedprojects",
     "publishedProjects", Matching::ByIdThenName},
};

const PartInfo &info(Part part)
{
    return kParts[int(part)];
}
} // namespace

QList<Part> allParts()
{
    QList<Part> out;
    for (const auto &p : kParts)
        out << p.part;
    return out;
}

QString partId(Part part)
{
    return QString::fromLatin1(info(part).id);
}

std::optional<Part> partFromId(const QString &id)
{
    for (const auto &p : kParts) {
        if (id.compare(QLatin1StringView(p.id), Qt::CaseInsensitive) == 0)
            return p.part;
    }
    return std::nullopt;
}

QString partTitle(Part part)
{
    return QCoreApplication::translate("infiniti::compare", info(part).title);
}

Matching matchingOf(Part part)
{
    return info(part).matching;
}

QList<Part> partDependencies(Part part)
{
    switch (part) {
    case Part::DataObjects:
        return {Part::DataSources};
    case Part::Projects:
        return {Part::ContentFolders};
    case Part::PublishedProjects:
        return {Part::Projects, Part::PublishFolders};
    default:
        return {};
    }
}

QList<Part> withDependencies(const QList<Part> &parts)
{
    bool wanted[kPartCount] = {};
    QList<Part> todo = parts;
    while (!todo.isEmpty()) {
        const Part p = todo.takeLast();
        if (wanted[int(p)])
            continue;
        wanted[int(p)] = true;
        todo << partDependencies(p);
    }
    QList<Part> out;
    for (int i = 0; i < kPartCount; ++i) {
        if (wanted[i])
            out << Part(i);
    }
    return out;
}

QByteArray listPath(Part part)
{
    return QByteArray(info(part).path);
}

QLatin1StringView envelopeName(Part part)
{
    return QLatin1StringView(info(part).envelope);
}

} // namespace infiniti::compare
