#pragma once

#include "cli/commands/produce/OutputsCommand.h"

#include <QPointer>
#include <QTimer>

namespace infiniti {
class OperationWatcher;
}

namespace infiniti::ctl {

// `generate <publishId> [--value label=value]... [--data FILE]... [--answer-file FILE]
// [--version V] [--wait [--out DIR] [--wait-timeout S]]`: starts a generation and prints its
// operation id and URL. With --wait it follows the operation (each status on stderr) and saves
// the documents. A status it does not know keeps it waiting; after --wait-timeout seconds
// (default 600) it gives up, naming the last status seen, with exit 1.
class GenerateCommand : public OutputsCommand
{
    Q_OBJECT
public:
    using OutputsCommand::OutputsCommand;
    bool prepare() override;
    void run() override;

private:
    void watch();
    void watched(const ApiError &error);
    void giveUp();

    QJsonObject m_body;
    QUrl m_location;
    QString m_operationId;
    QPointer<OperationWatcher> m_watcher;
    QTimer m_deadline;
    QString m_lastStatus;
};

} // namespace infiniti::ctl
