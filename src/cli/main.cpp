#include "cli/CtlOptions.h"
#include "cli/CtlRunner.h"
#include "api/KeychainSecretStore.h"
#include "api/ProfileStore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

using namespace infiniti;

namespace {

// The password from INFINITI_PASSWORD, else standard input when it is not a terminal; a
// terminal is asked without echo, for `login` only.
std::optional<QString> readPassword(bool interactiveAllowed)
{
    const QByteArray env = qgetenv("INFINITI_PASSWORD");
    if (!env.isEmpty())
        return QString::fromUtf8(env);
    const bool tty = isatty(STDIN_FILENO);
    if (tty && !interactiveAllowed)
        return std::nullopt;
    termios old {};
    if (tty) {
        std::fputs("Password: ", stderr);
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    const bool got = bool(std::getline(std::cin, line));
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fputs("\n", stderr);
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    if (!got || line.empty())
        return std::nullopt;
    return QString::fromStdString(line);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Infiniti"_s);
    QCoreApplication::setApplicationName(u"infiniti-admin"_s); // shares saved connections
    QCoreApplication::setApplicationVersion(QStringLiteral(INFINITI_VERSION));

    ctl::CtlOptions options;
    QString error;
    bool help = false;
    if (!ctl::parseOptions(app.arguments(), &options, &error, &help)) {
        QTextStream(stderr) << "infiniti-ctl: " << error << "\n\n" << ctl::usageText();
        return ctl::UsageError;
    }
    if (help) {
        QTextStream(stdout) << ctl::usageText();
        return ctl::Ok;
    }
    const bool isLogin = options.command.value(0) == "login"_L1;
    const bool isLogout = options.command.value(0) == "logout"_L1;
    // Standard input carries either the password or a JSON document, never both.
    const bool stdinIsInput = options.inputFile == "-"_L1;
    const std::optional<QString> password =
        isLogout ? std::nullopt
                 : (stdinIsInput ? (qEnvironmentVariableIsEmpty("INFINITI_PASSWORD")
                                        ? std::nullopt
                                        : std::optional<QString>(qEnvironmentVariable("INFINITI_PASSWORD")))
                                 : readPassword(isLogin));

    ProfileStore profiles;
    KeychainSecretStore secrets;
    ctl::CtlRunner runner(options, password, &secrets, &profiles);
    runner.start();
    return app.exec();
}
