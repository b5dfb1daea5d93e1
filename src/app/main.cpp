#include "ui/shell/ConsoleController.h"
#include "app/EmbeddedEmulator.h"
#include "api/KeychainSecretStore.h"
#include "api/ProfileStore.h"
#include "sim/SimSeed.h"
#include "ui/shell/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSocketNotifier>
#include <QTranslator>

#include <csignal>
#include <cstdio>

#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

using namespace infiniti;

namespace {
// SIGTERM/SIGINT (a desktop logging out, Ctrl+C in a terminal) close the windows as a normal
// quit does, so where the user was is saved. The handler only writes a byte; Qt reads it.
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

void quitOnSignals(QApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [notifier] {
        notifier->setEnabled(false);
        char byte;
        [[maybe_unused]] const auto read = ::read(g_signalPipe[0], &byte, 1);
        QApplication::closeAllWindows();
        QApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Infiniti"_s);
    QApplication::setApplicationName(u"infiniti-admin"_s);
    QApplication::setApplicationDisplayName(u"Infiniti Admin"_s);
    QApplication::setApplicationVersion(QStringLiteral(INFINITI_VERSION));
    QApplication::setDesktopFileName(u"infiniti-admin"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/infiniti-admin.svg"_s));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    // English is the fallback: its translation only supplies plural forms ("1 user", "2 users").
    if (appTranslator.load(QLocale(), u"infiniti-admin"_s, u"_"_s, u":/i18n"_s)
        || appTranslator.load(u"infiniti-admin_en"_s, u":/i18n"_s))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser cli;
    cli.setApplicationDescription(QApplication::translate("main", "Administration console for Infiniti servers."));
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption demo(u"demo"_s,
                                  QApplication::translate("main", "Start the built-in emulator with demo data and sign in to it."));
    const QCommandLineOption demoUsers(u"demo-users"_s,
                                       QApplication::translate("main", "Number of users the demo emulator seeds (default 250)."),
                                       u"n"_s, u"250"_s);
    const QCommandLineOption profile(u"profile"_s,
                                     QApplication::translate("main", "Open this saved connection."),
                                     u"name"_s);
    const QCommandLineOption theme(u"theme"_s,
                                   QApplication::translate("main", "Look for this run: system, light or dark (View → Theme remembers one)."),
                                   u"theme"_s);
    const QCommandLineOption timeout(u"timeout"_s,
                                     QApplication::translate("main", "Longest wait, in seconds, for any answer of the server, "
                                                                     "however slowly it comes (default: each request's own)."),
                                     u"seconds"_s);
    const QCommandLineOption maxAnswer(u"max-answer-mb"_s,
                                       QApplication::translate("main", "Largest answer taken in, in MiB (default 256)."), u"mb"_s);
    cli.addOptions({demo, demoUsers, profile, theme, timeout, maxAnswer});
    cli.process(app);

    Session::Limits limits;
    for (const auto &[option, seconds] : {std::pair{&timeout, true}, std::pair{&maxAnswer, false}}) {
        if (!cli.isSet(*option))
            continue;
        bool ok = false;
        const int n = cli.value(*option).toInt(&ok);
        if (!ok || n < 1) {
            fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "--%1 takes a whole number above 0.").arg(option->names().constFirst())));
            return 2;
        }
        if (seconds)
            limits.silence = limits.total = std::chrono::seconds(n);
        else
            limits.maxAnswerBytes = qint64(n) * 1024 * 1024;
    }

    Theme::Mode mode = Theme::saved();
    if (cli.isSet(theme) && !Theme::fromName(cli.value(theme), &mode)) {
        fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "--theme takes system, light or dark.")));
        return 2;
    }
    Theme::apply(mode);
    quitOnSignals(&app);

    ProfileStore profiles;
    KeychainSecretStore secrets;
    if (cli.isSet(demo)) {
        auto *emulator = new EmbeddedEmulator(cli.value(demoUsers).toInt(), &app);
        auto *controller = new ConsoleController(&profiles, nullptr, &app);
        controller->setRequestLimits(limits);
        QObject::connect(emulator, &EmbeddedEmulator::ready, controller, [controller](const QUrl &url) {
            controller->startDemo(url, QString::fromLatin1(sim::kAdminUser), u"admin"_s);
        });
        QObject::connect(emulator, &EmbeddedEmulator::failed, &app, [](const QString &error) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Infiniti Admin"),
                                  QApplication::translate("main", "The demo emulator could not start: %1").arg(error));
            QApplication::exit(1);
        });
        emulator->start();
        return app.exec();
    }

    ConsoleController controller(&profiles, &secrets);
    controller.setRequestLimits(limits);
    QObject::connect(&controller, &ConsoleController::finished, &app, &QApplication::quit, Qt::QueuedConnection);
    controller.start(cli.value(profile));
    return app.exec();
}
