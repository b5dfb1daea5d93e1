#include "models/JsonListModel.h"

#include "formats/Json.h"
#include "models/DisplayText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace infiniti {

JsonListModel::JsonListModel(Collection collection, QList<Column> columns, QObject *parent)
    : PagedListModel(parent)
    , m_collection(std::move(collection))
    , m_columns(std::move(columns))
{
}

void JsonListModel::setCollection(const Collection &collection)
{
    m_collection = collection;
    refresh();
}

QList<QJsonObject> JsonListModel::rowsOf(const QJsonArray &items) const
{
    return m_rowReader ? m_rowReader(items) : PagedListModel::rowsOf(items);
}

QString JsonListModel::valueAt(const QJsonObject &object, const QString &dottedKey)
{
    const QJsonValue v = Json::atPath(object, dottedKey);
    if (v.isArray()) {
        QStringList parts;
        for (const auto &x : v.toArray())
            // Translations show their text; named entries (filters, fields) their name; output
            // formats their extension.
            parts << (x.isObject()
                          ? Json::string(x.toObject(), "text"_L1,
                                         Json::string(x.toObject(), "name"_L1,
                                                      Json::string(x.toObject(), "extension"_L1)))
                          : x.toString());
        return parts.join(u", "_s);
    }
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return v.isDouble() ? Json::id(v) : v.toString();
}

bool JsonListModel::isInFolder(const QJsonObject &item, const QString &folderId,
                               const QString &folderName)
{
    const QJsonValue id = Json::value(item, "folderId"_L1);
    if (!id.isUndefined() && !id.isNull())
        return Json::id(id).compare(folderId, Qt::CaseInsensitive) == 0;
    return !folderName.isEmpty() &&
           Json::string(item, "folderName"_L1).compare(folderName, Qt::CaseInsensitive) == 0;
}

bool JsonListModel::hasFolderInfo(const QJsonObject &item)
{
    const QJsonValue id = Json::value(item, "folderId"_L1);
    return (!id.isUndefined() && !id.isNull()) || !Json::string(item, "folderName"_L1).isEmpty();
}

bool JsonListModel::looksSecret(const QJsonObject &item, const QString &value)
{
    static const QRegularExpression secret(
        u"password|pwd=|secret|token|apikey|api key|private key|connection ?string"_s,
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(value).hasMatch() ||
           secret.match(valueAt(item, u"metadata.description"_s)).hasMatch();
}

void JsonListModel::setQuery(const QList<std::pair<QString, QString>> &query)
{
    m_query = query;
    refresh();
}

ApiRequest JsonListModel::listRequest(const QString &) const
{
    ApiRequest r = m_collection.list(0, pageSize());
    r.query += m_query;
    return r;
}

QStringList JsonListModel::columnTitles() const
{
    QStringList titles;
    for (const auto &c : m_columns)
        titles << c.title;
    return titles;
}

QVariant JsonListModel::cell(const QJsonObject &item, int column, int role) const
{
    if ((role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole) ||
        column >= m_columns.size())
        return {};
    const Column &c = m_columns.at(column);
    const QString value = valueAt(item, c.key);
    if (c.format == Format::Bytes && !value.isEmpty()) {
        const qint64 bytes = Json::atPath(item, c.key).toVariant().toLongLong();
        if (role == SortRole)
            return bytes;
        return role == Qt::ToolTipRole ? tr("%L1 bytes").arg(bytes)
                                       : QLocale().formattedDataSize(bytes);
    }
    if (c.format == Format::DateTime && !value.isEmpty()) {
        const QDateTime when = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (when.isValid()) // ordered as times, not as text (".5" is after ".123")
            return role == SortRole ? QVariant(when) : QVariant(DisplayText::dateTime(when));
    }
    if (c.format == Format::Enum && role != SortRole)
        return DisplayText::enumText(value);
    if (const QJsonValue raw = Json::atPath(item, c.key); raw.isBool())
        return role == SortRole ? QVariant(raw.toBool())
                                : QVariant(DisplayText::yesNo(raw.toBool()));
    if (c.maskSecrets && !value.isEmpty() && (c.alwaysMask || looksSecret(item, value)))
        return role == Qt::ToolTipRole ? tr("Hidden: open the item to reveal it") : u"••••••••"_s;
    return value;
}

} // namespace infiniti
