#pragma once

#include "api/SecretStore.h"

#include <QHash>
#include <QTimer>

namespace infiniti::test {

// An in-memory SecretStore with the real one's asynchrony; `available = false` behaves like
// a machine without a keychain service.
class FakeSecretStore : public SecretStore
{
public:
    bool available = true;
    QHash<QString, QString> entries;
    int writes = 0;

    void read(const QString &key, QObject *context, Callback done) override
    {
        Result r;
        if (!available)
            r.status = Status::Unavailable;
        else if (!entries.contains(key))
            r.status = Status::NotFound;
        else
            r.secret = entries.value(key);
        later(context, std::move(done), r);
    }
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override
    {
        ++writes;
        Result r;
        if (available)
            entries.insert(key, secret);
        else
            r.status = Status::Unavailable;
        later(context, std::move(done), r);
    }
    void remove(const QString &key, QObject *context, Callback done) override
    {
        Result r;
        if (available)
            entries.remove(key);
        else
            r.status = Status::Unavailable;
        later(context, std::move(done), r);
    }

private:
    void later(QObject *context, Callback done, Result r)
    {
        QPointer<QObject> guard(context);
        QTimer::singleShot(1, this, [guard, done = std::move(done), r] {
            if (guard)
                done(r);
        });
    }
};

} // namespace infiniti::test
