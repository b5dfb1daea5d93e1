#include "cli/core/JsonCasing.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

QString camelCaseKey(const QString &key)
{
    if (key.isEmpty() || !key.at(0).isUpper())
        return key;
    QString k = key;
    for (qsizetype i = 0; i < k.size() && k.at(i).isUpper(); ++i) {
        // In a run of capitals the last one starts the next word ("URLPath": "url" + "Path").
        if (i > 0 && i + 1 < k.size() && k.at(i + 1).isLower())
            break;
        k[i] = k.at(i).toLower();
    }
    return k;
}

QJsonValue camelCased(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const auto &v : value.toArray())
            out.append(camelCased(v));
        return out;
    }
    if (!value.isObject())
        return value;
    const QJsonObject object = value.toObject();
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = camelCaseKey(it.key());
        const bool fieldNames = key == "customFields"_L1 && it.value().isObject();
        out.insert(key, fieldNames ? it.value() : camelCased(it.value()));
    }
    return out;
}

} // namespace infiniti::ctl
