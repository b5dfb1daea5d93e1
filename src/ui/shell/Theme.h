#pragma once

#include <QColor>
#include <QString>

class QWidget;

namespace infiniti::Theme {

// Light, dark, or the desktop's own look. Qt 6.4 cannot ask the desktop for its colour scheme,
// so Light and Dark are Fusion with our palettes; System keeps the platform's style and palette.
enum class Mode { System, Light, Dark };

Mode saved(); // from the settings (System when never chosen)
void save(Mode mode);
void apply(Mode mode); // the first call also remembers the platform's own style and palette
Mode current();
QString name(Mode mode); // "system", "light", "dark" (the --theme values)
bool fromName(const QString &name, Mode *mode);

// Colours our widgets choose themselves, readable on the palette in use.
bool isDark();
QColor errorColor();
QColor warningColor();
QColor okColor();
QColor bannerBackground();
QColor bannerText();

// The error style of a line of text (a status label, a field's error): its text in errorColor(),
// as FieldErrors shows them; false gives it the palette's usual text colour back.
void showAsError(QWidget *widget, bool error = true);

} // namespace infiniti::Theme
