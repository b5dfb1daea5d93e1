#pragma once

#include "api/dto/License.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace infiniti {

class Session;

// The server's license at a glance: who it is for, edition, dates (days left, red under 30),
// users and projects against their limits, modules, the tenancy key; and updating the key,
// keeping the old license shown until the server accepts a new one.
class LicenseDialog : public QDialog
{
    Q_OBJECT
public:
    LicenseDialog(Session *session, QWidget *parent = nullptr);
    void reload();
    // Sends a new key; the dialog shows the new license, or the server's reason and the old one.
    void updateLicense(const QString &key);
    const License &license() const { return m_license; }

signals:
    void licenseShown();

private:
    void display(const License &license);
    void askForKey();

    Session *m_session;
    License m_license;
    QLabel *m_licensedTo, *m_product, *m_edition, *m_key, *m_issued, *m_expiry, *m_valid;
    QProgressBar *m_users, *m_projects;
    QTableWidget *m_modules;
    QLineEdit *m_tenancy;
    QLabel *m_status;
    QPushButton *m_update;
};

} // namespace infiniti
