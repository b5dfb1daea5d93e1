#include "ui/produce/FormChooser.h"

#include "api/EntityJob.h"
#include "formats/Json.h"
#include "ui/common/Transfers.h"
#include "api/endpoints/ClientEndpoints.h"
#include <QComboBox>

using namespace Qt::StringLiterals;

namespace infiniti {

void fillFormChooser(Session *session, QComboBox *box, const QString &select, QObject *context)
{
    auto *job = new EntityJob(session, ClientEndpoints::forms(), context);
    QObject::connect(job, &ApiJob::finished, context, [job, box, select] {
        if (!job->succeeded())
            return;
        const QSignalBlocker block(box);
        box->clear();
        for (const auto &folder : Json::listItems(job->json(), "folders"_L1)) {
            const QString folderName = Json::string(folder.toObject(), "name"_L1);
            for (const auto &form : Json::value(folder.toObject(), "forms"_L1).toArray()) {
                const QJsonObject f = form.toObject();
                const QString id = Json::idOf(f);
                if (box->findData(id) < 0)
                    box->addItem(u"%1 — %2"_s.arg(folderName, Json::string(f, "name"_L1)), id);
            }
        }
        const int at = box->findData(select);
        box->setCurrentIndex(at < 0 ? 0 : at);
    });
    job->start();
}

} // namespace infiniti
