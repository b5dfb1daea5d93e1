#include "ui/shell/GlobalFind.h"

#include "api/Call.h"

#include "api/endpoints/UsersEndpoints.h"
#include "api/EntityJob.h"
#include "api/Session.h"
#include "formats/Json.h"
#include "models/PagedListModel.h"
#include "ui/lists/ListPane.h"

#include "ui_GlobalFind.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
constexpr int kSourceRole = Qt::UserRole + 1;
constexpr int kJsonRole = Qt::UserRole + 2;
constexpr int kPerKind = 8; // more are counted, not listed: a longer text narrows them
} // namespace

GlobalFind::GlobalFind(Session *session, QList<Source> sources, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_sources(std::move(sources))
    , m_ui(std::make_unique<Ui::GlobalFind>())
    , m_lookUpDelay(new QTimer(this))
{
    m_ui->setupUi(this);
    m_field = m_ui->findField;
    m_results = m_ui->findResults;
    m_note = m_ui->findNote;
    QStringList kinds;
    for (const Source &s : std::as_const(m_sources))
        kinds << s.kind; // as written: German nouns keep their capital
    m_field->setPlaceholderText(tr("Find %1").arg(QLocale().createSeparatedList(kinds)));
    m_field->installEventFilter(this);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_results->installEventFilter(this);
    // Say what is searched: the loaded rows are not the whole server.
    QStringList covered;
    bool lookUp = false;
    for (const Source &s : std::as_const(m_sources)) {
        covered << s.kind;
        lookUp = lookUp || s.serverLookUp;
    }
    m_note->setText(
        lookUp ? tr("Searches the rows loaded in %1, and asks the server for a user of exactly "
                    "that name.")
                     .arg(QLocale().createSeparatedList(covered))
               : tr("Searches the rows loaded in %1.").arg(QLocale().createSeparatedList(covered)));
    m_lookUpDelay->setSingleShot(true);
    m_lookUpDelay->setInterval(250);
    connect(m_lookUpDelay, &QTimer::timeout, this, &GlobalFind::lookUpOnServer);
    connect(m_field, &QLineEdit::textChanged, this, &GlobalFind::search);
    connect(m_results, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { choose(item); });
    search();
}

GlobalFind::~GlobalFind() = default;

QTreeWidgetItem *GlobalFind::heading(int source)
{
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        if (m_results->topLevelItem(i)->data(0, kSourceRole).toInt() == source)
            return m_results->topLevelItem(i);
    }
    // Headings in the sources' order, whatever order their results come in.
    int at = 0;
    while (at < m_results->topLevelItemCount() &&
           m_results->topLevelItem(at)->data(0, kSourceRole).toInt() < source)
        ++at;
    auto *item = new QTreeWidgetItem({m_sources.at(source).kind});
    item->setData(0, kSourceRole, source);
    item->setFlags(Qt::ItemIsEnabled); // a heading: not chosen
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFirstColumnSpanned(true);
    m_results->insertTopLevelItem(at, item);
    item->setFirstColumnSpanned(true);
    item->setExpanded(true);
    return item;
}

void GlobalFind::addResult(int source, const QJsonObject &json, const QString &label,
                           const QString &detail, bool fromServer)
{
    QTreeWidgetItem *group = heading(source);
    const QString id = Json::idOf(json);
    for (int i = 0; i < group->childCount(); ++i) {
        if (Json::idOf(group->child(i)->data(0, kJsonRole).toJsonObject()) == id)
            return; // loaded and found on the server: once
    }
    auto *item =
        new QTreeWidgetItem(group, {label, fromServer ? tr("found on the server") : detail});
    item->setData(0, kSourceRole, source);
    item->setData(0, kJsonRole, json);
    item->setToolTip(0, label);
}

void GlobalFind::search()
{
    m_results->clear();
    if (m_lookUp)
        m_lookUp->abort();
    const QString text = m_field->text().trimmed();
    if (text.isEmpty())
        return;
    for (int s = 0; s < m_sources.size(); ++s) {
        const Source &source = m_sources.at(s);
        const PagedListModel *model = source.pane->listModel();
        int found = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(PagedListModel::LoadedRole) == QVariant(false))
                continue; // not read yet (a list at scale): the server look-up below covers it
            QStringList cells;
            for (int c = 0; c < model->columnCount(); ++c)
                cells << model->index(row, c).data().toString();
            if (!cells.join(QLatin1Char('\n')).contains(text, Qt::CaseInsensitive))
                continue;
            if (++found > kPerKind)
                continue;
            addResult(s, model->itemAt(row), cells.value(0), whyFound(*model, row, cells, text),
                      false);
        }
        if (found > kPerKind) {
            auto *more = new QTreeWidgetItem(
                heading(s),
                {tr("…and %n more: type more to narrow them", nullptr, found - kPerKind)});
            more->setFlags(Qt::ItemIsEnabled);
        }
    }
    m_lookUpDelay->start();
    if (QTreeWidgetItem *first =
            m_results->topLevelItemCount() ? m_results->topLevelItem(0)->child(0) : nullptr)
        m_results->setCurrentItem(first);
}

QString GlobalFind::whyFound(const PagedListModel &model, int row, const QStringList &cells,
                             const QString &text)
{
    // Found by its name: what else says who it is (a user's full name). Else the column that
    // holds the text, and of a list of names the names that do: a user in the Claims group,
    // found by "claim", reads "Groups: Claims".
    if (cells.value(0).contains(text, Qt::CaseInsensitive))
        return cells.value(1);
    for (int c = 1; c < cells.size(); ++c) {
        if (!cells.at(c).contains(text, Qt::CaseInsensitive))
            continue;
        QStringList names = model.index(row, c).data(PagedListModel::ItemsRole).toStringList();
        names.removeIf(
            [&text](const QString &name) { return !name.contains(text, Qt::CaseInsensitive); });
        return tr("%1: %2", "why a result was found: a column's title and what it holds")
            .arg(model.headerData(c, Qt::Horizontal).toString(),
                 names.isEmpty() ? cells.at(c) : names.join(u", "_s));
    }
    return cells.value(1);
}

void GlobalFind::lookUpOnServer()
{
    const QString text = m_field->text().trimmed();
    if (text.isEmpty() || text.contains(QLatin1Char(' ')) || !m_session)
        return;
    for (int s = 0; s < m_sources.size(); ++s) {
        if (!m_sources.at(s).serverLookUp)
            continue;
        // Not found (404) adds nothing: the loaded rows already said what they could.
        m_lookUp = m_session->call(UsersEndpoints::getByName(text))
                       .thenIgnoringFailure(this, [this, s, text](const QJsonObject &user) {
                           if (m_field->text().trimmed() != text)
                               return;
                           const QString name = Json::string(user, "username"_L1);
                           addResult(s, user, name, {}, true);
                           // The exact name asked for comes first in mind: it is the one chosen by
                           // Return.
                           QTreeWidgetItem *group = heading(s);
                           for (int i = 0; i < group->childCount(); ++i) {
                               if (group->child(i)->text(0).compare(text, Qt::CaseInsensitive) == 0)
                                   m_results->setCurrentItem(group->child(i));
                           }
                       });
    }
}

void GlobalFind::choose(QTreeWidgetItem *item)
{
    if (!item || !item->data(0, kJsonRole).isValid())
        return;
    ListPane *pane = m_sources.value(item->data(0, kSourceRole).toInt()).pane;
    const QJsonObject json = item->data(0, kJsonRole).toJsonObject();
    accept();
    emit chosen(pane, json);
}

bool GlobalFind::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_field) {
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            // The cursor stays in the box; the arrows walk the results (over the headings).
            for (int step = 0; step < 3; ++step) {
                const QTreeWidgetItem *before = m_results->currentItem();
                QKeyEvent copy(QEvent::KeyPress, key->key(), key->modifiers());
                QCoreApplication::sendEvent(m_results, &copy);
                const QTreeWidgetItem *now = m_results->currentItem();
                if (!now || now == before || now->data(0, kJsonRole).isValid())
                    break;
            }
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose(m_results->currentItem());
            return true;
        default:
            break;
        }
    } else if (watched == m_results &&
               (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        choose(m_results->currentItem());
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace infiniti
