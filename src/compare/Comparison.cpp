#include "compare/Comparison.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace infiniti::compare {

Comparison::Comparison(Session *source, Session *target, CompareOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_sourceReader(new SnapshotReader(source, m_options.parts, m_options.read, this))
    , m_targetReader(new SnapshotReader(target, m_options.parts, m_options.read, this))
{
    for (SnapshotReader *reader : {m_sourceReader.data(), m_targetReader.data()}) {
        connect(reader, &SnapshotReader::progress, this, [this] {
            emit progress(m_sourceReader->progressState(), m_targetReader->progressState());
        });
        connect(reader, &SnapshotReader::finished, this, &Comparison::onRead);
    }
}

void Comparison::start()
{
    m_sourceReader->start();
    m_targetReader->start();
}

void Comparison::cancel()
{
    if (m_finished)
        return;
    // Each reader finishes with Cancelled; the first to do so ends the comparison.
    m_sourceReader->cancel();
    m_targetReader->cancel();
}

QString Comparison::errorText() const
{
    if (!m_error.isError())
        return {};
    return QCoreApplication::translate("infiniti::compare::Comparison", "%1: %2")
        .arg(m_failedLabel, m_error.message());
}

void Comparison::onRead()
{
    if (m_finished)
        return;
    for (SnapshotReader *reader : {m_sourceReader.data(), m_targetReader.data()}) {
        if (reader->isFinished() && !reader->succeeded()) {
            m_finished = true;
            m_error = reader->error();
            m_failedSide = reader == m_sourceReader ? Side::Source : Side::Target;
            m_failedPart = reader->failedPart();
            m_failedLabel = reader->snapshot().label;
            // The other side's read is of no use any more.
            (reader == m_sourceReader ? m_targetReader : m_sourceReader)->cancel();
            emit finished();
            return;
        }
    }
    if (!m_sourceReader->isFinished() || !m_targetReader->isFinished())
        return;
    m_source = m_sourceReader->takeSnapshot();
    m_target = m_targetReader->takeSnapshot();
    QElapsedTimer clock;
    clock.start();
    m_result = Comparer::compare(m_source, m_target, m_options.parts);
    m_compareMs = clock.elapsed();
    m_finished = true;
    emit finished();
}

} // namespace infiniti::compare
