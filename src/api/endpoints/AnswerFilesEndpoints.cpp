#include "api/endpoints/AnswerFilesEndpoints.h"

#include "formats/Json.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace infiniti::AnswerFilesEndpoints {

namespace {
// The one translation context of this file (lupdate reads it from the macro).
struct AnswerFilesEndpointsText
{
    Q_DECLARE_TR_FUNCTIONS(AnswerFilesEndpointsText)
};
} // namespace

Collection answerFiles()
{
    return {"answerfiles", "answerFiles"_L1, ApiModule::Client,
            AnswerFilesEndpointsText::tr("your answer files")};
}

Collection inProgressAnswerFiles()
{
    return {"inprogressanswerfiles", "inProgressAnswerFiles"_L1, ApiModule::Client,
            AnswerFilesEndpointsText::tr("your in-progress forms")};
}

ApiRequest create(const Collection &files, const QJsonObject &answerFile)
{
    const QJsonObject body{{"description"_L1, Json::string(answerFile, "description"_L1)},
                           {"publishId"_L1, Json::id(Json::value(answerFile, "publishId"_L1))},
                           {"answerXml"_L1, Json::string(answerFile, "answerXml"_L1)}};
    ApiRequest r = files.create(body);
    r.action = AnswerFilesEndpointsText::tr("save the answer file “%1”")
                   .arg(Json::string(answerFile, "description"_L1));
    return r;
}

ApiRequest update(const Collection &files, const QString &id, const QJsonObject &answerFile)
{
    ApiRequest r = files.update(id, answerFile);
    r.action =
        AnswerFilesEndpointsText::tr("save “%1”").arg(Json::string(answerFile, "description"_L1));
    return r;
}

QString xmlOf(const QJsonObject &answerFile)
{
    return Json::firstOf(answerFile, {"answerXml"_L1, "xml"_L1, "answerFile"_L1});
}

} // namespace infiniti::AnswerFilesEndpoints
