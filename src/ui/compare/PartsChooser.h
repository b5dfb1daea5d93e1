#pragma once

#include "compare/CompareParts.h"

#include <QGroupBox>

#include <array>

class QCheckBox;

namespace infiniti {

// The parts to compare, a check box each (all by default), with All / None. A part that could
// not be read is flagged until the user changes it.
class PartsChooser : public QGroupBox
{
    Q_OBJECT
public:
    explicit PartsChooser(QWidget *parent = nullptr);

    QList<compare::Part> parts() const;
    void setParts(const QList<compare::Part> &parts);
    QCheckBox *checkBox(compare::Part part) const { return m_boxes[size_t(part)]; }
    // Marks a part that failed (colour and tool tip) and gives it the focus.
    void flag(compare::Part part, const QString &why);
    void clearFlags();

signals:
    void partsChanged();

private:
    std::array<QCheckBox *, compare::kPartCount> m_boxes{};
};

} // namespace infiniti
