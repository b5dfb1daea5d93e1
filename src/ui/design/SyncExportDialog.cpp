#include "ui/design/SyncExportDialog.h"

#include "ui/design/SyncParts.h"

#include "api/Call.h"
#include "api/DownloadJob.h"
#include "api/endpoints/ProjectsEndpoints.h"
#include "formats/Json.h"
#include "ui/common/Transfers.h"
#include "ui/shell/Theme.h"

#include "ui_SyncExportDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

SyncExportDialog::SyncExportDialog(Session *session, const QList<QJsonObject> &projects,
                                   QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::SyncExportDialog>())
{
    // The parts are made before the form so that Tab meets them before the buttons, as the
    // cursor did before there was a form; they go into its grid.
    const QStringList parts = ProjectsEndpoints::syncExportOptions();
    for (const QString &part : parts) {
        auto *box = new QCheckBox(SyncParts::title(part), this);
        box->setObjectName(u"part_"_s + part);
        // Secrets and the server's security only when asked for (every option is sent, true or
        // false: a server includes what is not named).
        box->setChecked(ProjectsEndpoints::syncExportsByDefault(part));
        if (part == "connectionStrings"_L1)
            box->setToolTip(tr("Data sources' connection strings often hold passwords; ticked, "
                               "they are in the package in clear text."));
        else if (part == "connectorSettings"_L1)
            box->setToolTip(tr("Connector settings hold passwords (the SMTP password, for one) "
                               "and connection strings; ticked, they are in the package in "
                               "clear text."));
        else if (part == "users"_L1 || part == "groups"_L1 || part == "roles"_L1)
            box->setToolTip(tr("Every one on the server, not only those the projects use."));
        m_parts.append({part, box});
    }
    m_ui->setupUi(this);
    for (qsizetype i = 0; i < m_parts.size(); ++i)
        m_ui->partsGrid->addWidget(m_parts.at(i).second, int(i / 3), int(i % 3));
    QStringList names;
    for (const auto &p : projects) {
        m_projectIds << Json::idOf(p);
        names << tr("“%1”").arg(Json::string(p, "name"_L1));
    }
    m_ui->what->setText(projects.isEmpty()
                            ? tr("The package holds every project and the parts ticked below.")
                            : tr("The package holds the project(s) %1 and the parts ticked below.",
                                 nullptr, int(projects.size()))
                                  .arg(names.join(u", "_s)));
    // Connection strings and default data belong to data sources: only with them.
    QCheckBox *sources = findChild<QCheckBox *>(u"part_dataSources"_s);
    for (const auto &[part, box] : std::as_const(m_parts)) {
        if (part == "connectionStrings"_L1 || part == "defaultData"_L1)
            connect(sources, &QCheckBox::toggled, box, &QWidget::setEnabled);
    }
    for (const auto &[part, box] : std::as_const(m_parts)) {
        if (ProjectsEndpoints::syncExportHoldsSecrets(part))
            connect(box, &QCheckBox::toggled, this, &SyncExportDialog::showSecretsWarning);
        if (part == "connectionStrings"_L1)
            connect(sources, &QCheckBox::toggled, this, &SyncExportDialog::showSecretsWarning);
    }
    Theme::showAsError(m_ui->secretsWarning);
    showSecretsWarning();
    m_export = m_ui->buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(u"syncExportButton"_s);
    m_export->setDefault(true);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] {
        Transfers::askSavePath(this, tr("Save the sync package"), tr("sync package.iqpkg"),
                               [this](const QString &path) { exportTo(path); });
    });
}

SyncExportDialog::~SyncExportDialog() = default;

void SyncExportDialog::showSecretsWarning()
{
    QStringList secrets;
    for (const auto &[part, box] : std::as_const(m_parts)) {
        if (ProjectsEndpoints::syncExportHoldsSecrets(part) && box->isChecked() && box->isEnabled())
            secrets << SyncParts::title(part);
    }
    // Hidden, it keeps its room (with the longest text) so that the parts above do not jump.
    const bool shown = !secrets.isEmpty();
    if (!shown) {
        for (const auto &[part, box] : std::as_const(m_parts)) {
            if (ProjectsEndpoints::syncExportHoldsSecrets(part))
                secrets << SyncParts::title(part);
        }
    }
    QSizePolicy policy = m_ui->secretsWarning->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_ui->secretsWarning->setSizePolicy(policy);
    m_ui->secretsWarning->setVisible(shown);
    m_ui->secretsWarning->setText(
        tr("With %1 ticked, the package holds passwords and connection strings in clear text: "
           "anyone who can read the file can read them. Keep it as safe as a password.")
            .arg(QLocale().createSeparatedList(secrets)));
}

QJsonObject SyncExportDialog::options() const
{
    QJsonObject out;
    for (const auto &[part, box] : m_parts)
        out.insert(part, box->isChecked() && box->isEnabled());
    return out;
}

void SyncExportDialog::exportTo(const QString &path)
{
    m_export->setEnabled(false);
    m_ui->syncStatus->setText(tr("Exporting…"));
    const QJsonObject parts = options();
    bool holdsSecrets = false;
    for (auto it = parts.begin(); it != parts.end(); ++it)
        holdsSecrets = holdsSecrets ||
                       (it.value().toBool() && ProjectsEndpoints::syncExportHoldsSecrets(it.key()));
    const auto job =
        m_session->perform(ProjectsEndpoints::syncExport(m_projectIds, parts))
            .finally(this, [this, path, holdsSecrets](ApiJob &job) {
                m_export->setEnabled(true);
                if (!job.succeeded()) {
                    m_ui->syncStatus->setText(job.error().kind() == ApiError::Kind::Cancelled
                                                  ? tr("Cancelled; nothing was saved.")
                                                  : job.error().message());
                    return;
                }
                const QJsonObject pack = job.json().object();
                QString error;
                if (pack.isEmpty()) {
                    m_ui->syncStatus->setText(
                        tr("The server's answer is not a sync package; nothing was saved."));
                    return;
                }
                // Connector settings or connection strings in it: its owner's file alone.
                if (!DownloadJob::save(path, job.body(), &error,
                                       holdsSecrets ? DownloadJob::Access::OwnerOnly
                                                    : DownloadJob::Access::Default)) {
                    m_ui->syncStatus->setText(tr("Could not write %1: %2").arg(path, error));
                    return;
                }
                const QString summary = tr("Saved %1 (%2): %3.")
                                            .arg(QFileInfo(path).fileName(),
                                                 QLocale().formattedDataSize(job.body().size()),
                                                 SyncParts::contentsOf(pack));
                m_ui->syncStatus->setText(summary);
                emit exported(path, summary);
            });
    Transfers::track(job, this, tr("Exporting the sync package…"));
}

} // namespace infiniti
