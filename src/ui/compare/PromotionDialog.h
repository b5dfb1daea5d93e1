#pragma once

#include "compare/Promoter.h"
#include "compare/PromotionPlan.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;
class QTableWidget;

namespace infiniti {

class DifferencesModel;
class Session;

namespace compare {
class Comparison;
}

// The promotion preview and its execution. Shows the plan for the ticked differences — what
// will be created, updated, renamed, deleted or left alone on the target, by which mechanism,
// with notes and warnings — and re-plans as the options change: secrets stay home unless asked;
// deletions happen only when allowed and confirmed by typing the target connection's name
// (Promote is enabled only then). Dry run shows the plan as executed without sending anything;
// Promote carries it out with progress and a result per step, then shows what the comparison
// of the parts promoted says now: what matches, and the differences that remain.
class PromotionDialog : public QDialog
{
    Q_OBJECT
public:
    // `comparison` must outlive the dialog (the compare window keeps it while this is open).
    PromotionDialog(Session *source, Session *target, const compare::Comparison *comparison,
                    const QList<compare::Difference> &selection, QWidget *parent = nullptr);
    ~PromotionDialog() override;

    const compare::PromotionPlan &plan() const { return m_plan; }
    QTableWidget *planTable() const { return m_table; }
    // What still differs after a promotion: the parts promoted as compared again, the other
    // parts as they were before.
    DifferencesModel *remainingModel() const { return m_remaining; }
    bool isRunning() const { return m_promoter && !m_promoter->isFinished(); }
    bool hasPromoted() const { return m_promoted; }

signals:
    // A promotion ran (the target may have changed, even when cancelled part way).
    void promoted();

public slots:
    void reject() override;

private:
    void replan();
    void fillPlan();
    void run(bool dryRun);
    void showResult(const compare::StepResult &result);
    void onFinished();
    void showRemaining();
    void updateButtons();

    QPointer<Session> m_sourceSession;
    QPointer<Session> m_targetSession;
    const compare::Comparison *m_comparison;
    QList<compare::Difference> m_selection;
    compare::PromotionPlan m_plan;
    QPointer<compare::Promoter> m_promoter;
    bool m_dryRun = false;
    bool m_promoted = false;

    QLabel *m_intro;
    QCheckBox *m_secrets;
    QCheckBox *m_deletes;
    QLineEdit *m_confirm;
    QLabel *m_confirmHint;
    QLabel *m_counts;
    QTableWidget *m_table;
    QLabel *m_warnings;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_remainingLabel;
    DifferencesModel *m_remaining;
    QTableView *m_remainingView;
    QSplitter *m_splitter = nullptr;
    QPushButton *m_dryRunButton;
    QPushButton *m_promoteButton;
    QPushButton *m_closeButton;
};

} // namespace infiniti
