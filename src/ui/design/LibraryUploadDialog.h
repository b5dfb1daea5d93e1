#pragma once

#include <QDialog>
#include <QJsonObject>

#include <memory>

class QPushButton;
class QTableWidget;

namespace Ui {
class LibraryUploadDialog;
}

namespace infiniti {

// Files about to become library items: one row each, with the name (from the file name),
// type (from the extension), category, folder and description editable before anything is
// sent. Unreadable or empty files are shown and left out. Its layout is the Designer form
// ui/LibraryUploadDialog.ui.
class LibraryUploadDialog : public QDialog
{
    Q_OBJECT
public:
    struct Upload
    {
        QString path;
        QJsonObject metadata; // name, type, category, folderName, description
    };
    // What the library already uses, offered in each row's Type, Category and Folder cells
    // (which still take a new value); `defaults` fills Category and Folder to begin with.
    struct Choices
    {
        QStringList types;
        QStringList categories;
        QStringList folders;
        QJsonObject defaults; // category?, folderName?
    };
    explicit LibraryUploadDialog(const QStringList &paths, const Choices &choices = {},
                                 QWidget *parent = nullptr);
    ~LibraryUploadDialog() override;
    QList<Upload> uploads() const;
    int rowCount() const;
    QTableWidget *table() const { return m_table; }

private:
    void check();
    QStringList m_paths;
    QList<bool> m_usable;
    std::unique_ptr<Ui::LibraryUploadDialog> m_ui;
    QTableWidget *m_table;
    QPushButton *m_upload;
};

} // namespace infiniti
