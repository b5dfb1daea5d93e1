#pragma once

#include "api/PageCursor.h"
#include "cli/core/Command.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <memory>

namespace infiniti::ctl {

// `outputs <operation-or-output-id> --out DIR`: the documents of an earlier generation. Also
// the base of `generate --wait`, which saves its documents the same way: every page of the
// output's file list (PageCursor), then each file into --out under a name no other file of
// this output has.
class OutputsCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void run() override;

protected:
    // `location`: the output's URL the server gave (resourceLocation); else `outputId`.
    void downloadOutputs(const QUrl &location, const QString &outputId);

private:
    // The documents of an operation (found by its id or its run's): its resourceLocation.
    void outputsOfOperation(const QString &id, const QJsonObject &operation);
    void fetchPage();
    void downloadFile(int index);
    QString uniquePath(const QString &fileName);

    QString m_directory;
    std::unique_ptr<PageCursor> m_cursor;
    QJsonArray m_files;
    QSet<QString> m_written; // lower-cased: case-insensitive file systems
};

} // namespace infiniti::ctl
