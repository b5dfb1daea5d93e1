#pragma once

#include "models/PagedListModel.h"

#include <QPointer>
#include <QWidget>

class QAbstractItemView;
class QLabel;
class QPushButton;

namespace infiniti {

// Shows "Loading…", "No items" and errors (with Retry) over an item view's viewport while the
// view has no rows to show. Errors on later pages show in the pane's footer instead.
class ListStateOverlay : public QWidget
{
    Q_OBJECT
public:
    ListStateOverlay(QAbstractItemView *view, PagedListModel *model, QString emptyText);
    // Text shown when a (local or server) filter matches nothing.
    void setFilterActive(bool active)
    {
        m_filterActive = active;
        update();
    }
    void update();
    // Shown while the model is Idle (default: "Not signed in.").
    void setIdleText(const QString &text)
    {
        m_idleText = text;
        update();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    QPointer<PagedListModel> m_model;
    QString m_emptyText;
    QString m_idleText;
    bool m_filterActive = false;
    QLabel *m_text;
    QPushButton *m_retry;
};

} // namespace infiniti
