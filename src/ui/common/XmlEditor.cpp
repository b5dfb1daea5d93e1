#include "ui/common/XmlEditor.h"

#include "formats/XmlCheck.h"
#include "ui/common/Transfers.h"
#include "ui/shell/Theme.h"

#include <QClipboard>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

XmlEditor::XmlEditor(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_feedback(new QLabel(this))
    , m_load(new QPushButton(tr("Load from file…"), this))
    , m_editButton(new QPushButton(tr("&Edit the XML"), this))
    , m_copyButton(new QPushButton(tr("Cop&y the XML"), this))
{
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setTabChangesFocus(true);
    m_feedback->setObjectName(u"xmlFeedback"_s);
    m_feedback->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_feedback, 1);
    m_load->setObjectName(u"loadXml"_s);
    connect(m_load, &QPushButton::clicked, this, [this] {
        Transfers::askOpenPaths(this, tr("Load XML"), tr("XML files (*.xml *.xsd);;All files (*)"),
                                false, [this](const QStringList &paths) {
                                    if (!paths.isEmpty())
                                        loadFile(paths.first());
                                });
    });
    m_editButton->setObjectName(u"editXml"_s);
    m_editButton->hide();
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        // The layout stays (the error lines then say where, not "line 1, column 464").
        m_indented = false;
        m_edit->setReadOnly(m_readOnly);
        m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        m_editButton->hide();
        m_edit->setFocus();
    });
    m_copyButton->setObjectName(u"copyXml"_s);
    m_copyButton->hide();
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(text()); });
    row->addWidget(m_copyButton, 0, Qt::AlignTop);
    row->addWidget(m_editButton, 0, Qt::AlignTop);
    row->addWidget(m_load, 0, Qt::AlignTop);
    layout->addLayout(row);
    auto *delay = new QTimer(this);
    delay->setSingleShot(true);
    delay->setInterval(250);
    connect(delay, &QTimer::timeout, this, &XmlEditor::check);
    connect(m_edit, &QPlainTextEdit::textChanged, delay, qOverload<>(&QTimer::start));
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_edit->signalsBlocked())
            emit textEdited();
    });
    check();
}

bool XmlEditor::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_feedback->setText(tr("✗ %1 cannot be read: %2").arg(path, file.errorString()));
        m_feedback->setStyleSheet(u"color: %1;"_s.arg(Theme::errorColor().name()));
        return false;
    }
    forgetLayout();
    m_edit->setPlainText(
        QString::fromUtf8(file.readAll())); // an edit like typing: marks the form modified
    check();
    return true;
}

QString XmlEditor::text() const
{
    const QString shown = m_edit->toPlainText();
    // The layout as made, not edited: the XML exactly as it came.
    return !m_laidOut.isNull() && shown == m_laidOut ? m_original : shown;
}

void XmlEditor::setText(const QString &text)
{
    forgetLayout();
    m_edit->blockSignals(true);
    m_edit->setPlainText(text);
    m_edit->blockSignals(false);
    check();
}

void XmlEditor::showIndented()
{
    const QString original = text();
    const QString indented = indentedXml(original);
    if (indented.isEmpty())
        return;
    m_original = original;
    m_laidOut = indented;
    m_indented = true;
    m_edit->blockSignals(true);
    m_edit->setPlainText(indented);
    m_edit->blockSignals(false);
    m_edit->setReadOnly(true);
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth); // long attributes readable too
    m_editButton->setVisible(!m_readOnly);
    m_copyButton->show();
}

void XmlEditor::forgetLayout()
{
    m_indented = false;
    m_original.clear();
    m_laidOut = QString();
    m_edit->setReadOnly(m_readOnly);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editButton->hide();
    m_copyButton->hide();
}

void XmlEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_edit->setReadOnly(readOnly || m_indented);
    m_editButton->setVisible(m_indented && !readOnly);
}

QString XmlEditor::problemOf(const QString &xml)
{
    const auto problem = firstXmlProblem(xml, true);
    return problem ? tr("Line %1, column %2: %3")
                         .arg(problem->line)
                         .arg(problem->column)
                         .arg(problem->message)
                   : QString();
}

QString XmlEditor::problem() const
{
    return problemOf(text());
}

void XmlEditor::check()
{
    const QString p = problem();
    if (text().trimmed().isEmpty()) {
        m_feedback->setText(tr("Empty."));
        m_feedback->setStyleSheet({});
    } else if (p.isEmpty()) {
        m_feedback->setText(tr("✓ Well-formed XML."));
        m_feedback->setStyleSheet(u"color: %1;"_s.arg(Theme::okColor().name()));
    } else {
        m_feedback->setText(tr("✗ Not well-formed — %1").arg(p));
        m_feedback->setStyleSheet(u"color: %1;"_s.arg(Theme::errorColor().name()));
    }
}

} // namespace infiniti
