// Seeded projects: about thirty in the content folders, two to five versions each with a real
// .docx template, the forms among them published; and the vendor's sample form.
#include "sim/SimProjects.h"
#include "sim/SimSeedParts.h"

#include <QDateTime>
#include <QJsonArray>

#include <map>
#include <string>

using namespace Qt::StringLiterals;

namespace infiniti::sim::seed {

void seedProjects(Context &c)
{
    SimStore &store = c.store;
    auto &rng = c.rng;
    // About thirty projects with a few versions each, in the content folders; the forms
    // are published.
    auto folderId = [&](const char *name) {
        for (const auto &f : store.documents(kContentFolders)) {
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
        {"Motor Claim",
         "Claims",
         "Form",
         {"customerName", "policyNumber", "claimNumber", "incidentDate", "vehicleRegistration"}},
        {"Home Claim",
         "Claims",
         "Form",
         {"customerName", "policyNumber", "claimNumber", "incidentDate"}},
        {"Travel Claim",
         "Claims",
         "Form",
         {"customerName", "policyNumber", "claimNumber", "destination"}},
        {"Pet Insurance Claim",
         "Claims",
         "Form",
         {"customerName", "policyNumber", "petName", "vetClinic"}},
        {"Life Claim", "Claims", "Form", {"customerName", "policyNumber", "claimNumber"}},
        {"Motor Quote",
         "Motor",
         "Form",
         {"customerName", "vehicleRegistration", "quoteNumber", "premium"}},
        {"Fleet Quote", "Fleet", "Form", {"companyName", "vehicleCount", "quoteNumber", "premium"}},
        {"Fleet Vehicle Schedule",
         "Fleet",
         "Content",
         {"companyName", "policyNumber", "vehicleCount"}},
        {"Home and Contents Quote",
         "Home and Contents",
         "Form",
         {"customerName", "propertyAddress", "quoteNumber", "premium"}},
        {"Landlord Quote",
         "Home and Contents",
         "Form",
         {"customerName", "propertyAddress", "quoteNumber"}},
        {"Business Pack Quote",
         "Forms",
         "Form",
         {"companyName", "industry", "quoteNumber", "premium"}},
        {"Hardship Application", "Forms", "Form", {"customerName", "policyNumber", "reason"}},
        {"Change of Address", "Forms", "Form", {"customerName", "policyNumber", "propertyAddress"}},
        {"Direct Debit Authority",
         "Forms",
         "Form",
         {"customerName", "bankAccount", "policyNumber"}},
        {"Incident Report", "Forms", "Form", {"reporterName", "incidentDate", "location"}},
        {"Policy Renewal Letter",
         "Letters",
         "Content",
         {"customerName", "policyNumber", "renewalDate", "premium"}},
        {"Policy Schedule",
         "Letters",
         "Content",
         {"customerName", "policyNumber", "startDate", "premium"}},
        {"Certificate of Currency",
         "Letters",
         "Content",
         {"customerName", "policyNumber", "startDate"}},
        {"Cancellation Letter",
         "Letters",
         "Content",
         {"customerName", "policyNumber", "cancellationDate"}},
        {"Premium Reminder",
         "Letters",
         "Content",
         {"customerName", "policyNumber", "premium", "dueDate"}},
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
        QJsonObject project{{"id"_L1, c.id()},
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
        const QString definition = SimProjects::definitionXml(project.value("id"_L1).toString(),
                                                              S(seed.name), labels, contentItems);
        const int count = 2 + int(rng.bounded(4u));
        int day = int(rng.bounded(120u));
        for (int v = 0; v < count; ++v) {
            const QString docId = c.id();
            SimProjects::Version version;
            version.definition = definition; // the questions stay; the template changes
            version.documents = QJsonArray{QJsonObject{
                {"id"_L1, docId},
                {"formatType"_L1, S("WordDocx")},
                {"base64"_L1,
                 QString::fromLatin1(
                     SimProjects::templateDocx(S(seed.name), labels, v + 1).toBase64())}}};
            static const char *const comments[] = {"First draft",      "Wording from Legal",
                                                   "New branding",     "Fixed a typo",
                                                   "Added a question", "Review changes"};
            version.comment = S(v == 0 ? comments[0] : comments[1 + rng.bounded(5u)]);
            version.user = designers.at(int(rng.bounded(quint32(designers.size()))));
            day += 3 + int(rng.bounded(40u));
            version.whenUtc =
                projectStart.addDays(day).addSecs(projectIndex * 97).toString(Qt::ISODateWithMs);
            SimProjects::addVersion(store, project, version, v > 0 && rng.bounded(3u) == 0);
        }
        store.documents(SimProjects::kProjects).push_back(project);
        ++projectIndex;
    }
    // The vendor's examples name a published form 597ec154-… of a project with a version 4.3:
    // it exists here so their bodies work as published.
    {
        QJsonObject project{
            {"id"_L1, S("597ec154-d49c-421b-9232-a385782daae6")}, // = its publish id, as in the
                                                                  // vendor's samples
            {"name"_L1, S("Vendor Sample Form")},
            {"type"_L1, S("Form")},
            {"folderId"_L1, folderId("Forms")},
            {"folderName"_L1, S("Forms")}};
        const QStringList labels = {S("transactionId"), S("username"), S("firstName"),
                                    S("surname")};
        const QString definition = SimProjects::definitionXml(project.value("id"_L1).toString(),
                                                              S("Vendor Sample Form"), labels);
        for (int v = 0; v < 7; ++v) {
            SimProjects::Version version;
            version.definition = definition;
            version.documents = QJsonArray{QJsonObject{
                {"id"_L1, c.id()},
                {"formatType"_L1, S("WordDocx")},
                {"base64"_L1, QString::fromLatin1(
                                  SimProjects::templateDocx(S("Vendor Sample Form"), labels, v + 1)
                                      .toBase64())}}};
            version.comment = S("Vendor sample");
            version.user = S("admin");
            version.whenUtc = projectStart.addDays(30 * v).toString(Qt::ISODateWithMs);
            SimProjects::addVersion(store, project, version,
                                    v > 0 && v < 4); // 1.0, 2.0, 3.0, 4.0, 4.1, 4.2, 4.3
        }
        store.documents(SimProjects::kProjects).push_back(project);
    }
    SimProjects::sortProjects(store);
    // Forms are published: customer forms for everyone, the rest internally; claims in both.
    auto publishFolderId = [&](const char *name) {
        for (const auto &f : store.documents(kPublishFolders)) {
            if (f.value("name"_L1).toString() == QLatin1String(name))
                return f.value("id"_L1).toString();
        }
        return QString();
    };
    for (const auto &p : store.documents(SimProjects::kProjects)) {
        if (p.value("type"_L1).toString() != "Form"_L1 ||
            p.value("folderName"_L1).toString() == "Archive"_L1)
            continue;
        QStringList where = {p.value("folderName"_L1).toString() == "Claims"_L1
                                 ? S("Customer Forms")
                                 : S("Internal")};
        if (p.value("name"_L1).toString().contains("Claim"_L1))
            where << S("Internal");
        if (p.value("name"_L1).toString().contains("Quote"_L1))
            where << S("Partners");
        if (p.value("name"_L1).toString() == "Vendor Sample Form"_L1)
            where = {S("Customer Forms")};
        for (const QString &folder : where) {
            const bool vendor = p.value("name"_L1).toString() == "Vendor Sample Form"_L1;
            store.documents(SimProjects::kPublished)
                .push_back(QJsonObject{
                    {"id"_L1, vendor ? S("597ec154-d49c-421b-9232-a385782daae6") : c.id()},
                    {"folderId"_L1, publishFolderId(folder.toLatin1().constData())},
                    {"projectId"_L1, p.value("id"_L1)},
                    {"layoutId"_L1, QJsonValue::Null},
                    {"messages"_L1, QJsonObject{{"helpText"_L1, QString()},
                                                {"wizardFinishPageMessage"_L1, QString()},
                                                {"completionPageMessage"_L1,
                                                 S("Thank you. We will be in touch.")}}},
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
                    {"outputFormats"_L1,
                     QJsonObject{{"document"_L1, QJsonArray{QJsonObject{{"extension"_L1, S("docx")},
                                                                        {"version"_L1, S("2007")},
                                                                        {"lock"_L1, false}}}},
                                 {"presentation"_L1, QJsonArray()},
                                 {"spreadsheet"_L1, QJsonArray()}}}});
        }
    }
}

} // namespace infiniti::sim::seed
