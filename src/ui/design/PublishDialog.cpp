#include "ui/design/PublishDialog.h"

#include "api/JsonEdits.h"

#include "formats/Json.h"
#include "ui/lists/FieldErrors.h"

#include "ui_PublishDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
struct Format
{
    const char *group, *extension, *version;
};
// The check boxes in the form are called <group>_<extension>.
const Format kFormats[] = {{"document", "docx", "2007"},
                           {"document", "pdf", nullptr},
                           {"document", "doc", "2003"},
                           {"presentation", "pptx", nullptr},
                           {"spreadsheet", "xlsx", nullptr}};
// The extensions of a publication's output formats that are none of kFormats.
QStringList otherFormats(const QJsonObject &published)
{
    QStringList out;
    const QJsonObject formats = Json::value(published, "outputFormats"_L1).toObject();
    for (auto it = formats.begin(); it != formats.end(); ++it) {
        for (const auto &v : it.value().toArray()) {
            const QString extension = Json::string(v.toObject(), "extension"_L1);
            bool known = false;
            for (const Format &f : kFormats) {
                known = known ||
                        (it.key().compare(QLatin1String(f.group), Qt::CaseInsensitive) == 0 &&
                         extension.compare(QLatin1String(f.extension), Qt::CaseInsensitive) == 0);
            }
            if (!known && !extension.isEmpty())
                out << extension;
        }
    }
    return out;
}
} // namespace

PublishDialog::PublishDialog(const QJsonObject &published,
                             const QList<std::pair<QString, QString>> &folders, QWidget *parent)
    : EntityDialog(Json::idOf(published).isEmpty(), u"projectId"_s, parent)
    , m_original(published)
    , m_ui(std::make_unique<Ui::PublishDialog>())
{
    setObjectName(u"publishDialog"_s);
    setWindowTitle(isNew() ? tr("Publish a project")
                           : tr("Properties of %1 in %2")
                                 .arg(Json::string(published, "projectName"_L1),
                                      Json::string(published, "folderName"_L1)));
    auto *content = new QWidget(this);
    m_ui->setupUi(content);
    errors()->attach(content, u"projectId"_s);
    errors()->attach(content, u"folderId"_s);
    const QString projectId = Json::id(Json::value(published, "projectId"_L1));
    if (!projectId.isEmpty())
        m_ui->projectId->addItem(Json::string(published, "projectName"_L1, projectId), projectId);
    m_ui->projectId->setEnabled(
        isNew()); // moving a publication is un-publishing and publishing again
    for (const auto &[id, path] : folders)
        m_ui->folderId->addItem(path, id);
    m_ui->folderId->setCurrentIndex(
        m_ui->folderId->findData(Json::id(Json::value(published, "folderId"_L1))));
    m_ui->folderId->setEnabled(isNew());

    const QJsonObject options = Json::value(published, "options"_L1).toObject();
    for (QCheckBox *box : m_ui->options->findChildren<QCheckBox *>()) {
        const QByteArray key = box->objectName().toLatin1(); // the JSON key
        box->setChecked(Json::value(options, QLatin1StringView(key)).toBool());
        connect(box, &QCheckBox::toggled, this, &PublishDialog::markModified);
        m_options.insert(box->objectName(), box);
    }
    m_ui->troubleshootingMode->setValue(Json::value(options, "troubleshootingMode"_L1).toInt());
    // The API documents the number and its default, 0, and no meaning for the others: said so
    // rather than guessed.
    m_ui->troubleshootingMode->setSpecialValueText(tr("0 (the default)"));
    m_ui->troubleshootingMode->setToolTip(
        tr("A number the server reads to help troubleshoot this form. The API documents "
           "only its default, 0, and not what the other numbers do."));
    m_ui->troubleshootingMode->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_ui->troubleshootingMode, &QSpinBox::valueChanged, this, &PublishDialog::markModified);

    const QJsonObject messages = Json::value(published, "messages"_L1).toObject();
    for (QLineEdit *edit : m_ui->messages->findChildren<QLineEdit *>()) {
        const QByteArray key = edit->objectName().toLatin1(); // the JSON key
        edit->setText(Json::value(messages, QLatin1StringView(key)).toString());
        connect(edit, &QLineEdit::textEdited, this, &PublishDialog::markModified);
        m_messages.insert(edit->objectName(), edit);
    }

    const QJsonObject formats = Json::value(published, "outputFormats"_L1).toObject();
    for (const Format &f : kFormats) {
        bool on = isNew() && QLatin1String(f.extension) == "docx"_L1;
        for (const auto &v : Json::value(formats, QLatin1StringView(f.group)).toArray())
            on = on || Json::string(v.toObject(), "extension"_L1)
                               .compare(QLatin1String(f.extension), Qt::CaseInsensitive) == 0;
        auto *box = m_ui->outputFormats->findChild<QCheckBox *>(
            u"%1_%2"_s.arg(QLatin1String(f.group), QLatin1String(f.extension)));
        Q_ASSERT(box);
        const QString key = u"%1/%2"_s.arg(QLatin1String(f.group), QLatin1String(f.extension));
        box->setObjectName(
            key); // as the tests and the JSON path name it ("document/docx" is no C++ name)
        box->setChecked(on);
        connect(box, &QCheckBox::toggled, this, &PublishDialog::markModified);
        m_formats.insert(key, box);
    }
    if (const QStringList others = otherFormats(published); !others.isEmpty()) {
        auto *kept = new QLabel(tr("Also published as, and kept as they are: %1 (formats this "
                                   "sheet does not offer).")
                                    .arg(others.join(u", "_s)),
                                m_ui->outputFormats);
        kept->setObjectName(u"otherFormats"_s);
        kept->setWordWrap(true);
        if (m_ui->outputFormats->layout())
            m_ui->outputFormats->layout()->addWidget(kept);
    }
    errors()->attach(content, u"outputFormats"_s);
    setContent(content);
    if (isNew()) // the sheet's button says what it does
        setSaveText(tr("&Publish"));
    resize(qMax(620, sizeHint().width()), sizeHint().height()); // no gaps between the groups
    m_shown = object();
    clearModified();
}

PublishDialog::~PublishDialog() = default;

void PublishDialog::setProjects(const QList<std::pair<QString, QString>> &projects)
{
    if (!isNew())
        return;
    const QString current = m_ui->projectId->currentData().toString();
    m_ui->projectId->clear();
    for (const auto &[id, name] : projects)
        m_ui->projectId->addItem(name, id);
    m_ui->projectId->setCurrentIndex(qMax(0, m_ui->projectId->findData(current)));
}

QJsonObject PublishDialog::object() const
{
    QJsonObject o = m_original;
    for (const char *derived : {"projectName", "projectVersion", "folderName"})
        JsonEdits::remove(o, QString::fromLatin1(derived)); // shown by the server, not ours to send
    JsonEdits::set(o, u"projectId"_s, m_ui->projectId->currentData().toString());
    JsonEdits::set(o, u"folderId"_s, m_ui->folderId->currentData().toString());
    if (Json::value(o, "layoutId"_L1).isUndefined())
        o.insert("layoutId"_L1, QJsonValue::Null);
    QJsonObject options = Json::value(m_original, "options"_L1).toObject();
    for (auto it = m_options.begin(); it != m_options.end(); ++it)
        JsonEdits::set(options, it.key(), it.value()->isChecked());
    JsonEdits::set(options, u"troubleshootingMode"_s, m_ui->troubleshootingMode->value());
    JsonEdits::set(o, u"options"_s, options);
    QJsonObject messages = Json::value(m_original, "messages"_L1).toObject();
    for (auto it = m_messages.begin(); it != m_messages.end(); ++it)
        JsonEdits::set(messages, it.key(), it.value()->text());
    JsonEdits::set(o, u"messages"_s, messages);
    // From the server's own entries: those of formats this sheet does not offer (rtf, html…)
    // and the fields of those it does (lock, version) are kept; a box only adds or removes its
    // own entry. (Rebuilt from the boxes, an edit dropped the others and unlocked the rest.)
    QJsonObject formats = Json::value(m_original, "outputFormats"_L1).toObject();
    for (const auto group : {"document"_L1, "presentation"_L1, "spreadsheet"_L1}) {
        if (Json::value(formats, group).isUndefined())
            JsonEdits::set(formats, group, QJsonArray());
    }
    for (const Format &f : kFormats) {
        const bool on =
            m_formats.value(u"%1/%2"_s.arg(QLatin1String(f.group), QLatin1String(f.extension)))
                ->isChecked();
        const QLatin1StringView group(f.group);
        QJsonArray list = Json::value(formats, group).toArray();
        bool present = false;
        for (qsizetype i = list.size() - 1; i >= 0; --i) {
            if (Json::string(list.at(i).toObject(), "extension"_L1)
                    .compare(QLatin1String(f.extension), Qt::CaseInsensitive) != 0)
                continue;
            present = true;
            if (!on)
                list.removeAt(i);
        }
        if (on && !present) {
            QJsonObject entry{{"extension"_L1, QLatin1String(f.extension)}, {"lock"_L1, false}};
            if (f.version)
                entry.insert("version"_L1, QLatin1String(f.version));
            list.append(entry);
        }
        JsonEdits::set(formats, group, list);
    }
    JsonEdits::set(o, u"outputFormats"_s, formats);
    return o;
}

bool PublishDialog::hasChanges() const
{
    return object() != m_shown;
}

bool PublishDialog::validate()
{
    if (m_ui->projectId->currentData().toString().isEmpty())
        errors()->set(u"projectId"_s, tr("Choose the project to publish."));
    if (m_ui->folderId->currentData().toString().isEmpty())
        errors()->set(u"folderId"_s, tr("Choose a publish folder."));
    bool any = !otherFormats(m_original).isEmpty(); // kept whatever the boxes say
    for (QCheckBox *b : m_formats)
        any = any || b->isChecked();
    if (!any)
        errors()->set(u"outputFormats"_s, tr("Choose at least one output format."));
    return errors()->isEmpty();
}

} // namespace infiniti
