#pragma once

#include "ui/lists/ListPane.h"

class QComboBox;

namespace infiniti {

class JsonListModel;

// Every workflow (contract 4.10): filter by status, project and assignee; abort, reassign and
// revert one or many with progress and a per-item result; a sheet per workflow with its states
// and the same actions.
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
    // Reads the workflow fresh and shows its sheet.
    class DetailsSheet *openSheet(const QJsonObject &item);

protected:
    QString countText(int n) const override;
    void openItem(const QJsonObject &item) override;
    QString itemLabel(const QJsonObject &item) const override;
    bool offersDelete() const override { return false; } // Abort is the way

private:
    // Runs `work`, then reads each workflow back; with `sayState`, one workflow's new state is
    // said in the footer (where a revert took it).
    void runAndReload(const QString &progress, const QString &done,
                      const QList<BulkOperation::Item> &work, bool sayState = false);
    static QString revertTip();
    static QString abortTip(); // what Abort does, and that it is not Cancel the task (walk 21)
    void abort(const QList<QJsonObject> &items);
    void reassign(const QList<QJsonObject> &items);
    void revert(const QList<QJsonObject> &items);
    void showInSheet(class DetailsSheet *sheet, const QJsonObject &workflow);
    JsonListModel *m_workflows;
    QComboBox *m_status;
};

} // namespace infiniti
