#pragma once

#include "ui/lists/EntityDialog.h"

#include <QJsonObject>

#include <memory>

class QCheckBox;
class QLineEdit;

namespace Ui {
class PublishDialog;
}

namespace infiniti {

// Publishing a project into a publish folder, or changing how it is published (contract 4.2,
// 5.1): project, folder, the form's options, its messages and its output formats. object()
// is the documented published-project shape; keys the dialog does not show are kept. The
// fields are the Designer form ui/PublishDialog.ui: each option and message is the widget of
// that name (the JSON key) in its group.
class PublishDialog : public EntityDialog
{
    Q_OBJECT
public:
    PublishDialog(const QJsonObject &published, const QList<std::pair<QString, QString>> &folders,
                  QWidget *parent = nullptr);
    ~PublishDialog() override;
    // (id, name) of the projects that can be published; arrives after the dialog opened.
    void setProjects(const QList<std::pair<QString, QString>> &projects);
    QJsonObject object() const;
    // The object as the sheet first showed it (see JsonFormDialog::shown()).
    const QJsonObject &shown() const { return m_shown; }
    bool hasChanges() const override;

protected:
    bool validate() override;

private:
    QJsonObject m_original;
    QJsonObject m_shown;
    std::unique_ptr<Ui::PublishDialog> m_ui;
    QHash<QString, QCheckBox *> m_options;
    QHash<QString, QLineEdit *> m_messages;
    QHash<QString, QCheckBox *> m_formats; // "document/docx" …
};

} // namespace infiniti
