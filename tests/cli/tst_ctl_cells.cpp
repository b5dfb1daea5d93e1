// infiniti-ctl prints a list's items from their bytes (CtlResource::appendTextLine/
// appendCsvRecord over the members noted while the page was checked) and single items from
// QJsonObjects (textLine/csvRow). Both must print the same cells for any item a server sends:
// non-ASCII, escapes, ';' inside a name, numbers, objects in arrays, keys in another casing,
// duplicate keys, nested keys, missing and null values.
#include "cli/commands/resources/CtlResource.h"
#include "formats/Csv.h"
#include "formats/JsonScan.h"
#include "formats/ShownText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace infiniti;
using namespace infiniti::ctl;

class CtlCellsTest : public QObject
{
    Q_OBJECT

    static QByteArray oddItems()
    {
        return QByteArrayLiteral(
            "{\"users\":["
            "{\"id\":\"a\",\"username\":\"plain\",\"email\":\"p@example.com\","
            "\"groups\":[\"Staff\",\"Sales\"],\"disabled\":false},"
            "{\"Id\":7,\"UserName\":\"M\xC3\xBCller\",\"EMAIL\":\"m\\u00fc@example.com\","
            "\"groups\":[\"A;B\",{\"name\":\"Legal\"},{\"name\":3},42,null],\"lockedOut\":true},"
            "{\"id\":1.5e3,\"username\":\"tab\\there\",\"email\":null,\"groups\":\"not a list\","
            "\"firstName\":\"=cmd\",\"lastName\":\"a,b\\\"c\",\"roles\":[]},"
            "{\"id\":\"dup\",\"username\":\"first\",\"username\":\"second\",\"userName\":\"third\","
            "\"email\":\"\",\"groups\":[],\"disabled\":\"yes\"},"
            "{\"username\":\"\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC\",\"email\":{\"a\":1},"
            "\"groups\":[\"\xF0\x9F\x98\x80\"],\"roles\":[{\"name\":\"Admin;Ops\"}]},"
            "{ \"id\" : \"spaced\" , \"username\" : \"s p a c e\" , \"groups\" : [ \"x\" , \"y\" ] "
            "},"
            "{\"description\":\"d\",\"metadata\":{\"description\":\"nested \xC3\xA9\"},"
            "\"projectName\":\"P;Q\",\"name\":\"n\",\"modifiedUtc\":\"2026-12-03T05:00:00Z\"},"
            "{\"id\":\"esc\\u001b[31m\",\"username\":\"evil\\u001b]0;t\\u0007\\r\\nfake row\","
            "\"name\":\"\\u202egnp.exe\",\"description\":\"del\x7f c1\\u009b\","
            "\"groups\":[\"a\\nb\"],\"projectName\":\"x\\ty\"},"
            "{}"
            "]}");
    }

    static bool read(const QByteArray &json, JsonScan::ListPage *page)
    {
        QString problem;
        const bool ok =
            JsonScan::readList(json, "users"_L1, page, &problem, JsonScan::ItemMembers::Recorded);
        if (!ok)
            qWarning("%s", qPrintable(problem));
        return ok;
    }

private slots:
    void bytesAndObjectsPrintAlike()
    {
        const QByteArray json = oddItems();
        JsonScan::ListPage page;
        QVERIFY(read(json, &page));
        const QJsonArray objects =
            QJsonDocument::fromJson(json).object().value("users"_L1).toArray();
        QCOMPARE(page.items.size(), objects.size());
        Csv::WriteOptions semicolons;
        semicolons.delimiter = ';';
        semicolons.neutraliseFormulas = true;
        int compared = 0;
        for (const CtlResource &resource : CtlResource::all()) {
            for (qsizetype i = 0; i < page.items.size(); ++i) {
                const JsonScan::MemberSpan members = page.itemMembers(page.items.at(i));
                const QJsonObject object = objects.at(i).toObject();
                const QByteArray what = resource.name.toUtf8() + " item " + QByteArray::number(i);

                QByteArray line;
                resource.appendTextLine(line, json, members);
                const QByteArray expectedLine = QString(resource.textLine(object) + u'\n').toUtf8();
                QVERIFY2(line == expectedLine,
                         QByteArray(what + ": " + line + " / " + expectedLine).constData());

                for (const Csv::WriteOptions &options : {Csv::WriteOptions{}, semicolons}) {
                    QByteArray record;
                    resource.appendCsvRecord(record, json, members, options);
                    const QByteArray expected = Csv::record(resource.csvRow(object), options);
                    QVERIFY2(record == expected,
                             QByteArray(what + ": " + record + " / " + expected).constData());
                }
                ++compared;
            }
        }
        QVERIFY(compared >= 8 * 10); // every resource over every item
    }

    void aTableLineHoldsNoTerminalControls()
    {
        // A server's values cannot recolour the terminal, set its title or forge a row: every
        // control and bidirectional override is shown as U+FFFD, one line per item.
        const QByteArray json = oddItems();
        JsonScan::ListPage page;
        QVERIFY(read(json, &page));
        for (const CtlResource &resource : CtlResource::all()) {
            QByteArray lines;
            for (const JsonScan::Value &item : page.items)
                resource.appendTextLine(lines, json, page.itemMembers(item));
            QCOMPARE(lines.count('\n'), page.items.size());
            const QString text = QString::fromUtf8(lines);
            for (const QChar c : text) {
                const char16_t u = c.unicode();
                QVERIFY2(u == u'\n' || (u >= 0x20 && !(u >= 0x7f && u <= 0x9f) &&
                                        !(u >= 0x202a && u <= 0x202e)),
                         qPrintable(resource.name + u": "_s + QString::number(u, 16)));
            }
        }
        QCOMPARE(ShownText::printable(u"a\u001b[31mb\r\nc\td"_s),
                 u"a\ufffd[31mb\ufffd\ufffdc\ufffdd"_s);
        QCOMPARE(ShownText::printable(u"line\nnext\ttab\u202e"_s, ShownText::Breaks::Keep),
                 u"line\nnext\ttab\ufffd"_s);
        QCOMPARE(ShownText::printable(u"M\u00fcller \U0001F600"_s), u"M\u00fcller \U0001F600"_s);
    }
};

QTEST_GUILESS_MAIN(CtlCellsTest)
#include "tst_ctl_cells.moc"
