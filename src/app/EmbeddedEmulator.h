#pragma once

#include <QObject>
#include <QThread>
#include <QUrl>

namespace infiniti {

// Runs infiniti-sim inside the console (`--demo`) on its own thread, so the emulator's work
// never stalls the window.
class EmbeddedEmulator : public QObject
{
    Q_OBJECT
public:
    explicit EmbeddedEmulator(int users, QObject *parent = nullptr);
    ~EmbeddedEmulator() override;
    void start();

signals:
    void ready(const QUrl &url);
    void failed(const QString &error);

private:
    QThread m_thread;
    int m_users;
};

} // namespace infiniti
