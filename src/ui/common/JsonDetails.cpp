#include "ui/common/JsonDetails.h"

#include "models/JsonListModel.h"
#include "ui/common/Transfers.h"
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

void showJsonDetails(QWidget *parent, const QString &title, const QJsonObject &item)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(u"detailsDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->resize(620, 520);
    auto *form = new QFormLayout;
    for (auto it = item.begin(); it != item.end(); ++it) {
        const QString text = JsonListModel::valueAt(item, it.key());
        auto *value = new QLabel(text.isEmpty() ? u"—"_s : text);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        form->addRow(it.key() + QLatin1Char(':'), value);
    }
    auto *raw = new QPlainTextEdit(QString::fromUtf8(QJsonDocument(item).toJson(QJsonDocument::Indented)));
    raw->setObjectName(u"rawJson"_s);
    raw->setReadOnly(true);
    raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(new QLabel(QObject::tr("Raw JSON:")));
    layout->addWidget(raw, 1);
    layout->addWidget(buttons);
    dialog->show();
}

} // namespace infiniti
