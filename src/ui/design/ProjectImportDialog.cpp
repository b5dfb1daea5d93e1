#include "ui/design/ProjectImportDialog.h"
#include "ui/shell/Theme.h"

#include "api/Call.h"
#include "api/endpoints/ProjectsEndpoints.h"
#include "formats/Json.h"
#include "models/DisplayText.h"
#include "ui/common/Transfers.h"

#include "ui_ProjectImportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
constexpr int kWidestNameColumn = 260; // pixels

// The package's time (UTC, ISO 8601) in the user's zone and format; as written when it is not a
// time.
QString whenText(const QString &iso)
{
    return DisplayText::dateTime(iso);
}
} // namespace

ProjectImportDialog::ProjectImportDialog(Session *session, const QStringList &paths,
                                         const QList<std::pair<QString, QString>> &folders,
                                         const QString &folderId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::ProjectImportDialog>())
{
    m_ui->setupUi(this);
    m_table = m_ui->importTable;
    Q_ASSERT(m_table->columnCount() == ColumnCount);
    m_overwrite = m_ui->overwriteProjects;
    m_overwriteItems = m_ui->overwriteContentItems;
    m_folder = m_ui->targetFolder;
    m_comment = m_ui->importComment;
    m_summary = m_ui->importSummary;
    for (const QString &path : paths)
        m_packages.append({path, ProjectPackage::inspectFile(path), {}, false});

    m_folder->addItem(tr("(as the server decides: the project's own folder)"), QString());
    for (const auto &[id, path] : folders)
        m_folder->addItem(path, id);
    m_folder->setCurrentIndex(qMax(0, m_folder->findData(folderId)));
    connect(m_overwrite, &QCheckBox::toggled, this, &ProjectImportDialog::updateRows);

    QDialogButtonBox *buttons = m_ui->buttons;
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(u"importButton"_s);
    buttons->button(QDialogButtonBox::Close)
        ->setAutoDefault(false); // Return never closes the preview
    connect(m_import, &QPushButton::clicked, this, &ProjectImportDialog::startImport);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_busy)
            cancel();
        else
            reject();
    });
    QLabel *note = m_ui->importNote;
    connect(this, &ProjectImportDialog::finishedImporting, note,
            [note] { note->setText(tr("Sent. Each package's result is in the Result column:")); });
    updateRows();
    lookUp();
}

ProjectImportDialog::~ProjectImportDialog() = default;

void ProjectImportDialog::lookUp()
{
    QStringList ids;
    for (const Package &p : m_packages) {
        for (const auto &project : p.contents.projects) {
            if (!ids.contains(project.id))
                ids << project.id;
        }
    }
    m_pendingLookups = int(ids.size());
    for (const QString &id : ids) {
        // Found: the import overwrites it. Not found (or not answered): it comes in as new.
        m_session->call(ProjectsEndpoints::get(id)).finally(this, [this, id](EntityJob &job) {
            --m_pendingLookups;
            if (job.succeeded())
                m_existing.insert(id, Json::string(job.object(), "name"_L1));
            updateRows();
        });
    }
}

bool ProjectImportDialog::wouldBeRefused(const Package &package) const
{
    if (m_overwrite->isChecked() || !package.contents.ok())
        return false;
    for (const auto &project : package.contents.projects) {
        if (m_existing.contains(project.id))
            return true;
    }
    return false;
}

int ProjectImportDialog::existingCount() const
{
    return int(m_existing.size());
}

void ProjectImportDialog::updateRows()
{
    m_table->setRowCount(0);
    int usable = 0, broken = 0, overwrites = 0, refused = 0;
    for (const Package &p : m_packages) {
        const QString file = QFileInfo(p.path).fileName();
        auto addRow = [&](const QStringList &cells, bool problem) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                if (problem)
                    item->setForeground(Theme::errorColor());
                if (c == FileColumn)
                    item->setToolTip(p.path);
                m_table->setItem(row, c, item);
            }
            return row;
        };
        if (!p.contents.ok()) {
            // Every reason, not only the first: a package is often damaged in more than one place.
            QStringList cells(ColumnCount);
            cells[FileColumn] = file;
            cells[ProjectColumn] =
                tr("Cannot be imported: %1.").arg(p.contents.problems.join(u"; "_s));
            cells[ResultColumn] = p.result;
            const int row = addRow(cells, true);
            m_table->item(row, ProjectColumn)
                ->setToolTip(p.contents.problems.join(QLatin1Char('\n')));
            ++broken;
            continue;
        }
        if (wouldBeRefused(p))
            ++refused;
        else
            ++usable;
        for (const auto &project : p.contents.projects) {
            QString effect;
            if (m_pendingLookups > 0 && !m_existing.contains(project.id))
                effect = tr("checking…");
            else if (m_existing.contains(project.id)) {
                ++overwrites;
                effect = m_overwrite->isChecked()
                             ? tr("overwrites “%1” (new version)").arg(m_existing.value(project.id))
                             : tr("exists as “%1”: left out unless overwriting")
                                   .arg(m_existing.value(project.id));
            } else {
                effect = tr("new project");
            }
            QStringList cells(ColumnCount);
            cells[FileColumn] = file;
            cells[ProjectColumn] = project.name;
            cells[EffectColumn] = effect;
            cells[ResultColumn] = p.result;
            cells[KindColumn] = project.kind;
            cells[VersionColumn] = project.version;
            cells[ModifiedColumn] = whenText(project.lastModified);
            cells[IdColumn] = project.id;
            const int row = addRow(cells, false);
            m_table->item(row, KindColumn)
                ->setToolTip(project.typeNumber.isEmpty()
                                 ? tr("projects.xml gives no Type")
                                 : tr("Type %1 in projects.xml").arg(project.typeNumber));
            m_table->item(row, ModifiedColumn)->setToolTip(project.lastModified);
        }
    }
    m_table->resizeColumnsToContents();
    // A long name or a damaged package's reasons (whole in the tooltip) do not push the effect
    // out of view.
    for (const int c : {FileColumn, ProjectColumn})
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), kWidestNameColumn));
    QString summary = tr("%n package(s) to import", nullptr, usable);
    if (broken > 0)
        summary +=
            u"; "_s + tr("%n file(s) cannot be imported and will be left out", nullptr, broken);
    if (refused > 0)
        summary +=
            u"; "_s + tr("%n package(s) left out: the server would refuse them unless overwriting",
                         nullptr, refused);
    else if (overwrites > 0)
        summary += u"; "_s + tr("%n project(s) already on the server", nullptr, overwrites);
    if (m_pendingLookups > 0)
        summary += u"; "_s + tr("checking which projects exist…");
    if (!m_busy)
        m_summary->setText(summary + QLatin1Char('.'));
    // Nothing goes until it is known what would be refused; Return is not a way to send a
    // package the server is about to refuse.
    const bool ready = usable > 0 && !m_busy && m_pendingLookups == 0;
    m_import->setEnabled(ready && !m_done);
    m_import->setAutoDefault(ready && refused == 0 && !m_done);
    m_import->setDefault(ready && refused == 0 && !m_done);
}

void ProjectImportDialog::startImport()
{
    m_busy = true;
    m_cancelled = false;
    m_import->setEnabled(false);
    for (Package &p : m_packages) {
        p.result.clear();
        p.imported = false;
    }
    importNext(0);
}

void ProjectImportDialog::cancel()
{
    m_cancelled = true;
    if (m_job)
        m_job->abort();
}

void ProjectImportDialog::importNext(int index)
{
    while (index < m_packages.size() &&
           (!m_packages.at(index).contents.ok() || wouldBeRefused(m_packages.at(index)))) {
        if (wouldBeRefused(m_packages.at(index)))
            m_packages[index].result =
                tr("not sent: a project in it exists (tick Overwrite to replace it)");
        ++index;
    }
    if (index >= m_packages.size() || m_cancelled) {
        for (int i = index; i < m_packages.size(); ++i) {
            if (m_packages.at(i).contents.ok())
                m_packages[i].result = tr("not sent (cancelled)");
        }
        m_busy = false;
        int done = 0, failed = 0;
        for (const Package &p : m_packages) {
            if (p.imported)
                ++done;
            else if (p.contents.ok() && !wouldBeRefused(p))
                ++failed;
        }
        m_done = true;
        updateRows();
        m_summary->setText(failed == 0
                               ? tr("Imported %n package(s).", nullptr, done)
                               : tr("Imported %1; %2 not imported — see each file's result.")
                                     .arg(done)
                                     .arg(failed));
        m_import->setEnabled(false);
        emit finishedImporting();
        return;
    }
    Package &p = m_packages[index];
    ProjectsEndpoints::ImportOptions options;
    options.comment = m_comment->text().trimmed();
    if (m_overwrite->isChecked()) { // the package's projects that are on the server, by id
        QStringList there;
        for (const auto &project : p.contents.projects) {
            if (m_existing.contains(project.id))
                there << project.id;
        }
        options.overwrite(there);
    }
    options.overwriteContentItems = m_overwriteItems->isChecked();
    options.folderName = m_folder->currentData().toString().isEmpty()
                             ? QString()
                             : m_folder->currentText().section(QLatin1Char('/'), -1);
    QString error;
    const auto request = ProjectsEndpoints::importPackage(p.path, options, &error);
    if (!request) {
        p.result = tr("failed: the file cannot be read (%1)").arg(error);
        updateRows();
        importNext(index + 1);
        return;
    }
    m_job = m_session->perform(*request).finally(this, [this, index](ApiJob &job) {
        Package &done = m_packages[index];
        if (job.succeeded()) {
            // The server may list what it imported (our emulator does), or answer 201 without a
            // body: then the pane reads the whole list again (imported() with no projects).
            QJsonArray projects;
            QString problem;
            Json::readList(job.json(), "projects"_L1, &projects, &problem);
            QStringList names;
            for (const auto &v : projects)
                names << u"%1 v%2"_s.arg(Json::string(v.toObject(), "name"_L1),
                                         Json::id(Json::value(v.toObject(), "version"_L1)));
            done.imported = true;
            if (names.isEmpty()) {
                for (const auto &p : done.contents.projects)
                    names << u"%1 v%2"_s.arg(p.name, p.version);
                done.result = tr("imported: %1 (as the package lists them; the server did not say)")
                                  .arg(names.join(u", "_s));
            } else {
                done.result = tr("imported: %1").arg(names.join(u", "_s));
            }
            emit imported(projects);
        } else if (job.error().kind() == ApiError::Kind::Cancelled) {
            done.result = tr("cancelled: nothing was imported");
        } else {
            done.result = tr("failed: %1").arg(job.error().serverOrOwnMessage());
        }
        updateRows();
        importNext(index + 1);
    });
    Transfers::track(m_job, this, tr("Uploading %1…").arg(QFileInfo(p.path).fileName()));
    m_summary->setText(tr("Uploading %1…").arg(QFileInfo(p.path).fileName()));
}

} // namespace infiniti
