// CSV for spreadsheets: another delimiter (quoting follows it) and formula cells neutralised
// (OWASP CSV injection), without changing what RFC 4180 records look like by default.
#include "formats/Csv.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;

class CsvTest : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreRfc4180()
    {
        QCOMPARE(Csv::record({u"=1+2"_s, u"a;b"_s, u"c,d"_s}), QByteArray("=1+2,a;b,\"c,d\"\r\n"));
    }

    void formulaCellsGetALeadingApostrophe()
    {
        Csv::WriteOptions o;
        o.neutraliseFormulas = true;
        QCOMPARE(
            Csv::record(
                {u"=HYPERLINK(\"x\")"_s, u"+1"_s, u"-2"_s, u"@SUM(A1)"_s, u"plain"_s, u"a=b"_s, {}},
                o),
            QByteArray("\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1),plain,a=b,\r\n"));
        QCOMPARE(Csv::neutralised(u"\tcmd"_s), u"'\tcmd"_s);
        QCOMPARE(Csv::neutralised(u"\rcmd"_s), u"'\rcmd"_s);
        QCOMPARE(Csv::record({u"\rx"_s}, o), QByteArray("\"'\rx\"\r\n"));
    }

    void theDelimiterDecidesWhatIsQuoted()
    {
        Csv::WriteOptions semicolon;
        semicolon.delimiter = ';';
        QCOMPARE(Csv::record({u"a;b"_s, u"c,d"_s, u"e"_s}, semicolon),
                 QByteArray("\"a;b\";c,d;e\r\n"));
        Csv::WriteOptions tab;
        tab.delimiter = '\t';
        QCOMPARE(Csv::record({u"a\tb"_s, u"c"_s}, tab), QByteArray("\"a\tb\"\tc\r\n"));
    }

    void aFileNotInUtf8IsRefusedNamingTheLine()
    {
        // Excel's "CSV (Comma delimited)": Windows-1252. Read as UTF-8 it would make "Jos\ufffd"
        // and a password nobody can type.
        QList<QStringList> rows;
        QString error;
        QVERIFY(!Csv::parse("username,firstName,password\r\njose,Jos\xe9,Pa\xdfword1\r\n", &rows,
                            &error));
        QVERIFY2(error.contains(u"line 2 is not UTF-8"_s), qPrintable(error));
        QVERIFY(rows.isEmpty());
        // UTF-8, with or without its mark, is read.
        QVERIFY2(Csv::parse("\xef\xbb\xbfusername\r\nJos\xc3\xa9\r\n", &rows, &error),
                 qPrintable(error));
        QCOMPARE(rows.at(1).at(0), u"Jos\u00e9"_s);
    }

    void whatIsWrittenReadsBack()
    {
        Csv::WriteOptions o;
        o.neutraliseFormulas = true;
        QList<QStringList> rows;
        QString error;
        QVERIFY(Csv::parse(QByteArray(Csv::kUtf8Bom) + Csv::record({u"name"_s}, o) +
                               Csv::record({u"=x"_s}, o),
                           &rows, &error));
        QCOMPARE(rows, (QList<QStringList>{{u"name"_s}, {u"'=x"_s}}));
    }
};

QTEST_GUILESS_MAIN(CsvTest)
#include "tst_csv.moc"
