// ZIP as other tools write it: .NET's way (data descriptors with 64-bit sizes, 0xFFFFFFFF in
// both headers, ZIP64 extra fields), Python's zipfile (forced ZIP64, streamed descriptors with
// 32- and 64-bit sizes), a ZIP64 end record, the vendor's real packages; damaged archives refused
// with their reason; our writer's ZIP64 past 65,535 entries and past 4 GiB (through a sparse
// in-memory device, so the test needs neither 4 GiB of memory nor of disk).
#include "formats/Zip.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QtEndian>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(INFINITI_FIXTURES_DIR) + u"/"_s + name;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// `size` zero bytes, read as a stream.
class Zeros : public QIODevice
{
public:
    explicit Zeros(qint64 size)
        : m_left(size)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = std::min(max, m_left);
        memset(data, 0, size_t(n));
        m_left -= n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_left;
};

// A file in memory that keeps only the blocks that are not all zero, like a sparse file: an
// archive of several GiB of zeros costs the size of its headers. Written sequentially, then read
// with random access.
class SparseFile : public QIODevice
{
public:
    SparseFile() { open(QIODevice::ReadWrite | QIODevice::Unbuffered); }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    qint64 kept() const
    {
        qint64 n = 0;
        for (const QByteArray &b : m_blocks)
            n += b.size();
        return n;
    }

protected:
    qint64 writeData(const char *data, qint64 len) override
    {
        const qint64 at = pos();
        static const QByteArray zero(256 * 1024, '\0'); // memcmp: fast even in this -O0 test
        bool allZero = true;
        for (qint64 at = 0; at < len && allZero; at += zero.size())
            allZero = memcmp(data + at, zero.constData(),
                             size_t(std::min<qint64>(zero.size(), len - at))) == 0;
        if (!allZero)
            m_blocks.insert(at, QByteArray(data, qsizetype(len)));
        m_size = std::max(m_size, at + len);
        return len;
    }
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 at = pos();
        const qint64 n = std::clamp<qint64>(m_size - at, 0, max);
        memset(data, 0, size_t(n));
        // Blocks that start before `at + n` and end after `at`.
        for (auto it = m_blocks.upperBound(at + n - 1); it != m_blocks.begin();) {
            --it;
            const qint64 start = it.key(), end = start + it.value().size();
            if (end <= at)
                break;
            const qint64 from = std::max(start, at), to = std::min(end, at + n);
            memcpy(data + (from - at), it.value().constData() + (from - start), size_t(to - from));
        }
        return n;
    }

private:
    QMap<qint64, QByteArray> m_blocks;
    qint64 m_size = 0;
};

} // namespace

class ZipTest : public QObject
{
    Q_OBJECT

private slots:
    void archivesOfOtherToolsAreRead_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("descriptors");
        QTest::addColumn<bool>("zip64");
        QTest::newRow(".NET") << u"zip/dotnet-style.ixpkg"_s << true << true;
        QTest::newRow(".NET with a ZIP64 end record")
            << u"zip/dotnet-style-zip64-end.ixpkg"_s << true << true;
        QTest::newRow("Python, forced ZIP64") << u"zip/python-zip64.ixpkg"_s << false << false;
        QTest::newRow("Python, streamed") << u"zip/python-streamed.ixpkg"_s << true << false;
    }

    void archivesOfOtherToolsAreRead()
    {
        QFETCH(QString, file);
        QFETCH(bool, descriptors);
        QFETCH(bool, zip64);
        const QByteArray bytes = bytesOf(fixture(file));
        QVERIFY(!bytes.isEmpty());
        const Zip::Reader zip(bytes);
        QVERIFY2(zip.isValid(), qPrintable(zip.error()));
        QCOMPARE(zip.entries().size(), 7);
        for (const Zip::Entry &e : zip.entries()) {
            QCOMPARE(bool(e.flags & 0x0008), descriptors);
            QCOMPARE(e.zip64, zip64);
            QCOMPARE(e.method, quint16(8));
            QString error;
            QVERIFY2(zip.verify(e, &error), qPrintable(error));
        }
        QString error;
        const auto list = zip.read(u"projects.xml"_s, &error);
        QVERIFY2(list, qPrintable(error));
        QVERIFY(list->startsWith("\xEF\xBB\xBF<Projects>\r\n"));
        QVERIFY(list->contains("Type=\"5\""));
        QCOMPARE(zip.find(u"projects.xml"_s)->size, list->size());
        const auto docx = zip.read(zip.entries().at(0), &error);
        QVERIFY(docx && docx->startsWith("PK\x03\x04"));
    }

    void allWritersGiveTheSameFiles()
    {
        // The same files in four layouts: entry for entry, byte for byte.
        const QByteArray reference = bytesOf(fixture(u"zip/dotnet-style.ixpkg"_s));
        const Zip::Reader a(reference);
        for (const QString &other : {u"zip/dotnet-style-zip64-end.ixpkg"_s,
                                     u"zip/python-zip64.ixpkg"_s, u"zip/python-streamed.ixpkg"_s}) {
            const QByteArray bytes = bytesOf(fixture(other));
            const Zip::Reader b(bytes);
            QCOMPARE(b.entries().size(), a.entries().size());
            for (const Zip::Entry &e : a.entries()) {
                QString error;
                QCOMPARE(b.read(e.name, &error), a.read(e, &error));
            }
        }
    }

    void theVendorsPackagesAreRead_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("entries");
        QTest::addColumn<qint64>("documentSize");
        QTest::newRow("Generate-AnswerLabels")
            << u"vendor-packages/Generate-AnswerLabels (NamedValuePairs).ixpkg"_s << 4
            << qint64(11733);
        QTest::newRow("DocuSign Baseline")
            << u"vendor-packages/DocuSign Baseline Project.ixpkg"_s << 4 << qint64(508192);
    }

    void theVendorsPackagesAreRead()
    {
        QFETCH(QString, file);
        QFETCH(int, entries);
        QFETCH(qint64, documentSize);
        // From the file itself, not a copy in memory.
        QFile f(fixture(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Zip::Reader zip(&f);
        QVERIFY2(zip.isValid(), qPrintable(zip.error()));
        QCOMPARE(zip.entries().size(), entries);
        QVERIFY(zip.entries().at(0).name.startsWith(u"Templates/"_s));
        QCOMPARE(zip.entries().at(0).size, documentSize); // the central directory says 0xFFFFFFFF
        QVERIFY(zip.entries().at(0).zip64);
        for (const Zip::Entry &e : zip.entries()) {
            QString error;
            QVERIFY2(zip.verify(e, &error), qPrintable(error));
        }
    }

    void damagedArchivesAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("says");
        QTest::newRow("truncated") << u"damaged-truncated.ixpkg"_s
                                   << u"damaged (no central directory: it may be cut short)"_s;
        QTest::newRow("bad CRC") << u"damaged-crc.ixpkg"_s
                                 << u"“projects.xml” is damaged (checksum)"_s;
        QTest::newRow("directory past the end")
            << u"damaged-directory-past-end.ixpkg"_s << u"points outside the file"_s;
        QTest::newRow("sizes disagree")
            << u"damaged-sizes-disagree.ixpkg"_s << u"the sizes of “projects.xml” disagree"_s;
        QTest::newRow("../ in a name")
            << u"damaged-dotdot.ixpkg"_s << u"“../../evil.xml”, which points outside the package"_s;
        QTest::newRow("zip bomb ratio") << u"damaged-bomb.ixpkg"_s << u"refused as a zip bomb"_s;
        QTest::newRow("overlapping entries") << u"damaged-overlap.ixpkg"_s << u"overlap"_s;
    }

    void aWholeArchiveIsToldFromItsEnds()
    {
        // What a download checks as it streams by (Zip::checkEnds): every whole archive here
        // (other tools', ZIP64 ones, the vendor's packages) passes; the same cut short, an HTML
        // or JSON page, and nothing do not.
        const auto check = [](const QByteArray &bytes) {
            return Zip::checkEnds(
                QByteArrayView(bytes).first(qMin<qsizetype>(4, bytes.size())),
                QByteArrayView(bytes).last(qMin<qsizetype>(Zip::kEndsTail, bytes.size())),
                bytes.size());
        };
        QStringList files = QDir(fixture(u"zip"_s)).entryList({u"*.ixpkg"_s});
        files.removeIf([](const QString &f) { return f.startsWith(u"damaged-"_s); });
        QVERIFY(files.size() >= 4);
        for (QString &f : files)
            f.prepend(u"zip/"_s);
        files << u"vendor-packages/Generate-AnswerLabels (NamedValuePairs).ixpkg"_s
              << u"vendor-packages/DocuSign Baseline Project.ixpkg"_s;
        for (const QString &file : std::as_const(files)) {
            const QByteArray bytes = bytesOf(fixture(file));
            QVERIFY2(!bytes.isEmpty(), qPrintable(file));
            QVERIFY2(check(bytes).isEmpty(), qPrintable(file + u": "_s + check(bytes)));
            for (const qsizetype cut : {qsizetype(1), qsizetype(22), bytes.size() / 2})
                QVERIFY2(!check(bytes.first(bytes.size() - cut)).isEmpty(),
                         qPrintable(file + u" cut by "_s + QString::number(cut)));
            QVERIFY2(!check(bytes + "x").isEmpty(), qPrintable(file)); // something after it
        }
        QBuffer empty;
        QVERIFY(empty.open(QIODevice::WriteOnly));
        Zip::Writer(&empty).finish();
        QVERIFY2(check(empty.data()).isEmpty(), qPrintable(check(empty.data())));
        QVERIFY(!check("<html><body>Sign in</body></html>").isEmpty());
        QVERIFY(!check("{\"message\":\"An error has occurred.\"}").isEmpty());
        QVERIFY(!check({}).isEmpty());
    }

    void damagedArchivesAreRefusedWithTheReason()
    {
        QFETCH(QString, file);
        QFETCH(QString, says);
        const QByteArray bytes = bytesOf(fixture(u"zip/"_s + file));
        QVERIFY(!bytes.isEmpty());
        const Zip::Reader zip(bytes);
        QString error = zip.error();
        for (const Zip::Entry &e : zip.entries()) {
            if (!zip.verify(e, &error))
                break;
        }
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void aBombIsReadWhenTheLimitsAllowIt()
    {
        const QByteArray bytes = bytesOf(fixture(u"zip/damaged-bomb.ixpkg"_s));
        Zip::Limits generous;
        generous.maxRatio = 2000;
        const Zip::Reader zip(bytes, generous);
        QVERIFY2(zip.isValid(), qPrintable(zip.error()));
        const Zip::Entry *bomb =
            zip.find(u"Templates/0c6f1a52-4d7e-4b8a-9f10-5a1c2e3d4b01/bomb.docx"_s);
        QVERIFY(bomb);
        QCOMPARE(bomb->size, qint64(64) << 20);
        // Streamed in blocks: the 64 MiB are never held at once.
        qint64 largest = 0, total = 0;
        QString error;
        QVERIFY2(zip.stream(
                     *bomb,
                     [&](const char *, qint64 n) {
                         largest = std::max(largest, n);
                         total += n;
                         return true;
                     },
                     &error),
                 qPrintable(error));
        QCOMPARE(total, qint64(64) << 20);
        QVERIFY(largest <= 256 * 1024);
        // Deflate cannot expand more than ~1032 times; no limit lets an entry claim more.
        QByteArray liar = bytes;
        const qsizetype dir = liar.lastIndexOf(QByteArray("PK\x01\x02", 4));
        const qsizetype extra =
            dir + 46 + qFromLittleEndian<quint16>(liar.constData() + dir + 28) + 4;
        qToLittleEndian<quint64>(quint64(1) << 40,
                                 liar.data() + extra); // the uncompressed size in the ZIP64 field
        generous.maxRatio = 1 << 30;
        QVERIFY(Zip::Reader(liar, generous).error().contains(u"zip bomb"_s));
    }

    void writerStreamsFromDevices()
    {
        QByteArray text;
        for (int i = 0; i < 20000; ++i)
            text += "line " + QByteArray::number(i) + '\n';
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        Zip::Writer w(&out);
        QBuffer deflated(&text), stored(&text);
        deflated.open(QIODevice::ReadOnly);
        stored.open(QIODevice::ReadOnly);
        QVERIFY(w.addStream(u"deflated.txt"_s, &deflated));
        QVERIFY(w.addStream(u"stored.txt"_s, &stored, false));
        Zeros pipe(1000);
        QVERIFY(w.addStream(u"pipe.bin"_s, &pipe, false));
        QVERIFY(w.add(u"small.txt"_s, QByteArray("small")));
        QVERIFY(w.finish().isEmpty());
        QVERIFY(w.ok());
        QCOMPARE(w.bytesWritten(), out.size());
        const Zip::Reader r(out.data());
        QVERIFY2(r.isValid(), qPrintable(r.error()));
        QString error;
        QCOMPARE(*r.read(u"deflated.txt"_s, &error), text);
        QCOMPARE(*r.read(u"stored.txt"_s, &error), text);
        QCOMPARE(*r.read(u"pipe.bin"_s, &error), QByteArray(1000, '\0'));
        // A deflated entry of nothing, as some writers leave it: no bytes at all.
        QByteArray empty = Zip::Writer().finish();
        {
            Zip::Writer e;
            e.add(u"nothing"_s, QByteArray());
            empty = e.finish();
        }
        qToLittleEndian<quint16>(8, empty.data() + 8); // method: deflate (local header)
        qToLittleEndian<quint16>(8, empty.data() + empty.indexOf(QByteArray("PK\x01\x02", 4)) + 10);
        const Zip::Reader nothing(empty);
        QVERIFY2(nothing.isValid(), qPrintable(nothing.error()));
        QCOMPARE(*nothing.read(u"nothing"_s, &error), QByteArray());
        QCOMPARE(r.find(u"deflated.txt"_s)->flags & 0x0008, 0x0008); // a data descriptor follows it
        QCOMPARE(r.find(u"stored.txt"_s)->flags & 0x0008, 0);        // a file: CRC first
        QVERIFY(r.find(u"deflated.txt"_s)->compressedSize < text.size() / 3);
        // A pipe's size is unknown: ZIP64 to be safe (its local header has the ZIP64 field).
        QCOMPARE(qFromLittleEndian<quint16>(out.data().constData() +
                                            r.find(u"pipe.bin"_s)->localHeaderOffset + 28),
                 quint16(20));
    }

    void writerUsesZip64PastAnEntryCountOf65535()
    {
        const int count = 70000;
        Zip::Writer w;
        for (int i = 0; i < count; ++i)
            w.add(u"e/%1"_s.arg(i), QByteArray::number(i));
        const QByteArray archive = w.finish();
        QVERIFY(archive.contains(QByteArray("PK\x06\x06", 4))); // the ZIP64 end record
        QCOMPARE(qFromLittleEndian<quint16>(archive.constData() + archive.size() - 12),
                 quint16(0xFFFF));
        const Zip::Reader r(archive);
        QVERIFY2(r.isValid(), qPrintable(r.error()));
        QCOMPARE(r.entries().size(), count);
        QString error;
        QCOMPARE(*r.read(u"e/69999"_s, &error), QByteArray("69999"));
    }

    void writerUsesZip64PastFourGiB()
    {
        // 4 GiB + 1 MiB of zeros, then a small entry that starts past 4 GiB: ZIP64 sizes in the
        // descriptor and the directory, a ZIP64 offset, the ZIP64 end records.
        const qint64 big = (qint64(4) << 30) + (1 << 20);
        SparseFile file;
        QElapsedTimer timer;
        timer.start();
        Zip::Writer w(&file);
        Zeros zeros(big);
        QVERIFY(w.addStream(u"big.bin"_s, &zeros, false));
        QVERIFY(w.add(u"after.txt"_s, QByteArray("after the first 4 GiB")));
        w.finish();
        QVERIFY2(w.ok(), qPrintable(w.error()));
        const qint64 written = timer.restart();
        QVERIFY(file.size() > big);
        QVERIFY(file.kept() < 4096); // only headers were kept
        const Zip::Reader r(&file);
        QVERIFY2(r.isValid(), qPrintable(r.error()));
        QCOMPARE(r.entries().size(), 2);
        QCOMPARE(r.entries().at(0).size, big);
        QVERIFY(r.entries().at(0).zip64);
        QVERIFY(r.entries().at(1).localHeaderOffset > big);
        QString error;
        QCOMPARE(*r.read(u"after.txt"_s, &error), QByteArray("after the first 4 GiB"));
        QVERIFY2(r.verify(r.entries().at(0), &error),
                 qPrintable(error)); // 4 GiB through the CRC, in blocks
        qInfo("4 GiB + 1 MiB entry: written in %lld ms, verified in %lld ms", written,
              timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(ZipTest)
#include "tst_zip.moc"
