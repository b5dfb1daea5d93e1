#pragma once

#include "api/endpoints/Collection.h"
#include "models/JsonListModel.h"
#include "ui/lists/JsonFormDialog.h"
#include "ui/lists/ListPane.h"

namespace infiniti {

// One of the simple settings lists (custom fields, connector settings, communication
// templates, data sources, answer files): a JsonListModel and a JsonFormDialog over a Collection
// from the endpoint files, described by a Spec. Edits are saved as the contract asks of a server
// that may replace the item: read fresh, the sheet's changes laid on it, sent whole.
class SettingsPane : public ListPane
{
    Q_OBJECT
public:
    struct Spec
    {
        QString key;   // "customFields": object names and settings
        QString title; // shown in the navigation tree
        Collection
            collection; // where the items are (an invalid one for a nested list not yet chosen)
        QList<JsonListModel::Column> columns;
        QList<JsonFormDialog::Field> fields;
        std::function<QString(int)> count; // "%n custom field(s)"
        std::function<QString(const QJsonObject &)> label;
        bool canCreate = true;
        bool canDelete = true;
        // Lists that leave fields out (answer files without their XML): GET the item first.
        bool loadBeforeOpening = false;
        QString newTitle = {}; // the sheet of a new one: "New custom field"
        // The filter box's words when "Filter (Ctrl+F)" would not say which list it filters.
        QString filterPlaceholder = {};
    };
    explicit SettingsPane(Spec spec, QWidget *parent = nullptr);
    QString title() const override { return m_spec.title; }
    // A nested list (data objects) follows its parent: the collection to list and post to, and
    // the words for its title; an invalid collection shows nothing.
    void setCollection(const Collection &collection, const QString &title = {});
    const Collection &collection() const { return m_collection; }

    static QList<Spec> adminSettings();

protected:
    QString countText(int n) const override { return m_spec.count(n); }
    void openItem(const QJsonObject &item) override { openDialog(item, false); }
    void createItem() override { openDialog({}, true); }
    bool canCreate() const override { return m_spec.canCreate && m_collection.isValid(); }
    std::optional<ApiRequest> deleteRequest(const QJsonObject &item,
                                            QString *whyNot) const override;
    QString itemLabel(const QJsonObject &item) const override { return m_spec.label(item); }
    QString whyNoDelete() const override;

private:
    void openDialog(const QJsonObject &item, bool isNew);
    void showDialog(const QJsonObject &item, bool isNew);

protected:
    // A dialog just made (e.g. to offer choices that come from the server).
    virtual void prepareDialog(JsonFormDialog *) {}
    // How an edit of an existing item is saved: by default read fresh, changes laid on it, PATCH.
    virtual void saveEdits(JsonFormDialog *dialog, const QJsonObject &item);
    const Spec &spec() const { return m_spec; }

private:
    Spec m_spec;
    Collection m_collection;
    QString m_subtitle;
};

} // namespace infiniti
