#include "compare/ServerSnapshot.h"

#include "formats/Json.h"

namespace infiniti::compare {

const QJsonObject *ServerSnapshot::find(Part part, const QString &id) const
{
    if (id.isEmpty())
        return nullptr;
    for (const QJsonObject &o : list(part)) {
        if (Json::idOf(o).compare(id, Qt::CaseInsensitive) == 0)
            return &o;
    }
    return nullptr;
}

qsizetype ServerSnapshot::objectCount() const
{
    qsizetype n = 0;
    for (const auto &l : items)
        n += l.size();
    return n;
}

} // namespace infiniti::compare
