#pragma once

#include "RawHttpResponder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

namespace infiniti::test {

// A small server that follows the vendor's documentation and none of our emulator's habits
// (docs/API-CONTRACT.md 9.1a), for tests of the client against "any conforming server": JSON
// documents in collections under /api/v1/admin/ (and /client/), pages capped below $top with
// absolute @nextLinks, PascalCase keys in answers, POST 201 + Location without a body, PATCH
// 204 without a body that *replaces* the document (absent fields are gone), no extensions.
// Each behaviour can be switched off to compare. Requests are recorded (requests).
class DocumentServer : public RawHttpResponder
{
public:
    int pageCap = 25;
    bool pascalCase = true;
    bool replaceOnPatch = true;
    bool bodilessWrites = true;
    // Envelope names by collection path ("users" → "users").
    QHash<QString, QString> envelopes{{QStringLiteral("users"), QStringLiteral("users")},
                                      {QStringLiteral("groups"), QStringLiteral("groups")},
                                      {QStringLiteral("roles"), QStringLiteral("roles")}};
    QHash<QString, QList<QJsonObject>> collections;
    int patches = 0;

    DocumentServer()
        : RawHttpResponder([this](const Request &r) { return route(r); })
    {
    }

    QJsonObject *find(const QString &collection, const QString &id)
    {
        for (auto &o : collections[collection]) {
            if (o.value(QLatin1String("id")).toString() == id)
                return &o;
        }
        return nullptr;
    }

    QString add(const QString &collection, QJsonObject document)
    {
        if (!document.contains(QLatin1String("id")))
            document.insert(QLatin1String("id"),
                            QUuid::createUuid().toString(QUuid::WithoutBraces));
        collections[collection].append(document);
        return document.value(QLatin1String("id")).toString();
    }

    // Keys of the API in PascalCase; a map of the user's own names (customFields) as it is.
    static QJsonValue pascal(const QJsonValue &v)
    {
        if (v.isArray()) {
            QJsonArray out;
            for (const auto &x : v.toArray())
                out.append(pascal(x));
            return out;
        }
        if (!v.isObject())
            return v;
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            QString key = it.key();
            if (!key.isEmpty() && key.at(0) != QLatin1Char('@'))
                key[0] = key.at(0).toUpper();
            out.insert(key,
                       it.key().compare(QLatin1String("customFields"), Qt::CaseInsensitive) == 0
                           ? it.value()
                           : pascal(it.value()));
        }
        return out;
    }

private:
    QByteArray json(int status, const QJsonObject &o, const QByteArray &extra = {})
    {
        const QJsonObject shown = pascalCase ? pascal(o).toObject() : o;
        return answer(status, QJsonDocument(shown).toJson(QJsonDocument::Compact), extra);
    }

    static QJsonObject camel(const QJsonObject &o)
    {
        QJsonObject out;
        for (auto it = o.begin(); it != o.end(); ++it) {
            QString key = it.key();
            if (!key.isEmpty())
                key[0] = key.at(0).toLower();
            const bool ownNames =
                key.compare(QLatin1String("customFields"), Qt::CaseInsensitive) == 0;
            out.insert(key, it.value().isObject() && !ownNames
                                ? QJsonValue(camel(it.value().toObject()))
                                : it.value());
        }
        return out;
    }

    QByteArray route(const Request &r)
    {
        const QUrl url(QString::fromLatin1(r.target));
        QString path = url.path();
        const QString admin = QStringLiteral("/api/v1/admin/");
        if (!path.startsWith(admin))
            return answer(404, R"({"message":"no such route"})");
        path = path.mid(admin.size());
        if (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        const QStringList parts = path.split(QLatin1Char('/'));
        const QString collection = parts.value(0);
        if (!envelopes.contains(collection))
            return answer(404, R"({"message":"no such collection"})");
        if (parts.size() == 3 && parts.at(1) == QLatin1String("name") && r.method == "GET") {
            const QString name = QUrl::fromPercentEncoding(r.target.split('/').value(6));
            for (const auto &o : collections[collection]) {
                if (o.value(QLatin1String("username"))
                        .toString()
                        .compare(name, Qt::CaseInsensitive) == 0)
                    return json(200, o);
            }
            return answer(404, R"({"message":"no such user"})");
        }
        if (parts.size() == 1 && r.method == "GET")
            return list(collection, url);
        if (parts.size() == 1 && r.method == "POST") {
            QJsonObject body = camel(QJsonDocument::fromJson(r.body).object());
            const QString id = add(collection, body);
            const QByteArray location = "Location: " + origin().toUtf8() + "/api/v1/admin/" +
                                        collection.toUtf8() + '/' + id.toUtf8() + "\r\n";
            if (bodilessWrites)
                return answer(201, {}, location);
            return json(201, *find(collection, id), location);
        }
        QJsonObject *doc = parts.size() == 2 ? find(collection, parts.at(1)) : nullptr;
        if (!doc)
            return answer(404, R"({"message":"not found"})");
        if (r.method == "GET")
            return json(200, *doc);
        if (r.method == "DELETE") {
            const QString id = doc->value(QLatin1String("id")).toString();
            collections[collection].removeIf([&](const QJsonObject &o) {
                return o.value(QLatin1String("id")).toString() == id;
            });
            return answer(204, {});
        }
        if (r.method == "PATCH") {
            ++patches;
            const QJsonObject body = camel(QJsonDocument::fromJson(r.body).object());
            const QString id = doc->value(QLatin1String("id")).toString();
            if (replaceOnPatch) {
                *doc = body; // what the body leaves out is gone
            } else {
                for (auto it = body.begin(); it != body.end(); ++it)
                    doc->insert(it.key(), it.value());
            }
            doc->insert(QLatin1String("id"), id);
            return bodilessWrites ? answer(204, {}) : json(200, *doc);
        }
        return answer(405, R"({"message":"method not allowed"})");
    }

    QByteArray list(const QString &collection, const QUrl &url)
    {
        const QUrlQuery query(url);
        const QList<QJsonObject> &all = collections[collection];
        const bool paged = query.hasQueryItem(QStringLiteral("$skip")) ||
                           query.hasQueryItem(QStringLiteral("$top"));
        const int skip = query.queryItemValue(QStringLiteral("$skip")).toInt();
        int top = paged ? query.queryItemValue(QStringLiteral("$top")).toInt() : int(all.size());
        if (paged && pageCap > 0)
            top = qMin(top, pageCap); // the cap, whatever $top says
        QJsonArray items;
        for (qsizetype i = skip; i < all.size() && i < skip + top; ++i)
            items.append(all.at(i));
        QJsonObject o{{envelopes.value(collection), items}};
        if (paged && skip + top < all.size()) {
            QUrl next = url;
            QUrlQuery q(query);
            q.removeAllQueryItems(QStringLiteral("$skip"));
            q.addQueryItem(QStringLiteral("$skip"), QString::number(skip + top));
            next.setQuery(q);
            o.insert(QLatin1String("@nextLink"),
                     QString(origin() + next.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority)));
        }
        return json(200, o);
    }
};

} // namespace infiniti::test
