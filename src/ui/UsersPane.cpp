#include "UsersPane.h"

#include "EntityJob.h"
#include "ListStateOverlay.h"
#include "Session.h"
#include "UserPropertiesDialog.h"
#include "endpoints/UsersEndpoints.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace infiniti {

namespace {
const QString kHeaderKey = QStringLiteral("views/users/header");
}

UsersPane::UsersPane(QWidget *parent)
    : Pane(parent)
    , m_model(new UsersModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_filterDelay(new QTimer(this))
    , m_footer(new QLabel(this))
    , m_filterNote(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PagedListModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("usersFilter"));
    m_filter->setPlaceholderText(tr("Filter by username, name or email (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(300);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &UsersPane::applyFilter);
    m_filterNote->setObjectName(QStringLiteral("filterNote"));
    m_filterNote->hide();

    m_view->setObjectName(QStringLiteral("usersView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UsersModel::Username, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setColumnWidth(UsersModel::Username, 200);
    m_view->setColumnWidth(UsersModel::Name, 190);
    m_view->setColumnWidth(UsersModel::Email, 260);
    m_view->setColumnWidth(UsersModel::Disabled, 80);
    m_view->setColumnWidth(UsersModel::LockedOut, 90);
    m_view->horizontalHeader()->restoreState(QSettings().value(kHeaderKey).toByteArray());
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &UsersPane::showHeaderMenu);
    for (auto signal : {&QHeaderView::sectionMoved, &QHeaderView::sectionResized})
        connect(m_view->horizontalHeader(), signal, this, &UsersPane::saveHeader);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &UsersPane::saveHeader);
    // Return, and a double click (or the platform's single click), activate a row.
    connect(m_view, &QTableView::activated, this, &UsersPane::openProperties);

    m_overlay = new ListStateOverlay(m_view, m_model, tr("This server has no users."));
    connect(m_model, &PagedListModel::stateChanged, this, &UsersPane::updateFooter);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &UsersPane::updateFooter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPane::updateFooter);
    m_footer->setObjectName(QStringLiteral("usersFooter"));
    m_footer->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_footer, &QLabel::linkActivated, m_model, &PagedListModel::retry);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_filterNote);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_footer);
    updateFooter();
}

void UsersPane::setSession(Session *session)
{
    m_session = session;
    m_model->setSession(session);
}

void UsersPane::refresh()
{
    m_model->refresh();
}

void UsersPane::focusFind()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void UsersPane::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    // The server searches all users; the proxy narrows what is loaded, which also covers a
    // server that ignores `search`.
    m_model->setSearch(text);
    m_proxy->setFilterFixedString(text);
    m_overlay->setFilterActive(!text.isEmpty());
    updateFooter();
}

void UsersPane::updateFooter()
{
    const int loaded = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text;
    switch (m_model->state()) {
    case PagedListModel::State::Loading:
        text = loaded == 0 ? QString() : tr("%n user(s) loaded — loading more…", nullptr, loaded);
        break;
    case PagedListModel::State::Error:
        if (loaded > 0)
            text = tr("%n user(s) loaded. %1 <a href=\"retry\">Retry</a>", nullptr, loaded)
                       .arg(m_model->lastError().message().toHtmlEscaped());
        break;
    default:
        if (loaded > 0)
            text = m_model->canFetchMore() ? tr("%n user(s) loaded — scroll down for more", nullptr, loaded)
                                           : tr("%n user(s)", nullptr, loaded);
        break;
    }
    if (shown != loaded && loaded > 0)
        text += QLatin1String(" · ") + tr("%n shown", nullptr, shown);
    m_footer->setText(text);
    const bool localOnly = m_model->searchCoversLoadedRowsOnly();
    m_filterNote->setText(tr("This server does not search; the filter covers the users loaded so far."));
    m_filterNote->setVisible(localOnly);
}

void UsersPane::openProperties(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    const User user = User::fromJson(source.data(PagedListModel::JsonRole).toJsonObject());
    auto *dialog = new UserPropertiesDialog(user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    if (!m_session || user.id.isEmpty())
        return;
    // The list may carry fewer fields than the user itself: show the whole, fresh user.
    auto *job = new EntityJob(m_session, UsersEndpoints::get(user.id), dialog);
    QPointer<UserPropertiesDialog> guard(dialog);
    connect(job, &ApiJob::finished, this, [this, job, guard] {
        if (job->succeeded()) {
            m_model->updateItem(job->object());
            if (guard)
                guard->setUser(User::fromJson(job->object()));
        } else if (guard && job->error().kind() != ApiError::Kind::Cancelled) {
            guard->setNote(tr("Showing the list's copy. %1").arg(job->error().message()));
        }
    });
    job->start();
}

void UsersPane::copySelection()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QHeaderView *header = m_view->horizontalHeader();
    QStringList lines;
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    QList<QModelIndex> sorted = rows;
    std::sort(sorted.begin(), sorted.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const auto &row : sorted) {
        QStringList cells;
        for (int c : columns) {
            QString text = m_proxy->index(row.row(), c).data().toString();
            text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
            cells << text;
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void UsersPane::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(this);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        a->setEnabled(c != UsersModel::Username); // the key column stays
        connect(a, &QAction::toggled, this, [this, header, c](bool on) {
            header->setSectionHidden(c, !on);
            saveHeader();
        });
    }
    menu.exec(header->mapToGlobal(pos));
}

void UsersPane::saveHeader()
{
    QSettings().setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
}

} // namespace infiniti
