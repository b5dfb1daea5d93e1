#pragma once

#include "Pane.h"
#include "UsersModel.h"

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace infiniti {

class ListStateOverlay;
class Session;

// The users of the server in a sortable, filterable table that loads pages as it scrolls.
class UsersPane : public Pane
{
    Q_OBJECT
public:
    explicit UsersPane(QWidget *parent = nullptr);
    void setSession(Session *session);

    QString title() const override { return tr("Users"); }
    void refresh() override;
    void focusFind() override;
    void copySelection() override;

    UsersModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    void openProperties(const QModelIndex &proxyIndex);
    void applyFilter();
    void updateFooter();
    void showHeaderMenu(const QPoint &pos);
    void saveHeader();

    Session *m_session = nullptr;
    UsersModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QTimer *m_filterDelay;
    QLabel *m_footer;
    QLabel *m_filterNote;
    ListStateOverlay *m_overlay;
};

} // namespace infiniti
