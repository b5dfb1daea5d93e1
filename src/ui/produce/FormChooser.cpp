#include "ui/produce/FormChooser.h"

#include "api/Call.h"
#include "api/endpoints/ClientEndpoints.h"
#include "formats/Json.h"
#include "ui/common/Transfers.h"
#include <QComboBox>

using namespace Qt::StringLiterals;

namespace infiniti {

void fillFormChooser(Session *session, QComboBox *box, const QString &select, QObject *context)
{
    if (!session)
        return;
    // Should the forms not come, the chooser keeps the one form it was opened for.
    session->readAll(ClientEndpoints::forms(), "folders"_L1)
        .then(
            context,
            [box, select](const QJsonArray &folders) {
                const QSignalBlocker block(box);
                box->clear();
                for (const auto &folder : folders) {
                    const QString folderName = Json::string(folder.toObject(), "name"_L1);
                    for (const auto &form : Json::value(folder.toObject(), "forms"_L1).toArray()) {
                        const QJsonObject f = form.toObject();
                        const QString id = Json::idOf(f);
                        if (box->findData(id) < 0)
                            box->addItem(u"%1 — %2"_s.arg(folderName, Json::string(f, "name"_L1)),
                                         id);
                    }
                }
                if (box->findData(select) < 0 && !select.isEmpty())
                    box->addItem(select, select); // the form asked for, though the list lacks it
                const int at = box->findData(select);
                box->setCurrentIndex(at < 0 ? 0 : at);
            },
            [box](const ApiError &error) { box->setToolTip(error.message()); });
}

} // namespace infiniti
