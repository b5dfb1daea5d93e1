#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Ui {
class GlobalFind;
}

namespace infiniti {

class EntityJob;
class ListPane;
class PagedListModel;
class Session;

// Ctrl+K: one box that finds users, groups, projects, published projects, library items, data
// sources and workflows. It searches the rows each list has loaded (every column, as the list's
// own filter does; a result found by another column than its name says which, and what it
// holds) and, for users, also asks the server for a user of exactly that name (users/name/,
// contract 4.7), so a user beyond the loaded pages is found too. It says which areas it covers.
// Results are grouped by kind; Return (or a double click) opens the item's area, selects it and
// opens its properties.
class GlobalFind : public QDialog
{
    Q_OBJECT
public:
    struct Source
    {
        QString kind;              // "Users": the group heading
        ListPane *pane;            // its rows are searched; showItem() opens a result
        bool serverLookUp = false; // users: look the exact name up on the server
    };
    GlobalFind(Session *session, QList<Source> sources, QWidget *parent = nullptr);
    ~GlobalFind() override;

    QLineEdit *field() const { return m_field; }
    QTreeWidget *results() const { return m_results; }
    // Re-runs the search (e.g. after the sources changed).
    void search();

signals:
    // A result was chosen: the main window shows its area, then the pane shows the item.
    void chosen(infiniti::ListPane *pane, const QJsonObject &item);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void lookUpOnServer();
    void choose(QTreeWidgetItem *item);
    void addResult(int source, const QJsonObject &json, const QString &label, const QString &detail,
                   bool fromServer);
    QTreeWidgetItem *heading(int source);
    // What a result shows beside its name: why it was found where its name does not say.
    static QString whyFound(const PagedListModel &model, int row, const QStringList &cells,
                            const QString &text);

    QPointer<Session> m_session;
    QList<Source> m_sources;
    std::unique_ptr<Ui::GlobalFind> m_ui; // the Designer form ui/GlobalFind.ui
    QLineEdit *m_field = nullptr;
    QTreeWidget *m_results = nullptr;
    QLabel *m_note = nullptr;
    QTimer *m_lookUpDelay;
    QPointer<EntityJob> m_lookUp;
};

} // namespace infiniti
