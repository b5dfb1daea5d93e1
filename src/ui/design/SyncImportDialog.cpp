#include "ui/design/SyncImportDialog.h"

#include "ui/design/SyncParts.h"

#include "api/Call.h"
#include "api/endpoints/ProjectsEndpoints.h"
#include "formats/Json.h"
#include "ui/common/Transfers.h"

#include "ui_SyncImportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
enum ImportColumn {
    PartColumn,
    InPackColumn,
    ModeColumn,
    CreatedColumn,
    UpdatedColumn,
    SkippedColumn,
    ProblemsColumn,
    ImportColumns
};
} // namespace

SyncImportDialog::SyncImportDialog(Session *session, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::SyncImportDialog>())
{
    m_ui->setupUi(this);
    m_table = m_ui->syncParts;
    Q_ASSERT(m_table->columnCount() == ImportColumns);
    setWindowTitle(tr("Import a sync package — %1").arg(QFileInfo(path).fileName()));
    QFile file(path);
    QString problem;
    if (!file.open(QIODevice::ReadOnly)) {
        problem = file.errorString();
    } else {
        m_bytes = file.readAll();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(m_bytes, &error);
        if (error.error != QJsonParseError::NoError)
            problem = tr("%1 at byte %2").arg(error.errorString()).arg(error.offset);
        else if (!doc.isObject() || ProjectsEndpoints::syncContents(doc.object()).isEmpty())
            problem = tr("it holds none of the parts of a sync package");
        else
            m_pack = doc.object();
    }
    QLabel *what = m_ui->what;
    QStringList projects;
    for (const auto &p : Json::value(m_pack, "projects"_L1).toArray())
        projects << tr("%1 v%2").arg(Json::string(p.toObject(), "name"_L1),
                                     Json::id(Json::value(p.toObject(), "version"_L1)));
    what->setText(
        problem.isEmpty()
            ? tr("Projects: %1").arg(projects.isEmpty() ? tr("none") : projects.join(u", "_s))
            : tr("This file cannot be imported: %1. Nothing will be sent.").arg(problem));
    for (const auto &[part, n] : ProjectsEndpoints::syncContents(m_pack)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *title = new QTableWidgetItem(SyncParts::title(part));
        title->setData(Qt::UserRole, part);
        m_table->setItem(row, PartColumn, title);
        m_table->setItem(row, InPackColumn, new QTableWidgetItem(QLocale().toString(n)));
        const QStringList modes = ProjectsEndpoints::syncModes(part);
        if (modes.isEmpty()) { // no option of its own: nothing is sent for it
            m_table->setItem(row, ModeColumn, new QTableWidgetItem(tr("As their data sources")));
            continue;
        }
        auto *mode = new QComboBox(m_table);
        mode->addItem(tr("Always (replace what is there)"), u"Always"_s);
        mode->addItem(tr("Only if not there yet"), u"IfNotExists"_s);
        if (modes.contains(u"IfNewer"_s)) // documented for projects and library items only
            mode->addItem(tr("If newer than what is there"), u"IfNewer"_s);
        m_table->setCellWidget(row, ModeColumn, mode);
    }
    m_table->resizeColumnsToContents();
    QDialogButtonBox *buttons = m_ui->buttons;
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(u"syncImportButton"_s);
    m_import->setEnabled(isReadable());
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &SyncImportDialog::startImport);
}

SyncImportDialog::~SyncImportDialog() = default;

void SyncImportDialog::setMode(const QString &part, const QString &mode)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, PartColumn)->data(Qt::UserRole).toString() == part) {
            if (auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(row, ModeColumn)))
                box->setCurrentIndex(box->findData(mode));
        }
    }
}

void SyncImportDialog::startImport()
{
    if (!isReadable())
        return;
    QJsonObject options;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(row, ModeColumn)))
            options.insert(m_table->item(row, PartColumn)->data(Qt::UserRole).toString(),
                           box->currentData().toString());
    }
    QString error;
    const auto request = ProjectsEndpoints::syncImport(m_bytes, options, &error);
    if (!request) {
        m_ui->syncStatus->setText(error);
        return;
    }
    m_import->setEnabled(false);
    m_ui->syncStatus->setText(tr("Importing…"));
    const auto job = m_session->perform(*request).finally(this, [this](ApiJob &job) {
        if (!job.succeeded()) {
            m_import->setEnabled(true);
            m_ui->syncStatus->setText(
                job.error().kind() == ApiError::Kind::Cancelled
                    ? tr("Cancelled. The server may have applied part of the package before it "
                         "stopped; refresh to see.")
                    : tr("Not imported: %1").arg(job.error().serverOrOwnMessage()));
            return;
        }
        const QJsonValue answer = Json::value(job.json().object(), "summary"_L1);
        if (!answer.isObject()) {
            // The vendor documents no answer to an import (a server may send 204): no counts to
            // show, and no empty ones passed off as a summary.
            for (int row = 0; row < m_table->rowCount(); ++row)
                if (QWidget *mode = m_table->cellWidget(row, ModeColumn))
                    mode->setEnabled(false);
            m_ui->syncStatus->setText(
                tr("Imported. The server sent no summary of what it created, updated or skipped."));
            emit imported({});
            return;
        }
        const QJsonObject summary = answer.toObject();
        int problems = 0;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const QJsonObject tally =
                Json::value(
                    summary,
                    QLatin1StringView(
                        m_table->item(row, PartColumn)->data(Qt::UserRole).toString().toLatin1()))
                    .toObject();
            m_table->setItem(row, CreatedColumn,
                             new QTableWidgetItem(Json::id(Json::value(tally, "created"_L1))));
            m_table->setItem(row, UpdatedColumn,
                             new QTableWidgetItem(Json::id(Json::value(tally, "updated"_L1))));
            m_table->setItem(row, SkippedColumn,
                             new QTableWidgetItem(Json::id(Json::value(tally, "skipped"_L1))));
            QStringList lines;
            for (const auto &p : Json::value(tally, "problems"_L1).toArray())
                lines << p.toString();
            problems += int(lines.size());
            auto *item = new QTableWidgetItem(lines.join(u"; "_s));
            item->setToolTip(lines.join(QLatin1Char('\n')));
            m_table->setItem(row, ProblemsColumn, item);
            if (QWidget *mode = m_table->cellWidget(row, ModeColumn))
                mode->setEnabled(false);
        }
        m_table->resizeColumnsToContents();
        m_ui->syncStatus->setText(
            problems == 0 ? tr("Imported.")
                          : tr("Imported, with %n problem(s) listed per part.", nullptr, problems));
        emit imported(summary);
    });
    Transfers::track(job, this, tr("Importing the sync package…"));
}

} // namespace infiniti
