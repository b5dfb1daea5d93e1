#include "cli/commands/resources/ResourceList.h"

#include "api/endpoints/CrudRequests.h"
#include "api/RawListPageJob.h"
#include "api/Session.h"
#include "cli/commands/resources/CtlResource.h"
#include "cli/core/JsonCasing.h"
#include "cli/core/OutputStream.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace infiniti::ctl {

namespace {
constexpr int kListPageSize = 500;

// Whether compact JSON may hold a key that starts with a capital (a key follows `{` or `,`
// outside strings; a string in an array may look like one too, which only costs a rewrite).
bool mayHaveCapitalKey(QByteArrayView compact)
{
    for (qsizetype i = 1; i + 1 < compact.size(); ++i) {
        if (compact[i] == '"' && (compact[i - 1] == '{' || compact[i - 1] == ',') &&
            compact[i + 1] >= 'A' && compact[i + 1] <= 'Z')
            return true;
    }
    return false;
}
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
}

void ResourceList::run()
{
    const ApiRequest first = m_resource.onModule(
        CrudRequests::list(m_resource.path(options().parentId), 0, kListPageSize,
                           tr("list %1").arg(m_resource.singularText())));
    m_cursor = std::make_unique<PageCursor>(prepared(first), kListPageSize);
    if (options().format == Format::Json)
        out() << "[";
    else if (options().format == Format::Csv)
        m_csv.row(m_resource.csvColumns);
    fetchPage();
}

void ResourceList::fetchPage()
{
    m_next = new RawListPageJob(session(), m_cursor->current(), m_resource.envelope, this);
    send(m_next.get(), [this](RawListPageJob *job) { onPage(job); });
}

void ResourceList::onPage(RawListPageJob *job)
{
    if (m_stopped)
        return;
    if (!job->succeeded()) {
        // Pages before this one are written (a queued write runs before this answer is seen);
        // the list is not complete, so no count and the failure's exit code.
        m_stopped = true;
        closeJsonArray();
        fail(job->error());
        return;
    }
    m_cursor->advance(job->listBytes(), int(job->count()), job->nextLink(), session()->profile());
    if (m_cursor->failed()) {
        m_stopped = true; // this page repeats one already written, or leads back to one
        closeJsonArray();
        fail(m_cursor->error());
        return;
    }
    Page page{job->bytes(), job->page().items, m_cursor->atEnd()};
    // The next request is queued first (ApiJob::start() sends from the event loop), the write
    // of this page after it: the request is on its way while this page is written.
    if (!page.last)
        fetchPage();
    QMetaObject::invokeMethod(
        this, [this, page = std::move(page)] { writePage(page); }, Qt::QueuedConnection);
}

void ResourceList::writePage(const Page &page)
{
    if (m_stopped)
        return;
    const QByteArrayView json = page.bytes;
    QByteArray lines; // text: the page's lines, written at once
    for (const JsonScan::Value &item : page.items) {
        switch (options().format) {
        case Format::Json:
            out() << (m_count == 0 ? "\n" : ",\n");
            // The server's own bytes where they already are the compact, camelCase form; else
            // the item rewritten so (docs: infiniti-ctl writes camelCase whatever the server's).
            if (item.compact && !mayHaveCapitalKey(item.bytes(json)))
                out().write(item.bytes(json));
            else
                out().write(QJsonDocument(camelCased(JsonScan::toJsonValue(json, item)).toObject())
                                .toJson(QJsonDocument::Compact));
            break;
        case Format::Csv:
            m_csv.row(m_resource.csvRow(json, item));
            break;
        case Format::Text:
            m_resource.appendTextLine(lines, json, item);
            break;
        }
        ++m_count;
    }
    out().write(lines);
    if (!outputWorks()) {
        m_stopped = true;
        delete m_next;
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
