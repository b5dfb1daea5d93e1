#include "ui/common/HistoryDialog.h"

#include "api/Call.h"
#include "formats/Json.h"
#include "ui/common/Transfers.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

HistoryDialog::HistoryDialog(Session *session, Spec spec, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_spec(std::move(spec))
    , m_table(new QTableWidget(0, 5, this))
    , m_status(new QLabel(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_saveAs(new QPushButton(tr("&Save as…"), this))
{
    setObjectName(u"historyDialog"_s);
    setWindowTitle(m_spec.title);
    resize(720, 420);
    m_table->setObjectName(u"historyTable"_s);
    m_table->setAccessibleName(tr("Versions"));
    m_table->setTabKeyNavigation(false);
    m_table->setHorizontalHeaderLabels(
        {tr("Version"), tr("Modified"), tr("By"), tr("Size"), tr("Comment")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"historyStatus"_s);
    auto *buttons = m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveAs, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &HistoryDialog::openSelected);
    connect(m_saveAs, &QPushButton::clicked, this, [this] {
        const QString version = selectedVersion();
        Transfers::askSavePath(this, tr("Save version %1").arg(version), m_spec.fileName(version),
                               [this](const QString &path) { saveSelectedTo(path); });
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_open->setEnabled(!selectedVersion().isEmpty());
        m_saveAs->setEnabled(!selectedVersion().isEmpty());
        for (QPushButton *b : m_extra)
            b->setEnabled(!selectedVersion().isEmpty());
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &HistoryDialog::openSelected);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    m_open->setEnabled(false);
    m_saveAs->setEnabled(false);
    reload();
}

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
                        Json::id(Json::value(v, "version"_L1)),
                        when.isValid()
                            ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                            : QString(),
                        Json::string(v, "modifiedBy"_L1),
                        size > 0 ? QLocale().formattedDataSize(size) : QString(),
                        Json::string(v, "comment"_L1)};
                    for (int c = 0; c < cells.size(); ++c)
                        m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
                }
                m_table->resizeColumnsToContents();
                m_status->setText(tr("%n version(s).", nullptr, int(m_versions.size())));
                if (!m_versions.isEmpty())
                    m_table->selectRow(0);
            },
            [this](const ApiError &error) {
                m_status->setText(error.message());
                m_status->setToolTip(error.details());
            });
}

void HistoryDialog::addButton(QPushButton *button)
{
    m_buttons->addButton(button, QDialogButtonBox::ActionRole);
    m_extra << button;
    button->setEnabled(!selectedVersion().isEmpty());
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

void HistoryDialog::download(std::function<void(const QByteArray &, const QString &)> then)
{
    const QString version = selectedVersion();
    if (version.isEmpty())
        return;
    const auto job = m_session->download(m_spec.exportVersion(version))
                         .finally(this, [this, then](DownloadJob &job) {
                             if (!job.succeeded()) {
                                 m_status->setText(job.error().kind() == ApiError::Kind::Cancelled
                                                       ? tr("Cancelled; nothing was saved.")
                                                       : job.error().message());
                                 return;
                             }
                             m_status->clear();
                             then(job.body(), job.suggestedFileName());
                         });
    Transfers::track(job, this, tr("Downloading version %1…").arg(version));
    m_status->setText(tr("Downloading version %1…").arg(version));
}

void HistoryDialog::saveSelectedTo(const QString &path)
{
    download([this, path](const QByteArray &bytes, const QString &) {
        QString error;
        if (!DownloadJob::save(path, bytes, &error)) {
            m_status->setText(tr("Could not write %1: %2").arg(path, error));
            return;
        }
        m_status->setText(tr("Saved %1.").arg(path));
        emit saved(path);
    });
}

void HistoryDialog::openSelected()
{
    const QString version = selectedVersion();
    download([this, version](const QByteArray &bytes, const QString &serverName) {
        if (!m_openDir)
            m_openDir = std::make_unique<QTemporaryDir>();
        const QString name = DownloadJob::safeFileName(serverName, m_spec.fileName(version));
        const QString path = m_openDir->filePath(name);
        QString error;
        if (!DownloadJob::save(path, bytes, &error)) {
            m_status->setText(tr("Could not write %1: %2").arg(path, error));
            return;
        }
        emit opened(path);
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            m_status->setText(tr("Saved to %1, but no application opens it.").arg(path));
    });
}

} // namespace infiniti
