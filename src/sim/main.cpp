#include "sim/SimServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTextStream>

using namespace infiniti::sim;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("infiniti-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INFINITI_VERSION));

    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("An emulator of the Infiniti REST API v1 (see docs/EMULATOR.md)."));
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port; 0 picks a free one (default 0)."), QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption bind(QStringLiteral("bind"), QStringLiteral("Address to listen on (default 127.0.0.1)."), QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption users(QStringLiteral("users"), QStringLiteral("Number of seeded users besides admin and enduser (default 250)."), QStringLiteral("n"), QStringLiteral("250"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed for the generated data (default 1)."), QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption adminPassword(QStringLiteral("admin-password"), QStringLiteral("Password of the seeded 'admin' account (default 'admin')."), QStringLiteral("password"), QStringLiteral("admin"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QStringLiteral("Delay every answer by this many milliseconds."), QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption failRate(QStringLiteral("fail-rate"), QStringLiteral("Answer this share (0..1) of API requests with 503."), QStringLiteral("share"), QStringLiteral("0"));
    const QCommandLineOption fault(QStringLiteral("fault"), QStringLiteral("A fault rule \"METHOD REGEX STATUS[xCOUNT]\" (repeatable), e.g. \"GET /users 500x1\"; METHOD * is any."), QStringLiteral("rule"));
    const QCommandLineOption tokenTtl(QStringLiteral("token-ttl"), QStringLiteral("Tokens expire after this many seconds (default: never)."), QStringLiteral("seconds"), QStringLiteral("0"));
    const QCommandLineOption maxBody(QStringLiteral("max-body-mb"), QStringLiteral("Largest request body accepted; larger gets 413 (default 256)."), QStringLiteral("MiB"), QStringLiteral("256"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Keep the store in DIR/store.json: loaded at start, saved after every change."), QStringLiteral("dir"));
    const QCommandLineOption tls(QStringLiteral("tls"), QStringLiteral("Serve HTTPS with a self-signed certificate made at start (its SHA-256 is printed)."));
    const QCommandLineOption generation(QStringLiteral("generation-ms"), QStringLiteral("How long a document generation takes (default 1500; a third of it not started)."), QStringLiteral("ms"), QStringLiteral("1500"));
    const QCommandLineOption headerTimeout(QStringLiteral("header-timeout-ms"), QStringLiteral("A request's headers must arrive within this time, else 408 (default 10000)."), QStringLiteral("ms"), QStringLiteral("10000"));
    cli.addOptions({port, bind, users, seed, adminPassword, latency, failRate, fault, tokenTtl, maxBody, data, tls, generation, headerTimeout});
    cli.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    SimOptions options;
    bool ok = true;
    const uint p = cli.value(port).toUInt(&ok);
    if (!ok || p > 65535) {
        err << "infiniti-sim: --port must be 0..65535\n";
        return 2;
    }
    options.port = quint16(p);
    if (!options.bind.setAddress(cli.value(bind))) {
        err << "infiniti-sim: --bind needs an IP address\n";
        return 2;
    }
    options.seed.users = cli.value(users).toInt(&ok);
    if (!ok || options.seed.users < 0) {
        err << "infiniti-sim: --users must be a whole number\n";
        return 2;
    }
    options.seed.seed = cli.value(seed).toUInt(&ok);
    if (!ok) {
        err << "infiniti-sim: --seed must be a whole number\n";
        return 2;
    }
    options.seed.adminPassword = cli.value(adminPassword);
    options.latencyMs = cli.value(latency).toInt();
    options.failRate = cli.value(failRate).toDouble(&ok);
    if (!ok || options.failRate < 0 || options.failRate > 1) {
        err << "infiniti-sim: --fail-rate must be between 0 and 1\n";
        return 2;
    }
    for (const QString &text : cli.values(fault)) {
        QString problem;
        const auto rule = SimFaults::ruleFromText(text, &problem);
        if (!rule) {
            err << "infiniti-sim: --fault: " << problem << '\n';
            return 2;
        }
        options.faults << *rule;
    }
    options.tokenTtlSeconds = cli.value(tokenTtl).toInt();
    options.generationMs = qMax(0, cli.value(generation).toInt());
    options.headerTimeoutMs = qMax(100, cli.value(headerTimeout).toInt());
    options.maxBodyBytes = cli.value(maxBody).toLongLong() * 1024 * 1024;
    options.dataDir = cli.value(data);
    options.tls = cli.isSet(tls);

    QElapsedTimer seeding;
    seeding.start();
    SimServer server(options);
    QString error;
    if (!server.start(&error)) {
        err << "infiniti-sim: cannot listen: " << error << '\n';
        return 1;
    }
    // The URL first, alone on its line: scripts read it.
    out << server.baseUrl().toString() << '\n';
    out << "  Manage URL = Produce URL = " << server.baseUrl().toString() << '\n'
        << "  " << (options.dataDir.isEmpty() ? "seeded " : "loaded or seeded ") << server.store().userCount()
        << " users in " << seeding.elapsed() << " ms" << (options.dataDir.isEmpty() ? "" : " (store kept in --data)") << "\n"
        << (options.tls ? QStringLiteral("  TLS certificate SHA-256: %1\n")
                                .arg(QString::fromLatin1(server.certificate().digest(QCryptographicHash::Sha256).toHex(':')))
                          : QString())
        << "  administrator: admin / " << options.seed.adminPassword << '\n'
        << "  non-admin:     " << kEndUser << " / " << kEndUserPassword << '\n';
    out.flush();
    return app.exec();
}
