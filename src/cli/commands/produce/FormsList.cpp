#include "cli/commands/produce/FormsList.h"

#include "api/endpoints/ClientEndpoints.h"
#include "cli/core/JsonCasing.h"
#include "cli/core/OutputStream.h"
#include "cli/core/TableWriter.h"
#include "formats/Json.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

void FormsList::run()
{
    sendOrFail(new ApiJob(session(), ClientEndpoints::forms(), this), [this](ApiJob *job) {
        if (options().format == Format::Json) {
            const QJsonValue answer = job->json().isArray() ? QJsonValue(job->json().array())
                                                            : QJsonValue(job->json().object());
            const QJsonValue shown = camelCased(answer);
            out() << QString::fromUtf8(
                (shown.isArray() ? QJsonDocument(shown.toArray()) : QJsonDocument(shown.toObject()))
                    .toJson(QJsonDocument::Indented));
            finish(Ok);
            return;
        }
        TableWriter table(out(), options(), {18, 28});
        const bool csv = options().format == Format::Csv;
        if (csv)
            table.row({u"folder"_s, u"form"_s, u"publishId"_s, u"version"_s});
        for (const auto &form :
             ClientEndpoints::formsIn(Json::listItems(job->json(), "folders"_L1))) {
            const QStringList row = {form.folder, form.name, form.id, form.version};
            table.row(csv ? row : row.mid(0, 3));
        }
        finish(Ok);
    });
}

} // namespace infiniti::ctl
