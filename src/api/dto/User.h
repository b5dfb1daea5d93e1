#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace infiniti {

struct Address
{
    QString line1, line2, city, state, zipcode, country;

    static Address fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    bool isEmpty() const;
    QString singleLine() const;
};

// A user of contract 5.1. Read tolerantly; written in exactly the documented shape.
struct User
{
    QString id;
    QString username;
    QString firstName, lastName;
    bool disabled = false;
    bool changePasswordAtNextLogin = false;
    bool passwordNeverExpires = false;
    bool lockedOut = false;
    bool twoFactorAuth = false;
    QString email;
    QString culture, language, timezone;
    QString prefix, jobTitle, organization, phone, fax;
    Address streetAddress, postalAddress;
    QJsonObject customFields;
    QStringList roles;
    QStringList groups;
    // Everything the server sent, unknown keys included, for the "Raw JSON" view.
    QJsonObject raw;

    static User fromJson(const QJsonObject &o);
    // The whole user as a POST/PATCH body; `password` is written only when given. `roles` is
    // written even when empty: a server that replaces the user must see the last role go
    // (UsersEndpoints::create leaves an empty one out, as the vendor's POST example does).
    QJsonObject toJson(const QString &password = {}) const;
    QString fullName() const;
};

} // namespace infiniti

Q_DECLARE_METATYPE(infiniti::User)
