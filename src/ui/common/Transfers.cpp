#include "ui/common/Transfers.h"

#include "api/ApiJob.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace infiniti::Transfers {

namespace {
const QString kFolderKey = u"transfers/lastFolder"_s;
}

QString startFolder()
{
    const QString last = QSettings().value(kFolderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void rememberFolderOf(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    if (!path.isEmpty())
        QSettings().setValue(kFolderKey, folder);
}

void askSavePath(QWidget *parent, const QString &title, const QString &suggestedName,
                 std::function<void(const QString &)> then)
{
    auto *dialog = new QFileDialog(parent, title, startFolder());
    dialog->setObjectName(u"saveFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QString suffix = QFileInfo(suggestedName).suffix();
    if (!suffix.isEmpty()) {
        //: %1: a file type as its suffix in capitals (IXPKG, DOCX); %2: the suffix as in names
        dialog->setNameFilters({QObject::tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix),
                                QObject::tr("All files (*)")});
        dialog->setDefaultSuffix(suffix);
    }
    dialog->selectFile(suggestedName);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
                     [then = std::move(then)](const QString &path) {
                         rememberFolderOf(path);
                         then(path);
                     });
    dialog->open();
}

void askOpenPaths(QWidget *parent, const QString &title, const QString &filter, bool many,
                  std::function<void(const QStringList &)> then)
{
    auto *dialog = new QFileDialog(parent, title, startFolder(), filter);
    dialog->setObjectName(u"openFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(many ? QFileDialog::ExistingFiles : QFileDialog::ExistingFile);
    QObject::connect(dialog, &QFileDialog::filesSelected, parent,
                     [then = std::move(then)](const QStringList &paths) {
                         if (!paths.isEmpty())
                             rememberFolderOf(paths.first());
                         then(paths);
                     });
    dialog->open();
}

void askFolder(QWidget *parent, const QString &title, std::function<void(const QString &)> then)
{
    auto *dialog = new QFileDialog(parent, title, startFolder());
    dialog->setObjectName(u"folderDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
                     [then = std::move(then)](const QString &path) {
                         rememberFolderOf(path);
                         then(path);
                     });
    dialog->open();
}

namespace Detail {

QProgressDialog *progressDialog(QWidget *parent, const QString &text, std::function<void()> cancel)
{
    auto *progress = new QProgressDialog(text, QObject::tr("Cancel"), 0, 0, parent);
    progress->setObjectName(u"transferProgress"_s);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(500);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    QObject::connect(progress, &QProgressDialog::canceled, progress, std::move(cancel));
    return progress;
}

void showProgress(QProgressDialog *progress, const QString &text, qint64 done, qint64 total)
{
    // KiB keeps files over 2 GiB inside an int.
    progress->setMaximum(total > 0 ? int(total / 1024) + 1 : 0);
    progress->setValue(int(done / 1024));
    progress->setLabelText(
        text + QLatin1Char('\n') +
        (total > 0 ? QObject::tr("%1 of %2")
                         .arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(total))
                   : QLocale().formattedDataSize(done)));
}

void closeProgress(QProgressDialog *progress)
{
    progress->disconnect(); // closing emits canceled()
    progress->close();
}

} // namespace Detail

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (mime && mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile())
                paths << url.toLocalFile();
        }
    }
    return paths;
}

void tell(QWidget *parent, const QString &title, const QString &text, bool warning,
          const QString &details)
{
    auto *box = new QMessageBox(warning ? QMessageBox::Warning : QMessageBox::Information, title,
                                text, QMessageBox::Ok, parent);
    box->setObjectName(u"messageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->open();
}

} // namespace infiniti::Transfers
