#include "ui/common/EscapeKey.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>

namespace infiniti::EscapeKey {

namespace {
class Filter : public QObject
{
public:
    Filter(QLineEdit *field, std::function<void()> cleared, std::function<void()> whenEmpty)
        : QObject(field)
        , m_field(field)
        , m_cleared(std::move(cleared))
        , m_whenEmpty(std::move(whenEmpty))
    {
        field->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress ||
            static_cast<QKeyEvent *>(event)->key() != Qt::Key_Escape)
            return false;
        if (!m_field->text().isEmpty()) {
            m_field->clear();
            if (m_cleared)
                m_cleared();
            return true;
        }
        if (!m_whenEmpty)
            return false;
        m_whenEmpty();
        return true;
    }

private:
    QLineEdit *m_field;
    std::function<void()> m_cleared;
    std::function<void()> m_whenEmpty;
};
} // namespace

void clearsFilter(QLineEdit *field, std::function<void()> cleared, std::function<void()> whenEmpty)
{
    new Filter(field, std::move(cleared), std::move(whenEmpty));
}

} // namespace infiniti::EscapeKey
