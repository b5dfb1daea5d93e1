#include "cli/commands/auth/AuthCommands.h"

#include "cli/commands/auth/Login.h"
#include "cli/commands/auth/Logout.h"
#include "cli/core/CommandRegistry.h"

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

void registerAuthCommands(CommandRegistry &registry)
{
    VerbSpec login;
    login.synopsis = "";
    login.summary =
        QT_TRANSLATE_NOOP("infiniti-ctl", "sign in and remember the token in the keychain");
    login.needs = VerbSpec::Needs::Server;
    login.create = [](const CommandContext &c) {
        return new Login(c);
    };
    registry.command(u"login"_s, login.summary).verbs << login;

    VerbSpec logout;
    logout.synopsis = "";
    logout.summary =
        QT_TRANSLATE_NOOP("infiniti-ctl", "sign out (logoff) and forget the remembered token");
    logout.needs = VerbSpec::Needs::Server;
    logout.create = [](const CommandContext &c) {
        return new Logout(c);
    };
    registry.command(u"logout"_s, logout.summary).verbs << logout;
}

} // namespace infiniti::ctl
