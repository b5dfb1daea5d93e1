#pragma once

#include <QIcon>

namespace infiniti {

// Icons that Qt's standard set lacks (it has no person), drawn with QPainter paths — no image
// files, no SVG module — at whatever size and device pixel ratio they are asked for. Outlined in
// the palette's text colour and tinted with its selection colour, as the palette is when they
// are drawn: they read on a light and a dark theme alike, and follow a change of theme without
// being made again.
enum class DrawnIcon {
    Person, // a user
    People, // a group of users
    Key,    // a role: what its members may do
};

QIcon drawnIcon(DrawnIcon which);

} // namespace infiniti
