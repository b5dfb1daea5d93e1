#include "ui/common/Transfers.h"

#include "api/ApiJob.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>

using namespace Qt::StringLiterals;

namespace infiniti::Transfers {

void askSavePath(QWidget *parent, const QString &title, const QString &suggestedName,
                 std::function<void(const QString &)> then)
{
    auto *dialog = new QFileDialog(parent, title);
    dialog->setObjectName(u"saveFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(suggestedName);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, std::move(then));
    dialog->open();
}

void askOpenPaths(QWidget *parent, const QString &title, const QString &filter, bool many,
                  std::function<void(const QStringList &)> then)
{
    auto *dialog = new QFileDialog(parent, title, QString(), filter);
    dialog->setObjectName(u"openFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(many ? QFileDialog::ExistingFiles : QFileDialog::ExistingFile);
    QObject::connect(dialog, &QFileDialog::filesSelected, parent, std::move(then));
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
