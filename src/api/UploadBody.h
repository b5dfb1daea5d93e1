#pragma once

#include <QIODevice>
#include <QString>

namespace infiniti {

class UploadDevice;

// A request body made while it is sent (ApiRequest::upload), for bodies too large to hold in
// memory — a project package as Base64 in its JSON envelope. Every attempt (a first send, a
// request parked for a re-sign-in and sent later) opens a device of its own, so a body can be
// sent again from its start; Qt's own resend seeks the device back to 0.
class UploadBody
{
public:
    virtual ~UploadBody() = default;
    // A device opened for reading at position 0, random access, size() the body's length (sent
    // as Content-Length); owned by `parent`. nullptr, with `error` saying why, when the body
    // can no longer be made (its file gone or changed since the request was built).
    virtual UploadDevice *open(QObject *parent, QString *error) const = 0;
    // The body's length in bytes.
    virtual qint64 size() const = 0;
};

// What Session sends an UploadBody through. A device that cannot go on (its file changed or
// vanished mid-upload) fails its read (Qt then breaks the request off) and says why here, so
// the job reports that instead of a network error.
class UploadDevice : public QIODevice
{
    Q_OBJECT
public:
    using QIODevice::QIODevice;
    // Empty while the body is being produced correctly.
    QString problem() const { return m_problem; }

protected:
    void setProblem(const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
        setErrorString(problem);
    }

private:
    QString m_problem;
};

} // namespace infiniti
