#pragma once

#include "ui/lists/ListPane.h"

#include <QPointer>

class QComboBox;

namespace infiniti {

class EntityJob;
class FileFetches;
class LibraryModel;
class LibraryPreview;

// The content library (contract 4.5): items with type and category filters, a preview of the
// selected item, drag out to save files, drop files in to add items (or onto an item to
// replace its file), properties, history, delete.
class LibraryPane : public ListPane
{
    Q_OBJECT
public:
    explicit LibraryPane(QWidget *parent = nullptr);
    QString title() const override { return tr("Content library"); }

    LibraryModel *libraryModel() const { return m_library; }
    LibraryPreview *preview() const { return m_preview; }
    QComboBox *typeFilter() const { return m_typeFilter; }
    QComboBox *categoryFilter() const { return m_categoryFilter; }

    // Opens the upload dialog for these files (drop on the list, "New…").
    void addFiles(const QStringList &paths);
    // Asks, then sends `path` as the new file of `item` (drop on a row, "Replace…").
    void replaceFile(const QJsonObject &item, const QString &path);
    // Asks where, then saves `item`'s file there (Save as…).
    void askSaveAs(const QJsonObject &item);
    // Saves `item`'s file (fetched first when needed; streamed to the file when not here).
    void saveItemTo(const QJsonObject &item, const QString &path);
    // Fetches an item's file into the model's cache (for the preview and drags).
    void fetchBinary(const QString &id, std::function<void(const QByteArray &)> then = {});

signals:
    void uploadsFinished();

protected:
    QString countText(int n) const override;
    void openItem(const QJsonObject &item) override;
    void createItem() override;
    bool canCreate() const override { return true; }
    std::optional<ApiRequest> deleteRequest(const QJsonObject &item,
                                            QString *whyNot) const override;
    QString itemLabel(const QJsonObject &item) const override;
    void selectedItemChanged(const QJsonObject &item) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showHistory(const QJsonObject &item);
    void askReplace(const QJsonObject &item);
    void updateFilterChoices();
    void prefetchSelection();

    LibraryModel *m_library;
    LibraryPreview *m_preview;
    QComboBox *m_typeFilter;
    QComboBox *m_categoryFilter;
    FileFetches *m_fetches;
    QString m_previewId;
};

} // namespace infiniti
