#pragma once

#include "api/ApiJob.h"

#include <QJsonArray>

#include <functional>

namespace infiniti {

// One page of a list: items from the envelope (contract 9.1 tolerance) and the @nextLink.
// A list is usually wanted whole: Session::readAll() (ListAllJob) walks every page.
class ListPageJob : public ApiJob
{
    Q_OBJECT
public:
    // What a caller keeps of each item, made on the worker thread that reads the page (a model's
    // compact row). It may read only its argument and what it captured by value.
    using RowDigest = std::function<QByteArray(const QJsonObject &item)>;

    ListPageJob(Session *session, ApiRequest request, QLatin1StringView envelopeName,
                QObject *parent = nullptr);
    // Every item is an object: an answer that is not a list of objects fails the job.
    const QJsonArray &items() const { return m_items; }
    const QJsonArray &result() const { return m_items; }
    // The `name` of each item (groups, roles… for pick lists and checks).
    QStringList names() const;
    // Resolved against the request URL; empty when the server sent none.
    QUrl nextLink() const { return m_nextLink; }

    // Reads the answer on a worker thread (long pages: the GUI thread stays free); finished()
    // still comes on this thread. Set before the job starts.
    void setParseInBackground(bool background) { m_background = background; }
    // Each item digested on the worker too (implies setParseInBackground(true)): rows() holds
    // one entry per item, in the page's order, and items() stays empty.
    void setRowDigest(RowDigest digest) { m_digest = std::move(digest); }
    const QList<QByteArray> &rows() const { return m_rows; }
    // The page's items, whether kept as items() or as rows().
    qsizetype count() const { return m_digest ? m_rows.size() : m_items.size(); }

protected:
    bool parse() override;
    std::function<ParseCompletion()> parseInBackground() override;

private:
    // What reading a page finds; made without the job (on a worker thread, or here).
    struct Reading
    {
        bool isList = false;
        QString problem;
        QJsonArray items;
        QList<QByteArray> rows;
        bool linkIsText = true; // @nextLink absent, null or a string
        QString link;
    };
    static Reading read(const QByteArray &body, QLatin1StringView envelope,
                        const RowDigest &digest);
    bool take(Reading reading);

    QLatin1StringView m_envelopeName;
    QJsonArray m_items;
    QList<QByteArray> m_rows;
    QUrl m_nextLink;
    bool m_background = false;
    RowDigest m_digest;
};

} // namespace infiniti
