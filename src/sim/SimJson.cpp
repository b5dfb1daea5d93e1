#include "sim/SimJson.h"

#include "sim/SimLimits.h"

#include "formats/XmlCheck.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace infiniti::sim {

namespace {
// Case-insensitive lookup (contract 9.2: input keys in any casing).
bool lookup(const QJsonObject &o, QLatin1StringView key, QJsonValue *out)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0) {
            *out = it.value();
            return true;
        }
    }
    return false;
}

void readString(const QJsonObject &o, QLatin1StringView key, QString *field, FieldErrors *errors,
                int maxLength = Limits::kShortText)
{
    QJsonValue v;
    if (!lookup(o, key, &v))
        return;
    if (v.isNull())
        field->clear();
    else if (!v.isString())
        (*errors)[QString(key)] << u"Must be a string."_s;
    else if (v.toString().size() > maxLength)
        (*errors)[QString(key)] << u"At most %1 characters."_s.arg(maxLength);
    else
        *field = v.toString();
}

// A name: a string of at most kName characters, none of them a control character or half a
// surrogate pair.
void readName(const QJsonObject &o, QLatin1StringView key, QString *field, FieldErrors *errors)
{
    QJsonValue v;
    if (!lookup(o, key, &v))
        return;
    if (const QString problem = Limits::nameCharacterProblem(v.toString()); !problem.isEmpty())
        (*errors)[QString(key)] << problem;
    else
        readString(o, key, field, errors, Limits::kName);
}

void readBool(const QJsonObject &o, QLatin1StringView key, bool *field, FieldErrors *errors)
{
    QJsonValue v;
    if (!lookup(o, key, &v))
        return;
    if (v.isBool())
        *field = v.toBool();
    else
        (*errors)[QString(key)] << u"Must be true or false."_s;
}

void readObject(const QJsonObject &o, QLatin1StringView key, QJsonObject *field,
                FieldErrors *errors)
{
    QJsonValue v;
    if (!lookup(o, key, &v))
        return;
    if (v.isObject() &&
        QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).size() > Limits::kText)
        (*errors)[QString(key)] << u"At most %1 bytes of JSON."_s.arg(Limits::kText);
    else if (v.isObject())
        *field = v.toObject();
    else if (v.isNull())
        *field = {};
    else
        (*errors)[QString(key)] << u"Must be an object."_s;
}

void readNames(const QJsonObject &o, QLatin1StringView key, QStringList *field, FieldErrors *errors,
               const std::function<bool(const QString &)> &exists, const QString &what)
{
    QJsonValue v;
    if (!lookup(o, key, &v))
        return;
    // null is no list: clearing one takes [] (a null for "groups" and "roles" once took every
    // permission from an administrator, for good).
    if (!v.isArray()) {
        (*errors)[QString(key)] << u"Must be an array of %1 names ([] for none)."_s.arg(what);
        return;
    }
    if (v.toArray().size() > Limits::kListItems) {
        (*errors)[QString(key)] << u"At most %1 names."_s.arg(Limits::kListItems);
        return;
    }
    QStringList names;
    for (const auto &item : v.toArray()) {
        if (!item.isString()) {
            (*errors)[QString(key)] << u"Must be an array of %1 names ([] for none)."_s.arg(what);
            return;
        }
        const QString name = item.toString();
        if (name.size() > Limits::kName)
            (*errors)[QString(key)]
                << u"A %1 name has at most %2 characters."_s.arg(what).arg(Limits::kName);
        else if (const QString problem = Limits::nameCharacterProblem(name); !problem.isEmpty())
            (*errors)[QString(key)] << u"A %1 name: %2"_s.arg(what, problem);
        else if (exists && !exists(name))
            (*errors)[QString(key)] << u"Unknown %1 '%2'."_s.arg(what, name);
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
        out.insert(QLatin1StringView(key),
                   lookup(a, QLatin1StringView(key), &v) ? v.toString() : QString());
    }
    return out;
}
} // namespace

QJsonObject userToJson(const SimStore::User &u)
{
    QJsonObject o{
        {"id"_L1, u.id},
        {"username"_L1, u.username},
        {"firstName"_L1, u.firstName},
        {"lastName"_L1, u.lastName},
        {"disabled"_L1, u.disabled},
        {"changePasswordAtNextLogin"_L1, u.changePasswordAtNextLogin},
        {"passwordNeverExpires"_L1, u.passwordNeverExpires},
        {"lockedOut"_L1, u.lockedOut},
        {"twoFactorAuth"_L1, u.twoFactorAuth},
        {"email"_L1, u.email},
        {"culture"_L1, u.culture},
        {"language"_L1, u.language},
        {"timezone"_L1, u.timezone},
        {"prefix"_L1, u.prefix},
        {"jobTitle"_L1, u.jobTitle},
        {"organization"_L1, u.organization},
        {"phone"_L1, u.phone},
        {"fax"_L1, u.fax},
        {"streetAddress"_L1, address(u.streetAddress)},
        {"postalAddress"_L1, address(u.postalAddress)},
        {"customFields"_L1, u.customFields},
        {"groups"_L1, QJsonArray::fromStringList(u.groups)},
    };
    if (!u.roles.isEmpty()) // the vendor's example omits an empty roles array
        o.insert("roles"_L1, QJsonArray::fromStringList(u.roles));
    return o;
}

QJsonObject groupToJson(const SimStore::Group &g)
{
    return {{"id"_L1, g.id},
            {"name"_L1, g.name},
            {"external"_L1, g.external},
            {"system"_L1, g.system},
            {"email"_L1, g.email},
            {"emailIndividualMembers"_L1, g.emailIndividualMembers},
            {"roles"_L1, QJsonArray::fromStringList(g.roles)}};
}

QJsonObject roleToJson(const SimStore::Role &r)
{
    return {{"id"_L1, r.id},
            {"name"_L1, r.name},
            {"permissions"_L1, QJsonArray::fromStringList(r.permissions)}};
}

void applyUserJson(const QJsonObject &body, const SimStore &store, SimStore::User *u,
                   FieldErrors *errors)
{
    readName(body, "username"_L1, &u->username, errors);
    // Write-only: null, like no password at all, leaves it as it is (an empty one signs nobody in).
    QJsonValue password;
    if (lookup(body, "password"_L1, &password) && !password.isNull())
        readString(body, "password"_L1, &u->password, errors, Limits::kName);
    for (const auto &[key, field] : std::initializer_list<std::pair<const char *, QString *>>{
             {"firstName", &u->firstName},
             {"lastName", &u->lastName},
             {"email", &u->email},
             {"culture", &u->culture},
             {"language", &u->language},
             {"timezone", &u->timezone},
             {"prefix", &u->prefix},
             {"jobTitle", &u->jobTitle},
             {"organization", &u->organization},
             {"phone", &u->phone},
             {"fax", &u->fax}})
        readString(body, QLatin1StringView(key), field, errors);
    for (const auto &[key, field] : std::initializer_list<std::pair<const char *, bool *>>{
             {"disabled", &u->disabled},
             {"changePasswordAtNextLogin", &u->changePasswordAtNextLogin},
             {"passwordNeverExpires", &u->passwordNeverExpires},
             {"lockedOut", &u->lockedOut},
             {"twoFactorAuth", &u->twoFactorAuth}})
        readBool(body, QLatin1StringView(key), field, errors);
    readObject(body, "streetAddress"_L1, &u->streetAddress, errors);
    readObject(body, "postalAddress"_L1, &u->postalAddress, errors);
    readObject(body, "customFields"_L1, &u->customFields, errors);
    readNames(
        body, "groups"_L1, &u->groups, errors,
        [&](const QString &n) { return store.groupByName(n) != nullptr; }, u"group"_s);
    readNames(
        body, "roles"_L1, &u->roles, errors,
        [&](const QString &n) { return store.roleByName(n) != nullptr; }, u"role"_s);
    // Canonical spelling of referenced names.
    for (auto &g : u->groups) {
        if (const auto *grp = store.groupByName(g))
            g = grp->name;
    }
    for (auto &r : u->roles) {
        if (const auto *role = store.roleByName(r))
            r = role->name;
    }

    if (u->username.trimmed().isEmpty() && !errors->contains(u"username"_s))
        (*errors)[u"username"_s] << u"A username is required."_s;
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!u->email.isEmpty() && !email.match(u->email).hasMatch())
        (*errors)[u"email"_s] << u"Not a valid email address."_s;
}

void applyGroupJson(const QJsonObject &body, const SimStore &store, SimStore::Group *g,
                    FieldErrors *errors)
{
    readName(body, "name"_L1, &g->name, errors);
    readString(body, "email"_L1, &g->email, errors);
    readBool(body, "external"_L1, &g->external, errors);
    readBool(body, "system"_L1, &g->system, errors);
    readBool(body, "emailIndividualMembers"_L1, &g->emailIndividualMembers, errors);
    readNames(
        body, "roles"_L1, &g->roles, errors,
        [&](const QString &n) { return store.roleByName(n) != nullptr; }, u"role"_s);
    for (auto &r : g->roles) {
        if (const auto *role = store.roleByName(r))
            r = role->name;
    }
    if (g->name.trimmed().isEmpty() && !errors->contains(u"name"_s))
        (*errors)[u"name"_s] << u"A name is required."_s;
}

void applyRoleJson(const QJsonObject &body, SimStore::Role *r, FieldErrors *errors)
{
    readName(body, "name"_L1, &r->name, errors);
    // Permission names are kept as given, unknown ones too (newer servers add names).
    readNames(body, "permissions"_L1, &r->permissions, errors, {}, u"permission"_s);
    if (r->name.trimmed().isEmpty() && !errors->contains(u"name"_s))
        (*errors)[u"name"_s] << u"A name is required."_s;
}

std::optional<QString> chosenId(const QJsonValue &id)
{
    if (id.isUndefined() || id.isNull() || (id.isString() && id.toString().isEmpty()))
        return QString();
    static const QRegularExpression guid(
        u"^\\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\}?$"_s);
    const QRegularExpressionMatch m =
        id.isString() ? guid.match(id.toString()) : QRegularExpressionMatch();
    if (!m.hasMatch() ||
        (id.toString().startsWith(QLatin1Char('{')) != id.toString().endsWith(QLatin1Char('}'))))
        return std::nullopt;
    return m.captured(1).toLower();
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
    return u"Not well-formed XML: %1 (line %2, column %3)."_s.arg(problem->message)
        .arg(problem->line)
        .arg(problem->column);
}

} // namespace infiniti::sim
