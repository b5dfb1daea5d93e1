#include "sim/SimSeed.h"

#include "sim/SimAssets.h"
#include "sim/SimLicense.h"
#include "sim/SimProjects.h"
#include "sim/SimRoutes.h"
#include "api/dto/Permissions.h"

#include <QDateTime>
#include <QJsonArray>
#include <map>
#include <string>
#include <tuple>
#include <cmath>

#include <QHash>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

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
        group.email = g.system ? QString() : lowerAscii(group.name) + u"@example.com"_s;
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
            u.phone = u"+61 7 3%1 %2"_s.arg(i % 1000, 3, 10, QLatin1Char('0')).arg(i % 10000, 4, 10, QLatin1Char('0'));
        store.appendUserUnsorted(std::move(u));
    }
    store.finishBulkLoad();

    // Settings and folders an organisation would have.
    auto doc = [&](const QString &collection, QJsonObject o) {
        o.insert("id"_L1, seededId(rng));
        store.documents(collection).push_back(o);
        return o.value("id"_L1).toString();
    };
    for (const auto &[name, type, location] : {std::tuple{"PolicyNumber", "Text", "ResponseMetadata"},
                                               std::tuple{"Region", "Text", "ResponseMetadata"},
                                               std::tuple{"CustomerSince", "Date", "UserProfile"},
                                               std::tuple{"CostCentre", "Number", "UserProfile"}})
        doc(u"customFields"_s, {{"name"_L1, S(name)},
                                             {"validationType"_L1, S(type)},
                                             {"location"_L1, S(location)}});
    for (const auto &[value, typeId, description] :
         {std::tuple{"Data Source=sql01;Initial Catalog=CompanyData;Integrated Security=True",
                     "b772a946-1096-4357-8275-4a8c015929f3", "Default SQL Server Connection String"},
          std::tuple{"smtp.example.com:587", "5d0c6a4e-8a2f-4e33-9a1b-2f9f7c1d0e11", "SMTP server"},
          std::tuple{"Sm7p-Pa55!", "5d0c6a4e-8a2f-4e33-9a1b-2f9f7c1d0e12", "SMTP password"},
          std::tuple{"", "a4f2c7e1-3b5d-4c8e-9f0a-1b2c3d4e5f60", "SharePoint site URL"}})
        doc(u"connectorSettings"_s,
            {{"value"_L1, S(value)},
             {"metadata"_L1, QJsonObject{{"typeId"_L1, S(typeId)},
                                                         {"description"_L1, S(description)}}}});
    for (const auto &[name, purpose, text] : {std::tuple{"Claim received", "None", "We have received your claim {ClaimNumber}."},
                                              std::tuple{"Password reset", "None", "Use this link to reset your password."},
                                              std::tuple{"Task assigned", "None", "A form is waiting for you in your task list."}})
        doc(u"communicationTemplates"_s,
            {{"name"_L1, S(name)},
             {"purpose"_L1, S(purpose)},
             {"translations"_L1, QJsonArray{QJsonObject{{"language"_L1, QString()},
                                                                        {"text"_L1, S(text)}}}}});
    auto folder = [&](const QString &collection, const char *name, const QString &parent, QStringList groups) {
        return doc(collection, {{"name"_L1, S(name)},
                                {"groups"_L1, QJsonArray::fromStringList(groups)},
                                {"parentId"_L1, parent.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(parent)}});
    };
    const QString content = u"contentfolders"_s;
    const QString forms = folder(content, "Forms", {}, {S("Form Designers")});
    folder(content, "Claims", forms, {S("Form Designers"), S("Claims")});
    const QString motor = folder(content, "Motor", forms, {S("Form Designers"), S("Underwriting")});
    folder(content, "Fleet", motor, {S("Underwriting")});
    folder(content, "Home and Contents", forms, {S("Form Designers")});
    const QString templatesFolder = folder(content, "Templates", {}, {S("Content Authors")});
    folder(content, "Letters", templatesFolder, {S("Content Authors"), S("Legal")});
    folder(content, "Emails", templatesFolder, {S("Content Authors"), S("Marketing")});
    folder(content, "Archive", {}, {S("Administrators")});
    const QString publish = u"publishfolders"_s;
    folder(publish, "Customer Forms", {}, {everyone});
    folder(publish, "Internal", {}, {S("Claims"), S("Underwriting"), S("Finance")});
    folder(publish, "Partners", {}, {S("Sales")});

    // Data sources with their data objects.
    const QString customerSchema = S(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<xs:schema elementFormDefault=\"qualified\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n"
        "  <xs:element name=\"customer\">\n    <xs:complexType>\n      <xs:sequence>\n"
        "        <xs:element name=\"customerId\" type=\"xs:string\" />\n"
        "        <xs:element name=\"firstName\" type=\"xs:string\" />\n"
        "        <xs:element name=\"surname\" type=\"xs:string\" />\n"
        "        <xs:element name=\"email\" type=\"xs:string\" />\n"
        "      </xs:sequence>\n    </xs:complexType>\n  </xs:element>\n</xs:schema>");
    auto source = [&](const char *name, const char *type, const char *connection, const QString &schema,
                      const char *defaultData, const char *credentials) {
        return doc(u"datasources"_s,
                   {{"name"_L1, S(name)}, {"connectionType"_L1, S(type)},
                    {"connectionString"_L1, S(connection)}, {"allowConnectionExport"_L1, false},
                    {"schema"_L1, schema}, {"defaultData"_L1, S(defaultData)},
                    {"exportDefaultData"_L1, true},
                    {"credentials"_L1, QJsonObject{{"method"_L1, S(credentials)}}}});
    };
    auto named = [&S](std::initializer_list<const char *> names, bool filter) {
        QJsonArray a;
        for (const char *n : names) {
            QJsonObject o{{"name"_L1, S(n)}};
            if (filter)
                o.insert("isFilter"_L1, QString::fromLatin1(n).endsWith("Id"_L1));
            a.append(o);
        }
        return a;
    };
    auto dataObject = [&](const QString &sourceId, const char *display, const char *object, QJsonArray filters, QJsonArray fields) {
        doc(u"dataObjects"_s,
            {{"dataSourceId"_L1, sourceId}, {"displayName"_L1, S(display)},
             {"dataObjectName"_L1, S(object)}, {"objectType"_L1, seededId(rng)},
             {"useAnswerFileData"_L1, false}, {"filters"_L1, filters},
             {"schemaFields"_L1, QJsonArray()}, {"displayFields"_L1, fields}});
    };
    const QString customers = source("Customer XML", "XML", "", customerSchema,
                                     "<customer><customerId>C-1001</customerId><firstName>Olivia</firstName>"
                                     "<surname>Smith</surname><email>olivia.smith@example.com</email></customer>",
                                     "None");
    dataObject(customers, "Customer", "customer", named({"customerId"}, true), named({"firstName", "surname", "email"}, false));
    const QString policies = source("Policy Database", "SQL Server",
                                    "Data Source=sql01;Initial Catalog=Policies;User ID=infiniti;Password=Pol1cy!2024", {}, "",
                                    "UserNamePassword");
    dataObject(policies, "Policies", "dbo.Policy", named({"policyId", "customerId", "status"}, true),
               named({"policyNumber", "product", "startDate", "premium"}, false));
    dataObject(policies, "Claims", "dbo.Claim", named({"claimId", "policyId"}, true),
               named({"claimNumber", "lodged", "amount", "status"}, false));
    dataObject(policies, "Active policies", "dbo.vActivePolicies", named({"customerId"}, true),
               named({"policyNumber", "product"}, false));
    const QString rest = source("Address Lookup", "REST", "https://api.example.com/address?key=0d9f3c2b7a", {}, "", "ApiKey");
    dataObject(rest, "Address", "/v2/lookup", named({"postcode", "street"}, true), named({"formatted", "latitude", "longitude"}, false));

    // Content library: images and text with a few versions each.
    const QDateTime libraryStart(QDate(2025, 3, 3), QTime(9, 30), Qt::UTC);
    auto libraryItem = [&](const char *name, const char *category, const char *folder, const char *description,
                           const QString &extension, const QList<QByteArray> &versions) {
        QJsonObject item{{"id"_L1, seededId(rng)}, {"name"_L1, S(name)},
                         {"description"_L1, S(description)}, {"category"_L1, S(category)},
                         {"type"_L1, extension == ".png"_L1 ? S("Image") : S("Text")},
                         {"folderName"_L1, S(folder)}, {"scale"_L1, 100},
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
                {SimAssets::badge(160, 120, 0x1f5fa8), SimAssets::badge(160, 120, 0x1a7f5a), SimAssets::badge(200, 150, 0x1a7f5a)});
    libraryItem("Signature - Claims Manager", "Signatures", "Letters", "Scanned signature", u".png"_s,
                {SimAssets::png(240, 60, [](int x, int y) -> quint32 {
                    return std::abs(y - 30 - int(12 * std::sin(x / 9.0))) < 2 ? 0x101060u : 0xffffffu;
                })});
    libraryItem("Banner - Home and Contents", "Branding", "Emails", "Email header banner", u".png"_s,
                {SimAssets::png(480, 80, [](int x, int y) -> quint32 { return quint32((x * 255 / 480) << 16 | (y * 3) << 8 | 0x80); }),
                 SimAssets::png(480, 80, [](int x, int y) -> quint32 { return quint32(0x80 << 16 | (y * 3) << 8 | (x * 255 / 480)); })});
    libraryItem("Privacy statement", "Legal", "Letters", "Standard privacy clause", u".txt"_s,
                {QByteArray("We collect your personal information to assess your claim."),
                 QByteArray("We collect your personal information to assess and manage your claim.\n"
                            "See example.com/privacy for how we handle it."),
                 QByteArray("We collect your personal information to assess and manage your claim.\n"
                            "See example.com/privacy for how we handle it, and how to ask for a copy.")});
    libraryItem("Disclaimer", "Legal", "Letters", "Footer disclaimer", u".txt"_s,
                {QByteArray("This letter is general advice only.")});
    libraryItem("Claims phone number", "Contact", "Emails", "Shown in every claims email", u".txt"_s,
                {QByteArray("Call 13 24 80, 8 am to 8 pm, Monday to Saturday."), QByteArray("Call 13 24 80, 8 am to 8 pm, seven days.")});
    libraryItem("Welcome paragraph", "Marketing", "Emails", "", u".txt"_s,
                {QByteArray("Welcome to Example Insurance. \xe2\x80\x94 Thank you for choosing us.")});

    for (const auto &c : {content, u"customFields"_s, u"communicationTemplates"_s, publish,
                          u"datasources"_s, u"contentLibraryItems"_s}) {
        auto &items = store.documents(c);
        std::sort(items.begin(), items.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value("name"_L1).toString().compare(b.value("name"_L1).toString(),
                                                                         Qt::CaseInsensitive) < 0;
        });
    }

    std::sort(store.documents(u"dataObjects"_s).begin(), store.documents(u"dataObjects"_s).end(),
              [](const QJsonObject &a, const QJsonObject &b) {
                  return a.value("displayName"_L1).toString().compare(
                             b.value("displayName"_L1).toString(), Qt::CaseInsensitive) < 0;
              });

    // About thirty projects with a few versions each, in the content folders; the forms
    // are published.
    auto folderId = [&](const char *name) {
        for (const auto &f : store.documents(content)) {
            if (f.value("name"_L1).toString() == QLatin1String(name))
                return f.value("id"_L1).toString();
        }
        return QString();
    };
    struct ProjectSeed
    {
        const char *name, *folder, *type;
        std::initializer_list<const char *> labels;
    };
    const ProjectSeed projectSeeds[] = {
        {"Motor Claim", "Claims", "Form", {"customerName", "policyNumber", "claimNumber", "incidentDate", "vehicleRegistration"}},
        {"Home Claim", "Claims", "Form", {"customerName", "policyNumber", "claimNumber", "incidentDate"}},
        {"Travel Claim", "Claims", "Form", {"customerName", "policyNumber", "claimNumber", "destination"}},
        {"Pet Insurance Claim", "Claims", "Form", {"customerName", "policyNumber", "petName", "vetClinic"}},
        {"Life Claim", "Claims", "Form", {"customerName", "policyNumber", "claimNumber"}},
        {"Motor Quote", "Motor", "Form", {"customerName", "vehicleRegistration", "quoteNumber", "premium"}},
        {"Fleet Quote", "Fleet", "Form", {"companyName", "vehicleCount", "quoteNumber", "premium"}},
        {"Fleet Vehicle Schedule", "Fleet", "Content", {"companyName", "policyNumber", "vehicleCount"}},
        {"Home and Contents Quote", "Home and Contents", "Form", {"customerName", "propertyAddress", "quoteNumber", "premium"}},
        {"Landlord Quote", "Home and Contents", "Form", {"customerName", "propertyAddress", "quoteNumber"}},
        {"Business Pack Quote", "Forms", "Form", {"companyName", "industry", "quoteNumber", "premium"}},
        {"Hardship Application", "Forms", "Form", {"customerName", "policyNumber", "reason"}},
        {"Change of Address", "Forms", "Form", {"customerName", "policyNumber", "propertyAddress"}},
        {"Direct Debit Authority", "Forms", "Form", {"customerName", "bankAccount", "policyNumber"}},
        {"Incident Report", "Forms", "Form", {"reporterName", "incidentDate", "location"}},
        {"Policy Renewal Letter", "Letters", "Content", {"customerName", "policyNumber", "renewalDate", "premium"}},
        {"Policy Schedule", "Letters", "Content", {"customerName", "policyNumber", "startDate", "premium"}},
        {"Certificate of Currency", "Letters", "Content", {"customerName", "policyNumber", "startDate"}},
        {"Cancellation Letter", "Letters", "Content", {"customerName", "policyNumber", "cancellationDate"}},
        {"Premium Reminder", "Letters", "Content", {"customerName", "policyNumber", "premium", "dueDate"}},
        {"Claim Acknowledgement", "Letters", "Content", {"customerName", "claimNumber"}},
        {"Claim Decline Letter", "Letters", "Content", {"customerName", "claimNumber", "reason"}},
        {"Settlement Letter", "Letters", "Content", {"customerName", "claimNumber", "amount"}},
        {"Complaint Response", "Letters", "Content", {"customerName", "complaintNumber"}},
        {"Welcome Email", "Emails", "Content", {"customerName", "policyNumber"}},
        {"Claim Update Email", "Emails", "Content", {"customerName", "claimNumber", "status"}},
        {"Broker Appointment", "Templates", "Content", {"brokerName", "licenceNumber"}},
        {"Company Letterhead", "Templates", "Fragment", {"branchName"}},
        {"Standard Letter Footer", "Templates", "Fragment", {"branchName"}},
        {"Legacy Claim Form 2019", "Archive", "Form", {"customerName", "claimNumber"}},
    };
    QStringList designers = {S("admin")};
    for (int i = 0; i < store.userCount() && designers.size() < 5; i += 7)
        designers << store.userAt(i)->username;
    const QDateTime projectStart(QDate(2024, 2, 5), QTime(10, 0), Qt::UTC);
    int projectIndex = 0;
    for (const ProjectSeed &seed : projectSeeds) {
        QJsonObject project{{"id"_L1, seededId(rng)},
                            {"name"_L1, S(seed.name)},
                            {"type"_L1, S(seed.type)},
                            {"folderId"_L1, folderId(seed.folder)},
                            {"folderName"_L1, S(seed.folder)}};
        QStringList labels;
        for (const char *l : seed.labels)
            labels << S(l);
        // Letters and their fragments use library items (logo, signature, legal text).
        static const std::map<std::string, std::vector<const char *>> uses = {
            {"Company Letterhead", {"Company logo"}},
            {"Standard Letter Footer", {"Disclaimer", "Privacy statement"}},
            {"Claim Acknowledgement", {"Company logo", "Signature - Claims Manager"}},
            {"Claim Decline Letter", {"Company logo", "Signature - Claims Manager", "Disclaimer"}},
            {"Settlement Letter", {"Company logo", "Signature - Claims Manager"}},
            {"Welcome Email", {"Banner - Home and Contents", "Welcome paragraph"}},
            {"Claim Update Email", {"Claims phone number"}},
        };
        QList<std::pair<QString, QString>> contentItems;
        if (const auto use = uses.find(seed.name); use != uses.end()) {
            for (const char *itemName : use->second) {
                for (const auto &item : store.documents(u"contentLibraryItems"_s)) {
                    if (item.value("name"_L1).toString() == QLatin1String(itemName))
                        contentItems.append({item.value("id"_L1).toString(), S(itemName)});
                }
            }
        }
        const QString definition
            = SimProjects::definitionXml(project.value("id"_L1).toString(), S(seed.name), labels, contentItems);
        const int count = 2 + int(rng.bounded(4u));
        int day = int(rng.bounded(120u));
        for (int v = 0; v < count; ++v) {
            const QString docId = seededId(rng);
            SimProjects::Version version;
            version.definition = definition; // the questions stay; the template changes
            version.documents = QJsonArray{QJsonObject{{"id"_L1, docId},
                                                       {"formatType"_L1, S("WordDocx")},
                                                       {"base64"_L1, QString::fromLatin1(SimProjects::templateDocx(S(seed.name), labels, v + 1).toBase64())}}};
            static const char *const comments[] = {"First draft", "Wording from Legal", "New branding", "Fixed a typo",
                                                   "Added a question", "Review changes"};
            version.comment = S(v == 0 ? comments[0] : comments[1 + rng.bounded(5u)]);
            version.user = designers.at(int(rng.bounded(quint32(designers.size()))));
            day += 3 + int(rng.bounded(40u));
            version.whenUtc = projectStart.addDays(day).addSecs(projectIndex * 97).toString(Qt::ISODateWithMs);
            SimProjects::addVersion(store, project, version, v > 0 && rng.bounded(3u) == 0);
        }
        store.documents(SimProjects::kProjects).push_back(project);
        ++projectIndex;
    }
    // The vendor's examples name a published form 597ec154-… of a project with a version 4.3:
    // it exists here so their bodies work as published.
    {
        QJsonObject project{{"id"_L1, S("597ec154-d49c-421b-9232-a385782daae6")}, // = its publish id, as in the vendor's samples
                            {"name"_L1, S("Vendor Sample Form")},
                            {"type"_L1, S("Form")},
                            {"folderId"_L1, folderId("Forms")},
                            {"folderName"_L1, S("Forms")}};
        const QStringList labels = {S("transactionId"), S("username"), S("firstName"), S("surname")};
        const QString definition = SimProjects::definitionXml(project.value("id"_L1).toString(), S("Vendor Sample Form"), labels);
        for (int v = 0; v < 7; ++v) {
            SimProjects::Version version;
            version.definition = definition;
            version.documents = QJsonArray{QJsonObject{{"id"_L1, seededId(rng)},
                                                       {"formatType"_L1, S("WordDocx")},
                                                       {"base64"_L1, QString::fromLatin1(SimProjects::templateDocx(S("Vendor Sample Form"), labels, v + 1).toBase64())}}};
            version.comment = S("Vendor sample");
            version.user = S("admin");
            version.whenUtc = projectStart.addDays(30 * v).toString(Qt::ISODateWithMs);
            SimProjects::addVersion(store, project, version, v > 0 && v < 4); // 1.0, 2.0, 3.0, 4.0, 4.1, 4.2, 4.3
        }
        store.documents(SimProjects::kProjects).push_back(project);
    }
    SimProjects::sortProjects(store);
    // Forms are published: customer forms for everyone, the rest internally; claims in both.
    auto publishFolderId = [&](const char *name) {
        for (const auto &f : store.documents(publish)) {
            if (f.value("name"_L1).toString() == QLatin1String(name))
                return f.value("id"_L1).toString();
        }
        return QString();
    };
    for (const auto &p : store.documents(SimProjects::kProjects)) {
        if (p.value("type"_L1).toString() != "Form"_L1
            || p.value("folderName"_L1).toString() == "Archive"_L1)
            continue;
        QStringList where = {p.value("folderName"_L1).toString() == "Claims"_L1 ? S("Customer Forms") : S("Internal")};
        if (p.value("name"_L1).toString().contains("Claim"_L1))
            where << S("Internal");
        if (p.value("name"_L1).toString().contains("Quote"_L1))
            where << S("Partners");
        if (p.value("name"_L1).toString() == "Vendor Sample Form"_L1)
            where = {S("Customer Forms")};
        for (const QString &folder : where) {
            const bool vendor = p.value("name"_L1).toString() == "Vendor Sample Form"_L1;
            store.documents(SimProjects::kPublished).push_back(QJsonObject{
                {"id"_L1, vendor ? S("597ec154-d49c-421b-9232-a385782daae6") : seededId(rng)},
                {"folderId"_L1, publishFolderId(folder.toLatin1().constData())},
                {"projectId"_L1, p.value("id"_L1)},
                {"layoutId"_L1, QJsonValue::Null},
                {"messages"_L1, QJsonObject{{"helpText"_L1, QString()},
                                                            {"wizardFinishPageMessage"_L1, QString()},
                                                            {"completionPageMessage"_L1, S("Thank you. We will be in touch.")}}},
                {"options"_L1, QJsonObject{{"allowPreview"_L1, false},
                                                           {"allowRestartAfterSubmission"_L1, false},
                                                           {"allowSave"_L1, true},
                                                           {"autoCreateInProgressForms"_L1, false},
                                                           {"formInteractionLog"_L1, true},
                                                           {"enforceValidation"_L1, true},
                                                           {"updateDocumentFields"_L1, true},
                                                           {"hideNavigationPane"_L1, false},
                                                           {"showFormActivity"_L1, true},
                                                           {"matchProjectVersionLoadingInProgress"_L1, false},
                                                           {"restrictAvailabilityDates"_L1, false},
                                                           {"allowOfflineLaunch"_L1, false},
                                                           {"troubleshootingMode"_L1, 0},
                                                           {"isHomePage"_L1, false}}},
                {"outputFormats"_L1, QJsonObject{{"document"_L1, QJsonArray{QJsonObject{{"extension"_L1, S("docx")}, {"version"_L1, S("2007")}, {"lock"_L1, false}}}},
                                                                 {"presentation"_L1, QJsonArray()},
                                                                 {"spreadsheet"_L1, QJsonArray()}}}});
        }
    }

    // Workflows in several states, assigned to users and groups; answer files and in-progress
    // forms of the two named accounts; project results of past runs.
    {
        const QStringList stateSets[] = {{S("Lodge"), S("Assess"), S("Approve"), S("Settle")},
                                         {S("Draft"), S("Review"), S("Sign off")},
                                         {S("Submit"), S("Underwrite"), S("Issue")}};
        const QStringList groupsForTasks = {S("Claims"), S("Underwriting"), S("Customer Service"), everyone};
        QStringList people = {S("enduser"), S("admin")};
        for (int i = 0; i < store.userCount() && people.size() < 8; i += 11)
            people << store.userAt(i)->username;
        const auto &published = store.documents(SimProjects::kPublished);
        const QDateTime start(QDate(2025, 9, 1), QTime(8, 30), Qt::UTC);
        for (int i = 0; i < 40 && !published.empty(); ++i) {
            const QJsonObject &pub = published[size_t(i) % published.size()];
            const QJsonObject *project = SimProjects::project(store, pub.value("projectId"_L1).toString());
            const QStringList &states = stateSets[i % 3];
            const int at = int(rng.bounded(quint32(states.size())));
            const quint32 roll = rng.bounded(10u);
            // The first ones stay in progress, so both named accounts always have tasks.
            const QString status = i < 8 || roll < 6 ? S("InProgress") : roll < 9 ? S("Completed") : S("Aborted");
            const bool toGroup = i % 3 == 1;
            const QString to = toGroup ? groupsForTasks.at(i % groupsForTasks.size()) : people.at(i % people.size());
            const QDateTime started = start.addDays(int(rng.bounded(60u))).addSecs(i * 1800);
            QJsonArray stateArray;
            for (const auto &s : states)
                stateArray.append(s);
            store.documents(u"workflows"_s).push_back(QJsonObject{
                {"id"_L1, seededId(rng)},
                {"projectId"_L1, pub.value("projectId"_L1)},
                {"projectName"_L1, project ? project->value("name"_L1) : QJsonValue(QString())},
                {"publishId"_L1, pub.value("id"_L1)},
                {"states"_L1, stateArray},
                {"stateIndex"_L1, at},
                {"stateName"_L1, states.at(at)},
                {"status"_L1, status},
                {"assignedTo"_L1, to},
                {"assignedType"_L1, toGroup ? S("Group") : S("User")},
                {"assignedBy"_L1, people.at((i + 1) % people.size())},
                {"assignedDateTime"_L1, started.addDays(at).toString(Qt::ISODateWithMs)},
                {"startedUtc"_L1, started.toString(Qt::ISODateWithMs)},
                {"dueUtc"_L1, started.addDays(14).toString(Qt::ISODateWithMs)},
                {"lockedBy"_L1, toGroup && i % 2 ? QJsonValue(people.at(i % people.size())) : QJsonValue(QJsonValue::Null)},
                {"comment"_L1, i % 4 == 0 ? S("Please check the attached photos.") : QString()},
                {"allowCancellation"_L1, i % 2 == 0},
                {"allowReassign"_L1, i % 5 != 0}});
        }
        // Answer files and in-progress forms.
        for (const char *owner : {"enduser", "admin"}) {
            const SimStore::User *user = store.userByName(S(owner));
            if (!user)
                continue;
            for (int i = 0; i < 6 && !published.empty(); ++i) {
                const QJsonObject &pub = published[size_t(i * 3 + (owner[0] == 'a')) % published.size()];
                const QJsonObject *project = SimProjects::project(store, pub.value("projectId"_L1).toString());
                const QString projectName = project ? project->value("name"_L1).toString() : QString();
                const QString when = start.addDays(i * 5).toString(Qt::ISODateWithMs);
                const QString xml = QStringLiteral("<AnswerFile><HeaderInfo><TemplateInfo TemplateGroupId=\"%1\" RunId=\"%2\" FirstLaunchTimeUtc=\"%3\" />"
                                                   "<UserInfo UserId=\"%4\" /></HeaderInfo><ProvidedData><Data Id=\"00000000-0000-0000-0000-000000000000\">"
                                                   "<![CDATA[<data><customerName>Olivia Smith</customerName><policyNumber>P-%5</policyNumber></data>]]>"
                                                   "</Data></ProvidedData></AnswerFile>")
                                        .arg(pub.value("id"_L1).toString(), seededId(rng), when, user->id)
                                        .arg(100200 + i);
                const QString collection = i % 2 ? S("inProgressAnswerFiles") : S("answerFiles");
                store.documents(collection).push_back(QJsonObject{
                    {"id"_L1, seededId(rng)},
                    {"userId"_L1, user->id},
                    {"publishId"_L1, pub.value("id"_L1)},
                    {"projectName"_L1, projectName},
                    {"description"_L1, u"%1 — %2"_s.arg(projectName, i % 2 ? S("half done") : S("saved answers"))},
                    {"runDate"_L1, when},
                    {"modifiedUtc"_L1, when},
                    {"answerXml"_L1, xml}});
            }
        }
        // Results of earlier runs.
        for (int i = 0; i < 60 && !published.empty(); ++i) {
            const QJsonObject &pub = published[size_t(i) % published.size()];
            const QJsonObject *project = SimProjects::project(store, pub.value("projectId"_L1).toString());
            const QDateTime when = start.addDays(-int(rng.bounded(90u))).addSecs(i * 600);
            const QString runId = seededId(rng);
            store.documents(u"projectResults"_s).push_back(QJsonObject{
                {"id"_L1, runId}, {"runId"_L1, runId},
                {"projectId"_L1, pub.value("projectId"_L1)},
                {"publishId"_L1, pub.value("id"_L1)},
                {"projectName"_L1, project ? project->value("name"_L1) : QJsonValue(QString())},
                {"version"_L1, project ? project->value("version"_L1) : QJsonValue(QString())},
                {"user"_L1, people.at(i % people.size())},
                {"startedUtc"_L1, when.toString(Qt::ISODateWithMs)},
                {"finishedUtc"_L1, i % 7 == 3 ? QJsonValue(QJsonValue::Null) : QJsonValue(when.addSecs(240).toString(Qt::ISODateWithMs))},
                {"state"_L1, i % 7 == 3 ? S("InProgress") : S("Completed")}});
        }
    }

    // A license close to its limits, as administrators meet them.
    SimLicenseKey key;
    key.edition = S("Enterprise");
    key.maxUsers = store.userCount() + qMax(3, store.userCount() / 50); // 2 % of seats left
    key.expiry = QDate::currentDate().addDays(21);
    const QString expiry = QDateTime(key.expiry, QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs);
    store.license = {{"key"_L1, key.toString()},
                     {"licensedTo"_L1, organisation},
                     {"product"_L1, S("Infiniti")},
                     {"edition"_L1, key.edition},
                     {"issuedUtc"_L1, QDateTime(QDate::currentDate().addDays(-344), QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs)},
                     {"expiryUtc"_L1, expiry},
                     {"maxUsers"_L1, key.maxUsers},
                     {"maxProjects"_L1, 34},
                     {"tenancyKey"_L1, QString(u"TK-"_s + seededId(rng).toUpper())},
                     {"modules"_L1, QJsonArray{
                          QJsonObject{{"name"_L1, S("Produce")}, {"licensed"_L1, true}, {"expiryUtc"_L1, expiry}},
                          QJsonObject{{"name"_L1, S("Manage")}, {"licensed"_L1, true}, {"expiryUtc"_L1, expiry}},
                          QJsonObject{{"name"_L1, S("Workflow")}, {"licensed"_L1, true},
                                      {"expiryUtc"_L1, QDateTime(QDate::currentDate().addDays(7), QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs)}},
                          QJsonObject{{"name"_L1, S("Analytics")}, {"licensed"_L1, false}, {"expiryUtc"_L1, QJsonValue::Null}},
                          QJsonObject{{"name"_L1, S("Connectors")}, {"licensed"_L1, true}, {"expiryUtc"_L1, expiry}}}}};
}

} // namespace infiniti::sim
