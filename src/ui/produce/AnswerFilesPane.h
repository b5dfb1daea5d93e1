#pragma once

#include "ui/lists/SettingsPane.h"

namespace infiniti {

// The signed-in user's answer files and in-progress answer files (contract 3.3, 3.4): list,
// create (a published form, a description, the answer XML in an editor that flags malformed
// XML — nothing is sent while it is), view and edit, delete. An in-progress answer file is
// changed by PATCH; an answer file has none, so an edit is saved as a new one and the old one
// deleted (the sheet says so).
class AnswerFilesPane : public SettingsPane
{
    Q_OBJECT
public:
    explicit AnswerFilesPane(bool inProgress, QWidget *parent = nullptr);
    static Spec spec(bool inProgress);

protected:
    void prepareDialog(JsonFormDialog *dialog) override;
    void saveEdits(JsonFormDialog *dialog, const QJsonObject &item) override;

private:
    bool m_inProgress;
};

} // namespace infiniti
