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
// The XML of an answer file as read back (GET {id}: "details including its XML", the member
// not named by the vendor): `answerXml` as written, else `xml` or `answerFile`. Empty when the
// item has none of them: a caller needing the answers must then refuse, not send nothing.
QString xmlOf(const QJsonObject &answerFile);

} // namespace infiniti::AnswerFilesEndpoints
