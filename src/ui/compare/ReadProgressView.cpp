#include "ui/compare/ReadProgressView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

#include <climits>

using namespace infiniti::compare;

namespace infiniti {

ReadProgressView::ReadProgressView(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(160);
    m_bar->setMaximumHeight(12);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label, 1);
}

void ReadProgressView::start(const QString &title)
{
    m_title = title;
    m_progress = {};
    m_bar->setRange(0, 0); // busy until the first lists say how much there is
    m_label->setText(tr("%1: starting…").arg(title));
    m_bar->setAccessibleName(tr("%1: progress").arg(title));
}

void ReadProgressView::setProgress(const ReadProgress &progress)
{
    m_progress = progress;
    const int total = progress.partsTotal + progress.filesTotal;
    if (total > 0) {
        m_bar->setRange(0, total);
        m_bar->setValue(progress.partsDone + progress.filesDone);
    }
    QString line = tr("%1: %2 of %n part(s)", nullptr, progress.partsTotal)
                       .arg(m_title, QLocale().toString(progress.partsDone));
    line += tr(" · %Ln item(s)", nullptr, int(qMin<qint64>(progress.itemsRead, INT_MAX)));
    if (progress.filesTotal > 0)
        line += tr(" · %1 of %n file(s)", nullptr, progress.filesTotal)
                    .arg(QLocale().toString(progress.filesDone));
    m_label->setText(line);
}

void ReadProgressView::stop(const QString &outcome)
{
    if (m_bar->maximum() == 0)
        m_bar->setRange(0, 1);
    setProgress(m_progress);
    m_label->setText(tr("%1 — %2").arg(m_label->text(), outcome));
}

QString ReadProgressView::text() const
{
    return m_label->text();
}

} // namespace infiniti
