#pragma once

#include "api/endpoints/Collection.h"

namespace infiniti::PublishedProjectsEndpoints {

// Published projects (contract 4.2): the documented list holds publish folders with their
// publications (read with PublishedProjects::rows()); POST publishes, PATCH changes the
// options, DELETE un-publishes.
Collection collection();
// `folderId`: our emulator's filter (9.2); a server may ignore it, so rows are filtered again.
ApiRequest list(const QString &folderId = {});
ApiRequest get(const QString &id);
ApiRequest publish(const QJsonObject &publication);
ApiRequest update(const QString &id, const QJsonObject &publication);
ApiRequest unpublish(const QString &id, const QString &label);

} // namespace infiniti::PublishedProjectsEndpoints
