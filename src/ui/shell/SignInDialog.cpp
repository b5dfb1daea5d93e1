#include "ui/shell/SignInDialog.h"

#include "ui/shell/Theme.h"

#include "ui_SignInDialog.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace infiniti {

SignInDialog::SignInDialog(const QList<Profile> &profiles, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_profiles(profiles)
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setDefault(true); // Return in any field signs in
    m_ui->statusLabel->setAccessibleName(tr("Status"));
    for (const auto &p : profiles)
        m_ui->profileCombo->addItem(p.name);
    m_ui->profileCombo->addItem(tr("New connection…"));
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this,
            &SignInDialog::onProfileChosen);
    connect(m_ui->manageEdit, &QLineEdit::textChanged, this,
            &SignInDialog::updateProducePlaceholder);
    connect(m_ui->deleteProfileButton, &QPushButton::clicked, this,
            &SignInDialog::askDeleteProfile);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (validate())
            emit signInRequested();
    });
    onProfileChosen(m_ui->profileCombo->currentIndex());
    updateProducePlaceholder();
    resize(width(), minimumSizeHint().height());
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::onProfileChosen(int index)
{
    const bool existing = index >= 0 && index < m_profiles.size();
    const Profile p = existing ? m_profiles.at(index) : Profile{};
    m_ui->nameEdit->setText(p.name);
    m_ui->manageEdit->setText(p.manageUrl.toString());
    m_ui->produceEdit->setText(p.produceUrl.toString());
    m_ui->userEdit->setText(p.lastUser);
    m_ui->rememberCheck->setChecked(p.rememberSignIn);
    m_ui->passwordEdit->clear();
    m_ui->statusLabel->clear();
    (existing ? (p.lastUser.isEmpty() ? m_ui->userEdit : m_ui->passwordEdit) : m_ui->nameEdit)
        ->setFocus();
    updateDeleteButton();
}

void SignInDialog::updateDeleteButton()
{
    const int index = m_ui->profileCombo->currentIndex();
    m_ui->deleteProfileButton->setVisible(m_deletingAllowed);
    m_ui->deleteProfileButton->setEnabled(m_deletingAllowed && !m_locked && !m_busy && index >= 0 &&
                                          index < m_profiles.size());
}

void SignInDialog::setDeletingAllowed(bool allowed)
{
    m_deletingAllowed = allowed;
    updateDeleteButton();
}

void SignInDialog::askDeleteProfile()
{
    const int index = m_ui->profileCombo->currentIndex();
    if (index < 0 || index >= m_profiles.size() || !m_ui->deleteProfileButton->isEnabled())
        return;
    const Profile p = m_profiles.at(index);
    auto *confirm = new QMessageBox(
        QMessageBox::Warning, tr("Delete connection"),
        tr("Delete the saved connection “%1” (%2)? Its remembered sign-in is removed from this "
           "computer's keychain too. The server is not changed.")
            .arg(p.name, p.manageUrl.toDisplayString()),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setObjectName(u"confirmDeleteProfile"_s);
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->button(QMessageBox::Yes)->setText(tr("Delete"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = p.name;
    connect(confirm, &QMessageBox::accepted, this, [this, name] {
        m_ui->deleteProfileButton->setEnabled(false); // until the controller answers
        m_ui->statusLabel->setText(tr("Deleting the connection “%1”…").arg(name));
        Theme::showAsError(m_ui->statusLabel, false);
        emit deleteProfileRequested(name);
    });
    confirm->open();
}

void SignInDialog::profileDeleted(const QString &name)
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == name) {
            m_profiles.removeAt(i);
            m_ui->profileCombo->removeItem(i); // another entry becomes current and is shown
            break;
        }
    }
    m_ui->statusLabel->setText(tr("The connection “%1” was deleted.").arg(name));
    Theme::showAsError(m_ui->statusLabel, false);
    updateDeleteButton();
}

void SignInDialog::profileNotDeleted(const QString &name, const QString &why)
{
    m_ui->statusLabel->setText(tr("The connection “%1” was not deleted: %2").arg(name, why));
    Theme::showAsError(m_ui->statusLabel);
    updateDeleteButton();
}

void SignInDialog::updateProducePlaceholder()
{
    const QUrl manage = Profile::normaliseServerUrl(m_ui->manageEdit->text());
    m_ui->produceEdit->setPlaceholderText(
        manage.isValid() && !manage.isEmpty()
            ? tr("Leave empty for %1").arg(Profile::deriveProduceUrl(manage).toString())
            : tr("Leave empty to derive it from the Manage URL"));
}

void SignInDialog::selectProfile(const QString &name)
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == name)
            m_ui->profileCombo->setCurrentIndex(i);
    }
}

void SignInDialog::setUsername(const QString &username)
{
    m_ui->userEdit->setText(username);
    m_ui->passwordEdit->setFocus();
}

void SignInDialog::lockConnection(const QString &reason)
{
    for (auto *w :
         {static_cast<QWidget *>(m_ui->profileCombo), static_cast<QWidget *>(m_ui->nameEdit),
          static_cast<QWidget *>(m_ui->manageEdit), static_cast<QWidget *>(m_ui->produceEdit)})
        w->setEnabled(false);
    m_locked = true;
    updateDeleteButton();
    m_ui->intro->setText(reason);
    m_ui->passwordEdit->setFocus();
}

void SignInDialog::setIntro(const QString &text)
{
    m_ui->intro->setText(text);
}

void SignInDialog::showProblem(const QString &text)
{
    setBusy(false);
    m_ui->statusLabel->setText(text);
    Theme::showAsError(m_ui->statusLabel);
}

Profile SignInDialog::profile() const
{
    Profile p;
    const int index = m_ui->profileCombo->currentIndex();
    if (index >= 0 && index < m_profiles.size())
        p = m_profiles.at(index); // keeps pins and other saved settings
    p.name = m_ui->nameEdit->text().trimmed();
    p.manageUrl = Profile::normaliseServerUrl(m_ui->manageEdit->text());
    p.produceUrl = Profile::normaliseServerUrl(m_ui->produceEdit->text());
    p.lastUser = username();
    p.rememberSignIn = remember();
    if (p.name.isEmpty())
        p.name = p.manageUrl.host();
    return p;
}

QString SignInDialog::username() const
{
    return m_ui->userEdit->text().trimmed();
}

QString SignInDialog::password() const
{
    return m_ui->passwordEdit->text();
}

bool SignInDialog::remember() const
{
    return m_ui->rememberCheck->isChecked();
}

QString SignInDialog::urlProblem(const QString &typed, const QString &which)
{
    const QString text = typed.trimmed();
    const QUrl url = Profile::normaliseServerUrl(text);
    if (text.contains(QLatin1Char(' ')))
        return tr("The %1 URL “%2” is not a URL: it has spaces.").arg(which, text);
    if (url.isValid() && !url.scheme().isEmpty() && url.scheme() != "http"_L1 &&
        url.scheme() != "https"_L1)
        return tr("The %1 URL must start with http:// or https://.").arg(which);
    if (!url.isValid() || url.host().isEmpty())
        return tr("The %1 URL “%2” is not a URL. Enter it as e.g. https://server/%1.")
            .arg(which, text);
    // Without a scheme, a host is a name with a dot, "localhost", an address or a host:port.
    const QString host = url.host();
    const bool typedScheme = text.contains("://"_L1);
    const bool looksLikeHost = host.contains(QLatin1Char('.')) || host.contains(QLatin1Char(':')) ||
                               host.compare("localhost"_L1, Qt::CaseInsensitive) == 0 ||
                               url.port() > 0;
    if (!typedScheme && !looksLikeHost)
        return tr("The %1 URL “%2” does not look like a server. Enter it as e.g. "
                  "https://%2.example.com/%1, "
                  "or with http:// or https:// in front.")
            .arg(which, text);
    return {};
}

bool SignInDialog::validate()
{
    QString problem;
    QWidget *focus = nullptr;
    if (m_ui->manageEdit->text().trimmed().isEmpty()) {
        problem = tr("Enter the Manage URL of the server, e.g. https://server/Manage.");
        focus = m_ui->manageEdit;
    } else if (const QString p = urlProblem(m_ui->manageEdit->text(), tr("Manage")); !p.isEmpty()) {
        problem = p;
        focus = m_ui->manageEdit;
    } else if (!m_ui->produceEdit->text().trimmed().isEmpty()) {
        problem = urlProblem(m_ui->produceEdit->text(), tr("Produce"));
        if (!problem.isEmpty())
            focus = m_ui->produceEdit;
    }
    if (!focus && username().isEmpty()) {
        problem = tr("Enter your username.");
        focus = m_ui->userEdit;
    } else if (!focus && m_ui->passwordEdit->text().isEmpty()) {
        problem = tr("Enter your password.");
        focus = m_ui->passwordEdit;
    }
    if (focus) {
        showProblem(problem);
        focus->setFocus();
        return false;
    }
    return true;
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    updateDeleteButton();
    if (busy) {
        m_ui->statusLabel->setText(tr("Signing in…"));
        Theme::showAsError(m_ui->statusLabel, false);
    }
}

void SignInDialog::reject()
{
    if (!m_busy && m_asksBeforeQuitting) {
        if (findChild<QMessageBox *>(u"quitQuestion"_s))
            return; // already asking
        auto *ask = new QMessageBox(QMessageBox::Question, windowTitle(),
                                    tr("Quit Infiniti Admin?"), QMessageBox::NoButton, this);
        ask->setObjectName(u"quitQuestion"_s);
        ask->setInformativeText(tr("You are signed out. Sign in again to go on, or quit."));
        QPushButton *quit = ask->addButton(tr("&Quit"), QMessageBox::DestructiveRole);
        QPushButton *stay = ask->addButton(tr("&Sign in"), QMessageBox::RejectRole);
        ask->setDefaultButton(stay);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        connect(ask, &QMessageBox::buttonClicked, this, [this, quit](QAbstractButton *clicked) {
            if (clicked == quit)
                QDialog::reject();
        });
        ask->open();
        return;
    }
    if (!m_busy) {
        QDialog::reject();
        return;
    }
    // A server that accepts the connection but never answers: stop waiting for it, keep
    // everything typed, and let the user correct the address or try again.
    emit cancelRequested();
    setBusy(false);
    m_ui->statusLabel->setText(tr("Sign-in stopped; nothing was changed."));
    Theme::showAsError(m_ui->statusLabel, false);
}

void SignInDialog::showError(const ApiError &error)
{
    setBusy(false);
    QString text;
    if (error.kind() == ApiError::Kind::Unauthorised) {
        // The API's words for a 401 also cover a token that expired, which a sign-in has not
        // got yet: here a refusal is about what was typed. The server's own words follow.
        text = tr("The user name or password was not accepted.");
        if (!error.serverMessage().isEmpty())
            text += QLatin1Char('\n') + tr("The server said: %1").arg(error.serverMessage());
    } else {
        text = error.message();
        if (!error.serverMessage().isEmpty())
            text += QLatin1Char('\n') + error.serverMessage();
        else if (!error.networkDetail().isEmpty())
            text += QLatin1Char('\n') + error.networkDetail();
    }
    m_ui->statusLabel->setText(text);
    Theme::showAsError(m_ui->statusLabel);
    m_ui->passwordEdit->selectAll();
    m_ui->passwordEdit->setFocus();
}

} // namespace infiniti
