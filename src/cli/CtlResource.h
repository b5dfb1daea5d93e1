#pragma once

#include "api/ApiRequest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QStringList>

namespace infiniti::ctl {

// What infiniti-ctl needs to know of one admin collection: its path, list envelope and how
// its items print as CSV and as a line of text. Adding a collection adds an entry here.
struct CtlResource
{
    QString name;     // "users"
    QString singular; // "user"
    QByteArray collection;
    QLatin1StringView envelope;
    QStringList csvColumns; // keys; arrays are joined with ';'
    QList<std::pair<QString, int>> textColumns; // key and width; the last is not padded
    QStringList verbs = {QStringLiteral("list"), QStringLiteral("get"), QStringLiteral("create"),
                         QStringLiteral("update"), QStringLiteral("delete")};
    // Nested collections ("datasources/{parent}/dataobjects"): the option naming the parent.
    QString parentOption = {};
    ApiModule module = ApiModule::Admin; // Client: answer files, in-progress forms, tasks

    // The collection path, with the parent's id put in.
    QByteArray path(const QString &parentId) const;

    static const CtlResource *named(const QString &name);
    QStringList csvRow(const QJsonObject &item) const;
    QString textLine(const QJsonObject &item) const;
};

} // namespace infiniti::ctl
