#include "ui/produce/RecentSubmissions.h"

#include "api/Session.h"

namespace infiniti {

RecentSubmissions::RecentSubmissions(Session *session)
    : QObject(session)
{
}

RecentSubmissions *RecentSubmissions::of(Session *session)
{
    if (!session)
        return nullptr;
    if (auto *list = session->findChild<RecentSubmissions *>({}, Qt::FindDirectChildrenOnly))
        return list;
    return new RecentSubmissions(session);
}

void RecentSubmissions::add(const QString &operationId, const QString &form)
{
    if (operationId.isEmpty())
        return;
    m_entries.removeIf([&operationId](const Entry &e) { return e.operationId == operationId; });
    m_entries.prepend({operationId, form, QDateTime::currentDateTime(), {}});
    emit changed();
}

void RecentSubmissions::setStatus(const QString &operationId, const QString &status)
{
    for (Entry &e : m_entries) {
        if (e.operationId == operationId && e.status != status) {
            e.status = status;
            emit changed();
        }
    }
}

} // namespace infiniti
