#pragma once

#include <QString>
#include <QStringList>

namespace infiniti {

// The permission names of contract 4.9 (plus Impersonate, v11.2+), in the vendor's order.
// Header-only: the emulator grants the same names without linking the client's API layer.
inline QStringList knownPermissions()
{
    return {QStringLiteral("Licensing"),
            QStringLiteral("Management console"),
            QStringLiteral("Manage workflow tasks"),
            QStringLiteral("Change settings"),
            QStringLiteral("Design projects"),
            QStringLiteral("Content approver"),
            QStringLiteral("Manage data sources"),
            QStringLiteral("Manage security"),
            QStringLiteral("Manage groups"),
            QStringLiteral("Publish projects"),
            QStringLiteral("Manage users"),
            QStringLiteral("Manage content library"),
            QStringLiteral("Impersonate")};
}

} // namespace infiniti
