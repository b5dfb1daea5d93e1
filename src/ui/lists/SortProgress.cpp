#include "ui/lists/SortProgress.h"

#include "models/SparseListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace infiniti {

SortProgress::SortProgress(SparseListModel *model, QHeaderView *header,
                           std::function<QString(int)> countText, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_header(header)
    , m_countText(std::move(countText))
    , m_text(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    setObjectName(u"sortProgress"_s);
    setFrameShape(QFrame::StyledPanel);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(u"cancelSort"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_bar);
    layout->addWidget(cancel);
    m_bar->setRange(0, 100);
    m_bar->setMaximumWidth(200);
    connect(cancel, &QPushButton::clicked, m_model, &SparseListModel::cancelSort);
    connect(m_model, &SparseListModel::sortProgress, this, &SortProgress::showProgress);
    connect(m_model, &SparseListModel::sortFinished, this, &SortProgress::finished);
    hide();
}

void SortProgress::showProgress(int loaded, int total)
{
    if (!m_model->isSortPending())
        return;
    if (loaded < total) {
        m_text->setText(tr("Loading all %1 to sort…").arg(m_countText(total)));
        m_bar->setValue(total > 0 ? int(qint64(loaded) * 100 / total) : 0);
        m_bar->show();
    } else {
        m_text->setText(tr("Sorting %1…").arg(m_countText(total)));
        m_bar->hide();
    }
    show();
}

void SortProgress::finished(bool sorted)
{
    if (sorted) {
        hide();
        return;
    }
    // The rows stay in the order they are in: the header says which.
    const int column = m_model->sortColumn() < 0 ? 0 : m_model->sortColumn();
    const Qt::SortOrder order =
        m_model->sortColumn() < 0 ? Qt::AscendingOrder : m_model->sortOrder();
    m_bar->hide();
    m_text->setText(tr("Not sorted: the list stays in the order shown (by “%1”).")
                        .arg(m_model->headerData(column, Qt::Horizontal).toString()));
    show();
    QTimer::singleShot(6000, this, [this] {
        if (!m_model->isSortPending())
            hide();
    });
    if (m_header->sortIndicatorSection() != column || m_header->sortIndicatorOrder() != order)
        m_header->setSortIndicator(column,
                                   order); // asks the model for the order it has: nothing to do
}

} // namespace infiniti
