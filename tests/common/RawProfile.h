#pragma once

#include "api/Profile.h"

#include <QString>
#include <QUrl>

namespace infiniti::test {

// A profile whose Manage URL is a server the test built itself (RawHttpResponder,
// DocumentServer, StreamingResponder): its origin, nothing else.
inline Profile profileFor(const QString &origin)
{
    Profile p;
    p.name = QStringLiteral("raw");
    p.manageUrl = QUrl(origin);
    return p;
}

} // namespace infiniti::test
