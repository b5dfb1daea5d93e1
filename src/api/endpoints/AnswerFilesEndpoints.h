#pragma once

#include "api/endpoints/Collection.h"

namespace infiniti::AnswerFilesEndpoints {

// The signed-in user's answer files (contract 3.3: list, get with its XML, POST, DELETE — no
// PATCH) and in-progress answer files (3.4: PATCH too), in the Client module.
Collection answerFiles();
Collection inProgressAnswerFiles();
// POST {description, publishId, answerXml}: the documented body, nothing else.
ApiRequest create(const Collection &files, const QJsonObject &answerFile);
// PATCH of an in-progress answer file (description, answerXml, runDate, publishId as given).
ApiRequest update(const Collection &files, const QString &id, const QJsonObject &answerFile);

} // namespace infiniti::AnswerFilesEndpoints
