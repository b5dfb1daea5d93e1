#include "ui/lists/SettingsPane.h"

#include "api/EntityJob.h"
#include "formats/Json.h"
#include "api/endpoints/CrudRequests.h"

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
    const QString where = m_subtitle.isEmpty() ? m_spec.title : m_subtitle;
    const QString title = isNew ? tr("New — %1").arg(where) : tr("%1 — %2").arg(m_spec.label(item), where);
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
    auto name = [](const QJsonObject &o) { return Json::string(o, QLatin1StringView("name")); };
    return {
        {QStringLiteral("customFields"), tr("Custom fields"), QLatin1StringView("customFields"),
         {{tr("Name"), QStringLiteral("name")}, {tr("Validation"), QStringLiteral("validationType")},
          {tr("Location"), QStringLiteral("location")}},
         {{QStringLiteral("name"), tr("&Name:"), Kind::Line, {}, true},
          {QStringLiteral("validationType"), tr("&Validation:"), Kind::Choice,
           {QStringLiteral("Text"), QStringLiteral("Number"), QStringLiteral("Date"), QStringLiteral("Email")}},
          {QStringLiteral("location"), tr("&Location:"), Kind::Choice,
           {QStringLiteral("ResponseMetadata"), QStringLiteral("UserProfile")}}},
         [](int n) { return tr("%n custom field(s)", nullptr, n); }, name, true, false},
        {QStringLiteral("connectorSettings"), tr("Connector settings"), QLatin1StringView("connectorSettings"),
         {{tr("Description"), QStringLiteral("metadata.description")}, {tr("Value"), QStringLiteral("value"), true}},
         {{QStringLiteral("metadata.description"), tr("Description:"), Kind::ReadOnly},
          {QStringLiteral("value"), tr("&Value:"), Kind::Secret}},
         [](int n) { return tr("%n connector setting(s)", nullptr, n); },
         [](const QJsonObject &o) { return JsonListModel::valueAt(o, QStringLiteral("metadata.description")); }, false, false},
        {QStringLiteral("communicationTemplates"), tr("Communication templates"), QLatin1StringView("communicationTemplates"),
         {{tr("Name"), QStringLiteral("name")}, {tr("Purpose"), QStringLiteral("purpose")}, {tr("Text"), QStringLiteral("translations")}},
         {{QStringLiteral("name"), tr("&Name:"), Kind::Line, {}, true},
          {QStringLiteral("purpose"), tr("&Purpose:"), Kind::Choice, {QStringLiteral("None")}},
          {QStringLiteral("translations"), tr("&Translations:"), Kind::Translations}},
         [](int n) { return tr("%n template(s)", nullptr, n); }, name, true, true},
    };
}

} // namespace infiniti
