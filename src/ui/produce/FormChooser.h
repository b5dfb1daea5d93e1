#pragma once

#include <QString>

class QComboBox;

namespace infiniti {

class Session;

// The published forms the user may run, in a combo box (id as data), filled from GET forms.
void fillFormChooser(Session *session, QComboBox *box, const QString &select, QObject *context);

} // namespace infiniti
