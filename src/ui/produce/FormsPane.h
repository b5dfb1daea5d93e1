#pragma once

#include "ui/shell/Pane.h"

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace infiniti {

class Session;

// Produce, as the signed-in user (contract 3.1): the folders and forms the user may run, with
// Generate…, Prepare form… and the outputs of an earlier submission.
class FormsPane : public Pane
{
    Q_OBJECT
public:
    explicit FormsPane(QWidget *parent = nullptr);
    QString title() const override { return tr("Forms"); }
    void setSession(Session *session) override;
    void refresh() override;
    void focusFind() override;
    void focusMain() override;
    QList<QAction *> paneActions() const override;
    QList<QAction *> toolbarActions() const override;
    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filter() const { return m_filter; }
    // The selected form's publish id (empty: none, or a folder, is selected).
    QString selectedPublishId() const;
    void generate(const QString &publishId);
    void prepare(const QString &publishId);
    void lookUpOutputs();

private:
    void updateActions();
    // Shows the forms whose name, version or folder holds the filter's text (and their folders).
    void applyFilter();

    Session *m_session = nullptr;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QLabel *m_status;
    int m_count = 0; // forms listed
    QAction *m_generate;
    QAction *m_prepare;
    QAction *m_outputs;
};

} // namespace infiniti
