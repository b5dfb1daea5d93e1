// JsonScan (the list reader infiniti-ctl prints from) against Qt's own reading: for every answer
// here, well-formed or not, it must decide as QJsonDocument::fromJson + Json::readList decide —
// same verdict, same problem text, the same items — and its cells must read as the QJsonObject's.
#include "formats/Json.h"
#include "formats/JsonScan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace infiniti;

class JsonScanTest : public QObject
{
    Q_OBJECT

    // Both readers on `json`: the verdicts and problems agree, and each item's bytes read back
    // as Qt's item.
    static void agree(const QByteArray &json, QLatin1StringView envelope)
    {
        QJsonArray expected;
        QString expectedProblem;
        const bool qtOk =
            Json::readList(QJsonDocument::fromJson(json), envelope, &expected, &expectedProblem);
        JsonScan::ListPage page;
        QString problem;
        const bool ok = JsonScan::readList(json, envelope, &page, &problem);
        QVERIFY2(ok == qtOk,
                 qPrintable(u"%1: scan %2, Qt %3 (%4)"_s.arg(QString::fromUtf8(json.left(120)))
                                .arg(int(ok))
                                .arg(int(qtOk))
                                .arg(expectedProblem)));
        if (!ok) {
            QCOMPARE(problem, expectedProblem);
            return;
        }
        QCOMPARE(page.items.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const JsonScan::Value &item = page.items.at(i);
            QVERIFY(item.type == JsonScan::Type::Object);
            QCOMPARE(JsonScan::toJsonValue(json, item), expected.at(i));
            // Each member found by its key reads as Json::value() reads it.
            const QJsonObject object = expected.at(i).toObject();
            const JsonScan::Members members = JsonScan::members(json, item);
            QCOMPARE(members.size() >= object.size(), true);
            for (const JsonScan::Member &m : members) {
                const QByteArray key = JsonScan::string(json, m.key).toLatin1();
                QCOMPARE(JsonScan::toJsonValue(
                             json, JsonScan::find(json, members, QLatin1StringView(key))),
                         Json::value(object, QLatin1StringView(key)));
            }
        }
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        const QJsonValue link = doc.isObject() ? Json::value(doc.object(), "@nextLink"_L1)
                                               : QJsonValue(QJsonValue::Undefined);
        QCOMPARE(JsonScan::toJsonValue(json, page.nextLink), link);

        // Read again with each item's members noted while checking: the same page, and the
        // members noted are those members() reads from the item's bytes.
        JsonScan::ListPage recorded;
        QString recordedProblem;
        QVERIFY(JsonScan::readList(json, envelope, &recorded, &recordedProblem,
                                   JsonScan::ItemMembers::Recorded));
        QVERIFY(recorded.membersRecorded);
        QCOMPARE(recorded.items.size(), page.items.size());
        for (qsizetype i = 0; i < page.items.size(); ++i) {
            const JsonScan::Value &item = recorded.items.at(i);
            QCOMPARE(item.begin, page.items.at(i).begin);
            QCOMPARE(item.end, page.items.at(i).end);
            const JsonScan::Members read = JsonScan::members(json, item);
            const JsonScan::MemberSpan noted = recorded.itemMembers(item);
            QCOMPARE(qsizetype(noted.size()), read.size());
            for (qsizetype m = 0; m < read.size(); ++m) {
                const JsonScan::Member &a = noted[size_t(m)];
                const JsonScan::Member &b = read.at(m);
                QCOMPARE(a.key.begin, b.key.begin);
                QCOMPARE(a.key.end, b.key.end);
                QCOMPARE(a.key.compact, b.key.compact);
                QVERIFY(a.value.type == b.value.type);
                QCOMPARE(a.value.begin, b.value.begin);
                QCOMPARE(a.value.end, b.value.end);
            }
        }

        // Only the ids: those of the members named "id" in any casing (written plainly).
        JsonScan::ListPage ids;
        QVERIFY(JsonScan::readList(json, envelope, &ids, &recordedProblem,
                                   JsonScan::ItemMembers::OnlyId));
        QCOMPARE(ids.items.size(), page.items.size());
        for (qsizetype i = 0; i < page.items.size(); ++i) {
            QList<qsizetype> expectedIds;
            for (const JsonScan::Member &m : JsonScan::members(json, page.items.at(i))) {
                if (m.key.compact &&
                    JsonScan::string(json, m.key).compare(u"id"_s, Qt::CaseInsensitive) == 0)
                    expectedIds << m.value.begin;
            }
            QList<qsizetype> noted;
            for (const JsonScan::Member &m : ids.itemMembers(ids.items.at(i)))
                noted << m.value.begin;
            QCOMPARE(noted, expectedIds);
        }
    }

private slots:
    void decidesAsQtDoes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("envelope") << QByteArray(
            R"({"users":[{"id":1},{"id":"b","name":"x"}],"@nextLink":"u?$skip=2"})");
        QTest::newRow("other casing") << QByteArray(R"({"Users":[{"Id":1}],"@NextLink":null})");
        QTest::newRow("two casings, exact wins")
            << QByteArray(R"({"USERS":[{"a":1}],"users":[{"b":2}]})");
        QTest::newRow("two other casings")
            << QByteArray(R"({"USERS":[{"a":1}],"Users":[{"b":2}]})");
        QTest::newRow("first array by key order")
            << QByteArray(R"({"zeta":[{"z":1}],"alpha":[{"a":1}],"n":3})");
        QTest::newRow("bare array") << QByteArray(R"([{"a":1},{"b":[1,2,{"c":null}]}])");
        QTest::newRow("empty list") << QByteArray(R"({"users":[]})");
        QTest::newRow("spaces everywhere")
            << QByteArray(" \r\n{ \"users\" :\t[ { \"a\" : 1 , \"b\" : [ ] } , {} ] } \n");
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"users\":[{\"a\":1}]}");
        QTest::newRow("escapes") << QByteArray(
            "{\"users\":[{\"n\":\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00fc\\ud83d\\ude00\"}]}");
        QTest::newRow("utf-8") << QByteArray(
            "{\"users\":[{\"n\":\"\xC3\xBC\xE2\x82\xAC\xF0\x9F\x98\x80\"}]}");
        QTest::newRow("numbers") << QByteArray(
            R"({"users":[{"a":0,"b":-1.5e+3,"c":12345678901234567890,"d":1E-2}]})");
        QTest::newRow("literals") << QByteArray(R"({"users":[{"a":true,"b":false,"c":null}]})");
        QTest::newRow("deep") << QByteArray(R"({"users":[{"a":{"b":{"c":[[[{"d":[]}]]]}}}]})");
        // Answers that must not pass for a list (issue #13).
        QTest::newRow("users null") << QByteArray(R"({"users":null})");
        QTest::newRow("users string") << QByteArray(R"({"users":"abc"})");
        QTest::newRow("no array") << QByteArray(R"({"count":3})");
        QTest::newRow("item null") << QByteArray(R"({"users":[{"a":1},null]})");
        QTest::newRow("item string") << QByteArray(R"({"projects":[{},"str",3]})");
        QTest::newRow("bare array of numbers") << QByteArray("[1,2]");
        // Not JSON at all.
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("spaces") << QByteArray("   ");
        QTest::newRow("scalar") << QByteArray("42");
        QTest::newRow("cut short") << QByteArray(R"({"users":[{"a":1},{"b":)");
        QTest::newRow("trailing comma") << QByteArray(R"({"users":[{"a":1},]})");
        QTest::newRow("garbage after") << QByteArray(R"({"users":[]} x)");
        QTest::newRow("two documents") << QByteArray(R"({"users":[]}{})");
        QTest::newRow("single quotes") << QByteArray(R"({'users':[]})");
        QTest::newRow("bad escape") << QByteArray("{\"users\":[{\"a\":\"\\x\"}]}");
        QTest::newRow("short unicode escape") << QByteArray("{\"users\":[{\"a\":\"\\u12\"}]}");
        QTest::newRow("bad number") << QByteArray(R"({"users":[{"a":01}]})");
        QTest::newRow("lone minus") << QByteArray(R"({"users":[{"a":-}]})");
        QTest::newRow("bad literal") << QByteArray(R"({"users":[{"a":tru}]})");
        QTest::newRow("missing colon") << QByteArray(R"({"users" [{"a":1}]})");
        QTest::newRow("unquoted key") << QByteArray(R"({users:[]})");
        QTest::newRow("invalid utf-8") << QByteArray("{\"users\":[{\"a\":\"\xC3\x28\"}]}");
        QTest::newRow("overlong utf-8") << QByteArray("{\"users\":[{\"a\":\"\xC0\xAF\"}]}");
        QTest::newRow("utf-8 surrogate") << QByteArray("{\"users\":[{\"a\":\"\xED\xA0\x80\"}]}");
        QTest::newRow("unterminated string") << QByteArray("{\"users\":[{\"a\":\"abc}]}");
        QByteArray deep(2000, '[');
        deep += QByteArray(2000, ']');
        QTest::newRow("too deep") << deep;
    }

    void decidesAsQtDoes()
    {
        QFETCH(QByteArray, json);
        agree(json, "users"_L1);
    }

    void randomDamageIsJudgedAlike()
    {
        // A real page, then the same with bytes changed, dropped or cut: thousands of answers
        // nobody wrote by hand, each decided by both readers.
        QJsonArray users;
        for (int i = 0; i < 20; ++i)
            users.append(QJsonObject{
                {"id"_L1, i},
                {"username"_L1, u"user%1"_s.arg(i)},
                {"email"_L1, u"ü%1@example.com"_s.arg(i)},
                {"groups"_L1, QJsonArray{u"Staff"_s, QJsonObject{{"name"_L1, u"Sales"_s}}}},
                {"disabled"_L1, i % 2 == 0},
                {"score"_L1, i * 1.25}});
        const QByteArray page =
            QJsonDocument(QJsonObject{{"users"_L1, users}, {"@nextLink"_L1, u"users?$skip=20"_s}})
                .toJson(QJsonDocument::Indented);
        agree(page, "users"_L1);
        QRandomGenerator random(15);
        static const char kBytes[] = "{}[]\",:\\ 0123456789.-eEtrufalsn\xC3\xBC\x80";
        for (int round = 0; round < 3000; ++round) {
            QByteArray damaged = page;
            const int edits = 1 + int(random.bounded(3));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = qsizetype(random.bounded(quint32(damaged.size())));
                switch (random.bounded(3)) {
                case 0:
                    damaged[at] = kBytes[random.bounded(quint32(sizeof(kBytes) - 1))];
                    break;
                case 1:
                    damaged.remove(at, 1);
                    break;
                default:
                    damaged.truncate(at);
                    break;
                }
            }
            agree(damaged, "users"_L1);
            if (QTest::currentTestFailed()) {
                qWarning() << "round" << round << damaged;
                return;
            }
        }
    }

    void stringsAreReadWhereverTheirBytesFall()
    {
        // Strings of every length up to 48 bytes with one byte of each kind at every place in
        // them (strings are read 16 bytes at a time where the machine can): both readers agree.
        const QList<QByteArray> odd = {
            "ID",   "iD",   "\\u0069d", "\\\"",     "\\\\",         "\\u00e9",          "\\n",
            "\x01", "\x1f", "\x7f",     "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", "\xff",
            "\xc3", "\\x",  "\\"};
        for (int length = 0; length <= 48; ++length) {
            for (int at = 0; at <= length; ++at) {
                for (const QByteArray &kind : odd) {
                    QByteArray text(length, 'a');
                    text.insert(at, kind);
                    const QByteArray json = "{\"users\":[{\"" + text + "\":\"" + text +
                                            "\",\"n\":1},{\"k\":\"" + text + "\"}]}";
                    agree(json, "users"_L1);
                    if (QTest::currentTestFailed()) {
                        qWarning() << json;
                        return;
                    }
                }
            }
        }
    }

    void compactItemsAreTheirOwnCompactForm()
    {
        const QByteArray compact =
            QJsonDocument(
                QJsonObject{{"users"_L1, QJsonArray{QJsonObject{{"a"_L1, 1}, {"b"_L1, u"x y"_s}}}}})
                .toJson(QJsonDocument::Compact);
        JsonScan::ListPage page;
        QString problem;
        QVERIFY(JsonScan::readList(compact, "users"_L1, &page, &problem));
        QVERIFY(page.items.at(0).compact);
        QCOMPARE(page.items.at(0).bytes(compact), QByteArrayView(R"({"a":1,"b":"x y"})"));
        const QByteArray spaced = "{\"users\":[{\"a\": 1}, {\"b\":\"raw\ttab\"}, {\"c\":[1,2]}]}";
        QVERIFY(JsonScan::readList(spaced, "users"_L1, &page, &problem));
        QVERIFY(!page.items.at(0).compact); // a space after the colon
        QVERIFY(!page.items.at(1).compact); // a raw tab inside a string
        QVERIFY(page.items.at(2).compact);
    }

    void fieldsReadAsJsonReadsThem()
    {
        const QByteArray json =
            R"({"users":[{"Username":"a\u00e9","EMAIL":"x@y","groups":["G1",{"name":"G2"},{"Name":7},3],)"
            R"("metadata":{"Description":"deep"},"disabled":true,"ratio":0.5,"id":12345678901}]})";
        JsonScan::ListPage page;
        QString problem;
        QVERIFY(JsonScan::readList(json, "users"_L1, &page, &problem));
        const JsonScan::Value item = page.items.at(0);
        const QJsonObject object = JsonScan::toJsonValue(json, item).toObject();
        const JsonScan::Members members = JsonScan::members(json, item);
        QCOMPARE(members.size(), object.size());
        for (const char *key : {"username", "email", "id", "ratio", "disabled", "missing"}) {
            const QLatin1StringView k(key);
            QCOMPARE(JsonScan::toJsonValue(json, JsonScan::find(json, members, k)),
                     Json::value(object, k));
        }
        QCOMPARE(JsonScan::string(json, JsonScan::find(json, members, "username"_L1)), u"aé"_s);
        QCOMPARE(
            JsonScan::toJsonValue(json, JsonScan::atPath(json, item, u"metadata.description"_s)),
            Json::atPath(object, u"metadata.description"_s));
        const JsonScan::Elements groups =
            JsonScan::elements(json, JsonScan::find(json, members, "groups"_L1));
        QCOMPARE(groups.size(), 4);
        QCOMPARE(JsonScan::string(json, groups.at(0)), u"G1"_s);
        QVERIFY(groups.at(1).type == JsonScan::Type::Object);
        QVERIFY(groups.at(3).type == JsonScan::Type::Number);
    }
};

QTEST_GUILESS_MAIN(JsonScanTest)
#include "tst_jsonscan.moc"
