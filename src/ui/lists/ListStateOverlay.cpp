#include "ui/lists/ListStateOverlay.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

ListStateOverlay::ListStateOverlay(QAbstractItemView *view, PagedListModel *model,
                                   QString emptyText)
    : QWidget(view->viewport())
    , m_view(view)
    , m_model(model)
    , m_emptyText(std::move(emptyText))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    setObjectName(u"listStateOverlay"_s);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_text->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_text->setFont(f);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_text);
    layout->addWidget(m_retry, 0, Qt::AlignHCenter);
    layout->addStretch();
    connect(m_retry, &QPushButton::clicked, model, &PagedListModel::retry);
    connect(model, &PagedListModel::stateChanged, this, &ListStateOverlay::update);
    connect(model, &QAbstractItemModel::modelReset, this, &ListStateOverlay::update);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ListStateOverlay::update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ListStateOverlay::update);
    view->viewport()->installEventFilter(this);
    update();
}

bool ListStateOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QWidget::eventFilter(watched, event);
}

void ListStateOverlay::update()
{
    if (!m_model)
        return;
    setGeometry(m_view->viewport()->rect());
    const bool noRows = m_view->model() && m_view->model()->rowCount() == 0;
    QString text;
    bool retry = false;
    switch (m_model->state()) {
    case PagedListModel::State::Loading:
        if (noRows)
            text = tr("Loading…");
        break;
    case PagedListModel::State::Error:
        if (noRows) {
            text = m_model->lastError().message();
            m_text->setToolTip(m_model->lastError().details());
            retry = true;
        }
        break;
    case PagedListModel::State::Empty:
    case PagedListModel::State::Loaded:
        if (noRows)
            text = m_filterActive || !m_model->search().isEmpty()
                       ? tr("Nothing matches the filter.")
                       : m_emptyText;
        break;
    case PagedListModel::State::Idle:
        if (noRows)
            text = m_idleText.isEmpty() ? tr("Not signed in.") : m_idleText;
        break;
    }
    m_text->setText(text);
    m_retry->setVisible(retry);
    setVisible(!text.isEmpty());
    // Clicks go to the view unless there is something to click here.
    setAttribute(Qt::WA_TransparentForMouseEvents, !retry);
}

} // namespace infiniti
