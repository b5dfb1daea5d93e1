#include "ui/settings/LicenseDialog.h"

#include "formats/Json.h"
#include "ui/lists/RowLook.h"
#include "ui/shell/Theme.h"

#include "api/Call.h"
#include "api/endpoints/LicenseEndpoints.h"
#include "api/Session.h"

#include "ui_LicenseDialog.h"
#include "ui_LicenseKeyDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
void setUsage(QProgressBar *bar, int used, int limit)
{
    if (limit <= 0) {
        bar->setRange(0, 1);
        bar->setValue(0);
        bar->setFormat(used >= 0 ? LicenseDialog::tr("%1 (no limit)").arg(used)
                                 : LicenseDialog::tr("not reported"));
        return;
    }
    bar->setRange(0, limit);
    bar->setValue(qBound(0, used, limit));
    bar->setFormat(LicenseDialog::tr("%1 of %2").arg(used).arg(limit));
    // Near or over the limit: say so in colour as well as in numbers.
    QPalette pal = bar->palette();
    pal.setColor(QPalette::Highlight, used >= limit ? Theme::errorColor()
                                      : used * 100 >= limit * 90
                                          ? Theme::warningColor()
                                          : QApplication::palette().color(QPalette::Highlight));
    if (used * 100 >= limit * 90 &&
        Theme::isDark()) // the light warning colours want dark text on them
        pal.setColor(QPalette::HighlightedText, QApplication::palette().color(QPalette::Base));
    bar->setPalette(pal);
}

// An expiry as the header and the modules table both say it: the date, the days to it.
QString expiryText(const QDateTime &expiry, qint64 days)
{
    const QString date = QLocale().toString(expiry.toLocalTime().date(), QLocale::LongFormat);
    if (days < 0)
        return LicenseDialog::tr("%1 — expired %n day(s) ago", nullptr, int(-days)).arg(date);
    if (days == 0)
        return LicenseDialog::tr("%1 — expires today").arg(date);
    return LicenseDialog::tr("%1 — %n day(s) left", nullptr, int(days)).arg(date);
}
} // namespace

LicenseDialog::LicenseDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::LicenseDialog>())
{
    m_ui->setupUi(this);
    RowLook::apply(m_ui->modules); // rows as the lists have them
    connect(m_ui->copyTenancyKey, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_ui->tenancyKey->text()); });
    m_update = m_ui->buttons->addButton(tr("&Update license…"), QDialogButtonBox::ActionRole);
    m_update->setObjectName(u"update"_s);
    connect(m_update, &QPushButton::clicked, this, &LicenseDialog::askForKey);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Return closes the sheet, as it did when the sheet was built in code (Update license… is
    // a deliberate click, not what Return in the tenancy key does).
    m_ui->buttons->button(QDialogButtonBox::Close)->setDefault(true);
    reload();
}

LicenseDialog::~LicenseDialog() = default;

void LicenseDialog::reload()
{
    m_ui->status->setText(tr("Loading…"));
    m_session->call(LicenseEndpoints::get())
        .then(
            this,
            [this](const QJsonObject &license) {
                m_ui->status->clear();
                display(License::fromJson(license));
            },
            [this](const ApiError &error) {
                m_ui->status->setText(error.message() + QLatin1Char('\n') + error.serverMessage());
            });
    m_session->call(LicenseEndpoints::tenancyKey())
        .then(
            this,
            [this](const QJsonObject &tenancy) {
                m_ui->tenancyKey->setText(Json::string(tenancy, "tenancyKey"_L1));
            },
            [this](const ApiError &error) { m_ui->tenancyKey->setText(error.message()); });
}

void LicenseDialog::display(const License &l)
{
    m_license = l;
    const QLocale locale;
    m_ui->licensedTo->setText(l.licensedTo);
    m_ui->product->setText(l.product);
    m_ui->edition->setText(l.edition);
    m_ui->licenseKey->setText(l.licenseKey);
    m_ui->issued->setText(l.issued.isValid()
                              ? locale.toString(l.issued.toLocalTime().date(), QLocale::LongFormat)
                              : QString());
    if (l.expiry.isValid()) {
        const qint64 days = l.daysLeft();
        m_ui->expiry->setText(expiryText(l.expiry, days));
        QPalette pal = m_ui->expiry->palette();
        pal.setColor(QPalette::WindowText,
                     days < License::kLicenseWarningDays
                         ? Theme::errorColor()
                         : QApplication::palette().color(QPalette::WindowText));
        m_ui->expiry->setPalette(pal);
        m_ui->expiry->setProperty("warning", days < License::kLicenseWarningDays);
    } else {
        m_ui->expiry->setText(l.expiryGiven ? tr("does not expire")
                                            : tr("not given by the server"));
        m_ui->expiry->setProperty("warning", false);
    }
    m_ui->valid->setText(!l.valid   ? tr("not given by the server")
                         : *l.valid ? tr("Valid")
                                    : tr("Not valid"));
    setUsage(m_ui->users, l.currentUsers, l.maxUsers);
    setUsage(m_ui->projects, l.currentProjects, l.maxProjects);
    m_ui->modules->setRowCount(int(l.modules.size()));
    for (int i = 0; i < l.modules.size(); ++i) {
        const auto &m = l.modules.at(i);
        m_ui->modules->setItem(i, 0, new QTableWidgetItem(m.name));
        m_ui->modules->setItem(
            i, 1, new QTableWidgetItem(m.licensed ? tr("Licensed") : tr("Not licensed")));
        QString expires;
        // A module that runs out within two weeks (the Workflow module in a week, say) stands
        // out: its features stop before anyone renews on the license's own reminder.
        const qint64 days = License::daysUntil(m.expiry);
        const bool soon = m.licensed && m.expiry.isValid() && days < License::kModuleWarningDays;
        if (m.expiry.isValid()) {
            expires = m.licensed
                          ? expiryText(m.expiry, days)
                          : locale.toString(m.expiry.toLocalTime().date(), QLocale::LongFormat);
        }
        auto *expiry = new QTableWidgetItem(expires);
        if (soon) {
            for (auto *item : {m_ui->modules->item(i, 0), m_ui->modules->item(i, 1), expiry}) {
                item->setForeground(Theme::errorColor());
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            expiry->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            expiry->setToolTip(
                tr("This module stops working when it expires: renew the license before then."));
            expiry->setData(Qt::UserRole, true); // "expires soon", for tests and accessibility
        }
        m_ui->modules->setItem(i, 2, expiry);
    }
    // The expiry, last, takes the room left (sized to its contents it left a blank strip).
    for (int c = 0; c + 1 < m_ui->modules->columnCount(); ++c)
        m_ui->modules->resizeColumnToContents(c);
    emit licenseShown();
}

void LicenseDialog::updateLicense(const QString &key)
{
    m_update->setEnabled(false);
    // Asked in the key box, the box says what happens; the sheet keeps showing the license.
    const auto say = [this](const QString &text, bool error) {
        if (m_keyBox && m_keyStatus) {
            m_keyStatus->setText(text);
            Theme::showAsError(m_keyStatus, error);
            m_keyStatus->setVisible(!text.isEmpty());
        } else {
            m_ui->status->setText(text);
        }
    };
    if (m_keyOk)
        m_keyOk->setEnabled(false);
    say(tr("Sending the new key…"), false);
    // The vendor documents no answer for the update (a server may send 200 with the license,
    // or 201/204 without a body): what is shown is the license read again afterwards.
    m_session->perform(LicenseEndpoints::update(key))
        .then(
            this,
            [this] {
                // Accepted: the key box has done its work.
                if (m_keyBox)
                    m_keyBox->accept();
                m_session->call(LicenseEndpoints::get())
                    .then(
                        this,
                        [this](const QJsonObject &license) {
                            m_update->setEnabled(true);
                            const License before = m_license;
                            display(License::fromJson(license));
                            m_ui->status->setText(
                                before.sameGrant(m_license)
                                    ? tr("The server took the key, but the license it shows is "
                                         "the same as before. Check that it was the key you "
                                         "meant.")
                                    : tr("License updated."));
                        },
                        [this](const ApiError &error) {
                            m_update->setEnabled(true);
                            m_ui->status->setText(
                                tr("License updated, but it could not be read again: %1")
                                    .arg(error.message()));
                        });
            },
            [this, say](const ApiError &error) {
                m_update->setEnabled(true);
                // The old license stays shown: nothing changed on the server. The key stays in
                // its box, to be corrected and sent again.
                if (m_keyOk && m_keyEdit)
                    m_keyOk->setEnabled(!m_keyEdit->toPlainText().simplified().isEmpty());
                say(tr("The new key was refused: %1").arg(error.serverOrOwnMessage()), true);
            });
}

void LicenseDialog::askForKey()
{
    auto *ask = new QDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    Ui::LicenseKeyDialog form; // only the widgets' addresses are kept; they belong to `ask`
    form.setupUi(ask);
    // Wide enough for its title and a key on one line (it opened 278 pixels wide).
    ask->resize(qMax(ask->sizeHint().width(), 520), ask->sizeHint().height());
    QPlainTextEdit *edit = form.keyEdit;
    QLabel *status = form.keyStatus;
    status->hide();
    connect(form.loadKeyFile, &QPushButton::clicked, ask, [ask, edit] {
        auto *files = new QFileDialog(ask, tr("License key file"));
        files->setAttribute(Qt::WA_DeleteOnClose);
        files->setFileMode(QFileDialog::ExistingFile);
        connect(files, &QFileDialog::fileSelected, edit, [edit](const QString &path) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly) && f.size() < 64 * 1024)
                edit->setPlainText(QString::fromUtf8(f.readAll()).trimmed());
            else
                edit->setPlainText(QString());
        });
        files->open();
    });
    QPushButton *ok = form.buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Update"));
    // Update sends something only once there is a key to send.
    // (m_update is disabled while a key is on its way: no second one meanwhile.)
    const auto updateOk = [this, ok, edit] {
        ok->setEnabled(m_update->isEnabled() && !edit->toPlainText().simplified().isEmpty());
    };
    connect(edit, &QPlainTextEdit::textChanged, ok, updateOk);
    updateOk();
    connect(form.buttons, &QDialogButtonBox::rejected, ask, &QDialog::reject);
    connect(form.buttons, &QDialogButtonBox::accepted, ask, [this, ok, edit] {
        const QString key = edit->toPlainText().simplified();
        if (key.isEmpty() || !ok->isEnabled())
            return;
        updateLicense(key);
    });
    m_keyBox = ask;
    m_keyStatus = status;
    m_keyOk = ok;
    m_keyEdit = edit;
    ask->open();
}

} // namespace infiniti
