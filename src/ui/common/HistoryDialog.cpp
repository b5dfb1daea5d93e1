#include "ui/common/HistoryDialog.h"

#include "api/Call.h"
#include "formats/Json.h"
#include "models/DisplayText.h"
#include "ui/common/Transfers.h"
#include "ui/lists/RowLook.h"

#include "ui_HistoryDialog.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace infiniti {

HistoryDialog::HistoryDialog(Session *session, Spec spec, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_spec(std::move(spec))
    , m_ui(std::make_unique<Ui::HistoryDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(m_spec.title);
    m_table = m_ui->historyTable;
    RowLook::apply(m_table); // rows as the lists have them
    m_status = m_ui->historyStatus;
    m_buttons = m_ui->buttons;
    m_open = m_buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(u"openVersion"_s);
    m_saveAs = m_buttons->addButton(tr("&Save as…"), QDialogButtonBox::ActionRole);
    m_saveAs->setObjectName(u"saveVersionAs"_s);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &HistoryDialog::openSelected);
    connect(m_saveAs, &QPushButton::clicked, this, [this] {
        const QString version = selectedVersion();
        Transfers::askSavePath(this, tr("Save version %1").arg(version), m_spec.fileName(version),
                               [this](const QString &path) { saveSelectedTo(path); });
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HistoryDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &HistoryDialog::openSelected);
    m_open->setEnabled(false);
    m_saveAs->setEnabled(false);
    reload();
}

HistoryDialog::~HistoryDialog() = default;

void HistoryDialog::reload()
{
    m_status->setText(tr("Loading the history…"));
    m_session->readAll(m_spec.history, "versions"_L1)
        .then(
            this,
            [this](const QJsonArray &versions) {
                m_versions.clear();
                for (const auto &v : versions)
                    m_versions << v.toObject();
                m_table->setRowCount(0);
                for (const QJsonObject &v : m_versions) {
                    const int row = m_table->rowCount();
                    m_table->insertRow(row);
                    const QDateTime when =
                        QDateTime::fromString(Json::string(v, "modifiedUtc"_L1), Qt::ISODateWithMs);
                    const qint64 size = Json::value(v, "size"_L1).toVariant().toLongLong();
                    const QStringList cells = {
                        Json::id(Json::value(v, "version"_L1)), DisplayText::dateTime(when),
                        Json::string(v, "modifiedBy"_L1),
                        size > 0 ? QLocale().formattedDataSize(size) : QString(),
                        Json::string(v, "comment"_L1)};
                    for (int c = 0; c < cells.size(); ++c)
                        m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
                }
                // The comment, last, takes the room left.
                for (int c = 0; c + 1 < m_table->columnCount(); ++c)
                    m_table->resizeColumnToContents(c);
                m_status->setText(tr("%n version(s).", nullptr, int(m_versions.size())));
                if (!m_versions.isEmpty())
                    m_table->selectRow(0);
                updateButtons(); // the current version may be another now
            },
            [this](const ApiError &error) {
                m_status->setText(error.message());
                m_status->setToolTip(error.details());
            });
}

void HistoryDialog::addButton(QPushButton *button,
                              std::function<QString(const QString &version)> whyNot)
{
    m_buttons->addButton(button, QDialogButtonBox::ActionRole);
    m_extra.append({button, std::move(whyNot), button->toolTip()});
    updateButtons();
}

void HistoryDialog::updateButtons()
{
    const QString version = selectedVersion();
    m_open->setEnabled(!version.isEmpty());
    m_saveAs->setEnabled(!version.isEmpty());
    for (const Extra &e : std::as_const(m_extra)) {
        const QString why = version.isEmpty() || !e.whyNot ? QString() : e.whyNot(version);
        e.button->setEnabled(!version.isEmpty() && why.isEmpty());
        e.button->setToolTip(why.isEmpty() ? e.ownTip : why);
    }
}

QString HistoryDialog::currentVersion() const
{
    return m_versions.isEmpty() ? QString()
                                : Json::id(Json::value(m_versions.first(), "version"_L1));
}

QString HistoryDialog::selectedVersion() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), 0)->text();
}

void HistoryDialog::selectVersion(const QString &version)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->text() == version)
            m_table->selectRow(row);
    }
}

void HistoryDialog::download(std::function<QString(const DownloadJob &)> pathFor,
                             std::function<void(const QString &)> then)
{
    const QString version = selectedVersion();
    if (version.isEmpty())
        return;
    // Written to its file as it arrives, put in place once complete.
    const auto job =
        m_session->downloadTo(m_spec.exportVersion(version), std::move(pathFor))
            .finally(this, [this, then](DownloadJob &job) {
                QString error;
                if (!job.succeeded()) {
                    m_status->setText(job.error().kind() == ApiError::Kind::Cancelled
                                          ? tr("Cancelled; nothing was saved.")
                                          : job.error().message());
                    return;
                }
                if (!job.commit(&error)) {
                    m_status->setText(tr("Could not write %1: %2").arg(job.savedPath(), error));
                    return;
                }
                m_status->clear();
                then(job.savedPath());
            });
    Transfers::track(job, this, tr("Downloading version %1…").arg(version));
    m_status->setText(tr("Downloading version %1…").arg(version));
}

void HistoryDialog::saveSelectedTo(const QString &path)
{
    download([path](const DownloadJob &) { return path; },
             [this](const QString &path) {
                 m_status->setText(tr("Saved %1.").arg(path));
                 emit saved(path);
             });
}

void HistoryDialog::openSelected()
{
    const QString version = selectedVersion();
    if (!m_openDir)
        m_openDir = std::make_unique<QTemporaryDir>();
    const auto pathFor = [directory = m_openDir->path(),
                          name = m_spec.fileName(version)](const DownloadJob &answer) {
        return QDir(directory).filePath(
            DownloadJob::safeFileName(answer.suggestedFileName(), name));
    };
    download(pathFor, [this](const QString &path) {
        emit opened(path);
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            m_status->setText(tr("Saved to %1, but no application opens it.").arg(path));
    });
}

} // namespace infiniti
