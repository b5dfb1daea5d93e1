#include "ui/produce/FormChooser.h"

#include "api/Call.h"
#include "api/endpoints/ClientEndpoints.h"
#include "formats/Json.h"
#include "ui/common/Transfers.h"
#include <QComboBox>
#include <QCoreApplication>

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
                QStringList withoutId;
                for (const auto &form : ClientEndpoints::formsIn(folders)) {
                    if (form.id.isEmpty())
                        withoutId << form.name; // nothing to run it by: not offered, but said
                    else if (box->findData(form.id) < 0)
                        box->addItem(u"%1 — %2"_s.arg(form.folder, form.name), form.id);
                }
                box->setToolTip(
                    withoutId.isEmpty()
                        ? QString()
                        : QCoreApplication::translate(
                              "FormChooser",
                              "Not offered: %n form(s) the server lists without an id (%1).",
                              nullptr, int(withoutId.size()))
                              .arg(withoutId.join(u", "_s)));
                if (box->findData(select) < 0 && !select.isEmpty())
                    box->addItem(select, select); // the form asked for, though the list lacks it
                const int at = box->findData(select);
                box->setCurrentIndex(at < 0 ? 0 : at);
            },
            [box](const ApiError &error) { box->setToolTip(error.message()); });
}

} // namespace infiniti
