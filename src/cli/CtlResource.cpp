#include "cli/CtlResource.h"

#include "api/ApiRequest.h"
#include "formats/Json.h"

#include <QJsonArray>

namespace infiniti::ctl {

namespace {
using L = QLatin1StringView;

QString cellText(const QJsonObject &object, const QString &dottedKey)
{
    const QJsonValue v = Json::atPath(object, dottedKey); // "metadata.description" reads a nested value
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isArray()) {
        QStringList names;
        for (const auto &x : v.toArray())
            names << (x.isObject() ? Json::string(x.toObject(), L("name")) : x.toString());
        return names.join(QLatin1Char(';'));
    }
    if (v.isDouble())
        return Json::id(v);
    return v.toString();
}

const QList<CtlResource> &all()
{
    static const QList<CtlResource> resources = {
        {QStringLiteral("users"), QStringLiteral("user"), "users", L("users"),
         {QStringLiteral("id"), QStringLiteral("username"), QStringLiteral("firstName"), QStringLiteral("lastName"),
          QStringLiteral("email"), QStringLiteral("disabled"), QStringLiteral("lockedOut"), QStringLiteral("groups"),
          QStringLiteral("roles")},
         {{QStringLiteral("username"), 30}, {QStringLiteral("email"), 38}, {QStringLiteral("groups"), 0}},
         {QStringLiteral("list"), QStringLiteral("get"), QStringLiteral("create"), QStringLiteral("update"),
          QStringLiteral("delete"), QStringLiteral("import")}},
        {QStringLiteral("groups"), QStringLiteral("group"), "groups", L("groups"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("external"),
          QStringLiteral("system"), QStringLiteral("emailIndividualMembers"), QStringLiteral("roles")},
         {{QStringLiteral("name"), 30}, {QStringLiteral("email"), 34}, {QStringLiteral("roles"), 0}}},
        {QStringLiteral("roles"), QStringLiteral("role"), "roles", L("roles"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("permissions")},
         {{QStringLiteral("name"), 30}, {QStringLiteral("permissions"), 0}}},
        {QStringLiteral("customfields"), QStringLiteral("custom field"), "customFields", L("customFields"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("validationType"), QStringLiteral("location")},
         {{QStringLiteral("name"), 30}, {QStringLiteral("validationType"), 14}, {QStringLiteral("location"), 0}},
         {QStringLiteral("list"), QStringLiteral("get"), QStringLiteral("create"), QStringLiteral("update")}},
        {QStringLiteral("connectors"), QStringLiteral("connector setting"), "connectorSettings", L("connectorSettings"),
         {QStringLiteral("id"), QStringLiteral("metadata.description"), QStringLiteral("metadata.typeId"), QStringLiteral("value")},
         {{QStringLiteral("id"), 38}, {QStringLiteral("metadata.description"), 0}},
         {QStringLiteral("list"), QStringLiteral("get"), QStringLiteral("update")}},
        {QStringLiteral("templates"), QStringLiteral("communication template"), "communicationTemplates", L("communicationTemplates"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("purpose")},
         {{QStringLiteral("name"), 30}, {QStringLiteral("purpose"), 0}}},
        {QStringLiteral("contentfolders"), QStringLiteral("content folder"), "contentfolders", L("contentFolders"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("parentId"), QStringLiteral("groups")},
         {{QStringLiteral("name"), 30}, {QStringLiteral("groups"), 0}}},
        {QStringLiteral("projects"), QStringLiteral("project"), "projects", L("projects"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("version"), QStringLiteral("type"),
          QStringLiteral("folderName"), QStringLiteral("modifiedUtc"), QStringLiteral("modifiedBy"), QStringLiteral("comment")},
         {{QStringLiteral("name"), 32}, {QStringLiteral("version"), 7}, {QStringLiteral("type"), 9}, {QStringLiteral("folderName"), 0}},
         {QStringLiteral("list"), QStringLiteral("get"), QStringLiteral("delete"), QStringLiteral("rename"),
          QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("import")}},
        {QStringLiteral("library"), QStringLiteral("library item"), "contentlibrary", L("contentLibraryItems"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("category"),
          QStringLiteral("folderName"), QStringLiteral("extension"), QStringLiteral("size"), QStringLiteral("version"),
          QStringLiteral("modifiedBy"), QStringLiteral("modifiedDateTime"), QStringLiteral("description")},
         {{QStringLiteral("name"), 32}, {QStringLiteral("type"), 9}, {QStringLiteral("category"), 14},
          {QStringLiteral("version"), 4}, {QStringLiteral("size"), 0}},
         {QStringLiteral("list"), QStringLiteral("get"), QStringLiteral("create"), QStringLiteral("update"),
          QStringLiteral("delete"), QStringLiteral("replace"), QStringLiteral("history"), QStringLiteral("export")}},
        // Connection strings are secrets: in --json output only, never in tables or CSV.
        {QStringLiteral("datasources"), QStringLiteral("data source"), "datasources", L("dataSources"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("connectionType"), QStringLiteral("credentials.method"),
          QStringLiteral("allowConnectionExport"), QStringLiteral("exportDefaultData")},
         {{QStringLiteral("id"), 38}, {QStringLiteral("name"), 30}, {QStringLiteral("connectionType"), 0}}},
        {QStringLiteral("dataobjects"), QStringLiteral("data object"), "datasources/{parent}/dataobjects", L("dataObjects"),
         {QStringLiteral("id"), QStringLiteral("displayName"), QStringLiteral("dataObjectName"), QStringLiteral("filters"),
          QStringLiteral("displayFields")},
         {{QStringLiteral("id"), 38}, {QStringLiteral("displayName"), 30}, {QStringLiteral("dataObjectName"), 0}},
         {QStringLiteral("list"), QStringLiteral("get"), QStringLiteral("create"), QStringLiteral("update"),
          QStringLiteral("delete")},
         QStringLiteral("datasource")},
        {QStringLiteral("workflow"), QStringLiteral("workflow"), "workflow", L("workflows"),
         {QStringLiteral("id"), QStringLiteral("projectName"), QStringLiteral("stateName"), QStringLiteral("status"),
          QStringLiteral("assignedTo"), QStringLiteral("assignedType"), QStringLiteral("assignedDateTime"), QStringLiteral("lockedBy"),
          QStringLiteral("comment")},
         {{QStringLiteral("id"), 38}, {QStringLiteral("projectName"), 26}, {QStringLiteral("stateName"), 12},
          {QStringLiteral("status"), 11}, {QStringLiteral("assignedTo"), 0}},
         {QStringLiteral("list"), QStringLiteral("get"), QStringLiteral("abort"), QStringLiteral("reassign"), QStringLiteral("revert")}},
        {QStringLiteral("tasks"), QStringLiteral("task"), "workflow", L("workflows"),
         {QStringLiteral("id"), QStringLiteral("projectName"), QStringLiteral("stateName"), QStringLiteral("assignedBy"),
          QStringLiteral("assignedType"), QStringLiteral("assignedDateTime"), QStringLiteral("dueUtc"), QStringLiteral("locked"),
          QStringLiteral("allowCancellation"), QStringLiteral("allowReassign"), QStringLiteral("allowUnlock")},
         {{QStringLiteral("id"), 38}, {QStringLiteral("projectName"), 26}, {QStringLiteral("stateName"), 12}, {QStringLiteral("assignedBy"), 0}},
         {QStringLiteral("list"), QStringLiteral("get"), QStringLiteral("unlock"), QStringLiteral("cancel"), QStringLiteral("reassign"),
          QStringLiteral("revert"), QStringLiteral("submit")},
         {}, ApiModule::Client},
        {QStringLiteral("answerfiles"), QStringLiteral("answer file"), "answerfiles", L("answerFiles"),
         {QStringLiteral("id"), QStringLiteral("description"), QStringLiteral("projectName"), QStringLiteral("publishId"), QStringLiteral("runDate")},
         {{QStringLiteral("id"), 38}, {QStringLiteral("description"), 40}, {QStringLiteral("projectName"), 0}},
         {QStringLiteral("list"), QStringLiteral("get"), QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("delete")},
         {}, ApiModule::Client},
        {QStringLiteral("inprogress"), QStringLiteral("in-progress form"), "inprogressanswerfiles", L("inProgressAnswerFiles"),
         {QStringLiteral("id"), QStringLiteral("description"), QStringLiteral("projectName"), QStringLiteral("publishId"), QStringLiteral("modifiedUtc")},
         {{QStringLiteral("id"), 38}, {QStringLiteral("description"), 40}, {QStringLiteral("projectName"), 0}},
         {QStringLiteral("list"), QStringLiteral("get"), QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("delete")},
         {}, ApiModule::Client},
        {QStringLiteral("publishfolders"), QStringLiteral("publish folder"), "publishfolders", L("publishFolders"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("parentId"), QStringLiteral("groups")},
         {{QStringLiteral("name"), 30}, {QStringLiteral("groups"), 0}}},
    };
    return resources;
}
} // namespace

const CtlResource *CtlResource::named(const QString &name)
{
    for (const auto &r : all()) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

QByteArray CtlResource::path(const QString &parentId) const
{
    QByteArray p = collection;
    return p.replace("{parent}", ApiPath::segment(parentId));
}

QStringList CtlResource::csvRow(const QJsonObject &item) const
{
    QStringList row;
    for (const auto &key : csvColumns)
        row << cellText(item, key);
    return row;
}

QString CtlResource::textLine(const QJsonObject &item) const
{
    QString line;
    for (const auto &[key, width] : textColumns) {
        const QString text = cellText(item, key).replace(QLatin1Char(';'), QStringLiteral(", "));
        line += width > 0 ? text.leftJustified(width) + QLatin1Char(' ') : text;
    }
    return line;
}

} // namespace infiniti::ctl
