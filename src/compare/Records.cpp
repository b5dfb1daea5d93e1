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

#include <unordered_map>

using namespace Qt::StringLiterals;

namespace infiniti::compare {

namespace {
// The one translation context of this file (lupdate reads it from the macro).
struct RecordsText
{
    Q_DECLARE_TR_FUNCTIONS(RecordsText)
};

QString recordKeyLastStep(const QString &lowerKey)
{
    const qsizetype dot = lowerKey.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? lowerKey : lowerKey.mid(dot + 1);
}

QString hexHash(const QString &value)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex());
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
        return QString::fromUtf8(
            QJsonDocument(camelCaseKeys(v).toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(
            QJsonDocument(camelCaseKeys(v).toArray()).toJson(QJsonDocument::Compact));
    return scalarText(v);
}

// A member of a list of objects, for people: "customerId (isFilter: true)" when the objects
// are named, else the object as compact JSON.
QString memberText(const QJsonObject &o)
{
    const QJsonObject c = camelCaseKeys(o).toObject();
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

} // namespace

// Named, not anonymous: RecordBuilder::Lookups (declared in the header) holds these, and a type
// with internal linkage inside it is an error once a unity build includes this file.
namespace records_detail {

// Turns objects into fields. Ten thousand users have the same few keys, so what each key
// becomes (its name, its pairing key, whether it is ignored or secret) is worked out once, and
// the records share those strings.
class Builder
{
public:
    Builder(Part part, QSet<QString> ignored)
        : m_part(part)
        , m_ignored(std::move(ignored))
    {
    }

    void addAll(QList<Field> &out, const QJsonObject &o) const
    {
        out.reserve(out.size() + o.size() + 4);
        add(out, nullptr, o);
    }

private:
    struct Key
    {
        QString name; // camelCase dotted path
        QString key;  // lower-cased
        bool ignored = false;
        bool secret = false;
    };

    const Key &keyFor(const Key *parent, const QString &raw) const
    {
        const QString path = parent ? parent->key + QLatin1Char('\x1f') + raw : raw;
        if (const auto it = m_keys.find(path); it != m_keys.end())
            return it->second;
        Key k;
        const QString name = camelCaseKey(raw);
        k.name = parent ? parent->name + QLatin1Char('.') + name : name;
        k.key = k.name.toLower();
        k.ignored = m_ignored.contains(k.key);
        k.secret = isSecretKey(m_part, k.key);
        return m_keys.emplace(path, std::move(k)).first->second;
    }

    void add(QList<Field> &out, const Key *parent, const QJsonObject &o) const
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const Key &k = keyFor(parent, it.key());
            if (!k.ignored)
                add(out, k, it.value());
        }
    }

    void add(QList<Field> &out, const Key &k, const QJsonValue &v) const
    {
        if (v.isObject()) {
            add(out, &k, v.toObject());
            return;
        }
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            if (a.isEmpty())
                return;
            FieldValue fv;
            fv.kind = FieldValue::Kind::Set;
            fv.items.reserve(a.size());
            for (const auto &x : a)
                fv.items << (x.isObject() ? memberText(x.toObject()) : jsonText(x));
            sortMembers(fv.items);
            out.append({k.key, k.name, fv});
            return;
        }
        const QString text = scalarText(v);
        if (text.isEmpty())
            return; // missing, null and empty are the same
        out.append({k.key, k.name,
                    scalar(k.secret ? FieldValue::Kind::Secret : FieldValue::Kind::Text,
                           k.secret ? hexHash(text) : text)});
    }

    Part m_part;
    QSet<QString> m_ignored;
    // Node-based: a parent's Key stays where it is while its children are added.
    mutable std::unordered_map<QString, Key> m_keys;
};

void addText(QList<Field> &out, const QString &name, const QString &text, const QString &shown = {})
{
    if (!text.isEmpty())
        out.append({name.toLower(), name, scalar(FieldValue::Kind::Text, text, shown)});
}

// A reference to another object: its id, shown by its name (a path for folders). Without an id
// (a server that names the folder only) it is compared by name.
void addReference(QList<Field> &out, const QString &name, Part part, const QString &id,
                  const QString &shown)
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
    std::sort(fields.begin(), fields.end(),
              [](const Field &a, const Field &b) { return a.key < b.key; });
    // Two spellings of one key in the same object ("Name" and "name"): the first is kept.
    fields.erase(std::unique(fields.begin(), fields.end(),
                             [](const Field &a, const Field &b) { return a.key == b.key; }),
                 fields.end());
}

// Folder id → "Forms / Claims", following parentId (loops and missing parents end the walk).
class FolderPaths
{
public:
    explicit FolderPaths(const QList<QJsonObject> &folders)
    {
        for (const QJsonObject &f : folders)
            m_folders.insert(Json::idOf(f).toLower(), {Json::string(f, "name"_L1),
                                                       Json::string(f, "parentId"_L1).toLower()});
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

} // namespace records_detail

using records_detail::addReference;
using records_detail::addText;
using records_detail::Builder;
using records_detail::FolderPaths;
using records_detail::sortFields;

namespace {

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
    return version.isEmpty() ? bytes : RecordsText::tr("version %1, %2").arg(version, bytes);
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

bool FieldValue::sameAs(const FieldValue &other,
                        const std::array<QHash<QString, QString>, kPartCount> *pairs) const
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
    case Kind::Secret:
        return text.isEmpty() ? QString() : u"•••"_s;
    case Kind::Set:
        return items.join(u", "_s);
    case Kind::Reference:
    case Kind::Text:
        break;
    }
    return shown.isEmpty() ? text : shown;
}

const Field *Record::field(const QString &key) const
{
    const auto it = std::lower_bound(fields.begin(), fields.end(), key,
                                     [](const Field &f, const QString &k) { return f.key < k; });
    return it != fields.end() && it->key == key ? &*it : nullptr;
}

QString camelCaseKey(const QString &key)
{
    QString k = key.trimmed();
    if (!k.isEmpty())
        k[0] = k[0].toLower();
    return k;
}

QJsonValue camelCaseKeys(const QJsonValue &v)
{
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(camelCaseKey(it.key()), camelCaseKeys(it.value()));
        return out;
    }
    if (v.isArray()) {
        QJsonArray out;
        for (const auto &x : v.toArray())
            out.append(camelCaseKeys(x));
        return out;
    }
    return v;
}

bool isSecretKey(Part part, const QString &lowerKey)
{
    static const QSet<QString> secrets = {u"password"_s, u"secret"_s,           u"clientsecret"_s,
                                          u"apikey"_s,   u"accesstoken"_s,      u"refreshtoken"_s,
                                          u"token"_s,    u"connectionstring"_s, u"privatekey"_s};
    if (part == Part::ConnectorSettings && lowerKey == "value"_L1)
        return true; // SMTP passwords, API keys… a connector's value may be any of them
    return secrets.contains(recordKeyLastStep(lowerKey));
}

namespace {
// What a part ignores: ids and what the server keeps for itself.
QSet<QString> ignoredKeys(Part part)
{
    switch (part) {
    // Who may sign in is compared; the lockout a wrong password caused is the server's state.
    case Part::Users:
        return {u"id"_s, u"password"_s, u"lockedout"_s};
    case Part::CommunicationTemplates:
        return {u"id"_s, u"translations"_s}; // one field per language
    case Part::ContentFolders:
    case Part::PublishFolders:
        return {u"id"_s, u"parentid"_s, u"childcount"_s};
    case Part::DataObjects:
        return {u"id"_s, u"datasourceid"_s};
    // The file is compared by its SHA-256; its size, version number and who saved it when
    // are the server's own record of it.
    case Part::LibraryItems:
        return {u"id"_s,         u"size"_s,        u"version"_s, u"modifieddatetime"_s,
                u"modifiedby"_s, u"modifiedutc"_s, u"binary"_s};
    case Part::PublishedProjects:
        return {u"id"_s,          u"projectid"_s,      u"folderid"_s,
                u"projectname"_s, u"projectversion"_s, u"foldername"_s,
                u"layoutid"_s};
    default:
        return {u"id"_s};
    }
}
} // namespace

struct RecordBuilder::Lookups
{
    explicit Lookups(Part part, const ServerSnapshot &snapshot)
        : builder(part, ignoredKeys(part))
        , ownFolders(part == Part::ContentFolders || part == Part::PublishFolders
                         ? snapshot.list(part)
                         : QList<QJsonObject>())
        , contentFolders(part == Part::Projects ? snapshot.list(Part::ContentFolders)
                                                : QList<QJsonObject>())
        , publishFolders(part == Part::PublishedProjects ? snapshot.list(Part::PublishFolders)
                                                         : QList<QJsonObject>())
        , projects(part == Part::PublishedProjects
                       ? namesById(snapshot.list(Part::Projects), "name"_L1)
                       : QHash<QString, QString>())
        , dataSources(part == Part::DataObjects
                          ? namesById(snapshot.list(Part::DataSources), "name"_L1)
                          : QHash<QString, QString>())
    {
    }
    Builder builder;
    FolderPaths ownFolders, contentFolders, publishFolders;
    QHash<QString, QString> projects, dataSources;
};

RecordBuilder::RecordBuilder(Part part, const ServerSnapshot &snapshot)
    : m_part(part)
    , m_snapshot(snapshot)
    , m_lookups(std::make_unique<Lookups>(part, snapshot))
{
}

RecordBuilder::~RecordBuilder() = default;

int RecordBuilder::size() const
{
    return int(m_snapshot.list(m_part).size());
}

Record RecordBuilder::head(int i) const
{
    const QJsonObject &o = m_snapshot.list(m_part).at(i);
    const Lookups &l = *m_lookups;
    switch (m_part) {
    case Part::Users: {
        const QString username = Json::string(o, "username"_L1);
        return base(i, o, username, username);
    }
    case Part::ContentFolders:
    case Part::PublishFolders: {
        const QString path = l.ownFolders.path(Json::idOf(o));
        return base(i, o, path, path);
    }
    case Part::ConnectorSettings: {
        const QString description = Json::atPath(o, u"metadata.description"_s).toString();
        const QString type = Json::atPath(o, u"metadata.typeId"_s).toString();
        return base(i, o, description.isEmpty() ? Json::idOf(o) : description,
                    type + QLatin1Char('/') + description);
    }
    case Part::DataObjects: {
        const QString name = l.dataSources.value(Json::string(o, "dataSourceId"_L1).toLower()) +
                             u" / "_s + Json::string(o, "displayName"_L1);
        return base(i, o, name, name);
    }
    case Part::LibraryItems:
    case Part::Projects: {
        const QString name = Json::string(o, "name"_L1);
        Record r = base(i, o, name, name);
        r.version = Json::string(o, "version"_L1);
        r.modified = m_part == Part::Projects ? Json::string(o, "modifiedUtc"_L1)
                                              : Json::string(o, "modifiedDateTime"_L1,
                                                             Json::string(o, "modifiedUtc"_L1));
        return r;
    }
    case Part::PublishedProjects: {
        const QString projectId = Json::string(o, "projectId"_L1).toLower();
        const QString project =
            l.projects.value(projectId, Json::string(o, "projectName"_L1, projectId));
        QString folder = l.publishFolders.path(Json::string(o, "folderId"_L1));
        if (folder.isEmpty())
            folder = Json::string(o, "folderName"_L1);
        const QString name = folder + u" / "_s + project;
        return base(i, o, name, name);
    }
    case Part::Groups:
    case Part::Roles:
    case Part::CustomFields:
    case Part::CommunicationTemplates:
    case Part::DataSources:
        break;
    }
    const QString name = Json::string(o, "name"_L1);
    return base(i, o, name, name);
}

void RecordBuilder::addFields(Record &r) const
{
    const QJsonObject &o = m_snapshot.list(m_part).at(r.index);
    const Lookups &l = *m_lookups;
    switch (m_part) {
    case Part::Projects: {
        // Named fields only: the rest of a project (modifiedBy, comment, publishedIn…) is the
        // server's record of its history, not the project.
        addText(r.fields, u"name"_s, Json::string(o, "name"_L1));
        addText(r.fields, u"type"_s,
                Json::string(o, "type"_L1, Json::atPath(o, u"metadata.type"_s).toString()));
        const QString folderId = Json::string(o, "folderId"_L1);
        const QString folder = l.contentFolders.path(folderId);
        addReference(r.fields, u"folder"_s, Part::ContentFolders, folderId,
                     folder.isEmpty() ? Json::string(o, "folderName"_L1) : folder);
        const auto content = m_snapshot.projectContents.constFind(r.id.toLower());
        const QString shown =
            r.version.isEmpty() ? QString() : RecordsText::tr("version %1").arg(r.version);
        // Without the contents read, the version number is all there is to go by.
        addText(r.fields, u"content"_s,
                content != m_snapshot.projectContents.constEnd()
                    ? QString::fromLatin1(content->toHex())
                    : r.version,
                shown);
        break;
    }
    case Part::CommunicationTemplates:
        l.builder.addAll(r.fields, o);
        for (const auto &t : Json::value(o, "translations"_L1).toArray()) {
            // One field per language, so "the French text differs" can be said.
            const QString language = Json::string(t.toObject(), "language"_L1);
            addText(r.fields, u"translations."_s + (language.isEmpty() ? u"default"_s : language),
                    Json::string(t.toObject(), "text"_L1));
        }
        break;
    case Part::ContentFolders:
    case Part::PublishFolders: {
        l.builder.addAll(r.fields, o);
        const QString parent = Json::string(o, "parentId"_L1);
        addReference(r.fields, u"folder"_s, m_part, parent, l.ownFolders.path(parent));
        break;
    }
    case Part::DataObjects: {
        l.builder.addAll(r.fields, o);
        const QString sourceId = Json::string(o, "dataSourceId"_L1);
        addReference(r.fields, u"dataSource"_s, Part::DataSources, sourceId,
                     l.dataSources.value(sourceId.toLower()));
        break;
    }
    case Part::LibraryItems: {
        l.builder.addAll(r.fields, o);
        const auto file = m_snapshot.libraryFiles.constFind(r.id.toLower());
        if (file != m_snapshot.libraryFiles.constEnd())
            addText(r.fields, u"file"_s, QString::fromLatin1(file->sha256.toHex()),
                    fileText(r.version, file->size));
        else // files not read: the size is the best sign of another file
            addText(r.fields, u"file"_s, Json::string(o, "size"_L1),
                    fileText(r.version, Json::integer(o, "size"_L1)));
        break;
    }
    case Part::PublishedProjects: {
        l.builder.addAll(r.fields, o);
        const QString projectId = Json::string(o, "projectId"_L1).toLower();
        addReference(r.fields, u"project"_s, Part::Projects, projectId,
                     l.projects.value(projectId, Json::string(o, "projectName"_L1, projectId)));
        const QString folderId = Json::string(o, "folderId"_L1);
        QString folder = l.publishFolders.path(folderId);
        addReference(r.fields, u"folder"_s, Part::PublishFolders, folderId,
                     folder.isEmpty() ? Json::string(o, "folderName"_L1) : folder);
        const QString layout = Json::string(o, "layoutId"_L1);
        addReference(r.fields, u"layout"_s, Part::Projects, layout,
                     l.projects.value(layout.toLower(), layout));
        break;
    }
    case Part::Users:
    case Part::Groups:
    case Part::Roles:
    case Part::CustomFields:
    case Part::ConnectorSettings:
    case Part::DataSources:
        l.builder.addAll(r.fields, o);
        break;
    }
    sortFields(r.fields);
}

Record RecordBuilder::record(int index) const
{
    Record r = head(index);
    addFields(r);
    return r;
}

QList<Record> buildRecords(Part part, const ServerSnapshot &snapshot)
{
    const RecordBuilder builder(part, snapshot);
    QList<Record> out;
    out.reserve(builder.size());
    for (int i = 0; i < builder.size(); ++i)
        out << builder.record(i);
    return out;
}

} // namespace infiniti::compare
