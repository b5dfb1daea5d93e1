// Seeded content library items: real PNG images and UTF-8 texts, with a few versions each.
#include "sim/SimAssets.h"
#include "sim/SimRoutes.h"
#include "sim/SimSeedParts.h"

#include <QDateTime>

#include <cmath>

using namespace Qt::StringLiterals;

namespace infiniti::sim::seed {

void seedLibrary(Context &c)
{
    SimStore &store = c.store;
    auto &rng = c.rng;
    // Content library: images and text with a few versions each.
    const QDateTime libraryStart(QDate(2025, 3, 3), QTime(9, 30), Qt::UTC);
    auto libraryItem = [&](const char *name, const char *category, const char *folder,
                           const char *description, const QString &extension,
                           const QList<QByteArray> &versions) {
        QJsonObject item{{"id"_L1, c.id()},
                         {"name"_L1, S(name)},
                         {"description"_L1, S(description)},
                         {"category"_L1, S(category)},
                         {"type"_L1, extension == ".png"_L1 ? S("Image") : S("Text")},
                         {"folderName"_L1, S(folder)},
                         {"scale"_L1, 100},
                         {"extension"_L1, extension}};
        const int firstDay = int(rng.bounded(200u));
        for (int v = 0; v < versions.size(); ++v) {
            item.insert("version"_L1, QString::number(v + 1));
            item.insert("binary"_L1, QString::fromLatin1(versions.at(v).toBase64()));
            item.insert("size"_L1, double(versions.at(v).size()));
            item.insert("modifiedBy"_L1, v % 2 ? S("enduser") : S("admin"));
            item.insert("modifiedDateTime"_L1,
                        libraryStart.addDays(firstDay + v * 40).toString(Qt::ISODateWithMs));
            addLibraryVersion(store, item, v == 0 ? S("First version") : S("Updated"));
        }
        store.documents(u"contentLibraryItems"_s).push_back(item);
    };
    libraryItem("Company logo", "Branding", "Templates", "Logo for letterheads", u".png"_s,
                {SimAssets::badge(160, 120, 0x1f5fa8), SimAssets::badge(160, 120, 0x1a7f5a),
                 SimAssets::badge(200, 150, 0x1a7f5a)});
    libraryItem("Signature - Claims Manager", "Signatures", "Letters", "Scanned signature",
                u".png"_s, {SimAssets::png(240, 60, [](int x, int y) -> quint32 {
                    return std::abs(y - 30 - int(12 * std::sin(x / 9.0))) < 2 ? 0x101060u
                                                                              : 0xffffffu;
                })});
    libraryItem("Banner - Home and Contents", "Branding", "Emails", "Email header banner",
                u".png"_s,
                {SimAssets::png(480, 80,
                                [](int x, int y) -> quint32 {
                                    return quint32((x * 255 / 480) << 16 | (y * 3) << 8 | 0x80);
                                }),
                 SimAssets::png(480, 80, [](int x, int y) -> quint32 {
                     return quint32(0x80 << 16 | (y * 3) << 8 | (x * 255 / 480));
                 })});
    libraryItem(
        "Privacy statement", "Legal", "Letters", "Standard privacy clause", u".txt"_s,
        {QByteArray("We collect your personal information to assess your claim."),
         QByteArray("We collect your personal information to assess and manage your claim.\n"
                    "See example.com/privacy for how we handle it."),
         QByteArray("We collect your personal information to assess and manage your claim.\n"
                    "See example.com/privacy for how we handle it, and how to ask for a copy.")});
    libraryItem("Disclaimer", "Legal", "Letters", "Footer disclaimer", u".txt"_s,
                {QByteArray("This letter is general advice only.")});
    libraryItem("Claims phone number", "Contact", "Emails", "Shown in every claims email",
                u".txt"_s,
                {QByteArray("Call 13 24 80, 8 am to 8 pm, Monday to Saturday."),
                 QByteArray("Call 13 24 80, 8 am to 8 pm, seven days.")});
    libraryItem(
        "Welcome paragraph", "Marketing", "Emails", "", u".txt"_s,
        {QByteArray("Welcome to Example Insurance. \xe2\x80\x94 Thank you for choosing us.")});
}

} // namespace infiniti::sim::seed
