#pragma once

#include "ui/lists/SettingsPane.h"

class QLabel;

namespace infiniti {

class Session;

// Data sources (contract 4.6): the list with a property sheet for every field (schema and
// default data as checked XML, the connection string masked until revealed), and below it
// the data objects of the selected source under a heading naming it, with their own sheet.
class DataSourcesPane : public SettingsPane
{
    Q_OBJECT
public:
    explicit DataSourcesPane(QWidget *parent = nullptr);
    void refresh() override;
    void setSession(Session *session) override;
    SettingsPane *objectsPane() const { return m_objects; }

    static Spec sourcesSpec();
    static Spec objectsSpec();

protected:
    void selectedItemChanged(const QJsonObject &item) override;
    void prepareDialog(JsonFormDialog *dialog) override;

private:
    // The heading over the data objects: whose they are.
    void showObjectsOf(const QJsonObject &source);
    SettingsPane *m_objects;
    QLabel *m_objectsHeading;
    QString m_sourceId;
};

} // namespace infiniti
