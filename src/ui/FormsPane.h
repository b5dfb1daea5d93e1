#pragma once

#include "Pane.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace infiniti {

class Session;
class DataFilesTable;
class ValuesTable;

// Produce, as the signed-in user (contract 3.1): the folders and forms the user may run, with
// Generate…, Prepare form… and the outputs of an earlier submission.
class FormsPane : public Pane
{
    Q_OBJECT
public:
    explicit FormsPane(QWidget *parent = nullptr);
    QString title() const override { return tr("Forms"); }
    void setSession(Session *session);
    void refresh() override;
    void focusFind() override {}
    QTreeWidget *tree() const { return m_tree; }
    QString currentPublishId() const;
    void generate(const QString &publishId);
    void prepare(const QString &publishId);
    void lookUpOutputs();

private:
    Session *m_session = nullptr;
    QTreeWidget *m_tree;
    QLabel *m_status;
};

// Prepare form (contract 3.8): values, save as in-progress with a description, optional
// As-User; shows the link the server returns, with Copy.
class PrepareFormDialog : public QDialog
{
    Q_OBJECT
public:
    PrepareFormDialog(Session *session, const QString &publishId, QWidget *parent = nullptr);
    ValuesTable *values() const { return m_values; }
    DataFilesTable *dataFiles() const { return m_data; }
    QString link() const;
    void prepare();
    QCheckBox *createInProgress() const { return m_inProgress; }
    QLineEdit *description() const { return m_description; }
    QLineEdit *asUser() const { return m_asUser; }

signals:
    void prepared(const QString &link);

private:
    Session *m_session;
    QComboBox *m_form;
    ValuesTable *m_values;
    DataFilesTable *m_data;
    QCheckBox *m_inProgress;
    QLineEdit *m_description;
    QLineEdit *m_asUser;
    QLineEdit *m_link;
    QLabel *m_status;
};

} // namespace infiniti
