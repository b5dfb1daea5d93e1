#pragma once

#include <QWidget>

namespace infiniti {

// One area of the console (Users, Groups…): what the main window's menus act on.
class Pane : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString title() const = 0;
    virtual void refresh() = 0;      // F5
    virtual void focusFind() = 0;    // Ctrl+F
    virtual void copySelection() {}  // Ctrl+C
};

} // namespace infiniti
