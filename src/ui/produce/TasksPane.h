#pragma once

#include "ui/lists/ListPane.h"

namespace infiniti {

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

private:
    void reloadTask(const QString &id);
};

} // namespace infiniti
