#pragma once

#include "ui/lists/ListPane.h"

class QComboBox;

namespace infiniti {

class JsonListModel;

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

} // namespace infiniti
