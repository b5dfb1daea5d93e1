#include "api/LoginJob.h"

#include "api/endpoints/AuthEndpoints.h"

namespace infiniti {

LoginJob::LoginJob(Session *session, ApiModule module, const QString &username,
                   const QString &password, QObject *parent)
    : ApiJob(session, AuthEndpoints::loginForms(module, username, password), parent)
{
}

bool LoginJob::parse()
{
    m_result = LoginResult::fromJson(json().object());
    return m_result.isValid();
}

} // namespace infiniti
