#pragma once

#include "ListPane.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace infiniti {

class JsonListModel;

// Who gets a task: a user or a group from the directory (guid and name), a comment, and for
// the administrator whether to notify them.
class ReassignDialog : public QDialog
{
    Q_OBJECT
public:
    ReassignDialog(Session *session, const QString &title, bool offerNotification, QWidget *parent = nullptr);
    QString assigneeId() const;
    QString assigneeName() const;
    QString comment() const;
    bool sendNotification() const;
    QComboBox *assignee() const { return m_assignee; }
    QLineEdit *commentEdit() const { return m_comment; }

private:
    QComboBox *m_assignee;
    QLineEdit *m_comment;
    QCheckBox *m_notify;
};

// Every workflow (contract 4.10): filter by status, project and assignee; abort, reassign and
// revert one or many with progress and a per-item result; details with the raw JSON.
class WorkflowsPane : public ListPane
{
    Q_OBJECT
public:
    explicit WorkflowsPane(QWidget *parent = nullptr);
    QString title() const override { return tr("Workflows"); }
    QComboBox *statusFilter() const { return m_status; }
    void abortSelected();
    void reassignSelected();
    void revertSelected();

protected:
    QString countText(int n) const override;
    void openItem(const QJsonObject &item) override;
    QString itemLabel(const QJsonObject &item) const override;
    void extendContextMenu(QMenu *menu) override;
    bool offersDelete() const override { return false; } // Abort is the way

private:
    void runAndReload(const QString &progress, const QString &done, const QList<BulkOperation::Item> &work);
    JsonListModel *m_workflows;
    QComboBox *m_status;
};

// The signed-in user's tasks (contract 3.2): unlock, cancel, reassign, revert, submit — each
// offered only when the task allows it.
class TasksPane : public ListPane
{
    Q_OBJECT
public:
    explicit TasksPane(QWidget *parent = nullptr);
    QString title() const override { return tr("My tasks"); }
    enum class Action { Unlock, Cancel, Reassign, Revert, Submit };
    // Whether the current task offers it (its allow… flags).
    bool offers(const QJsonObject &task, Action action) const;
    void act(const QJsonObject &task, Action action);

signals:
    void actionFinished(bool ok, const QString &message);

protected:
    QString countText(int n) const override;
    void openItem(const QJsonObject &item) override;
    QString itemLabel(const QJsonObject &item) const override;
    void extendContextMenu(QMenu *menu) override;
    bool offersDelete() const override { return false; } // Cancel is the way, where allowed
};

// Details of one item: its fields, and the raw JSON the server sent.
void showJsonDetails(QWidget *parent, const QString &title, const QJsonObject &item);

} // namespace infiniti
