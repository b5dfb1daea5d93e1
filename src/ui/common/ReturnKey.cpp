#include "ui/common/ReturnKey.h"

#include <QEvent>
#include <QKeyEvent>
#include <QWidget>

namespace infiniti::ReturnKey {

namespace {
class Filter : public QObject
{
public:
    Filter(QWidget *field, std::function<void()> action)
        : QObject(field)
        , m_action(std::move(action))
    {
        field->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        // ShortcutOverride too: a window-wide shortcut on Return must not take it either.
        if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
            return false;
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter) ||
            (key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
            return false;
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept();
            return true;
        }
        m_action();
        return true;
    }

private:
    std::function<void()> m_action;
};
} // namespace

void runs(QWidget *field, std::function<void()> action)
{
    new Filter(field, std::move(action));
}

} // namespace infiniti::ReturnKey
