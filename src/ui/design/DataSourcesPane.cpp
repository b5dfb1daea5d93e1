#include "ui/design/DataSourcesPane.h"

#include "api/endpoints/DataSourcesEndpoints.h"
#include "formats/Json.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

using Kind = JsonFormDialog::Field::Kind;

namespace {
QString nameOf(const QJsonObject &o)
{
    return Json::string(o, "name"_L1);
}
} // namespace

SettingsPane::Spec DataSourcesPane::sourcesSpec()
{
    Spec spec = {
        u"datasources"_s,
        tr("Data sources"),
        DataSourcesEndpoints::dataSources(),
        {{tr("Name"), u"name"_s},
         {tr("Connection type"), u"connectionType"_s},
         {tr("Credentials"), u"credentials.method"_s, false, false, JsonListModel::Format::Enum},
         // Connection strings are secrets on screen whatever they contain.
         {tr("Connection"), u"connectionString"_s, true, true}},
        {{u"name"_s, tr("&Name:"), Kind::Line, {}, true},
         {u"connectionType"_s,
          tr("Connection &type:"),
          Kind::Choice,
          {u"XML"_s, u"SQL Server"_s, u"OLE DB"_s, u"ODBC"_s, u"REST"_s, u"JSON"_s, u"CSV"_s,
           u"SharePoint"_s}},
         {u"connectionString"_s, tr("Connection &string:"), Kind::Masked},
         // The API has only the method (contract 4.6: credentials {method}): the user name and
         // password, or key, are the server's to keep, and the sheet says so.
         {u"credentials.method"_s,
          tr("&Credentials:"),
          Kind::Enum,
          {u"None"_s, u"Windows"_s, u"UserNamePassword"_s, u"Basic"_s, u"OAuth"_s, u"ApiKey"_s},
          false,
          {},
          tr("The API sets only the kind of credentials. The user name and password (or key) "
             "themselves are entered on the Infiniti server, not here.")},
         {u"allowConnectionExport"_s, tr("Allow connection e&xport"), Kind::Bool},
         {u"schema"_s, tr("Sc&hema (XSD):"), Kind::Xml},
         {u"defaultData"_s, tr("&Default data:"), Kind::Xml},
         {u"exportDefaultData"_s, tr("Export default d&ata"), Kind::Bool}},
        [](int n) { return tr("%Ln data source(s)", nullptr, n); },
        nameOf};
    spec.newTitle = tr("New data source");
    spec.filterPlaceholder = tr("Filter data sources (Ctrl+F)");
    return spec;
}

SettingsPane::Spec DataSourcesPane::objectsSpec()
{
    Spec spec = {
        u"dataobjects"_s,
        tr("Data objects"),
        DataSourcesEndpoints::dataObjects({}),
        {{tr("Display name"), u"displayName"_s},
         {tr("Object"), u"dataObjectName"_s},
         {tr("Filters"), u"filters"_s},
         {tr("Display fields"), u"displayFields"_s}},
        {{u"displayName"_s, tr("&Display name:"), Kind::Line, {}, true},
         {u"dataObjectName"_s, tr("&Object name:"), Kind::Line},
         {u"objectType"_s, tr("Object &type:"), Kind::Line},
         {u"useAnswerFileData"_s, tr("Use &answer file data"), Kind::Bool},
         {u"filters"_s, tr("&Filters:"), Kind::Names, {tr("Filter")}, false, u"isFilter"_s},
         {u"displayFields"_s, tr("Display f&ields:"), Kind::Names},
         {u"schemaFields"_s, tr("&Schema fields:"), Kind::Names}},
        [](int n) { return tr("%Ln data object(s)", nullptr, n); },
        [](const QJsonObject &o) {
            return Json::string(o, "displayName"_L1);
        }};
    spec.newTitle = tr("New data object");
    spec.filterPlaceholder = tr("Filter data objects");
    return spec;
}

DataSourcesPane::DataSourcesPane(QWidget *parent)
    : SettingsPane(sourcesSpec(), parent)
    , m_objects(new SettingsPane(objectsSpec(), this))
    , m_objectsHeading(new QLabel(this))
{
    m_objects->setCollection({});
    m_objects->setIdleText(tr("Select a data source to see its data objects."));
    // The lower list says what it is, and whose.
    auto *objects = new QWidget(this);
    auto *layout = new QVBoxLayout(objects);
    layout->setContentsMargins(0, 6, 0, 0);
    m_objectsHeading->setObjectName(u"dataObjectsHeading"_s);
    QFont bold = m_objectsHeading->font();
    bold.setBold(true);
    m_objectsHeading->setFont(bold);
    m_objectsHeading->setBuddy(m_objects->view());
    layout->addWidget(m_objectsHeading);
    layout->addWidget(m_objects, 1);
    showObjectsOf({});
    addDetail(objects, Qt::Vertical);
}

void DataSourcesPane::showObjectsOf(const QJsonObject &source)
{
    m_objectsHeading->setText(source.isEmpty() ? tr("Data objects")
                                               : tr("Data objects of %1").arg(nameOf(source)));
}

void DataSourcesPane::prepareDialog(JsonFormDialog *dialog)
{
    // Room for the note under Credentials and for both XML editors with their status lines.
    dialog->resize(640, 580);
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

void DataSourcesPane::selectedItemChanged(const QJsonObject &item)
{
    const QString id = Json::idOf(item);
    if (id == m_sourceId)
        return;
    m_sourceId = id;
    showObjectsOf(item);
    if (id.isEmpty()) {
        m_objects->setCollection({});
        return;
    }
    m_objects->setCollection(DataSourcesEndpoints::dataObjects(id),
                             tr("Data objects of %1").arg(nameOf(item)));
}

} // namespace infiniti
