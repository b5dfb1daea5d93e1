// seedStore(): a realistic organisation, deterministic for a seed. Each area has its seeder
// (SimSeedParts.h); they draw from one random sequence in the order below, so reordering them
// changes the data.
#include "sim/SimSeed.h"

#include "sim/SimLicense.h"
#include "sim/SimSeedParts.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace infiniti::sim {

namespace seed {

QString Context::id()
{
    quint32 w[4];
    rng.fillRange(w, 4);
    w[1] = (w[1] & 0xFFFF0FFFu) | 0x00004000u; // version 4
    w[2] = (w[2] & 0x3FFFFFFFu) | 0x80000000u; // RFC 4122 variant
    const QUuid u(w[0], quint16(w[1] >> 16), quint16(w[1]), uchar(w[2] >> 24), uchar(w[2] >> 16),
                  uchar(w[2] >> 8), uchar(w[2]), uchar(w[3] >> 24), uchar(w[3] >> 16),
                  uchar(w[3] >> 8), uchar(w[3]));
    return u.toString(QUuid::WithoutBraces);
}

QString Context::add(const QString &collection, QJsonObject o)
{
    o.insert("id"_L1, id());
    store.documents(collection).push_back(o);
    return o.value("id"_L1).toString();
}

namespace {

// The plain collections in name order, as the routes keep them.
void sortCollections(SimStore &store)
{
    const auto byKey = [](const char *key) {
        return [key](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QLatin1StringView(key))
                       .toString()
                       .compare(b.value(QLatin1StringView(key)).toString(), Qt::CaseInsensitive) <
                   0;
        };
    };
    for (const auto &collection : {kContentFolders, u"customFields"_s, u"communicationTemplates"_s,
                                   kPublishFolders, u"datasources"_s, u"contentLibraryItems"_s}) {
        auto &items = store.documents(collection);
        std::sort(items.begin(), items.end(), byKey("name"));
    }
    auto &objects = store.documents(u"dataObjects"_s);
    std::sort(objects.begin(), objects.end(), byKey("displayName"));
}

// A license close to its limits, as administrators meet them.
void seedLicense(Context &c)
{
    SimStore &store = c.store;
    SimLicenseKey key;
    key.edition = S("Enterprise");
    key.maxUsers = store.userCount() + qMax(3, store.userCount() / 50); // 2 % of seats left
    key.expiry = QDate::currentDate().addDays(21);
    const QString expiry = QDateTime(key.expiry, QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs);
    store.license = {
        {"key"_L1, key.toString()},
        {"licensedTo"_L1, kOrganisation},
        {"product"_L1, S("Infiniti")},
        {"edition"_L1, key.edition},
        {"issuedUtc"_L1, QDateTime(QDate::currentDate().addDays(-344), QTime(0, 0), Qt::UTC)
                             .toString(Qt::ISODateWithMs)},
        {"expiryUtc"_L1, expiry},
        {"maxUsers"_L1, key.maxUsers},
        {"maxProjects"_L1, 34},
        {"tenancyKey"_L1, QString(u"TK-"_s + c.id().toUpper())},
        {"modules"_L1,
         QJsonArray{
             QJsonObject{
                 {"name"_L1, S("Produce")}, {"licensed"_L1, true}, {"expiryUtc"_L1, expiry}},
             QJsonObject{{"name"_L1, S("Manage")}, {"licensed"_L1, true}, {"expiryUtc"_L1, expiry}},
             QJsonObject{
                 {"name"_L1, S("Workflow")},
                 {"licensed"_L1, true},
                 {"expiryUtc"_L1, QDateTime(QDate::currentDate().addDays(7), QTime(0, 0), Qt::UTC)
                                      .toString(Qt::ISODateWithMs)}},
             QJsonObject{{"name"_L1, S("Analytics")},
                         {"licensed"_L1, false},
                         {"expiryUtc"_L1, QJsonValue::Null}},
             QJsonObject{
                 {"name"_L1, S("Connectors")}, {"licensed"_L1, true}, {"expiryUtc"_L1, expiry}}}}};
}

} // namespace

} // namespace seed

void seedStore(SimStore &store, const SeedOptions &options)
{
    seed::Context c{store, options, QRandomGenerator(options.seed)};
    seed::seedPeople(c);
    seed::seedSettings(c);
    seed::seedDataSources(c);
    seed::seedLibrary(c);
    seed::sortCollections(store);
    seed::seedProjects(c);
    seed::seedProduce(c);
    seed::seedLicense(c);
}

} // namespace infiniti::sim
