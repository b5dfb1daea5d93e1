#include "ui/security/UserImportDialog.h"
#include "ui/shell/Theme.h"

#include "api/Call.h"
#include "api/endpoints/GroupsEndpoints.h"
#include "api/endpoints/RolesEndpoints.h"
#include "api/Session.h"
#include "api/UserImport.h"

#include "ui_UserImportDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

UserImportDialog::UserImportDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_import(new UserImport(this))
    , m_ui(std::make_unique<Ui::UserImportDialog>())
{
    m_ui->setupUi(this);
    m_summary = m_ui->summary;
    m_table = m_ui->rows;
    m_progress = m_ui->progress;
    QDialogButtonBox *buttons = m_ui->buttons;
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importButton"_s);
    m_importButton->setEnabled(false);
    m_reportButton = buttons->addButton(tr("Save &report…"), QDialogButtonBox::ActionRole);
    m_reportButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, &UserImportDialog::startImport);
    connect(m_reportButton, &QPushButton::clicked, this, &UserImportDialog::saveReport);
    connect(m_import, &UserImport::progress, m_progress, &QProgressBar::setValue);
    connect(m_import, &UserImport::finished, this, [this] {
        m_progress->hide();
        showRows();
        if (m_previewing) {
            m_previewing = false;
            showPreviewSummary();
            return;
        }
        int created = 0, updated = 0, failed = 0;
        for (const auto &row : m_import->rows()) {
            if (row.done)
                (row.action == UserImport::Row::Action::Create ? created : updated) += 1;
            failed += row.error.isError() ? 1 : 0;
        }
        m_summary->setText(tr("%1 created, %2 updated, %3 failed, %4 rejected before sending.")
                               .arg(created)
                               .arg(updated)
                               .arg(failed)
                               .arg(m_import->rows().size() - m_import->validCount()));
        m_reportButton->setEnabled(true);
        emit imported(created, updated);
    });
}

UserImportDialog::~UserImportDialog() = default;

void UserImportDialog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    m_summary->setText(tr("Checking %1…").arg(path));
    fetchNamesThenLoad(file.readAll(), path);
}

void UserImportDialog::fetchNamesThenLoad(const QByteArray &csv, const QString &path)
{
    // Unknown group and role names are caught in the preview, so the lists (all of them) come
    // first — both at once; the preview waits for the second.
    auto names =
        std::make_shared<std::pair<std::optional<QStringList>, std::optional<QStringList>>>();
    auto loadWhenBoth = [this, names, csv, path] {
        if (!names->first || !names->second)
            return;
        QString error;
        if (!m_import->load(csv, *names->first, *names->second, &error)) {
            m_summary->setText(tr("%1 cannot be imported: %2").arg(path, error));
            return;
        }
        m_path = path;
        showRows();
        if (m_import->validCount() == 0) {
            showPreviewSummary();
            return;
        }
        // Which rows create a user and which update one is found before anything is sent: one
        // look-up by name per row of the file (GET users/name/…), however many users the
        // server has. Nothing is written.
        m_summary->setText(tr("%1: finding out which users exist already…").arg(path));
        m_previewing = true;
        m_progress->setRange(0, int(m_import->rows().size()));
        m_progress->setValue(0);
        m_progress->show();
        m_import->run(m_session, true);
    };
    const auto failed = [this](const ApiError &error) {
        m_summary->setText(error.message());
    };
    m_session->readAll(GroupsEndpoints::list(0, 500), "groups"_L1)
        .then(
            this,
            [names, loadWhenBoth](ListAllJob &groups) {
                names->first = groups.names();
                loadWhenBoth();
            },
            failed);
    m_session->readAll(RolesEndpoints::list(0, 500), "roles"_L1)
        .then(
            this,
            [names, loadWhenBoth](ListAllJob &roles) {
                names->second = roles.names();
                loadWhenBoth();
            },
            failed);
}

bool UserImportDialog::isSignedInAccount(const UserImport::Row &row) const
{
    return !m_session->userName().isEmpty() &&
           row.user.username.compare(m_session->userName(), Qt::CaseInsensitive) == 0;
}

void UserImportDialog::showPreviewSummary()
{
    const int valid = m_import->validCount();
    const int rejected = int(m_import->rows().size()) - valid;
    int creates = 0, updates = 0, unchecked = 0;
    QStringList own;
    for (const auto &row : m_import->rows()) {
        if (!row.valid())
            continue;
        if (row.action == UserImport::Row::Action::Create)
            ++creates;
        else if (row.action == UserImport::Row::Action::Update)
            ++updates;
        else
            ++unchecked;
        if (isSignedInAccount(row))
            own << QString::number(row.line);
    }
    QString text = tr("%1: %2 rows ready to import, %3 with problems (they will not be sent).")
                       .arg(m_path)
                       .arg(valid)
                       .arg(rejected);
    if (valid > 0)
        text += u' ' + tr("%n new user(s) will be created", nullptr, creates) + u", "_s +
                tr("%n existing user(s) updated.", nullptr, updates);
    if (unchecked > 0)
        text += u' ' + tr("%n row(s) could not be checked (see Problems).", nullptr, unchecked);
    if (!own.isEmpty())
        text += u' ' + tr("Line %1 changes your own account, %2, the one signed in.")
                           .arg(own.join(u", "_s), m_session->userName());
    m_summary->setText(text);
    m_importButton->setEnabled(valid > 0);
}

void UserImportDialog::showRows()
{
    const auto &rows = m_import->rows();
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const auto &row = rows.at(i);
        QString action = row.action == UserImport::Row::Action::Create   ? tr("create")
                         : row.action == UserImport::Row::Action::Update ? tr("update")
                                                                         : QString();
        if (row.action == UserImport::Row::Action::Update && !row.done)
            action = row.changes.isEmpty() ? tr("update (no change)")
                                           : tr("update: %1").arg(row.changes.join(u", "_s));
        const QString result = !row.valid()          ? tr("rejected")
                               : row.done            ? tr("ok")
                               : row.error.isError() ? tr("failed")
                                                     : QString();
        QString problems =
            row.valid() ? (row.error.isError()
                               ? row.error.message() + QLatin1Char(' ') + row.error.serverMessage()
                               : QString())
                        : row.problems.join(u"; "_s);
        const bool own = isSignedInAccount(row) && row.valid();
        if (own)
            problems = tr("Your own account (signed in).") +
                       (problems.isEmpty() ? QString() : u' ' + problems);
        const QStringList cells{QString::number(row.line), row.user.username, action, result,
                                problems};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
        if (!row.valid() || row.error.isError()) {
            for (int c = 0; c < cells.size(); ++c)
                m_table->item(i, c)->setForeground(Theme::errorColor());
        } else if (own) {
            for (int c = 0; c < cells.size(); ++c)
                m_table->item(i, c)->setForeground(Theme::warningColor());
        }
    }
    m_table->resizeColumnsToContents();
}

void UserImportDialog::startImport()
{
    m_importButton->setEnabled(false);
    m_progress->setRange(0, int(m_import->rows().size()));
    m_progress->setValue(0);
    m_progress->show();
    m_summary->setText(tr("Importing…"));
    m_import->run(m_session);
}

void UserImportDialog::saveReport()
{
    auto *dialog = new QFileDialog(this, tr("Save import report"), u"import-report.csv"_s,
                                   tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QSaveFile file(path);
        const QByteArray report = m_import->report({',', true}); // for a spreadsheet
        if (!file.open(QIODevice::WriteOnly) || file.write(report) != report.size() ||
            !file.commit())
            m_summary->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
    });
    dialog->open();
}

} // namespace infiniti
