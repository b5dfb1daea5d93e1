#include "api/PageCursor.h"

#include "api/Log.h"
#include "formats/Json.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
void setQuery(ApiRequest &r, const QString &key, const QString &value)
{
    for (auto &[k, v] : r.query) {
        if (k == key) {
            v = value;
            return;
        }
    }
    r.query.append({key, value});
}

QString linkKey(const QUrl &url)
{
    return url.adjusted(QUrl::NormalizePathSegments).toString(QUrl::FullyEncoded);
}
} // namespace

PageCursor::PageCursor(ApiRequest first, int pageSize)
    : m_current(std::move(first))
    , m_pageSize(pageSize)
{
    setQuery(m_current, u"$skip"_s, u"0"_s);
    setQuery(m_current, u"$top"_s, QString::number(pageSize));
}

void PageCursor::shift(int delta)
{
    m_skip = qMax(0, m_skip + delta);
    if (m_atEnd)
        return;
    m_current.absoluteUrl.clear();
    setQuery(m_current, u"$skip"_s, QString::number(m_skip));
}

std::optional<ApiRequest> PageCursor::guessNext() const
{
    if (m_atEnd || m_lastReceived <= 0)
        return std::nullopt;
    ApiRequest next = m_current;
    if (next.absoluteUrl.isEmpty()) {
        setQuery(next, u"$skip"_s, QString::number(m_skip + m_lastReceived));
        return next;
    }
    QUrlQuery query(next.absoluteUrl);
    auto items = query.queryItems(QUrl::FullyDecoded);
    int found = 0;
    for (auto &[key, value] : items) {
        if (key.compare("$skip"_L1, Qt::CaseInsensitive) != 0)
            continue;
        bool ok = false;
        const qint64 skip = value.toLongLong(&ok);
        if (!ok || skip < 0)
            return std::nullopt;
        value = QString::number(skip + m_lastReceived);
        ++found;
    }
    if (found != 1)
        return std::nullopt; // no $skip (or two): nothing to go by
    query.setQueryItems(items);
    next.absoluteUrl.setQuery(query);
    return next;
}

bool PageCursor::sameRequest(const ApiRequest &a, const ApiRequest &b)
{
    if (a.method != b.method || a.module != b.module)
        return false;
    if (a.absoluteUrl.isEmpty() != b.absoluteUrl.isEmpty())
        return false;
    if (a.absoluteUrl.isEmpty())
        return a.encodedPath == b.encodedPath && a.encodedQuery() == b.encodedQuery();
    return linkKey(a.absoluteUrl.adjusted(QUrl::RemoveQuery)) ==
               linkKey(b.absoluteUrl.adjusted(QUrl::RemoveQuery)) &&
           QUrlQuery(a.absoluteUrl).queryItems(QUrl::FullyDecoded) ==
               QUrlQuery(b.absoluteUrl).queryItems(QUrl::FullyDecoded);
}

void PageCursor::advance(const QJsonArray &items, const QUrl &nextLink, const Profile &profile)
{
    const QByteArray page =
        items.isEmpty()
            ? QByteArray()
            : QCryptographicHash::hash(QJsonDocument(items).toJson(QJsonDocument::Compact),
                                       QCryptographicHash::Sha256);
    step(int(items.size()), nextLink, profile, page);
    if (!m_uniqueIds)
        return;
    // (After the page is compared with the last: a page sent again is said as such.)
    QStringList ids;
    QList<QByteArrayView> bytes;
    for (const QJsonValue &item : items) {
        ids << Json::idOf(item.toObject());
        bytes << QByteArrayView(reinterpret_cast<const char *>(ids.last().utf16()),
                                ids.last().size() * 2);
    }
    noteIds(bytes, [&ids](qsizetype i) { return ids.at(i); });
}

void PageCursor::advance(QByteArrayView listBytes, int received, const QUrl &nextLink,
                         const Profile &profile)
{
    // The page's own bytes are its fingerprint: a copy costs less than hashing them (hashing
    // 300,000 users cost more than reading them), and comparing stops at the first difference.
    step(received, nextLink, profile, received > 0 ? listBytes.toByteArray() : QByteArray());
}

void PageCursor::advance(int received, const QUrl &nextLink, const Profile &profile)
{
    step(received, nextLink, profile, {});
}

void PageCursor::growIdTable(qsizetype ids)
{
    // At most half full: grown to a power of two, every hash placed again.
    size_t size = qMax<size_t>(1024, m_idTable.size());
    while (size < size_t(2 * ids))
        size *= 2;
    if (size == m_idTable.size())
        return;
    std::vector<quint64> old(size, 0);
    old.swap(m_idTable);
    const size_t mask = m_idTable.size() - 1;
    for (const quint64 h : old) {
        if (h == 0)
            continue;
        size_t at = size_t(h) & mask;
        while (m_idTable[at] != 0)
            at = (at + 1) & mask;
        m_idTable[at] = h;
    }
}

qsizetype PageCursor::firstRepeat(std::span<const QByteArrayView> ids)
{
    growIdTable(m_ids + qsizetype(ids.size()));
    const size_t mask = m_idTable.size() - 1;
    // The hashes first, and their slots asked of memory before any is read.
    QVarLengthArray<quint64, 512> hashes(qsizetype(ids.size()));
    for (size_t i = 0; i < ids.size(); ++i) {
        quint64 hash = qHashBits(ids[i].data(), size_t(ids[i].size()), QHashSeed::globalSeed());
        hash += hash == 0; // 0 marks a free slot
        hashes[qsizetype(i)] = hash;
#if defined(__GNUC__)
        __builtin_prefetch(&m_idTable[size_t(hash) & mask]);
#endif
    }
    for (size_t i = 0; i < ids.size(); ++i) {
        if (ids[i].isEmpty())
            continue;
        const quint64 hash = hashes[qsizetype(i)];
        for (size_t at = size_t(hash) & mask;; at = (at + 1) & mask) {
            if (m_idTable[at] == hash)
                return qsizetype(i);
            if (m_idTable[at] == 0) {
                m_idTable[at] = hash;
                ++m_ids;
                break;
            }
        }
    }
    return -1;
}

void PageCursor::failListedTwice(const QString &shown)
{
    fail(QCoreApplication::translate("PageCursor",
                                     "the server listed %1 twice while the list was read: the "
                                     "list changed meanwhile (or its paging is not stable), so "
                                     "others may be missing. Try again.")
             .arg(shown));
}

void PageCursor::fail(const QString &why)
{
    m_atEnd = true;
    m_error = ApiError(ApiError::Kind::BadResponse, m_current.action);
    m_error.setReason(why);
    qCWarning(lcApi).noquote() << "paging stopped:" << m_current.action << "-" << why;
}

void PageCursor::step(int received, const QUrl &nextLink, const Profile &profile,
                      const QByteArray &pageHash)
{
    if (m_atEnd)
        return;
    ++m_pages;
    m_skip += qMax(0, received);
    m_lastReceived = qMax(0, received);
    // A short page is not the end: servers cap pages below $top and still have more. Nor is
    // an empty page that links on (a server may filter a page after cutting it, e.g. to the
    // projects the user can edit): only a page without a link ends the list.
    m_emptyRun = received > 0 ? 0 : m_emptyRun + 1;
    if (nextLink.isEmpty()) {
        m_atEnd = true;
        return;
    }
    if (m_emptyRun > kEmptyPagesFollowed) {
        fail(QCoreApplication::translate("PageCursor",
                                         "the server sent %1 empty pages in a row, each linking "
                                         "to another; reading stopped there, so the list may be "
                                         "incomplete.")
                 .arg(m_emptyRun));
        return;
    }
    if (received <= 0 && !profile.isOwnOrigin(nextLink)) {
        // $skip arithmetic would ask for the same page again: the rest cannot be read.
        fail(QCoreApplication::translate("PageCursor",
                                         "the server sent an empty page whose link to the next "
                                         "one (%1) is on another site, so the rest of the list "
                                         "cannot be read.")
                 .arg(nextLink.toDisplayString()));
        return;
    }
    if (!pageHash.isEmpty() && pageHash == m_lastPage) {
        fail(QCoreApplication::translate(
                 "PageCursor", "the server keeps sending the same page (page %1 repeats page %2).")
                 .arg(m_pages)
                 .arg(m_pages - 1));
        return;
    }
    m_lastPage = pageHash;
    if (m_pages >= m_maxPages) {
        fail(QCoreApplication::translate("PageCursor",
                                         "the server's list does not end (more than %L1 pages).")
                 .arg(m_maxPages));
        return;
    }
    if (!profile.isOwnOrigin(nextLink)) {
        // Never followed (the token stays home): the next page by $skip arithmetic, whatever the
        // link says — so a link that repeats is no loop here; a repeated page still is (above).
        m_current.absoluteUrl.clear();
        setQuery(m_current, u"$skip"_s, QString::number(m_skip));
        return;
    }
    // A link followed before leads back to a page already read.
    const QString key = linkKey(nextLink);
    if (m_seenLinks.contains(key)) {
        fail(QCoreApplication::translate(
                 "PageCursor", "the server keeps sending the same page (its link to the next "
                               "page, %1, leads back to a page already read).")
                 .arg(nextLink.toDisplayString()));
        return;
    }
    m_seenLinks.insert(key);
    m_current.absoluteUrl = nextLink;
}

} // namespace infiniti
