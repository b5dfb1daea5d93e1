#include "sim/SimServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Qt::StringLiterals;

using namespace infiniti::sim;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"infiniti-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(INFINITI_VERSION));

    QCommandLineParser cli;
    cli.setApplicationDescription(
        u"An emulator of the Infiniti REST API v1 (see docs/EMULATOR.md)."_s);
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption port(u"port"_s, u"TCP port; 0 picks a free one (default 0)."_s,
                                  u"port"_s, u"0"_s);
    const QCommandLineOption bind(u"bind"_s, u"Address to listen on (default 127.0.0.1)."_s,
                                  u"address"_s, u"127.0.0.1"_s);
    const QCommandLineOption users(
        u"users"_s, u"Number of seeded users besides admin and enduser (default 250)."_s, u"n"_s,
        u"250"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed for the generated data (default 1)."_s, u"n"_s,
                                  u"1"_s);
    const QCommandLineOption adminPassword(
        u"admin-password"_s, u"Password of the seeded 'admin' account (default 'admin')."_s,
        u"password"_s, u"admin"_s);
    const QCommandLineOption latency(
        u"latency-ms"_s, u"Delay every answer by this many milliseconds."_s, u"ms"_s, u"0"_s);
    const QCommandLineOption failRate(u"fail-rate"_s,
                                      u"Answer this share (0..1) of API requests with 503."_s,
                                      u"share"_s, u"0"_s);
    const QCommandLineOption fault(
        u"fault"_s,
        u"A fault rule \"METHOD REGEX STATUS[xCOUNT]\" (repeatable), e.g. \"GET /users 500x1\"; METHOD * is any."_s,
        u"rule"_s);
    const QCommandLineOption tokenTtl(u"token-ttl"_s,
                                      u"Tokens expire after this many seconds (default: never)."_s,
                                      u"seconds"_s, u"0"_s);
    const QCommandLineOption maxBody(
        u"max-body-mb"_s, u"Largest request body accepted; larger gets 413 (default 256)."_s,
        u"MiB"_s, u"256"_s);
    const QCommandLineOption data(
        u"data"_s,
        u"Keep the store in DIR/store.json: loaded at start, saved after every change."_s,
        u"dir"_s);
    const QCommandLineOption tls(
        u"tls"_s,
        u"Serve HTTPS with a self-signed certificate made at start (its SHA-256 is printed)."_s);
    const QCommandLineOption generation(
        u"generation-ms"_s,
        u"How long a document generation takes (default 1500; a third of it not started)."_s,
        u"ms"_s, u"1500"_s);
    const QCommandLineOption requestTimeout(
        QStringList{u"request-timeout-ms"_s, u"header-timeout-ms"_s},
        u"A request must arrive within this time (headers from their first byte, a body without a longer pause), else 408 (default 10000)."_s,
        u"ms"_s, u"10000"_s);
    const QCommandLineOption strict(
        u"strict"_s,
        u"The strict vendor profile: only what the vendor documents (capped pages, PascalCase, no bodies on 201/204, replacing PATCH, no extensions, idle token expiry); see docs/EMULATOR.md."_s);
    const QCommandLineOption pageCap(
        u"page-cap"_s, u"With --strict: the largest page, whatever $top asks for (default 25)."_s,
        u"n"_s, u"25"_s);
    const QCommandLineOption patchDropsFile(
        u"patch-drops-file"_s,
        u"With --strict: the replacing PATCH keeps nothing the body leaves out, not even a library item's file (a PATCH without \"binary\" clears it)."_s);
    const QCommandLineOption idleTimeout(
        u"idle-timeout-s"_s,
        u"Tokens unused this long expire (default: never; 1200 with --strict; 0: never)."_s,
        u"seconds"_s);
    const QCommandLineOption keepAlive(
        u"keep-alive-s"_s,
        u"A connection with no request under way is closed after this many seconds (default 120; 0: never)."_s,
        u"seconds"_s, u"120"_s);
    const QCommandLineOption maxConnections(
        u"max-connections"_s,
        u"At most this many connections at once; when full the one idle longest is closed, with none idle a newcomer gets 503 (default: the open-file limit less 64)."_s,
        u"n"_s);
    cli.addOptions({port,       bind,           users,    seed,    adminPassword,  latency,
                    failRate,   fault,          tokenTtl, maxBody, data,           tls,
                    generation, requestTimeout, strict,   pageCap, patchDropsFile, idleTimeout,
                    keepAlive,  maxConnections});
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
    // A whole number in [min, max], else the reason and exit code 2: "abc" once read as 0,
    // and --max-body-mb 0 answered every request with a body 413.
    const auto whole = [&](const QCommandLineOption &option, qint64 min, qint64 max, qint64 *out) {
        bool fine = false;
        const QString text = cli.value(option);
        *out = text.toLongLong(&fine);
        if (fine && *out >= min && *out <= max)
            return true;
        err << "infiniti-sim: --" << option.names().constFirst() << " must be a whole number from "
            << min << " to " << max << ", not \"" << text << "\"\n";
        return false;
    };
    qint64 n = 0;
    if (!whole(latency, 0, 600000, &n))
        return 2;
    options.latencyMs = int(n);
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
    if (!whole(tokenTtl, 0, 10LL * 365 * 24 * 3600, &n))
        return 2;
    options.tokenTtlSeconds = int(n);
    if (!whole(generation, 0, 3600000, &n))
        return 2;
    options.generationMs = int(n);
    if (!whole(requestTimeout, 100, 3600000, &n))
        return 2;
    options.requestTimeoutMs = int(n);
    const int keepAliveSeconds = cli.value(keepAlive).toInt(&ok);
    if (!ok || keepAliveSeconds < 0 || keepAliveSeconds > 24 * 3600) {
        err << "infiniti-sim: --keep-alive-s must be a whole number of seconds (0..86400)\n";
        return 2;
    }
    options.idleConnectionMs = keepAliveSeconds * 1000;
    if (cli.isSet(maxConnections)) {
        options.maxConnections = cli.value(maxConnections).toInt(&ok);
        if (!ok || options.maxConnections < 1) {
            err << "infiniti-sim: --max-connections must be a whole number of at least 1\n";
            return 2;
        }
    }
    options.strict = cli.isSet(strict);
    options.pageCap = cli.value(pageCap).toInt(&ok);
    if (!ok || options.pageCap < 1 || options.pageCap > 1000) {
        err << "infiniti-sim: --page-cap must be 1..1000\n";
        return 2;
    }
    options.patchDropsFile = cli.isSet(patchDropsFile);
    if (options.patchDropsFile && !options.strict) {
        err << "infiniti-sim: --patch-drops-file needs --strict (only its PATCH replaces)\n";
        return 2;
    }
    if (cli.isSet(idleTimeout)) {
        options.idleTimeoutSeconds = cli.value(idleTimeout).toInt(&ok);
        if (!ok || options.idleTimeoutSeconds < 0) {
            err << "infiniti-sim: --idle-timeout-s must be a whole number of seconds\n";
            return 2;
        }
    }
    if (!whole(maxBody, 1, 1024 * 1024, &n))
        return 2;
    options.maxBodyBytes = n * 1024 * 1024;
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
        << "  " << (options.dataDir.isEmpty() ? "seeded " : "loaded or seeded ")
        << server.store().userCount() << " users in " << seeding.elapsed() << " ms"
        << (options.dataDir.isEmpty() ? "" : " (store kept in --data)") << "\n"
        << (options.tls ? u"  TLS certificate SHA-256: %1\n"_s.arg(QString::fromLatin1(
                              server.certificate().digest(QCryptographicHash::Sha256).toHex(':')))
                        : QString())
        << (options.strict
                ? u"  strict vendor profile: pages of at most %1, tokens expire after %2 s unused%3\n"_s
                      .arg(options.pageCap)
                      .arg(options.idleTimeoutSeconds >= 0 ? options.idleTimeoutSeconds
                                                           : kStrictIdleTimeoutSeconds)
                      .arg(options.patchDropsFile ? u", a PATCH without the file clears it"_s
                                                  : QString())
                : QString())
        << "  administrator: admin / " << options.seed.adminPassword << '\n'
        << "  non-admin:     " << kEndUser << " / " << kEndUserPassword << '\n';
    out.flush();
    return app.exec();
}
