#include "api/KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

namespace infiniti {

namespace {

SecretStore::Status statusFor(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::OtherError: // what a missing Secret Service usually reports
        return SecretStore::Status::Unavailable;
    default:
        return SecretStore::Status::Failed;
    }
}

void wire(QKeychain::Job *job, QObject *context, SecretStore::Callback done, bool isRead)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [guard, done = std::move(done), isRead](QKeychain::Job *j) {
                         if (!guard)
                             return;
                         SecretStore::Result r;
                         r.status = statusFor(j->error());
                         r.message = j->errorString();
                         if (isRead && r.ok())
                             r.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
                         done(r);
                     });
    job->start(); // QtKeychain works asynchronously (D-Bus on Linux)
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{
}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    wire(job, context, std::move(done), true);
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(secret);
    wire(job, context, std::move(done), false);
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    wire(job, context, std::move(done), false);
}

} // namespace infiniti
