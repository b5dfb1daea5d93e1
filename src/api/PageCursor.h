#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "api/Profile.h"

#include <QJsonArray>
#include <QSet>

#include <optional>
#include <span>
#include <vector>

namespace infiniti {

// Walks a paged list (contract 9.1 "Paging"): always sends $skip/$top; goes on while the server
// sends an @nextLink, whatever the size of its pages (a server may cap them below $top, or send
// an empty page that links on), and stops without one (or after a few empty pages in a row). It
// follows @nextLink only on the profile's own origins and otherwise continues with $skip
// arithmetic, so the token never leaves them. A server that does not move on — a link seen before,
// the same page twice, more pages than anyone pages through — fails the cursor (failed(), error())
// instead of looping for ever; so does, for a reader that asks (requireUniqueIds(), noteId()), an
// item listed twice: the list moved while it was read, and what moved the other way is missing — a
// backup or a count must not take such a list for the whole. (A view need not: it shows the repeat,
// and reads again.)
class PageCursor
{
public:
    // Far more pages than a real list has (10 million items at the smallest page caps seen),
    // yet a bound: an endless list ends in an error, not in a hung program.
    static constexpr int kMaxPages = 100000;

    PageCursor(ApiRequest first, int pageSize);

    ApiRequest current() const { return m_current; }
    // At the end of the list, or failed (then failed() is true and nothing more may be asked).
    bool atEnd() const { return m_atEnd; }
    bool failed() const { return m_error.isError(); }
    // Why the server's paging cannot be trusted (kind BadResponse), when failed().
    const ApiError &error() const { return m_error; }
    int skip() const { return m_skip; }
    int pageSize() const { return m_pageSize; }
    int pages() const { return m_pages; }
    void setMaxPages(int pages) { m_maxPages = pages; }
    // From here on advance(const QJsonArray &…) notes its items' ids (noteId()).
    void requireUniqueIds() { m_uniqueIds = true; }

    // Records an answered page and prepares the request for the next one. Pass the page's items
    // where you have them: only then is a page sent twice recognised.
    void advance(const QJsonArray &items, const QUrl &nextLink, const Profile &profile);
    // The same from the count alone (a link seen before and the page bound still end the walk).
    void advance(int received, const QUrl &nextLink, const Profile &profile);
    // The same for a page read as bytes (RawListPageJob): `listBytes` are the bytes of its list,
    // by which a page sent twice is recognised (byte for byte).
    void advance(QByteArrayView listBytes, int received, const QUrl &nextLink,
                 const Profile &profile);
    // An item of the page just passed to advance(), by its id (its bytes as the server sent
    // them, or its text): an id listed before fails the cursor — the list moved while it
    // was read (an item created in front of the page being read pushes one already read onto
    // it; what moved the other way is missing) or the server's paging is not stable. Items
    // without an id (empty) are not checked. False once failed. `shown()` gives the id's text
    // for the message, when needed.
    template <typename Shown> bool noteId(QByteArrayView id, Shown shown)
    {
        return noteIds({&id, 1}, [&shown](qsizetype) { return shown(); });
    }
    // The same for a page's ids at once (their places in the table are fetched together, not
    // one cache miss after another); `shown(i)` names the i-th.
    template <typename Shown> bool noteIds(std::span<const QByteArrayView> ids, Shown shown)
    {
        if (failed())
            return false;
        const qsizetype repeat = firstRepeat(ids);
        if (repeat < 0)
            return true;
        failListedTwice(shown(repeat));
        return false;
    }
    // Items were created (+) or deleted (-) among those already read: the next page starts
    // that much further or earlier, by $skip arithmetic.
    void shift(int delta);

    // A guess at the request that will follow current(), for a reader that asks for a page
    // before the one in front of it is answered: current() with its $skip (or the $skip of the
    // link it follows) moved on by as many items as the last page held. Only a guess, none where
    // current() carries no numeric $skip: use its answer only if, once current() is answered,
    // the cursor's next request is the same one (sameRequest()); the server's links decide.
    std::optional<ApiRequest> guessNext() const;
    // The same request: method, module and URL (a link's query compared item by item, decoded).
    static bool sameRequest(const ApiRequest &a, const ApiRequest &b);

private:
    qsizetype firstRepeat(std::span<const QByteArrayView> ids);
    void growIdTable(qsizetype ids);
    void failListedTwice(const QString &shown);
    void step(int received, const QUrl &nextLink, const Profile &profile,
              const QByteArray &pageHash);
    void fail(const QString &why);

    ApiRequest m_current;
    int m_pageSize;
    int m_skip = 0;
    int m_pages = 0;
    int m_maxPages = kMaxPages;
    bool m_atEnd = false;
    ApiError m_error;
    QSet<QString> m_seenLinks;
    // The ids' hashes (seeded per process: a collision would not repeat), in a table open
    // addressed by them (QSet took a fifth of a 300,000-user list's time); 0 is a free slot.
    std::vector<quint64> m_idTable;
    qsizetype m_ids = 0;
    bool m_uniqueIds = false;
    QByteArray m_lastPage;
    int m_lastReceived = 0;
    int m_emptyRun = 0; // empty pages in a row
    // Empty pages that link on are followed this many in a row (a server that filters pages
    // after cutting them leaves gaps, a restricted user's long ones); one more fails the list
    // rather than ending it, which might leave it short. (A server linking past its end for ever
    // would loop the vendor's own client too.)
    static constexpr int kEmptyPagesFollowed = 50;
};

} // namespace infiniti
