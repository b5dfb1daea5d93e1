#include "sim/SimProjects.h"

#include "formats/Docx.h"
#include "formats/ProjectPackage.h"

#include <QDateTime>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace infiniti::sim::SimProjects {

namespace {
using L = QLatin1StringView;

std::pair<int, int> parts(const QString &version)
{
    return {version.section(QLatin1Char('.'), 0, 0).toInt(), version.section(QLatin1Char('.'), 1, 1).toInt()};
}
} // namespace

QJsonObject *project(SimStore &store, const QString &id)
{
    for (auto &p : store.documents(kProjects)) {
        if (p.value(L("id")).toString().compare(id, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

const QJsonObject *project(const SimStore &store, const QString &id)
{
    for (const auto &p : store.documents(kProjects)) {
        if (p.value(L("id")).toString().compare(id, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

const QJsonObject *projectNamed(const SimStore &store, const QString &name)
{
    for (const auto &p : store.documents(kProjects)) {
        if (p.value(L("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

std::vector<const QJsonObject *> versions(const SimStore &store, const QString &projectId)
{
    std::vector<const QJsonObject *> out;
    for (const auto &v : store.documents(kVersions)) {
        if (v.value(L("projectId")).toString().compare(projectId, Qt::CaseInsensitive) == 0)
            out.push_back(&v);
    }
    std::sort(out.begin(), out.end(), [](const QJsonObject *a, const QJsonObject *b) {
        return parts(a->value(L("version")).toString()) > parts(b->value(L("version")).toString());
    });
    return out;
}

const QJsonObject *version(const SimStore &store, const QString &projectId, const QString &wanted)
{
    for (const QJsonObject *v : versions(store, projectId)) {
        if (v->value(L("version")).toString() == wanted)
            return v;
    }
    return nullptr;
}

QByteArray package(const SimStore &, const QJsonObject &project, const QJsonObject &version)
{
    ProjectPackage::Full full;
    full.project = {project.value(L("id")).toString(), project.value(L("name")).toString(),
                    project.value(L("type")).toString(), version.value(L("version")).toString(),
                    version.value(L("modifiedUtc")).toString()};
    full.definition = version.value(L("definition")).toString();
    for (const auto &d : version.value(L("documents")).toArray()) {
        const QJsonObject o = d.toObject();
        full.documents.append({o.value(L("id")).toString(), QByteArray::fromBase64(o.value(L("base64")).toString().toLatin1())});
    }
    return ProjectPackage::build({full});
}

QString addVersion(SimStore &store, QJsonObject &project, const Version &v, bool major)
{
    const QString id = project.value(L("id")).toString();
    const auto existing = versions(store, id);
    QString number = QStringLiteral("1.0");
    if (!existing.empty()) {
        const auto [ma, mi] = parts(existing.front()->value(L("version")).toString());
        number = major ? QStringLiteral("%1.0").arg(ma + 1) : QStringLiteral("%1.%2").arg(ma).arg(mi + 1);
    }
    const QString when = v.whenUtc.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) : v.whenUtc;
    QJsonObject record{{L("id"), QString(id + QLatin1Char(':') + number)},
                       {L("projectId"), id},
                       {L("version"), number},
                       {L("modifiedUtc"), when},
                       {L("modifiedBy"), v.user},
                       {L("comment"), v.comment},
                       {L("definition"), v.definition},
                       {L("documents"), v.documents}};
    project.insert(L("version"), number);
    project.insert(L("modifiedUtc"), when);
    project.insert(L("modifiedBy"), v.user);
    project.insert(L("comment"), v.comment);
    record.insert(L("size"), double(package(store, project, record).size()));
    store.documents(kVersions).push_back(record);
    return number;
}

void sortProjects(SimStore &store)
{
    auto &items = store.documents(kProjects);
    std::sort(items.begin(), items.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const int c = a.value(L("name")).toString().compare(b.value(L("name")).toString(), Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.value(L("id")).toString() < b.value(L("id")).toString();
    });
}

void removeProject(SimStore &store, const QString &id)
{
    auto drop = [&](const QString &collection, const char *key) {
        auto &items = store.documents(collection);
        items.erase(std::remove_if(items.begin(), items.end(),
                                   [&](const QJsonObject &o) {
                                       return o.value(QLatin1StringView(key)).toString().compare(id, Qt::CaseInsensitive) == 0;
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
    xml.writeStartElement(QStringLiteral("Intelledox_TemplateFile"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.5.0"));
    xml.writeStartElement(QStringLiteral("HeaderInfo"));
    xml.writeTextElement(QStringLiteral("TemplateGuid"), id);
    xml.writeTextElement(QStringLiteral("Name"), name);
    xml.writeTextElement(QStringLiteral("TemplateTypeId"), QStringLiteral("1"));
    xml.writeTextElement(QStringLiteral("DefaultAnswerFileName"), name);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("WizardInfo"));
    xml.writeStartElement(QStringLiteral("BookmarkGroup"));
    xml.writeAttribute(QStringLiteral("ID"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("Name"), QStringLiteral("Page 1"));
    for (int i = 0; i < labels.size(); ++i) {
        xml.writeStartElement(QStringLiteral("Question"));
        xml.writeAttribute(QStringLiteral("ID"), QString::number(i + 1));
        xml.writeAttribute(QStringLiteral("Text"), labels.at(i));
        xml.writeAttribute(QStringLiteral("TypeId"), QStringLiteral("7"));
        xml.writeStartElement(QStringLiteral("Answer"));
        xml.writeAttribute(QStringLiteral("ID"), QString::number(i + 1));
        xml.writeAttribute(QStringLiteral("Name"), labels.at(i));
        xml.writeAttribute(QStringLiteral("SaveToAnswerFile"), QStringLiteral("True"));
        xml.writeAttribute(QStringLiteral("AnswerFileLabel"), labels.at(i));
        xml.writeEmptyElement(QStringLiteral("Bookmark"));
        xml.writeAttribute(QStringLiteral("Name"), QStringLiteral("{{%1}}").arg(labels.at(i)));
        xml.writeAttribute(QStringLiteral("TypeId"), QStringLiteral("1"));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    if (!contentItems.isEmpty()) {
        xml.writeStartElement(QStringLiteral("ContentItems"));
        for (const auto &[itemId, itemName] : contentItems) {
            xml.writeEmptyElement(QStringLiteral("ContentItem"));
            xml.writeAttribute(QStringLiteral("Guid"), itemId);
            xml.writeAttribute(QStringLiteral("Name"), itemName);
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
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("Answer")) {
            const QString label = xml.attributes().value(QLatin1String("AnswerFileLabel")).toString();
            if (!label.isEmpty() && !labels.contains(label))
                labels << label;
        }
    }
    return labels;
}

QStringList contentItemsOf(const QString &definition)
{
    QStringList ids;
    QXmlStreamReader xml(definition);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("ContentItem")) {
            const QString id = xml.attributes().value(QLatin1String("Guid")).toString().toLower();
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
        paragraphs << QStringLiteral("%1: {{%1}}").arg(label);
    paragraphs << QStringLiteral("Template revision %1.").arg(revision);
    return Docx::build(paragraphs);
}

} // namespace infiniti::sim::SimProjects
