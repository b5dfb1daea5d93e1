#include "ui/produce/FormChooser.h"

#include "api/EntityJob.h"
#include "formats/Json.h"
#include "ui/common/Transfers.h"
#include "api/endpoints/ClientEndpoints.h"
#include <QComboBox>

namespace infiniti {

namespace {
using L = QLatin1StringView;
} // namespace

void fillFormChooser(Session *session, QComboBox *box, const QString &select, QObject *context)
{
    auto *job = new EntityJob(session, ClientEndpoints::forms(), context);
    QObject::connect(job, &ApiJob::finished, context, [job, box, select] {
        if (!job->succeeded())
            return;
        const QSignalBlocker block(box);
        box->clear();
        for (const auto &folder : Json::listItems(job->json(), L("folders"))) {
            const QString folderName = Json::string(folder.toObject(), L("name"));
            for (const auto &form : Json::value(folder.toObject(), L("forms")).toArray()) {
                const QJsonObject f = form.toObject();
                const QString id = Json::idOf(f);
                if (box->findData(id) < 0)
                    box->addItem(QStringLiteral("%1 — %2").arg(folderName, Json::string(f, L("name"))), id);
            }
        }
        const int at = box->findData(select);
        box->setCurrentIndex(at < 0 ? 0 : at);
    });
    job->start();
}

} // namespace infiniti
