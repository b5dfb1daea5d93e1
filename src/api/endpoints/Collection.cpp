#include "api/endpoints/Collection.h"

#include "api/endpoints/CrudRequests.h"

#include <QCoreApplication>

namespace infiniti {

namespace {
// The one translation context of this file (lupdate reads it from the macro).
struct CollectionText
{
    Q_DECLARE_TR_FUNCTIONS(CollectionText)
};

ApiRequest onModule(ApiRequest r, ApiModule module)
{
    r.module = module;
    return r;
}
} // namespace

ApiRequest Collection::list(int skip, int top) const
{
    return onModule(CrudRequests::list(path, skip, top, CollectionText::tr("list %1").arg(noun)),
                    module);
}

ApiRequest Collection::get(const QString &id, const QString &label) const
{
    return onModule(CrudRequests::get(
                        path, id, CollectionText::tr("open %1").arg(label.isEmpty() ? id : label)),
                    module);
}

ApiRequest Collection::create(const QJsonObject &body) const
{
    return onModule(CrudRequests::create(path, body, CollectionText::tr("add to %1").arg(noun)),
                    module);
}

ApiRequest Collection::update(const QString &id, const QJsonObject &body,
                              const QString &label) const
{
    return onModule(
        CrudRequests::update(path, id, body,
                             CollectionText::tr("save %1").arg(label.isEmpty() ? id : label)),
        module);
}

ApiRequest Collection::remove(const QString &id, const QString &label) const
{
    return onModule(
        CrudRequests::remove(path, id,
                             CollectionText::tr("delete %1").arg(label.isEmpty() ? id : label)),
        module);
}

} // namespace infiniti
