#include "ui/design/SyncExportDialog.h"

#include "ui/design/SyncParts.h"

#include "api/Call.h"
#include "api/DownloadJob.h"
#include "formats/Json.h"
#include "ui/common/Transfers.h"
#include "api/endpoints/ProjectsEndpoints.h"
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

SyncExportDialog::SyncExportDialog(Session *session, const QList<QJsonObject> &projects, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_status(new QLabel(this))
{
    setObjectName(u"syncExportDialog"_s);
    setWindowTitle(tr("Export a sync package"));
    QStringList names;
    for (const auto &p : projects) {
        m_projectIds << Json::idOf(p);
        names << Json::string(p, "name"_L1);
    }
    auto *what = new QLabel(projects.isEmpty() ? tr("Every project, with what the parts below add.")
                                               : tr("%n project(s): %1 — with what the parts below add.", nullptr, int(projects.size()))
                                                     .arg(names.join(u", "_s)),
                            this);
    what->setWordWrap(true);
    auto *grid = new QGridLayout;
    const QStringList parts = ProjectsEndpoints::syncExportOptions();
    for (int i = 0; i < parts.size(); ++i) {
        auto *box = new QCheckBox(SyncParts::title(parts.at(i)), this);
        box->setObjectName(u"part_"_s + parts.at(i));
        box->setChecked(parts.at(i) != "connectionStrings"_L1);
        if (parts.at(i) == "connectionStrings"_L1)
            box->setToolTip(tr("Connection strings often hold passwords; include them only when the target server needs them."));
        grid->addWidget(box, i / 3, i % 3);
        m_parts.append({parts.at(i), box});
    }
    // Connection strings and default data belong to data sources: only with them.
    QCheckBox *sources = findChild<QCheckBox *>(u"part_dataSources"_s);
    for (const auto &[part, box] : std::as_const(m_parts)) {
        if (part == "connectionStrings"_L1 || part == "defaultData"_L1)
            connect(sources, &QCheckBox::toggled, box, &QWidget::setEnabled);
    }
    auto *note = new QLabel(tr("Content library items, content folders and published projects go with the projects that use them."), this);
    note->setWordWrap(true);
    m_status->setObjectName(u"syncStatus"_s);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(u"syncExportButton"_s);
    m_export->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] {
        Transfers::askSavePath(this, tr("Save the sync package"), tr("sync package.iqpkg"), [this](const QString &path) { exportTo(path); });
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(grid);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
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
    m_status->setText(tr("Exporting…"));
    const auto job = m_session->perform(ProjectsEndpoints::syncExport(m_projectIds, options())).finally(this, [this, path](ApiJob &job) {
        m_export->setEnabled(true);
        if (!job.succeeded()) {
            m_status->setText(job.error().kind() == ApiError::Kind::Cancelled ? tr("Cancelled; nothing was saved.")
                                                                               : job.error().message());
            return;
        }
        const QJsonObject pack = job.json().object();
        QString error;
        if (pack.isEmpty()) {
            m_status->setText(tr("The server's answer is not a sync package; nothing was saved."));
            return;
        }
        if (!DownloadJob::save(path, job.body(), &error)) {
            m_status->setText(tr("Could not write %1: %2").arg(path, error));
            return;
        }
        const QString summary = tr("Saved %1 (%2): %3.").arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(job.body().size()),
                                                              SyncParts::contentsOf(pack));
        m_status->setText(summary);
        emit exported(path, summary);
    });
    Transfers::track(job, this, tr("Exporting the sync package…"));
}

} // namespace infiniti
