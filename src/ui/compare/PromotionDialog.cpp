#include "ui/compare/PromotionDialog.h"

#include "api/Session.h"
#include "compare/Comparison.h"
#include "ui/compare/DifferencesModel.h"
#include "ui/shell/Theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace infiniti::compare;

namespace infiniti {

namespace {
enum PlanColumn {
    PlanActionColumn,
    PlanPartColumn,
    PlanNameColumn,
    PlanHowColumn,
    PlanNotesColumn,
    PlanResultColumn,
    PlanColumnCount
};

QString mechanismText(Mechanism m)
{
    switch (m) {
    case Mechanism::SyncPackage:
        return PromotionDialog::tr("Sync package");
    case Mechanism::Endpoint:
        return PromotionDialog::tr("API request");
    case Mechanism::None:
        break;
    }
    return PromotionDialog::tr("—");
}

QString outcomeText(StepResult::Outcome outcome)
{
    switch (outcome) {
    case StepResult::Outcome::Done:
        return PromotionDialog::tr("Done");
    case StepResult::Outcome::Failed:
        return PromotionDialog::tr("Failed");
    case StepResult::Outcome::LeftAlone:
        return PromotionDialog::tr("Left alone");
    case StepResult::Outcome::NotSent:
        return PromotionDialog::tr("Not sent");
    }
    return {};
}

QLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

PromotionDialog::PromotionDialog(Session *source, Session *target, const Comparison *comparison,
                                 const QList<Difference> &selection, QWidget *parent)
    : QDialog(parent)
    , m_sourceSession(source)
    , m_targetSession(target)
    , m_comparison(comparison)
    , m_selection(selection)
    , m_intro(wrappingLabel(u"promotionIntro"_s, this))
    , m_secrets(new QCheckBox(tr("Include &secrets (connection strings, connector values)"), this))
    , m_deletes(new QCheckBox(this))
    , m_confirm(new QLineEdit(this))
    , m_confirmHint(wrappingLabel(u"deleteConfirmHint"_s, this))
    , m_counts(wrappingLabel(u"planCounts"_s, this))
    , m_table(new QTableWidget(0, PlanColumnCount, this))
    , m_warnings(wrappingLabel(u"planWarnings"_s, this))
    , m_progress(new QProgressBar(this))
    , m_status(wrappingLabel(u"promotionStatus"_s, this))
    , m_remainingLabel(wrappingLabel(u"remainingLabel"_s, this))
    , m_remaining(new DifferencesModel(this))
    , m_remainingView(new QTableView(this))
{
    setObjectName(u"promotionDialog"_s);
    const QString from = comparison->source().label, to = comparison->target().label;
    setWindowTitle(tr("Promote from %1 to %2").arg(from, to));
    m_intro->setText(tr("From <b>%1</b> (source) → to <b>%2</b> (target): %n difference(s) "
                        "ticked. Nothing is sent until you press Promote.",
                        nullptr, int(selection.size()))
                         .arg(from.toHtmlEscaped(), to.toHtmlEscaped()));
    m_intro->setTextFormat(Qt::RichText);

    m_secrets->setObjectName(u"includeSecretsCheck"_s);
    m_secrets->setToolTip(tr("Off: a data source keeps %1's connection string, a new one goes "
                             "without, and connector settings are left alone.")
                              .arg(to));
    int removals = 0;
    for (const Difference &d : selection)
        removals += d.change == Change::Removed ? 1 : 0;
    m_deletes->setObjectName(u"allowDeletesCheck"_s);
    m_deletes->setText(
        tr("&Delete on %1 what is only there (%n ticked)", nullptr, removals).arg(to));
    m_deletes->setEnabled(removals > 0);
    m_confirm->setObjectName(u"deleteConfirmEdit"_s);
    m_confirm->setPlaceholderText(tr("Type %1 to confirm").arg(to));
    m_confirm->setAccessibleName(tr("Name of the target connection, to confirm the deletions"));
    m_confirm->setEnabled(false);
    m_confirmHint->setVisible(false);
    connect(m_secrets, &QCheckBox::toggled, this, &PromotionDialog::replan);
    connect(m_deletes, &QCheckBox::toggled, this, [this](bool on) {
        m_confirm->setEnabled(on);
        if (on)
            m_confirm->setFocus();
        replan();
    });
    connect(m_confirm, &QLineEdit::textChanged, this, &PromotionDialog::replan);

    m_table->setObjectName(u"planTable"_s);
    m_table->setAccessibleName(tr("Steps of the promotion"));
    m_table->setHorizontalHeaderLabels(
        {tr("Action"), tr("Part"), tr("Name"), tr("How"), tr("Notes"), tr("Result")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    for (const int c : {PlanActionColumn, PlanPartColumn, PlanNameColumn, PlanHowColumn})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PlanNotesColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PlanResultColumn, QHeaderView::Stretch);

    m_progress->setObjectName(u"promotionProgress"_s);
    m_progress->setVisible(false);
    m_remainingLabel->setVisible(false);
    m_remainingView->setObjectName(u"remainingTable"_s);
    m_remainingView->setAccessibleName(tr("Differences that remain"));
    m_remaining->setCheckable(false);
    m_remainingView->setModel(m_remaining);
    m_remainingView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_remainingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_remainingView->verticalHeader()->hide();
    m_remainingView->horizontalHeader()->setStretchLastSection(true);
    m_remainingView->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_dryRunButton = buttons->addButton(tr("D&ry run"), QDialogButtonBox::ActionRole);
    m_dryRunButton->setObjectName(u"dryRunButton"_s);
    m_dryRunButton->setToolTip(tr("Go through the plan without sending anything."));
    m_promoteButton = buttons->addButton(tr("&Promote"), QDialogButtonBox::ActionRole);
    m_promoteButton->setObjectName(u"promoteButton"_s);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(u"closeButton"_s);
    m_promoteButton->setDefault(true);
    connect(m_dryRunButton, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_promoteButton, &QPushButton::clicked, this, [this] { run(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &PromotionDialog::reject);

    auto *options = new QFormLayout;
    options->addRow(m_secrets);
    options->addRow(m_deletes);
    options->addRow(tr("Con&firm:"), m_confirm);
    options->addRow(m_confirmHint);

    auto *planBox = new QWidget(this);
    auto *planLayout = new QVBoxLayout(planBox);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(m_counts);
    planLayout->addWidget(m_table, 1);
    planLayout->addWidget(m_warnings);
    auto *remainingBox = new QWidget(this);
    auto *remainingLayout = new QVBoxLayout(remainingBox);
    remainingLayout->setContentsMargins(0, 0, 0, 0);
    remainingLayout->addWidget(m_remainingLabel);
    remainingLayout->addWidget(m_remainingView, 1);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(planBox);
    m_splitter->addWidget(remainingBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(options);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    const QByteArray geometry = QSettings().value(u"compare/promotionGeometry"_s).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(QSize(960, 620).boundedTo(screen()->availableGeometry().size() * 0.95));
    connect(this, &QDialog::finished, this,
            [this] { QSettings().setValue(u"compare/promotionGeometry"_s, saveGeometry()); });
    replan();
}

PromotionDialog::~PromotionDialog()
{
    if (m_promoter)
        m_promoter->cancel();
}

void PromotionDialog::replan()
{
    if (isRunning() || m_promoted)
        return;
    PromotionOptions options;
    options.includeSecrets = m_secrets->isChecked();
    options.allowDeletes = m_deletes->isChecked();
    options.deleteConfirmation = m_confirm->text();
    m_plan = Planner::plan(m_selection, m_comparison->result(), m_comparison->source(),
                           m_comparison->target(), options);
    m_dryRun = false;
    fillPlan();
    const bool waiting = m_deletes->isChecked() && !m_plan.deletesConfirmed;
    m_confirmHint->setVisible(waiting);
    if (waiting) {
        m_confirmHint->setText(tr("Type “%1” exactly to allow the deletions; until then they are "
                                  "left alone and Promote stays off.")
                                   .arg(m_comparison->target().label));
        QPalette p = m_confirmHint->palette();
        p.setColor(QPalette::WindowText, Theme::warningColor());
        m_confirmHint->setPalette(p);
    }
    m_status->clear();
    updateButtons();
}

void PromotionDialog::fillPlan()
{
    m_table->setRowCount(int(m_plan.steps.size()));
    for (int r = 0; r < m_plan.steps.size(); ++r) {
        const PlanStep &s = m_plan.steps.at(r);
        QString notes = s.note;
        if (s.carriesSecret)
            notes =
                notes.isEmpty() ? tr("with its secrets") : tr("with its secrets; %1").arg(notes);
        const QString cells[PlanColumnCount] = {Planner::actionTitle(s.action),
                                                partTitle(s.part),
                                                s.name,
                                                mechanismText(s.mechanism),
                                                notes,
                                                QString()};
        for (int c = 0; c < PlanColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(c == PlanNotesColumn || c == PlanNameColumn ? s.description
                                                                         : cells[c]);
            if (s.action == Action::LeaveAlone)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            if (s.action == Action::Delete && c == PlanActionColumn)
                item->setForeground(Theme::errorColor());
            m_table->setItem(r, c, item);
        }
        if (s.mechanism == Mechanism::SyncPackage)
            m_table->item(r, PlanHowColumn)
                ->setToolTip(
                    tr("Exported from %1 in one sync package with the other projects ticked, and "
                       "imported into %2.")
                        .arg(m_plan.sourceLabel, m_plan.targetLabel));
    }
    m_table->resizeRowsToContents();

    QStringList counts;
    const std::pair<Action, const char *> words[] = {
        {Action::Create, QT_TR_N_NOOP("%n to create")},
        {Action::Update, QT_TR_N_NOOP("%n to update")},
        {Action::Rename, QT_TR_N_NOOP("%n to rename")},
        {Action::Delete, QT_TR_N_NOOP("%n to delete")},
        {Action::LeaveAlone, QT_TR_N_NOOP("%n left alone")},
    };
    for (const auto &[action, text] : words) {
        if (const int n = m_plan.count(action))
            counts << tr(text, nullptr, n);
    }
    m_counts->setText(counts.isEmpty() ? tr("Nothing to do.") : counts.join(u" · "_s));

    if (m_plan.warnings.isEmpty()) {
        m_warnings->setVisible(false);
    } else {
        QStringList items;
        for (const QString &w : m_plan.warnings)
            items << u"<li>"_s + w.toHtmlEscaped() + u"</li>"_s;
        m_warnings->setTextFormat(Qt::RichText);
        m_warnings->setText(
            u"<span style=\"color:%1\"><b>%2</b></span><ul style=\"margin:0\">%3</ul>"_s.arg(
                Theme::warningColor().name(), tr("Warnings"), items.join(QString())));
        m_warnings->setVisible(true);
    }
}

void PromotionDialog::run(bool dryRun)
{
    if (isRunning() || m_promoted || (!dryRun && !m_promoteButton->isEnabled()))
        return;
    for (int r = 0; r < m_table->rowCount(); ++r)
        m_table->item(r, PlanResultColumn)->setText({});
    m_dryRun = dryRun;
    m_promoter = new Promoter(m_sourceSession, m_targetSession, m_plan, m_comparison->source(),
                              m_comparison->target(), m_comparison->result(), this);
    m_promoter->setDryRun(dryRun);
    connect(m_promoter, &Promoter::stepFinished, this, &PromotionDialog::showResult);
    connect(m_promoter, &Promoter::progress, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
        m_status->setText(tr("Promoting: %1 of %n step(s) done…", nullptr, total).arg(done));
    });
    connect(m_promoter, &Promoter::recomparing, this, [this] {
        m_progress->setRange(0, 0);
        m_status->setText(tr("Comparing the parts promoted again…"));
    });
    connect(m_promoter, &Promoter::finished, this, &PromotionDialog::onFinished);
    if (!dryRun) {
        m_promoted = true; // from here on the target may change
        m_secrets->setEnabled(false);
        m_deletes->setEnabled(false);
        m_confirm->setEnabled(false);
        m_progress->setVisible(true);
        m_progress->setRange(0, 0);
        m_status->setText(tr("Promoting…"));
    }
    m_promoter->start();
    updateButtons();
}

void PromotionDialog::showResult(const StepResult &result)
{
    QTableWidgetItem *item = m_table->item(result.step, PlanResultColumn);
    if (!item)
        return;
    item->setText(result.message.isEmpty()
                      ? outcomeText(result.outcome)
                      : tr("%1: %2").arg(outcomeText(result.outcome), result.message));
    item->setToolTip(item->text());
    switch (result.outcome) {
    case StepResult::Outcome::Done:
        item->setForeground(Theme::okColor());
        break;
    case StepResult::Outcome::Failed:
        item->setForeground(Theme::errorColor());
        break;
    case StepResult::Outcome::LeftAlone:
    case StepResult::Outcome::NotSent:
        item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        break;
    }
}

void PromotionDialog::onFinished()
{
    const Promoter *p = m_promoter;
    for (const StepResult &r : p->results())
        showResult(r);
    m_table->resizeRowsToContents();
    m_progress->setVisible(false);
    using O = StepResult::Outcome;
    if (m_dryRun) {
        const int wouldRun = int(m_plan.steps.size()) - p->count(O::LeftAlone);
        m_status->setText(tr("Dry run: nothing was sent. Promote would carry out %n step(s).",
                             nullptr, wouldRun));
    } else {
        QStringList parts;
        parts << tr("%n done", nullptr, p->count(O::Done));
        if (const int failed = p->count(O::Failed))
            parts << tr("%n failed", nullptr, failed);
        if (const int left = p->count(O::LeftAlone))
            parts << tr("%n left alone", nullptr, left);
        if (const int notSent = p->count(O::NotSent))
            parts << tr("%n not sent", nullptr, notSent);
        m_status->setText(tr("Promotion finished: %1.").arg(parts.join(u" · "_s)));
        showRemaining();
        emit promoted();
    }
    updateButtons();
}

void PromotionDialog::showRemaining()
{
    const Comparison *again = m_promoter->recomparison();
    m_remainingLabel->setVisible(true);
    if (!again || !again->succeeded()) {
        QPalette pal = m_remainingLabel->palette();
        pal.setColor(QPalette::WindowText, Theme::errorColor());
        m_remainingLabel->setPalette(pal);
        m_remainingLabel->setText(
            again ? tr("The servers could not be compared again: %1. Compare again in the compare "
                       "window to see what still differs.")
                        .arg(again->errorText())
                  : tr("The servers were not compared again."));
        return;
    }
    // The parts promoted as they are now; the others were not touched, so as before.
    const CompareResult &now = again->result();
    QList<Difference> remaining;
    QSet<QString> stillDifferent;
    for (const Difference &d : m_comparison->result().differences) {
        if (!now.parts.contains(d.part))
            remaining << d;
    }
    for (const Difference &d : now.differences) {
        remaining << d;
        stillDifferent.insert(d.key);
    }
    std::stable_sort(remaining.begin(), remaining.end(),
                     [](const Difference &a, const Difference &b) { return a.part < b.part; });
    QStringList alike;
    for (const Difference &d : std::as_const(m_selection)) {
        if (!stillDifferent.contains(d.key))
            alike << d.name;
    }
    const QString target = m_comparison->target().label, source = m_comparison->source().label;
    QString text = alike.isEmpty() ? tr("Nothing ticked matches yet.")
                                   : tr("Now alike on both: %1.").arg(alike.join(u", "_s));
    text += u' ';
    text += remaining.isEmpty()
                ? tr("%1 now matches %2 in every part compared.").arg(target, source)
                : tr("Still different: %n difference(s) (the parts promoted compared again, the "
                     "others as before):",
                     nullptr, int(remaining.size()));
    m_remainingLabel->setText(text);
    m_remaining->setDifferences(remaining, source, target);
    m_remainingView->setVisible(!remaining.isEmpty());
    // The summary takes what is left; the plan gives up half its room (it was all of it).
    for (const int c : {DifferencesModel::NameColumn, DifferencesModel::PartColumn,
                        DifferencesModel::ChangeColumn})
        m_remainingView->resizeColumnToContents(c);
    if (!remaining.isEmpty()) {
        const int total = m_splitter->height();
        m_splitter->setSizes({total / 2, total - total / 2});
    }
}

void PromotionDialog::updateButtons()
{
    const bool running = isRunning();
    const bool actionable = !m_plan.isEmpty();
    const bool deletesReady = !m_deletes->isChecked() || m_plan.deletesConfirmed;
    m_dryRunButton->setEnabled(!running && !m_promoted && actionable);
    m_promoteButton->setEnabled(!running && !m_promoted && actionable && deletesReady);
    m_closeButton->setText(running ? tr("&Cancel") : tr("&Close"));
    if (m_promoted && !running)
        m_closeButton->setDefault(true);
}

void PromotionDialog::reject()
{
    if (isRunning()) {
        // Escape or Cancel while it runs: stop sending, keep the dialog to show what was done.
        m_promoter->cancel();
        m_status->setText(
            tr("Cancelled: the steps already sent stay done; the others were not sent."));
        return;
    }
    QDialog::reject();
}

} // namespace infiniti
