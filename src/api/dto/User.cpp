#include "api/dto/User.h"

#include "formats/Json.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace infiniti {

using Json::boolean;
using Json::string;
Address Address::fromJson(const QJsonObject &o)
{
    Address a;
    a.line1 = string(o, "line1"_L1);
    a.line2 = string(o, "line2"_L1);
    a.city = string(o, "city"_L1);
    a.state = string(o, "state"_L1);
    a.zipcode = string(o, "zipcode"_L1);
    a.country = string(o, "country"_L1);
    return a;
}

QJsonObject Address::toJson() const
{
    return {{"line1"_L1, line1}, {"line2"_L1, line2},     {"city"_L1, city},
            {"state"_L1, state}, {"zipcode"_L1, zipcode}, {"country"_L1, country}};
}

bool Address::isEmpty() const
{
    return line1.isEmpty() && line2.isEmpty() && city.isEmpty() && state.isEmpty() &&
           zipcode.isEmpty() && country.isEmpty();
}

QString Address::singleLine() const
{
    QStringList parts;
    for (const auto *p : {&line1, &line2, &city, &state, &zipcode, &country}) {
        if (!p->isEmpty())
            parts << *p;
    }
    return parts.join(u", "_s);
}

User User::fromJson(const QJsonObject &o)
{
    User u;
    u.raw = o;
    u.id = Json::id(Json::value(o, "id"_L1));
    u.username = string(o, "username"_L1);
    u.firstName = string(o, "firstName"_L1);
    u.lastName = string(o, "lastName"_L1);
    u.disabled = boolean(o, "disabled"_L1);
    u.changePasswordAtNextLogin = boolean(o, "changePasswordAtNextLogin"_L1);
    u.passwordNeverExpires = boolean(o, "passwordNeverExpires"_L1);
    u.lockedOut = boolean(o, "lockedOut"_L1);
    u.twoFactorAuth = boolean(o, "twoFactorAuth"_L1);
    u.email = string(o, "email"_L1);
    u.culture = string(o, "culture"_L1);
    u.language = string(o, "language"_L1);
    u.timezone = string(o, "timezone"_L1);
    u.prefix = string(o, "prefix"_L1);
    u.jobTitle = string(o, "jobTitle"_L1);
    u.organization = string(o, "organization"_L1);
    u.phone = string(o, "phone"_L1);
    u.fax = string(o, "fax"_L1);
    u.streetAddress = Address::fromJson(Json::object(o, "streetAddress"_L1));
    u.postalAddress = Address::fromJson(Json::object(o, "postalAddress"_L1));
    u.customFields = Json::object(o, "customFields"_L1);
    u.roles = Json::stringList(o, "roles"_L1);
    u.groups = Json::stringList(o, "groups"_L1);
    return u;
}

QJsonObject User::toJson(const QString &password) const
{
    QJsonObject o;
    if (!id.isEmpty())
        o.insert("id"_L1, id);
    o.insert("username"_L1, username);
    if (!password.isEmpty())
        o.insert("password"_L1, password);
    o.insert("firstName"_L1, firstName);
    o.insert("lastName"_L1, lastName);
    o.insert("disabled"_L1, disabled);
    o.insert("changePasswordAtNextLogin"_L1, changePasswordAtNextLogin);
    o.insert("passwordNeverExpires"_L1, passwordNeverExpires);
    o.insert("lockedOut"_L1, lockedOut);
    o.insert("twoFactorAuth"_L1, twoFactorAuth);
    o.insert("email"_L1, email);
    o.insert("culture"_L1, culture);
    o.insert("language"_L1, language);
    o.insert("timezone"_L1, timezone);
    o.insert("prefix"_L1, prefix);
    o.insert("jobTitle"_L1, jobTitle);
    o.insert("organization"_L1, organization);
    o.insert("phone"_L1, phone);
    o.insert("fax"_L1, fax);
    o.insert("streetAddress"_L1, streetAddress.toJson());
    o.insert("postalAddress"_L1, postalAddress.toJson());
    o.insert("customFields"_L1, customFields);
    o.insert("roles"_L1, QJsonArray::fromStringList(roles));
    o.insert("groups"_L1, QJsonArray::fromStringList(groups));
    return o;
}

QString User::fullName() const
{
    if (firstName.isEmpty())
        return lastName;
    if (lastName.isEmpty())
        return firstName;
    return firstName + QLatin1Char(' ') + lastName;
}

} // namespace infiniti
