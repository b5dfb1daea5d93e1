#include "ui/lists/EntityDialog.h"

#include "ui/lists/FieldErrors.h"

#include "ui_EntityDialog.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

EntityDialog::EntityDialog(bool isNew, QString nameKey, QWidget *parent)
    : QDialog(parent)
    , m_isNew(isNew)
    , m_nameKey(std::move(nameKey))
    , m_errors(new FieldErrors(this))
    , m_ui(std::make_unique<Ui::EntityDialog>())
{
    m_ui->setupUi(this);
    m_layout = m_ui->mainLayout;
    m_note = m_ui->sheetNote;
    m_status = m_ui->status;
    m_save = m_ui->buttons->button(QDialogButtonBox::Save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        m_errors->clear();
        m_status->clear();
        m_statusAboutFields = false;
        if (!m_isNew && !hasChanges()) {
            // Nothing changed: nothing is sent, and the sheet closes as after a save.
            m_modified = false;
            accept();
            return;
        }
        if (validate()) {
            emit saveRequested();
            return;
        }
        m_status->setText(tr("Please correct the fields marked in red."));
        m_statusAboutFields = true;
        focusFirstError();
    });
    // The line under the fields says what is wrong with them: once every field marked in red has
    // been edited, it no longer applies (the next Save checks again).
    connect(m_errors, &FieldErrors::allCorrected, this, [this] {
        if (m_statusAboutFields)
            m_status->clear();
        m_statusAboutFields = false;
    });
}

EntityDialog::~EntityDialog() = default;

void EntityDialog::reject()
{
    // Cancel, Escape and closing the window all come here: edits are not dropped unasked.
    if (!m_modified || !hasChanges()) {
        QDialog::reject();
        return;
    }
    if (findChild<QMessageBox *>(u"discardChanges"_s))
        return; // already asking
    // Titled by what it asks (the sheet's own title, "Properties of …", was cut off in the
    // question's narrow title bar).
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Discard changes"),
                                tr("Discard your changes?"), QMessageBox::NoButton, this);
    ask->setObjectName(u"discardChanges"_s);
    ask->setInformativeText(tr("What you changed here has not been saved."));
    ask->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *keep = ask->addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    ask->setDefaultButton(keep);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QMessageBox::buttonClicked, this, [this, keep](QAbstractButton *clicked) {
        if (clicked == keep)
            return;
        m_modified = false;
        QDialog::reject();
    });
    ask->open();
}

void EntityDialog::setContent(QWidget *content)
{
    m_content = content;
    m_layout->insertWidget(0, content, 1);
}

void EntityDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_focusChosen || !m_content)
        return;
    const auto editable = [](QWidget *w) {
        if (auto *line = qobject_cast<QLineEdit *>(w))
            return !line->isReadOnly();
        if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            return !text->isReadOnly();
        if (auto *text = qobject_cast<QTextEdit *>(w))
            return !text->isReadOnly();
        return qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w);
    };
    for (QWidget *w = m_content->nextInFocusChain(); w && w != m_content;
         w = w->nextInFocusChain()) {
        if (!m_content->isAncestorOf(w))
            continue;
        if (w->isVisibleTo(this) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
            editable(w)) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

void EntityDialog::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void EntityDialog::setSaveText(const QString &text)
{
    if (m_save)
        m_save->setText(text);
}

void EntityDialog::setBusy(bool busy)
{
    m_statusAboutFields = false;
    m_save->setEnabled(!busy);
    m_status->setText(busy ? tr("Saving…") : QString());
}

void EntityDialog::setWaiting(const QString &why)
{
    m_statusAboutFields = false;
    m_save->setEnabled(false);
    m_status->setText(why);
}

void EntityDialog::showError(const ApiError &error)
{
    setBusy(false);
    QStringList lines{error.message()};
    bool unplaced = false;
    if (error.kind() == ApiError::Kind::Conflict) {
        m_errors->set(m_nameKey, error.serverMessage().isEmpty() ? tr("This name is already taken.")
                                                                 : error.serverMessage());
        // The server's words under the name say what clashed: the line here does not add the
        // generic guess ("a name already taken, or a state that does not allow it").
        if (!error.serverMessage().isEmpty() && !error.action().isEmpty())
            lines =
                QStringList{tr("Could not %1: see the field marked in red.").arg(error.action())};
    } else {
        const QStringList others = m_errors->setAll(error.fieldErrors());
        unplaced = !others.isEmpty();
        lines << others;
        if (!error.serverMessage().isEmpty() && error.fieldErrors().isEmpty())
            lines << error.serverMessage();
    }
    m_status->setText(lines.join(QLatin1Char('\n')));
    // Only about fields shown in red: it goes once they have all been edited.
    m_statusAboutFields = !unplaced && !m_errors->isEmpty();
    focusFirstError();
}

void EntityDialog::showStatus(const QString &text)
{
    setBusy(false);
    m_status->setText(text);
}

void EntityDialog::focusName()
{
    if (auto *edit = qobject_cast<QLineEdit *>(m_errors->field(m_nameKey))) {
        m_focusChosen = true;
        edit->setFocus();
        edit->selectAll();
    }
}

void EntityDialog::focusFirstError()
{
    QWidget *field = m_errors->firstField();
    if (!field)
        return;
    // Bring the tab holding the field to the front.
    for (QWidget *w = field; w; w = w->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(
                w->parentWidget() ? w->parentWidget()->parentWidget() : nullptr)) {
            const int index = tabs->indexOf(w);
            if (index >= 0)
                tabs->setCurrentIndex(index);
        }
    }
    field->setFocus();
}

} // namespace infiniti
