#include "ui/design/DataSourcesPane.h"

#include "formats/Json.h"

namespace infiniti {

using Kind = JsonFormDialog::Field::Kind;

namespace {
QString nameOf(const QJsonObject &o)
{
    return Json::string(o, QLatin1StringView("name"));
}
} // namespace

SettingsPane::Spec DataSourcesPane::sourcesSpec()
{
    return {QStringLiteral("datasources"), tr("Data sources"), QLatin1StringView("dataSources"),
            {{tr("Name"), QStringLiteral("name")},
             {tr("Connection type"), QStringLiteral("connectionType")},
             {tr("Credentials"), QStringLiteral("credentials.method")},
             // Connection strings are secrets on screen whatever they contain.
             {tr("Connection"), QStringLiteral("connectionString"), true, true}},
            {{QStringLiteral("name"), tr("&Name:"), Kind::Line, {}, true},
             {QStringLiteral("connectionType"), tr("Connection &type:"), Kind::Choice,
              {QStringLiteral("XML"), QStringLiteral("SQL Server"), QStringLiteral("OLE DB"), QStringLiteral("ODBC"),
               QStringLiteral("REST"), QStringLiteral("JSON"), QStringLiteral("CSV"), QStringLiteral("SharePoint")}},
             {QStringLiteral("connectionString"), tr("Connection &string:"), Kind::Masked},
             {QStringLiteral("credentials.method"), tr("&Credentials:"), Kind::Choice,
              {QStringLiteral("None"), QStringLiteral("Windows"), QStringLiteral("UserNamePassword"), QStringLiteral("Basic"),
               QStringLiteral("OAuth"), QStringLiteral("ApiKey")}},
             {QStringLiteral("allowConnectionExport"), tr("Allow connection e&xport"), Kind::Bool},
             {QStringLiteral("schema"), tr("Sc&hema (XSD):"), Kind::Xml},
             {QStringLiteral("defaultData"), tr("&Default data:"), Kind::Xml},
             {QStringLiteral("exportDefaultData"), tr("Export default d&ata"), Kind::Bool}},
            [](int n) { return tr("%n data source(s)", nullptr, n); },
            nameOf};
}

SettingsPane::Spec DataSourcesPane::objectsSpec()
{
    return {QStringLiteral("dataobjects"), tr("Data objects"), QLatin1StringView("dataObjects"),
            {{tr("Display name"), QStringLiteral("displayName")},
             {tr("Object"), QStringLiteral("dataObjectName")},
             {tr("Filters"), QStringLiteral("filters")},
             {tr("Display fields"), QStringLiteral("displayFields")}},
            {{QStringLiteral("displayName"), tr("&Display name:"), Kind::Line, {}, true},
             {QStringLiteral("dataObjectName"), tr("&Object name:"), Kind::Line},
             {QStringLiteral("objectType"), tr("Object &type:"), Kind::Line},
             {QStringLiteral("useAnswerFileData"), tr("Use &answer file data"), Kind::Bool},
             {QStringLiteral("filters"), tr("&Filters:"), Kind::Names, {tr("Filter")}, false, QStringLiteral("isFilter")},
             {QStringLiteral("displayFields"), tr("Display f&ields:"), Kind::Names},
             {QStringLiteral("schemaFields"), tr("&Schema fields:"), Kind::Names}},
            [](int n) { return tr("%n data object(s)", nullptr, n); },
            [](const QJsonObject &o) { return Json::string(o, QLatin1StringView("displayName")); }};
}

DataSourcesPane::DataSourcesPane(QWidget *parent)
    : SettingsPane(sourcesSpec(), parent)
    , m_objects(new SettingsPane(objectsSpec(), this))
{
    m_objects->setCollection({});
    m_objects->setIdleText(tr("Select a data source to see its data objects."));
    addDetail(m_objects, Qt::Vertical);
}

void DataSourcesPane::setSession(Session *session)
{
    SettingsPane::setSession(session);
    m_objects->setSession(session);
}

void DataSourcesPane::refresh()
{
    SettingsPane::refresh();
    m_objects->refresh();
}

void DataSourcesPane::currentItemChanged(const QJsonObject &item)
{
    const QString id = Json::idOf(item);
    if (id == m_sourceId)
        return;
    m_sourceId = id;
    if (id.isEmpty()) {
        m_objects->setCollection({});
        return;
    }
    m_objects->setCollection("datasources/" + ApiPath::segment(id) + "/dataobjects",
                             tr("Data objects of %1").arg(nameOf(item)));
}

} // namespace infiniti
