#include "ui/design/PublishDialog.h"

#include "api/JsonEdits.h"

#include "ui/lists/FieldErrors.h"
#include "formats/Json.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
struct Option
{
    const char *key;
    const char *label;
};
// The documented options (contract 5.1), in the Manage screen's words.
const Option kOptions[] = {
    {"allowPreview", QT_TRANSLATE_NOOP("PublishDialog", "Allow preview")},
    {"allowSave", QT_TRANSLATE_NOOP("PublishDialog", "Allow save")},
    {"allowRestartAfterSubmission", QT_TRANSLATE_NOOP("PublishDialog", "Allow restart after submission")},
    {"autoCreateInProgressForms", QT_TRANSLATE_NOOP("PublishDialog", "Create in-progress forms automatically")},
    {"formInteractionLog", QT_TRANSLATE_NOOP("PublishDialog", "Log form interaction")},
    {"enforceValidation", QT_TRANSLATE_NOOP("PublishDialog", "Enforce validation")},
    {"updateDocumentFields", QT_TRANSLATE_NOOP("PublishDialog", "Update document fields")},
    {"hideNavigationPane", QT_TRANSLATE_NOOP("PublishDialog", "Hide the navigation pane")},
    {"showFormActivity", QT_TRANSLATE_NOOP("PublishDialog", "Show form activity")},
    {"matchProjectVersionLoadingInProgress", QT_TRANSLATE_NOOP("PublishDialog", "Match project version for in-progress forms")},
    {"restrictAvailabilityDates", QT_TRANSLATE_NOOP("PublishDialog", "Restrict availability dates")},
    {"allowOfflineLaunch", QT_TRANSLATE_NOOP("PublishDialog", "Allow offline launch")},
    {"isHomePage", QT_TRANSLATE_NOOP("PublishDialog", "Home page")},
};
const Option kMessages[] = {
    {"helpText", QT_TRANSLATE_NOOP("PublishDialog", "&Help text:")},
    {"wizardFinishPageMessage", QT_TRANSLATE_NOOP("PublishDialog", "&Finish page message:")},
    {"completionPageMessage", QT_TRANSLATE_NOOP("PublishDialog", "&Completion message:")},
};
struct Format
{
    const char *group, *extension, *version;
};
const Format kFormats[] = {{"document", "docx", "2007"}, {"document", "pdf", nullptr}, {"document", "doc", "2003"},
                           {"presentation", "pptx", nullptr}, {"spreadsheet", "xlsx", nullptr}};
} // namespace

PublishDialog::PublishDialog(const QJsonObject &published, const QList<std::pair<QString, QString>> &folders, QWidget *parent)
    : EntityDialog(Json::idOf(published).isEmpty(), u"projectId"_s, parent)
    , m_original(published)
    , m_project(new QComboBox)
    , m_folder(new QComboBox)
    , m_troubleshooting(new QSpinBox)
{
    setObjectName(u"publishDialog"_s);
    setWindowTitle(isNew() ? tr("Publish a project") : tr("Properties of %1 in %2")
                                                           .arg(Json::string(published, "projectName"_L1), Json::string(published, "folderName"_L1)));
    resize(620, 640);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    auto *form = new QFormLayout;
    m_project->setObjectName(u"projectId"_s);
    m_folder->setObjectName(u"folderId"_s);
    const QString projectId = Json::id(Json::value(published, "projectId"_L1));
    if (!projectId.isEmpty())
        m_project->addItem(Json::string(published, "projectName"_L1, projectId), projectId);
    m_project->setEnabled(isNew()); // moving a publication is un-publishing and publishing again
    for (const auto &[id, path] : folders)
        m_folder->addItem(path, id);
    m_folder->setCurrentIndex(m_folder->findData(Json::id(Json::value(published, "folderId"_L1))));
    m_folder->setEnabled(isNew());
    form->addRow(tr("&Project:"), errors()->wrap(u"projectId"_s, m_project));
    form->addRow(tr("Publish &folder:"), errors()->wrap(u"folderId"_s, m_folder));
    layout->addLayout(form);

    const QJsonObject options = Json::value(published, "options"_L1).toObject();
    auto *optionsBox = new QGroupBox(tr("Options"));
    auto *grid = new QGridLayout(optionsBox);
    int i = 0;
    for (const Option &o : kOptions) {
        auto *box = new QCheckBox(tr(o.label));
        box->setObjectName(QString::fromLatin1(o.key));
        box->setChecked(Json::value(options, QLatin1StringView(o.key)).toBool());
        connect(box, &QCheckBox::toggled, this, &PublishDialog::markModified);
        m_options.insert(QString::fromLatin1(o.key), box);
        grid->addWidget(box, i / 2, i % 2);
        ++i;
    }
    m_troubleshooting->setObjectName(u"troubleshootingMode"_s);
    m_troubleshooting->setRange(0, 9);
    m_troubleshooting->setValue(Json::value(options, "troubleshootingMode"_L1).toInt());
    auto *trouble = new QFormLayout;
    trouble->addRow(tr("&Troubleshooting mode:"), m_troubleshooting);
    grid->addLayout(trouble, i / 2 + 1, 0, 1, 2);
    layout->addWidget(optionsBox);

    const QJsonObject messages = Json::value(published, "messages"_L1).toObject();
    auto *messageBox = new QGroupBox(tr("Messages"));
    auto *messageForm = new QFormLayout(messageBox);
    for (const Option &m : kMessages) {
        auto *edit = new QLineEdit(Json::value(messages, QLatin1StringView(m.key)).toString());
        edit->setObjectName(QString::fromLatin1(m.key));
        connect(edit, &QLineEdit::textEdited, this, &PublishDialog::markModified);
        m_messages.insert(QString::fromLatin1(m.key), edit);
        messageForm->addRow(tr(m.label), edit);
    }
    layout->addWidget(messageBox);

    const QJsonObject formats = Json::value(published, "outputFormats"_L1).toObject();
    auto *formatBox = new QGroupBox(tr("Output formats"));
    auto *formatRow = new QHBoxLayout(formatBox);
    for (const Format &f : kFormats) {
        bool on = isNew() && QLatin1String(f.extension) == "docx"_L1;
        for (const auto &v : Json::value(formats, QLatin1StringView(f.group)).toArray())
            on = on || Json::string(v.toObject(), "extension"_L1).compare(QLatin1String(f.extension), Qt::CaseInsensitive) == 0;
        auto *box = new QCheckBox(u".%1"_s.arg(QLatin1String(f.extension)));
        const QString key = u"%1/%2"_s.arg(QLatin1String(f.group), QLatin1String(f.extension));
        box->setObjectName(key);
        box->setChecked(on);
        connect(box, &QCheckBox::toggled, this, &PublishDialog::markModified);
        m_formats.insert(key, box);
        formatRow->addWidget(box);
    }
    formatRow->addStretch();
    layout->addWidget(errors()->wrap(u"outputFormats"_s, formatBox));
    setContent(content);
    m_shown = object();
    clearModified();
}

void PublishDialog::setProjects(const QList<std::pair<QString, QString>> &projects)
{
    if (!isNew())
        return;
    const QString current = m_project->currentData().toString();
    m_project->clear();
    for (const auto &[id, name] : projects)
        m_project->addItem(name, id);
    m_project->setCurrentIndex(qMax(0, m_project->findData(current)));
}

QJsonObject PublishDialog::object() const
{
    QJsonObject o = m_original;
    for (const char *derived : {"projectName", "projectVersion", "folderName"})
        JsonEdits::remove(o, QString::fromLatin1(derived)); // shown by the server, not ours to send
    JsonEdits::set(o, u"projectId"_s, m_project->currentData().toString());
    JsonEdits::set(o, u"folderId"_s, m_folder->currentData().toString());
    if (Json::value(o, "layoutId"_L1).isUndefined())
        o.insert("layoutId"_L1, QJsonValue::Null);
    QJsonObject options = Json::value(m_original, "options"_L1).toObject();
    for (auto it = m_options.begin(); it != m_options.end(); ++it)
        JsonEdits::set(options, it.key(), it.value()->isChecked());
    JsonEdits::set(options, u"troubleshootingMode"_s, m_troubleshooting->value());
    JsonEdits::set(o, u"options"_s, options);
    QJsonObject messages = Json::value(m_original, "messages"_L1).toObject();
    for (auto it = m_messages.begin(); it != m_messages.end(); ++it)
        JsonEdits::set(messages, it.key(), it.value()->text());
    JsonEdits::set(o, u"messages"_s, messages);
    QJsonObject formats{{"document"_L1, QJsonArray()}, {"presentation"_L1, QJsonArray()}, {"spreadsheet"_L1, QJsonArray()}};
    for (const Format &f : kFormats) {
        if (!m_formats.value(u"%1/%2"_s.arg(QLatin1String(f.group), QLatin1String(f.extension)))->isChecked())
            continue;
        QJsonObject entry{{"extension"_L1, QLatin1String(f.extension)}, {"lock"_L1, false}};
        if (f.version)
            entry.insert("version"_L1, QLatin1String(f.version));
        QJsonArray list = Json::value(formats, QLatin1StringView(f.group)).toArray();
        list.append(entry);
        formats.insert(QLatin1StringView(f.group), list);
    }
    JsonEdits::set(o, u"outputFormats"_s, formats);
    return o;
}

bool PublishDialog::validate()
{
    if (m_project->currentData().toString().isEmpty())
        errors()->set(u"projectId"_s, tr("Choose the project to publish."));
    if (m_folder->currentData().toString().isEmpty())
        errors()->set(u"folderId"_s, tr("Choose a publish folder."));
    bool any = false;
    for (QCheckBox *b : m_formats)
        any = any || b->isChecked();
    if (!any)
        errors()->set(u"outputFormats"_s, tr("Choose at least one output format."));
    return errors()->isEmpty();
}

} // namespace infiniti
