#include "ui/produce/AnswerFilesPane.h"

#include "api/EntityJob.h"
#include "formats/Json.h"
#include "api/endpoints/ClientEndpoints.h"

#include <QJsonArray>

namespace infiniti {

namespace {
using L = QLatin1StringView;
using Kind = JsonFormDialog::Field::Kind;
} // namespace

SettingsPane::Spec AnswerFilesPane::spec(bool inProgress)
{
    Spec s{inProgress ? QStringLiteral("inprogressanswerfiles") : QStringLiteral("answerfiles"),
           inProgress ? tr("In-progress forms") : tr("Answer files"),
           inProgress ? L("inProgressAnswerFiles") : L("answerFiles"),
           {{tr("Description"), QStringLiteral("description")},
            {tr("Form"), QStringLiteral("projectName")},
            {inProgress ? tr("Saved") : tr("Run"), inProgress ? QStringLiteral("modifiedUtc") : QStringLiteral("runDate"), false, false,
             JsonListModel::Format::DateTime}},
           {{QStringLiteral("description"), tr("&Description:"), Kind::Line, {}, true},
            {QStringLiteral("publishId"), tr("&Form:"), Kind::IdChoice, {}, true},
            {QStringLiteral("answerXml"), tr("Answer &XML:"), Kind::Xml, {}, true}},
           inProgress ? std::function<QString(int)>([](int n) { return tr("%n in-progress form(s)", nullptr, n); })
                      : std::function<QString(int)>([](int n) { return tr("%n answer file(s)", nullptr, n); }),
           [](const QJsonObject &o) { return Json::string(o, L("description")); }};
    s.module = ApiModule::Client;
    s.loadBeforeOpening = true; // lists leave the XML out
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
        for (const auto &folder : Json::listItems(job->json(), L("folders"))) {
            for (const auto &f : Json::value(folder.toObject(), L("forms")).toArray())
                forms.append({Json::idOf(f.toObject()),
                              QStringLiteral("%1 — %2").arg(Json::string(folder.toObject(), L("name")), Json::string(f.toObject(), L("name")))});
        }
        dialog->setIdChoices(QStringLiteral("publishId"), forms);
    });
    job->start();
}

} // namespace infiniti
