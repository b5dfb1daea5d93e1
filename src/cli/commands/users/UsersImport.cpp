#include "cli/commands/users/UsersImport.h"

#include "api/endpoints/CrudRequests.h"
#include "api/ListPageJob.h"
#include "api/Session.h"
#include "api/UserImport.h"
#include "cli/core/OutputStream.h"

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

namespace {
constexpr int kImportPageSize = 500;
}

bool UsersImport::prepare()
{
    const auto csv = readOrFail(options().operands.value(0));
    if (!csv)
        return false;
    m_csv = *csv;
    return true;
}

void UsersImport::run()
{
    fetchNames(0);
}

void UsersImport::fetchNames(int which)
{
    if (which == 2) {
        import();
        return;
    }
    if (!m_cursor) {
        const ApiRequest first =
            which == 0 ? CrudRequests::list("groups", 0, kImportPageSize, tr("list groups"))
                       : CrudRequests::list("roles", 0, kImportPageSize, tr("list roles"));
        m_cursor = std::make_unique<PageCursor>(first, kImportPageSize);
    }
    auto *job = new ListPageJob(session(), m_cursor->current(),
                                which == 0 ? "groups"_L1 : "roles"_L1, this);
    sendOrFail(job, [this, which](ListPageJob *job) {
        m_names[which] += job->names();
        if (!advanceOrFail(*m_cursor, *job))
            return;
        if (m_cursor->atEnd()) {
            m_cursor.reset();
            fetchNames(which + 1);
        } else {
            fetchNames(which);
        }
    });
}

void UsersImport::import()
{
    const QString path = options().operands.value(0);
    auto *import = new UserImport(this);
    QString error;
    if (!import->load(m_csv, m_names[0], m_names[1], &error)) {
        failUsage(tr("%1: %2").arg(path, error));
        return;
    }
    for (const auto &row : import->rows()) {
        if (!row.valid())
            err() << tr("line %1: %2").arg(row.line).arg(row.problems.join(u"; "_s)) << '\n';
    }
    connect(import, &UserImport::finished, this, [this, import] {
        out().write(import->report(options().csv));
        int rejected = 0, failed = 0, done = 0;
        for (const auto &row : import->rows()) {
            rejected += row.valid() ? 0 : 1;
            failed += row.error.isError() ? 1 : 0;
            done += row.done ? 1 : 0;
        }
        if (options().dryRun) {
            err() << tr("Dry run: %Ln row(s) valid,", nullptr, import->validCount()) << ' '
                  << tr("%Ln rejected; nothing was changed.", nullptr, rejected) << '\n';
        } else {
            err() << tr("%Ln imported,", nullptr, done) << ' '
                  << tr("%Ln rejected,", nullptr, rejected) << ' '
                  << tr("%Ln failed.", nullptr, failed) << '\n';
        }
        finish(rejected + failed == 0 ? Ok : RequestRejected);
    });
    import->run(session(), options().dryRun);
}

} // namespace infiniti::ctl
