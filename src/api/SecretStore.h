#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace infiniti {

// Where secrets (remembered tokens) live: the OS keychain in the product, a fake in tests.
// Every operation is asynchronous: the callback runs later on the caller's thread, and not at
// all when `context` is gone. Nothing else in the program stores a secret.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound,    // no such entry (a locked keyring also reads as this)
        Unavailable, // no keychain service, locked or refused: the secret cannot be kept
        Failed,      // anything else; message() says what
    };
    struct Result
    {
        Status status = Status::Ok;
        QString secret;
        QString message;
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context,
                       Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;
};

} // namespace infiniti
