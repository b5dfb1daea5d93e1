#include "ui/compare/PartsChooser.h"

#include "ui/shell/Theme.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QPushButton>

using namespace Qt::StringLiterals;
using namespace infiniti::compare;

namespace infiniti {

namespace {
constexpr int kPartsPerRow = 5;
}

PartsChooser::PartsChooser(QWidget *parent)
    : QGroupBox(tr("Parts to compare"), parent)
{
    setObjectName(u"partsChooser"_s);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(2);
    int i = 0;
    for (const Part part : allParts()) {
        auto *box = new QCheckBox(partTitle(part), this);
        box->setObjectName(u"part_"_s + partId(part));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, [this, box] {
            box->setPalette(QPalette());
            box->setToolTip({});
            emit partsChanged();
        });
        m_boxes[size_t(part)] = box;
        grid->addWidget(box, i / kPartsPerRow, i % kPartsPerRow);
        ++i;
    }
    auto *all = new QPushButton(tr("&All"), this);
    all->setObjectName(u"allPartsButton"_s);
    auto *none = new QPushButton(tr("N&one"), this);
    none->setObjectName(u"noPartsButton"_s);
    connect(all, &QPushButton::clicked, this, [this] { setParts(allParts()); });
    connect(none, &QPushButton::clicked, this, [this] { setParts({}); });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(all);
    buttons->addWidget(none);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(grid, 1);
    layout->addLayout(buttons);
}

QList<Part> PartsChooser::parts() const
{
    QList<Part> out;
    for (const Part part : allParts()) {
        if (m_boxes[size_t(part)]->isChecked())
            out << part;
    }
    return out;
}

void PartsChooser::setParts(const QList<Part> &parts)
{
    for (const Part part : allParts())
        m_boxes[size_t(part)]->setChecked(parts.contains(part));
}

void PartsChooser::flag(Part part, const QString &why)
{
    QCheckBox *box = m_boxes[size_t(part)];
    QPalette p = box->palette();
    p.setColor(QPalette::WindowText, Theme::errorColor());
    box->setPalette(p);
    box->setToolTip(why);
    box->setFocus();
}

void PartsChooser::clearFlags()
{
    for (QCheckBox *box : m_boxes) {
        box->setPalette(QPalette());
        box->setToolTip({});
    }
}

} // namespace infiniti
