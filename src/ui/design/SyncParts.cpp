#include "ui/design/SyncParts.h"

#include "api/endpoints/ProjectsEndpoints.h"

#include <QCoreApplication>
#include <QHash>

namespace infiniti {

// The parts a package can hold, in the words an administrator knows them by.
QString SyncParts::title(const QString &part)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("projects"), QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Projects")},
        {QStringLiteral("projectFragments"), QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Project fragments")},
        {QStringLiteral("contentLibraryItems"), QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Content library items")},
        {QStringLiteral("dataSources"), QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Data sources")},
        {QStringLiteral("connectionStrings"), QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Connection strings")},
        {QStringLiteral("defaultData"), QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Default data")},
        {QStringLiteral("dataObjects"), QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Data objects")},
        {QStringLiteral("contentFolders"), QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Content folders")},
        {QStringLiteral("publishedProjects"), QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Published projects")},
        {QStringLiteral("publishFolders"), QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Publish folders")},
        {QStringLiteral("users"), QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Users")},
        {QStringLiteral("groups"), QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Groups")},
        {QStringLiteral("roles"), QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Roles")},
        {QStringLiteral("customFields"), QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Custom fields")},
        {QStringLiteral("connectorSettings"), QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Connector settings")}};
    const char *title = titles.value(part);
    return title ? QCoreApplication::translate("infiniti::SyncDialogs", title) : part;
}

// "12 projects, 3 content library items, …" for what a package holds.
QString SyncParts::contentsOf(const QJsonObject &pack)
{
    QStringList counts;
    for (const auto &[part, n] : ProjectsEndpoints::syncContents(pack))
        counts << QStringLiteral("%1: %2").arg(title(part)).arg(n);
    return counts.join(QStringLiteral(", "));
}

} // namespace infiniti
