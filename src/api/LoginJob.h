#pragma once

#include "api/ApiJob.h"
#include "api/dto/LoginResult.h"

namespace infiniti {

// POST login/forms; on success result() holds the token. Does not install it in the session.
class LoginJob : public ApiJob
{
    Q_OBJECT
public:
    LoginJob(Session *session, ApiModule module, const QString &username, const QString &password,
             QObject *parent = nullptr);
    const LoginResult &result() const { return m_result; }

protected:
    bool parse() override;

private:
    LoginResult m_result;
};

} // namespace infiniti
