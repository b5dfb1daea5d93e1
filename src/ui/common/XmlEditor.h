#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace infiniti {

// A monospaced editor for XML (schemas, default data, answer files) that says as you type
// whether the text is well-formed, and where it is not. showIndented() shows XML that exists
// laid out to be read, read-only, until "Edit the XML" lets that same layout be edited: text()
// is the XML exactly as it came while the layout is not changed, and the text as edited once it
// is (what the user sees is what is sent; the layout changes only whitespace between elements,
// see indentedXml()).
class XmlEditor : public QWidget
{
    Q_OBJECT
public:
    explicit XmlEditor(QWidget *parent = nullptr);
    QString text() const;
    void setText(const QString &text);
    void setReadOnly(bool readOnly);
    // Shows the text (well-formed, as setText() gave it) one element a line and indented,
    // read-only; text() and "Copy the XML" still give it exactly as it was. "Edit the XML"
    // makes the same view editable. No change for blank or malformed text.
    void showIndented();
    bool isShowingIndented() const { return m_indented; }
    // Empty when the text is well-formed (or empty); otherwise what and where.
    QString problem() const;
    static QString problemOf(const QString &xml);
    QPlainTextEdit *editor() const { return m_edit; }
    // Replaces the text with a file's (UTF-8); false with the reason shown when it cannot.
    bool loadFile(const QString &path);

signals:
    void textEdited();

private:
    void check();
    // Drops the layout: what the editor holds is the text.
    void forgetLayout();
    QPlainTextEdit *m_edit;
    QLabel *m_feedback;
    QPushButton *m_load;
    QPushButton *m_editButton;
    QPushButton *m_copyButton;
    QString m_original;      // the text as given, while a layout of it is shown
    QString m_laidOut;       // that layout (null: none), which text() gives as m_original
    bool m_indented = false; // the layout, read-only until "Edit the XML"
    bool m_readOnly = false;
};

} // namespace infiniti
