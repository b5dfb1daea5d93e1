#pragma once

#include "api/dto/License.h"

#include <QLabel>
#include <QPointer>

namespace infiniti {

class Session;

// In the main window's status bar: what of the license runs out soon (License::expiringSoon),
// the soonest in words and every one in the tooltip; a click opens the license. Hidden when
// nothing does, when the account may not read the license, or when it cannot be read — it is
// a reminder, not the license's only view.
class LicenseNotice : public QLabel
{
    Q_OBJECT
public:
    explicit LicenseNotice(Session *session, QWidget *parent = nullptr);

    // Reads the license when the account may (else hides).
    void check(bool mayRead);
    // Shows what `license` says runs out by `today`'s reckoning.
    void display(const License &license, const QDate &today = QDate::currentDate());

signals:
    void activated();

private:
    QPointer<Session> m_session;
    int m_generation = 0; // an answer to an earlier check() is not shown
};

} // namespace infiniti
