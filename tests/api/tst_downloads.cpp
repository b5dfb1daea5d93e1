// Downloads streamed to disk (issue #15): a file answer goes to a temporary file next to its
// target as it arrives and is put in place only after success; a library item's file, which
// the contract sends as Base64 inside its JSON (`binary`), is decoded on the way
// (Base64MemberStream). Checked here: the decoder against QByteArray::fromBase64 whatever the
// pieces the answer arrives in; the saved file byte for byte; and that a cut-off answer, broken
// Base64, a cancel or a target that cannot be written fail loudly and leave no file.
#include "api/ApiJob.h"
#include "api/DownloadJob.h"
#include "api/endpoints/ClientEndpoints.h"
#include "api/endpoints/LibraryEndpoints.h"
#include "api/endpoints/ProjectsEndpoints.h"
#include "api/Session.h"
#include "formats/Base64MemberStream.h"
#include "RawHttpResponder.h"
#include "RawProfile.h"
#include "RunJob.h"
#include "StreamingResponder.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;
using test::profileFor;
using test::RawHttpResponder;
using test::StreamingResponder;

namespace downloads_test {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

// A library item as the contract's GET contentlibrary/{id} gives it, the file in `binary`.
QByteArray itemAnswer(const QByteArray &base64, const QByteArray &key = "binary")
{
    // (Not a raw string literal: moc misreads one that ends in a quote.)
    return "{\"id\":\"c1\",\"name\":\"Logo\",\"extension\":\".png\",\"size\":3,\"" + key + "\":\"" +
           base64 +
           "\",\"description\":\"a \\\"quoted\\\" text\",\"nested\":{\"binary\":\"not this "
           "one\"},\"tags\":[\"a\",\"b\"]}";
}

struct Decoded
{
    bool ok = false;
    QByteArray bytes;
    QJsonObject rest;
    QString problem;
};

// Feeds `answer` in pieces of `piece` bytes (0: at once).
Decoded decode(const QByteArray &answer, qsizetype piece = 0)
{
    Decoded d;
    Base64MemberStream stream("binary"_L1, [&d](QByteArrayView bytes) {
        d.bytes.append(bytes);
        return true;
    });
    bool fed = true;
    const qsizetype step = piece > 0 ? piece : qMax<qsizetype>(1, answer.size());
    for (qsizetype i = 0; fed && i < answer.size(); i += step)
        fed = stream.feed(QByteArrayView(answer).sliced(i, qMin(step, answer.size() - i)));
    d.ok = fed && stream.finish();
    d.rest = stream.rest();
    d.problem = stream.problem();
    return d;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace downloads_test

using namespace downloads_test;

class DownloadsTest : public QObject
{
    Q_OBJECT

private slots:
    void theMemberIsDecodedWhateverThePieces_data()
    {
        QTest::addColumn<qsizetype>("piece");
        QTest::newRow("at once") << qsizetype(0);
        QTest::newRow("byte by byte") << qsizetype(1);
        QTest::newRow("7 bytes") << qsizetype(7);
        QTest::newRow("64 KiB") << qsizetype(64 * 1024);
    }

    void theMemberIsDecodedWhateverThePieces()
    {
        QFETCH(qsizetype, piece);
        for (const qsizetype size : {0, 1, 2, 3, 4, 5, 100, 300001}) {
            const QByteArray file = randomBytes(size, quint32(size) + 1);
            for (const auto options :
                 {QByteArray::Base64Encoding | QByteArray::KeepTrailingEquals,
                  QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals}) {
                if (piece == 1 && size > 1000)
                    continue; // byte by byte: the small ones suffice
                const Decoded d = decode(itemAnswer(file.toBase64(options)), piece);
                QVERIFY2(d.ok, qPrintable(d.problem));
                QVERIFY2(d.bytes == file, qPrintable(u"size %1"_s.arg(size)));
                QCOMPARE(d.rest.value("binary"_L1).toString(), QString());
                QCOMPARE(d.rest.value("name"_L1).toString(), u"Logo"_s);
                QCOMPARE(d.rest.value("description"_L1).toString(), u"a \"quoted\" text"_s);
                QCOMPARE(d.rest.value("nested"_L1).toObject().value("binary"_L1).toString(),
                         u"not this one"_s);
            }
        }
    }

    void escapesLineBreaksAndCasingAreTaken()
    {
        const QByteArray file = randomBytes(200, 7);
        const QByteArray base64 = file.toBase64();
        // One character as a \u escape, '/' escaped as some JSON writers do, a MIME writer's
        // line breaks (escaped: JSON strings hold no raw ones), the key in another casing.
        QByteArray escaped = base64.left(10) + "\\u00" +
                             QByteArray::number(uchar(base64.at(10)), 16).rightJustified(2, '0') +
                             base64.mid(11);
        escaped.replace("/", "\\/");
        escaped = "\\r\\n" + escaped + "\\n";
        for (const qsizetype piece : {qsizetype(0), qsizetype(1), qsizetype(5)}) {
            const Decoded d = decode(itemAnswer(escaped, "Binary"), piece);
            QVERIFY2(d.ok, qPrintable(d.problem));
            QVERIFY(d.bytes == file);
        }
    }

    void brokenAnswersFail_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not Base64") << itemAnswer("QUJD*EVG") << u"not valid Base64"_s;
        QTest::newRow("base64url") << itemAnswer("QUJD-_") << u"not valid Base64"_s;
        QTest::newRow("a lone sextet at the end") << itemAnswer("QUJDR") << u"ends in the middle"_s;
        QTest::newRow("text after padding") << itemAnswer("QQ==QUJD") << u"not valid Base64"_s;
        QTest::newRow("padding too early") << itemAnswer("Q===") << u"misplaced"_s;
        QTest::newRow("an escaped quote") << itemAnswer("QU\\\"JD") << u"escaped character"_s;
        QTest::newRow("cut off in the file")
            << itemAnswer("QUJDQUJD").left(itemAnswer("QUJDQUJD").indexOf("QUJD") + 6)
            << u"middle of a string"_s;
        QTest::newRow("cut off after it") << itemAnswer("QUJD").chopped(1) << u"not JSON"_s;
        QTest::newRow("no file") << QByteArray(R"({"id":"c1","binary":null})") << u"no file"_s;
        QTest::newRow("only nested")
            << QByteArray(R"({"id":"c1","x":{"binary":"QUJD"}})") << u"no file"_s;
        QTest::newRow("twice") << QByteArray(R"({"binary":"QUJD","BINARY":"QUJD"})") << u"twice"_s;
        QTest::newRow("an array") << QByteArray(R"([{"binary":"QUJD"}])") << u"not a JSON object"_s;
        QTest::newRow("garbage after") << itemAnswer("QUJD") + "x" << u"not JSON"_s;
        QTest::newRow("empty") << QByteArray() << u"not JSON"_s;
    }

    void brokenAnswersFail()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, problem);
        for (const qsizetype piece : {qsizetype(0), qsizetype(1)}) {
            const Decoded d = decode(answer, piece);
            QVERIFY(!d.ok);
            QVERIFY2(d.problem.contains(problem), qPrintable(d.problem));
        }
    }

    void aLibraryFileIsDecodedIntoItsFile()
    {
        const QByteArray file = randomBytes(3 * 1024 * 1024 + 5, 3);
        const QByteArray answer = itemAnswer(file.toBase64());
        RawHttpResponder server([&answer](const RawHttpResponder::Request &) {
            return RawHttpResponder::answer(200, answer);
        });
        Session session(profileFor(server.origin()));
        session.setToken(u"tok"_s, u"admin"_s);
        Session::Limits limits;
        limits.maxAnswerBytes = 1024 * 1024; // far below the answer: it is not taken into memory
        session.setLimits(limits);
        QTemporaryDir dir;
        const QString target = dir.filePath(u"logo.png"_s);
        auto *job = new DownloadJob(&session, LibraryEndpoints::get(u"c1"_s, true));
        job->decodeBase64Member("binary"_L1);
        job->saveAs([&target](const DownloadJob &) { return target; });
        QVERIFY(test::runJob(job, 30000));
        QVERIFY2(job->succeeded(), qPrintable(job->error().message()));
        QVERIFY(job->result().isEmpty());
        QCOMPARE(job->size(), file.size());
        QCOMPARE(job->envelope().value("extension"_L1).toString(), u".png"_s);
        QVERIFY(!QFile::exists(target)); // not before commit()
        QString error;
        QVERIFY2(job->commit(&error), qPrintable(error));
        QFile saved(target);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll() == file);
        delete job;
        QCOMPARE(filesIn(dir.path()), QStringList{u"logo.png"_s});
    }

    void aBadOrCutOffAnswerLeavesNoFile_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        const QByteArray good = itemAnswer(randomBytes(600000, 4).toBase64());
        QTest::newRow("cut off")
            << "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                   QByteArray::number(good.size()) + "\r\n\r\n" + good.left(500000)
            << int(ApiError::Kind::Network) << u"cut off after"_s;
        QByteArray broken = good;
        broken[300000] = '*';
        QTest::newRow("broken Base64") << RawHttpResponder::answer(200, broken)
                                       << int(ApiError::Kind::BadResponse) << u"not valid Base64"_s;
        QTest::newRow("not an item") << RawHttpResponder::answer(200, R"({"id":"c1"})")
                                     << int(ApiError::Kind::BadResponse) << u"no file"_s;
        QTest::newRow("over its length")
            << "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                   QByteArray::number(good.size() - 100) + "\r\n\r\n" + good
            << int(ApiError::Kind::BadResponse) << u"could not be read"_s;
        // A file the item says is longer, or none at all: a short or empty file is no copy.
        QTest::newRow("empty file")
            << RawHttpResponder::answer(200, "{\"id\":\"c1\",\"size\":3000,\"binary\":\"\"}")
            << int(ApiError::Kind::BadResponse) << u"is empty"_s;
        QTest::newRow("shorter than its size")
            << RawHttpResponder::answer(200, "{\"id\":\"c1\",\"size\":3000,\"binary\":\"" +
                                                 QByteArray(10, 'x').toBase64() + "\"}")
            << int(ApiError::Kind::BadResponse) << u"long where the answer says 3,000"_s;
    }

    void aBadOrCutOffAnswerLeavesNoFile()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, kind);
        QFETCH(QString, words);
        RawHttpResponder server([&answer](const RawHttpResponder::Request &) { return answer; });
        Session session(profileFor(server.origin()));
        session.setToken(u"tok"_s, u"admin"_s);
        session.retryPolicy().maxAttempts = 2;
        session.retryPolicy().baseDelay = std::chrono::milliseconds(10);
        QTemporaryDir dir;
        auto *job = new DownloadJob(&session, LibraryEndpoints::get(u"c1"_s, true));
        job->decodeBase64Member("binary"_L1, "size"_L1);
        job->saveAs([&dir](const DownloadJob &) { return dir.filePath(u"logo.png"_s); });
        QVERIFY(test::runJob(job, 30000));
        QCOMPARE(int(job->error().kind()), kind);
        QVERIFY2(job->error().message().contains(words), qPrintable(job->error().message()));
        QString error;
        QVERIFY(!job->commit(&error)); // nothing to put in place
        delete job;
        QCOMPARE(filesIn(dir.path()), QStringList());
    }

    void aPageInsteadOfTheFileIsNoFile_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("extension");
        QTest::addColumn<QString>("words"); // "" : taken as the file
        const QByteArray signIn = "<html><head><title>Sign in</title></head></html>";
        QTest::newRow("a sign-in page") << RawHttpResponder::answer(200, signIn, {}, "text/html")
                                        << u".png"_s << u"a web page (text/html)"_s;
        QTest::newRow("a sign-in page, extension unknown")
            << RawHttpResponder::answer(200, signIn, {}, "text/html; charset=utf-8") << QString()
            << u"a web page"_s;
        QTest::newRow("an HTML file")
            << RawHttpResponder::answer(200, signIn, {}, "text/html") << u".html"_s << QString();
        QTest::newRow("a JSON error")
            << RawHttpResponder::answer(200, "{\"message\":\"Item is checked out\"}") << u".png"_s
            << u"JSON answer, not the file: Item is checked out"_s;
        QTest::newRow("a JSON file")
            << RawHttpResponder::answer(200, "{\"a\":1}") << u".json"_s << QString();
        QTest::newRow("nothing") << RawHttpResponder::answer(200, {}, {}, "image/png") << u".png"_s
                                 << u"empty"_s;
        QTest::newRow("the file") << RawHttpResponder::answer(200, "PNGDATA", {}, "image/png")
                                  << u".png"_s << QString();
    }

    void aPageInsteadOfTheFileIsNoFile()
    {
        // A library version's file, or a generated document: a proxy's sign-in page, the
        // server's JSON refusal or nothing at all, each with 200, is not saved (over an older
        // copy) as the file.
        QFETCH(QByteArray, answer);
        QFETCH(QString, extension);
        QFETCH(QString, words);
        RawHttpResponder server([&answer](const RawHttpResponder::Request &) { return answer; });
        Session session(profileFor(server.origin()));
        session.setToken(u"tok"_s, u"admin"_s);
        QTemporaryDir dir;
        const QString target = dir.filePath(u"v1"_s + extension);
        QVERIFY(writeFile(target, "the older copy"));
        const QList<ApiRequest> requests = {
            LibraryEndpoints::exportVersion(u"c1"_s, u"1"_s, extension),
            ClientEndpoints::document(QUrl(server.origin() + u"/api/v1/client/docs/1"_s),
                                      u"Home Claim"_s + extension)};
        for (const auto &[request, streamed] :
             {std::pair{requests[0], true}, std::pair{requests[0], false},
              std::pair{requests[1], true}, std::pair{requests[1], false}}) {
            auto *job = new DownloadJob(&session, request);
            if (streamed)
                job->saveAs([&target](const DownloadJob &) { return target; });
            QVERIFY(test::runJob(job, 30000));
            QString error;
            if (words.isEmpty()) {
                QVERIFY2(job->succeeded(), qPrintable(job->error().message()));
            } else {
                QCOMPARE(job->error().kind(), ApiError::Kind::BadResponse);
                QVERIFY2(job->error().message().contains(words),
                         qPrintable(job->error().message()));
                QVERIFY(!job->commit(&error));
                QFile kept(target);
                QVERIFY(kept.open(QIODevice::ReadOnly));
                QCOMPARE(kept.readAll(), QByteArray("the older copy"));
            }
            delete job;
        }
    }

    void fileNamesAreSafeEverywhere_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("safe");
        QTest::newRow("plain") << u"Home Claim.ixpkg"_s << u".ixpkg"_s << u"Home Claim.ixpkg"_s;
        QTest::newRow("casing kept") << u"Claim.IXPKG"_s << u".ixpkg"_s << u"Claim.IXPKG"_s;
        QTest::newRow("no extension") << u"Claim"_s << u".ixpkg"_s << u"Claim.ixpkg"_s;
        QTest::newRow("a path") << u"../../etc/passwd"_s << QString() << u"passwd"_s;
        QTest::newRow("Windows path") << u"C:\\x\\a.png"_s << QString() << u"a.png"_s;
        QTest::newRow("hidden") << u".hidden"_s << u".ixpkg"_s << u"hidden.ixpkg"_s;
        QTest::newRow("device") << u"CON"_s << u".ixpkg"_s << u"_CON.ixpkg"_s;
        QTest::newRow("device, extension") << u"nul.txt"_s << QString() << u"_nul.txt"_s;
        QTest::newRow("COM1") << u"com1.ixpkg"_s << u".ixpkg"_s << u"_com1.ixpkg"_s;
        QTest::newRow("not a device") << u"CONTRACT.docx"_s << QString() << u"CONTRACT.docx"_s;
        QTest::newRow("trailing dots") << u"report. . "_s << QString() << u"report"_s;
        QTest::newRow("controls") << u"a\u001b[2J<b>?"_s << QString() << u"a_[2J_b__"_s;
        QTest::newRow("nothing left") << u" ... "_s << u".ixpkg"_s << u"project.ixpkg"_s;
    }

    void fileNamesAreSafeEverywhere()
    {
        QFETCH(QString, name);
        QFETCH(QString, suffix);
        QFETCH(QString, safe);
        QCOMPARE(DownloadJob::safeFileName(name, u"project.ixpkg"_s, suffix), safe);
    }

    void aCancelledDownloadLeavesNoFile_data()
    {
        QTest::addColumn<bool>("base64");
        QTest::newRow("raw file") << false;
        QTest::newRow("Base64 in JSON") << true;
    }

    void aCancelledDownloadLeavesNoFile()
    {
        QFETCH(bool, base64);
        StreamingResponder server; // the body never ends
        server.head = "HTTP/1.1 200 OK\r\nContent-Type: "
                      "application/octet-stream\r\nContent-Length: 900000000\r\n\r\n" +
                      QByteArray(base64 ? "{\"binary\":\"" : "");
        server.chunk = QByteArray(64 * 1024, 'A');
        server.interval = 5;
        Session session(profileFor(server.origin()));
        session.setToken(u"tok"_s, u"admin"_s);
        QTemporaryDir dir;
        auto *job =
            new DownloadJob(&session, base64 ? LibraryEndpoints::get(u"c1"_s, true)
                                             : ProjectsEndpoints::exportLatest(u"p1"_s, u"X"_s));
        if (base64)
            job->decodeBase64Member("binary"_L1);
        job->saveAs([&dir](const DownloadJob &) { return dir.filePath(u"x.bin"_s); });
        job->setAutoDelete(false);
        QSignalSpy finished(job, &ApiJob::finished);
        job->start();
        // Until a part of the file is on disk (in a temporary file next to the target: QSaveFile's,
        // on Linux one without a name until it is committed).
        QTRY_VERIFY_WITH_TIMEOUT(job->size() > 256 * 1024, 20000);
        QVERIFY(job->isRunning());
        job->abort();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job->error().kind(), ApiError::Kind::Cancelled);
        delete job;
        QCOMPARE(filesIn(dir.path()), QStringList());
    }

    void aTargetThatCannotBeWrittenIsSaidClearly()
    {
        const QByteArray answer = itemAnswer(randomBytes(1000, 5).toBase64());
        RawHttpResponder server([&answer](const RawHttpResponder::Request &) {
            return RawHttpResponder::answer(200, answer);
        });
        Session session(profileFor(server.origin()));
        session.setToken(u"tok"_s, u"admin"_s);
        QTemporaryDir dir;
        const QString target = dir.filePath(u"no such folder/logo.png"_s);
        auto *job = new DownloadJob(&session, LibraryEndpoints::get(u"c1"_s, true));
        job->decodeBase64Member("binary"_L1);
        job->saveAs([&target](const DownloadJob &) { return target; });
        QVERIFY(test::runJob(job, 30000));
        QCOMPARE(job->error().kind(), ApiError::Kind::LocalFile);
        QVERIFY2(job->error().message().contains(u"cannot write"_s) &&
                     job->error().message().contains(QDir::toNativeSeparators(target)),
                 qPrintable(job->error().message()));
        delete job;
        QCOMPARE(filesIn(dir.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(DownloadsTest)
#include "tst_downloads.moc"
