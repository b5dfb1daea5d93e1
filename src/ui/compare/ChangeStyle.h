#pragma once

#include "compare/Difference.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>

namespace infiniti {

// How a kind of change looks in the compare window, as seen from the target: a word, a subtle
// colour from the theme (readable in light and dark), and a small drawn badge (+, −, ~) so the
// kind does not depend on colour alone.
class ChangeStyle
{
    Q_DECLARE_TR_FUNCTIONS(ChangeStyle)
public:
    static QString word(compare::Change change);
    // "renamed, newer here": the aspects of a difference in words (empty when none).
    static QString aspects(compare::Aspects aspects);
    // "Only on Test: promoting creates it on Production."
    static QString explanation(compare::Change change, const QString &source,
                               const QString &target);
    static QColor color(compare::Change change);
    static QIcon icon(compare::Change change);
};

} // namespace infiniti
