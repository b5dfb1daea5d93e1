#include "cli/commands/produce/PrepareForm.h"

#include "api/endpoints/ClientEndpoints.h"
#include "cli/core/OutputStream.h"

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

void PrepareForm::run()
{
    QJsonObject values;
    for (const QString &v : options().values)
        values.insert(v.section(QLatin1Char('='), 0, 0).trimmed(), v.section(QLatin1Char('='), 1));
    QJsonObject body{{"createInProgress"_L1, options().inProgress},
                     {"saveDescription"_L1, options().description},
                     {"asUserAssignedBy"_L1, false}};
    if (!values.isEmpty())
        body.insert("values"_L1, values);
    const ApiRequest request =
        ClientEndpoints::prepareForm(options().operands.value(0), body, options().asUser);
    sendOrFail(new ApiJob(session(), request, this), [this](ApiJob *job) {
        const QUrl link = job->location();
        if (link.isEmpty()) {
            complain(tr("the server prepared the form but gave no link to it (no Location in its "
                        "answer)."));
            finish(ServerError);
            return;
        }
        out() << link.toString() << '\n';
        finish(Ok);
    });
}

} // namespace infiniti::ctl
