#include "ui/lists/SettingsPane.h"

#include "api/EntityJob.h"
#include "formats/Json.h"
#include "api/endpoints/CrudRequests.h"

using namespace Qt::StringLiterals;

namespace infiniti {

using Kind = JsonFormDialog::Field::Kind;

SettingsPane::SettingsPane(Spec spec, QWidget *parent)
    : ListPane(new JsonListModel(spec.key.toLatin1(), spec.envelope, spec.columns),
               {spec.key, tr("Filter (Ctrl+F)"), tr("Nothing here yet.")}, parent)
    , m_spec(std::move(spec))
    , m_collection(m_spec.key.toLatin1())
{
    setInitialColumnWidths({280, 180});
    static_cast<JsonListModel *>(listModel())->setModule(m_spec.module);
}

std::optional<ApiRequest> SettingsPane::deleteRequest(const QJsonObject &item, QString *whyNot) const
{
    if (!m_spec.canDelete) {
        *whyNot = tr("the server offers no way to delete these");
        return std::nullopt;
    }
    const QString id = Json::idOf(item);
    ApiRequest r = CrudRequests::remove(m_collection, id, tr("delete %1").arg(m_spec.label(item)));
    r.module = m_spec.module;
    return r;
}

void SettingsPane::setCollection(const QByteArray &collection, const QString &title)
{
    m_collection = collection;
    m_subtitle = title;
    static_cast<JsonListModel *>(listModel())->setCollection(collection);
    newAction()->setEnabled(canCreate());
}

void SettingsPane::openDialog(const QJsonObject &item, bool isNew)
{
    if (isNew || !m_spec.loadBeforeOpening || !session()) {
        showDialog(item, isNew);
        return;
    }
    ApiRequest get = CrudRequests::get(m_collection, Json::idOf(item), tr("open %1").arg(m_spec.label(item)));
    get.module = m_spec.module;
    auto *job = new EntityJob(session(), get, this);
    connect(job, &ApiJob::finished, this, [this, job, item] {
        if (!job->succeeded()) {
            showNotice(job->error().message());
            return;
        }
        showDialog(job->object(), false);
    });
    job->start();
}

void SettingsPane::showDialog(const QJsonObject &item, bool isNew)
{
    // The same words as every sheet: "Properties of X", or what is being made.
    const QString where = m_subtitle.isEmpty() ? m_spec.title : m_subtitle;
    const QString title = isNew ? (m_spec.newTitle.isEmpty() ? tr("New item in %1").arg(where) : m_spec.newTitle)
                                : tr("Properties of %1").arg(m_spec.label(item));
    auto *dialog = new JsonFormDialog(title, item, m_spec.fields, isNew, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QByteArray collection = m_collection;
    const QString id = Json::idOf(item);
    const ApiModule module = m_spec.module;
    saveOnRequest(dialog, [dialog, collection, id, isNew, module] {
        ApiRequest r = isNew ? CrudRequests::create(collection, dialog->object(), tr("create an item"))
                             : CrudRequests::update(collection, id, dialog->object(), tr("save %1").arg(id));
        r.module = module;
        return r;
    });
    prepareDialog(dialog);
    dialog->show();
}

QList<SettingsPane::Spec> SettingsPane::adminSettings()
{
    auto name = [](const QJsonObject &o) { return Json::string(o, "name"_L1); };
    QList<Spec> specs = {
        {u"customFields"_s, tr("Custom fields"), "customFields"_L1,
         {{tr("Name"), u"name"_s}, {tr("Validation"), u"validationType"_s, false, false, JsonListModel::Format::Enum},
          {tr("Location"), u"location"_s, false, false, JsonListModel::Format::Enum}},
         {{u"name"_s, tr("&Name:"), Kind::Line, {}, true},
          {u"validationType"_s, tr("&Validation:"), Kind::Enum,
           {u"Text"_s, u"Number"_s, u"Date"_s, u"Email"_s}},
          {u"location"_s, tr("&Location:"), Kind::Enum,
           {u"ResponseMetadata"_s, u"UserProfile"_s}}},
         [](int n) { return tr("%n custom field(s)", nullptr, n); }, name, true, false},
        {u"connectorSettings"_s, tr("Connector settings"), "connectorSettings"_L1,
         {{tr("Description"), u"metadata.description"_s}, {tr("Value"), u"value"_s, true}},
         {{u"metadata.description"_s, tr("Description:"), Kind::ReadOnly},
          {u"value"_s, tr("&Value:"), Kind::Secret}},
         [](int n) { return tr("%n connector setting(s)", nullptr, n); },
         [](const QJsonObject &o) { return JsonListModel::valueAt(o, u"metadata.description"_s); }, false, false},
        {u"communicationTemplates"_s, tr("Communication templates"), "communicationTemplates"_L1,
         {{tr("Name"), u"name"_s}, {tr("Purpose"), u"purpose"_s, false, false, JsonListModel::Format::Enum},
          {tr("Text"), u"translations"_s}},
         {{u"name"_s, tr("&Name:"), Kind::Line, {}, true},
          {u"purpose"_s, tr("&Purpose:"), Kind::Enum, {u"None"_s}},
          {u"translations"_s, tr("&Translations:"), Kind::Translations}},
         [](int n) { return tr("%n template(s)", nullptr, n); }, name, true, true},
    };
    specs[0].newTitle = tr("New custom field");
    specs[2].newTitle = tr("New communication template");
    return specs;
}

} // namespace infiniti
