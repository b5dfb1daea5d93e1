#include "cli/commands/resources/ResourceCommands.h"

#include "cli/commands/resources/CtlResource.h"
#include "cli/commands/resources/ResourceEntity.h"
#include "cli/commands/resources/ResourceList.h"
#include "cli/core/CommandRegistry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

namespace {
VerbSpec entityVerb(const CtlResource &r, ResourceEntity::Verb verb)
{
    VerbSpec v;
    v.create = [&r, verb](const CommandContext &c) {
        return new ResourceEntity(c, r, verb);
    };
    return v;
}
} // namespace

void registerResourceCommands(CommandRegistry &registry)
{
    for (const CtlResource &r : CtlResource::all()) {
        CommandSpec &command = registry.command(r.name, r.summary);
        const bool nested = !r.parentOption.isEmpty();
        const bool isUsers = r.name == "users"_L1;
        for (const QString &name : r.verbs) {
            VerbSpec v;
            if (name == "list"_L1) {
                v.synopsis = nested ? QT_TRANSLATE_NOOP("infiniti-ctl", "--datasource ID") : "";
                v.summary = QT_TRANSLATE_NOOP("infiniti-ctl",
                                              "every item (all pages): a table, --json or --csv");
                v.create = [&r](const CommandContext &c) {
                    return new ResourceList(c, r);
                };
            } else if (name == "get"_L1) {
                v = entityVerb(r, ResourceEntity::Verb::Get);
                v.synopsis = isUsers  ? QT_TRANSLATE_NOOP("infiniti-ctl", "<id> | --name USERNAME")
                             : nested ? QT_TRANSLATE_NOOP("infiniti-ctl", "<id> --datasource ID")
                                      : QT_TRANSLATE_NOOP("infiniti-ctl", "<id>");
                v.summary =
                    isUsers ? QT_TRANSLATE_NOOP("infiniti-ctl", "one user, by id or by username")
                            : QT_TRANSLATE_NOOP("infiniti-ctl", "one item by id");
                v.minOperands = isUsers ? 0 : 1;
                v.maxOperands = 1;
                if (isUsers) {
                    v.options << VerbOption(
                        "name", QT_TRANSLATE_NOOP("infiniti-ctl", "the username, instead of <id>"),
                        QT_TRANSLATE_NOOP("infiniti-ctl", "USERNAME"));
                    v.check = [](const CtlOptions &o) {
                        return o.operands.isEmpty() == o.name.isEmpty()
                                   ? QCoreApplication::translate("infiniti-ctl",
                                                                 "'users get' takes an <id> or "
                                                                 "--name USERNAME (one of them).")
                                   : QString();
                    };
                }
            } else if (name == "create"_L1 || name == "update"_L1) {
                const bool create = name == "create"_L1;
                v = entityVerb(r, create ? ResourceEntity::Verb::Create
                                         : ResourceEntity::Verb::Update);
                v.synopsis =
                    create
                        ? (nested ? QT_TRANSLATE_NOOP("infiniti-ctl", "--file FILE --datasource ID")
                                  : QT_TRANSLATE_NOOP("infiniti-ctl", "--file FILE"))
                        : (nested ? QT_TRANSLATE_NOOP("infiniti-ctl",
                                                      "<id> --file FILE --datasource ID")
                                  : QT_TRANSLATE_NOOP("infiniti-ctl", "<id> --file FILE"));
                v.summary =
                    create
                        ? QT_TRANSLATE_NOOP(
                              "infiniti-ctl",
                              "create one from a JSON object (--file - reads standard input)")
                        : QT_TRANSLATE_NOOP("infiniti-ctl",
                                            "change the keys a JSON object gives; the others stay");
                v.minOperands = v.maxOperands = create ? 0 : 1;
                v.options << VerbOption(
                    "file",
                    QT_TRANSLATE_NOOP("infiniti-ctl", "the JSON object; - for standard input"));
                v.check = [name = r.name, verb = name](const CtlOptions &o) {
                    return o.inputFile.isEmpty()
                               ? QCoreApplication::translate(
                                     "infiniti-ctl",
                                     "'%1 %2' needs --file FILE (or --file - for standard input).")
                                     .arg(name, verb)
                               : QString();
                };
            } else if (name == "delete"_L1) {
                v = entityVerb(r, ResourceEntity::Verb::Delete);
                v.synopsis = nested ? QT_TRANSLATE_NOOP("infiniti-ctl", "<id> --datasource ID")
                                    : QT_TRANSLATE_NOOP("infiniti-ctl", "<id>");
                v.summary = QT_TRANSLATE_NOOP("infiniti-ctl", "delete one item");
                v.minOperands = v.maxOperands = 1;
            }
            v.verb = name;
            v.json = v.csv = name != "delete"_L1;
            if (nested) {
                v.options << VerbOption("datasource");
                auto check = v.check;
                v.check = [check, name = r.name](const CtlOptions &o) {
                    if (o.parentId.isEmpty())
                        return QCoreApplication::translate("infiniti-ctl",
                                                           "'%1' needs --datasource ID.")
                            .arg(name);
                    return check ? check(o) : QString();
                };
            }
            command.verbs << v;
        }
    }
}

} // namespace infiniti::ctl
