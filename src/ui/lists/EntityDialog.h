#pragma once

#include "api/ApiError.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Ui {
class EntityDialog;
}

namespace infiniti {

class FieldErrors;

// What the property sheets of users, groups and roles share: Save/Cancel, a status line, field
// errors under the fields (ours and the server's 400 `errors`), a 409 shown on the name field,
// the cursor in the first editable field, and never losing the input when saving fails.
// saveRequested() is emitted only once validate() passes; the pane does the saving. The frame
// (note, status line, Save / Cancel) is the Designer form ui/EntityDialog.ui; setContent() puts the
// sheet's fields above it.
class EntityDialog : public QDialog
{
    Q_OBJECT
public:
    EntityDialog(bool isNew, QString nameKey, QWidget *parent = nullptr);
    ~EntityDialog() override;

    bool isNew() const { return m_isNew; }
    bool isModified() const { return m_modified; }
    // Whether Save has anything to send. By default any edit; a sheet that knows what it showed
    // compares with it, so an edit typed and taken back is no change. An existing item's sheet
    // with none closes on Save as a save would, sending nothing (no write, no new "Modified");
    // Cancel asks only about edits that change something.
    virtual bool hasChanges() const { return m_modified; }
    void setNote(const QString &note);
    // The word on the Save button where the sheet does something else (e.g. "Restore").
    void setSaveText(const QString &text);
    void setBusy(bool busy);
    // Saving waits for something (the user signing in again): says why, Save stays disabled.
    void setWaiting(const QString &why);
    void showError(const ApiError &error);
    // Saving stopped part of the way (Save enabled again): the status line says what was done
    // and what was not.
    void showStatus(const QString &text);
    // Puts the cursor in the name field with the name selected (F2 in a list).
    void focusName();
    // With unsaved changes, asks first (Discard / Keep editing) rather than dropping them.
    void reject() override;

signals:
    void saveRequested();

protected:
    // The sheet opens with the cursor in its first field that can be edited.
    void showEvent(QShowEvent *event) override;
    FieldErrors *errors() const { return m_errors; }
    void setContent(QWidget *content);
    void markModified() { m_modified = true; }
    void clearModified() { m_modified = false; }
    // Our own checks; set errors() and return false to stop the save.
    virtual bool validate() = 0;

private:
    void focusFirstError();

    bool m_isNew;
    bool m_modified = false;
    bool m_focusChosen = false;       // focusName() said where the cursor goes
    bool m_statusAboutFields = false; // the status line only speaks of the fields in red
    QWidget *m_content = nullptr;
    QString m_nameKey;
    FieldErrors *m_errors;
    std::unique_ptr<Ui::EntityDialog> m_ui;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace infiniti
