#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace infiniti::sim {

// Real files for the seeded data and generated documents, made without a GUI library.
namespace SimAssets {

// A true-colour PNG of w×h whose pixel (x, y) is `rgb(x, y)` (0xRRGGBB).
QByteArray png(int width, int height, const std::function<quint32(int x, int y)> &rgb);

// A small "logo": a rounded badge in `rgb` on a light background with horizontal bands.
QByteArray badge(int width, int height, quint32 rgb);

} // namespace SimAssets

} // namespace infiniti::sim
