#include "ui/common/DetailsSheet.h"

#include "formats/Json.h"
#include "models/DisplayText.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

DetailsSheet::DetailsSheet(const QString &title, QList<Field> fields, QWidget *parent)
    : QDialog(parent)
    , m_fields(std::move(fields))
    , m_form(new QFormLayout)
    , m_historyHeading(new QLabel(this))
    , m_history(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_rawToggle(new QToolButton(this))
    , m_raw(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"detailsSheet"_s);
    setWindowTitle(title);
    resize(600, 560);
    for (const Field &f : std::as_const(m_fields)) {
        auto *value = new QLabel(this);
        value->setObjectName(f.key);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(true);
        m_form->addRow(f.label, value);
        m_values << value;
    }
    m_historyHeading->hide();
    m_history->setObjectName(u"history"_s);
    m_history->setAccessibleName(tr("History"));
    m_history->setHeaderLabels({tr("Step"), tr("Where it stands")});
    m_history->setRootIsDecorated(false);
    m_history->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_history->header()->setSectionResizeMode(
        1, QHeaderView::ResizeToContents); // "Current — by …" whole
    m_history->header()->setStretchLastSection(false);
    m_history->hide();
    m_status->setObjectName(u"sheetStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The raw answer is for the curious: once, and folded away until asked for.
    m_rawToggle->setObjectName(u"rawJsonToggle"_s);
    m_rawToggle->setText(tr("Raw JSON"));
    m_rawToggle->setCheckable(true);
    m_rawToggle->setAutoRaise(true);
    m_rawToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_rawToggle->setArrowType(Qt::RightArrow);
    m_raw->setObjectName(u"rawJson"_s);
    m_raw->setAccessibleName(tr("Raw JSON"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->hide();
    connect(m_rawToggle, &QToolButton::toggled, this, [this](bool open) {
        m_raw->setVisible(open);
        m_rawToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    m_buttons->setObjectName(u"buttons"_s);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_historyHeading);
    layout->addWidget(m_history, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_rawToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_raw, 1);
    layout->addStretch(0);
    layout->addWidget(m_buttons);
}

void DetailsSheet::setItem(const QJsonObject &item)
{
    m_item = item;
    for (int i = 0; i < m_fields.size(); ++i) {
        const Field &f = m_fields.at(i);
        const QJsonValue v = Json::atPath(item, f.key);
        QString text;
        if (f.text)
            text = f.text(item);
        else
            switch (f.format) {
            case Format::Text:
                text = DisplayText::value(v);
                break;
            case Format::DateTime:
                text = DisplayText::dateTime(v.toString());
                break;
            case Format::Enum:
                text = DisplayText::enumText(v.toString());
                break;
            case Format::YesNo:
                text = v.isUndefined() || v.isNull() ? QString() : DisplayText::yesNo(v.toBool());
                break;
            }
        m_values.at(i)->setText(text.isEmpty() ? u"—"_s : text);
    }
    m_raw->setPlainText(QString::fromUtf8(QJsonDocument(item).toJson(QJsonDocument::Indented)));
    updateActions();
}

QPushButton *DetailsSheet::addAction(const QString &objectName, const QString &text,
                                     std::function<void()> run,
                                     std::function<bool(const QJsonObject &)> enabled)
{
    QPushButton *button = m_buttons->addButton(text, QDialogButtonBox::ActionRole);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, std::move(run));
    m_actions.append({button, std::move(enabled)});
    updateActions();
    return button;
}

void DetailsSheet::updateActions()
{
    for (const auto &[button, enabled] : std::as_const(m_actions))
        button->setEnabled(!m_gone && !m_item.isEmpty() && (!enabled || enabled(m_item)));
}

void DetailsSheet::setGone(const QString &why)
{
    m_gone = true;
    updateActions();
    setStatus(why);
}

void DetailsSheet::setHistory(const QString &heading,
                              const QList<std::pair<QString, QString>> &steps, int current)
{
    m_historyHeading->setText(heading);
    m_historyHeading->setVisible(!steps.isEmpty());
    m_history->setVisible(!steps.isEmpty());
    m_history->clear();
    for (int i = 0; i < steps.size(); ++i) {
        auto *row = new QTreeWidgetItem(m_history, {steps.at(i).first, steps.at(i).second});
        if (i == current) {
            QFont bold = row->font(0);
            bold.setBold(true);
            row->setFont(0, bold);
            row->setFont(1, bold);
        }
    }
}

void DetailsSheet::setStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace infiniti
