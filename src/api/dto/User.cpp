#include "api/dto/User.h"

#include "formats/Json.h"

#include <QJsonArray>

namespace infiniti {

using Json::boolean;
using Json::string;
using L = QLatin1StringView;

Address Address::fromJson(const QJsonObject &o)
{
    Address a;
    a.line1 = string(o, L("line1"));
    a.line2 = string(o, L("line2"));
    a.city = string(o, L("city"));
    a.state = string(o, L("state"));
    a.zipcode = string(o, L("zipcode"));
    a.country = string(o, L("country"));
    return a;
}

QJsonObject Address::toJson() const
{
    return {{L("line1"), line1}, {L("line2"), line2}, {L("city"), city},
            {L("state"), state}, {L("zipcode"), zipcode}, {L("country"), country}};
}

bool Address::isEmpty() const
{
    return line1.isEmpty() && line2.isEmpty() && city.isEmpty() && state.isEmpty()
           && zipcode.isEmpty() && country.isEmpty();
}

QString Address::singleLine() const
{
    QStringList parts;
    for (const auto *p : {&line1, &line2, &city, &state, &zipcode, &country}) {
        if (!p->isEmpty())
            parts << *p;
    }
    return parts.join(QStringLiteral(", "));
}

User User::fromJson(const QJsonObject &o)
{
    User u;
    u.raw = o;
    u.id = Json::id(Json::value(o, L("id")));
    u.username = string(o, L("username"));
    u.firstName = string(o, L("firstName"));
    u.lastName = string(o, L("lastName"));
    u.disabled = boolean(o, L("disabled"));
    u.changePasswordAtNextLogin = boolean(o, L("changePasswordAtNextLogin"));
    u.passwordNeverExpires = boolean(o, L("passwordNeverExpires"));
    u.lockedOut = boolean(o, L("lockedOut"));
    u.twoFactorAuth = boolean(o, L("twoFactorAuth"));
    u.email = string(o, L("email"));
    u.culture = string(o, L("culture"));
    u.language = string(o, L("language"));
    u.timezone = string(o, L("timezone"));
    u.prefix = string(o, L("prefix"));
    u.jobTitle = string(o, L("jobTitle"));
    u.organization = string(o, L("organization"));
    u.phone = string(o, L("phone"));
    u.fax = string(o, L("fax"));
    u.streetAddress = Address::fromJson(Json::object(o, L("streetAddress")));
    u.postalAddress = Address::fromJson(Json::object(o, L("postalAddress")));
    u.customFields = Json::object(o, L("customFields"));
    u.roles = Json::stringList(o, L("roles"));
    u.groups = Json::stringList(o, L("groups"));
    return u;
}

QJsonObject User::toJson(const QString &password) const
{
    QJsonObject o;
    if (!id.isEmpty())
        o.insert(L("id"), id);
    o.insert(L("username"), username);
    if (!password.isEmpty())
        o.insert(L("password"), password);
    o.insert(L("firstName"), firstName);
    o.insert(L("lastName"), lastName);
    o.insert(L("disabled"), disabled);
    o.insert(L("changePasswordAtNextLogin"), changePasswordAtNextLogin);
    o.insert(L("passwordNeverExpires"), passwordNeverExpires);
    o.insert(L("lockedOut"), lockedOut);
    o.insert(L("twoFactorAuth"), twoFactorAuth);
    o.insert(L("email"), email);
    o.insert(L("culture"), culture);
    o.insert(L("language"), language);
    o.insert(L("timezone"), timezone);
    o.insert(L("prefix"), prefix);
    o.insert(L("jobTitle"), jobTitle);
    o.insert(L("organization"), organization);
    o.insert(L("phone"), phone);
    o.insert(L("fax"), fax);
    o.insert(L("streetAddress"), streetAddress.toJson());
    o.insert(L("postalAddress"), postalAddress.toJson());
    o.insert(L("customFields"), customFields);
    if (!roles.isEmpty())
        o.insert(L("roles"), QJsonArray::fromStringList(roles));
    o.insert(L("groups"), QJsonArray::fromStringList(groups));
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
