#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace infiniti::test {

// `value` with every key lower-cased, nested too: to compare what a client holds in the server's
// casing (PascalCase from a strict server) with the emulator's store (camelCase), key for key.
inline QJsonValue lowerCasedKeys(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const auto &v : value.toArray())
            out.append(lowerCasedKeys(v));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key().toLower(), lowerCasedKeys(it.value()));
    return out;
}

} // namespace infiniti::test
