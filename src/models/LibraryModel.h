#pragma once

#include "JsonListModel.h"

#include <QHash>
#include <QTemporaryDir>

#include <memory>

namespace infiniti {

// The content library list (contract 4.5). Rows keep the metadata only; file bytes the pane
// fetched (for a preview, or that came back from an upload) sit in a bounded cache, and rows
// whose bytes are cached can be dragged out as real files (text/uri-list to a private
// temporary folder, named from the item).
class LibraryModel : public JsonListModel
{
    Q_OBJECT
public:
    explicit LibraryModel(QObject *parent = nullptr);

    void cacheBinary(const QString &id, const QByteArray &bytes);
    bool hasBinary(const QString &id) const { return m_binaries.contains(id); }
    QByteArray binary(const QString &id) const { return m_binaries.value(id); }
    // "Company logo.png": the item's name with its extension, safe as a file name.
    static QString fileNameOf(const QJsonObject &item);
    // Every distinct value of `key` in the loaded rows (types, categories), sorted.
    QStringList distinctValues(const QString &key) const;

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

protected:
    QJsonObject normalise(const QJsonObject &item) override;

private:
    QHash<QString, QByteArray> m_binaries;
    QList<QString> m_order; // oldest first, for eviction
    qint64 m_cachedBytes = 0;
    std::unique_ptr<QTemporaryDir> m_dragDir;
};

} // namespace infiniti
