#pragma once

#include "api/PageCursor.h"
#include "cli/core/Command.h"

#include <memory>

namespace infiniti::ctl {

// `users import FILE.csv [--dry-run]`: the rows are checked against every group and role that
// exists (all pages) before anything is written; then UserImport creates or updates the valid
// ones and the report (CSV) goes to standard output. Exit 6 when any row was rejected or failed.
class UsersImport : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    bool prepare() override;
    void run() override;

private:
    void fetchNames(int which); // 0 groups, 1 roles, 2 done
    void import();

    QByteArray m_csv;
    std::unique_ptr<PageCursor> m_cursor;
    QStringList m_names[2];
};

} // namespace infiniti::ctl
