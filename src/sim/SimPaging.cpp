#include "sim/SimPaging.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace infiniti::sim {

namespace {
// A whole number of at least `minimum` (digits only; surrounding spaces are tolerated); one too
// large for an int is `cap`: a page past the end is empty, a page larger than 1000 is 1000.
bool readCount(const QString &text, int minimum, int cap, int *out)
{
    const QString digits = text.trimmed();
    if (digits.isEmpty() || !std::all_of(digits.begin(), digits.end(),
                                         [](QChar c) { return c.isDigit() && c.unicode() < 0x80; }))
        return false;
    bool ok = false;
    const qlonglong v = digits.toLongLong(&ok);
    *out = ok ? int(qMin<qlonglong>(v, cap)) : cap;
    return *out >= minimum;
}
} // namespace

std::optional<SimResponse> pageRange(const SimRequest &request, int total, PageRange *range)
{
    const QString skipText = request.queryValue(u"$skip"_s);
    const QString topText = request.queryValue(u"$top"_s);
    int skip = 0;
    int top = total;
    if (!skipText.isEmpty() && !readCount(skipText, 0, std::numeric_limits<int>::max(), &skip))
        return SimResponse::error(400, u"$skip must be a whole number of at least 0."_s,
                                  {{u"$skip"_s, {u"Invalid value."_s}}});
    bool paged = !topText.isEmpty();
    if (paged) {
        if (!readCount(topText, 1, 1000, &top))
            return SimResponse::error(400, u"$top must be a whole number from 1 to 1000."_s,
                                      {{u"$top"_s, {u"Invalid value."_s}}});
        top = qMin(top, 1000);
    }
    // The strict profile pages whenever it is asked to ($skip alone too), never more than its
    // cap, whatever $top says; the next link asks for the same $top again.
    int requestedTop = top;
    if (request.strict && (paged || !skipText.isEmpty())) {
        if (!paged)
            requestedTop = request.pageCap;
        paged = true;
        top = qMin(top, request.pageCap);
    }
    range->begin = qMin(skip, total);
    range->end = int(qMin<qint64>(qint64(skip) + top, total));
    range->nextLink.clear();
    if (paged && range->end < total) {
        QUrlQuery next;
        const auto all = request.query.queryItems(QUrl::FullyEncoded);
        for (const auto &[k, v] : all) {
            if (k.compare("$skip"_L1, Qt::CaseInsensitive) != 0 &&
                k.compare("$top"_L1, Qt::CaseInsensitive) != 0)
                next.addQueryItem(k, v);
        }
        next.addQueryItem(u"$skip"_s, QString::number(range->end));
        next.addQueryItem(u"$top"_s, QString::number(requestedTop));
        range->nextLink = request.absoluteUrl(request.segments.join(QLatin1Char('/'))) +
                          QLatin1Char('?') + next.query(QUrl::FullyEncoded);
    }
    return std::nullopt;
}

SimResponse pagedList(const SimRequest &request, const QString &envelope, int total,
                      const std::function<QJsonObject(int)> &itemAt)
{
    PageRange range;
    if (auto bad = pageRange(request, total, &range))
        return *bad;
    QJsonArray items;
    for (int i = range.begin; i < range.end; ++i)
        items.append(itemAt(i));
    QJsonObject o{{envelope, items}};
    if (!range.nextLink.isEmpty())
        o.insert("@nextLink"_L1, range.nextLink);
    return SimResponse::json(200, o);
}

} // namespace infiniti::sim
