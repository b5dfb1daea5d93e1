#pragma once

#include <QStringList>

class QListWidget;

namespace infiniti::Checklist {

// A list of names with check boxes: `available` plus any `checked` name not among them (a name
// the server knows and we do not is shown, and kept, never dropped).
void fill(QListWidget *list, const QStringList &available, const QStringList &checked);
QStringList checked(const QListWidget *list);

} // namespace infiniti::Checklist
