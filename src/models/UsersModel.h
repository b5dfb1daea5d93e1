#pragma once

#include "models/SparseListModel.h"

#include <QJsonArray>

class QMimeData;

namespace infiniti {

// All users of the server, in the server's order (by username): the whole list at once with
// the pages a view shows read as it shows them (SparseListModel). A row keeps what the columns
// show, the id and the flags the actions look at; property sheets read the user fresh.
class UsersModel : public SparseListModel
{
    Q_OBJECT
public:
    enum Column { Username, Name, Email, Disabled, LockedOut, Groups, ColumnCount };

    using SparseListModel::SparseListModel;

    // Users dragged from the table: the server's objects as a JSON array, and their usernames
    // as plain text.
    static constexpr auto kMimeType = "application/x-infiniti-users+json";
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    static QJsonArray usersFromMime(const QMimeData *mime);

protected:
    bool searchesOnServer() const override { return true; }
    ApiRequest listRequest(const QString &search) const override;
    QLatin1StringView envelopeName() const override { return QLatin1StringView("users"); }
    QStringList columnTitles() const override;
    QVariant cell(const QJsonObject &item, int column, int role) const override;
    bool listsItems(int column) const override { return column == Groups; }
    bool matchesSearch(const QJsonObject &item, const QString &text) const override;
    QList<CompactField> compactFields() const override;
};

} // namespace infiniti
