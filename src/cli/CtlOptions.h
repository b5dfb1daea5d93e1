#pragma once

#include <QString>
#include <QStringList>

namespace infiniti::ctl {

// Exit codes of infiniti-ctl (documented in --help and the README).
enum ExitCode {
    Ok = 0,
    Failure = 1,        // anything not listed below
    UsageError = 2,     // bad command line
    AuthFailure = 3,    // no credentials, sign-in refused or expired (401), forbidden (403)
    NetworkFailure = 4, // unreachable, timeout, TLS
    ServerError = 5,    // 5xx or an answer that cannot be read
    RequestRejected = 6 // 404, 409, 400 and other 4xx
};

enum class Format { Text, Json, Csv };

struct CtlOptions
{
    QString server;  // Manage URL
    QString produce; // Produce URL when not derivable
    QString user;
    QString profile;
    Format format = Format::Text;
    int timeoutSeconds = 30;
    QStringList command; // e.g. {"users", "get", "<id>"}
    QString byName;      // users get --name
    QString inputFile;   // create/update: JSON from this file, "-" for standard input
    bool dryRun = false; // users import
    QString licenseKey;  // license update --key
    QString outFile;     // library get|export --out, where the file goes
    QString parentId;    // dataobjects --datasource ID
    QString category, folder, description; // library create; projects import --folder
    bool all = false;       // projects export --all DIR
    bool overwrite = false; // projects import --overwrite
    QString comment;        // projects import --comment
    QString version;        // projects export --version; generate --version
    QStringList values;     // generate/prepareform --value label=value (repeatable)
    QStringList dataFiles;  // generate --data FILE (repeatable)
    QString answerFile;     // generate --answer-file FILE
    bool wait = false;      // generate --wait
    QString to;             // reassign --to NAME
    bool notify = false;    // workflow reassign --notify
    bool inProgress = false; // prepareform --in-progress
    QString asUser;         // prepareform --as-user
    QStringList without;    // sync export --without PART (repeatable)
    QStringList modes;      // sync import --mode MODE | PART=MODE (repeatable)
};

// Parses argv; on failure returns false with a message in `error`.
bool parseOptions(const QStringList &args, CtlOptions *options, QString *error, bool *helpShown);
QString usageText();

} // namespace infiniti::ctl
