#pragma once

#include "api/ApiJob.h"

#include <QJsonObject>

namespace infiniti {

// A request answered by one JSON object (get, create, update). A 2xx without a body is followed
// by a GET of the Location (own origin only) or, for an update, of the entity itself. A write
// answered 2xx with no body (or a bare value: an id, `true`) and nothing to follow (no
// Location, or one on another origin) succeeded all the same: object() is then empty and
// withoutEntity() true — saying it failed would invite a second create.
class EntityJob : public ApiJob
{
    Q_OBJECT
public:
    using ApiJob::ApiJob;
    const QJsonObject &object() const { return m_object; }
    const QJsonObject &result() const { return m_object; }
    bool withoutEntity() const { return m_withoutEntity; }

protected:
    bool parse() override;
    std::optional<ApiRequest> followUpWhenEmpty() const override;

private:
    QJsonObject m_object;
    bool m_withoutEntity = false;
};

} // namespace infiniti
