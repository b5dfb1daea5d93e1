#include "models/UsersModel.h"

#include "api/endpoints/UsersEndpoints.h"
#include "formats/Json.h"

#include <QBrush>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QMimeData>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace infiniti {
ApiRequest UsersModel::listRequest(const QString &search) const
{
    return UsersEndpoints::list(0, pageSize(), search);
}

QList<CompactField> UsersModel::compactFields() const
{
    using K = CompactField::Kind;
    return {{"id"_L1, K::Id},          {"username"_L1, K::Text},
            {"firstName"_L1, K::Text}, {"lastName"_L1, K::Text},
            {"email"_L1, K::Text},     {"disabled"_L1, K::Flag},
            {"lockedOut"_L1, K::Flag}, {"changePasswordAtNextLogin"_L1, K::Flag},
            {"groups"_L1, K::List}};
}

QStringList UsersModel::columnTitles() const
{
    return {tr("Username"), tr("Name"),       tr("Email"),
            tr("Disabled"), tr("Locked out"), tr("Groups")};
}

QVariant UsersModel::cell(const QJsonObject &item, int column, int role) const
{
    if (role == Qt::ForegroundRole) {
        if (!Json::boolean(item, "disabled"_L1))
            return {};
        static const QBrush muted =
            QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return muted;
    }
    if (role == ItemsRole)
        return column == Groups ? Json::stringList(item, "groups"_L1) : QVariant();
    if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole) {
        switch (column) {
        case Username:
            return Json::string(item, "username"_L1);
        case Name: {
            const QString first = Json::string(item, "firstName"_L1);
            const QString last = Json::string(item, "lastName"_L1);
            if (role == SortRole) // sort by surname, as directories do
                return QString(last + QLatin1Char(' ') + first).trimmed();
            return QString(first + QLatin1Char(' ') + last).trimmed();
        }
        case Email:
            return Json::string(item, "email"_L1);
        case Disabled: {
            const bool disabled = Json::boolean(item, "disabled"_L1);
            if (role == SortRole)
                return disabled;
            return disabled ? tr("Yes") : QString();
        }
        case LockedOut: {
            const bool locked = Json::boolean(item, "lockedOut"_L1);
            if (role == SortRole)
                return locked;
            return locked ? tr("Yes") : QString();
        }
        case Groups:
            return Json::stringList(item, "groups"_L1).join(u", "_s);
        default:
            return {};
        }
    }
    return {};
}

Qt::ItemFlags UsersModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = SparseListModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList UsersModel::mimeTypes() const
{
    return {QString::fromLatin1(kMimeType), u"text/plain"_s};
}

QMimeData *UsersModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const auto &i : indexes) {
        if (i.isValid() && !rows.contains(i.row()))
            rows << i.row();
    }
    std::sort(rows.begin(), rows.end());
    QJsonArray users;
    QStringList names;
    for (int row : rows) {
        const QJsonObject u = itemAt(row);
        if (u.isEmpty())
            continue; // a row not read yet
        users.append(u);
        names << Json::string(u, "username"_L1);
    }
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType),
                  QJsonDocument(users).toJson(QJsonDocument::Compact));
    mime->setText(names.join(QLatin1Char('\n')));
    return mime;
}

QJsonArray UsersModel::usersFromMime(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(QString::fromLatin1(kMimeType)))
        return {};
    return QJsonDocument::fromJson(mime->data(QString::fromLatin1(kMimeType))).array();
}

bool UsersModel::matchesSearch(const QJsonObject &item, const QString &text) const
{
    for (const auto key : {"username", "firstName", "lastName", "email"}) {
        if (Json::string(item, QLatin1StringView(key)).contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace infiniti
