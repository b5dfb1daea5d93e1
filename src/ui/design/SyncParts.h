#pragma once

#include <QJsonObject>
#include <QString>

namespace infiniti::SyncParts {

// The parts a sync package can hold (contract 5.2), in the words an administrator knows them by.
QString title(const QString &part);
// "Projects: 12, Content library items: 3, …" for what a package holds.
QString contentsOf(const QJsonObject &pack);

} // namespace infiniti::SyncParts
