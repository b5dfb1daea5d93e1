#include "formats/Json.h"

#include "formats/Log.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace infiniti::Json {

QJsonValue value(const QJsonObject &object, QLatin1StringView key)
{
    const auto exact = object.constFind(key);
    if (exact != object.constEnd())
        return exact.value();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString string(const QJsonObject &object, QLatin1StringView key, const QString &fallback)
{
    const QJsonValue v = value(object, key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return id(v);
    return fallback;
}

bool boolean(const QJsonObject &object, QLatin1StringView key, bool fallback)
{
    const QJsonValue v = value(object, key);
    if (v.isBool())
        return v.toBool();
    if (v.isString()) { // some servers send "true"/"false"
        const QString s = v.toString();
        if (s.compare("true"_L1, Qt::CaseInsensitive) == 0)
            return true;
        if (s.compare("false"_L1, Qt::CaseInsensitive) == 0)
            return false;
    }
    if (v.isDouble())
        return v.toDouble() != 0;
    return fallback;
}

qint64 integer(const QJsonObject &object, QLatin1StringView key, qint64 fallback)
{
    const QJsonValue v = value(object, key);
    if (v.isDouble())
        return v.toInteger(fallback);
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

QStringList stringList(const QJsonObject &object, QLatin1StringView key)
{
    QStringList out;
    const QJsonValue v = value(object, key);
    for (const auto &item : v.toArray()) {
        if (item.isString())
            out << item.toString();
        else if (item.isObject()) // tolerate [{"name": "..."}]
            out << string(item.toObject(), "name"_L1);
    }
    return out;
}

QJsonObject object(const QJsonObject &o, QLatin1StringView key)
{
    return value(o, key).toObject();
}

QJsonValue atPath(const QJsonObject &object, const QString &dottedKey)
{
    const QStringList steps = dottedKey.split(QLatin1Char('.'));
    QJsonObject item = object;
    for (qsizetype i = 0; i + 1 < steps.size(); ++i)
        item = value(item, QLatin1StringView(steps.at(i).toLatin1())).toObject();
    return value(item, QLatin1StringView(steps.constLast().toLatin1()));
}

QString id(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        const auto asInt = value.toInteger();
        if (static_cast<double>(asInt) == d)
            return QString::number(asInt);
        return QString::number(d, 'g', 17);
    }
    return {};
}

QString idOf(const QJsonObject &object)
{
    return id(value(object, "id"_L1));
}

QString firstOf(const QJsonObject &object, std::initializer_list<QLatin1StringView> keys)
{
    for (const auto key : keys) {
        QString found = id(value(object, key));
        if (!found.trimmed().isEmpty())
            return found;
    }
    return {};
}

QJsonArray listItems(const QJsonDocument &document, QLatin1StringView expectedName)
{
    if (document.isArray())
        return document.array();
    const QJsonObject o = document.object();
    const QJsonValue named = value(o, expectedName);
    if (named.isArray())
        return named.toArray();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.value().isArray())
            return it.value().toArray();
    }
    return {};
}

bool readList(const QJsonDocument &document, QLatin1StringView expectedName, QJsonArray *items,
              QString *problem)
{
    QJsonArray found;
    if (document.isArray()) {
        found = document.array();
    } else if (document.isObject()) {
        const QJsonObject o = document.object();
        const QJsonValue named = value(o, expectedName);
        if (named.isArray()) {
            found = named.toArray();
        } else if (!named.isUndefined()) {
            *problem =
                QCoreApplication::translate("Json", "its “%1” is not a list").arg(expectedName);
            return false;
        } else {
            bool any = false;
            for (auto it = o.constBegin(); it != o.constEnd() && !any; ++it) {
                if (it.value().isArray()) {
                    found = it.value().toArray();
                    any = true;
                }
            }
            if (!any) {
                *problem = QCoreApplication::translate("Json", "it holds no list of “%1”")
                               .arg(expectedName);
                return false;
            }
        }
    } else {
        *problem = QCoreApplication::translate("Json", "it is not JSON");
        return false;
    }
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (!found.at(i).isObject()) {
            *problem = QCoreApplication::translate("Json", "item %1 of the list is not an object")
                           .arg(i + 1);
            qCDebug(lcFormats) << "not a list of" << expectedName << "-" << *problem;
            return false;
        }
    }
    *items = found;
    return true;
}

} // namespace infiniti::Json
