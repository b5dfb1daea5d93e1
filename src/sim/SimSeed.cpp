#include "SimSeed.h"

#include "SimLicense.h"
#include "dto/Role.h"

#include <QDateTime>
#include <QJsonArray>
#include <tuple>

#include <QHash>
#include <QRandomGenerator>
#include <QUuid>

namespace infiniti::sim {

namespace {

QString seededId(QRandomGenerator &rng)
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

const char *const kFirstNames[] = {
    "Olivia", "Liam", "Charlotte", "Noah", "Amelia", "Oliver", "Isla", "William", "Mia", "Jack",
    "Ava", "Henry", "Grace", "Leo", "Chloe", "Lucas", "Zoe", "Thomas", "Ella", "James",
    "Sophie", "Ethan", "Ruby", "Harrison", "Matilda", "Lachlan", "Emily", "Alexander", "Harper",
    "Mason", "Willow", "Samuel", "Evie", "Hudson", "Lily", "Archie", "Sienna", "Oscar", "Ivy",
    "Max", "Aria", "Charlie", "Layla", "Hamish", "Priya", "Arjun", "Mei", "Wei", "Sofia", "Mateo",
    "Aisha", "Omar", "Hana", "Kenji", "Fatima", "Tariq", "Ngoc", "Minh", "Anika", "Rohan",
};
const char *const kLastNames[] = {
    "Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Johnson", "White", "Martin",
    "Anderson", "Thompson", "Nguyen", "Thomas", "Walker", "Harris", "Lee", "Ryan", "Robinson",
    "Kelly", "King", "Davis", "Wright", "Evans", "Roberts", "Green", "Hall", "Wood", "Jackson",
    "Clarke", "Patel", "Khan", "Chen", "Wang", "Singh", "Tran", "Murphy", "O'Brien", "Campbell",
    "Stewart", "Mitchell", "Young", "Scott", "Edwards", "Hughes", "Baker", "Turner", "Morris",
    "Cooper", "Ward", "Fraser", "McDonald", "Russo", "Papadopoulos", "Kowalski", "Müller",
    "García", "Rossi", "Kim", "Park", "Sato",
};
const char *const kJobTitles[] = {
    "Claims Officer", "Underwriter", "Policy Analyst", "Team Leader", "Business Analyst",
    "Customer Service Officer", "Legal Counsel", "HR Advisor", "Finance Officer",
    "Compliance Manager", "Marketing Coordinator", "Solutions Architect", "Form Designer",
};

struct GroupSeed
{
    const char *name;
    const char *role;
    bool system;
};
const GroupSeed kGroups[] = {
    {"Infiniti Users", "End User", true},
    {"Administrators", "Global Administrator", false},
    {"Claims", "Workflow Manager", false},
    {"Compliance", "End User", false},
    {"Content Authors", "Content Manager", false},
    {"Customer Service", "End User", false},
    {"Finance", "End User", false},
    {"Form Designers", "Designer", false},
    {"Human Resources", "User Administrator", false},
    {"IT Support", "User Administrator", false},
    {"Legal", "End User", false},
    {"Marketing", "End User", false},
    {"Sales", "End User", false},
    {"Underwriting", "End User", false},
};

QString lowerAscii(QString s)
{
    // Usernames keep to ASCII letters: "Müller" -> "muller", "O'Brien" -> "obrien".
    s = s.normalized(QString::NormalizationForm_D);
    QString out;
    for (const QChar c : std::as_const(s)) {
        if (c.isLetter() && c.unicode() < 128)
            out += c.toLower();
    }
    return out;
}

} // namespace

QStringList knownPermissions()
{
    return Role::knownPermissions();
}

void seedStore(SimStore &store, const SeedOptions &options)
{
    QRandomGenerator rng(options.seed);
    auto S = [](const char *s) { return QString::fromUtf8(s); };

    const QStringList all = knownPermissions();
    const struct
    {
        const char *name;
        QStringList permissions;
    } roles[] = {
        {"Global Administrator", all.mid(0, 12)},
        {"End User", {}},
        {"User Administrator", {S("Management console"), S("Manage users"), S("Manage groups")}},
        {"Designer", {S("Management console"), S("Design projects"), S("Publish projects")}},
        {"Workflow Manager", {S("Management console"), S("Manage workflow tasks")}},
        {"Content Manager", {S("Management console"), S("Manage content library"), S("Content approver")}},
        {"Data Manager", {S("Management console"), S("Manage data sources")}},
        {"Security Officer", {S("Management console"), S("Manage security"), S("Impersonate")}},
    };
    for (const auto &r : roles)
        store.addRole({seededId(rng), S(r.name), r.permissions});

    for (const auto &g : kGroups) {
        SimStore::Group group;
        group.id = seededId(rng);
        group.name = S(g.name);
        group.system = g.system;
        group.email = g.system ? QString() : lowerAscii(group.name) + QStringLiteral("@example.com");
        group.roles = {S(g.role)};
        store.addGroup(group);
    }

    // Shared strings: a million users reuse these without a copy each.
    const QString culture = S("en-AU"), language = S("en"), timezone = S("AUS Eastern Standard Time");
    const QString organisation = S("Example Insurance Ltd");
    const QString domain = S("@example.com");
    QList<QString> firsts, lasts, firstKeys, lastKeys, titles, groupNames;
    for (const auto *n : kFirstNames) {
        firsts << S(n);
        firstKeys << lowerAscii(firsts.constLast());
    }
    for (const auto *n : kLastNames) {
        lasts << S(n);
        lastKeys << lowerAscii(lasts.constLast());
    }
    for (const auto *n : kJobTitles)
        titles << S(n);
    for (const auto &g : kGroups)
        groupNames << S(g.name);
    const QString everyone = groupNames.first();

    auto base = [&](const QString &username, const QString &first, const QString &last) {
        SimStore::User u;
        u.id = seededId(rng);
        u.username = username;
        u.firstName = first;
        u.lastName = last;
        u.email = username + domain;
        u.culture = culture;
        u.language = language;
        u.timezone = timezone;
        u.organization = organisation;
        return u;
    };

    SimStore::User admin = base(S(kAdminUser), S("Ada"), S("Administrator"));
    admin.password = options.adminPassword;
    admin.passwordNeverExpires = true;
    admin.jobTitle = S("Infiniti Administrator");
    admin.roles = {S("Global Administrator")};
    admin.groups = {everyone, S("Administrators")};
    admin.streetAddress = {{S("line1"), S("Level 4, 100 Queen Street")}, {S("line2"), QString()},
                           {S("city"), S("Brisbane")}, {S("state"), S("QLD")},
                           {S("zipcode"), S("4000")}, {S("country"), S("Australia")}};
    store.appendUserUnsorted(admin);

    SimStore::User endUser = base(S(kEndUser), S("Eddie"), S("User"));
    endUser.password = S(kEndUserPassword);
    endUser.jobTitle = S("Customer Service Officer");
    endUser.groups = {everyone};
    store.appendUserUnsorted(endUser);

    const QString seededPassword = S("Password1!");
    // Users share the few distinct group lists instead of holding a copy each.
    QHash<int, QStringList> groupLists;
    QHash<QString, int> taken;
    taken.insert(admin.username, 1);
    taken.insert(endUser.username, 1);
    const int n = qMax(0, options.users);
    for (int i = 0; i < n; ++i) {
        const int fi = int(rng.bounded(quint32(firsts.size())));
        const int li = int(rng.bounded(quint32(lasts.size())));
        const QString &first = firsts.at(fi);
        const QString &last = lasts.at(li);
        QString name = firstKeys.at(fi) + QLatin1Char('.') + lastKeys.at(li);
        const int seen = taken.value(name);
        taken.insert(name, seen + 1);
        if (seen > 0)
            name += QString::number(seen + 1);
        SimStore::User u = base(name, first, last);
        u.jobTitle = titles.at(int(rng.bounded(quint32(titles.size()))));
        u.password = seededPassword;
        const quint32 roll = rng.bounded(100u);
        u.disabled = roll < 4;
        u.lockedOut = roll >= 4 && roll < 7;
        u.twoFactorAuth = roll >= 50 && roll < 70;
        const int departments = int(groupNames.size()) - 2;
        const int g1 = 2 + int(rng.bounded(quint32(departments)));
        const int g2 = rng.bounded(2u) ? 2 + int(rng.bounded(quint32(departments))) : g1;
        QStringList &groups = groupLists[g1 * 100 + g2];
        if (groups.isEmpty()) {
            groups = {everyone, groupNames.at(g1)};
            if (g2 != g1)
                groups << groupNames.at(g2);
        }
        u.groups = groups;
        if (i % 97 == 0)
            u.phone = QStringLiteral("+61 7 3%1 %2").arg(i % 1000, 3, 10, QLatin1Char('0')).arg(i % 10000, 4, 10, QLatin1Char('0'));
        store.appendUserUnsorted(std::move(u));
    }
    store.finishBulkLoad();

    // Settings and folders an organisation would have.
    auto doc = [&](const QString &collection, QJsonObject o) {
        o.insert(QLatin1StringView("id"), seededId(rng));
        store.documents(collection).push_back(o);
        return o.value(QLatin1StringView("id")).toString();
    };
    for (const auto &[name, type, location] : {std::tuple{"PolicyNumber", "Text", "ResponseMetadata"},
                                               std::tuple{"Region", "Text", "ResponseMetadata"},
                                               std::tuple{"CustomerSince", "Date", "UserProfile"},
                                               std::tuple{"CostCentre", "Number", "UserProfile"}})
        doc(QStringLiteral("customFields"), {{QLatin1StringView("name"), S(name)},
                                             {QLatin1StringView("validationType"), S(type)},
                                             {QLatin1StringView("location"), S(location)}});
    for (const auto &[value, typeId, description] :
         {std::tuple{"Data Source=sql01;Initial Catalog=CompanyData;Integrated Security=True",
                     "b772a946-1096-4357-8275-4a8c015929f3", "Default SQL Server Connection String"},
          std::tuple{"smtp.example.com:587", "5d0c6a4e-8a2f-4e33-9a1b-2f9f7c1d0e11", "SMTP server"},
          std::tuple{"Sm7p-Pa55!", "5d0c6a4e-8a2f-4e33-9a1b-2f9f7c1d0e12", "SMTP password"},
          std::tuple{"", "a4f2c7e1-3b5d-4c8e-9f0a-1b2c3d4e5f60", "SharePoint site URL"}})
        doc(QStringLiteral("connectorSettings"),
            {{QLatin1StringView("value"), S(value)},
             {QLatin1StringView("metadata"), QJsonObject{{QLatin1StringView("typeId"), S(typeId)},
                                                         {QLatin1StringView("description"), S(description)}}}});
    for (const auto &[name, purpose, text] : {std::tuple{"Claim received", "None", "We have received your claim {ClaimNumber}."},
                                              std::tuple{"Password reset", "None", "Use this link to reset your password."},
                                              std::tuple{"Task assigned", "None", "A form is waiting for you in your task list."}})
        doc(QStringLiteral("communicationTemplates"),
            {{QLatin1StringView("name"), S(name)},
             {QLatin1StringView("purpose"), S(purpose)},
             {QLatin1StringView("translations"), QJsonArray{QJsonObject{{QLatin1StringView("language"), QString()},
                                                                        {QLatin1StringView("text"), S(text)}}}}});
    auto folder = [&](const QString &collection, const char *name, const QString &parent, QStringList groups) {
        return doc(collection, {{QLatin1StringView("name"), S(name)},
                                {QLatin1StringView("groups"), QJsonArray::fromStringList(groups)},
                                {QLatin1StringView("parentId"), parent.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(parent)}});
    };
    const QString content = QStringLiteral("contentfolders");
    const QString forms = folder(content, "Forms", {}, {S("Form Designers")});
    folder(content, "Claims", forms, {S("Form Designers"), S("Claims")});
    const QString motor = folder(content, "Motor", forms, {S("Form Designers"), S("Underwriting")});
    folder(content, "Fleet", motor, {S("Underwriting")});
    folder(content, "Home and Contents", forms, {S("Form Designers")});
    const QString templatesFolder = folder(content, "Templates", {}, {S("Content Authors")});
    folder(content, "Letters", templatesFolder, {S("Content Authors"), S("Legal")});
    folder(content, "Emails", templatesFolder, {S("Content Authors"), S("Marketing")});
    folder(content, "Archive", {}, {S("Administrators")});
    const QString publish = QStringLiteral("publishfolders");
    folder(publish, "Customer Forms", {}, {everyone});
    folder(publish, "Internal", {}, {S("Claims"), S("Underwriting"), S("Finance")});
    folder(publish, "Partners", {}, {S("Sales")});
    for (const auto &c : {content, QStringLiteral("customFields"), QStringLiteral("communicationTemplates"), publish}) {
        auto &items = store.documents(c);
        std::sort(items.begin(), items.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QLatin1StringView("name")).toString().compare(b.value(QLatin1StringView("name")).toString(),
                                                                         Qt::CaseInsensitive) < 0;
        });
    }

    // A license close to its limits, as administrators meet them.
    SimLicenseKey key;
    key.edition = S("Enterprise");
    key.maxUsers = store.userCount() + qMax(3, store.userCount() / 50); // 2 % of seats left
    key.expiry = QDate::currentDate().addDays(21);
    const QString expiry = QDateTime(key.expiry, QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs);
    store.license = {{QLatin1StringView("key"), key.toString()},
                     {QLatin1StringView("licensedTo"), organisation},
                     {QLatin1StringView("product"), S("Infiniti")},
                     {QLatin1StringView("edition"), key.edition},
                     {QLatin1StringView("issuedUtc"), QDateTime(QDate::currentDate().addDays(-344), QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs)},
                     {QLatin1StringView("expiryUtc"), expiry},
                     {QLatin1StringView("maxUsers"), key.maxUsers},
                     {QLatin1StringView("maxProjects"), 40},
                     {QLatin1StringView("tenancyKey"), QString(QStringLiteral("TK-") + seededId(rng).toUpper())},
                     {QLatin1StringView("modules"), QJsonArray{
                          QJsonObject{{QLatin1StringView("name"), S("Produce")}, {QLatin1StringView("licensed"), true}, {QLatin1StringView("expiryUtc"), expiry}},
                          QJsonObject{{QLatin1StringView("name"), S("Manage")}, {QLatin1StringView("licensed"), true}, {QLatin1StringView("expiryUtc"), expiry}},
                          QJsonObject{{QLatin1StringView("name"), S("Workflow")}, {QLatin1StringView("licensed"), true},
                                      {QLatin1StringView("expiryUtc"), QDateTime(QDate::currentDate().addDays(7), QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs)}},
                          QJsonObject{{QLatin1StringView("name"), S("Analytics")}, {QLatin1StringView("licensed"), false}, {QLatin1StringView("expiryUtc"), QJsonValue::Null}},
                          QJsonObject{{QLatin1StringView("name"), S("Connectors")}, {QLatin1StringView("licensed"), true}, {QLatin1StringView("expiryUtc"), expiry}}}}};
}

} // namespace infiniti::sim
