#include "ui/produce/AnswerFilesPane.h"

#include "api/Call.h"
#include "api/endpoints/AnswerFilesEndpoints.h"
#include "api/endpoints/ClientEndpoints.h"
#include "formats/Json.h"
#include "ui/common/Transfers.h"
#include "ui/common/XmlEditor.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
using Kind = JsonFormDialog::Field::Kind;
} // namespace

SettingsPane::Spec AnswerFilesPane::spec(bool inProgress)
{
    Spec s{inProgress ? u"inprogressanswerfiles"_s : u"answerfiles"_s,
           inProgress ? tr("In-progress forms") : tr("Answer files"),
           inProgress ? AnswerFilesEndpoints::inProgressAnswerFiles()
                      : AnswerFilesEndpoints::answerFiles(),
           {{tr("Description"), u"description"_s},
            {tr("Form"), u"projectName"_s},
            // One word for both: an answer file is saved at the end of its run (its `runDate`,
            // contract 3.3), an in-progress form whenever it was last saved.
            {tr("Saved"), inProgress ? u"modifiedUtc"_s : u"runDate"_s, false, false,
             JsonListModel::Format::DateTime}},
           {{u"description"_s, tr("&Description:"), Kind::Line, {}, true},
            {u"publishId"_s, tr("&Form:"), Kind::IdChoice, {}, true},
            {u"answerXml"_s, tr("Answer &XML:"), Kind::Xml, {}, true}},
           inProgress ? std::function<QString(int)>(
                            [](int n) { return tr("%Ln in-progress form(s)", nullptr, n); })
                      : std::function<QString(int)>(
                            [](int n) { return tr("%Ln answer file(s)", nullptr, n); }),
           [](const QJsonObject &o) {
               return Json::string(o, "description"_L1);
           }};
    s.loadBeforeOpening = true; // lists leave the XML out
    s.newTitle = inProgress ? tr("New in-progress form") : tr("New answer file");
    return s;
}

AnswerFilesPane::AnswerFilesPane(bool inProgress, QWidget *parent)
    : SettingsPane(spec(inProgress), parent)
    , m_inProgress(inProgress)
{
    setInitialColumnWidths({320, 200, 140});
    setColumnRoles(0); // the description
}

void AnswerFilesPane::prepareDialog(JsonFormDialog *dialog)
{
    dialog->resize(720, 560);
    const bool exists = !Json::idOf(dialog->shown()).isEmpty();
    // No update for answer files (contract 3.3): said in an administrator's words.
    if (!m_inProgress && exists)
        dialog->setNote(tr("The server does not change an answer file in place: saving stores "
                           "your version as a new answer file and then deletes this one."));
    // The answers laid out to be read; what is kept, copied and saved is the XML as it came.
    if (auto *xml = dialog->findChild<XmlEditor *>(u"answerXml"_s); xml && exists)
        xml->showIndented();
    session()
        ->readAll(ClientEndpoints::forms(), "folders"_L1)
        .then(
            dialog,
            [dialog](const QJsonArray &folders) {
                QList<std::pair<QString, QString>> forms;
                for (const auto &form : ClientEndpoints::formsIn(folders)) {
                    if (!form.id.isEmpty()) // an answer file names its form by that id
                        forms.append({form.id, u"%1 — %2"_s.arg(form.folder, form.name)});
                }
                dialog->setIdChoices(u"publishId"_s, forms);
            },
            [dialog](const ApiError &error) {
                dialog->setNote(tr("The forms could not be listed: %1").arg(error.message()));
            });
}

void AnswerFilesPane::saveEdits(JsonFormDialog *dialog, const QJsonObject &item)
{
    if (m_inProgress) {
        SettingsPane::saveEdits(dialog, item); // documented PATCH (contract 3.4)
        return;
    }
    // No PATCH for answer files (contract 3.3): the edited one is stored as new, then the old
    // one goes. Should the delete fail, both are there — and the user is told so.
    const QString oldId = Json::idOf(item);
    const QString label = Json::string(item, "description"_L1);
    connect(dialog, &EntityDialog::saveRequested, this, [this, dialog, oldId, label] {
        if (!session())
            return;
        dialog->setBusy(true);
        session()
            ->call(AnswerFilesEndpoints::create(collection(), dialog->object()))
            .then(
                dialog,
                [this, dialog, oldId, label](const QJsonObject &made) {
                    listModel()->addItem(made);
                    selectItems({made}); // the saved one stays the selected one
                    dialog->accept();
                    session()
                        ->perform(collection().remove(oldId, label))
                        .then(
                            this, [this, oldId] { listModel()->removeId(oldId); },
                            [this, label](const ApiError &error) {
                                Transfers::tell(
                                    this, title(),
                                    tr("Your changes were saved as a new answer file, but the "
                                       "old “%1” could not be deleted: both are there now.")
                                        .arg(label),
                                    true, error.message());
                            });
                },
                [dialog](const ApiError &error) { dialog->showError(error); });
    });
}

} // namespace infiniti
