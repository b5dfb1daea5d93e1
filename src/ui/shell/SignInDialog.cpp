#include "ui/shell/SignInDialog.h"

#include "ui_SignInDialog.h"

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
    for (const auto &p : profiles)
        m_ui->profileCombo->addItem(p.name);
    m_ui->profileCombo->addItem(tr("New connection…"));
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this, &SignInDialog::onProfileChosen);
    connect(m_ui->manageEdit, &QLineEdit::textChanged, this, &SignInDialog::updateProducePlaceholder);
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
    (existing ? (p.lastUser.isEmpty() ? m_ui->userEdit : m_ui->passwordEdit) : m_ui->nameEdit)->setFocus();
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
    for (auto *w : {static_cast<QWidget *>(m_ui->profileCombo), static_cast<QWidget *>(m_ui->nameEdit),
                    static_cast<QWidget *>(m_ui->manageEdit), static_cast<QWidget *>(m_ui->produceEdit)})
        w->setEnabled(false);
    m_ui->intro->setText(reason);
    m_ui->passwordEdit->setFocus();
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

bool SignInDialog::validate()
{
    const QUrl manage = Profile::normaliseServerUrl(m_ui->manageEdit->text());
    QString problem;
    QWidget *focus = nullptr;
    if (manage.isEmpty() || !manage.isValid() || manage.host().isEmpty()) {
        problem = tr("Enter the Manage URL of the server, e.g. https://server/Manage.");
        focus = m_ui->manageEdit;
    } else if (manage.scheme() != "http"_L1 && manage.scheme() != "https"_L1) {
        problem = tr("The Manage URL must start with http:// or https://.");
        focus = m_ui->manageEdit;
    } else if (!m_ui->produceEdit->text().trimmed().isEmpty()
               && !Profile::normaliseServerUrl(m_ui->produceEdit->text()).isValid()) {
        problem = tr("The Produce URL is not a valid URL.");
        focus = m_ui->produceEdit;
    } else if (username().isEmpty()) {
        problem = tr("Enter your username.");
        focus = m_ui->userEdit;
    } else if (m_ui->passwordEdit->text().isEmpty()) {
        problem = tr("Enter your password.");
        focus = m_ui->passwordEdit;
    }
    if (focus) {
        m_ui->statusLabel->setText(problem);
        focus->setFocus();
        return false;
    }
    return true;
}

void SignInDialog::setBusy(bool busy)
{
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
        m_ui->statusLabel->setText(tr("Signing in…"));
}

void SignInDialog::showError(const ApiError &error)
{
    setBusy(false);
    QString text = error.message();
    if (!error.serverMessage().isEmpty())
        text += QLatin1Char('\n') + error.serverMessage();
    else if (!error.networkDetail().isEmpty())
        text += QLatin1Char('\n') + error.networkDetail();
    m_ui->statusLabel->setText(text);
    m_ui->passwordEdit->selectAll();
    m_ui->passwordEdit->setFocus();
}

} // namespace infiniti
