#pragma once

#include <QFrame>

#include <functional>

class QHeaderView;
class QLabel;
class QProgressBar;

namespace infiniti {

class SparseListModel;

// The strip above a list that sorts all of its rows (SparseListModel): while the rows not read
// yet are read, "Loading all 100,002 users to sort… 37 %" with a bar and Cancel; then "Sorting…".
// Cancelled or failed, the header's sort indicator goes back to the order the rows are in, and
// the strip says that the sort was not made.
class SortProgress : public QFrame
{
    Q_OBJECT
public:
    SortProgress(SparseListModel *model, QHeaderView *header, std::function<QString(int)> countText,
                 QWidget *parent = nullptr);

private:
    void showProgress(int loaded, int total);
    void finished(bool sorted);

    SparseListModel *m_model;
    QHeaderView *m_header;
    std::function<QString(int)> m_countText;
    QLabel *m_text;
    QProgressBar *m_bar;
};

} // namespace infiniti
