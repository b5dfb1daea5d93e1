// How each ZIP library candidate reads an archive (docs/FORMATS.md): open it, then read every
// entry to its end in 64 KiB blocks, letting the library check its CRC; print "OK <entries>
// <bytes>" or the library's error, the time and the peak RSS. Built once per candidate by
// run.sh (-DCANDIDATE_OURS, _LIBZIP, _LIBZIP_LAX, _QUAZIP, _MINIZIP), never by the project's build.
#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QString>

#include <sys/resource.h>

#include <cstdio>
#include <string>

#if defined(CANDIDATE_OURS)
#include "formats/Zip.h"
#elif defined(CANDIDATE_LIBZIP) || defined(CANDIDATE_LIBZIP_LAX)
#include <zip.h>
#elif defined(CANDIDATE_QUAZIP)
#include <quazip.h>
#include <quazipfile.h>
#elif defined(CANDIDATE_MINIZIP)
#include <unzip.h>
#endif

namespace {
struct Result
{
    bool ok = false;
    long long entries = 0;
    long long bytes = 0;
    std::string error;
};

Result readAll(const char *path)
{
    Result r;
    static char block[64 * 1024];
#if defined(CANDIDATE_OURS)
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::ReadOnly))
        return {false, 0, 0, "cannot open"};
    const infiniti::Zip::Reader zip(&file);
    if (!zip.isValid())
        return {false, 0, 0, zip.error().toStdString()};
    for (const auto &e : zip.entries()) {
        QString error;
        if (!zip.stream(
                e,
                [&](const char *, qint64 n) {
                    r.bytes += n;
                    return true;
                },
                &error))
            return {false, r.entries, r.bytes, error.toStdString()};
        ++r.entries;
    }
#elif defined(CANDIDATE_LIBZIP) || defined(CANDIDATE_LIBZIP_LAX)
    int code = 0;
#if defined(CANDIDATE_LIBZIP)
    zip_t *z = zip_open(path, ZIP_RDONLY | ZIP_CHECKCONS,
                        &code); // local headers checked against the directory
#else
    zip_t *z = zip_open(path, ZIP_RDONLY, &code);
#endif
    if (!z) {
        zip_error_t e;
        zip_error_init_with_code(&e, code);
        r.error = zip_error_strerror(&e);
        zip_error_fini(&e);
        return r;
    }
    const zip_int64_t n = zip_get_num_entries(z, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_file_t *f = zip_fopen_index(z, zip_uint64_t(i), 0);
        if (!f) {
            r.error = std::string(zip_get_name(z, zip_uint64_t(i), 0)
                                      ? zip_get_name(z, zip_uint64_t(i), 0)
                                      : "?") +
                      ": " + zip_strerror(z);
            zip_discard(z);
            return r;
        }
        zip_int64_t got;
        while ((got = zip_fread(f, block, sizeof block)) > 0)
            r.bytes += got;
        if (got < 0) {
            r.error =
                std::string(zip_get_name(z, zip_uint64_t(i), 0)) + ": " + zip_file_strerror(f);
            zip_fclose(f);
            zip_discard(z);
            return r;
        }
        const int closed = zip_fclose(f);
        if (closed != 0) {
            zip_error_t e;
            zip_error_init_with_code(&e, closed);
            r.error =
                std::string(zip_get_name(z, zip_uint64_t(i), 0)) + ": " + zip_error_strerror(&e);
            zip_discard(z);
            return r;
        }
        ++r.entries;
    }
    zip_discard(z);
#elif defined(CANDIDATE_QUAZIP)
    QuaZip zip(QString::fromLocal8Bit(path));
    if (!zip.open(QuaZip::mdUnzip))
        return {false, 0, 0, "open failed, code " + std::to_string(zip.getZipError())};
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::ReadOnly))
            return {false, r.entries, r.bytes,
                    zip.getCurrentFileName().toStdString() + ": open failed, code " +
                        std::to_string(f.getZipError())};
        qint64 got;
        while ((got = f.read(block, sizeof block)) > 0)
            r.bytes += got;
        f.close();
        if (got < 0 || f.getZipError() != 0)
            return {false, r.entries, r.bytes,
                    zip.getCurrentFileName().toStdString() + ": read failed, code " +
                        std::to_string(f.getZipError())};
        ++r.entries;
    }
    if (zip.getZipError() != 0)
        return {false, r.entries, r.bytes, "directory: code " + std::to_string(zip.getZipError())};
#elif defined(CANDIDATE_MINIZIP)
    unzFile z = unzOpen64(path);
    if (!z)
        return {false, 0, 0, "unzOpen64 failed"};
    int rc = unzGoToFirstFile(z);
    while (rc == UNZ_OK) {
        char name[1024];
        unz_file_info64 info;
        unzGetCurrentFileInfo64(z, &info, name, sizeof name, nullptr, 0, nullptr, 0);
        if ((rc = unzOpenCurrentFile(z)) != UNZ_OK)
            return {false, r.entries, r.bytes,
                    std::string(name) + ": open, code " + std::to_string(rc)};
        int got;
        while ((got = unzReadCurrentFile(z, block, sizeof block)) > 0)
            r.bytes += got;
        const int closed = unzCloseCurrentFile(z);
        if (got < 0 || closed != UNZ_OK)
            return {false, r.entries, r.bytes,
                    std::string(name) + ": read " + std::to_string(got) + ", close " +
                        std::to_string(closed)};
        ++r.entries;
        rc = unzGoToNextFile(z);
    }
    unzClose(z);
    if (rc != UNZ_END_OF_LIST_OF_FILE)
        return {false, r.entries, r.bytes, "directory: code " + std::to_string(rc)};
#endif
    r.ok = true;
    return r;
}
} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        QElapsedTimer t;
        t.start();
        const Result r = readAll(argv[i]);
        rusage u{};
        getrusage(RUSAGE_SELF, &u);
        std::printf("%s\t%s\t%lld entries\t%lld bytes\t%lld ms\tpeak %ld KiB\t%s\n", argv[i],
                    r.ok ? "OK" : "REFUSED", r.entries, r.bytes, t.elapsed(), u.ru_maxrss,
                    r.error.c_str());
    }
    return 0;
}
