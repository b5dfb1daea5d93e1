#include "api/dto/PublishedProjects.h"

#include "api/JsonEdits.h"
#include "formats/Json.h"

using namespace Qt::StringLiterals;

namespace infiniti::PublishedProjects {

namespace {
// The folder's list of publications: a known name first, else its first array.
QJsonValue publicationsOf(const QJsonObject &folder)
{
    for (const auto name : {"publishedProjects"_L1, "projects"_L1, "publications"_L1, "forms"_L1}) {
        const QJsonValue v = Json::value(folder, name);
        if (v.isArray())
            return v;
    }
    for (auto it = folder.constBegin(); it != folder.constEnd(); ++it) {
        if (it.value().isArray())
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}
} // namespace

bool isFolder(const QJsonObject &item)
{
    // A publication (contract 5.1) has objects (messages, options, outputFormats) but no
    // top-level arrays; a folder of the documented list has its publications as one.
    return publicationsOf(item).isArray();
}

QList<QJsonObject> rows(const QJsonArray &items)
{
    QList<QJsonObject> out;
    for (const auto &v : items) {
        const QJsonObject item = v.toObject();
        if (!isFolder(item)) {
            out << item;
            continue;
        }
        const QString folderId = Json::idOf(item);
        const QString folderName =
            Json::string(item, "name"_L1, Json::string(item, "folderName"_L1));
        for (const auto &p : publicationsOf(item).toArray()) {
            QJsonObject row = p.toObject();
            if (Json::value(row, "folderId"_L1).isUndefined() && !folderId.isEmpty())
                row.insert("folderId"_L1, folderId);
            if (Json::string(row, "folderName"_L1).isEmpty() && !folderName.isEmpty())
                JsonEdits::set(row, u"folderName"_s, folderName);
            if (Json::string(row, "projectName"_L1).isEmpty() &&
                !Json::string(row, "name"_L1).isEmpty())
                row.insert("projectName"_L1, Json::string(row, "name"_L1));
            out << row;
        }
    }
    return out;
}

} // namespace infiniti::PublishedProjects
