#pragma once

#include "compare/SnapshotReader.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace infiniti {

// How far the read of one side is: "Production (target): 4 of 9 parts · 1,204 items ·
// 12 of 38 files", with a bar over parts and files together.
class ReadProgressView : public QWidget
{
    Q_OBJECT
public:
    explicit ReadProgressView(QWidget *parent = nullptr);

    void start(const QString &title);
    void setProgress(const compare::ReadProgress &progress);
    // Stops the bar where it is, with a last word ("done", "failed", "cancelled").
    void stop(const QString &outcome);
    QString text() const;

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QString m_title;
    compare::ReadProgress m_progress;
};

} // namespace infiniti
