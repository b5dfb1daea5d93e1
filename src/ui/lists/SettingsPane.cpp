#include "ui/lists/SettingsPane.h"

#include "api/Call.h"
#include "api/endpoints/SettingsEndpoints.h"
#include "api/JsonEdits.h"
#include "formats/Json.h"

using namespace Qt::StringLiterals;

namespace infiniti {

using Kind = JsonFormDialog::Field::Kind;

SettingsPane::SettingsPane(Spec spec, QWidget *parent)
    : ListPane(new JsonListModel(spec.collection, spec.columns),
               {spec.key,
                spec.filterPlaceholder.isEmpty() ? tr("Filter (Ctrl+F)") : spec.filterPlaceholder,
                tr("Nothing here yet.")},
               parent)
    , m_spec(std::move(spec))
    , m_collection(m_spec.collection)
{
    setInitialColumnWidths({280, 180});
}

std::optional<ApiRequest> SettingsPane::deleteRequest(const QJsonObject &item,
                                                      QString *whyNot) const
{
    if (!m_spec.canDelete) {
        *whyNot = tr("the server offers no way to delete these");
        return std::nullopt;
    }
    return m_collection.remove(Json::idOf(item), m_spec.label(item));
}

QString SettingsPane::whyNoDelete() const
{
    return m_spec.canDelete ? QString()
                            : tr("%1 cannot be deleted: the server offers no way to delete them.")
                                  .arg(m_spec.title);
}

void SettingsPane::setCollection(const Collection &collection, const QString &title)
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
    session()
        ->call(m_collection.get(Json::idOf(item), m_spec.label(item)))
        .then(
            this, [this](const QJsonObject &whole) { showDialog(whole, false); },
            [this](const ApiError &error) { showNotice(error.message()); });
}

void SettingsPane::showDialog(const QJsonObject &item, bool isNew)
{
    // The same words as every sheet: "Properties of X", or what is being made.
    const QString where = m_subtitle.isEmpty() ? m_spec.title : m_subtitle;
    const QString title =
        isNew ? (m_spec.newTitle.isEmpty() ? tr("New item in %1").arg(where) : m_spec.newTitle)
              : tr("Properties of %1").arg(m_spec.label(item));
    auto *dialog = new JsonFormDialog(title, item, m_spec.fields, isNew, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (isNew) {
        const Collection collection = m_collection;
        saveOnRequest(dialog, [dialog, collection] { return collection.create(dialog->object()); });
    } else {
        saveEdits(dialog, item);
    }
    prepareDialog(dialog);
    dialog->show();
}

void SettingsPane::saveEdits(JsonFormDialog *dialog, const QJsonObject &item)
{
    const Collection collection = m_collection;
    const QString id = Json::idOf(item);
    const QString label = m_spec.label(item);
    saveFreshOnRequest(dialog, collection.get(id, label),
                       [dialog, collection, id, label](const QJsonObject &fresh) {
                           const QJsonObject edited =
                               JsonEdits::apply(fresh, dialog->shown(), dialog->object());
                           // A connector setting's documented update is its value alone.
                           if (collection == SettingsEndpoints::connectorSettings())
                               return SettingsEndpoints::updateConnectorSetting(
                                   id, Json::value(edited, "value"_L1), label);
                           return collection.update(id, edited, label);
                       });
}

QList<SettingsPane::Spec> SettingsPane::adminSettings()
{
    auto name = [](const QJsonObject &o) {
        return Json::string(o, "name"_L1);
    };
    QList<Spec> specs = {
        {u"customFields"_s,
         tr("Custom fields"),
         SettingsEndpoints::customFields(),
         {{tr("Name"), u"name"_s},
          {tr("Validation"), u"validationType"_s, false, false, JsonListModel::Format::Enum},
          {tr("Location"), u"location"_s, false, false, JsonListModel::Format::Enum}},
         {{u"name"_s, tr("&Name:"), Kind::Line, {}, true},
          {u"validationType"_s,
           tr("&Validation:"),
           Kind::Enum,
           {u"Text"_s, u"Number"_s, u"Date"_s, u"Email"_s}},
          {u"location"_s, tr("&Location:"), Kind::Enum, {u"ResponseMetadata"_s, u"UserProfile"_s}}},
         [](int n) { return tr("%Ln custom field(s)", nullptr, n); },
         name,
         true,
         false},
        {u"connectorSettings"_s,
         tr("Connector settings"),
         SettingsEndpoints::connectorSettings(),
         {{tr("Description"), u"metadata.description"_s}, {tr("Value"), u"value"_s, true}},
         {{u"metadata.description"_s, tr("Description:"), Kind::ReadOnly},
          {u"value"_s, tr("&Value:"), Kind::Secret}},
         [](int n) { return tr("%Ln connector setting(s)", nullptr, n); },
         [](const QJsonObject &o) { return JsonListModel::valueAt(o, u"metadata.description"_s); },
         false,
         false},
        {u"communicationTemplates"_s,
         tr("Communication templates"),
         SettingsEndpoints::communicationTemplates(),
         {{tr("Name"), u"name"_s},
          {tr("Purpose"), u"purpose"_s, false, false, JsonListModel::Format::Enum},
          {tr("Text"), u"translations"_s}},
         {{u"name"_s, tr("&Name:"), Kind::Line, {}, true},
          {u"purpose"_s, tr("&Purpose:"), Kind::Enum, {u"None"_s}},
          {u"translations"_s, tr("&Translations:"), Kind::Translations}},
         [](int n) { return tr("%Ln template(s)", nullptr, n); },
         name,
         true,
         true},
    };
    specs[0].newTitle = tr("New custom field");
    specs[2].newTitle = tr("New communication template");
    return specs;
}

} // namespace infiniti
