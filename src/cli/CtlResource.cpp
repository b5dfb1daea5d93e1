#include "CtlResource.h"

#include "Json.h"

#include <QJsonArray>

namespace infiniti::ctl {

namespace {
using L = QLatin1StringView;

QString cellText(const QJsonObject &item, const QString &key)
{
    const QJsonValue v = Json::value(item, L(key.toLatin1()));
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isArray())
        return Json::stringList(item, L(key.toLatin1())).join(QLatin1Char(';'));
    if (v.isDouble())
        return Json::id(v);
    return v.toString();
}

const QList<CtlResource> &all()
{
    static const QList<CtlResource> resources = {
        {QStringLiteral("users"), QStringLiteral("user"), "users", L("users"),
         {QStringLiteral("id"), QStringLiteral("username"), QStringLiteral("firstName"), QStringLiteral("lastName"),
          QStringLiteral("email"), QStringLiteral("disabled"), QStringLiteral("lockedOut"), QStringLiteral("groups"),
          QStringLiteral("roles")},
         {{QStringLiteral("username"), 30}, {QStringLiteral("email"), 38}, {QStringLiteral("groups"), 0}}},
        {QStringLiteral("groups"), QStringLiteral("group"), "groups", L("groups"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("external"),
          QStringLiteral("system"), QStringLiteral("emailIndividualMembers"), QStringLiteral("roles")},
         {{QStringLiteral("name"), 30}, {QStringLiteral("email"), 34}, {QStringLiteral("roles"), 0}}},
        {QStringLiteral("roles"), QStringLiteral("role"), "roles", L("roles"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("permissions")},
         {{QStringLiteral("name"), 30}, {QStringLiteral("permissions"), 0}}},
    };
    return resources;
}
} // namespace

const CtlResource *CtlResource::named(const QString &name)
{
    for (const auto &r : all()) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

QStringList CtlResource::csvRow(const QJsonObject &item) const
{
    QStringList row;
    for (const auto &key : csvColumns)
        row << cellText(item, key);
    return row;
}

QString CtlResource::textLine(const QJsonObject &item) const
{
    QString line;
    for (const auto &[key, width] : textColumns) {
        const QString text = cellText(item, key).replace(QLatin1Char(';'), QStringLiteral(", "));
        line += width > 0 ? text.leftJustified(width) + QLatin1Char(' ') : text;
    }
    return line;
}

} // namespace infiniti::ctl
