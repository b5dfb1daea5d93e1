#include "sim/SimProjects.h"

#include "formats/Docx.h"
#include "formats/ProjectPackage.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace infiniti::sim::SimProjects {

namespace {
std::pair<int, int> parts(const QString &version)
{
    return {version.section(QLatin1Char('.'), 0, 0).toInt(),
            version.section(QLatin1Char('.'), 1, 1).toInt()};
}
} // namespace

QJsonObject *project(SimStore &store, const QString &id)
{
    for (auto &p : store.documents(kProjects)) {
        if (p.value("id"_L1).toString().compare(id, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

const QJsonObject *project(const SimStore &store, const QString &id)
{
    for (const auto &p : store.documents(kProjects)) {
        if (p.value("id"_L1).toString().compare(id, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

const QJsonObject *projectNamed(const SimStore &store, const QString &name)
{
    for (const auto &p : store.documents(kProjects)) {
        if (p.value("name"_L1).toString().compare(name, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

std::vector<const QJsonObject *> versions(const SimStore &store, const QString &projectId)
{
    std::vector<const QJsonObject *> out;
    for (const auto &v : store.documents(kVersions)) {
        if (v.value("projectId"_L1).toString().compare(projectId, Qt::CaseInsensitive) == 0)
            out.push_back(&v);
    }
    std::sort(out.begin(), out.end(), [](const QJsonObject *a, const QJsonObject *b) {
        return parts(a->value("version"_L1).toString()) > parts(b->value("version"_L1).toString());
    });
    return out;
}

const QJsonObject *version(const SimStore &store, const QString &projectId, const QString &wanted)
{
    for (const QJsonObject *v : versions(store, projectId)) {
        if (v->value("version"_L1).toString() == wanted)
            return v;
    }
    return nullptr;
}

namespace {
ProjectPackage::Full fullOf(const QJsonObject &project, const QJsonObject &version,
                            const QList<ProjectPackage::Document> *decoded = nullptr)
{
    ProjectPackage::Full full;
    full.project = {
        project.value("id"_L1).toString(),          project.value("name"_L1).toString(),
        project.value("type"_L1).toString(),        version.value("version"_L1).toString(),
        version.value("modifiedUtc"_L1).toString(), version.value("typeNumber"_L1).toString()};
    full.definition = version.value("definition"_L1).toString();
    full.definitionBytes =
        QByteArray::fromBase64(version.value("definitionBase64"_L1).toString().toLatin1());
    full.documents = decoded ? *decoded : documentsOf(version.value("documents"_L1).toArray());
    return full;
}
} // namespace

QList<ProjectPackage::Document> documentsOf(const QJsonArray &documents)
{
    QList<ProjectPackage::Document> out;
    for (const auto &d : documents) {
        const QJsonObject o = d.toObject();
        out.append({o.value("id"_L1).toString(),
                    QByteArray::fromBase64(o.value("base64"_L1).toString().toLatin1()),
                    o.value("extension"_L1).toString(u"docx"_s)});
    }
    return out;
}

QByteArray package(const SimStore &store, const QJsonObject &project, const QJsonObject &version,
                   const QList<ProjectPackage::Document> *decoded)
{
    QList<ProjectPackage::Full> projects{fullOf(project, version, decoded)};
    QList<ProjectPackage::File> files;
    QStringList included{project.value("id"_L1).toString().toLower()};
    const auto addFiles = [&files](const QJsonObject &v) {
        for (const auto &f : v.value("files"_L1).toArray()) {
            const QString name = f.toObject().value("name"_L1).toString();
            if (std::none_of(files.cbegin(), files.cend(), [&](const auto &known) {
                    return known.name.compare(name, Qt::CaseInsensitive) == 0;
                }))
                files.append({name, QByteArray::fromBase64(
                                        f.toObject().value("base64"_L1).toString().toLatin1())});
        }
    };
    addFiles(version);
    // Fragments, and the fragments they use, each once.
    for (qsizetype i = 0; i < projects.size(); ++i) {
        for (const QString &id : fragmentsOf(projects.at(i).definition)) {
            const QJsonObject *fragment = SimProjects::project(store, id);
            const QJsonObject *current =
                fragment ? SimProjects::version(store, id, fragment->value("version"_L1).toString())
                         : nullptr;
            if (!current || included.contains(id))
                continue;
            included << id;
            projects << fullOf(*fragment, *current);
            addFiles(*current);
        }
    }
    if (!version.contains("files"_L1))
        files.append({u"responseMetadataFields.xml"_s,
                      "<?xml version=\"1.0\" encoding=\"utf-8\"?><ResponseMetadataFields />"});
    return ProjectPackage::build(projects, files);
}

QStringList fragmentsOf(const QString &definition)
{
    QStringList ids;
    QXmlStreamReader xml(definition);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == "Fragment"_L1) {
            const QString id = xml.attributes().value("ProjectGuid"_L1).toString().toLower();
            if (!id.isEmpty() && !ids.contains(id))
                ids << id;
        }
    }
    return ids;
}

QString addVersion(SimStore &store, QJsonObject &project, const Version &v, bool major)
{
    const QString id = project.value("id"_L1).toString();
    const auto existing = versions(store, id);
    static const QRegularExpression majorMinor(u"^\\d{1,6}\\.\\d{1,6}$"_s);
    QString number = majorMinor.match(v.number).hasMatch() ? v.number : u"1.0"_s;
    if (!existing.empty()) {
        const auto [ma, mi] = parts(existing.front()->value("version"_L1).toString());
        number = major ? u"%1.0"_s.arg(ma + 1) : u"%1.%2"_s.arg(ma).arg(mi + 1);
    }
    const QString when = v.whenUtc.isEmpty()
                             ? QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)
                             : v.whenUtc;
    QJsonObject record{{"id"_L1, QString(id + QLatin1Char(':') + number)},
                       {"projectId"_L1, id},
                       {"version"_L1, number},
                       {"modifiedUtc"_L1, when},
                       {"modifiedBy"_L1, v.user},
                       {"comment"_L1, v.comment},
                       {"definition"_L1, v.definition},
                       {"documents"_L1, v.documents}};
    if (!v.definitionBytes.isEmpty())
        record.insert("definitionBase64"_L1, QString::fromLatin1(v.definitionBytes.toBase64()));
    if (v.files)
        record.insert("files"_L1, *v.files);
    if (!v.typeNumber.isEmpty())
        record.insert("typeNumber"_L1, v.typeNumber);
    project.insert("version"_L1, number);
    project.insert("modifiedUtc"_L1, when);
    project.insert("modifiedBy"_L1, v.user);
    project.insert("comment"_L1, v.comment);
    record.insert(
        "size"_L1,
        double(package(store, project, record, v.decoded ? &*v.decoded : nullptr).size()));
    store.documents(kVersions).push_back(record);
    return number;
}

void sortProjects(SimStore &store)
{
    auto &items = store.documents(kProjects);
    std::sort(items.begin(), items.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const int c = a.value("name"_L1).toString().compare(b.value("name"_L1).toString(),
                                                            Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.value("id"_L1).toString() < b.value("id"_L1).toString();
    });
}

void removeProject(SimStore &store, const QString &id)
{
    auto drop = [&](const QString &collection, const char *key) {
        auto &items = store.documents(collection);
        items.erase(std::remove_if(items.begin(), items.end(),
                                   [&](const QJsonObject &o) {
                                       return o.value(QLatin1StringView(key))
                                                  .toString()
                                                  .compare(id, Qt::CaseInsensitive) == 0;
                                   }),
                    items.end());
    };
    drop(kProjects, "id");
    drop(kVersions, "projectId");
    drop(kPublished, "projectId");
}

QString definitionXml(const QString &id, const QString &name, const QStringList &labels,
                      const QList<std::pair<QString, QString>> &contentItems)
{
    QString out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(u"Intelledox_TemplateFile"_s);
    xml.writeAttribute(u"version"_s, u"2.5.0"_s);
    xml.writeStartElement(u"HeaderInfo"_s);
    xml.writeTextElement(u"TemplateGuid"_s, id);
    xml.writeTextElement(u"Name"_s, name);
    xml.writeTextElement(u"TemplateTypeId"_s, u"1"_s);
    xml.writeTextElement(u"DefaultAnswerFileName"_s, name);
    xml.writeEndElement();
    xml.writeStartElement(u"WizardInfo"_s);
    xml.writeStartElement(u"BookmarkGroup"_s);
    xml.writeAttribute(u"ID"_s, u"1"_s);
    xml.writeAttribute(u"Name"_s, u"Page 1"_s);
    for (int i = 0; i < labels.size(); ++i) {
        xml.writeStartElement(u"Question"_s);
        xml.writeAttribute(u"ID"_s, QString::number(i + 1));
        xml.writeAttribute(u"Text"_s, labels.at(i));
        xml.writeAttribute(u"TypeId"_s, u"7"_s);
        xml.writeStartElement(u"Answer"_s);
        xml.writeAttribute(u"ID"_s, QString::number(i + 1));
        xml.writeAttribute(u"Name"_s, labels.at(i));
        xml.writeAttribute(u"SaveToAnswerFile"_s, u"True"_s);
        xml.writeAttribute(u"AnswerFileLabel"_s, labels.at(i));
        xml.writeEmptyElement(u"Bookmark"_s);
        xml.writeAttribute(u"Name"_s, u"{{%1}}"_s.arg(labels.at(i)));
        xml.writeAttribute(u"TypeId"_s, u"1"_s);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    if (!contentItems.isEmpty()) {
        xml.writeStartElement(u"ContentItems"_s);
        for (const auto &[itemId, itemName] : contentItems) {
            xml.writeEmptyElement(u"ContentItem"_s);
            xml.writeAttribute(u"Guid"_s, itemId);
            xml.writeAttribute(u"Name"_s, itemName);
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    return out;
}

QStringList labelsOf(const QString &definition)
{
    QStringList labels;
    QXmlStreamReader xml(definition);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == "Answer"_L1) {
            const QString label = xml.attributes().value("AnswerFileLabel"_L1).toString();
            if (!label.isEmpty() && !labels.contains(label))
                labels << label;
        }
    }
    return labels;
}

QList<std::pair<QString, QString>> placeholdersOf(const QString &definition)
{
    QList<std::pair<QString, QString>> out;
    QXmlStreamReader xml(definition);
    QString label;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && xml.name() == "Answer"_L1) {
            const auto a = xml.attributes();
            label = a.value("AnswerFileLabel"_L1).isEmpty()
                        ? a.value("Name"_L1).toString()
                        : a.value("AnswerFileLabel"_L1).toString();
        } else if (token == QXmlStreamReader::EndElement && xml.name() == "Answer"_L1) {
            label.clear();
        } else if (token == QXmlStreamReader::StartElement && xml.name() == "Bookmark"_L1 &&
                   !label.isEmpty()) {
            const QString name = xml.attributes().value("Name"_L1).toString();
            if (!name.isEmpty())
                out.append({name, label});
        }
    }
    for (const QString &l : labelsOf(definition))
        out.append({u"{{%1}}"_s.arg(l), l});
    return out;
}

QStringList contentItemsOf(const QString &definition)
{
    QStringList ids;
    QXmlStreamReader xml(definition);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == "ContentItem"_L1) {
            const QString id = xml.attributes().value("Guid"_L1).toString().toLower();
            if (!id.isEmpty() && !ids.contains(id))
                ids << id;
        }
    }
    return ids;
}

QByteArray templateDocx(const QString &name, const QStringList &labels, int revision)
{
    QStringList paragraphs = {name};
    for (const QString &label : labels)
        paragraphs << u"%1: {{%1}}"_s.arg(label);
    paragraphs << u"Template revision %1."_s.arg(revision);
    return Docx::build(paragraphs);
}

} // namespace infiniti::sim::SimProjects
