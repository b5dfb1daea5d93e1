#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace infiniti {

// A group of contract 5.1 (`roles` are role names).
struct Group
{
    QString id;
    QString name;
    bool external = false;
    bool system = false;
    QString email;
    bool emailIndividualMembers = false;
    QStringList roles;
    QJsonObject raw;

    static Group fromJson(const QJsonObject &o);
    // The POST/PATCH body: exactly the vendor's example keys.
    QJsonObject toJson() const;
};

} // namespace infiniti
