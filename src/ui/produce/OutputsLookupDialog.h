#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

class QLineEdit;
class QTreeWidget;

namespace Ui {
class OutputsLookupDialog;
}

namespace infiniti {

class OutputFilesView;
class Session;

// Outputs of a submission: the generations of this session to pick from (RecentSubmissions,
// most recent first, with the form and the time), or an id typed by hand — an operation id, a
// run id or an output id, looked up in the documented ways in turn (contract 3.6, 3.7) — and
// the documents found. The frame is the Designer form ui/OutputsLookupDialog.ui.
class OutputsLookupDialog : public QDialog
{
    Q_OBJECT
public:
    OutputsLookupDialog(Session *session, QWidget *parent = nullptr);
    ~OutputsLookupDialog() override;
    QLineEdit *idField() const;
    QTreeWidget *recent() const;
    OutputFilesView *outputs() const;
    // Puts `id` in the field and looks it up.
    void lookUp(const QString &id);

private:
    void lookUpTyped();
    void fillRecent();

    QPointer<Session> m_session;
    std::unique_ptr<Ui::OutputsLookupDialog> m_ui;
};

} // namespace infiniti
