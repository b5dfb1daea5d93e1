#pragma once

#include <QAbstractItemModel>
#include <QFile>
#include <QObject>
#include <QTest>

namespace infiniti::test {

// The visible child of type T that appears (a dialog a pane opened), or null after 5 s.
template <typename T> T *waitForVisible(QObject *parent)
{
    T *found = nullptr;
    (void)QTest::qWaitFor([&] {
        for (T *c : parent->findChildren<T *>()) {
            if (c->isVisible())
                found = c;
        }
        return found != nullptr;
    });
    return found;
}

// Whether a row was read: a list at scale (SparseListModel) has placeholders for the rest
// (LoadedRole false, Qt::UserRole + 4) whose text, once asked for, makes the model read them.
inline bool rowRead(const QAbstractItemModel *model, int row)
{
    return model->index(row, 0).data(Qt::UserRole + 4) != QVariant(false);
}

// The row whose `column` shows `name` among the rows read, or -1 (nothing is fetched).
inline int rowNamed(const QAbstractItemModel *model, const QString &name, int column = 0)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (rowRead(model, r) && model->index(r, column).data().toString() == name)
            return r;
    }
    return -1;
}

inline bool writeTestFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace infiniti::test
