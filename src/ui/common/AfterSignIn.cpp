#include "ui/common/AfterSignIn.h"

#include "api/Session.h"

#include <memory>

namespace infiniti {

bool retryAfterSignIn(Session *session, QObject *context, std::function<void()> retry,
                      std::function<void()> abandoned)
{
    if (!session || session->state() != Session::State::Reauthenticating)
        return false;
    const QString rejectedToken = session->token();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(session, &Session::stateChanged, context,
                                   [session, connection, rejectedToken, retry = std::move(retry),
                                    abandoned = std::move(abandoned)](Session::State state) {
                                       if (state == Session::State::Reauthenticating)
                                           return;
                                       QObject::disconnect(*connection);
                                       // Abandoning the sign-in leaves the old token in place;
                                       // signing in replaces it.
                                       if (state == Session::State::SignedIn &&
                                           session->token() != rejectedToken)
                                           retry();
                                       else if (abandoned)
                                           abandoned();
                                   });
    return true;
}

} // namespace infiniti
