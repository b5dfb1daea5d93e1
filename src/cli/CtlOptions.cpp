#include "cli/CtlOptions.h"

#include "cli/CtlResource.h"
#include "api/endpoints/ProjectsEndpoints.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

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
        if (a == "-h"_L1 || a == "--help"_L1) {
            *helpShown = true;
            return true;
        } else if (a == "--server"_L1) {
            if (!value(&o->server))
                return false;
        } else if (a == "--produce"_L1) {
            if (!value(&o->produce))
                return false;
        } else if (a == "--user"_L1) {
            if (!value(&o->user))
                return false;
        } else if (a == "--profile"_L1) {
            if (!value(&o->profile))
                return false;
        } else if (a == "--file"_L1) {
            if (!value(&o->inputFile))
                return false;
        } else if (a == "--key"_L1) {
            if (!value(&o->licenseKey))
                return false;
        } else if (a == "--key-file"_L1) {
            if (!value(&o->inputFile))
                return false;
        } else if (a == "--out"_L1) {
            if (!value(&o->outFile))
                return false;
        } else if (a == "--datasource"_L1) {
            if (!value(&o->parentId))
                return false;
        } else if (a == "--category"_L1) {
            if (!value(&o->category))
                return false;
        } else if (a == "--folder"_L1) {
            if (!value(&o->folder))
                return false;
        } else if (a == "--description"_L1) {
            if (!value(&o->description))
                return false;
        } else if (a == "--name"_L1) {
            if (!value(&o->byName))
                return false;
        } else if (a == "--timeout"_L1) {
            QString t;
            if (!value(&t))
                return false;
            bool ok = false;
            o->timeoutSeconds = t.toInt(&ok);
            if (!ok || o->timeoutSeconds < 1) {
                *error = tr("--timeout needs a number of seconds.");
                return false;
            }
        } else if (a == "--value"_L1) {
            QString v;
            if (!value(&v))
                return false;
            if (!v.contains(QLatin1Char('='))) {
                *error = tr("--value needs label=value.");
                return false;
            }
            o->values << v;
        } else if (a == "--data"_L1) {
            QString v;
            if (!value(&v))
                return false;
            o->dataFiles << v;
        } else if (a == "--answer-file"_L1) {
            if (!value(&o->answerFile))
                return false;
        } else if (a == "--to"_L1) {
            if (!value(&o->to))
                return false;
        } else if (a == "--as-user"_L1) {
            if (!value(&o->asUser))
                return false;
        } else if (a == "--without"_L1) {
            QString v;
            if (!value(&v))
                return false;
            o->without << v;
        } else if (a == "--mode"_L1) {
            QString v;
            if (!value(&v))
                return false;
            o->modes << v;
        } else if (a == "--wait"_L1) {
            o->wait = true;
        } else if (a == "--notify"_L1) {
            o->notify = true;
        } else if (a == "--in-progress"_L1) {
            o->inProgress = true;
        } else if (a == "--all"_L1) {
            o->all = true;
        } else if (a == "--overwrite"_L1) {
            o->overwrite = true;
        } else if (a == "--comment"_L1) {
            if (!value(&o->comment))
                return false;
        } else if (a == "--version"_L1) {
            if (!value(&o->version))
                return false;
        } else if (a == "--dry-run"_L1) {
            o->dryRun = true;
        } else if (a == "--json"_L1) {
            o->format = Format::Json;
        } else if (a == "--csv"_L1) {
            o->format = Format::Csv;
        } else if (a == "--password"_L1) {
            *error = tr("Passwords are never taken from the command line; use INFINITI_PASSWORD or standard input.");
            return false;
        } else if (a.startsWith("--"_L1)) {
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
    if (resource == "login"_L1 || resource == "logout"_L1) {
        known = o->command.size() == 1;
    } else if (resource == "license"_L1) {
        known = (verb == "get"_L1 && operands == 0)
                || (verb == "update"_L1 && operands == 0 && !o->inputFile.isEmpty() != !o->licenseKey.isEmpty());
        if (verb == "update"_L1 && !known) {
            *error = tr("license update needs --key KEY or --key-file FILE.");
            return false;
        }
    } else if (resource == "sync"_L1) {
        const QStringList parts = ProjectsEndpoints::syncExportOptions();
        static const QStringList modes = {u"Always"_s, u"IfNotExists"_s, u"IfNewer"_s};
        if (verb == "export"_L1) {
            known = !o->outFile.isEmpty();
            if (!known) {
                *error = tr("sync export needs --out FILE.");
                return false;
            }
            for (const QString &part : std::as_const(o->without)) {
                if (!parts.contains(part)) {
                    *error = tr("--without takes one of: %1.").arg(parts.join(u", "_s));
                    return false;
                }
            }
        } else if (verb == "import"_L1) {
            known = operands == 1;
            for (const QString &m : std::as_const(o->modes)) {
                if (!modes.contains(m.section(QLatin1Char('='), -1)) || m.count(QLatin1Char('=')) > 1) {
                    *error = tr("--mode takes Always, IfNotExists or IfNewer, alone or as PART=MODE.");
                    return false;
                }
            }
        }
    } else if (resource == "forms"_L1) {
        known = verb == "list"_L1 && operands == 0;
    } else if (resource == "generate"_L1 || resource == "prepareform"_L1) {
        known = o->command.size() == 2; // <publishId>
    } else if (resource == "outputs"_L1) {
        known = o->command.size() == 2 && !o->outFile.isEmpty();
        if (o->command.size() == 2 && !known) {
            *error = tr("outputs needs --out DIR.");
            return false;
        }
    } else if (const CtlResource *res = CtlResource::named(resource); res && res->verbs.contains(verb)) {
        const bool byName = resource == "users"_L1 && !o->byName.isEmpty();
        if (verb == "list"_L1)
            known = operands == 0;
        else if (verb == "get"_L1)
            known = byName ? operands == 0 : operands == 1;
        else if (verb == "delete"_L1)
            known = operands == 1;
        else if (verb == "import"_L1)
            known = resource == "users"_L1 ? operands == 1 : operands >= 1;
        else if (verb == "rename"_L1) {
            known = operands == 1 && !o->byName.isEmpty();
            if (operands == 1 && !known) {
                *error = tr("%1 rename needs --name NEW.").arg(resource);
                return false;
            }
        }
        else if (verb == "history"_L1)
            known = operands == 1;
        else if (QStringList{u"abort"_s, u"revert"_s, u"unlock"_s, u"cancel"_s,
                             u"submit"_s}.contains(verb))
            known = operands == 1;
        else if (verb == "reassign"_L1) {
            known = operands == 1 && !o->to.isEmpty();
            if (operands == 1 && !known) {
                *error = tr("%1 reassign needs --to USER-OR-GROUP.").arg(resource);
                return false;
            }
        }
        else if (verb == "export"_L1 && resource == "projects"_L1) {
            known = o->all ? operands == 1 : operands == 1 && !o->outFile.isEmpty();
            if (!known) {
                *error = tr("projects export needs <id> --out FILE|DIR, or --all DIR.");
                return false;
            }
        } else if (verb == "export"_L1) {
            known = operands == 2 && !o->outFile.isEmpty();
            if (operands == 2 && !known) {
                *error = tr("%1 export needs --out FILE.").arg(resource);
                return false;
            }
        } else if (verb == "replace"_L1) {
            known = operands == 1 && !o->inputFile.isEmpty();
            if (operands == 1 && !known) {
                *error = tr("%1 replace needs --file FILE.").arg(resource);
                return false;
            }
        }
        else if (verb == "create"_L1 || verb == "update"_L1) {
            known = operands == (verb == "create"_L1 ? 0 : 1);
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
