#include "cli/commands/resources/ResourceList.h"

#include "api/ListPageJob.h"
#include "api/Session.h"
#include "api/endpoints/CrudRequests.h"
#include "cli/commands/resources/CtlResource.h"
#include "cli/core/JsonCasing.h"
#include "cli/core/OutputStream.h"

#include <QJsonDocument>

namespace infiniti::ctl {

namespace {
constexpr int kListPageSize = 500;
}

ResourceList::ResourceList(const CommandContext &context, const CtlResource &resource)
    : Command(context)
    , m_resource(resource)
    , m_csv(out(), options())
{
}

void ResourceList::run()
{
    const ApiRequest first = m_resource.onModule(CrudRequests::list(
        m_resource.path(options().parentId), 0, kListPageSize, tr("list %1").arg(m_resource.singularText())));
    m_cursor = std::make_unique<PageCursor>(prepared(first), kListPageSize);
    if (options().format == Format::Json)
        out() << "[";
    else if (options().format == Format::Csv)
        m_csv.row(m_resource.csvColumns);
    fetchPage();
}

void ResourceList::fetchPage()
{
    auto *job = new ListPageJob(session(), m_cursor->current(), m_resource.envelope, this);
    send(job, [this](ListPageJob *job) {
        if (!job->succeeded()) {
            closeJsonArray();
            fail(job->error());
            return;
        }
        for (const auto &v : job->items()) {
            const QJsonObject o = v.toObject();
            switch (options().format) {
            case Format::Json:
                out() << (m_count == 0 ? "\n" : ",\n") << QString::fromUtf8(QJsonDocument(camelCased(o).toObject()).toJson(QJsonDocument::Compact));
                break;
            case Format::Csv:
                m_csv.row(m_resource.csvRow(o));
                break;
            case Format::Text:
                out() << m_resource.textLine(o) << '\n';
                break;
            }
            ++m_count;
        }
        if (!outputWorks()) {
            finish(Failure); // why: said once, when the program exits
            return;
        }
        m_cursor->advance(int(job->items().size()), job->nextLink(), session()->profile());
        if (!m_cursor->atEnd()) {
            fetchPage();
            return;
        }
        closeJsonArray();
        if (options().format == Format::Text)
            err() << m_resource.countOf(m_count) << '\n';
        finish(Ok);
    });
}

void ResourceList::closeJsonArray()
{
    if (options().format == Format::Json)
        out() << (m_count == 0 ? "]\n" : "\n]\n");
}

} // namespace infiniti::ctl
