#pragma once

#include <QDialog>
#include <QJsonObject>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace infiniti {

// A sheet for one item the console shows but does not edit as a form (a workflow, a task):
// labelled values — local dates, Yes/No, readable enum words —, a history of steps, the item's
// actions as buttons on the sheet, and its raw JSON once, folded away.
class DetailsSheet : public QDialog
{
    Q_OBJECT
public:
    enum class Format { Text, DateTime, Enum, YesNo };
    struct Field
    {
        QString label;
        QString key; // dotted for nested values
        Format format = Format::Text;
        // What the value reads, made from the whole item (e.g. a name and its kind in one);
        // `key` then only names the value's label.
        std::function<QString(const QJsonObject &)> text = {};
    };
    DetailsSheet(const QString &title, QList<Field> fields, QWidget *parent = nullptr);

    void setItem(const QJsonObject &item);
    QJsonObject item() const { return m_item; }
    // A button beside Close; `enabled` is asked again whenever the item changes.
    QPushButton *addAction(const QString &objectName, const QString &text,
                           std::function<void()> run,
                           std::function<bool(const QJsonObject &)> enabled = {});
    // The steps the item went through or will (e.g. a workflow's states): what each is, and
    // where it stands ("Done", "Current", "To come"…).
    void setHistory(const QString &heading, const QList<std::pair<QString, QString>> &steps,
                    int current = -1);
    // The item is gone (done, given away): its values stay for reading, its actions go grey.
    void setGone(const QString &why);
    // A line under the values: what an action did, or why the item could not be read fresh.
    void setStatus(const QString &text);
    QLabel *statusLabel() const { return m_status; }
    QTreeWidget *history() const { return m_history; }

private:
    void updateActions();

    QList<Field> m_fields;
    bool m_gone = false;
    QJsonObject m_item;
    QFormLayout *m_form;
    QList<QLabel *> m_values;
    QLabel *m_historyHeading;
    QTreeWidget *m_history;
    QLabel *m_status;
    QToolButton *m_rawToggle;
    QPlainTextEdit *m_raw;
    QList<std::pair<QPushButton *, std::function<bool(const QJsonObject &)>>> m_actions;
    QDialogButtonBox *m_buttons;
};

} // namespace infiniti
