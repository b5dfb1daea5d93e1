#include "cli/CtlOptions.h"

#include "cli/CtlResource.h"
#include "api/endpoints/ProjectsEndpoints.h"

#include <QCoreApplication>

namespace infiniti::ctl {

QString usageText()
{
    return QCoreApplication::translate(
        "infiniti-ctl",
        "Usage: infiniti-ctl [options] <command>\n"
        "\n"
        "Commands:\n"
        "  login                    sign in and remember the token in the keychain\n"
        "  logout                   sign out (logoff) and forget the remembered token\n"
        "  users|groups|roles list            every item (--json, --csv)\n"
        "  users|groups|roles get <id>        one item by id\n"
        "  users get --name <name>            one user by username\n"
        "  users|groups|roles create --file F create from a JSON object (F = - for stdin)\n"
        "  users|groups|roles update <id> --file F\n"
        "                                     change the keys given in the JSON object\n"
        "  users|groups|roles delete <id>     delete one item\n"
        "  users import FILE.csv [--dry-run]  create or update users from CSV; prints a report\n"
        "  customfields|templates|contentfolders|publishfolders  the same verbs (custom fields\n"
        "                                     cannot be deleted)\n"
        "  connectors list|get|update         connector settings\n"
        "  datasources list|get|create|update|delete   data sources (connection strings only with --json)\n"
        "  dataobjects list|get|create|update|delete --datasource ID\n"
        "                                     the data objects of one data source\n"
        "  library list|get|update|delete     content library items\n"
        "  library get <id> --out FILE        save an item's file\n"
        "  library create --file FILE [--name N] [--category C] [--folder F] [--description D]\n"
        "                                     add a file (name from the file name by default)\n"
        "  library replace <id> --file FILE   a new version of the item's file\n"
        "  library history <id>               its versions; library export <id> <version> --out FILE\n"
        "  projects list|get|delete           projects (get <id> shows where it is published)\n"
        "  projects rename <id> --name NEW\n"
        "  projects history <id>              its versions\n"
        "  projects export <id> --out FILE|DIR [--version V]   the .ixpkg (a folder: the server's name)\n"
        "  projects export --all DIR          every project, one .ixpkg each (a backup)\n"
        "  projects import FILE... [--overwrite] [--folder NAME] [--comment TEXT]\n"
        "  workflow list|get | abort|revert <id> | reassign <id> --to NAME [--comment C] [--notify]\n"
        "  tasks list|get | unlock|cancel|revert|submit <id> | reassign <id> --to NAME [--comment C]\n"
        "  answerfiles|inprogress list|get|create|update|delete   the signed-in user's (Produce)\n"
        "  forms list                         the forms you may run (folder, form, publish id)\n"
        "  generate <publishId> [--value label=value]... [--data FILE]... [--answer-file FILE]\n"
        "           [--version V] [--wait [--out DIR]]   start; with --wait follow it and save the documents\n"
        "  outputs <operation-or-output-id> --out DIR    the documents of an earlier generation\n"
        "  prepareform <publishId> [--value label=value]... [--in-progress] [--description D] [--as-user U]\n"
        "  sync export [PROJECT-ID...] --out FILE [--without PART]...\n"
        "                                     a sync package: the projects (all by default) and what\n"
        "                                     they need (library items, data sources, folders, users, …)\n"
        "  sync import FILE [--mode MODE | --mode PART=MODE]...\n"
        "                                     MODE: Always (default), IfNotExists or IfNewer; prints\n"
        "                                     what was created, updated and skipped per part\n"
        "  license get | license update --key KEY | --key-file FILE\n"
        "\n"
        "Options:\n"
        "  --server URL    the server's Manage URL\n"
        "  --produce URL   the Produce URL, when it is not the Manage URL with /Manage -> /Produce\n"
        "  --user NAME     the account to use\n"
        "  --profile NAME  a connection saved by infiniti-admin (instead of --server)\n"
        "  --json | --csv  output format (default: a readable table)\n"
        "  --timeout S     seconds to wait for each request (default 30)\n"
        "  --out FILE      where a downloaded file goes\n"
        "  -h, --help      this text\n"
        "\n"
        "The password is read from INFINITI_PASSWORD, or from standard input when it is not a\n"
        "terminal; never from the command line. Without either, the token remembered by\n"
        "'login' is used.\n"
        "\n"
        "Exit codes: 0 ok, 1 other failure, 2 usage error, 3 authentication failure (401/403),\n"
        "4 network failure (unreachable, timeout, TLS), 5 server error (5xx, unreadable answer),\n"
        "6 request rejected (404, 409, 400, other 4xx).\n");
}

bool parseOptions(const QStringList &args, CtlOptions *o, QString *error, bool *helpShown)
{
    *helpShown = false;
    auto tr = [](const char *s) { return QCoreApplication::translate("infiniti-ctl", s); };
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&](QString *target) {
            if (i + 1 >= args.size()) {
                *error = tr("%1 needs a value.").arg(a);
                return false;
            }
            *target = args.at(++i);
            return true;
        };
        if (a == QLatin1StringView("-h") || a == QLatin1StringView("--help")) {
            *helpShown = true;
            return true;
        } else if (a == QLatin1StringView("--server")) {
            if (!value(&o->server))
                return false;
        } else if (a == QLatin1StringView("--produce")) {
            if (!value(&o->produce))
                return false;
        } else if (a == QLatin1StringView("--user")) {
            if (!value(&o->user))
                return false;
        } else if (a == QLatin1StringView("--profile")) {
            if (!value(&o->profile))
                return false;
        } else if (a == QLatin1StringView("--file")) {
            if (!value(&o->inputFile))
                return false;
        } else if (a == QLatin1StringView("--key")) {
            if (!value(&o->licenseKey))
                return false;
        } else if (a == QLatin1StringView("--key-file")) {
            if (!value(&o->inputFile))
                return false;
        } else if (a == QLatin1StringView("--out")) {
            if (!value(&o->outFile))
                return false;
        } else if (a == QLatin1StringView("--datasource")) {
            if (!value(&o->parentId))
                return false;
        } else if (a == QLatin1StringView("--category")) {
            if (!value(&o->category))
                return false;
        } else if (a == QLatin1StringView("--folder")) {
            if (!value(&o->folder))
                return false;
        } else if (a == QLatin1StringView("--description")) {
            if (!value(&o->description))
                return false;
        } else if (a == QLatin1StringView("--name")) {
            if (!value(&o->byName))
                return false;
        } else if (a == QLatin1StringView("--timeout")) {
            QString t;
            if (!value(&t))
                return false;
            bool ok = false;
            o->timeoutSeconds = t.toInt(&ok);
            if (!ok || o->timeoutSeconds < 1) {
                *error = tr("--timeout needs a number of seconds.");
                return false;
            }
        } else if (a == QLatin1StringView("--value")) {
            QString v;
            if (!value(&v))
                return false;
            if (!v.contains(QLatin1Char('='))) {
                *error = tr("--value needs label=value.");
                return false;
            }
            o->values << v;
        } else if (a == QLatin1StringView("--data")) {
            QString v;
            if (!value(&v))
                return false;
            o->dataFiles << v;
        } else if (a == QLatin1StringView("--answer-file")) {
            if (!value(&o->answerFile))
                return false;
        } else if (a == QLatin1StringView("--to")) {
            if (!value(&o->to))
                return false;
        } else if (a == QLatin1StringView("--as-user")) {
            if (!value(&o->asUser))
                return false;
        } else if (a == QLatin1StringView("--without")) {
            QString v;
            if (!value(&v))
                return false;
            o->without << v;
        } else if (a == QLatin1StringView("--mode")) {
            QString v;
            if (!value(&v))
                return false;
            o->modes << v;
        } else if (a == QLatin1StringView("--wait")) {
            o->wait = true;
        } else if (a == QLatin1StringView("--notify")) {
            o->notify = true;
        } else if (a == QLatin1StringView("--in-progress")) {
            o->inProgress = true;
        } else if (a == QLatin1StringView("--all")) {
            o->all = true;
        } else if (a == QLatin1StringView("--overwrite")) {
            o->overwrite = true;
        } else if (a == QLatin1StringView("--comment")) {
            if (!value(&o->comment))
                return false;
        } else if (a == QLatin1StringView("--version")) {
            if (!value(&o->version))
                return false;
        } else if (a == QLatin1StringView("--dry-run")) {
            o->dryRun = true;
        } else if (a == QLatin1StringView("--json")) {
            o->format = Format::Json;
        } else if (a == QLatin1StringView("--csv")) {
            o->format = Format::Csv;
        } else if (a == QLatin1StringView("--password")) {
            *error = tr("Passwords are never taken from the command line; use INFINITI_PASSWORD or standard input.");
            return false;
        } else if (a.startsWith(QLatin1StringView("--"))) {
            *error = tr("Unknown option %1.").arg(a);
            return false;
        } else {
            o->command << a;
        }
    }
    if (o->command.isEmpty()) {
        *error = tr("No command given.");
        return false;
    }
    const QString resource = o->command.value(0);
    const QString verb = o->command.value(1);
    const qsizetype operands = o->command.size() - 2;
    bool known = false;
    if (resource == QLatin1StringView("login") || resource == QLatin1StringView("logout")) {
        known = o->command.size() == 1;
    } else if (resource == QLatin1StringView("license")) {
        known = (verb == QLatin1StringView("get") && operands == 0)
                || (verb == QLatin1StringView("update") && operands == 0 && !o->inputFile.isEmpty() != !o->licenseKey.isEmpty());
        if (verb == QLatin1StringView("update") && !known) {
            *error = tr("license update needs --key KEY or --key-file FILE.");
            return false;
        }
    } else if (resource == QLatin1StringView("sync")) {
        const QStringList parts = ProjectsEndpoints::syncExportOptions();
        static const QStringList modes = {QStringLiteral("Always"), QStringLiteral("IfNotExists"), QStringLiteral("IfNewer")};
        if (verb == QLatin1StringView("export")) {
            known = !o->outFile.isEmpty();
            if (!known) {
                *error = tr("sync export needs --out FILE.");
                return false;
            }
            for (const QString &part : std::as_const(o->without)) {
                if (!parts.contains(part)) {
                    *error = tr("--without takes one of: %1.").arg(parts.join(QStringLiteral(", ")));
                    return false;
                }
            }
        } else if (verb == QLatin1StringView("import")) {
            known = operands == 1;
            for (const QString &m : std::as_const(o->modes)) {
                if (!modes.contains(m.section(QLatin1Char('='), -1)) || m.count(QLatin1Char('=')) > 1) {
                    *error = tr("--mode takes Always, IfNotExists or IfNewer, alone or as PART=MODE.");
                    return false;
                }
            }
        }
    } else if (resource == QLatin1StringView("forms")) {
        known = verb == QLatin1StringView("list") && operands == 0;
    } else if (resource == QLatin1StringView("generate") || resource == QLatin1StringView("prepareform")) {
        known = o->command.size() == 2; // <publishId>
    } else if (resource == QLatin1StringView("outputs")) {
        known = o->command.size() == 2 && !o->outFile.isEmpty();
        if (o->command.size() == 2 && !known) {
            *error = tr("outputs needs --out DIR.");
            return false;
        }
    } else if (const CtlResource *res = CtlResource::named(resource); res && res->verbs.contains(verb)) {
        const bool byName = resource == QLatin1StringView("users") && !o->byName.isEmpty();
        if (verb == QLatin1StringView("list"))
            known = operands == 0;
        else if (verb == QLatin1StringView("get"))
            known = byName ? operands == 0 : operands == 1;
        else if (verb == QLatin1StringView("delete"))
            known = operands == 1;
        else if (verb == QLatin1StringView("import"))
            known = resource == QLatin1StringView("users") ? operands == 1 : operands >= 1;
        else if (verb == QLatin1StringView("rename")) {
            known = operands == 1 && !o->byName.isEmpty();
            if (operands == 1 && !known) {
                *error = tr("%1 rename needs --name NEW.").arg(resource);
                return false;
            }
        }
        else if (verb == QLatin1StringView("history"))
            known = operands == 1;
        else if (QStringList{QStringLiteral("abort"), QStringLiteral("revert"), QStringLiteral("unlock"), QStringLiteral("cancel"),
                             QStringLiteral("submit")}.contains(verb))
            known = operands == 1;
        else if (verb == QLatin1StringView("reassign")) {
            known = operands == 1 && !o->to.isEmpty();
            if (operands == 1 && !known) {
                *error = tr("%1 reassign needs --to USER-OR-GROUP.").arg(resource);
                return false;
            }
        }
        else if (verb == QLatin1StringView("export") && resource == QLatin1StringView("projects")) {
            known = o->all ? operands == 1 : operands == 1 && !o->outFile.isEmpty();
            if (!known) {
                *error = tr("projects export needs <id> --out FILE|DIR, or --all DIR.");
                return false;
            }
        } else if (verb == QLatin1StringView("export")) {
            known = operands == 2 && !o->outFile.isEmpty();
            if (operands == 2 && !known) {
                *error = tr("%1 export needs --out FILE.").arg(resource);
                return false;
            }
        } else if (verb == QLatin1StringView("replace")) {
            known = operands == 1 && !o->inputFile.isEmpty();
            if (operands == 1 && !known) {
                *error = tr("%1 replace needs --file FILE.").arg(resource);
                return false;
            }
        }
        else if (verb == QLatin1StringView("create") || verb == QLatin1StringView("update")) {
            known = operands == (verb == QLatin1StringView("create") ? 0 : 1);
            if (known && o->inputFile.isEmpty()) {
                *error = tr("%1 %2 needs --file FILE (or --file - for standard input).").arg(resource, verb);
                return false;
            }
        }
    }
    if (!known) {
        *error = tr("Unknown command: %1").arg(o->command.join(QLatin1Char(' ')));
        return false;
    }
    if (const CtlResource *res = CtlResource::named(resource); res && !res->parentOption.isEmpty() && o->parentId.isEmpty()) {
        *error = tr("%1 needs --%2 ID.").arg(resource, res->parentOption);
        return false;
    }
    if (o->server.isEmpty() && o->profile.isEmpty()) {
        *error = tr("Say which server: --server URL or --profile NAME.");
        return false;
    }
    return true;
}

} // namespace infiniti::ctl
