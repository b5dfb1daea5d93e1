#include "api/KeychainSecretStore.h"
#include "api/ProfileStore.h"
#include "ui/shell/ConsoleController.h"
#include "ui/shell/LanguageMenu.h"
#include "ui/shell/Theme.h"
#ifdef INFINITI_WITH_DEMO
#include "app/EmbeddedEmulator.h"
#include "sim/SimSeed.h"
#endif

#include "common/platform/ShutdownSignals.h"
#include "common/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>

using namespace Qt::StringLiterals;

using namespace infiniti;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Infiniti"_s);
    QApplication::setApplicationName(u"infiniti-admin"_s);
    QApplication::setApplicationDisplayName(u"Infiniti Admin"_s);
    QApplication::setApplicationVersion(QStringLiteral(INFINITI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(INFINITI_APP_ID));
    // PNGs, not the SVG: Qt's SVG plugin is not a dependency.
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/infiniti-admin-%1.png"_s.arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    Translations::install(&app, LanguageMenu::saved());

    QCommandLineParser cli;
    cli.setApplicationDescription(
        QApplication::translate("main", "Administration console for Infiniti servers."));
    cli.addHelpOption();
    cli.addVersionOption();
#ifdef INFINITI_WITH_DEMO
    const QCommandLineOption demo(
        u"demo"_s, QApplication::translate(
                       "main", "Start the built-in emulator with demo data and sign in to it."));
    const QCommandLineOption demoUsers(
        u"demo-users"_s,
        QApplication::translate("main", "Number of users the demo emulator seeds (default 250)."),
        u"n"_s, u"250"_s);
#endif
    const QCommandLineOption profile(
        u"profile"_s, QApplication::translate("main", "Open this saved connection."), u"name"_s);
    const QCommandLineOption theme(
        u"theme"_s,
        QApplication::translate(
            "main", "Look for this run: system, light or dark (View → Theme remembers one)."),
        u"theme"_s);
#ifdef INFINITI_WITH_DEMO
    cli.addOptions({demo, demoUsers});
#endif
    const QCommandLineOption timeout(
        u"timeout"_s,
        QApplication::translate("main", "Longest wait, in seconds, for any answer of the server, "
                                        "however slowly it comes (default: each request's own)."),
        u"seconds"_s);
    const QCommandLineOption maxAnswer(
        u"max-answer-mb"_s,
        QApplication::translate("main", "Largest answer taken in, in MiB (default 256)."), u"mb"_s);
    cli.addOptions({profile, theme, timeout, maxAnswer});
    cli.process(app);

    Session::Limits limits;
    for (const auto &[option, seconds] :
         {std::pair{&timeout, true}, std::pair{&maxAnswer, false}}) {
        if (!cli.isSet(*option))
            continue;
        bool ok = false;
        const int n = cli.value(*option).toInt(&ok);
        if (!ok || n < 1) {
            fprintf(stderr, "%s\n",
                    qPrintable(QApplication::translate("main", "--%1 takes a whole number above 0.")
                                   .arg(option->names().constFirst())));
            return 2;
        }
        if (seconds)
            limits.silence = limits.total = std::chrono::seconds(n);
        else
            limits.maxAnswerBytes = qint64(n) * 1024 * 1024;
    }

    Theme::Mode mode = Theme::saved();
    if (cli.isSet(theme) && !Theme::fromName(cli.value(theme), &mode)) {
        fprintf(
            stderr, "%s\n",
            qPrintable(QApplication::translate("main", "--theme takes system, light or dark.")));
        return 2;
    }
    Theme::apply(mode);
    // A desktop logging out (SIGTERM) or Ctrl+C in a terminal closes the windows as a normal
    // quit does, so where the user was is saved.
    platform::ShutdownSignals shutdown;
    QObject::connect(&shutdown, &platform::ShutdownSignals::requested, &app, [] {
        QApplication::closeAllWindows();
        QApplication::quit();
    });

    ProfileStore profiles;
    KeychainSecretStore secrets;
#ifdef INFINITI_WITH_DEMO
    if (cli.isSet(demo)) {
        auto *emulator = new EmbeddedEmulator(cli.value(demoUsers).toInt(), &app);
        auto *controller = new ConsoleController(&profiles, nullptr, &app);
        controller->setRequestLimits(limits);
        QObject::connect(
            emulator, &EmbeddedEmulator::ready, controller, [controller](const QUrl &url) {
                controller->startDemo(url, QString::fromLatin1(sim::kAdminUser), u"admin"_s);
            });
        QObject::connect(emulator, &EmbeddedEmulator::failed, &app, [](const QString &error) {
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "Infiniti Admin"),
                QApplication::translate("main", "The demo emulator could not start: %1")
                    .arg(error));
            QApplication::exit(1);
        });
        emulator->start();
        return app.exec();
    }
#endif

    ConsoleController controller(&profiles, &secrets);
    controller.setRequestLimits(limits);
    QObject::connect(&controller, &ConsoleController::finished, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    controller.start(cli.value(profile));
    return app.exec();
}
