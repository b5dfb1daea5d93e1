#pragma once

#include <QDialog>

#include <memory>

class QComboBox;
class QLineEdit;

namespace Ui {
class ReassignDialog;
}

namespace infiniti {

class Session;

// Who gets a task: a user or a group from the directory (guid and name), a comment, and for
// the administrator whether to notify them. Its layout is the Designer form ui/ReassignDialog.ui.
class ReassignDialog : public QDialog
{
    Q_OBJECT
public:
    ReassignDialog(Session *session, const QString &title, bool offerNotification,
                   QWidget *parent = nullptr);
    ~ReassignDialog() override;
    QString assigneeId() const;
    QString assigneeName() const;
    QString comment() const;
    bool sendNotification() const;
    QComboBox *assignee() const;
    QLineEdit *commentEdit() const;

private:
    std::unique_ptr<Ui::ReassignDialog> m_ui;
};

} // namespace infiniti
