#pragma once

#include "api/endpoints/Collection.h"

namespace infiniti::FoldersEndpoints {

// Content folders (contract 4.4) and publish folders (4.3): {id, name, groups[]}; our emulator
// adds `parentId` and `childCount` (9.2, extensions a real server may not have).
Collection contentFolders();
Collection publishFolders();
// One level of the tree: `?parentId=` (ours; a server that ignores it sends every folder).
ApiRequest children(const Collection &folders, const QString &parentId);
// POST / PATCH without `childCount` (the server's to tell, not ours to send).
ApiRequest create(const Collection &folders, QJsonObject folder);
ApiRequest update(const Collection &folders, const QString &id, QJsonObject folder);

} // namespace infiniti::FoldersEndpoints
