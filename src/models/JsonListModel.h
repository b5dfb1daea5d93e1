#pragma once

#include "models/PagedListModel.h"

#include <functional>

namespace infiniti {

// A list whose rows are shown straight from their JSON (custom fields, connector settings,
// communication templates): each column names a key, dotted for nested values. A column may
// hide values that look secret (a password in a connection string, a token…).
class JsonListModel : public PagedListModel
{
    Q_OBJECT
public:
    // Enum: the server's word made readable ("InProgress" → "In progress"); flags always read Yes/No.
    enum class Format { Text, Bytes, DateTime, Enum };
    struct Column
    {
        QString title;
        QString key;
        bool maskSecrets = false;
        bool alwaysMask = false; // connection strings: hidden whatever they contain
        Format format = Format::Text;
    };
    JsonListModel(QByteArray collection, QLatin1StringView envelope, QList<Column> columns, QObject *parent = nullptr);

    // Nested lists (data objects of a data source) change their path; empty: nothing to list.
    void setCollection(const QByteArray &collection);
    QByteArray collection() const { return m_collection; }
    // Further query parameters for the list (e.g. our emulator's folderId filter); refreshes.
    void setQuery(const QList<std::pair<QString, QString>> &query);
    // Client-module lists (tasks, answer files, outputs) are asked of the Produce URL.
    void setModule(ApiModule module) { m_module = module; }
    ApiModule module() const { return m_module; }

    static QString valueAt(const QJsonObject &item, const QString &dottedKey);
    // A value, or the description next to it, that names a password, secret, key or token.
    static bool looksSecret(const QJsonObject &item, const QString &value);

protected:
    ApiRequest listRequest(const QString &search) const override;
    QLatin1StringView envelopeName() const override { return m_envelope; }
    QStringList columnTitles() const override;
    QVariant cell(const QJsonObject &item, int column, int role) const override;
    bool matchesSearch(const QJsonObject &item, const QString &text) const override;
    bool ready() const override { return !m_collection.isEmpty(); }

private:
    QByteArray m_collection;
    QList<std::pair<QString, QString>> m_query;
    ApiModule m_module = ApiModule::Admin;
    QLatin1StringView m_envelope;
    QList<Column> m_columns;
};

} // namespace infiniti
