// ZIP reading and writing, .ixpkg inspection and .docx text: valid packages, corrupt and
// truncated zips, missing projects.xml, names in CP437 and UTF-8, projects.xml in UTF-16 and
// windows-1252.
#include "formats/Docx.h"
#include "formats/ProjectPackage.h"
#include "formats/Zip.h"

#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;

using namespace infiniti;

namespace {
QByteArray packageWithList(const QByteArray &projectsXml)
{
    Zip::Writer zip;
    zip.add(u"projects.xml"_s, projectsXml);
    return zip.finish();
}
} // namespace

class PackageTest : public QObject
{
    Q_OBJECT

private slots:
    void zipRoundTripsStoredAndDeflatedEntries()
    {
        Zip::Writer w;
        const QByteArray big(100000, 'a');
        w.add(u"big.txt"_s, big);
        w.add(u"Ordner/Äpfel.bin"_s, QByteArray("\x00\x01\x02", 3), false);
        w.add(u"empty"_s, {});
        const QByteArray archive = w.finish();
        QVERIFY(archive.size() < 2000); // deflated
        Zip::Reader r(archive);
        QVERIFY2(r.isValid(), qPrintable(r.error()));
        QCOMPARE(r.entries().size(), 3);
        QString error;
        QCOMPARE(*r.read(u"big.txt"_s, &error), big);
        QCOMPARE(*r.read(u"ordner\\äpfel.bin"_s, &error), QByteArray("\x00\x01\x02", 3)); // any case, either slash
        QCOMPARE(*r.read(u"empty"_s, &error), QByteArray());
        QVERIFY(!r.read(u"missing"_s, &error));
        QVERIFY(error.contains(u"missing"_s));
    }

    void damagedZipsSayWhy_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        Zip::Writer w;
        w.add(u"projects.xml"_s, QByteArray(5000, 'x'));
        const QByteArray good = w.finish();
        QTest::newRow("empty") << QByteArray() << u"not a ZIP"_s;
        QTest::newRow("text") << QByteArray("hello, this is not a zip at all") << u"not a ZIP"_s;
        QTest::newRow("truncated") << good.left(good.size() - 10) << u"damaged"_s;
        QByteArray badCrc = good;
        badCrc[45] = char(badCrc[45] ^ 0x55); // inside the deflated data (after the 30-byte header and the name)
        QTest::newRow("bit flip") << badCrc << u"damaged"_s;
        QByteArray encrypted = good;
        const int dir = int(encrypted.lastIndexOf(QByteArray("PK\x01\x02", 4)));
        encrypted[dir + 8] = char(encrypted[dir + 8] | 1);
        QTest::newRow("encrypted") << encrypted << u"encrypted"_s;
    }

    void damagedZipsSayWhy()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        Zip::Reader r(bytes);
        QString error = r.error();
        if (r.isValid()) {
            QVERIFY(!r.read(r.entries().at(0), &error));
        }
        QVERIFY2(error.contains(says), qPrintable(error));
        const auto contents = ProjectPackage::inspect(bytes);
        QVERIFY(!contents.ok());
        QVERIFY(contents.projects.isEmpty());
    }

    void packagesListTheirProjects()
    {
        ProjectPackage::Full a{{u"aaaaaaaa-0000-0000-0000-000000000001"_s, u"Claim <A> & \"B\""_s,
                                u"Form"_s, u"3.2"_s, u"2025-01-01T00:00:00Z"_s},
                               u"<Intelledox_TemplateFile/>"_s,
                               {{u"d1"_s, Docx::build({u"Hello"_s})}}};
        ProjectPackage::Full b{{u"aaaaaaaa-0000-0000-0000-000000000002"_s, u"Fragment ü"_s,
                                u"Fragment"_s, u"1.0"_s, {}},
                               u"<Intelledox_TemplateFile/>"_s, {}};
        const QByteArray package = ProjectPackage::build({a, b});
        const auto contents = ProjectPackage::inspect(package);
        QVERIFY2(contents.ok(), qPrintable(contents.error));
        QCOMPARE(contents.projects.size(), 2);
        QCOMPARE(contents.projects.at(0).name, a.project.name);
        QCOMPARE(contents.projects.at(0).type, u"Form"_s);
        QCOMPARE(contents.projects.at(0).version, u"3.2"_s);
        QCOMPARE(contents.projects.at(1).name, u"Fragment ü"_s);
        QString error;
        const auto full = ProjectPackage::readAll(package, &error);
        QVERIFY2(full, qPrintable(error));
        QCOMPARE(Docx::paragraphs(full->at(0).documents.at(0).docx)->value(0), u"Hello"_s);
    }

    void missingOrBrokenProjectsXml()
    {
        Zip::Writer w;
        w.add(u"something.xml"_s, "<a/>");
        QVERIFY(ProjectPackage::inspect(w.finish()).error.contains(u"no projects.xml"_s));
        QVERIFY(ProjectPackage::inspect(packageWithList("<Projects><Project Name=\"x\"/></Projects>")).error.contains(u"Guid"_s));
        QVERIFY(ProjectPackage::inspect(packageWithList("<Projects>")).error.contains(u"well-formed"_s));
        QVERIFY(ProjectPackage::inspect(packageWithList("<Projects/>")).error.contains(u"no projects"_s));
    }

    void oddEncodings()
    {
        // projects.xml in UTF-16 with a BOM.
        const QString xml = u"<?xml version=\"1.0\" encoding=\"utf-16\"?><Projects><Project Guid=\"G1\" Name=\"Schadenmeldung – Kfz\" Version=\"2.0\" Type=\"1\"/></Projects>"_s;
        QByteArray utf16("\xFF\xFE", 2);
        utf16.append(reinterpret_cast<const char *>(xml.utf16()), xml.size() * 2);
        auto contents = ProjectPackage::inspect(packageWithList(utf16));
        QVERIFY2(contents.ok(), qPrintable(contents.error));
        QCOMPARE(contents.projects.at(0).name, u"Schadenmeldung – Kfz"_s);
        QCOMPARE(contents.projects.at(0).id, u"g1"_s);
        QCOMPARE(contents.projects.at(0).type, u"Content"_s);
        // windows-1252 declared: read as Latin-1 rather than refused.
        contents = ProjectPackage::inspect(packageWithList("<?xml version=\"1.0\" encoding=\"windows-1252\"?>"
                                                          "<Projects><Project Guid=\"G2\" Name=\"Caf\xE9 menu\"/></Projects>"));
        QVERIFY2(contents.ok(), qPrintable(contents.error));
        QCOMPARE(contents.projects.at(0).name, u"Café menu"_s);
        // A UTF-8 BOM.
        contents = ProjectPackage::inspect(packageWithList("\xEF\xBB\xBF<Projects><Project Guid=\"G3\" Name=\"\xE6\x97\xA5\xE6\x9C\xAC\"/></Projects>"));
        QCOMPARE(contents.projects.at(0).name, u"日本"_s);

        // ZIP names without the UTF-8 flag are CP437: 0x81 is ü.
        Zip::Writer w;
        w.add(u"projects.xml"_s, "<Projects><Project Guid=\"G4\" Name=\"x\"/></Projects>");
        QByteArray archive = w.finish();
        const QByteArray utf8Name = u"projects.xml"_s.toUtf8();
        // Clear the UTF-8 flag in both headers and turn the 'e' of "projects" into 0x81.
        for (const QByteArray &sig : {QByteArray("PK\x03\x04", 4), QByteArray("PK\x01\x02", 4)}) {
            const int at = int(archive.indexOf(sig));
            const int flagOffset = sig.at(2) == 3 ? 6 : 8;
            quint16 flags = qFromLittleEndian<quint16>(archive.constData() + at + flagOffset);
            flags &= ~0x0800;
            qToLittleEndian(flags, archive.data() + at + flagOffset);
        }
        Zip::Reader r(archive);
        QVERIFY(r.isValid());
        QCOMPARE(r.entries().at(0).name, u"projects.xml"_s);
        QByteArray renamed = archive;
        renamed.replace("projects.xml", "proj\x81" "cts.xml");
        Zip::Reader r2(renamed);
        QVERIFY2(r2.isValid(), qPrintable(r2.error()));
        QCOMPARE(r2.entries().at(0).name, u"projücts.xml"_s);
    }

    void docxRoundTrip()
    {
        const QStringList text = {u"Dear Olivia,"_s, u"Claim <C-1> & more"_s, QString()};
        const QByteArray docx = Docx::build(text);
        QVERIFY(docx.startsWith("PK"));
        QCOMPARE(*Docx::paragraphs(docx), text);
        QVERIFY(!Docx::paragraphs("not a docx"));
    }
};

QTEST_GUILESS_MAIN(PackageTest)
#include "tst_package.moc"
