#pragma once

#include "api/SecretStore.h"

namespace infiniti {

// SecretStore over QtKeychain (Secret Service on Linux, Keychain on macOS, Credential Manager on
// Windows). No insecure fallback: when the keychain is unusable the secret is simply not kept.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("infiniti-admin"),
                                 QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

private:
    QString m_service;
};

} // namespace infiniti
