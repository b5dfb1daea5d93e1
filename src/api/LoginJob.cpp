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
    if (!m_result.token.isEmpty() && !m_result.isValid())
        setParseProblem(tr("its sign-in token holds characters a token cannot have (spaces, line "
                           "breaks or other than plain ASCII)"));
    return m_result.isValid();
}

} // namespace infiniti
