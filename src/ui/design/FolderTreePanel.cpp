#include "ui/design/FolderTreePanel.h"

#include "api/Call.h"
#include "api/endpoints/FoldersEndpoints.h"
#include "api/endpoints/GroupsEndpoints.h"
#include "api/JsonEdits.h"
#include "api/ListAllJob.h"
#include "api/Session.h"
#include "formats/Json.h"
#include "models/FolderTreeModel.h"
#include "models/JsonListModel.h"
#include "ui/common/Transfers.h"
#include "ui/lists/JsonFormDialog.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
using Kind = JsonFormDialog::Field::Kind;

// Folder, "all" and failed-node icons from the style (icon themes are often missing).
class FolderIcons : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        QStyle::StandardPixmap icon = QStyle::SP_DirIcon;
        if (index.data(FolderTreeModel::AllRole).toBool())
            icon = QStyle::SP_FileDialogListView;
        else if (index.data(FolderTreeModel::StateRole).value<FolderTreeModel::State>() ==
                 FolderTreeModel::State::Failed)
            icon = QStyle::SP_MessageBoxWarning;
        option->icon = style->standardIcon(icon);
        option->features |= QStyleOptionViewItem::HasDecoration;
        const int size = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, option->widget);
        option->decorationSize = QSize(size, size);
    }
};
} // namespace

FolderTreePanel::FolderTreePanel(Collection folders, const QString &allLabel, const QString &what,
                                 QWidget *parent)
    : QWidget(parent)
    , m_folders(folders)
    , m_what(what)
    , m_model(new FolderTreeModel(std::move(folders), allLabel, this))
    , m_view(new QTreeView(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QString::fromLatin1(m_folders.path) + u"Panel"_s);
    m_view->setObjectName(QString::fromLatin1(m_folders.path) + u"Tree"_s);
    m_view->setAccessibleName(tr("Folders"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setItemDelegate(new FolderIcons(m_view));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setMinimumWidth(120); // gives way to the list beside it on a small screen
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);
    m_problem->setObjectName(u"folderProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    connect(m_problem, &QLabel::linkActivated, this, [this] {
        m_problem->hide();
        m_model->retry({});
    });
    connect(m_model, &FolderTreeModel::loadFailed, this,
            [this](const QModelIndex &node, const ApiError &error) {
                if (!node.isValid()) {
                    m_problem->setText(
                        tr("The folders could not be loaded: %1 <a href=\"retry\">Retry</a>")
                            .arg(error.message().toHtmlEscaped()));
                    m_problem->show();
                }
            });
    connect(m_model, &QAbstractItemModel::modelReset, m_problem, &QLabel::hide);
    connect(m_view, &QWidget::customContextMenuRequested, this, &FolderTreePanel::showMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        // The folder made current again after a reload is the one the list already shows.
        if (m_announced == currentFolderId())
            return;
        m_announced = currentFolderId();
        emit currentFolderChanged(currentFolderId(), currentFolderName());
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FolderTreePanel::restore);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0) // the "all" row comes at once
            restore({}, 0, m_model->rowCount() - 1);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_problem);
    layout->addWidget(m_view, 1);
}

void FolderTreePanel::setSession(Session *session)
{
    m_session = session;
    m_model->setSession(session);
}

void FolderTreePanel::reload()
{
    m_reopen.clear();
    collectExpanded({}, &m_reopen);
    m_recurrent.reset();
    if (m_view->currentIndex().isValid())
        m_recurrent = currentFolderId();
    m_model->reload();
}

void FolderTreePanel::collectExpanded(const QModelIndex &parent, QSet<QString> *ids) const
{
    for (int r = 0; r < m_model->rowCount(parent); ++r) {
        const QModelIndex child = m_model->index(r, 0, parent);
        if (!m_view->isExpanded(child))
            continue;
        ids->insert(child.data(FolderTreeModel::IdRole).toString());
        collectExpanded(child, ids);
    }
}

void FolderTreePanel::restore(const QModelIndex &parent, int first, int last)
{
    if (m_reopen.isEmpty() && !m_recurrent)
        return;
    for (int r = first; r <= last; ++r) {
        const QModelIndex child = m_model->index(r, 0, parent);
        const QString id = child.data(FolderTreeModel::IdRole).toString();
        if (m_recurrent && *m_recurrent == id &&
            child.data(FolderTreeModel::AllRole).toBool() == id.isEmpty()) {
            m_recurrent.reset();
            m_view->setCurrentIndex(child);
        }
        if (!id.isEmpty() && m_reopen.remove(id))
            m_view->expand(child); // reads its folders, which come back here in turn
        // A server that sent every folder at once: the levels below came in the same rows.
        if (m_model->rowCount(child) > 0)
            restore(child, 0, m_model->rowCount(child) - 1);
    }
}

QString FolderTreePanel::currentFolderId() const
{
    return m_view->currentIndex().data(FolderTreeModel::IdRole).toString();
}

QString FolderTreePanel::currentFolderName() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() && !i.data(FolderTreeModel::AllRole).toBool()
               ? Json::string(i.data(FolderTreeModel::JsonRole).toJsonObject(), "name"_L1)
               : QString();
}

void FolderTreePanel::showMenu(const QPoint &pos)
{
    QMenu menu(this);
    fillMenu(&menu, m_view->indexAt(pos));
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void FolderTreePanel::fillMenu(QMenu *menu, const QModelIndex &at)
{
    const bool folder = at.isValid() && !at.data(FolderTreeModel::AllRole).toBool();
    const QJsonObject json = at.data(FolderTreeModel::JsonRole).toJsonObject();
    menu->addAction(tr("&New folder…"), this, [this] { editFolder({}, {}); });
    if (folder) {
        const QString id = at.data(FolderTreeModel::IdRole).toString();
        if (m_model->nests()) // a server without nesting would make it a top-level folder
            menu->addAction(tr("New &sub-folder…"), this, [this, id] { editFolder({}, id); });
        menu->addAction(tr("&Rename and rights…"), this, [this, json] {
            editFolder(json, Json::id(Json::value(json, "parentId"_L1)));
        });
        menu->addAction(tr("&Delete…"), this, [this, json] { deleteFolder(json); });
        if (m_model->stateOf(at) == FolderTreeModel::State::Failed) {
            menu->addSeparator();
            menu->addAction(tr("Retry &loading its sub-folders"), this,
                            [this, at] { m_model->retry(at); });
        }
    }
    menu->addSeparator();
    menu->addAction(tr("Re&fresh"), this, &FolderTreePanel::reload);
}

void FolderTreePanel::editFolder(const QJsonObject &folder, const QString &parentId)
{
    if (!m_session)
        return;
    const bool isNew = folder.isEmpty();
    const QList<JsonFormDialog::Field> fields = {
        {u"name"_s, tr("&Name:"), Kind::Line, {}, true},
        {u"groups"_s, tr("&Groups with rights:"), Kind::Checks}};
    QJsonObject item = folder;
    if (isNew && m_model->nests()) // ours (contract 9.2): only to a server that shows it
        item.insert("parentId"_L1,
                    parentId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(parentId));
    item.remove("childCount"_L1); // ours to read, not to send
    auto *dialog =
        new JsonFormDialog(isNew ? tr("New %1").arg(m_what)
                                 : tr("Properties of %1").arg(Json::string(folder, "name"_L1)),
                           item, fields, isNew, this);
    dialog->setObjectName(u"folderDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_session->readAll(GroupsEndpoints::list(0, 500), "groups"_L1)
        .then(
            dialog,
            [dialog](ListAllJob &groups) { dialog->setChoices(u"groups"_s, groups.names()); },
            [dialog](const ApiError &error) {
                dialog->setNote(tr("Only the groups already given rights are offered: %1")
                                    .arg(error.message()));
            });
    const QString id = Json::idOf(folder);
    connect(dialog, &EntityDialog::saveRequested, this, [this, dialog, isNew, id] {
        if (!m_session)
            return;
        dialog->setBusy(true);
        const auto saved = [this, dialog](const QJsonObject &answer) {
            m_model->upsert(answer);
            const QModelIndex at = m_model->indexOfId(Json::idOf(answer));
            if (at.isValid())
                m_view->setCurrentIndex(at);
            dialog->accept();
        };
        const auto failed = [dialog](const ApiError &error) {
            dialog->showError(error);
        };
        if (isNew) {
            m_session->call(FoldersEndpoints::create(m_folders, dialog->object()))
                .then(dialog, saved, failed);
            return;
        }
        // The folder read again, only the name and rights changed here laid on it.
        m_session
            ->update(m_folders.get(id),
                     [this, dialog, id](const QJsonObject &fresh) -> std::optional<ApiRequest> {
                         return FoldersEndpoints::update(
                             m_folders, id,
                             JsonEdits::apply(fresh, dialog->shown(), dialog->object()));
                     })
            .then(dialog, saved, failed);
    });
    dialog->show();
}

void FolderTreePanel::countContents(const QString &folderId, const QString &folderName,
                                    std::function<void(std::optional<int>, const QString &)> then)
{
    if (!m_session || !m_contents.list) {
        then(std::nullopt, QString());
        return;
    }
    m_session->readAll(m_contents.list(folderId), m_contents.envelope)
        .then(
            this,
            [folderId, folderName, then](ListAllJob &job) {
                int n = 0;
                for (const auto &item : job.items())
                    n += JsonListModel::isInFolder(item.toObject(), folderId, folderName) ? 1 : 0;
                then(n, QString());
            },
            [then](const ApiError &error) { then(std::nullopt, error.message()); });
}

void FolderTreePanel::deleteFolder(const QJsonObject &folder)
{
    const QString name = Json::string(folder, "name"_L1);
    const QString id = Json::idOf(folder);
    // Sub-folders: those loaded, else the server's childCount (our extension), else unknown.
    const QModelIndex at = m_model->indexOfId(id);
    const int subFolders = at.isValid() && m_model->stateOf(at) == FolderTreeModel::State::Loaded
                               ? m_model->rowCount(at)
                               : Json::value(folder, "childCount"_L1).toInt(-1);
    const QString question = tr("Delete the folder “%1”?").arg(name);
    auto *confirm = new QMessageBox(QMessageBox::Question, tr("Delete folder"), question,
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setObjectName(u"confirmFolderDelete"_s);
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->button(QMessageBox::Yes)->setText(tr("Delete"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    auto counted = std::make_shared<std::optional<int>>();
    const auto say = [confirm, question, subFolders, this](std::optional<int> items,
                                                           const QString &error) {
        QStringList holds;
        if (items && *items > 0)
            holds << m_contents.count(*items);
        if (subFolders > 0)
            holds << tr("%n sub-folder(s)", nullptr, subFolders);
        QString text = question;
        if (!holds.isEmpty())
            text += "\n\n"_L1 +
                    tr("It holds %1. The vendor does not document what the server does with them "
                       "when their folder is deleted: it may refuse, delete them too, or keep "
                       "them in a folder that no longer exists.")
                        .arg(QLocale().createSeparatedList(holds));
        if (!error.isEmpty())
            text += "\n\n"_L1 + tr("What it holds could not be read: %1").arg(error);
        confirm->setText(text);
        confirm->button(QMessageBox::Yes)->setEnabled(true);
    };
    if (m_contents.list && m_session) {
        confirm->setText(question + "\n\n"_L1 + tr("Counting what it holds…"));
        confirm->button(QMessageBox::Yes)->setEnabled(false); // not before it is said
        countContents(id, name,
                      [confirm = QPointer<QMessageBox>(confirm), counted,
                       say](std::optional<int> items, const QString &error) {
                          *counted = items;
                          if (confirm)
                              say(items, error);
                      });
    } else {
        say(std::nullopt, QString());
    }
    connect(confirm, &QMessageBox::accepted, this, [this, id, name, counted] {
        if (!m_session)
            return;
        m_session->perform(m_folders.remove(id, tr("the folder “%1”").arg(name)))
            .then(
                this,
                [this, id, name, counted] {
                    m_model->removeId(id);
                    emit folderDeleted(id, name, *counted);
                },
                [this](const ApiError &error) {
                    Transfers::tell(this, tr("Delete folder"), error.message(), true,
                                    error.details());
                });
    });
    confirm->open();
}

bool FolderTreePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    if (event->type() != QEvent::DragEnter && event->type() != QEvent::DragMove &&
        event->type() != QEvent::Drop)
        return false;
    auto *e = static_cast<QDropEvent *>(event);
    const QStringList paths = Transfers::localFiles(e->mimeData());
    if (paths.isEmpty() || e->source())
        return false; // only files from outside
    e->setDropAction(Qt::CopyAction);
    e->accept();
    if (event->type() == QEvent::Drop) {
        const QModelIndex at = m_view->indexAt(e->position().toPoint());
        const bool folder = at.isValid() && !at.data(FolderTreeModel::AllRole).toBool();
        emit filesDropped(
            paths, folder ? at.data(FolderTreeModel::IdRole).toString() : QString(),
            folder ? Json::string(at.data(FolderTreeModel::JsonRole).toJsonObject(), "name"_L1)
                   : QString());
    }
    return true;
}

} // namespace infiniti
