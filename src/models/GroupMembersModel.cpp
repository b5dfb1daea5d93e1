#include "models/GroupMembersModel.h"

#include "api/endpoints/GroupsEndpoints.h"

namespace infiniti {

GroupMembersModel::GroupMembersModel(QString groupId, QObject *parent)
    : UsersModel(parent)
    , m_groupId(std::move(groupId))
{
}

ApiRequest GroupMembersModel::listRequest(const QString &search) const
{
    return GroupsEndpoints::members(m_groupId, 0, pageSize(), search);
}

} // namespace infiniti
