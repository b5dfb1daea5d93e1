#pragma once

#include <QFile>
#include <QObject>
#include <QTest>

namespace infiniti::test {

// The visible child of type T that appears (a dialog a pane opened), or null after 5 s.
template<typename T> T *waitForVisible(QObject *parent)
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

inline bool writeTestFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace infiniti::test
