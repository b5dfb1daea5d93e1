#pragma once

#include "api/dto/License.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Ui {
class LicenseDialog;
}

namespace infiniti {

class Session;

// The server's license at a glance: who it is for, edition, dates (days left, red under 30),
// users and projects against their limits, modules, the tenancy key; and updating the key,
// keeping the old license shown until the server accepts a new one. Its layout is the
// Designer form ui/LicenseDialog.ui.
class LicenseDialog : public QDialog
{
    Q_OBJECT
public:
    LicenseDialog(Session *session, QWidget *parent = nullptr);
    ~LicenseDialog() override;
    void reload();
    // Sends a new key; the dialog shows the new license, or the server's reason and the old one.
    // Asked for in the key box (Update license…), the box stays open with the key until the
    // server accepts it, and says in itself why it did not.
    void updateLicense(const QString &key);
    const License &license() const { return m_license; }

signals:
    void licenseShown();

private:
    void display(const License &license);
    void askForKey();

    Session *m_session;
    License m_license;
    std::unique_ptr<Ui::LicenseDialog> m_ui;
    QPushButton *m_update;
    QPointer<QDialog> m_keyBox; // the key box while it is open
    QPointer<QLabel> m_keyStatus;
    QPointer<QPushButton> m_keyOk;
    QPointer<QPlainTextEdit> m_keyEdit;
};

} // namespace infiniti
