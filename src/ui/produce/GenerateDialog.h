#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Ui {
class GenerateDialog;
}

namespace infiniti {

class OperationWatcher;
class OutputFilesView;
class Session;
class DataFilesTable;
class ValuesTable;

// Runs a published form headlessly (contract 3.5–3.7): named values, data files, or one of the
// user's answer files; options version and log. Start sends it; the operation is then followed
// (honouring Retry-After) without blocking; Cancel works while it has not started; on success
// the documents are listed to open, save or drag out; a failure shows the server's message.
// The frame is the Designer form ui/GenerateDialog.ui; the values and data files tables in it
// are built from data.
class GenerateDialog : public QDialog
{
    Q_OBJECT
public:
    GenerateDialog(Session *session, const QString &publishId, QWidget *parent = nullptr);
    ~GenerateDialog() override;
    ValuesTable *values() const { return m_values; }
    QComboBox *formChooser() const { return m_form; }
    QComboBox *answerFileChooser() const { return m_answerFile; }
    QLineEdit *version() const { return m_version; }
    OutputFilesView *outputs() const { return m_outputs; }
    QString status() const;
    QLabel *statusLabel() const { return m_status; }
    void addDataFile(const QString &path);
    // The body as it would be sent; nullopt with `error` when a data file cannot be read.
    std::optional<QJsonObject> requestBody(QString *error) const;
    void start();
    void cancelGeneration();
    // The operation the last generation started (empty before one did); copied from its own
    // field, and shown again by showOutputs() in Outputs of a submission.
    QString operationId() const;
    void showOutputs();

signals:
    void generationFinished(const QString &status);
    void statusChanged(const QString &status); // notStarted, running, … as the server says

private:
    // Follows the operation a started generation answered with (OperationWatcher).
    void watch(const class ApiJob &job);

    Session *m_session;
    std::unique_ptr<Ui::GenerateDialog> m_ui;
    // The form's widgets (m_ui) by their roles here; Generate and Cancel generation are added
    // to its button box.
    QComboBox *m_form = nullptr;
    ValuesTable *m_values = nullptr;
    DataFilesTable *m_data = nullptr;
    QComboBox *m_answerFile = nullptr;
    QLineEdit *m_version = nullptr;
    QCheckBox *m_log = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    OutputFilesView *m_outputs = nullptr;
    QPointer<OperationWatcher> m_watcher;
    QString m_finalStatus;
};

} // namespace infiniti
