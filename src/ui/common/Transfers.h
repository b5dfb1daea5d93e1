#pragma once

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QString>

#include <functional>

class QMimeData;
class QWidget;

namespace infiniti {

// What the panes share for files: non-blocking file choosers (open(), never exec()) and a
// progress dialog for a long upload or download whose Cancel aborts the job.
namespace Transfers {

// Each chooser opens in the folder a file was last chosen in by any of them (kept in the
// settings), else the user's documents; a save offers the suggested name's type first (and adds
// its suffix to a name typed without one).
void askSavePath(QWidget *parent, const QString &title, const QString &suggestedName,
                 std::function<void(const QString &path)> then);
void askOpenPaths(QWidget *parent, const QString &title, const QString &filter, bool many,
                  std::function<void(const QStringList &paths)> then);
void askFolder(QWidget *parent, const QString &title,
               std::function<void(const QString &path)> then);
// The folder the choosers open in, and the one they remember.
QString startFolder();
void rememberFolderOf(const QString &path);
namespace Detail {
QProgressDialog *progressDialog(QWidget *parent, const QString &text, std::function<void()> cancel);
void showProgress(QProgressDialog *progress, const QString &text, qint64 done, qint64 total);
void closeProgress(QProgressDialog *progress);
} // namespace Detail

// Shows progress for `job` (an ApiJob, a FreshUpdateJob…) after a short delay; Cancel aborts
// it. Closes when it finishes.
template <typename J> void track(J *job, QWidget *parent, const QString &text)
{
    if (!job)
        return;
    QProgressDialog *progress = Detail::progressDialog(parent, text, [guard = QPointer<J>(job)] {
        if (guard)
            guard->abort();
    });
    QObject::connect(job, &J::progress, progress, [progress, text](qint64 done, qint64 total) {
        Detail::showProgress(progress, text, done, total);
    });
    QObject::connect(job, &J::finished, progress, [progress] { Detail::closeProgress(progress); });
}
template <typename J> void track(const QPointer<J> &job, QWidget *parent, const QString &text)
{
    track(job.data(), parent, text);
}
// A short message box (open(), deleted on close).
// The local files of a drag (text/uri-list), in order.
QStringList localFiles(const QMimeData *mime);
void tell(QWidget *parent, const QString &title, const QString &text, bool warning = true,
          const QString &details = {});

} // namespace Transfers

} // namespace infiniti
