#include "ui/common/StandardIcons.h"

#include <QHash>
#include <QWidget>

namespace infiniti {

QIcon standardIcon(const QWidget *widget, QStyle::StandardPixmap which)
{
    static QHash<QString, QIcon> icons; // GUI thread only, as widgets are
    QStyle *style = widget->style();
    const QString key = style->name() + QLatin1Char('/') + QString::number(int(which));
    auto it = icons.find(key);
    if (it == icons.end())
        it = icons.insert(key, style->standardIcon(which, nullptr, widget));
    return *it;
}

} // namespace infiniti
