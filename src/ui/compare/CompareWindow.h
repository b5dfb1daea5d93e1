#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTableView;
class QToolButton;

namespace infiniti {

class ConnectionPool;
class DifferencesFilter;
class DifferencesModel;
class PartsChooser;
class ProfileStore;
class PromotionDialog;
class ReadProgressView;
class SecretStore;
class Session;

namespace compare {
class Comparison;
}

// Tools → Compare servers…: two connections (the console's own, or saved ones signed in on
// demand), Source → Target, the parts to compare; both read in parallel with progress and
// Cancel; the differences in a table with filters (part, kind of change, text), counts, Export
// (CSV, JSON), side by side on Return, check boxes and Promote… (PromotionDialog). A part one
// side cannot read is named and flagged, to be unticked. Remembers its geometry, the last pair
// and the parts.
class CompareWindow : public QWidget
{
    Q_OBJECT
public:
    // `console` may be null; `secrets` too (nothing remembered then).
    CompareWindow(Session *console, ProfileStore *profiles, SecretStore *secrets,
                  QWidget *parent = nullptr);
    ~CompareWindow() override;

    void setPair(const QString &source, const QString &target);
    void compare();
    void cancel();
    bool isBusy() const;
    // The differences shown, in the view's order, as CSV or JSON (by the file's suffix).
    bool exportTo(const QString &path, QString *error = nullptr);
    void showSideBySide(const QModelIndex &index);
    void tickAllShown(bool ticked = true);
    void promote();

    DifferencesModel *model() const { return m_model; }
    DifferencesFilter *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    PartsChooser *partsChooser() const { return m_parts; }
    ConnectionPool *connections() const { return m_pool; }
    const compare::Comparison *comparison() const { return m_comparison; }
    PromotionDialog *promotionDialog() const;
    QString message() const;
    QString footer() const;

signals:
    void comparisonFinished(bool succeeded);

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void fillChoices();
    QString chosen(const QComboBox *combo) const;
    void onSignedIn(const QString &name);
    void startReading();
    void onCompared();
    void explainFailure();
    void setBusy(bool busy);
    void showMessage(const QString &text, const QColor &color = {});
    void updateFooter();
    void updateButtons();
    void saveChoices() const;
    void exportShown();

    ConnectionPool *m_pool;
    QComboBox *m_source;
    QComboBox *m_target;
    QToolButton *m_swap;
    PartsChooser *m_parts;
    QPushButton *m_compare;
    QPushButton *m_cancel;
    ReadProgressView *m_sourceProgress;
    ReadProgressView *m_targetProgress;
    QLabel *m_message;
    QLabel *m_heading;
    QComboBox *m_partFilter;
    QComboBox *m_changeFilter;
    QLineEdit *m_textFilter;
    QPushButton *m_tickShown;
    QPushButton *m_untickAll;
    QTableView *m_view;
    DifferencesModel *m_model;
    DifferencesFilter *m_filter;
    QLabel *m_footer;
    QPushButton *m_export;
    QPushButton *m_promote;

    enum class Phase { Idle, SigningIn, Reading };
    Phase m_phase = Phase::Idle;
    QString m_pendingSource;
    QString m_pendingTarget;
    compare::Comparison *m_comparison = nullptr;
    // The sessions the result was read with: a promotion goes through the same ones.
    QPointer<Session> m_resultSource;
    QPointer<Session> m_resultTarget;
    QString m_resultSourceName;
    QString m_resultTargetName;
    bool m_stale = false; // a promotion changed the target since the result was read
    QPointer<PromotionDialog> m_promotion;
};

} // namespace infiniti
