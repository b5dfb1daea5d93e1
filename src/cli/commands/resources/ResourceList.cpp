#include "cli/commands/resources/ResourceList.h"

#include "api/endpoints/CrudRequests.h"
#include "api/RawListPageJob.h"
#include "api/Session.h"
#include "cli/commands/resources/CtlResource.h"
#include "cli/core/JsonCasing.h"
#include "cli/core/OutputStream.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

namespace {
constexpr int kListPageSize = 500;
} // namespace

ResourceList::ResourceList(const CommandContext &context, const CtlResource &resource)
    : Command(context)
    , m_resource(resource)
    , m_csv(out(), options())
{
}

ResourceList::~ResourceList()
{
    delete m_next; // aborts a page still on its way, without a word
    delete m_ahead;
}

void ResourceList::run()
{
    const ApiRequest first = m_resource.onModule(
        CrudRequests::list(m_resource.path(options().parentId), 0, kListPageSize,
                           //: "Could not read the user list: …"; %1 is singular ("user")
                           tr("read the %1 list").arg(m_resource.singularText())));
    m_cursor = std::make_unique<PageCursor>(first, kListPageSize);
    if (options().format == Format::Json)
        out() << "[";
    else if (options().format == Format::Csv)
        m_csv.row(m_resource.csvColumns);
    fetchPage();
}

RawListPageJob *ResourceList::startPage(const ApiRequest &request)
{
    auto *job = new RawListPageJob(session(), request, m_resource.envelope, this);
    // Each item's id (noteIds()), and the columns of text and CSV.
    job->recordItemMembers(options().format == Format::Json ? JsonScan::ItemMembers::OnlyId
                                                            : JsonScan::ItemMembers::Recorded);
    job->setAutoDelete(false); // an answer that comes before it is wanted waits (onPage deletes)
    send(job, [this](RawListPageJob *finished) {
        if (finished == m_next)
            readNextIfAnswered(); // (the guess's answer waits until it is m_next)
    });
    return job;
}

void ResourceList::fetchPage()
{
    const ApiRequest request = m_cursor->current();
    if (m_ahead && PageCursor::sameRequest(m_aheadRequest, request)) {
        // Asked for already, on the guess: the server's link leads where the guess did.
        m_next = m_ahead;
        m_ahead = nullptr;
        m_nextIsGuess = true; // answered or not: read once this page is written
    } else {
        if (m_ahead)
            m_guessing = false; // the server's links go elsewhere: no more guesses
        dropAhead();
        m_next = startPage(request);
        m_nextIsGuess = false;
    }
    // The page after, on a guess, so that the server works on it while this one comes back and
    // is read (the link to it is in this one); its answer counts only if the link agrees.
    if (const auto guess = m_guessing ? m_cursor->guessNext() : std::nullopt) {
        m_aheadRequest = *guess;
        m_ahead = startPage(*guess);
    }
}

void ResourceList::dropAhead()
{
    delete m_ahead; // aborted without a word, or its answer thrown away
}

void ResourceList::readNextIfAnswered()
{
    // A page is read only once every page before it is written: its failure must never keep
    // them from being written (with a guess taken, its answer can come before they are).
    if (m_writesQueued > 0 || !m_next || m_next->isRunning())
        return;
    RawListPageJob *job = m_next; // read once: what is asked next becomes m_next
    m_next = nullptr;
    onPage(job);
}

void ResourceList::onPage(RawListPageJob *job)
{
    job->deleteLater(); // its bytes go on in the page (shared), not in the job
    if (m_stopped)
        return;
    if (!job->succeeded() && m_nextIsGuess) {
        // Asked for early, on a guess: its failure decides nothing (a server may refuse what
        // comes before its turn). Asked again, in turn, without guesses from here on.
        m_guessing = false;
        m_nextIsGuess = false;
        dropAhead();
        m_next = startPage(m_cursor->current());
        return;
    }
    if (!job->succeeded()) {
        dropAhead();
        // Pages before this one are written (readNextIfAnswered()); the list is not complete,
        // so no count, the failure's exit code, and --json's array left open: a JSON reader
        // at the other end of a pipe fails too, instead of taking a part for the whole.
        m_stopped = true;
        fail(job->error());
        return;
    }
    m_cursor->advance(job->listBytes(), int(job->count()), job->nextLink(), session()->profile());
    noteIds(*job);
    if (m_cursor->failed()) {
        dropAhead();
        // This page repeats one already written, leads back to one, or lists an item again
        // (the array left open, as above).
        m_stopped = true;
        fail(m_cursor->error());
        return;
    }
    Page page{job->bytes(), job->page(), m_cursor->atEnd()};
    // The next request is queued first (ApiJob::start() sends from the event loop), the write
    // of this page after it: the request is on its way while this page is written.
    if (!page.last)
        fetchPage();
    else
        dropAhead(); // a guess past the end
    ++m_writesQueued;
    QMetaObject::invokeMethod(
        this,
        [this, page = std::move(page)] {
            writePage(page);
            --m_writesQueued;
            readNextIfAnswered();
        },
        Qt::QueuedConnection);
}

void ResourceList::noteIds(const RawListPageJob &job)
{
    const QByteArrayView json = job.bytes();
    const JsonScan::ListPage &list = job.page();
    QVarLengthArray<JsonScan::Value, 512> ids;
    QVarLengthArray<QByteArrayView, 512> bytes;
    for (const JsonScan::Value &item : list.items) {
        const JsonScan::Value id = JsonScan::find(json, list.itemMembers(item), "id"_L1);
        const bool none = id.isMissing() || id.type == JsonScan::Type::Null;
        ids.append(id);
        bytes.append(none ? QByteArrayView() : id.bytes(json));
    }
    m_cursor->noteIds(bytes, [&](qsizetype i) {
        const JsonScan::Value &id = ids[i];
        return id.type == JsonScan::Type::String ? JsonScan::string(json, id)
                                                 : QString::fromUtf8(bytes[i]);
    });
}

void ResourceList::writePage(const Page &page)
{
    if (m_stopped)
        return;
    const QByteArrayView json = page.bytes;
    // The page's output, written at once (into one buffer kept from page to page).
    QByteArray &lines = m_pageOut;
    lines.resize(0);
    for (const JsonScan::Value &item : page.list.items) {
        switch (options().format) {
        case Format::Json:
            lines.append(m_count == 0 ? "\n" : ",\n");
            // The server's own bytes where they already are the compact, camelCase form; else
            // the item rewritten so (docs: infiniti-ctl writes camelCase whatever the server's).
            // (A key is what counts: "groups":["Legal"] is copied as it is.)
            if (item.compact && item.lowerKeys)
                lines.append(item.bytes(json));
            else
                lines.append(QJsonDocument(camelCased(JsonScan::toJsonValue(json, item)).toObject())
                                 .toJson(QJsonDocument::Compact));
            break;
        case Format::Csv:
            m_resource.appendCsvRecord(lines, json, page.list.itemMembers(item), options().csv);
            break;
        case Format::Text:
            m_resource.appendTextLine(lines, json, page.list.itemMembers(item));
            break;
        }
        ++m_count;
    }
    out().write(lines);
    if (!outputWorks()) {
        m_stopped = true;
        delete m_next;
        dropAhead();
        finish(Failure); // why: said once, when the program exits
        return;
    }
    if (!page.last)
        return;
    closeJsonArray();
    if (options().format == Format::Text)
        err() << m_resource.countOf(m_count) << '\n';
    finish(Ok);
}

void ResourceList::closeJsonArray()
{
    if (options().format == Format::Json)
        out() << (m_count == 0 ? "]\n" : "\n]\n");
}

} // namespace infiniti::ctl
