#pragma once

#include "api/ApiJob.h"

#include <QJsonArray>

namespace infiniti {

// One page of a list: items from the envelope (contract 9.1 tolerance) and the @nextLink.
// A list is usually wanted whole: Session::readAll() (ListAllJob) walks every page.
class ListPageJob : public ApiJob
{
    Q_OBJECT
public:
    ListPageJob(Session *session, ApiRequest request, QLatin1StringView envelopeName,
                QObject *parent = nullptr);
    // Every item is an object: an answer that is not a list of objects fails the job.
    const QJsonArray &items() const { return m_items; }
    const QJsonArray &result() const { return m_items; }
    // The `name` of each item (groups, roles… for pick lists and checks).
    QStringList names() const;
    // Resolved against the request URL; empty when the server sent none.
    QUrl nextLink() const { return m_nextLink; }

protected:
    bool parse() override;

private:
    QLatin1StringView m_envelopeName;
    QJsonArray m_items;
    QUrl m_nextLink;
};

} // namespace infiniti
