#pragma once

#include "api/PageCursor.h"
#include "cli/core/Command.h"
#include "cli/core/TableWriter.h"
#include "formats/JsonScan.h"

#include <QPointer>

#include <memory>

namespace infiniti {
class RawListPageJob;
}

namespace infiniti::ctl {

struct CtlResource;

// `<resource> list`: every item, page after page (PageCursor), printed as each page arrives —
// a text line per item (the count on stderr), CSV with a header, or a JSON array. The next
// page is asked for before the current one is written, so the server works while we write,
// and the page after it on a guess (PageCursor::guessNext(): $skip moved on by a page) while
// the next one is on its way; that answer is used only if the server's @nextLink agrees (and
// it succeeded: a guess that failed is asked again in turn), and after one wrong or failed
// guess there are no more. Pages are read and written in order. Items are never
// built as objects: a page is checked and split in its bytes (RawListPageJob), --json copies each
// item's bytes (re-written compactly only when the server's are not), text and CSV read only their
// columns. Stops at the first page that fails (exit code of that failure, no count) — or that
// the cursor refuses: a page sent again, a link back, an item (by its id) listed again, which
// means the list moved while it was read and something may be missing —, or as soon as the
// output cannot be written.
class ResourceList : public Command
{
    Q_OBJECT
public:
    ResourceList(const CommandContext &context, const CtlResource &resource);
    ~ResourceList() override;
    void run() override;

private:
    struct Page
    {
        QByteArray bytes;
        JsonScan::ListPage list;
        bool last = false;
    };
    RawListPageJob *startPage(const ApiRequest &request);
    void fetchPage();
    void dropAhead();
    void readNextIfAnswered();
    void onPage(RawListPageJob *job);
    void noteIds(const RawListPageJob &job);
    void writePage(const Page &page);
    void closeJsonArray();

    const CtlResource &m_resource;
    std::unique_ptr<PageCursor> m_cursor;
    QPointer<RawListPageJob> m_next;
    QPointer<RawListPageJob> m_ahead; // the page after m_next, asked for on a guess
    ApiRequest m_aheadRequest;
    int m_writesQueued = 0;
    bool m_nextIsGuess = false; // m_next was asked for on a guess (a failure: asked again)
    bool m_guessing = true;
    TableWriter m_csv;
    QByteArray m_pageOut;
    int m_count = 0;
    bool m_stopped = false;
};

} // namespace infiniti::ctl
