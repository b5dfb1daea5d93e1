#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace infiniti {

// A role: a name and permission names. Names a server returns that we do not know are kept.
struct Role
{
    QString id;
    QString name;
    QStringList permissions;
    QJsonObject raw;

    static Role fromJson(const QJsonObject &o);
    QJsonObject toJson() const; // {name, permissions}
    // The permission names of contract 4.9 (plus Impersonate, v11.2+), in the vendor's order.
    static QStringList knownPermissions();
};

} // namespace infiniti
