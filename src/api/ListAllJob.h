#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "api/PageCursor.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

#include <optional>

namespace infiniti {

class ListPageJob;
class Session;

// A whole list, every page of it (contract 9.1 "Paging"), for pick lists, folder trees and
// anything else that must not stop at one page: follows @nextLink through capped pages, fails
// on a server that does not move on (PageCursor), reports progress, can be aborted. The same
// contract as ApiJob: start() never works synchronously, exactly one finished(), then it deletes
// itself. Usually made by Session::readAll().
class ListAllJob : public QObject
{
    Q_OBJECT
public:
    ListAllJob(Session *session, ApiRequest first, QLatin1StringView envelope, int pageSize = 500,
               QObject *parent = nullptr);
    ~ListAllJob() override; // aborts a page in flight without emitting

    void start();
    void abort(); // finishes with ApiError::Kind::Cancelled

    bool isRunning() const { return m_started && !m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    // Every item of every page, in the server's order (each an object).
    const QJsonArray &items() const { return m_items; }
    const QJsonArray &result() const { return m_items; }
    // The `name` of each item (groups, roles… for pick lists).
    QStringList names() const;
    int pages() const { return m_cursor.pages(); }
    const ApiRequest &request() const { return m_first; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

signals:
    void finished(infiniti::ListAllJob *job);
    // After each page: pages read, items so far.
    void progress(int pages, int items);

private:
    void next();
    void finish(const ApiError &error);

    QPointer<Session> m_session;
    ApiRequest m_first;
    QLatin1StringView m_envelope;
    PageCursor m_cursor;
    QPointer<ListPageJob> m_page;
    QJsonArray m_items;
    ApiError m_error;
    bool m_started = false;
    bool m_finished = false;
    bool m_autoDelete = true;
};

} // namespace infiniti
