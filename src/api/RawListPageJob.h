#pragma once

#include "api/ApiJob.h"
#include "formats/JsonScan.h"

#include <QUrl>

namespace infiniti {

// One page of a list, checked (contract 9.1 envelopes, every item an object) but not built:
// its items are places in the answer's bytes (formats/JsonScan.h). For readers that pass
// items on rather than keep them — infiniti-ctl's lists print 300,000 users without a
// QJsonObject each. ListPageJob is the same page as QJsonObjects.
class RawListPageJob : public ApiJob
{
    Q_OBJECT
public:
    RawListPageJob(Session *session, ApiRequest request, QLatin1StringView envelopeName,
                   QObject *parent = nullptr);
    // Each item's members (or only its id) noted while the page is checked
    // (ListPage::itemMembers()), for a reader of their fields. Before start().
    void recordItemMembers(JsonScan::ItemMembers which) { m_itemMembers = which; }
    // The answer's bytes; the items' places refer to them.
    const QByteArray &bytes() const { return body(); }
    const JsonScan::ListPage &page() const { return m_page; }
    qsizetype count() const { return m_page.items.size(); }
    // The bytes of the page's list (for PageCursor's repeated-page check).
    QByteArrayView listBytes() const { return m_page.itemsArray.bytes(body()); }
    // Resolved against the request URL; empty when the server sent none.
    QUrl nextLink() const { return m_nextLink; }

protected:
    bool parse() override;

private:
    QLatin1StringView m_envelopeName;
    JsonScan::ItemMembers m_itemMembers = JsonScan::ItemMembers::NotRecorded;
    JsonScan::ListPage m_page;
    QUrl m_nextLink;
};

} // namespace infiniti
