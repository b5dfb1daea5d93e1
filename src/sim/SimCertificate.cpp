#include "sim/SimCertificate.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace infiniti::sim {

namespace {
template <typename T, void (*Free)(T *)>
using Owned = std::unique_ptr<T, decltype([](T *p) { Free(p); })>;

QByteArray pem(auto write)
{
    Owned<BIO, BIO_free_all> bio(BIO_new(BIO_s_mem()));
    if (!bio || !write(bio.get()))
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}
} // namespace

SimCertificate SimCertificate::generate(QString *error)
{
    Owned<EVP_PKEY, EVP_PKEY_free> pkey(EVP_RSA_gen(2048));
    Owned<X509, X509_free> x509(X509_new());
    if (!pkey || !x509) {
        *error = u"OpenSSL could not make a key"_s;
        return SimCertificate();
    }
    X509_set_version(x509.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x509.get()),
                     long(QDateTime::currentSecsSinceEpoch() & 0x7fffffff));
    X509_gmtime_adj(X509_getm_notBefore(x509.get()), -60);
    X509_gmtime_adj(X509_getm_notAfter(x509.get()), 365L * 24 * 3600);
    X509_set_pubkey(x509.get(), pkey.get());
    X509_NAME *name = X509_get_subject_name(x509.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("infiniti-sim"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("127.0.0.1"), -1, -1, 0);
    X509_set_issuer_name(x509.get(), name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, x509.get(), x509.get(), nullptr, nullptr, 0);
    Owned<X509_EXTENSION, X509_EXTENSION_free> san(X509V3_EXT_conf_nid(
        nullptr, &ctx, NID_subject_alt_name, "IP:127.0.0.1,IP:::1,DNS:localhost"));
    if (san)
        X509_add_ext(x509.get(), san.get(), -1);
    if (!X509_sign(x509.get(), pkey.get(), EVP_sha256())) {
        *error = u"OpenSSL could not sign the certificate"_s;
        return SimCertificate();
    }
    SimCertificate out;
    out.certificate =
        QSslCertificate(pem([&](BIO *b) { return PEM_write_bio_X509(b, x509.get()); }));
    out.key = QSslKey(pem([&](BIO *b) {
                          return PEM_write_bio_PrivateKey(b, pkey.get(), nullptr, nullptr, 0,
                                                          nullptr, nullptr);
                      }),
                      QSsl::Rsa);
    if (out.certificate.isNull() || out.key.isNull())
        *error = u"the generated certificate could not be read back"_s;
    return out;
}

} // namespace infiniti::sim
