#pragma once

#include <QJsonObject>
#include <QString>

class QWidget;

namespace infiniti {

// Details of one item: its fields, and the raw JSON the server sent.
void showJsonDetails(QWidget *parent, const QString &title, const QJsonObject &item);

} // namespace infiniti
