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
};

} // namespace infiniti
