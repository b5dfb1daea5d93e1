#include "api/JsonEdits.h"

#include <QStringList>

namespace infiniti::JsonEdits {

namespace {
QString keyIn(const QJsonObject &object, const QString &key)
{
    if (object.contains(key))
        return key;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return {};
}

QJsonValue valueIn(const QJsonObject &object, const QString &key)
{
    const QString k = keyIn(object, key);
    return k.isEmpty() ? QJsonValue(QJsonValue::Undefined) : object.value(k);
}
} // namespace

void set(QJsonObject &object, const QString &key, const QJsonValue &value)
{
    const QString existing = keyIn(object, key);
    object.insert(existing.isEmpty() ? key : existing, value);
}

void remove(QJsonObject &object, const QString &key)
{
    for (const QString &k : object.keys()) {
        if (k.compare(key, Qt::CaseInsensitive) == 0)
            object.remove(k);
    }
}

QJsonObject apply(const QJsonObject &fresh, const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject out = fresh;
    QStringList keys;
    for (const QJsonObject *side : {&before, &after}) {
        for (auto it = side->constBegin(); it != side->constEnd(); ++it) {
            if (!keys.contains(it.key(), Qt::CaseInsensitive))
                keys << it.key();
        }
    }
    for (const QString &key : keys) {
        const QJsonValue was = valueIn(before, key);
        const QJsonValue now = valueIn(after, key);
        if (was == now)
            continue; // not the user's change: the server's current value stays
        if (now.isUndefined()) {
            remove(out, key);
            continue;
        }
        const QJsonValue current = valueIn(out, key);
        if (was.isObject() && now.isObject() && current.isObject()) {
            set(out, key, apply(current.toObject(), was.toObject(), now.toObject()));
            continue;
        }
        set(out, key, now);
    }
    return out;
}

QJsonObject withOthersFrom(QJsonObject written, const QJsonObject &raw, const QStringList &never)
{
    for (auto it = raw.constBegin(); it != raw.constEnd(); ++it) {
        if (keyIn(written, it.key()).isEmpty() && !never.contains(it.key(), Qt::CaseInsensitive))
            written.insert(it.key(), it.value());
    }
    return written;
}

} // namespace infiniti::JsonEdits
