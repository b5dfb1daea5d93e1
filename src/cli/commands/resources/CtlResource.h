#pragma once

#include "api/ApiRequest.h"
#include "formats/Csv.h"
#include "formats/JsonScan.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QStringList>

namespace infiniti::ctl {

// What infiniti-ctl needs to know of one collection: its path, list envelope, how its items
// print as CSV and as a line of text, and which of the generic verbs (list, get, create,
// update, delete) it has. Adding a collection adds an entry in CtlResource.cpp; other verbs
// come from the command areas. Texts are QT_TRANSLATE_NOOP("infiniti-ctl", …).
struct CtlResource
{
    QString name;          // "users": the command word
    const char *singular;  // "user", for action phrases ("load user 42")
    const char *summary;   // the command's line in the overview
    const char *countText; // "%Ln user(s)", after a text list
    QByteArray collection;
    QLatin1StringView envelope;
    QStringList csvColumns;                     // keys; arrays are joined with ';'
    QList<std::pair<QString, int>> textColumns; // key and width; the last is not padded
    QStringList verbs = {QStringLiteral("list"), QStringLiteral("get"), QStringLiteral("create"),
                         QStringLiteral("update"), QStringLiteral("delete")};
    // Nested collections ("datasources/{parent}/dataobjects"): the option naming the parent.
    QString parentOption = {};
    ApiModule module = ApiModule::Admin; // Client: answer files, in-progress forms, tasks
    QByteArrayList csvKeys = {};         // csvColumns' keys in Latin-1 (all() fills them in)
    QByteArrayList textKeys = {};        // textColumns' keys in Latin-1

    static const QList<CtlResource> &all();
    static const CtlResource *named(const QString &name);

    // The collection path, with the parent's id put in.
    QByteArray path(const QString &parentId) const;
    QString singularText() const;
    QString countOf(int n) const;
    QStringList csvRow(const QJsonObject &item) const;
    QString textLine(const QJsonObject &item) const;
    // csvRow() of an item read as bytes (RawListPageJob), from its members, without building
    // it: one CSV record (Csv::record()), appended to `out`.
    void appendCsvRecord(QByteArray &out, QByteArrayView json, JsonScan::MemberSpan members,
                         const Csv::WriteOptions &options) const;
    // textLine() of such an item as UTF-8 with its line break, appended to `out`.
    void appendTextLine(QByteArray &out, QByteArrayView json, JsonScan::MemberSpan members) const;
    // The request on this resource's module (Client for tasks, answer files…).
    ApiRequest onModule(ApiRequest request) const;
};

} // namespace infiniti::ctl
