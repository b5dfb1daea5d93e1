#include "app/EmbeddedEmulator.h"

#include "sim/SimServer.h"

using namespace Qt::StringLiterals;

namespace infiniti {

EmbeddedEmulator::EmbeddedEmulator(int users, QObject *parent)
    : QObject(parent)
    , m_users(users)
{
    m_thread.setObjectName(u"infiniti-sim"_s);
}

EmbeddedEmulator::~EmbeddedEmulator()
{
    m_thread.quit();
    m_thread.wait(); // the emulator thread has no network waits of its own: it ends promptly
}

void EmbeddedEmulator::start()
{
    m_thread.start();
    auto *anchor = new QObject;
    anchor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, anchor, &QObject::deleteLater);
    const int users = m_users;
    QMetaObject::invokeMethod(anchor, [this, anchor, users] {
        sim::SimOptions options;
        options.seed.users = users;
        auto *server = new sim::SimServer(options, anchor);
        QString error;
        if (server->start(&error))
            emit ready(server->baseUrl());
        else
            emit failed(error);
    });
}

} // namespace infiniti
