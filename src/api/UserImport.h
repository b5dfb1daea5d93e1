#pragma once

#include "api/ApiError.h"
#include "api/dto/User.h"
#include "formats/Csv.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace infiniti {

class Session;

// Importing users from CSV (issue: "Import users from a CSV file"). The header names user
// fields (username, firstName, lastName, email, password, groups, roles, disabled, … in any
// casing; groups and roles separated by ';'; an empty cell leaves that field as it is when the
// user exists). Rows are checked first — nothing is created
// for a row that fails — then each valid row creates the user, or updates it when the
// username exists, keeping the fields the file does not mention.
class UserImport : public QObject
{
    Q_OBJECT
public:
    struct Row
    {
        int line = 0;      // 1-based line of the record in the file (the header is line 1)
        User user;         // the fields the file gives
        QStringList given; // which JSON keys the file gives for this row
        QString password;
        QStringList problems; // empty: valid
        // Known after a run (a dry run too): whether the username exists, and for an update the
        // file's keys whose value differs from the server's.
        enum class Action { None, Create, Update } action = Action::None;
        QStringList changes;
        ApiError error; // after running
        bool done = false;
        bool valid() const { return problems.isEmpty(); }
    };

    explicit UserImport(QObject *parent = nullptr);

    // Parses and checks the file against the groups and roles that exist. False: the file
    // itself cannot be read (message in `error`); otherwise rows() holds every row.
    bool load(const QByteArray &csv, const QStringList &knownGroups, const QStringList &knownRoles,
              QString *error);
    const QList<Row> &rows() const { return m_rows; }
    int validCount() const;

    // Creates or updates every valid row on the server, kRowsAtOnce rows at a time. A dry run
    // only finds out which rows would create and which would update.
    void run(Session *session, bool dryRun = false);
    void cancel();
    // One CSV line per row: line, username, action, result, message. Written as `options` say
    // (for a spreadsheet: formulas neutralised, as every CSV of ours is by default).
    QByteArray report(const Csv::WriteOptions &options) const;
    static QStringList knownColumns();
    static constexpr int kRowsAtOnce = 4;

signals:
    void progress(int done, int total);
    void finished();

private:
    void startMore();
    void startRow(int index);

    QList<Row> m_rows;
    QPointer<Session> m_session;
    int m_next = 0;      // the next row to start
    int m_running = 0;   // rows under way
    int m_dealtWith = 0; // rows finished or passed over (for progress)
    bool m_cancelled = false;
    bool m_dryRun = false;
};

} // namespace infiniti
