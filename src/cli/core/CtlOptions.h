#pragma once

#include "formats/Csv.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace infiniti::ctl {

enum class Format { Text, Json, Csv };

// Everything one infiniti-ctl invocation was told, filled by CommandLine from the parser.
// Which command takes which option is in the command areas' VerbSpecs.
struct CtlOptions
{
    // The command words: {"users", "get", "<id>"}. `command` and `verb` are the first two
    // ("generate", "outputs"… have no verb: their operands follow the command).
    QStringList words;
    QString command, verb;
    QStringList operands;

    // Where and as whom.
    QString server;  // Manage URL
    QString produce; // Produce URL when not derivable
    QString user;
    QString profile;
    std::optional<int> timeoutSeconds; // --timeout: each request's longest silence
    std::optional<int> maxTimeSeconds; // --max-time: each request's longest time in all
    bool verbose = false;              // --verbose: the infiniti.http log on stderr
    // The second server of a command that works with two (VerbSpec::target: diff, promote).
    QString toServer;  // --to-server URL
    QString toUser;    // --to-user NAME (default: the saved connection's last user, else --user)
    QString toProfile; // --to-profile NAME

    // Output.
    Format format = Format::Text;
    bool bom = false;                    // --bom: CSV for Excel
    Csv::WriteOptions csv = {',', true}; // --delimiter; formulas neutralised unless --csv-raw

    // Per command.
    QString name;        // users get --name; library create --name; projects rename --name
    QString inputFile;   // create/update/replace --file (JSON; "-" = standard input), --key-file
    bool dryRun = false; // users import
    QString licenseKey;  // license update --key
    QString outFile;     // where a downloaded file (or folder of files) goes
    QString parentId;    // dataobjects --datasource ID
    QString category, folder, description; // library create; projects import --folder
    bool all = false;                      // projects export --all DIR
    bool overwrite = false;                // projects import --overwrite
    QString comment;                       // projects import, workflow/tasks reassign --comment
    QString version;                       // projects export --version; generate --version
    QStringList values;                    // generate/prepareform --value label=value (repeatable)
    QStringList dataFiles;                 // generate --data FILE (repeatable)
    QString answerFile;                    // generate --answer-file FILE
    bool wait = false;                     // generate --wait
    int waitTimeoutSeconds = 600;          // generate --wait-timeout
    QString to;                            // reassign --to NAME
    bool notify = false;                   // workflow reassign --notify
    bool inProgress = false;               // prepareform --in-progress
    QString asUser;                        // prepareform --as-user
    QStringList with;                      // sync export --with PART (repeatable)
    QStringList without;                   // sync export --without PART (repeatable)
    QStringList modes;                     // sync import --mode MODE | PART=MODE (repeatable)
    QStringList parts;                     // diff/promote --part PART (repeatable)
    QStringList items;                     // promote --item PART:ID (repeatable)
    bool allChanged = false;               // promote --all-changed
    bool includeSecrets = false;           // promote --include-secrets
    bool deleteOnTarget = false;           // promote --delete
    QString confirmTarget;                 // promote --confirm-target NAME
};

} // namespace infiniti::ctl
