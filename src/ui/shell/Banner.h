#pragma once

#include <QFrame>

class QLabel;

namespace infiniti {

// A dismissible message strip at the top of the window (information or warning).
class Banner : public QFrame
{
    Q_OBJECT
public:
    explicit Banner(QWidget *parent = nullptr);
    void showMessage(const QString &text, const QString &tooltip = {});

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColours();
    QLabel *m_label;
};

} // namespace infiniti
