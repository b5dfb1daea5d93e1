#include "sim/SimStrictProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace infiniti::sim::StrictProfile {

namespace {

// POSTs whose answer the vendor documents: the sign-in (contract 2) and the sync package (5.2).
bool documentedBody(const SimRequest &request)
{
    const QString area = request.segments.value(0).toLower();
    return area == "login"_L1 ||
           (area == "projects"_L1 &&
            request.segments.value(1).compare("sync"_L1, Qt::CaseInsensitive) == 0 &&
            request.segments.value(2).compare("export"_L1, Qt::CaseInsensitive) == 0);
}

// Keys the vendor's samples read as they are (contract 1.2: case-sensitive readers).
QSet<QString> documentedKeys(const SimRequest &request)
{
    if (request.module != "client"_L1)
        return {};
    const QString area = request.segments.value(0).toLower();
    if (area == "operations"_L1)
        return {u"status"_s, u"resourceLocation"_s};
    if (area == "generatedoutput"_L1)
        return {u"files"_s, u"filename"_s, u"resourceLocation"_s};
    if (area == "forms"_L1)
        return {u"folders"_s, u"forms"_s, u"name"_s};
    return {};
}

} // namespace

QJsonValue pascalCased(const QJsonValue &value, const QSet<QString> &keep)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(pascalCased(item, keep));
        return out;
    }
    if (!value.isObject())
        return value;
    const QJsonObject in = value.toObject();
    QJsonObject out;
    for (auto it = in.begin(); it != in.end(); ++it) {
        QString key = it.key();
        const bool names =
            key.compare("customFields"_L1, Qt::CaseInsensitive) == 0 && it.value().isObject();
        if (!keep.contains(key) && !key.isEmpty())
            key[0] = key.at(0).toUpper();
        out.insert(key, names ? it.value() : pascalCased(it.value(), keep));
    }
    return out;
}

void shapeAnswer(const SimRequest &request, SimResponse &response)
{
    const bool success = response.status >= 200 && response.status < 300;
    if (success && request.method == "PATCH" && response.status == 200) {
        response.status = 204;
        response.body.clear();
    } else if (success && request.method == "POST" &&
               (response.status == 201 || response.status == 202)) {
        response.body.clear();
    } else if (success && request.method == "POST" && response.status == 200 &&
               !documentedBody(request)) {
        response.status = 204;
        response.body.clear();
    }
    if (response.body.isEmpty() || !response.contentType.startsWith("application/json"))
        return;
    if (success && documentedBody(request) &&
        request.segments.value(0).compare("login"_L1, Qt::CaseInsensitive) != 0)
        return; // the sync package, camelCase as in the vendor's example
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    if (doc.isObject())
        response.body = QJsonDocument(pascalCased(doc.object(), documentedKeys(request)).toObject())
                            .toJson(QJsonDocument::Compact);
}

bool fullyEncoded(QByteArrayView raw)
{
    if (raw.isEmpty())
        return false;
    auto hex = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    };
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            continue;
        if (c != '%' || i + 2 >= raw.size() || !hex(raw.at(i + 1)) || !hex(raw.at(i + 2)))
            return false;
        i += 2;
    }
    return true;
}

} // namespace infiniti::sim::StrictProfile
