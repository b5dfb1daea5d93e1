#pragma once

#include "ui/lists/JsonFormDialog.h"
#include "models/JsonListModel.h"
#include "ui/lists/ListPane.h"

namespace infiniti {

// One of the simple settings lists (custom fields, connector settings, communication
// templates): a JsonListModel and a JsonFormDialog, described by a Spec.
class SettingsPane : public ListPane
{
    Q_OBJECT
public:
    struct Spec
    {
        QString key;   // "customFields": object names, settings, and the collection path
        QString title; // shown in the navigation tree
        QLatin1StringView envelope;
        QList<JsonListModel::Column> columns;
        QList<JsonFormDialog::Field> fields;
        std::function<QString(int)> count;  // "%n custom field(s)"
        std::function<QString(const QJsonObject &)> label;
        bool canCreate = true;
        bool canDelete = true;
        ApiModule module = ApiModule::Admin;
        // Lists that leave fields out (answer files without their XML): GET the item first.
        bool loadBeforeOpening = false;
        QString newTitle = {}; // the sheet of a new one: "New custom field"
    };
    explicit SettingsPane(Spec spec, QWidget *parent = nullptr);
    QString title() const override { return m_spec.title; }
    // A nested list (data objects) follows its parent: the path to list and post to, and the
    // words for its title; an empty path shows nothing.
    void setCollection(const QByteArray &collection, const QString &title = {});
    QByteArray collection() const { return m_collection; }

    static QList<Spec> adminSettings();

protected:
    QString countText(int n) const override { return m_spec.count(n); }
    void openItem(const QJsonObject &item) override { openDialog(item, false); }
    void createItem() override { openDialog({}, true); }
    bool canCreate() const override { return m_spec.canCreate && !m_collection.isEmpty(); }
    std::optional<ApiRequest> deleteRequest(const QJsonObject &item, QString *whyNot) const override;
    QString itemLabel(const QJsonObject &item) const override { return m_spec.label(item); }

private:
    void openDialog(const QJsonObject &item, bool isNew);
    void showDialog(const QJsonObject &item, bool isNew);

protected:
    // A dialog just made (e.g. to offer choices that come from the server).
    virtual void prepareDialog(JsonFormDialog *) {}

private:
    Spec m_spec;
    QByteArray m_collection;
    QString m_subtitle;
};

} // namespace infiniti
