#include "compare/PromotionBodies.h"

#include "api/dto/Group.h"
#include "api/dto/Role.h"
#include "api/dto/User.h"
#include "compare/Records.h"
#include "formats/Json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace infiniti::compare::PromotionBodies {

namespace {
// The one translation context of this file (lupdate reads it from the macro).
struct PromotionBodiesText
{
    Q_DECLARE_TR_FUNCTIONS(PromotionBodiesText)
};

// Keys the server keeps for itself: sent back they would be ignored at best, and a server that
// validates strictly may refuse them. References are set separately. A library item's `binary`
// is not the server's, but not the body's either: the Promoter adds the source's file to every
// create and update of one (contract 4.5, 9.1), never the target's or a snapshot's copy.
QSet<QString> serverOwned(Part part)
{
    QSet<QString> keys = {u"id"_s, u"childcount"_s, u"modifiedutc"_s, u"modifiedby"_s,
                          u"createdutc"_s};
    switch (part) {
    case Part::LibraryItems:
        keys += {u"size"_s, u"version"_s, u"modifieddatetime"_s, u"binary"_s};
        break;
    case Part::PublishedProjects:
        keys += {u"projectname"_s, u"projectversion"_s, u"foldername"_s,
                 u"projectid"_s,   u"folderid"_s,       u"layoutid"_s};
        break;
    case Part::ContentFolders:
    case Part::PublishFolders:
        keys += {u"parentid"_s};
        break;
    case Part::DataObjects:
        keys += {u"datasourceid"_s};
        break;
    default:
        break;
    }
    return keys;
}

// `value` from the source with every secret inside it replaced by the target's (`there`), or
// left out when the target has none.
QJsonValue withoutSecrets(Part part, const QString &key, const QJsonValue &value,
                          const QJsonValue &there)
{
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject o = value.toObject();
        const QJsonObject t = there.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString name = camelCaseKey(it.key());
            const QJsonValue kept =
                withoutSecrets(part, key + QLatin1Char('.') + name.toLower(), it.value(),
                               Json::value(t, QLatin1StringView(name.toLatin1())));
            if (!kept.isUndefined())
                out.insert(name, kept);
        }
        return out;
    }
    if (isSecretKey(part, key))
        return there.isUndefined() ? QJsonValue(QJsonValue::Undefined) : camelCaseKeys(there);
    return camelCaseKeys(value);
}

void removeKey(QJsonObject &o, const QString &lower)
{
    for (const QString &k : o.keys()) {
        if (k.trimmed().toLower() == lower)
            o.remove(k);
    }
}

// Points `key` of the body at the target's object of `refPart` that the source's refers to.
bool mapReference(QJsonObject &body, const QJsonObject &source, const char *key, Part refPart,
                  const Context &ctx, const QString &what)
{
    const QString ref = Json::string(source, QLatin1StringView(key));
    if (ref.isEmpty()) {
        body.insert(QLatin1StringView(key), QJsonValue::Null);
        return true;
    }
    const QString there = ctx.ids ? (*ctx.ids)[size_t(refPart)].value(ref.toLower()) : QString();
    if (there.isEmpty()) {
        if (ctx.error)
            *ctx.error = PromotionBodiesText::tr("%1 is not on the target").arg(what);
        return false;
    }
    body.insert(QLatin1StringView(key), there);
    return true;
}

std::optional<QJsonObject> body(Part part, const QJsonObject &source, const QJsonObject *fresh,
                                const Context &ctx)
{
    switch (part) {
    // The three parts with DTOs are written in exactly their documented shape.
    case Part::Users: {
        User u = User::fromJson(source);
        u.id = fresh ? Json::idOf(*fresh) : QString(); // each server has its own ids for users
        u.lockedOut =
            fresh && Json::boolean(*fresh, "lockedOut"_L1); // the target's state, not the source's
        return u.toJson();
    }
    case Part::Groups:
        return Group::fromJson(source).toJson();
    case Part::Roles:
        return Role::fromJson(source).toJson();
    case Part::ConnectorSettings: // contract 4.12: the value is all that can be written
        return QJsonObject{
            {"value"_L1, ctx.includeSecrets
                             ? Json::value(source, "value"_L1)
                             : (fresh ? Json::value(*fresh, "value"_L1) : QJsonValue())}};
    default:
        break;
    }
    const QSet<QString> owned = serverOwned(part);
    QJsonObject out;
    if (fresh) {
        for (auto it = fresh->begin(); it != fresh->end(); ++it) {
            if (!owned.contains(it.key().trimmed().toLower()))
                out.insert(camelCaseKey(it.key()), camelCaseKeys(it.value()));
        }
    }
    for (auto it = source.begin(); it != source.end(); ++it) {
        const QString name = camelCaseKey(it.key());
        const QString lower = name.toLower();
        if (owned.contains(lower))
            continue;
        const QJsonValue there = fresh ? Json::value(*fresh, QLatin1StringView(name.toLatin1()))
                                       : QJsonValue(QJsonValue::Undefined);
        const QJsonValue value = ctx.includeSecrets
                                     ? camelCaseKeys(it.value())
                                     : withoutSecrets(part, lower, it.value(), there);
        removeKey(out, lower);
        if (!value.isUndefined())
            out.insert(name, value);
    }
    if (!fresh && matchingOf(part) == Matching::ByIdThenName && !Json::idOf(source).isEmpty())
        out.insert("id"_L1, Json::idOf(source)); // offered, so references to it stay valid there
    switch (part) {
    case Part::ContentFolders:
    case Part::PublishFolders:
        if (!mapReference(out, source, "parentId", part, ctx,
                          PromotionBodiesText::tr("its parent folder")))
            return std::nullopt;
        break;
    case Part::PublishedProjects:
        if (!mapReference(out, source, "projectId", Part::Projects, ctx,
                          PromotionBodiesText::tr("its project")) ||
            !mapReference(out, source, "folderId", Part::PublishFolders, ctx,
                          PromotionBodiesText::tr("its publish folder")))
            return std::nullopt;
        if (!mapReference(out, source, "layoutId", Part::Projects, ctx,
                          PromotionBodiesText::tr("its layout project")))
            return std::nullopt;
        break;
    default:
        break;
    }
    return out;
}
} // namespace

std::optional<QJsonObject> createBody(Part part, const QJsonObject &source, const Context &ctx)
{
    return body(part, source, nullptr, ctx);
}

std::optional<QJsonObject> updateBody(Part part, const QJsonObject &source,
                                      const QJsonObject &freshTarget, const Context &ctx)
{
    return body(part, source, &freshTarget, ctx);
}

} // namespace infiniti::compare::PromotionBodies
