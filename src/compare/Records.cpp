#include "compare/Records.h"

#include "compare/ServerSnapshot.h"
#include "formats/Json.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace infiniti::compare {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("infiniti::compare::Records", text);
}

// "FirstName" and "firstName" are the same key (contract 9.1); people see camelCase. The
// vendor's own example has a key with a trailing space ("defaultData ").
QString canonicalName(const QString &key)
{
    QString k = key.trimmed();
    if (!k.isEmpty())
        k[0] = k[0].toLower();
    return k;
}

QString lastStep(const QString &lowerKey)
{
    const qsizetype dot = lowerKey.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? lowerKey : lowerKey.mid(dot + 1);
}

QString hexHash(const QString &value)
{
    return QString::fromLatin1(QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// An object with its keys in canonical form at every level, so two servers' spellings of the
// same object print the same.
QJsonValue canonicalJson(const QJsonValue &v)
{
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(canonicalName(it.key()), canonicalJson(it.value()));
        return out;
    }
    if (v.isArray()) {
        QJsonArray out;
        for (const auto &x : v.toArray())
            out.append(canonicalJson(x));
        return out;
    }
    return v;
}

QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble())
        return Json::id(v);
    return {};
}

QString jsonText(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(canonicalJson(v).toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(canonicalJson(v).toArray()).toJson(QJsonDocument::Compact));
    return scalarText(v);
}

// A member of a list of objects, for people: "customerId (isFilter: true)" when the objects
// are named, else the object as compact JSON.
QString memberText(const QJsonObject &o)
{
    const QJsonObject c = canonicalJson(o).toObject();
    const QJsonValue name = c.value("name"_L1);
    if (!name.isString())
        return jsonText(c);
    QStringList rest;
    for (auto it = c.begin(); it != c.end(); ++it) {
        if (it.key() != "name"_L1)
            rest << it.key() + u": "_s + jsonText(it.value());
    }
    return rest.isEmpty() ? name.toString() : name.toString() + u" ("_s + rest.join(u", "_s) + u')';
}

void sortMembers(QStringList &items)
{
    std::sort(items.begin(), items.end(), [](const QString &a, const QString &b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
}

FieldValue scalar(FieldValue::Kind kind, const QString &text, const QString &shown = {})
{
    FieldValue v;
    v.kind = kind;
    v.text = text;
    v.shown = shown;
    return v;
}

class Builder
{
public:
    Builder(Part part, QSet<QString> ignored)
        : m_part(part)
        , m_ignored(std::move(ignored))
    {
    }

    void add(QList<Field> &out, const QString &name, const QString &key, const QJsonValue &v) const
    {
        if (m_ignored.contains(key))
            return;
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                const QString child = canonicalName(it.key());
                add(out, name + QLatin1Char('.') + child, key + QLatin1Char('.') + child.toLower(), it.value());
            }
            return;
        }
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            if (a.isEmpty())
                return;
            FieldValue fv;
            fv.kind = FieldValue::Kind::Set;
            for (const auto &x : a)
                fv.items << (x.isObject() ? memberText(x.toObject()) : jsonText(x));
            sortMembers(fv.items);
            out.append({key, name, fv});
            return;
        }
        const QString text = scalarText(v);
        if (text.isEmpty())
            return; // missing, null and empty are the same
        if (isSecretKey(m_part, key))
            out.append({key, name, scalar(FieldValue::Kind::Secret, hexHash(text))});
        else
            out.append({key, name, scalar(FieldValue::Kind::Text, text)});
    }

    void addAll(QList<Field> &out, const QJsonObject &o) const
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString name = canonicalName(it.key());
            add(out, name, name.toLower(), it.value());
        }
    }

private:
    Part m_part;
    QSet<QString> m_ignored;
};

void addText(QList<Field> &out, const QString &name, const QString &text, const QString &shown = {})
{
    if (!text.isEmpty())
        out.append({name.toLower(), name, scalar(FieldValue::Kind::Text, text, shown)});
}

// A reference to another object: its id, shown by its name (a path for folders). Without an id
// (a server that names the folder only) it is compared by name.
void addReference(QList<Field> &out, const QString &name, Part part, const QString &id, const QString &shown)
{
    if (id.isEmpty() && shown.isEmpty())
        return;
    FieldValue v;
    v.kind = FieldValue::Kind::Reference;
    v.referenced = part;
    v.text = id.toLower();
    v.shown = shown;
    out.append({name.toLower(), name, v});
}

void sortFields(QList<Field> &fields)
{
    std::sort(fields.begin(), fields.end(), [](const Field &a, const Field &b) { return a.key < b.key; });
    // Two spellings of one key in the same object ("Name" and "name"): the first is kept.
    fields.erase(std::unique(fields.begin(), fields.end(), [](const Field &a, const Field &b) { return a.key == b.key; }),
                 fields.end());
}

// Folder id → "Forms / Claims", following parentId (loops and missing parents end the walk).
class FolderPaths
{
public:
    explicit FolderPaths(const QList<QJsonObject> &folders)
    {
        for (const QJsonObject &f : folders)
            m_folders.insert(Json::idOf(f).toLower(), {Json::string(f, "name"_L1), Json::string(f, "parentId"_L1).toLower()});
    }
    QString path(const QString &id) const
    {
        QStringList steps;
        QSet<QString> seen;
        QString at = id.toLower();
        while (!at.isEmpty() && !seen.contains(at) && m_folders.contains(at)) {
            seen.insert(at);
            const auto &[name, parent] = m_folders.value(at);
            steps.prepend(name);
            at = parent;
        }
        return steps.join(u" / "_s);
    }

private:
    QHash<QString, std::pair<QString, QString>> m_folders;
};

QHash<QString, QString> namesById(const QList<QJsonObject> &items, QLatin1StringView nameKey)
{
    QHash<QString, QString> out;
    for (const QJsonObject &o : items)
        out.insert(Json::idOf(o).toLower(), Json::string(o, nameKey));
    return out;
}

QString fileText(const QString &version, qint64 size)
{
    const QString bytes = QLocale().formattedDataSize(size, 1, QLocale::DataSizeTraditionalFormat);
    return version.isEmpty() ? bytes : tr("version %1, %2").arg(version, bytes);
}

Record base(int index, const QJsonObject &o, const QString &name, const QString &matchKey)
{
    Record r;
    r.index = index;
    r.id = Json::idOf(o);
    r.name = name;
    r.matchKey = matchKey.toLower();
    return r;
}

} // namespace

bool FieldValue::sameAs(const FieldValue &other, const std::array<QHash<QString, QString>, kPartCount> *pairs) const
{
    if (kind == Kind::Reference || other.kind == Kind::Reference) {
        if (kind == Kind::Reference && other.kind == Kind::Reference && pairs) {
            const QString there = (*pairs)[size_t(referenced)].value(text.toLower());
            if (!there.isEmpty())
                return there.compare(other.text, Qt::CaseInsensitive) == 0;
        }
        // Not paired (or named only on one side): the same name is the same object.
        return shown.compare(other.shown, Qt::CaseInsensitive) == 0;
    }
    if (kind != other.kind)
        return false;
    if (kind != Kind::Set)
        return text == other.text;
    if (items.size() != other.items.size())
        return false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        // Names of groups, roles and permissions are case-insensitive on the server.
        if (items.at(i).compare(other.items.at(i), Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

QString FieldValue::display() const
{
    switch (kind) {
    case Kind::Secret: return text.isEmpty() ? QString() : u"•••"_s;
    case Kind::Set: return items.join(u", "_s);
    case Kind::Reference:
    case Kind::Text: break;
    }
    return shown.isEmpty() ? text : shown;
}

const Field *Record::field(const QString &key) const
{
    const auto it = std::lower_bound(fields.begin(), fields.end(), key, [](const Field &f, const QString &k) { return f.key < k; });
    return it != fields.end() && it->key == key ? &*it : nullptr;
}

bool isSecretKey(Part part, const QString &lowerKey)
{
    static const QSet<QString> secrets = {u"password"_s,    u"secret"_s,       u"clientsecret"_s,
                                          u"apikey"_s,      u"accesstoken"_s,  u"refreshtoken"_s,
                                          u"token"_s,       u"connectionstring"_s, u"privatekey"_s};
    if (part == Part::ConnectorSettings && lowerKey == "value"_L1)
        return true; // SMTP passwords, API keys… a connector's value may be any of them
    return secrets.contains(lastStep(lowerKey));
}

QList<Record> buildRecords(Part part, const ServerSnapshot &snapshot)
{
    const QList<QJsonObject> &items = snapshot.list(part);
    QList<Record> out;
    out.reserve(items.size());
    switch (part) {
    case Part::Users: {
        // Who may sign in is compared; the lockout a wrong password caused is the server's state.
        const Builder b(part, {u"id"_s, u"password"_s, u"lockedout"_s});
        for (int i = 0; i < items.size(); ++i) {
            const QString username = Json::string(items.at(i), "username"_L1);
            Record r = base(i, items.at(i), username, username);
            b.addAll(r.fields, items.at(i));
            sortFields(r.fields);
            out << std::move(r);
        }
        break;
    }
    case Part::Groups:
    case Part::Roles:
    case Part::CustomFields:
    case Part::CommunicationTemplates:
    case Part::DataSources: {
        const Builder b(part, {u"id"_s, u"translations"_s});
        for (int i = 0; i < items.size(); ++i) {
            const QJsonObject &o = items.at(i);
            const QString name = Json::string(o, "name"_L1);
            Record r = base(i, o, name, name);
            b.addAll(r.fields, o);
            if (part == Part::CommunicationTemplates) {
                // One field per language, so "the French text differs" can be said.
                for (const auto &t : Json::value(o, "translations"_L1).toArray()) {
                    const QString language = Json::string(t.toObject(), "language"_L1);
                    addText(r.fields, u"translations."_s + (language.isEmpty() ? u"default"_s : language),
                            Json::string(t.toObject(), "text"_L1));
                }
            }
            sortFields(r.fields);
            out << std::move(r);
        }
        break;
    }
    case Part::ContentFolders:
    case Part::PublishFolders: {
        const FolderPaths paths(items);
        const Builder b(part, {u"id"_s, u"parentid"_s, u"childcount"_s});
        for (int i = 0; i < items.size(); ++i) {
            const QJsonObject &o = items.at(i);
            const QString path = paths.path(Json::idOf(o));
            Record r = base(i, o, path, path);
            b.addAll(r.fields, o);
            const QString parent = Json::string(o, "parentId"_L1);
            addReference(r.fields, u"folder"_s, part, parent, paths.path(parent));
            sortFields(r.fields);
            out << std::move(r);
        }
        break;
    }
    case Part::ConnectorSettings: {
        const Builder b(part, {u"id"_s});
        for (int i = 0; i < items.size(); ++i) {
            const QJsonObject &o = items.at(i);
            const QString description = Json::atPath(o, u"metadata.description"_s).toString();
            const QString type = Json::atPath(o, u"metadata.typeId"_s).toString();
            Record r = base(i, o, description.isEmpty() ? Json::idOf(o) : description, type + QLatin1Char('/') + description);
            b.addAll(r.fields, o);
            sortFields(r.fields);
            out << std::move(r);
        }
        break;
    }
    case Part::DataObjects: {
        const auto sources = namesById(snapshot.list(Part::DataSources), "name"_L1);
        const Builder b(part, {u"id"_s, u"datasourceid"_s});
        for (int i = 0; i < items.size(); ++i) {
            const QJsonObject &o = items.at(i);
            const QString sourceId = Json::string(o, "dataSourceId"_L1);
            const QString source = sources.value(sourceId.toLower());
            const QString name = source + u" / "_s + Json::string(o, "displayName"_L1);
            Record r = base(i, o, name, name);
            b.addAll(r.fields, o);
            addReference(r.fields, u"dataSource"_s, Part::DataSources, sourceId, source);
            sortFields(r.fields);
            out << std::move(r);
        }
        break;
    }
    case Part::LibraryItems: {
        // The file is compared by its SHA-256; its size, version number and who saved it when
        // are the server's own record of it.
        const Builder b(part, {u"id"_s, u"size"_s, u"version"_s, u"modifieddatetime"_s, u"modifiedby"_s,
                               u"modifiedutc"_s, u"binary"_s});
        for (int i = 0; i < items.size(); ++i) {
            const QJsonObject &o = items.at(i);
            const QString name = Json::string(o, "name"_L1);
            Record r = base(i, o, name, name);
            r.version = Json::string(o, "version"_L1);
            r.modified = Json::string(o, "modifiedDateTime"_L1, Json::string(o, "modifiedUtc"_L1));
            b.addAll(r.fields, o);
            const auto file = snapshot.libraryFiles.constFind(r.id.toLower());
            if (file != snapshot.libraryFiles.constEnd())
                addText(r.fields, u"file"_s, QString::fromLatin1(file->sha256.toHex()), fileText(r.version, file->size));
            else // files not read: the size is the best sign of another file
                addText(r.fields, u"file"_s, Json::string(o, "size"_L1), fileText(r.version, Json::integer(o, "size"_L1)));
            sortFields(r.fields);
            out << std::move(r);
        }
        break;
    }
    case Part::Projects: {
        // Named fields only: the rest of a project (modifiedBy, comment, publishedIn…) is the
        // server's record of its history, not the project.
        const FolderPaths folders(snapshot.list(Part::ContentFolders));
        for (int i = 0; i < items.size(); ++i) {
            const QJsonObject &o = items.at(i);
            const QString name = Json::string(o, "name"_L1);
            Record r = base(i, o, name, name);
            r.version = Json::string(o, "version"_L1);
            r.modified = Json::string(o, "modifiedUtc"_L1);
            addText(r.fields, u"name"_s, name);
            addText(r.fields, u"type"_s, Json::string(o, "type"_L1, Json::atPath(o, u"metadata.type"_s).toString()));
            const QString folderId = Json::string(o, "folderId"_L1);
            const QString folder = folders.path(folderId);
            addReference(r.fields, u"folder"_s, Part::ContentFolders, folderId,
                         folder.isEmpty() ? Json::string(o, "folderName"_L1) : folder);
            const auto content = snapshot.projectContents.constFind(r.id.toLower());
            const QString shown = r.version.isEmpty() ? QString() : tr("version %1").arg(r.version);
            // Without the contents read, the version number is all there is to go by.
            addText(r.fields, u"content"_s,
                    content != snapshot.projectContents.constEnd() ? QString::fromLatin1(content->toHex()) : r.version, shown);
            sortFields(r.fields);
            out << std::move(r);
        }
        break;
    }
    case Part::PublishedProjects: {
        const FolderPaths folders(snapshot.list(Part::PublishFolders));
        const auto projects = namesById(snapshot.list(Part::Projects), "name"_L1);
        const Builder b(part, {u"id"_s, u"projectid"_s, u"folderid"_s, u"projectname"_s, u"projectversion"_s,
                               u"foldername"_s, u"layoutid"_s});
        for (int i = 0; i < items.size(); ++i) {
            const QJsonObject &o = items.at(i);
            const QString projectId = Json::string(o, "projectId"_L1).toLower();
            const QString project = projects.value(projectId, Json::string(o, "projectName"_L1, projectId));
            const QString folderId = Json::string(o, "folderId"_L1);
            QString folder = folders.path(folderId);
            if (folder.isEmpty())
                folder = Json::string(o, "folderName"_L1);
            const QString name = folder + u" / "_s + project;
            Record r = base(i, o, name, name);
            b.addAll(r.fields, o);
            addReference(r.fields, u"project"_s, Part::Projects, projectId, project);
            addReference(r.fields, u"folder"_s, Part::PublishFolders, folderId, folder);
            const QString layout = Json::string(o, "layoutId"_L1);
            addReference(r.fields, u"layout"_s, Part::Projects, layout, projects.value(layout.toLower(), layout));
            sortFields(r.fields);
            out << std::move(r);
        }
        break;
    }
    }
    return out;
}

} // namespace infiniti::compare
