#pragma once

#include "api/DownloadJob.h"
#include "RunJob.h"

#include <QFile>
#include <QTest>

namespace infiniti::test {

// One request, run to its end: the path may carry a query ("projects?$top=5"); the job keeps
// the raw answer (body, headers) and parents to `parent`.
inline DownloadJob *sendRequest(Session *session, QByteArray method, const QByteArray &path,
                                QByteArray body, QObject *parent,
                                ApiModule module = ApiModule::Admin)
{
    ApiRequest r;
    r.method = std::move(method);
    r.module = module;
    const qsizetype q = path.indexOf('?');
    r.encodedPath = q < 0 ? path : path.left(q);
    if (q >= 0) {
        for (const QByteArray &kv : path.mid(q + 1).split('&'))
            r.query.append({QString::fromUtf8(kv.left(kv.indexOf('='))),
                            QString::fromUtf8(kv.mid(kv.indexOf('=') + 1))});
    }
    r.body = std::move(body);
    if (!r.body.isEmpty())
        r.contentType = "application/json";
    auto *job = new DownloadJob(session, r, parent);
    runJob(job);
    return job;
}

inline QByteArray exampleBody(const QString &name)
{
    QFile f(QStringLiteral(INFINITI_EXAMPLES_DIR "/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace infiniti::test
