#pragma once

#include "dto/User.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QTabWidget;

namespace infiniti {

// Every field of a user (contract 5.1), read-only, plus the raw JSON the server sent.
class UserPropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserPropertiesDialog(const User &user, QWidget *parent = nullptr);
    // Shows a fuller answer when it arrives (the list may carry fewer fields than GET users/{id}).
    void setUser(const User &user);
    void setNote(const QString &note);

private:
    QTabWidget *m_tabs;
    QLabel *m_note;
};

} // namespace infiniti
