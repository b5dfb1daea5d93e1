#pragma once

#include "models/UsersModel.h"

namespace infiniti {

// The users of one group (GET groups/{id}/users), with the users table's columns.
class GroupMembersModel : public UsersModel
{
    Q_OBJECT
public:
    explicit GroupMembersModel(QString groupId, QObject *parent = nullptr);

protected:
    ApiRequest listRequest(const QString &search) const override;

private:
    QString m_groupId;
};

} // namespace infiniti
