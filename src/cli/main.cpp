#include "api/KeychainSecretStore.h"
#include "api/ProfileStore.h"
#include "cli/core/CommandLine.h"
#include "cli/core/CommandSpec.h"
#include "cli/core/CtlApp.h"
#include "cli/core/ExitCode.h"
#include "cli/core/OutputStream.h"
#include "cli/core/Usage.h"
#include "common/platform/Console.h"
#include "common/platform/PasswordPrompt.h"
#include "common/platform/ShutdownSignals.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <iostream>
#include <string>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

using namespace infiniti;

namespace {

// The password from INFINITI_PASSWORD, else standard input when it is not a terminal (a pipe);
// a terminal is asked without echo, for `login` only. Standard input that carries the
// command's JSON (--file -) carries no password.
std::optional<QString> readPassword(const ctl::ParseResult &parsed)
{
    const QByteArray env = qgetenv("INFINITI_PASSWORD");
    if (!env.isEmpty())
        return QString::fromUtf8(env);
    const ctl::CtlOptions &o = parsed.options;
    if (o.command == "logout"_L1 || o.inputFile == "-"_L1 ||
        parsed.verb->needs == ctl::VerbSpec::Needs::Nothing)
        return std::nullopt;
    if (platform::standardInputIsTerminal()) {
        if (o.command != "login"_L1)
            return std::nullopt;
        const auto typed =
            platform::askPassword(QCoreApplication::translate("infiniti-ctl", "Password: "));
        return typed && !typed->isEmpty() ? typed : std::nullopt;
    }
    std::string line;
    if (!std::getline(std::cin, line))
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    if (line.empty())
        return std::nullopt;
    return QString::fromUtf8(line.data(), qsizetype(line.size()));
}

} // namespace

int main(int argc, char **argv)
{
#ifdef __GLIBC__
    // A list is read page by page (~330 KB each): without this, glibc gives each page's memory
    // back to the kernel and faults it in again for the next (measured: a third of the CPU of
    // `users list --json`, docs/PERFORMANCE.md). A short-lived program keeps it instead.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TOP_PAD, 4 * 1024 * 1024);
#endif
    platform::prepareStandardStreams();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Infiniti"_s);
    QCoreApplication::setApplicationName(u"infiniti-admin"_s); // shares saved connections
    QCoreApplication::setApplicationVersion(QStringLiteral(INFINITI_VERSION));
    Translations::install(&app);

    ctl::OutputStream out(stdout, ctl::OutputStream::Buffering::Buffered);
    ctl::OutputStream err(stderr, ctl::OutputStream::Buffering::Immediate);
    const ctl::ParseResult parsed = ctl::CommandLine::parse(app.arguments());
    auto printed = [&out, &err](int code) {
        if (out.flush())
            return code;
        err << "infiniti-ctl: "
            << QCoreApplication::translate("infiniti-ctl", "cannot write the output: %1")
                   .arg(out.errorString())
            << '\n';
        return int(ctl::Failure);
    };
    switch (parsed.kind) {
    case ctl::ParseResult::Kind::UsageError:
        err << ctl::CommandLine::usageErrorLine(parsed) << '\n';
        return ctl::UsageError;
    case ctl::ParseResult::Kind::Version:
        out << ctl::Usage::version();
        return printed(ctl::Ok);
    case ctl::ParseResult::Kind::Help:
        if (!parsed.command)
            out << ctl::Usage::overview();
        else if (parsed.verb && parsed.command->hasVerbs())
            out << ctl::Usage::verb(*parsed.command, *parsed.verb);
        else
            out << ctl::Usage::command(*parsed.command);
        return printed(ctl::Ok);
    case ctl::ParseResult::Kind::Run:
        break;
    }
    // --verbose: the request lines (Session redacts credentials) and the API layer's notes.
    // Without it, not even those notes: every failure they tell of is said by the command
    // itself ("paging stopped: …" said the same thing twice).
    QLoggingCategory::setFilterRules(parsed.options.verbose ? u"infiniti.http.info=true"_s
                                                            : u"infiniti.api.warning=false"_s);

    const std::optional<QString> password = readPassword(parsed);
    ProfileStore profiles;
    KeychainSecretStore secrets;
    ctl::CtlApp runner(parsed.options, *parsed.verb, password, &secrets, &profiles, &out, &err);
    if (parsed.verb->target) {
        // The target's password: INFINITI_TO_PASSWORD, else the source's; else the token 'login'
        // remembered for it, else asked on the terminal.
        const QByteArray toEnv = qgetenv("INFINITI_TO_PASSWORD");
        runner.setTargetPassword(
            toEnv.isEmpty() ? password : std::optional<QString>(QString::fromUtf8(toEnv)));
        if (platform::standardInputIsTerminal())
            runner.setPasswordPrompt(
                [](const QString &prompt) { return platform::askPassword(prompt); });
    }
    platform::ShutdownSignals shutdown;
    QObject::connect(&shutdown, &platform::ShutdownSignals::requested, &runner,
                     &ctl::CtlApp::interrupt);
    runner.start();
    return app.exec();
}
