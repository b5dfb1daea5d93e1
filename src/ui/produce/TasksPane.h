#pragma once

#include "ui/lists/ListPane.h"

#include <tuple>

namespace infiniti {

// The signed-in user's tasks (contract 3.2): unlock, cancel, reassign, revert, submit — each
// enabled only when the task allows it, in the menus and on the task's sheet. As in every list,
// the menus' and the toolbar's actions act on the selected tasks (those that allow it), not on
// the current row; several at once run as one bulk operation.
class TasksPane : public ListPane
{
    Q_OBJECT
public:
    explicit TasksPane(QWidget *parent = nullptr);
    QString title() const override { return tr("My tasks"); }
    enum class Action { Unlock, Cancel, Reassign, Revert, Submit };
    // Whether the task offers it (its allow… flags).
    bool offers(const QJsonObject &task, Action action) const;
    void act(const QJsonObject &task, Action action);
    // The action on the selected tasks that offer it: one as act(), several in one bulk run.
    void actOnSelected(Action action);
    QList<QJsonObject> selectedOffering(Action action) const;
    // The task's sheet: what it is, who gave it to you and when, and its actions as buttons.
    class DetailsSheet *openSheet(const QJsonObject &task);
    // Who the task is assigned to, as its sheet says it: "You", one of your groups, or a name.
    static QString assigneeText(const QJsonObject &task);
    // What Cancel the task does, and that it is not the administrator's Abort (walk 21).
    static QString cancelTip();

signals:
    void actionFinished(bool ok, const QString &message);

protected:
    static QList<std::tuple<Action, QString, QString>>
    actionTexts(); // action, object name, menu text
    QString countText(int n) const override;
    void openItem(const QJsonObject &item) override;
    QString itemLabel(const QJsonObject &item) const override;
    bool offersDelete() const override { return false; } // Cancel is the way, where allowed

private:
    // The task as it is now (gone when the server no longer has it for the user); `tell`:
    // actionFinished() follows.
    void reloadTask(const QString &id, bool tell = true);
    void actOnSeveral(const QList<QJsonObject> &tasks, Action action);
    // A bulk run, then actionFinished(); each task is read back (the actions answer 204).
    void runAndReload(const QString &progress, const QString &doneVerb,
                      const QList<BulkOperation::Item> &work);
};

} // namespace infiniti
