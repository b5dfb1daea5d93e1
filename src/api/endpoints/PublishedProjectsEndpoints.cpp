#include "api/endpoints/PublishedProjectsEndpoints.h"

#include "api/JsonEdits.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace infiniti::PublishedProjectsEndpoints {

namespace {
// The one translation context of this file (lupdate reads it from the macro).
struct PublishedProjectsEndpointsText
{
    Q_DECLARE_TR_FUNCTIONS(PublishedProjectsEndpointsText)
};

// What the server adds to a publication on the way out (names to show), not ours to send.
QJsonObject withoutDerived(QJsonObject publication)
{
    for (const auto *key : {"projectName", "projectVersion", "folderName"})
        JsonEdits::remove(publication, QString::fromLatin1(key));
    return publication;
}
} // namespace

Collection collection()
{
    return {"publishedprojects", "publishedProjects"_L1, ApiModule::Admin,
            PublishedProjectsEndpointsText::tr("published projects")};
}

ApiRequest list(const QString &folderId)
{
    ApiRequest r = collection().list();
    if (!folderId.isEmpty())
        r.query.append({u"folderId"_s, folderId});
    return r;
}

ApiRequest get(const QString &id)
{
    ApiRequest r = collection().get(id);
    r.action = PublishedProjectsEndpointsText::tr("load the publication %1").arg(id);
    return r;
}

ApiRequest publish(const QJsonObject &publication)
{
    ApiRequest r = collection().create(withoutDerived(publication));
    r.action = PublishedProjectsEndpointsText::tr("publish the project");
    return r;
}

ApiRequest update(const QString &id, const QJsonObject &publication)
{
    ApiRequest r = collection().update(id, withoutDerived(publication));
    r.action = PublishedProjectsEndpointsText::tr("save the publication");
    return r;
}

ApiRequest unpublish(const QString &id, const QString &label)
{
    ApiRequest r = collection().remove(id);
    r.action = PublishedProjectsEndpointsText::tr("un-publish %1").arg(label);
    return r;
}

} // namespace infiniti::PublishedProjectsEndpoints
