#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace infiniti {

class Session;

// Who gets a task: a user or a group from the directory (guid and name), a comment, and for
// the administrator whether to notify them.
class ReassignDialog : public QDialog
{
    Q_OBJECT
public:
    ReassignDialog(Session *session, const QString &title, bool offerNotification, QWidget *parent = nullptr);
    QString assigneeId() const;
    QString assigneeName() const;
    QString comment() const;
    bool sendNotification() const;
    QComboBox *assignee() const { return m_assignee; }
    QLineEdit *commentEdit() const { return m_comment; }

private:
    QComboBox *m_assignee;
    QLineEdit *m_comment;
    QCheckBox *m_notify;
};

} // namespace infiniti
