#pragma once

#include "ui/lists/SettingsPane.h"

namespace infiniti {

// The signed-in user's answer files and in-progress answer files (contract 3.3, 3.4): list,
// create (a published form, a description, the answer XML in an editor that flags malformed
// XML — nothing is sent while it is), view and edit, delete.
class AnswerFilesPane : public SettingsPane
{
    Q_OBJECT
public:
    explicit AnswerFilesPane(bool inProgress, QWidget *parent = nullptr);
    static Spec spec(bool inProgress);

protected:
    void prepareDialog(JsonFormDialog *dialog) override;
};

} // namespace infiniti
