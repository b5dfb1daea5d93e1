#pragma once

#include "api/BulkOperation.h"

#include <QObject>

#include <functional>

class QWidget;

namespace infiniti {

class Session;

// A bulk operation as the user follows it: a progress dialog with Cancel (shown after 400 ms),
// `itemDone` for each item the server accepted, and at the end — when something failed or the
// user cancelled — a summary box (objectName "bulkSummary") naming the first failures, the whole
// list under "Show Details". `finished(done, failed)` is called last, once.
class BulkProgress : public QObject
{
    Q_OBJECT
public:
    struct Texts
    {
        QString progress;                  // "Deleting…"
        QString doneVerb;                  // "deleted"
        std::function<QString(int)> count; // 3 → "3 users"
    };

    static void start(QWidget *parent, Session *session, const QList<BulkOperation::Item> &work,
                      Texts texts, std::function<void(const BulkOperation::Outcome &)> itemDone,
                      std::function<void(int done, int failed)> finished);

private:
    BulkProgress(QWidget *parent, Texts texts);
    void summarise(BulkOperation *operation);
    // The title of its progress and summary: the progress text without its ellipsis.
    QString title() const;

    QWidget *m_parent;
    Texts m_texts;
    std::function<void(int, int)> m_finished;
};

} // namespace infiniti
