#pragma once

#include "api/PageCursor.h"
#include "cli/core/Command.h"

#include <QJsonObject>
#include <QSet>

#include <memory>

namespace infiniti::ctl {

// `projects export --all DIR`: a backup. Every page of the project list first (a list that
// cannot be read is an error before anything is written), then one download after another,
// each written atomically under a file name no other project of this run has. Ends with how
// many were exported and, when any could not be, how many and exit non-zero.
class ProjectsExportAll : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void run() override;

private:
    void fetchPage();
    void download(int index);
    QString uniquePath(const QString &fileName, const QString &id);

    QString m_directory;
    std::unique_ptr<PageCursor> m_cursor;
    QList<QJsonObject> m_projects;
    QSet<QString> m_written; // lower-cased: case-insensitive file systems
    int m_failures = 0;
    int m_lastFailure = Failure;
};

} // namespace infiniti::ctl
