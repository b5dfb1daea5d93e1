#pragma once

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Ui {
class PrepareFormDialog;
}

namespace infiniti {

class Session;
class DataFilesTable;
class ValuesTable;

// Prepare form (contract 3.8): values, save as in-progress with a description, optional
// As-User; shows the link the server returns, with Copy. Its layout is the Designer form
// ui/PrepareFormDialog.ui.
class PrepareFormDialog : public QDialog
{
    Q_OBJECT
public:
    PrepareFormDialog(Session *session, const QString &publishId, QWidget *parent = nullptr);
    ~PrepareFormDialog() override;
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
    std::unique_ptr<Ui::PrepareFormDialog> m_ui;
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
