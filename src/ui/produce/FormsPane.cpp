#include "ui/produce/FormsPane.h"

#include "api/Call.h"
#include "api/endpoints/ClientEndpoints.h"
#include "formats/Json.h"
#include "ui/common/EscapeKey.h"
#include "ui/common/StandardIcons.h"
#include "ui/produce/GenerateDialog.h"
#include "ui/produce/OutputsLookupDialog.h"
#include "ui/produce/PrepareFormDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
constexpr int PublishIdRole = Qt::UserRole + 1;
} // namespace

FormsPane::FormsPane(QWidget *parent)
    : Pane(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"formsPane"_s);
    m_tree->setObjectName(u"formsTree"_s);
    m_tree->setHeaderLabels({tr("Form"), tr("Version")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setAccessibleName(tr("Forms you may run"));
    // The toolbar and the Action menu share these (no buttons of the pane's own beside them:
    // one control per command on screen), enabled for a form.
    m_generate =
        new QAction(standardIcon(this, QStyle::SP_MediaPlay), tr("&Generate documents…"), this);
    m_generate->setObjectName(u"generateAction"_s);
    m_prepare = new QAction(tr("&Prepare form…"), this);
    m_prepare->setObjectName(u"prepareAction"_s);
    m_outputs = new QAction(tr("&Outputs of a submission…"), this);
    m_outputs->setObjectName(u"outputsAction"_s);
    // On the selected form, never on one only marked current by the focus.
    connect(m_generate, &QAction::triggered, this, [this] {
        if (!selectedPublishId().isEmpty())
            this->generate(selectedPublishId());
    });
    connect(m_prepare, &QAction::triggered, this, [this] {
        if (!selectedPublishId().isEmpty())
            this->prepare(selectedPublishId());
    });
    connect(m_outputs, &QAction::triggered, this, &FormsPane::lookUpOutputs);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &FormsPane::updateActions);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, PublishIdRole).toString().isEmpty())
            this->generate(item->data(0, PublishIdRole).toString());
    });
    m_filter->setObjectName(u"formsFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by form, version or folder (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter the forms"));
    m_filter->setClearButtonEnabled(true);
    EscapeKey::clearsFilter(m_filter, {}, [this] { focusMain(); }); // then Escape: to the list
    connect(m_filter, &QLineEdit::textChanged, this, &FormsPane::applyFilter);
    setTabOrder(m_filter, m_tree);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
    updateActions();
}

void FormsPane::updateActions()
{
    const bool form = !selectedPublishId().isEmpty();
    const QString why = form ? QString() : tr("No form is selected: select one first.");
    for (QAction *a : {m_generate, m_prepare}) {
        a->setEnabled(form);
        a->setToolTip(why.isEmpty() ? QString(a->text()).remove(u'&') : why);
    }
}

QList<QAction *> FormsPane::paneActions() const
{
    return {m_generate, m_prepare, nullptr, m_outputs};
}

QList<QAction *> FormsPane::toolbarActions() const
{
    return {m_generate, m_prepare, m_outputs}; // what this area is for
}

void FormsPane::focusFind()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void FormsPane::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    int shown = 0;
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem *folder = m_tree->topLevelItem(t);
        const bool folderMatches = folder->text(0).contains(text, Qt::CaseInsensitive);
        int inFolder = 0;
        for (int c = 0; c < folder->childCount(); ++c) {
            QTreeWidgetItem *form = folder->child(c);
            const bool show = text.isEmpty() || folderMatches ||
                              form->text(0).contains(text, Qt::CaseInsensitive) ||
                              form->text(1).contains(text, Qt::CaseInsensitive);
            form->setHidden(!show);
            inFolder += show ? 1 : 0;
        }
        folder->setHidden(inFolder == 0 && !text.isEmpty());
        shown += inFolder;
    }
    if (m_tree->currentItem() && m_tree->currentItem()->isHidden())
        m_tree->setCurrentItem(nullptr);
    for (QTreeWidgetItem *hidden : m_tree->selectedItems()) {
        if (hidden->isHidden() || (hidden->parent() && hidden->parent()->isHidden()))
            hidden->setSelected(false); // what the filter hides is not acted on
    }
    updateActions();
    if (m_count == 0)
        return; // the status says there are none, or why not
    if (text.isEmpty())
        m_status->setText(tr("%n form(s) you may run. Double-click one to generate documents.",
                             nullptr, m_count));
    else if (shown == 0)
        m_status->setText(tr("No form matches the filter (%n in all).", nullptr, m_count));
    else
        m_status->setText(tr("%1 of %n form(s) shown.", nullptr, m_count).arg(shown));
}

void FormsPane::focusMain()
{
    m_tree->setFocus(Qt::ShortcutFocusReason);
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0) {
        QTreeWidgetItem *first = m_tree->topLevelItem(0);
        m_tree->setCurrentItem(first->childCount() > 0 ? first->child(0) : first);
    }
}

void FormsPane::setSession(Session *session)
{
    m_session = session;
    refresh();
}

void FormsPane::refresh()
{
    if (!m_session)
        return;
    m_status->setText(tr("Loading the forms you may run…"));
    m_session->readAll(ClientEndpoints::forms(), "folders"_L1)
        .then(
            this,
            [this](const QJsonArray &folders) {
                // The forms are read anew: the one selected (and the one current) stays so
                // by its id when it is still there, rather than the tree forgetting it.
                const QString selectedId = selectedPublishId();
                const QTreeWidgetItem *was = m_tree->currentItem();
                const QString currentId = was ? was->data(0, PublishIdRole).toString() : QString();
                QTreeWidgetItem *current = nullptr;
                m_tree->clear();
                int count = 0;
                QTreeWidgetItem *top = nullptr;
                for (const auto &form : ClientEndpoints::formsIn(folders)) {
                    if (!top || top->text(0) != form.folder) {
                        top = new QTreeWidgetItem(m_tree, {form.folder});
                        top->setIcon(0, standardIcon(this, QStyle::SP_DirIcon));
                    }
                    auto *item = new QTreeWidgetItem(top, {form.name, form.version});
                    item->setData(0, PublishIdRole, form.id);
                    item->setIcon(0, standardIcon(this, QStyle::SP_FileIcon));
                    if (!form.id.isEmpty() &&
                        form.id == (selectedId.isEmpty() ? currentId : selectedId))
                        current = item;
                    if (form.id.isEmpty()) {
                        item->setToolTip(0, tr("The server lists this form without an id, so it "
                                               "cannot be run or prepared from here."));
                    }
                    ++count;
                }
                m_tree->expandAll();
                if (current) {
                    m_tree->setCurrentItem(current, 0,
                                           selectedId.isEmpty()
                                               ? QItemSelectionModel::NoUpdate
                                               : QItemSelectionModel::ClearAndSelect);
                    m_tree->scrollToItem(current);
                }
                m_count = count;
                if (count == 0)
                    m_status->setText(tr("There are no forms you may run."));
                applyFilter(); // the filter typed holds for the forms read again
            },
            [this](const ApiError &error) {
                m_tree->clear();
                m_count = 0;
                m_status->setText(error.message());
            });
}

QString FormsPane::selectedPublishId() const
{
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    return selected.size() == 1 ? selected.first()->data(0, PublishIdRole).toString() : QString();
}

void FormsPane::generate(const QString &publishId)
{
    if (!m_session)
        return;
    auto *dialog = new GenerateDialog(m_session, publishId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void FormsPane::prepare(const QString &publishId)
{
    if (!m_session)
        return;
    auto *dialog = new PrepareFormDialog(m_session, publishId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void FormsPane::lookUpOutputs()
{
    if (!m_session)
        return;
    auto *dialog = new OutputsLookupDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace infiniti
