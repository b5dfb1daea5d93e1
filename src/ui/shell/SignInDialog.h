#pragma once

#include "api/ApiError.h"
#include "api/Profile.h"

#include <memory>
#include <QDialog>

namespace Ui {
class SignInDialog;
}

namespace infiniti {

// Asks for a connection profile and credentials. It does not talk to the server itself: it
// emits signInRequested() and shows busy / error states the controller reports back.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(const QList<Profile> &profiles, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void selectProfile(const QString &name);
    void setUsername(const QString &username);
    // For a re-login after the server rejected the token: the connection is fixed.
    void lockConnection(const QString &reason);

    // The line above the form: what this sign-in is for.
    void setIntro(const QString &text);
    // A problem with what was typed, said in the status line (the controller's own checks).
    void showProblem(const QString &text);

    Profile profile() const;
    QString username() const;
    // Read once by the controller for the login request; the dialog is then discarded.
    QString password() const;
    bool remember() const;

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void showError(const ApiError &error);
    // Cancel and Escape while "Signing in…" stop the attempt (cancelRequested()); the dialog
    // stays, with what was typed. Otherwise they close it.
    void reject() override;
    // After a sign-out the dialog is all that is left of the console: Cancel, Escape and
    // closing it then ask "Quit Infiniti Admin?" (Quit / Sign in) instead of ending it unasked.
    void setAsksBeforeQuitting(bool asks) { m_asksBeforeQuitting = asks; }
    // What is wrong with a typed server URL (empty when it will do): it must be http(s) with a
    // host — a bare word such as "enduser" is a username in the wrong field, not a server.
    static QString urlProblem(const QString &typed, const QString &which);
    // Whether saved connections may be deleted here (not in demo mode: nothing is saved).
    void setDeletingAllowed(bool allowed);
    // The controller's answers to deleteProfileRequested(): the connection is gone (from the
    // list too), or it was kept and `why` says why.
    void profileDeleted(const QString &name);
    void profileNotDeleted(const QString &name, const QString &why);

signals:
    void signInRequested();
    void cancelRequested();
    // Delete… was confirmed for the saved connection `name`.
    void deleteProfileRequested(const QString &name);

private:
    void onProfileChosen(int index);
    // Delete…: asks, naming the connection, then emits deleteProfileRequested().
    void askDeleteProfile();
    void updateDeleteButton();
    void updateProducePlaceholder();
    bool validate();

    std::unique_ptr<Ui::SignInDialog> m_ui;
    QList<Profile> m_profiles;
    bool m_busy = false;
    bool m_deletingAllowed = true;
    bool m_locked = false;
    bool m_asksBeforeQuitting = false;
};

} // namespace infiniti
