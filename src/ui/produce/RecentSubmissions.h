#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace infiniti {

class Session;

// The generations started in this console session, most recent first, so that their outputs
// are found again without an id typed by hand (Outputs of a submission…). Kept with the Session
// they ran on (its child), forgotten with it; nothing is stored on disk.
class RecentSubmissions : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QString operationId;
        QString form; // as the generate dialog named it
        QDateTime started;
        QString status; // the operation's, as the server last said it
    };
    // The list of `session`, made on first use.
    static RecentSubmissions *of(Session *session);
    const QList<Entry> &entries() const { return m_entries; }
    void add(const QString &operationId, const QString &form);
    void setStatus(const QString &operationId, const QString &status);

signals:
    void changed();

private:
    explicit RecentSubmissions(Session *session);
    QList<Entry> m_entries;
};

} // namespace infiniti
