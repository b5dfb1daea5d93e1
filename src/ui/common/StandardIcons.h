#pragma once

#include <QIcon>
#include <QStyle>

class QWidget;

namespace infiniti {

// The style's standard icon, made once per style and kept: QStyle::standardIcon() reads and
// decodes its PNGs at every call, and every list pane asks for the same few (opening the main
// window asked for them some seventy times).
QIcon standardIcon(const QWidget *widget, QStyle::StandardPixmap which);

} // namespace infiniti
