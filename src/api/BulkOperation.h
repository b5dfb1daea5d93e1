#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "api/FreshUpdateJob.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

namespace infiniti {

class ApiJob;
class Session;

// Runs many independent requests (delete 40 users, disable 12…) one after another, reporting
// progress and each item's outcome; cancel() stops after aborting the request in flight.
class BulkOperation : public QObject
{
    Q_OBJECT
public:
    struct Item
    {
        QString id;    // what the caller knows the item by
        QString label; // shown in the summary, e.g. the username
        ApiRequest request;
        // An update: `request` reads the entity fresh and `edit` makes the whole update from it
        // (FreshUpdateJob) — never from a list's copy, which a replacing server would take as
        // the whole entity. nullopt from `edit`: already so, nothing is sent.
        FreshUpdateJob::Edit edit = {};
    };
    struct Outcome
    {
        Item item;
        ApiError error; // none: it worked
        QJsonObject answer;
    };

    BulkOperation(Session *session, QList<Item> items, QObject *parent = nullptr);
    void start();
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    const QList<Outcome> &outcomes() const { return m_outcomes; }
    int failures() const;

signals:
    void progress(int done, int total);
    void itemFinished(const infiniti::BulkOperation::Outcome &outcome);
    void finished();

private:
    void next();

    QPointer<Session> m_session;
    QList<Item> m_items;
    QList<Outcome> m_outcomes;
    QPointer<QObject> m_job;
    std::function<void()> m_abort;
    int m_index = 0;
    bool m_cancelled = false;
};

} // namespace infiniti
