#pragma once

#include "api/ApiJob.h"

#include <QJsonObject>

namespace infiniti {

// A request answered by one JSON object (get, create, update). A 2xx without a body is followed
// by a GET of the Location (own origin only) or, for an update, of the entity itself.
class EntityJob : public ApiJob
{
    Q_OBJECT
public:
    using ApiJob::ApiJob;
    const QJsonObject &object() const { return m_object; }
    const QJsonObject &result() const { return m_object; }

protected:
    bool parse() override;
    std::optional<ApiRequest> followUpWhenEmpty() const override;

private:
    QJsonObject m_object;
};

} // namespace infiniti
