// ZIP reading and writing, .ixpkg inspection and .docx text: valid packages, corrupt and
// truncated zips, missing projects.xml, names in CP437 and UTF-8, projects.xml in UTF-16 and
// windows-1252; the vendor's real packages inspected exactly and rebuilt byte for byte; damaged
// packages with every reason; the inspection's JSON for infiniti-ctl.
#include "formats/Docx.h"
#include "formats/ProjectPackage.h"
#include "formats/Zip.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
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
        QCOMPARE(*r.read(u"ordner\\äpfel.bin"_s, &error),
                 QByteArray("\x00\x01\x02", 3)); // any case, either slash
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
        badCrc[45] = char(badCrc[45] ^
                          0x55); // inside the deflated data (after the 30-byte header and the name)
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
        ProjectPackage::Full b{{u"aaaaaaaa-0000-0000-0000-000000000002"_s,
                                u"Fragment ü"_s,
                                u"Fragment"_s,
                                u"1.0"_s,
                                {}},
                               u"<Intelledox_TemplateFile/>"_s,
                               {}};
        const QByteArray package = ProjectPackage::build({a, b});
        const auto contents = ProjectPackage::inspect(package);
        QVERIFY2(contents.ok(), qPrintable(contents.error));
        QCOMPARE(contents.projects.size(), 2);
        QCOMPARE(contents.projects.at(0).name, a.project.name);
        // The vendor's numbers: a form (the emulator's "Form" or "Content") is 1, a fragment 5.
        QCOMPARE(contents.projects.at(0).typeNumber, u"1"_s);
        QCOMPARE(contents.projects.at(0).kind, u"Form"_s);
        QCOMPARE(contents.projects.at(0).version, u"3.2"_s);
        QCOMPARE(contents.projects.at(0).lastModified, u"2025-01-01T00:00:00Z"_s);
        QCOMPARE(contents.projects.at(1).name, u"Fragment ü"_s);
        QCOMPARE(contents.projects.at(1).typeNumber, u"5"_s);
        QCOMPARE(contents.projects.at(1).type, u"Fragment"_s);
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
        QVERIFY(
            ProjectPackage::inspect(packageWithList("<Projects><Project Name=\"x\"/></Projects>"))
                .error.contains(u"Guid"_s));
        QVERIFY(ProjectPackage::inspect(packageWithList("<Projects>"))
                    .error.contains(u"well-formed"_s));
        QVERIFY(ProjectPackage::inspect(packageWithList("<Projects/>"))
                    .error.contains(u"no projects"_s));
    }

    void oddEncodings()
    {
        // projects.xml in UTF-16 with a BOM.
        const QString xml =
            u"<?xml version=\"1.0\" encoding=\"utf-16\"?><Projects><Project Guid=\"G1\" Name=\"Schadenmeldung – Kfz\" Version=\"2.0\" Type=\"1\"/></Projects>"_s;
        QByteArray utf16("\xFF\xFE", 2);
        utf16.append(reinterpret_cast<const char *>(xml.utf16()), xml.size() * 2);
        auto contents = ProjectPackage::inspect(packageWithList(utf16));
        QCOMPARE(contents.projects.size(), 1); // (no definitions: not importable, but read)
        QCOMPARE(contents.projects.at(0).name, u"Schadenmeldung – Kfz"_s);
        QCOMPARE(contents.projects.at(0).id, u"g1"_s);
        QCOMPARE(contents.projects.at(0).type, u"Content"_s);
        // windows-1252 declared: read as Latin-1 rather than refused.
        contents = ProjectPackage::inspect(
            packageWithList("<?xml version=\"1.0\" encoding=\"windows-1252\"?>"
                            "<Projects><Project Guid=\"G2\" Name=\"Caf\xE9 menu\"/></Projects>"));
        QCOMPARE(contents.projects.size(), 1); // (no definitions: not importable, but read)
        QCOMPARE(contents.projects.at(0).name, u"Café menu"_s);
        // A UTF-8 BOM.
        contents = ProjectPackage::inspect(
            packageWithList("\xEF\xBB\xBF<Projects><Project Guid=\"G3\" "
                            "Name=\"\xE6\x97\xA5\xE6\x9C\xAC\"/></Projects>"));
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
        renamed.replace("projects.xml", "proj\x81"
                                        "cts.xml");
        Zip::Reader r2(renamed);
        QVERIFY2(r2.isValid(), qPrintable(r2.error()));
        QCOMPARE(r2.entries().at(0).name, u"projücts.xml"_s);
    }

    void realPackagesAreInspectedExactly()
    {
        auto docuSign = ProjectPackage::inspectFile(
            fixture(u"vendor-packages/DocuSign Baseline Project.ixpkg"_s));
        QVERIFY2(docuSign.ok(), qPrintable(docuSign.problems.join(u"; "_s)));
        QCOMPARE(docuSign.packageSize, 403979);
        QCOMPARE(docuSign.projects.size(), 2);
        const ProjectPackage::Project form = docuSign.projects.at(0),
                                      fragment = docuSign.projects.at(1);
        QCOMPARE(form.id, u"b21f1270-a90f-4583-8278-219446c9046f"_s);
        QCOMPARE(form.name, u"DocuSign Baseline Project"_s);
        QCOMPARE(form.typeNumber, u"1"_s);
        QCOMPARE(form.kind, u"Form"_s);
        QCOMPARE(form.type, u"Content"_s);
        QCOMPARE(form.version, u"6.0"_s);
        QCOMPARE(form.lastModified, u"2018-09-24T03:35:21.37Z"_s);
        QCOMPARE(fragment.id, u"4879368e-f318-4cb0-af72-a03bfa23e93e"_s);
        QCOMPARE(fragment.name, u"PF_PersonalInformation"_s);
        QCOMPARE(fragment.typeNumber, u"5"_s);
        QCOMPARE(fragment.kind, u"Page fragment"_s);
        QCOMPARE(fragment.type, u"Fragment"_s);
        QCOMPARE(fragment.version, u"1.3"_s);
        QCOMPARE(fragment.lastModified, u"2018-09-21T09:26:00.74Z"_s);
        QCOMPARE(docuSign.files.size(), 4);
        QCOMPARE(
            docuSign.files.at(0).name,
            u"Templates/b21f1270-a90f-4583-8278-219446c9046f/be3001cb-a741-4fc8-86fe-9228112a827c.docx"_s);
        QCOMPARE(docuSign.files.at(0).size, 508192);
        QCOMPARE(docuSign.files.at(0).compressedSize, 400656);
        QCOMPARE(docuSign.files.at(0).method, u"deflate"_s);
        QCOMPARE(docuSign.files.at(3).name, u"projects.xml"_s);
        QCOMPARE(docuSign.files.at(3).size, 331);

        // The same through a device (no memory map), as the CLI's upload will read it.
        QFile file(fixture(u"vendor-packages/Generate-AnswerLabels (NamedValuePairs).ixpkg"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto answers = ProjectPackage::inspect(&file);
        QVERIFY2(answers.ok(), qPrintable(answers.error));
        QCOMPARE(answers.projects.size(), 1);
        QCOMPARE(answers.projects.at(0).name, u"Generate-AnswerLabels (NamedValuePairs)"_s);
        QCOMPARE(answers.projects.at(0).kind, u"Form"_s);
        QCOMPARE(answers.projects.at(0).version, u"5.0"_s);
        QCOMPARE(answers.projects.at(0).lastModified, u"2018-11-06T02:32:09.65Z"_s);
        QStringList names;
        for (const auto &f : answers.files)
            names << f.name;
        QVERIFY(names.contains(u"responseMetadataFields.xml"_s));

        // A number nobody has explained is shown as the number.
        const auto dotnet = ProjectPackage::inspectFile(fixture(u"zip/dotnet-style.ixpkg"_s));
        QVERIFY2(dotnet.ok(), qPrintable(dotnet.error));
        QCOMPARE(dotnet.projects.size(), 3);
        QCOMPARE(dotnet.projects.at(2).kind, u"type 7"_s);
        QCOMPARE(dotnet.projects.at(2).type, u"7"_s);
    }

    void inspectionJsonForTheCli()
    {
        const auto in = ProjectPackage::inspectFile(
            fixture(u"vendor-packages/DocuSign Baseline Project.ixpkg"_s));
        const QJsonObject json = ProjectPackage::inspectionJson(in);
        QCOMPARE(json.value("ok"_L1).toBool(), true);
        QCOMPARE(json.value("size"_L1).toInteger(), 403979);
        QVERIFY(json.value("file"_L1).toString().endsWith(u"DocuSign Baseline Project.ixpkg"_s));
        const QJsonArray projects = json.value("projects"_L1).toArray();
        QCOMPARE(projects.size(), 2);
        const QJsonObject fragment = projects.at(1).toObject();
        QCOMPARE(fragment.value("type"_L1).toInt(), 5);
        QCOMPARE(fragment.value("kind"_L1).toString(), u"pageFragment"_s);
        QCOMPARE(fragment.value("kindName"_L1).toString(), u"Page fragment"_s);
        QCOMPARE(fragment.value("version"_L1).toString(), u"1.3"_s);
        QCOMPARE(fragment.value("lastModified"_L1).toString(), u"2018-09-21T09:26:00.74Z"_s);
        QCOMPARE(fragment.value("definition"_L1).toString(),
                 u"4879368e-f318-4cb0-af72-a03bfa23e93e.xml"_s);
        QCOMPARE(projects.at(0).toObject().value("documents"_L1).toArray().size(), 1);
        QCOMPARE(json.value("files"_L1).toArray().size(), 4);
        QCOMPARE(json.value("files"_L1).toArray().at(0).toObject().value("size"_L1).toInteger(),
                 508192);
        QCOMPARE(json.value("problems"_L1).toArray().size(), 0);
        QVERIFY(ProjectPackage::inspectionText(in).contains(
            u"Page fragment\tPF_PersonalInformation\t1.3"_s));

        const auto bad = ProjectPackage::inspectFile(fixture(u"zip/damaged-crc.ixpkg"_s));
        const QJsonObject badJson = ProjectPackage::inspectionJson(bad);
        QCOMPARE(badJson.value("ok"_L1).toBool(), false);
        QVERIFY(badJson.value("problems"_L1).toArray().at(0).toString().contains(u"checksum"_s));
    }

    void damagedPackagesNameEveryProblem_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("says");
        QTest::newRow("truncated") << u"damaged-truncated.ixpkg"_s << u"cut short"_s;
        QTest::newRow("bad CRC") << u"damaged-crc.ixpkg"_s << u"checksum"_s;
        QTest::newRow("directory past the end")
            << u"damaged-directory-past-end.ixpkg"_s << u"outside the file"_s;
        QTest::newRow("sizes disagree") << u"damaged-sizes-disagree.ixpkg"_s << u"disagree"_s;
        QTest::newRow("../ in a name") << u"damaged-dotdot.ixpkg"_s << u"outside the package"_s;
        QTest::newRow("zip bomb") << u"damaged-bomb.ixpkg"_s << u"zip bomb"_s;
        QTest::newRow("overlapping entries") << u"damaged-overlap.ixpkg"_s << u"overlap"_s;
    }

    void damagedPackagesNameEveryProblem()
    {
        QFETCH(QString, file);
        QFETCH(QString, says);
        const auto in = ProjectPackage::inspectFile(fixture(u"zip/"_s + file));
        QVERIFY(!in.ok());
        QVERIFY2(in.error.contains(says), qPrintable(in.error));
        QString error;
        QVERIFY(!ProjectPackage::read(bytesOf(fixture(u"zip/"_s + file)), &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void realPackagesComeBackByteForByte_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("DocuSign Baseline") << u"vendor-packages/DocuSign Baseline Project.ixpkg"_s;
        QTest::newRow("Generate-AnswerLabels")
            << u"vendor-packages/Generate-AnswerLabels (NamedValuePairs).ixpkg"_s;
        QTest::newRow(".NET style") << u"zip/dotnet-style.ixpkg"_s;
    }

    void realPackagesComeBackByteForByte()
    {
        QFETCH(QString, file);
        const QByteArray original = bytesOf(fixture(file));
        QString error;
        const auto package = ProjectPackage::read(original, &error);
        QVERIFY2(package, qPrintable(error));
        const QByteArray rebuilt = ProjectPackage::build(package->projects, package->files);
        const Zip::Reader before(original), after(rebuilt);
        QVERIFY2(after.isValid(), qPrintable(after.error()));
        QCOMPARE(after.entries().size(), before.entries().size());
        for (const Zip::Entry &e : before.entries()) {
            if (e.name == "projects.xml"_L1)
                continue; // written anew (same projects, our XML)
            const auto a = before.read(e, &error), b = after.read(e.name, &error);
            QVERIFY2(b, qPrintable(e.name + u": "_s + error));
            QVERIFY2(*a == *b, qPrintable(e.name));
        }
        const auto again = ProjectPackage::inspect(rebuilt);
        const auto first = ProjectPackage::inspect(original);
        QCOMPARE(again.projects.size(), first.projects.size());
        for (int i = 0; i < first.projects.size(); ++i) {
            QCOMPARE(again.projects.at(i).id, first.projects.at(i).id);
            QCOMPARE(again.projects.at(i).name, first.projects.at(i).name);
            QCOMPARE(again.projects.at(i).typeNumber, first.projects.at(i).typeNumber);
            QCOMPARE(again.projects.at(i).version, first.projects.at(i).version);
            QCOMPARE(again.projects.at(i).lastModified, first.projects.at(i).lastModified);
        }
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
