#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace infiniti {

// A monospaced editor for XML (schemas, default data, answer files) that says as you type
// whether the text is well-formed, and where it is not.
class XmlEditor : public QWidget
{
    Q_OBJECT
public:
    explicit XmlEditor(QWidget *parent = nullptr);
    QString text() const;
    void setText(const QString &text);
    void setReadOnly(bool readOnly);
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
    QPlainTextEdit *m_edit;
    QLabel *m_feedback;
};

} // namespace infiniti
