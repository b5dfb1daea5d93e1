#include "ui/design/SyncParts.h"

#include "api/endpoints/ProjectsEndpoints.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace infiniti {

// The parts a package can hold, in the words an administrator knows them by.
QString SyncParts::title(const QString &part)
{
    static const QHash<QString, const char *> titles = {
        {u"projects"_s, QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Projects")},
        {u"projectFragments"_s, QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Project fragments")},
        {u"contentLibraryItems"_s,
         QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Content library items")},
        {u"dataSources"_s, QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Data sources")},
        {u"connectionStrings"_s, QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Connection strings")},
        {u"defaultData"_s, QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Default data")},
        {u"dataObjects"_s, QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Data objects")},
        {u"contentFolders"_s, QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Content folders")},
        {u"publishedProjects"_s, QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Published projects")},
        {u"publishFolders"_s, QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Publish folders")},
        {u"users"_s, QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Users")},
        {u"groups"_s, QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Groups")},
        {u"roles"_s, QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Roles")},
        {u"customFields"_s, QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Custom fields")},
        {u"connectorSettings"_s, QT_TRANSLATE_NOOP("infiniti::SyncDialogs", "Connector settings")}};
    const char *title = titles.value(part);
    return title ? QCoreApplication::translate("infiniti::SyncDialogs", title) : part;
}

// "12 projects, 3 content library items, …" for what a package holds.
QString SyncParts::contentsOf(const QJsonObject &pack)
{
    QStringList counts;
    for (const auto &[part, n] : ProjectsEndpoints::syncContents(pack))
        counts << u"%1: %2"_s.arg(title(part)).arg(n);
    return counts.join(u", "_s);
}

} // namespace infiniti
