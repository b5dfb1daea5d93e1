// How fast infiniti-ctl's lists read a page (issue #15): JsonScan::readList() over pages of 500
// users shaped as the emulator sends them (~680 bytes each, 26 members), in the ways the
// CLI reads them: checked only (--json), checked with each item's members noted (text, CSV),
// and checked then each item walked again for its members (how text and CSV read before).
// Prints MB/s and ns per user for each; QJsonDocument::fromJson on the same page as a
// baseline. Usage: bench_jsonscan [--pages N=200] [--page FILE (one answer to read instead)]
#include "BenchOptions.h"
#include "formats/JsonScan.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace infiniti;

namespace {
QByteArray usersPage(int count)
{
    static const char *const kFirst[] = {"Aisha", "Ben", "Chloé", "Dmitri", "Emma", "Farid"};
    static const char *const kLast[] = {"García", "Nguyen", "Smith", "O'Brien", "Kowalski"};
    static const char *const kGroups[] = {"Sales", "Legal", "Marketing", "Finance"};
    const QJsonObject address{{"city"_L1, ""_L1},  {"country"_L1, ""_L1}, {"line1"_L1, ""_L1},
                              {"line2"_L1, ""_L1}, {"state"_L1, ""_L1},   {"zipcode"_L1, ""_L1}};
    QJsonArray users;
    for (int i = 0; i < count; ++i) {
        const QString first = QString::fromUtf8(kFirst[i % 6]);
        const QString last = QString::fromUtf8(kLast[i % 5]);
        const QString name = QString(first + u'.' + last).toLower() + QString::number(i);
        QJsonArray groups{u"Infiniti Users"_s};
        for (int g = 0; g <= i % 3; ++g)
            groups.append(QString::fromUtf8(kGroups[(i + g) % 4]));
        users.append(
            QJsonObject{{"changePasswordAtNextLogin"_L1, false},
                        {"culture"_L1, u"en-AU"_s},
                        {"customFields"_L1, QJsonObject{}},
                        {"disabled"_L1, i % 17 == 0},
                        {"email"_L1, QString(name + u"@example.com"_s)},
                        {"fax"_L1, ""_L1},
                        {"firstName"_L1, first},
                        {"groups"_L1, groups},
                        {"id"_L1, u"828c0787-2442-4657-a72c-%1"_s.arg(i, 12, 10, QLatin1Char('0'))},
                        {"jobTitle"_L1, u"Finance Officer"_s},
                        {"language"_L1, u"en"_s},
                        {"lastName"_L1, last},
                        {"lockedOut"_L1, false},
                        {"organization"_L1, u"Example Insurance Ltd"_s},
                        {"passwordNeverExpires"_L1, false},
                        {"phone"_L1, ""_L1},
                        {"postalAddress"_L1, address},
                        {"prefix"_L1, ""_L1},
                        {"streetAddress"_L1, address},
                        {"timezone"_L1, u"AUS Eastern Standard Time"_s},
                        {"twoFactorAuth"_L1, false},
                        {"username"_L1, name}});
    }
    return QJsonDocument(QJsonObject{{"users"_L1, users},
                                     {"@nextLink"_L1, u"http://127.0.0.1/api/v1/admin/users"_s}})
        .toJson(QJsonDocument::Compact);
}

// Runs `read` over the page `rounds` times; prints the rate.
void measure(const char *what, const QByteArray &page, qsizetype items, int rounds,
             const std::function<qsizetype()> &read)
{
    qsizetype sink = read(); // warm
    QElapsedTimer timer;
    timer.start();
    for (int r = 0; r < rounds; ++r)
        sink += read();
    const double s = double(timer.nsecsElapsed()) / 1e9;
    const double mb = double(page.size()) * rounds / 1e6;
    printf("  %-44s %7.0f MB/s  %6.0f ns/item  (%lld)\n", what, mb / s,
           s * 1e9 / double(items * rounds), static_cast<long long>(sink % 10));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const QString &name, const QString &fallback) {
        return benchOption(args, name, fallback);
    };
    const int rounds = qMax(1, option(u"--pages"_s, u"200"_s).toInt());
    QByteArray page;
    if (const QString file = option(u"--page"_s, {}); !file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            fprintf(stderr, "cannot read %s\n", qPrintable(file));
            return 1;
        }
        page = f.readAll();
    } else {
        page = usersPage(500);
    }
    JsonScan::ListPage list;
    QString problem;
    if (!JsonScan::readList(page, "users"_L1, &list, &problem)) {
        fprintf(stderr, "not a list: %s\n", qPrintable(problem));
        return 1;
    }
    const qsizetype items = list.items.size();
    printf("page: %lld bytes, %lld items, %d rounds\n", static_cast<long long>(page.size()),
           static_cast<long long>(items), rounds);
    measure("checked (--json)", page, items, rounds, [&] {
        JsonScan::ListPage p;
        QString why;
        JsonScan::readList(page, "users"_L1, &p, &why);
        return p.items.size();
    });
    measure("checked, members noted (text, CSV)", page, items, rounds, [&] {
        JsonScan::ListPage p;
        QString why;
        JsonScan::readList(page, "users"_L1, &p, &why, JsonScan::ItemMembers::Recorded);
        qsizetype n = 0;
        for (const JsonScan::Value &item : p.items)
            n += qsizetype(p.itemMembers(item).size());
        return n;
    });
    measure("checked, then members() of each item", page, items, rounds, [&] {
        JsonScan::ListPage p;
        QString why;
        JsonScan::readList(page, "users"_L1, &p, &why);
        qsizetype n = 0;
        for (const JsonScan::Value &item : p.items)
            n += JsonScan::members(page, item).size();
        return n;
    });
    measure("QJsonDocument::fromJson (baseline)", page, items, rounds,
            [&] { return QJsonDocument::fromJson(page).object().size(); });
    return 0;
}
