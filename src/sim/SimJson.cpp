#include "sim/SimJson.h"

#include "formats/XmlCheck.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace infiniti::sim {

namespace {
using L = QLatin1StringView;

// Case-insensitive lookup (contract 9.2: input keys in any casing).
bool lookup(const QJsonObject &o, L key, QJsonValue *out)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0) {
            *out = it.value();
            return true;
        }
    }
    return false;
}

void readString(const QJsonObject &o, L key, QString *field, FieldErrors *errors)
{
    QJsonValue v;
    if (!lookup(o, key, &v))
        return;
    if (v.isNull())
        field->clear();
    else if (v.isString())
        *field = v.toString();
    else
        (*errors)[QString(key)] << QStringLiteral("Must be a string.");
}

void readBool(const QJsonObject &o, L key, bool *field, FieldErrors *errors)
{
    QJsonValue v;
    if (!lookup(o, key, &v))
        return;
    if (v.isBool())
        *field = v.toBool();
    else
        (*errors)[QString(key)] << QStringLiteral("Must be true or false.");
}

void readObject(const QJsonObject &o, L key, QJsonObject *field, FieldErrors *errors)
{
    QJsonValue v;
    if (!lookup(o, key, &v))
        return;
    if (v.isObject())
        *field = v.toObject();
    else if (v.isNull())
        *field = {};
    else
        (*errors)[QString(key)] << QStringLiteral("Must be an object.");
}

void readNames(const QJsonObject &o, L key, QStringList *field, FieldErrors *errors,
               const std::function<bool(const QString &)> &exists, const QString &what)
{
    QJsonValue v;
    if (!lookup(o, key, &v))
        return;
    if (v.isNull()) {
        field->clear();
        return;
    }
    if (!v.isArray()) {
        (*errors)[QString(key)] << QStringLiteral("Must be an array of %1 names.").arg(what);
        return;
    }
    QStringList names;
    for (const auto &item : v.toArray()) {
        if (!item.isString()) {
            (*errors)[QString(key)] << QStringLiteral("Must be an array of %1 names.").arg(what);
            return;
        }
        const QString name = item.toString();
        if (exists && !exists(name))
            (*errors)[QString(key)] << QStringLiteral("Unknown %1 '%2'.").arg(what, name);
        else if (!names.contains(name, Qt::CaseInsensitive))
            names << name;
    }
    *field = names;
}

QJsonObject address(const QJsonObject &a)
{
    QJsonObject out;
    for (const auto key : {"line1", "line2", "city", "state", "zipcode", "country"}) {
        QJsonValue v;
        out.insert(L(key), lookup(a, L(key), &v) ? v.toString() : QString());
    }
    return out;
}
} // namespace

QJsonObject userToJson(const SimStore::User &u)
{
    QJsonObject o{
        {L("id"), u.id},
        {L("username"), u.username},
        {L("firstName"), u.firstName},
        {L("lastName"), u.lastName},
        {L("disabled"), u.disabled},
        {L("changePasswordAtNextLogin"), u.changePasswordAtNextLogin},
        {L("passwordNeverExpires"), u.passwordNeverExpires},
        {L("lockedOut"), u.lockedOut},
        {L("twoFactorAuth"), u.twoFactorAuth},
        {L("email"), u.email},
        {L("culture"), u.culture},
        {L("language"), u.language},
        {L("timezone"), u.timezone},
        {L("prefix"), u.prefix},
        {L("jobTitle"), u.jobTitle},
        {L("organization"), u.organization},
        {L("phone"), u.phone},
        {L("fax"), u.fax},
        {L("streetAddress"), address(u.streetAddress)},
        {L("postalAddress"), address(u.postalAddress)},
        {L("customFields"), u.customFields},
        {L("groups"), QJsonArray::fromStringList(u.groups)},
    };
    if (!u.roles.isEmpty()) // the vendor's example omits an empty roles array
        o.insert(L("roles"), QJsonArray::fromStringList(u.roles));
    return o;
}

QJsonObject groupToJson(const SimStore::Group &g)
{
    return {{L("id"), g.id},
            {L("name"), g.name},
            {L("external"), g.external},
            {L("system"), g.system},
            {L("email"), g.email},
            {L("emailIndividualMembers"), g.emailIndividualMembers},
            {L("roles"), QJsonArray::fromStringList(g.roles)}};
}

QJsonObject roleToJson(const SimStore::Role &r)
{
    return {{L("id"), r.id}, {L("name"), r.name}, {L("permissions"), QJsonArray::fromStringList(r.permissions)}};
}

void applyUserJson(const QJsonObject &body, const SimStore &store, SimStore::User *u, FieldErrors *errors)
{
    readString(body, L("username"), &u->username, errors);
    readString(body, L("password"), &u->password, errors);
    for (const auto &[key, field] : std::initializer_list<std::pair<const char *, QString *>>{
             {"firstName", &u->firstName}, {"lastName", &u->lastName}, {"email", &u->email},
             {"culture", &u->culture}, {"language", &u->language}, {"timezone", &u->timezone},
             {"prefix", &u->prefix}, {"jobTitle", &u->jobTitle}, {"organization", &u->organization},
             {"phone", &u->phone}, {"fax", &u->fax}})
        readString(body, L(key), field, errors);
    for (const auto &[key, field] : std::initializer_list<std::pair<const char *, bool *>>{
             {"disabled", &u->disabled}, {"changePasswordAtNextLogin", &u->changePasswordAtNextLogin},
             {"passwordNeverExpires", &u->passwordNeverExpires}, {"lockedOut", &u->lockedOut},
             {"twoFactorAuth", &u->twoFactorAuth}})
        readBool(body, L(key), field, errors);
    readObject(body, L("streetAddress"), &u->streetAddress, errors);
    readObject(body, L("postalAddress"), &u->postalAddress, errors);
    readObject(body, L("customFields"), &u->customFields, errors);
    readNames(body, L("groups"), &u->groups, errors,
              [&](const QString &n) { return store.groupByName(n) != nullptr; }, QStringLiteral("group"));
    readNames(body, L("roles"), &u->roles, errors,
              [&](const QString &n) { return store.roleByName(n) != nullptr; }, QStringLiteral("role"));
    // Canonical spelling of referenced names.
    for (auto &g : u->groups) {
        if (const auto *grp = store.groupByName(g))
            g = grp->name;
    }
    for (auto &r : u->roles) {
        if (const auto *role = store.roleByName(r))
            r = role->name;
    }

    if (u->username.trimmed().isEmpty())
        (*errors)[QStringLiteral("username")] << QStringLiteral("A username is required.");
    else if (u->username.size() > 256)
        (*errors)[QStringLiteral("username")] << QStringLiteral("At most 256 characters.");
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!u->email.isEmpty() && !email.match(u->email).hasMatch())
        (*errors)[QStringLiteral("email")] << QStringLiteral("Not a valid email address.");
}

void applyGroupJson(const QJsonObject &body, const SimStore &store, SimStore::Group *g, FieldErrors *errors)
{
    readString(body, L("name"), &g->name, errors);
    readString(body, L("email"), &g->email, errors);
    readBool(body, L("external"), &g->external, errors);
    readBool(body, L("system"), &g->system, errors);
    readBool(body, L("emailIndividualMembers"), &g->emailIndividualMembers, errors);
    readNames(body, L("roles"), &g->roles, errors,
              [&](const QString &n) { return store.roleByName(n) != nullptr; }, QStringLiteral("role"));
    for (auto &r : g->roles) {
        if (const auto *role = store.roleByName(r))
            r = role->name;
    }
    if (g->name.trimmed().isEmpty())
        (*errors)[QStringLiteral("name")] << QStringLiteral("A name is required.");
}

void applyRoleJson(const QJsonObject &body, SimStore::Role *r, FieldErrors *errors)
{
    readString(body, L("name"), &r->name, errors);
    // Permission names are kept as given, unknown ones too (newer servers add names).
    readNames(body, L("permissions"), &r->permissions, errors, {}, QStringLiteral("permission"));
    if (r->name.trimmed().isEmpty())
        (*errors)[QStringLiteral("name")] << QStringLiteral("A name is required.");
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString xmlProblem(const QString &text, bool blankAllowed)
{
    const auto problem = firstXmlProblem(text, blankAllowed);
    if (!problem)
        return {};
    return QStringLiteral("Not well-formed XML: %1 (line %2, column %3).").arg(problem->message).arg(problem->line).arg(problem->column);
}

} // namespace infiniti::sim
