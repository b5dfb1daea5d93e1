#include "api/PageCursor.h"

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

void PageCursor::advance(int received, const QUrl &nextLink, const Profile &profile)
{
    m_skip += received;
    if (received <= 0 || received < m_pageSize || nextLink.isEmpty()) {
        m_atEnd = true;
        return;
    }
    if (profile.isOwnOrigin(nextLink)) {
        m_current.absoluteUrl = nextLink;
    } else {
        m_current.absoluteUrl.clear();
        setQuery(m_current, u"$skip"_s, QString::number(m_skip));
    }
}

} // namespace infiniti
