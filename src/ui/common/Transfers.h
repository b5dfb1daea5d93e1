#pragma once

#include <QString>

#include <functional>

class QMimeData;
class QWidget;

namespace infiniti {

class ApiJob;

// What the panes share for files: non-blocking file choosers (open(), never exec()) and a
// progress dialog for a long upload or download whose Cancel aborts the job.
namespace Transfers {

void askSavePath(QWidget *parent, const QString &title, const QString &suggestedName,
                 std::function<void(const QString &path)> then);
void askOpenPaths(QWidget *parent, const QString &title, const QString &filter, bool many,
                  std::function<void(const QStringList &paths)> then);
// Shows progress for `job` after a short delay; Cancel aborts it. Closes when it finishes.
void track(ApiJob *job, QWidget *parent, const QString &text);
// A short message box (open(), deleted on close).
// The local files of a drag (text/uri-list), in order.
QStringList localFiles(const QMimeData *mime);
void tell(QWidget *parent, const QString &title, const QString &text, bool warning = true,
          const QString &details = {});

} // namespace Transfers

} // namespace infiniti
