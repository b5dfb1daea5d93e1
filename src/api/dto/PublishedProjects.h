#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace infiniti::PublishedProjects {

// The rows of a `publishedprojects` list answer, read both ways a server gives it (contract 9.1
// "Envelopes"): our emulator's flat list of publications, or the documented folders with their
// publications nested (contract 4.2). A nested publication gets its folder's id and name where
// it does not carry them; an empty folder gives no row.
QList<QJsonObject> rows(const QJsonArray &items);
// Whether a list item is a folder holding publications rather than a publication.
bool isFolder(const QJsonObject &item);

} // namespace infiniti::PublishedProjects
