// Seeded roles, groups and users (docs/EMULATOR.md "Seeded accounts and data").
#include "sim/SimSeedParts.h"

#include "api/dto/Permissions.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace infiniti::sim::seed {

namespace {

const char *const kFirstNames[] = {
    "Olivia",  "Liam",    "Charlotte", "Noah",      "Amelia", "Oliver", "Isla",   "William",
    "Mia",     "Jack",    "Ava",       "Henry",     "Grace",  "Leo",    "Chloe",  "Lucas",
    "Zoe",     "Thomas",  "Ella",      "James",     "Sophie", "Ethan",  "Ruby",   "Harrison",
    "Matilda", "Lachlan", "Emily",     "Alexander", "Harper", "Mason",  "Willow", "Samuel",
    "Evie",    "Hudson",  "Lily",      "Archie",    "Sienna", "Oscar",  "Ivy",    "Max",
    "Aria",    "Charlie", "Layla",     "Hamish",    "Priya",  "Arjun",  "Mei",    "Wei",
    "Sofia",   "Mateo",   "Aisha",     "Omar",      "Hana",   "Kenji",  "Fatima", "Tariq",
    "Ngoc",    "Minh",    "Anika",     "Rohan",
};
const char *const kLastNames[] = {
    "Smith",  "Jones",    "Williams", "Brown",   "Wilson",       "Taylor",   "Johnson", "White",
    "Martin", "Anderson", "Thompson", "Nguyen",  "Thomas",       "Walker",   "Harris",  "Lee",
    "Ryan",   "Robinson", "Kelly",    "King",    "Davis",        "Wright",   "Evans",   "Roberts",
    "Green",  "Hall",     "Wood",     "Jackson", "Clarke",       "Patel",    "Khan",    "Chen",
    "Wang",   "Singh",    "Tran",     "Murphy",  "O'Brien",      "Campbell", "Stewart", "Mitchell",
    "Young",  "Scott",    "Edwards",  "Hughes",  "Baker",        "Turner",   "Morris",  "Cooper",
    "Ward",   "Fraser",   "McDonald", "Russo",   "Papadopoulos", "Kowalski", "Müller",  "García",
    "Rossi",  "Kim",      "Park",     "Sato",
};
const char *const kJobTitles[] = {
    "Claims Officer",        "Underwriter",
    "Policy Analyst",        "Team Leader",
    "Business Analyst",      "Customer Service Officer",
    "Legal Counsel",         "HR Advisor",
    "Finance Officer",       "Compliance Manager",
    "Marketing Coordinator", "Solutions Architect",
    "Form Designer",
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

void seedPeople(Context &c)
{
    SimStore &store = c.store;
    auto &rng = c.rng;
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
        {"Content Manager",
         {S("Management console"), S("Manage content library"), S("Content approver")}},
        {"Data Manager", {S("Management console"), S("Manage data sources")}},
        {"Security Officer", {S("Management console"), S("Manage security"), S("Impersonate")}},
    };
    for (const auto &r : roles)
        store.addRole({c.id(), S(r.name), r.permissions});

    for (const auto &g : kGroups) {
        SimStore::Group group;
        group.id = c.id();
        group.name = S(g.name);
        group.system = g.system;
        group.email = g.system ? QString() : lowerAscii(group.name) + u"@example.com"_s;
        group.roles = {S(g.role)};
        store.addGroup(group);
    }

    // Shared strings: a million users reuse these without a copy each.
    const QString culture = S("en-AU"), language = S("en"),
                  timezone = S("AUS Eastern Standard Time");
    const QString organisation = kOrganisation;
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
        u.id = c.id();
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
    admin.password = c.options.adminPassword;
    admin.passwordNeverExpires = true;
    admin.jobTitle = S("Infiniti Administrator");
    admin.roles = {S("Global Administrator")};
    admin.groups = {everyone, S("Administrators")};
    admin.streetAddress = {{S("line1"), S("Level 4, 100 Queen Street")},
                           {S("line2"), QString()},
                           {S("city"), S("Brisbane")},
                           {S("state"), S("QLD")},
                           {S("zipcode"), S("4000")},
                           {S("country"), S("Australia")}};
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
    const int n = qMax(0, c.options.users);
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
            u.phone = u"+61 7 3%1 %2"_s.arg(i % 1000, 3, 10, QLatin1Char('0'))
                          .arg(i % 10000, 4, 10, QLatin1Char('0'));
        store.appendUserUnsorted(std::move(u));
    }
    store.finishBulkLoad();
}

} // namespace infiniti::sim::seed
