#pragma once

#include "models/FileListModel.h"

namespace infiniti {

// The content library list (contract 4.5). Rows keep the metadata only; an item's file is
// cached (and draggable) once the pane fetched it or an upload's answer carried it.
class LibraryModel : public FileListModel
{
    Q_OBJECT
public:
    explicit LibraryModel(QObject *parent = nullptr);

    void cacheBinary(const QString &id, const QByteArray &bytes) { cacheFile(id, bytes); }
    bool hasBinary(const QString &id) const { return hasFile(id); }
    QByteArray binary(const QString &id) const { return file(id); }
    // "Company logo.png": the item's name with its extension, safe as a file name.
    static QString fileName(const QJsonObject &item);
    QString fileNameOf(const QJsonObject &item) const override { return fileName(item); }
    // Every distinct value of `key` in the loaded rows (types, categories), sorted.
    QStringList distinctValues(const QString &key) const;

protected:
    QJsonObject normalise(const QJsonObject &item) override;
};

} // namespace infiniti
