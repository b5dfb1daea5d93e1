#include "ui/lists/BulkProgress.h"

#include "ui/Log.h"

#include <QMessageBox>
#include <QProgressDialog>

using namespace Qt::StringLiterals;

namespace infiniti {

BulkProgress::BulkProgress(QWidget *parent, Texts texts)
    : QObject(parent)
    , m_parent(parent)
    , m_texts(std::move(texts))
{
}

void BulkProgress::start(QWidget *parent, Session *session, const QList<BulkOperation::Item> &work,
                         Texts texts, std::function<void(const BulkOperation::Outcome &)> itemDone,
                         std::function<void(int, int)> finished)
{
    auto *run = new BulkProgress(parent, std::move(texts));
    run->m_finished = std::move(finished);
    auto *operation = new BulkOperation(session, work, run);
    auto *progress =
        new QProgressDialog(run->m_texts.progress, tr("Cancel"), 0, int(work.size()), parent);
    progress->setObjectName(u"bulkProgress"_s);
    progress->setWindowTitle(run->title());
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(400);
    progress->setValue(0);
    connect(progress, &QProgressDialog::canceled, operation, &BulkOperation::cancel);
    connect(operation, &BulkOperation::progress, progress, &QProgressDialog::setValue);
    connect(operation, &BulkOperation::itemFinished, run,
            [itemDone = std::move(itemDone)](const BulkOperation::Outcome &o) {
                if (!o.error.isError() && itemDone)
                    itemDone(o);
            });
    connect(operation, &BulkOperation::finished, run, [run, operation, progress] {
        progress->disconnect(operation); // closing a QProgressDialog emits canceled()
        progress->close();
        run->summarise(operation);
        run->deleteLater();
    });
    operation->start();
}

QString BulkProgress::title() const
{
    // What runs ("Deleting"), not the application's name, which a pane's message box had.
    QString title = m_texts.progress;
    if (title.endsWith(u'…'))
        title.chop(1);
    return title;
}

void BulkProgress::summarise(BulkOperation *operation)
{
    QStringList failed;
    for (const auto &o : operation->outcomes()) {
        if (o.error.isError())
            failed << u"%1: %2"_s.arg(o.item.label, o.error.message());
    }
    const int done = int(operation->outcomes().size()) - operation->failures();
    if (!failed.isEmpty())
        qCInfo(lcUi).noquote() << m_parent->windowTitle() << m_texts.doneVerb << done << "failed"
                               << failed.size() << "-" << failed.constFirst();
    if (m_finished)
        m_finished(done, int(failed.size()));
    if (failed.isEmpty() && !operation->isCancelled())
        return;
    QString text = tr("%1 %2.").arg(m_texts.count(done), m_texts.doneVerb);
    if (operation->isCancelled())
        text += QLatin1Char(' ') + tr("Cancelled before the end.");
    auto *summary =
        new QMessageBox(failed.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, title(),
                        text, QMessageBox::Ok, m_parent);
    summary->setObjectName(u"bulkSummary"_s);
    summary->setAttribute(Qt::WA_DeleteOnClose);
    if (!failed.isEmpty()) {
        summary->setInformativeText(tr("%n failed:", nullptr, int(failed.size())) +
                                    QLatin1Char('\n') + failed.mid(0, 10).join(QLatin1Char('\n')) +
                                    (failed.size() > 10 ? u"\n…"_s : QString()));
        summary->setDetailedText(failed.join(QLatin1Char('\n')));
    }
    summary->open();
}

} // namespace infiniti
