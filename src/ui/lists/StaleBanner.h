#pragma once

#include <QFrame>

class QDateTime;
class QLabel;

namespace infiniti {

class ApiError;

// The strip above a list whose refresh failed: the rows below are the ones read at `loadedAt`,
// with the reason and a Retry button. Hidden until show(); its colours follow the theme's banner.
class StaleBanner : public QFrame
{
    Q_OBJECT
public:
    explicit StaleBanner(QWidget *parent = nullptr);

    void show(const QDateTime &loadedAt, const ApiError &error);

signals:
    void retryRequested();

private:
    QLabel *m_text;
};

} // namespace infiniti
