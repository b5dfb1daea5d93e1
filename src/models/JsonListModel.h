#pragma once

#include "api/endpoints/Collection.h"
#include "models/PagedListModel.h"

#include <functional>

namespace infiniti {

// A list whose rows are shown straight from their JSON (custom fields, connector settings,
// communication templates): each column names a key, dotted for nested values. A column may
// hide values that look secret (a password in a connection string, a token…). The collection
// (path, envelope, module) comes from an endpoint file.
class JsonListModel : public PagedListModel
{
    Q_OBJECT
public:
    // Enum: the server's word made readable ("InProgress" → "In progress"); flags always read
    // Yes/No.
    enum class Format { Text, Bytes, DateTime, Enum };
    struct Column
    {
        QString title;
        QString key;
        bool maskSecrets = false;
        bool alwaysMask = false; // connection strings: hidden whatever they contain
        Format format = Format::Text;
    };
    JsonListModel(Collection collection, QList<Column> columns, QObject *parent = nullptr);

    // Nested lists (data objects of a data source) change their collection; an invalid one:
    // nothing to list.
    void setCollection(const Collection &collection);
    const Collection &collection() const { return m_collection; }
    // Further query parameters for the list (e.g. our emulator's folderId filter); refreshes.
    // Pair an extension filter with setRowFilter(): a server may ignore it.
    void setQuery(const QList<std::pair<QString, QString>> &query);
    // How a page's items become rows (PublishedProjects::rows for folders holding publications).
    void setRowReader(std::function<QList<QJsonObject>(const QJsonArray &)> reader)
    {
        m_rowReader = std::move(reader);
    }

    static QString valueAt(const QJsonObject &item, const QString &dottedKey);
    // Whether an item (project, publication) is in a folder: by its folderId, or by the folder's
    // name where the item carries no folderId (the documented project list has only folderName).
    static bool isInFolder(const QJsonObject &item, const QString &folderId,
                           const QString &folderName);
    // Whether an item says which folder it is in at all (folderId or folderName: ours, 9.2).
    static bool hasFolderInfo(const QJsonObject &item);
    // A value, or the description next to it, that names a password, secret, key or token.
    static bool looksSecret(const QJsonObject &item, const QString &value);

protected:
    ApiRequest listRequest(const QString &search) const override;
    QLatin1StringView envelopeName() const override { return m_collection.envelope; }
    QStringList columnTitles() const override;
    QVariant cell(const QJsonObject &item, int column, int role) const override;
    bool ready() const override { return m_collection.isValid(); }
    QList<QJsonObject> rowsOf(const QJsonArray &items) const override;

private:
    Collection m_collection;
    QList<std::pair<QString, QString>> m_query;
    QList<Column> m_columns;
    std::function<QList<QJsonObject>(const QJsonArray &)> m_rowReader;
};

} // namespace infiniti
