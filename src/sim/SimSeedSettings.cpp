// Seeded settings (custom fields, connector settings, communication templates), content and
// publish folders, and data sources with their data objects.
#include "sim/SimSeedParts.h"

#include <QJsonArray>

#include <tuple>

using namespace Qt::StringLiterals;

namespace infiniti::sim::seed {

void seedSettings(Context &c)
{
    // Settings and folders an organisation would have.
    auto doc = [&c](const QString &collection, QJsonObject o) {
        return c.add(collection, std::move(o));
    };
    for (const auto &[name, type, location] :
         {std::tuple{"PolicyNumber", "Text", "ResponseMetadata"},
          std::tuple{"Region", "Text", "ResponseMetadata"},
          std::tuple{"CustomerSince", "Date", "UserProfile"},
          std::tuple{"CostCentre", "Number", "UserProfile"}})
        doc(u"customFields"_s,
            {{"name"_L1, S(name)}, {"validationType"_L1, S(type)}, {"location"_L1, S(location)}});
    for (const auto &[value, typeId, description] :
         {std::tuple{"Data Source=sql01;Initial Catalog=CompanyData;Integrated Security=True",
                     "b772a946-1096-4357-8275-4a8c015929f3",
                     "Default SQL Server Connection String"},
          std::tuple{"smtp.example.com:587", "5d0c6a4e-8a2f-4e33-9a1b-2f9f7c1d0e11", "SMTP server"},
          std::tuple{"Sm7p-Pa55!", "5d0c6a4e-8a2f-4e33-9a1b-2f9f7c1d0e12", "SMTP password"},
          std::tuple{"", "a4f2c7e1-3b5d-4c8e-9f0a-1b2c3d4e5f60", "SharePoint site URL"}})
        doc(u"connectorSettings"_s,
            {{"value"_L1, S(value)},
             {"metadata"_L1,
              QJsonObject{{"typeId"_L1, S(typeId)}, {"description"_L1, S(description)}}}});
    for (const auto &[name, purpose, text] :
         {std::tuple{"Claim received", "None", "We have received your claim {ClaimNumber}."},
          std::tuple{"Password reset", "None", "Use this link to reset your password."},
          std::tuple{"Task assigned", "None", "A form is waiting for you in your task list."}})
        doc(u"communicationTemplates"_s,
            {{"name"_L1, S(name)},
             {"purpose"_L1, S(purpose)},
             {"translations"_L1,
              QJsonArray{QJsonObject{{"language"_L1, QString()}, {"text"_L1, S(text)}}}}});
    auto folder = [&](const QString &collection, const char *name, const QString &parent,
                      QStringList groups) {
        return doc(collection, {{"name"_L1, S(name)},
                                {"groups"_L1, QJsonArray::fromStringList(groups)},
                                {"parentId"_L1, parent.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                 : QJsonValue(parent)}});
    };
    const QString &content = kContentFolders;
    const QString forms = folder(content, "Forms", {}, {S("Form Designers")});
    folder(content, "Claims", forms, {S("Form Designers"), S("Claims")});
    const QString motor = folder(content, "Motor", forms, {S("Form Designers"), S("Underwriting")});
    folder(content, "Fleet", motor, {S("Underwriting")});
    folder(content, "Home and Contents", forms, {S("Form Designers")});
    const QString templatesFolder = folder(content, "Templates", {}, {S("Content Authors")});
    folder(content, "Letters", templatesFolder, {S("Content Authors"), S("Legal")});
    folder(content, "Emails", templatesFolder, {S("Content Authors"), S("Marketing")});
    folder(content, "Archive", {}, {S("Administrators")});
    const QString &publish = kPublishFolders;
    folder(publish, "Customer Forms", {}, {kEveryone});
    folder(publish, "Internal", {}, {S("Claims"), S("Underwriting"), S("Finance")});
    folder(publish, "Partners", {}, {S("Sales")});
}

void seedDataSources(Context &c)
{
    auto doc = [&c](const QString &collection, QJsonObject o) {
        return c.add(collection, std::move(o));
    };
    // Data sources with their data objects.
    const QString customerSchema =
        S("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
          "<xs:schema elementFormDefault=\"qualified\" "
          "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n"
          "  <xs:element name=\"customer\">\n    <xs:complexType>\n      <xs:sequence>\n"
          "        <xs:element name=\"customerId\" type=\"xs:string\" />\n"
          "        <xs:element name=\"firstName\" type=\"xs:string\" />\n"
          "        <xs:element name=\"surname\" type=\"xs:string\" />\n"
          "        <xs:element name=\"email\" type=\"xs:string\" />\n"
          "      </xs:sequence>\n    </xs:complexType>\n  </xs:element>\n</xs:schema>");
    auto source = [&](const char *name, const char *type, const char *connection,
                      const QString &schema, const char *defaultData, const char *credentials) {
        return doc(u"datasources"_s,
                   {{"name"_L1, S(name)},
                    {"connectionType"_L1, S(type)},
                    {"connectionString"_L1, S(connection)},
                    {"allowConnectionExport"_L1, false},
                    {"schema"_L1, schema},
                    {"defaultData"_L1, S(defaultData)},
                    {"exportDefaultData"_L1, true},
                    {"credentials"_L1, QJsonObject{{"method"_L1, S(credentials)}}}});
    };
    auto named = [](std::initializer_list<const char *> names, bool filter) {
        QJsonArray a;
        for (const char *n : names) {
            QJsonObject o{{"name"_L1, S(n)}};
            if (filter)
                o.insert("isFilter"_L1, QString::fromLatin1(n).endsWith("Id"_L1));
            a.append(o);
        }
        return a;
    };
    auto dataObject = [&](const QString &sourceId, const char *display, const char *object,
                          QJsonArray filters, QJsonArray fields) {
        doc(u"dataObjects"_s, {{"dataSourceId"_L1, sourceId},
                               {"displayName"_L1, S(display)},
                               {"dataObjectName"_L1, S(object)},
                               {"objectType"_L1, c.id()},
                               {"useAnswerFileData"_L1, false},
                               {"filters"_L1, filters},
                               {"schemaFields"_L1, QJsonArray()},
                               {"displayFields"_L1, fields}});
    };
    const QString customers =
        source("Customer XML", "XML", "", customerSchema,
               "<customer><customerId>C-1001</customerId><firstName>Olivia</firstName>"
               "<surname>Smith</surname><email>olivia.smith@example.com</email></customer>",
               "None");
    dataObject(customers, "Customer", "customer", named({"customerId"}, true),
               named({"firstName", "surname", "email"}, false));
    const QString policies =
        source("Policy Database", "SQL Server",
               "Data Source=sql01;Initial Catalog=Policies;User ID=infiniti;Password=Pol1cy!2024",
               {}, "", "UserNamePassword");
    dataObject(policies, "Policies", "dbo.Policy",
               named({"policyId", "customerId", "status"}, true),
               named({"policyNumber", "product", "startDate", "premium"}, false));
    dataObject(policies, "Claims", "dbo.Claim", named({"claimId", "policyId"}, true),
               named({"claimNumber", "lodged", "amount", "status"}, false));
    dataObject(policies, "Active policies", "dbo.vActivePolicies", named({"customerId"}, true),
               named({"policyNumber", "product"}, false));
    const QString rest = source("Address Lookup", "REST",
                                "https://api.example.com/address?key=0d9f3c2b7a", {}, "", "ApiKey");
    dataObject(rest, "Address", "/v2/lookup", named({"postcode", "street"}, true),
               named({"formatted", "latitude", "longitude"}, false));
}

} // namespace infiniti::sim::seed
