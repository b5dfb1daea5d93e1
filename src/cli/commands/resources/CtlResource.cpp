#include "cli/commands/resources/CtlResource.h"

#include "formats/Json.h"
#include "formats/ShownText.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

namespace {
QString cellText(const QJsonObject &object, const QString &dottedKey)
{
    const QJsonValue v =
        Json::atPath(object, dottedKey); // "metadata.description" reads a nested value
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isArray()) {
        QStringList names;
        for (const auto &x : v.toArray())
            names << (x.isObject() ? Json::string(x.toObject(), "name"_L1) : x.toString());
        return names.join(QLatin1Char(';'));
    }
    if (v.isDouble())
        return Json::id(v);
    return v.toString();
}

// cellText() for an item read as bytes: the same text for every kind of value.
QString scannedCellText(QByteArrayView json, JsonScan::MemberSpan members,
                        QLatin1StringView dottedKey)
{
    using JsonScan::Type;
    JsonScan::Value v;
    if (const qsizetype dot = dottedKey.indexOf(QLatin1Char('.')); dot >= 0) {
        const JsonScan::Value head = JsonScan::find(json, members, dottedKey.first(dot));
        v = JsonScan::atPath(json, head, QString(dottedKey.sliced(dot + 1)));
    } else {
        v = JsonScan::find(json, members, dottedKey);
    }
    switch (v.type) {
    case Type::String:
        return JsonScan::string(json, v);
    case Type::Bool:
        return json.at(v.begin) == 't' ? u"true"_s : u"false"_s;
    case Type::Number:
        return Json::id(JsonScan::toJsonValue(json, v));
    case Type::Array: {
        QStringList names;
        for (const JsonScan::Value &x : JsonScan::elements(json, v)) {
            if (x.type == Type::Object) {
                const JsonScan::Value name =
                    JsonScan::find(json, JsonScan::members(json, x), "name"_L1);
                names << (name.type == Type::Number ? Json::id(JsonScan::toJsonValue(json, name))
                                                    : JsonScan::string(json, name));
            } else {
                names << JsonScan::string(json,
                                          x); // what QJsonValue::toString() gives: only strings
            }
        }
        return names.join(QLatin1Char(';'));
    }
    case Type::Missing:
    case Type::Null:
    case Type::Object:
        break;
    }
    return {};
}

// A string value whose bytes are its text in plain printable ASCII (no escapes): as it is.
bool plainAsciiString(QByteArrayView json, const JsonScan::Value &v, QByteArrayView *text)
{
    if (v.type != JsonScan::Type::String)
        return false;
    const QByteArrayView raw = json.sliced(v.begin + 1, v.end - v.begin - 2);
    for (const char c : raw) {
        if (c < 0x20 || c > 0x7E || c == '\\')
            return false;
    }
    *text = raw;
    return true;
}

// scannedCellText() in bytes appended to `cell`, when every character of it is plain ASCII (so
// a byte is a character and padding counts alike): false for anything else, which takes the
// QString way.
bool asciiCellText(QByteArrayView json, JsonScan::MemberSpan members, QLatin1StringView key,
                   QByteArray *cell)
{
    using JsonScan::Type;
    if (key.contains(QLatin1Char('.')))
        return false;
    const JsonScan::Value v = JsonScan::find(json, members, key);
    QByteArrayView text;
    switch (v.type) {
    case Type::String:
        if (!plainAsciiString(json, v, &text))
            return false;
        cell->append(text);
        return true;
    case Type::Bool:
        cell->append(json.at(v.begin) == 't' ? "true" : "false");
        return true;
    case Type::Missing:
    case Type::Null:
    case Type::Object:
        return true;
    case Type::Number:
        return false;
    case Type::Array: {
        bool first = true;
        for (const JsonScan::Value &x : JsonScan::elements(json, v)) {
            JsonScan::Value named = x;
            if (x.type == Type::Object)
                named = JsonScan::find(json, JsonScan::members(json, x), "name"_L1);
            if (!first)
                cell->append(';');
            first = false;
            if (named.type == Type::String) {
                if (!plainAsciiString(json, named, &text))
                    return false;
                cell->append(text);
            } else if (named.type == Type::Number) {
                return false;
            }
        }
        return true;
    }
    }
    return false;
}

// `text` appended with every ';' as ", "; its length so (in bytes).
qsizetype appendCommaForSemicolon(QByteArray &out, QByteArrayView text)
{
    const qsizetype before = out.size();
    qsizetype from = 0;
    for (qsizetype at = text.indexOf(';'); at >= 0; at = text.indexOf(';', from)) {
        out.append(text.sliced(from, at - from)).append(", ");
        from = at + 1;
    }
    out.append(text.sliced(from));
    return out.size() - before;
}

// A cell's bytes, kept from cell to cell (its memory is not asked for again each time).
QByteArray &scratchCell()
{
    thread_local QByteArray cell;
    return cell;
}

// The resources with their columns' keys in Latin-1 too (read for every cell of a long list).
QList<CtlResource> withKeys(QList<CtlResource> resources)
{
    for (CtlResource &r : resources) {
        for (const QString &key : std::as_const(r.csvColumns))
            r.csvKeys << key.toLatin1();
        for (const auto &column : std::as_const(r.textColumns))
            r.textKeys << column.first.toLatin1();
    }
    return resources;
}

const QStringList kCrud = {u"list"_s, u"get"_s, u"create"_s, u"update"_s, u"delete"_s};
} // namespace

const QList<CtlResource> &CtlResource::all()
{
    static const QList<CtlResource> resources = withKeys({
        {u"users"_s,
         QT_TRANSLATE_NOOP("infiniti-ctl", "user"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "user accounts"),
         QT_TRANSLATE_N_NOOP("infiniti-ctl", "%Ln user(s)"),
         "users",
         "users"_L1,
         {u"id"_s, u"username"_s, u"firstName"_s, u"lastName"_s, u"email"_s, u"disabled"_s,
          u"lockedOut"_s, u"groups"_s, u"roles"_s},
         {{u"username"_s, 30}, {u"email"_s, 38}, {u"groups"_s, 0}}},
        {u"groups"_s,
         QT_TRANSLATE_NOOP("infiniti-ctl", "group"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "user groups"),
         QT_TRANSLATE_N_NOOP("infiniti-ctl", "%Ln group(s)"),
         "groups",
         "groups"_L1,
         {u"id"_s, u"name"_s, u"email"_s, u"external"_s, u"system"_s, u"emailIndividualMembers"_s,
          u"roles"_s},
         {{u"name"_s, 30}, {u"email"_s, 34}, {u"roles"_s, 0}}},
        {u"roles"_s,
         QT_TRANSLATE_NOOP("infiniti-ctl", "role"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "roles and their permissions"),
         QT_TRANSLATE_N_NOOP("infiniti-ctl", "%Ln role(s)"),
         "roles",
         "roles"_L1,
         {u"id"_s, u"name"_s, u"permissions"_s},
         {{u"name"_s, 30}, {u"permissions"_s, 0}}},
        {u"customfields"_s,
         QT_TRANSLATE_NOOP("infiniti-ctl", "custom field"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "custom fields (they cannot be deleted)"),
         QT_TRANSLATE_N_NOOP("infiniti-ctl", "%Ln custom field(s)"),
         "customFields",
         "customFields"_L1,
         {u"id"_s, u"name"_s, u"validationType"_s, u"location"_s},
         {{u"name"_s, 30}, {u"validationType"_s, 14}, {u"location"_s, 0}},
         {u"list"_s, u"get"_s, u"create"_s, u"update"_s}},
        {u"templates"_s,
         QT_TRANSLATE_NOOP("infiniti-ctl", "communication template"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "communication templates"),
         QT_TRANSLATE_N_NOOP("infiniti-ctl", "%Ln communication template(s)"),
         "communicationTemplates",
         "communicationTemplates"_L1,
         {u"id"_s, u"name"_s, u"purpose"_s},
         {{u"name"_s, 30}, {u"purpose"_s, 0}}},
        {u"contentfolders"_s,
         QT_TRANSLATE_NOOP("infiniti-ctl", "content folder"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "content folders and their groups"),
         QT_TRANSLATE_N_NOOP("infiniti-ctl", "%Ln content folder(s)"),
         "contentfolders",
         "contentFolders"_L1,
         {u"id"_s, u"name"_s, u"parentId"_s, u"groups"_s},
         {{u"name"_s, 30}, {u"groups"_s, 0}}},
        {u"publishfolders"_s,
         QT_TRANSLATE_NOOP("infiniti-ctl", "publish folder"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "publish folders and their groups"),
         QT_TRANSLATE_N_NOOP("infiniti-ctl", "%Ln publish folder(s)"),
         "publishfolders",
         "publishFolders"_L1,
         {u"id"_s, u"name"_s, u"parentId"_s, u"groups"_s},
         {{u"name"_s, 30}, {u"groups"_s, 0}}},
        {u"connectors"_s,
         QT_TRANSLATE_NOOP("infiniti-ctl", "connector setting"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "connector settings"),
         QT_TRANSLATE_N_NOOP("infiniti-ctl", "%Ln connector setting(s)"),
         "connectorSettings",
         "connectorSettings"_L1,
         {u"id"_s, u"metadata.description"_s, u"metadata.typeId"_s, u"value"_s},
         {{u"id"_s, 38}, {u"metadata.description"_s, 0}},
         {u"list"_s, u"get"_s, u"update"_s}},
        // Connection strings are secrets: in --json output only, never in tables or CSV.
        {u"datasources"_s,
         QT_TRANSLATE_NOOP("infiniti-ctl", "data source"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "data sources (connection strings only with --json)"),
         QT_TRANSLATE_N_NOOP("infiniti-ctl", "%Ln data source(s)"),
         "datasources",
         "dataSources"_L1,
         {u"id"_s, u"name"_s, u"connectionType"_s, u"credentials.method"_s,
          u"allowConnectionExport"_s, u"exportDefaultData"_s},
         {{u"id"_s, 38}, {u"name"_s, 30}, {u"connectionType"_s, 0}}},
        {u"dataobjects"_s,
         QT_TRANSLATE_NOOP("infiniti-ctl", "data object"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "the data objects of one data source (--datasource ID)"),
         QT_TRANSLATE_N_NOOP("infiniti-ctl", "%Ln data object(s)"),
         "datasources/{parent}/dataobjects",
         "dataObjects"_L1,
         {u"id"_s, u"displayName"_s, u"dataObjectName"_s, u"filters"_s, u"displayFields"_s},
         {{u"id"_s, 38}, {u"displayName"_s, 30}, {u"dataObjectName"_s, 0}},
         kCrud,
         u"datasource"_s},
        {u"library"_s,
         QT_TRANSLATE_NOOP("infiniti-ctl", "library item"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "the content library: items, their files and versions"),
         QT_TRANSLATE_N_NOOP("infiniti-ctl", "%Ln library item(s)"),
         "contentlibrary",
         "contentLibraryItems"_L1,
         {u"id"_s, u"name"_s, u"type"_s, u"category"_s, u"folderName"_s, u"extension"_s, u"size"_s,
          u"version"_s, u"modifiedBy"_s, u"modifiedDateTime"_s, u"description"_s},
         {{u"name"_s, 32}, {u"type"_s, 9}, {u"category"_s, 14}, {u"version"_s, 4}, {u"size"_s, 0}},
         {u"list"_s, u"update"_s, u"delete"_s}}, // get, create…: commands/library
        {u"projects"_s,
         QT_TRANSLATE_NOOP("infiniti-ctl", "project"),
         QT_TRANSLATE_NOOP("infiniti-ctl",
                           "projects: versions, export (backups), import, packages"),
         QT_TRANSLATE_N_NOOP("infiniti-ctl", "%Ln project(s)"),
         "projects",
         "projects"_L1,
         {u"id"_s, u"name"_s, u"version"_s, u"type"_s, u"folderName"_s, u"modifiedUtc"_s,
          u"modifiedBy"_s, u"comment"_s},
         {{u"name"_s, 32}, {u"version"_s, 7}, {u"type"_s, 9}, {u"folderName"_s, 0}},
         {u"list"_s, u"get"_s, u"delete"_s}}, // rename, export…: commands/projects
        {u"workflow"_s,
         QT_TRANSLATE_NOOP("infiniti-ctl", "workflow"),
         QT_TRANSLATE_NOOP("infiniti-ctl",
                           "every workflow (administrators): abort, reassign, revert"),
         QT_TRANSLATE_N_NOOP("infiniti-ctl", "%Ln workflow(s)"),
         "workflow",
         "workflows"_L1,
         {u"id"_s, u"projectName"_s, u"stateName"_s, u"status"_s, u"assignedTo"_s,
          u"assignedType"_s, u"assignedDateTime"_s, u"lockedBy"_s, u"comment"_s},
         {{u"id"_s, 38},
          {u"projectName"_s, 26},
          {u"stateName"_s, 12},
          {u"status"_s, 11},
          {u"assignedTo"_s, 0}},
         {u"list"_s, u"get"_s}},
        {u"tasks"_s,
         QT_TRANSLATE_NOOP("infiniti-ctl", "task"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "the signed-in user's workflow tasks (Produce)"),
         QT_TRANSLATE_N_NOOP("infiniti-ctl", "%Ln task(s)"),
         "workflow",
         "workflows"_L1,
         {u"id"_s, u"projectName"_s, u"stateName"_s, u"assignedBy"_s, u"assignedType"_s,
          u"assignedDateTime"_s, u"dueUtc"_s, u"locked"_s, u"allowCancellation"_s,
          u"allowReassign"_s, u"allowUnlock"_s},
         {{u"id"_s, 38}, {u"projectName"_s, 26}, {u"stateName"_s, 12}, {u"assignedBy"_s, 0}},
         {u"list"_s, u"get"_s},
         {},
         ApiModule::Client},
        {u"answerfiles"_s,
         QT_TRANSLATE_NOOP("infiniti-ctl", "answer file"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "the signed-in user's answer files (Produce)"),
         QT_TRANSLATE_N_NOOP("infiniti-ctl", "%Ln answer file(s)"),
         "answerfiles",
         "answerFiles"_L1,
         {u"id"_s, u"description"_s, u"projectName"_s, u"publishId"_s, u"runDate"_s},
         {{u"id"_s, 38}, {u"description"_s, 40}, {u"projectName"_s, 0}},
         kCrud,
         {},
         ApiModule::Client},
        {u"inprogress"_s,
         QT_TRANSLATE_NOOP("infiniti-ctl", "in-progress form"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "the signed-in user's in-progress forms (Produce)"),
         QT_TRANSLATE_N_NOOP("infiniti-ctl", "%Ln in-progress form(s)"),
         "inprogressanswerfiles",
         "inProgressAnswerFiles"_L1,
         {u"id"_s, u"description"_s, u"projectName"_s, u"publishId"_s, u"modifiedUtc"_s},
         {{u"id"_s, 38}, {u"description"_s, 40}, {u"projectName"_s, 0}},
         kCrud,
         {},
         ApiModule::Client},
    });
    return resources;
}

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

QString CtlResource::singularText() const
{
    return QCoreApplication::translate("infiniti-ctl", singular);
}

QString CtlResource::countOf(int n) const
{
    return QCoreApplication::translate("infiniti-ctl", countText, nullptr, n);
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
        // (No terminal controls, no line breaks: a value cannot recolour the screen or forge
        // a row.)
        const QString text =
            ShownText::printable(cellText(item, key)).replace(QLatin1Char(';'), u", "_s);
        line += width > 0 ? text.leftJustified(width) + QLatin1Char(' ') : text;
    }
    return line;
}

void CtlResource::appendCsvRecord(QByteArray &out, QByteArrayView json,
                                  JsonScan::MemberSpan members,
                                  const Csv::WriteOptions &options) const
{
    QByteArray &cell = scratchCell();
    for (qsizetype c = 0; c < csvKeys.size(); ++c) {
        // Plain ASCII cells as bytes, anything else the QString way (csvRow()'s text).
        const QLatin1StringView key(csvKeys.at(c));
        cell.resize(0);
        if (!asciiCellText(json, members, key, &cell))
            cell = scannedCellText(json, members, key).toUtf8();
        Csv::appendField(out, cell, c == 0, options);
    }
    out.append("\r\n");
}

void CtlResource::appendTextLine(QByteArray &out, QByteArrayView json,
                                 JsonScan::MemberSpan members) const
{
    QByteArray &cell = scratchCell();
    for (qsizetype c = 0; c < textKeys.size(); ++c) {
        // As textLine(): ';' shown as ", ", padded to the width in characters (UTF-16 units) —
        // for plain ASCII, bytes; anything else the QString way.
        const QLatin1StringView key(textKeys.at(c));
        const int width = textColumns.at(c).second;
        cell.resize(0);
        qsizetype length = 0;
        if (asciiCellText(json, members, key, &cell)) {
            length = appendCommaForSemicolon(out, cell);
        } else {
            const QString text = ShownText::printable(scannedCellText(json, members, key))
                                     .replace(QLatin1Char(';'), u", "_s);
            length = text.size();
            out.append(text.toUtf8());
        }
        if (width > 0) {
            if (length < width)
                out.append(width - length, ' ');
            out.append(' ');
        }
    }
    out.append('\n');
}

ApiRequest CtlResource::onModule(ApiRequest request) const
{
    request.module = module;
    return request;
}

} // namespace infiniti::ctl
