#pragma once
// Servers of users lists for the list models' tests (RawHttpResponder handlers), and what the
// tests read back from a model.
#include "models/PagedListModel.h"
#include "RawHttpResponder.h"

#include <QAbstractItemModel>
#include <QByteArrayList>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace infiniti::test {

using namespace Qt::StringLiterals;

// The SortRole values of a column, in row order, as the model sorts them.
inline bool sortedByColumn(const QAbstractItemModel &model, int column, Qt::SortOrder order)
{
    QString previous;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QVariant v = model.index(r, column).data(PagedListModel::SortRole);
        const QString key = v.toString().toCaseFolded();
        if (r > 0 && (order == Qt::AscendingOrder ? key < previous : key > previous))
            return false;
        previous = key;
    }
    return true;
}

// The ids of the model's rows, in order (placeholders as empty strings).
inline QStringList rowIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids << model.index(r, 0).data(PagedListModel::IdRole).toString();
    return ids;
}

// A users list of `n` honouring $skip/$top, with pages capped at `cap` items; `linkOnFullPage`:
// a full page links on even where nothing follows (the next page is then empty).
inline QByteArray pageOf(const RawHttpResponder &server, const RawHttpResponder::Request &r, int n,
                         int cap, bool linkOnFullPage)
{
    const QUrlQuery q(QUrl(QString::fromLatin1(r.target)));
    const int skip = q.queryItemValue(u"$skip"_s).toInt();
    const int top = qMin(cap, q.queryItemValue(u"$top"_s).toInt());
    QByteArray items;
    for (int i = skip; i < qMin(n, skip + top); ++i)
        items += (items.isEmpty() ? "" : ",") + QByteArray("{\"id\":\"u") + QByteArray::number(i) +
                 "\",\"username\":\"user" + QByteArray::number(i) + "\"}";
    QByteArray body = "{\"users\":[" + items + "]";
    if (skip + top < n || (linkOnFullPage && skip + top == n && top > 0))
        body += ",\"@nextLink\":\"" + server.origin().toUtf8() +
                "/api/v1/admin/users?$skip=" + QByteArray::number(skip + top) +
                "&$top=" + QByteArray::number(top) + "\"";
    return RawHttpResponder::answer(200, body + "}");
}

// The ids u0..u(n-1).
inline QByteArrayList listIds(int n, const QByteArray &prefix = "u")
{
    QByteArrayList ids;
    for (int i = 0; i < n; ++i)
        ids << prefix + QByteArray::number(i);
    return ids;
}

struct PageShape
{
    int cap = 1000;          // items at most per page, whatever $top says
    int extra = 0;           // items sent beyond $top (a server ignoring it a little)
    bool pascal = false;     // PascalCase keys
    bool linkAlways = false; // a link on every page that holds items
    QString linkOrigin;      // origin of @nextLink (empty: the server's own)
};

// A page of `ids` as a server honouring $skip sends it (the whole list without $skip/$top).
inline QByteArray pageFrom(const RawHttpResponder &server, const RawHttpResponder::Request &r,
                           const QByteArrayList &ids, const PageShape &how = {})
{
    const QUrlQuery q(QUrl(QString::fromLatin1(r.target)));
    const bool whole = !q.hasQueryItem(u"$skip"_s) && !q.hasQueryItem(u"$top"_s);
    const int n = int(ids.size());
    const int skip = whole ? 0 : q.queryItemValue(u"$skip"_s).toInt();
    const int top = whole ? n : qMin(how.cap, q.queryItemValue(u"$top"_s).toInt() + how.extra);
    QByteArray items;
    const QByteArray idKey = how.pascal ? "Id" : "id";
    const QByteArray nameKey = how.pascal ? "UserName" : "username";
    for (int i = skip; i < qMin(n, skip + top); ++i)
        items += (items.isEmpty() ? "" : ",") + QByteArray("{\"") + idKey + "\":\"" + ids.at(i) +
                 "\",\"" + nameKey + "\":\"" + ids.at(i) + "\"}";
    QByteArray body = "{\"" + QByteArray(how.pascal ? "Users" : "users") + "\":[" + items + "]";
    const bool more = skip + top < n || (how.linkAlways && !items.isEmpty());
    if (more && !whole) {
        const QString origin = how.linkOrigin.isEmpty() ? server.origin() : how.linkOrigin;
        body += ",\"" + QByteArray(how.pascal ? "@NextLink" : "@nextLink") + "\":\"" +
                origin.toUtf8() + "/api/v1/admin/users?$skip=" + QByteArray::number(skip + top) +
                "&$top=" + QByteArray::number(top) + "\"";
    }
    return RawHttpResponder::answer(200, body + "}");
}

inline QStringList asStrings(const QByteArrayList &ids)
{
    QStringList out;
    for (const QByteArray &id : ids)
        out << QString::fromLatin1(id);
    return out;
}

inline int skipOf(const RawHttpResponder::Request &r)
{
    return QUrlQuery(QUrl(QString::fromLatin1(r.target))).queryItemValue(u"$skip"_s).toInt();
}
inline int topOf(const RawHttpResponder::Request &r)
{
    return QUrlQuery(QUrl(QString::fromLatin1(r.target))).queryItemValue(u"$top"_s).toInt();
}
// A users list of `n` that pages only by its own links (?page=N) and ignores $skip and $top.
inline QByteArray pageIgnoringSkip(const RawHttpResponder &server,
                                   const RawHttpResponder::Request &r, int n)
{
    const QUrlQuery q(QUrl(QString::fromLatin1(r.target)));
    const int page = qMax(1, q.queryItemValue(u"page"_s).toInt());
    QByteArray items;
    for (int i = (page - 1) * 100; i < qMin(n, page * 100); ++i) {
        if (!items.isEmpty())
            items += ',';
        items += "{\"id\":\"u" + QByteArray::number(i) + "\",\"username\":\"user" +
                 QByteArray::number(i).rightJustified(4, '0') + "\",\"lastName\":\"L" +
                 QByteArray::number((i * 7919) % n).rightJustified(4, '0') + "\"}";
    }
    QByteArray body = "{\"users\":[" + items + "]";
    if (page * 100 < n)
        body += ",\"@nextLink\":\"" + server.origin().toUtf8() +
                "/api/v1/admin/users?page=" + QByteArray::number(page + 1) + "\"";
    return RawHttpResponder::answer(200, body + "}");
}

} // namespace infiniti::test
