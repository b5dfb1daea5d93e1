#pragma once

#include <QList>
#include <QWidget>

class QAction;

namespace infiniti {

class Session;

// One area of the console (Users, Groups…): what the main window's menus, toolbar and find act
// on.
class Pane : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString title() const = 0;
    virtual void setSession(Session *session) = 0;
    virtual void refresh() = 0;     // F5
    virtual void focusFind() = 0;   // Ctrl+F
    virtual void copySelection() {} // Ctrl+C
    // Go (Ctrl+1…9): the keyboard goes to the pane's list.
    virtual void focusMain() { setFocus(); }
    // The pane's actions in the order of its context menu (null: a separator): the Action menu
    // shows the same, with the same shortcuts and enabled states.
    virtual QList<QAction *> paneActions() const { return {}; }
    // Those of them the toolbar shows (New, Properties, Delete, Import, Export…).
    virtual QList<QAction *> toolbarActions() const { return {}; }

signals:
    // paneActions() changed (not only their enabled state).
    void actionsChanged();
};

} // namespace infiniti
