#include "ui/produce/AnswerFilesPane.h"

#include "api/EntityJob.h"
#include "formats/Json.h"
#include "api/endpoints/ClientEndpoints.h"

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
           inProgress ? "inProgressAnswerFiles"_L1 : "answerFiles"_L1,
           {{tr("Description"), u"description"_s},
            {tr("Form"), u"projectName"_s},
            {inProgress ? tr("Saved") : tr("Run"), inProgress ? u"modifiedUtc"_s : u"runDate"_s, false, false,
             JsonListModel::Format::DateTime}},
           {{u"description"_s, tr("&Description:"), Kind::Line, {}, true},
            {u"publishId"_s, tr("&Form:"), Kind::IdChoice, {}, true},
            {u"answerXml"_s, tr("Answer &XML:"), Kind::Xml, {}, true}},
           inProgress ? std::function<QString(int)>([](int n) { return tr("%n in-progress form(s)", nullptr, n); })
                      : std::function<QString(int)>([](int n) { return tr("%n answer file(s)", nullptr, n); }),
           [](const QJsonObject &o) { return Json::string(o, "description"_L1); }};
    s.module = ApiModule::Client;
    s.loadBeforeOpening = true; // lists leave the XML out
    s.newTitle = inProgress ? tr("New in-progress form") : tr("New answer file");
    return s;
}

AnswerFilesPane::AnswerFilesPane(bool inProgress, QWidget *parent)
    : SettingsPane(spec(inProgress), parent)
{
    setInitialColumnWidths({320, 200, 140});
}

void AnswerFilesPane::prepareDialog(JsonFormDialog *dialog)
{
    dialog->resize(720, 560);
    auto *job = new EntityJob(session(), ClientEndpoints::forms(), dialog);
    connect(job, &ApiJob::finished, dialog, [job, dialog] {
        if (!job->succeeded())
            return;
        QList<std::pair<QString, QString>> forms;
        for (const auto &folder : Json::listItems(job->json(), "folders"_L1)) {
            for (const auto &f : Json::value(folder.toObject(), "forms"_L1).toArray())
                forms.append({Json::idOf(f.toObject()),
                              u"%1 — %2"_s.arg(Json::string(folder.toObject(), "name"_L1), Json::string(f.toObject(), "name"_L1))});
        }
        dialog->setIdChoices(u"publishId"_s, forms);
    });
    job->start();
}

} // namespace infiniti
