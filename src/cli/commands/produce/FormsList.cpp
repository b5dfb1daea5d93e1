#include "cli/commands/produce/FormsList.h"

#include "api/endpoints/ClientEndpoints.h"
#include "cli/core/JsonCasing.h"
#include "cli/core/OutputStream.h"
#include "cli/core/TableWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

void FormsList::run()
{
    // Every page, as the console reads it: an answer that is no list of folders fails (it was
    // shown as no forms, exit 0). --json: the folders, an array like every other list.
    readAllOrFail(ClientEndpoints::forms(), "folders"_L1, [this](const QJsonArray &folders) {
        if (options().format == Format::Json) {
            out() << QString::fromUtf8(
                QJsonDocument(camelCased(folders).toArray()).toJson(QJsonDocument::Indented));
            finish(Ok);
            return;
        }
        TableWriter table(out(), options(), {18, 28});
        const bool csv = options().format == Format::Csv;
        if (csv)
            table.row({u"folder"_s, u"form"_s, u"publishId"_s, u"version"_s});
        for (const auto &form : ClientEndpoints::formsIn(folders)) {
            const QStringList row = {form.folder, form.name, form.id, form.version};
            table.row(csv ? row : row.mid(0, 3));
        }
        finish(Ok);
    });
}

} // namespace infiniti::ctl
