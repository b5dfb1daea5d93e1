#pragma once

#include "api/ApiRequest.h"

#include <QDialog>
#include <QJsonObject>

#include <functional>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;
#include <QTemporaryDir>

namespace Ui {
class HistoryDialog;
}

namespace infiniti {

class DownloadJob;
class Session;

// The versions of a project or library item (contract 9.2 history entries: version,
// modifiedUtc, modifiedBy, comment, size; newest first), each of which can be opened or
// saved as a file. The frame is the Designer form ui/HistoryDialog.ui.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    struct Spec
    {
        QString title;
        ApiRequest history;
        std::function<ApiRequest(const QString &version)> exportVersion;
        std::function<QString(const QString &version)> fileName; // when the server names none
    };
    HistoryDialog(Session *session, Spec spec, QWidget *parent = nullptr);
    ~HistoryDialog() override;
    void reload();
    QList<QJsonObject> versions() const { return m_versions; }
    QString selectedVersion() const;
    void selectVersion(const QString &version);
    // Downloads the selected version and saves it at path (tests call this directly).
    void saveSelectedTo(const QString &path);
    void openSelected();
    // A further action beside Open and Save as…: enabled with a selected version that `whyNot`
    // (when given) has no reason against; the reason is then the button's tooltip.
    void addButton(QPushButton *button, std::function<QString(const QString &version)> whyNot = {});
    // The item's current version: the newest (versions come newest first).
    QString currentVersion() const;

signals:
    void saved(const QString &path);
    void opened(const QString &path);

private:
    // The selected version written to the file pathFor names (asked when the answer begins); then
    // hears the path once it is in place.
    void download(std::function<QString(const DownloadJob &)> pathFor,
                  std::function<void(const QString &path)> then);
    Session *m_session;
    Spec m_spec;
    QList<QJsonObject> m_versions;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_open;
    QPushButton *m_saveAs;
    QDialogButtonBox *m_buttons;
    void updateButtons();
    struct Extra
    {
        QPushButton *button;
        std::function<QString(const QString &version)> whyNot;
        QString ownTip;
    };
    QList<Extra> m_extra;
    std::unique_ptr<QTemporaryDir> m_openDir;
    std::unique_ptr<Ui::HistoryDialog> m_ui;
};

} // namespace infiniti
