#include "ui/compare/CompareWindow.h"

#include "api/Session.h"
#include "compare/Comparison.h"
#include "ui/common/EscapeKey.h"
#include "ui/compare/ChangeStyle.h"
#include "ui/compare/ConnectionPool.h"
#include "ui/compare/DifferencesFilter.h"
#include "ui/compare/DifferencesModel.h"
#include "ui/compare/PartsChooser.h"
#include "ui/compare/PromotionDialog.h"
#include "ui/compare/ReadProgressView.h"
#include "ui/compare/SideBySideDialog.h"
#include "ui/shell/Theme.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

using namespace Qt::StringLiterals;
using namespace infiniti::compare;

namespace infiniti {

namespace {
const QString kCompareSettingsGroup = u"compare/"_s;
}

CompareWindow::CompareWindow(Session *console, ProfileStore *profiles, SecretStore *secrets,
                             QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_pool(new ConnectionPool(console, profiles, secrets, this, this))
    , m_source(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_swap(new QToolButton(this))
    , m_parts(new PartsChooser(this))
    , m_compare(new QPushButton(tr("&Compare"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_sourceProgress(new ReadProgressView(this))
    , m_targetProgress(new ReadProgressView(this))
    , m_message(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_partFilter(new QComboBox(this))
    , m_changeFilter(new QComboBox(this))
    , m_textFilter(new QLineEdit(this))
    , m_tickShown(new QPushButton(tr("Tick all s&hown"), this))
    , m_untickAll(new QPushButton(tr("&Untick all"), this))
    , m_view(new QTableView(this))
    , m_model(new DifferencesModel(this))
    , m_filter(new DifferencesFilter(this))
    , m_footer(new QLabel(this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_promote(new QPushButton(tr("&Promote…"), this))
{
    setObjectName(u"compareWindow"_s);
    setWindowTitle(tr("Compare servers"));
    setAttribute(Qt::WA_DeleteOnClose);

    // Source → Target.
    m_source->setObjectName(u"sourceCombo"_s);
    m_source->setAccessibleName(tr("Source connection"));
    m_target->setObjectName(u"targetCombo"_s);
    m_target->setAccessibleName(tr("Target connection"));
    for (QComboBox *combo : {m_source, m_target})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillChoices();
    m_swap->setObjectName(u"swapButton"_s);
    m_swap->setText(u"⇄"_s);
    m_swap->setToolTip(tr("Swap source and target"));
    m_swap->setAccessibleName(tr("Swap source and target"));
    connect(m_swap, &QToolButton::clicked, this,
            [this] { setPair(chosen(m_target), chosen(m_source)); });
    auto *sourceLabel = new QLabel(tr("&Source:"), this);
    sourceLabel->setBuddy(m_source);
    auto *targetLabel = new QLabel(tr("&Target:"), this);
    targetLabel->setBuddy(m_target);
    auto *arrow = new QLabel(u"→"_s, this);
    arrow->setAccessibleName(tr("to"));
    QFont big = arrow->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    arrow->setFont(big);
    auto *pair = new QHBoxLayout;
    pair->addWidget(sourceLabel);
    pair->addWidget(m_source);
    pair->addSpacing(6);
    pair->addWidget(arrow);
    pair->addSpacing(6);
    pair->addWidget(targetLabel);
    pair->addWidget(m_target);
    pair->addWidget(m_swap);
    // Another server to compare with, without signing the console out.
    auto *add = new QPushButton(tr("&New connection…"), this);
    add->setObjectName(u"newConnectionButton"_s);
    add->setToolTip(tr("Sign in to another server and save it as a connection"));
    add->setAutoDefault(false);
    connect(add, &QPushButton::clicked, m_pool, &ConnectionPool::addConnection);
    pair->addSpacing(12);
    pair->addWidget(add);
    pair->addStretch();
    auto *direction = new QLabel(tr("Differences are seen from the target: a promotion makes the "
                                    "target like the source."),
                                 this);
    direction->setWordWrap(true);
    direction->setEnabled(false);

    // Compare, Cancel, progress per side.
    m_compare->setObjectName(u"compareButton"_s);
    m_compare->setDefault(true);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setEnabled(false);
    m_sourceProgress->setObjectName(u"sourceProgress"_s);
    m_targetProgress->setObjectName(u"targetProgress"_s);
    m_sourceProgress->setVisible(false);
    m_targetProgress->setVisible(false);
    connect(m_compare, &QPushButton::clicked, this, &CompareWindow::compare);
    connect(m_cancel, &QPushButton::clicked, this, &CompareWindow::cancel);
    auto *progress = new QVBoxLayout;
    progress->addWidget(m_sourceProgress);
    progress->addWidget(m_targetProgress);
    auto *run = new QHBoxLayout;
    run->addWidget(m_compare);
    run->addWidget(m_cancel);
    run->addSpacing(12);
    run->addLayout(progress, 1);
    m_message->setObjectName(u"compareMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);

    // Filters.
    m_heading->setObjectName(u"differencesHeading"_s);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setText(tr("Differences"));
    m_partFilter->setObjectName(u"partFilter"_s);
    m_partFilter->setAccessibleName(tr("Show the differences of one part"));
    m_partFilter->addItem(tr("All parts"), -1);
    for (const Part part : allParts())
        m_partFilter->addItem(partTitle(part), int(part));
    m_changeFilter->setObjectName(u"changeFilter"_s);
    m_changeFilter->setAccessibleName(tr("Show one kind of change"));
    m_changeFilter->addItem(tr("All changes"), -1);
    for (const Change c : {Change::Added, Change::Removed, Change::Changed})
        m_changeFilter->addItem(ChangeStyle::icon(c), ChangeStyle::word(c), int(c));
    m_textFilter->setObjectName(u"textFilter"_s);
    m_textFilter->setPlaceholderText(tr("Filter by name or text (Ctrl+F)"));
    m_textFilter->setAccessibleName(tr("Filter by name or text"));
    m_textFilter->setClearButtonEnabled(true);
    EscapeKey::clearsFilter(m_textFilter); // empty, Escape goes on to the window
    connect(m_partFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int part = m_partFilter->currentData().toInt();
        m_filter->setPart(part < 0 ? std::nullopt : std::optional<Part>(Part(part)));
        updateFooter();
    });
    connect(m_changeFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int change = m_changeFilter->currentData().toInt();
        m_filter->setChange(change < 0 ? std::nullopt : std::optional<Change>(Change(change)));
        updateFooter();
    });
    connect(m_textFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateFooter();
    });
    connect(m_textFilter, &QLineEdit::returnPressed, m_view, qOverload<>(&QWidget::setFocus));
    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_textFilter->setFocus();
        m_textFilter->selectAll();
    });
    addAction(find);
    m_tickShown->setObjectName(u"tickShownButton"_s);
    m_tickShown->setToolTip(tr("Tick every difference the filters show, for promoting"));
    m_untickAll->setObjectName(u"untickAllButton"_s);
    connect(m_tickShown, &QPushButton::clicked, this, [this] { tickAllShown(true); });
    connect(m_untickAll, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (int r = 0; r < m_model->rowCount(); ++r)
            rows << r;
        m_model->setChecked(rows, false);
    });
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_heading);
    filters->addSpacing(12);
    filters->addWidget(m_partFilter);
    filters->addWidget(m_changeFilter);
    filters->addWidget(m_textFilter, 1);
    filters->addWidget(m_tickShown);
    filters->addWidget(m_untickAll);

    // The table.
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(u"differencesView"_s);
    m_view->setAccessibleName(tr("Differences"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the comparison's order: by part, then name
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(DifferencesModel::NameColumn, 220);
    m_view->setColumnWidth(DifferencesModel::PartColumn, 150);
    m_view->setColumnWidth(DifferencesModel::ChangeColumn, 170);
    connect(m_view, &QAbstractItemView::activated, this, &CompareWindow::showSideBySide);
    connect(m_model, &DifferencesModel::checkedChanged, this, [this] {
        updateFooter();
        updateButtons();
    });

    // Footer.
    m_footer->setObjectName(u"differencesFooter"_s);
    m_export->setObjectName(u"exportButton"_s);
    m_export->setToolTip(tr("Save the differences shown as CSV or JSON"));
    m_promote->setObjectName(u"promoteButton"_s);
    m_promote->setToolTip(tr("Preview how the ticked differences would be promoted to the target"));
    connect(m_export, &QPushButton::clicked, this, &CompareWindow::exportShown);
    connect(m_promote, &QPushButton::clicked, this, &CompareWindow::promote);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_footer, 1);
    footer->addWidget(m_export);
    footer->addWidget(m_promote);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pair);
    layout->addWidget(direction);
    layout->addWidget(m_parts);
    layout->addLayout(run);
    layout->addWidget(m_message);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);

    connect(m_pool, &ConnectionPool::signedIn, this, &CompareWindow::onSignedIn);
    // A new connection becomes the target (the console, or what was chosen, stays the source).
    connect(m_pool, &ConnectionPool::connectionAdded, this, [this](const QString &name) {
        const QString source = chosen(m_source);
        fillChoices();
        setPair(source == name ? QString() : source, name);
        showMessage(
            tr("The connection “%1” was added and is signed in: Compare when ready.").arg(name));
        updateButtons();
    });
    connect(m_pool, &ConnectionPool::signInFailed, this,
            [this](const QString &name, const ApiError &e) {
                if (m_phase != Phase::SigningIn)
                    return;
                setBusy(false);
                showMessage(tr("Could not sign in to %1: %2").arg(name, e.message()),
                            Theme::errorColor());
            });
    connect(m_pool, &ConnectionPool::signInCancelled, this, [this](const QString &name) {
        if (m_phase != Phase::SigningIn)
            return;
        setBusy(false);
        showMessage(tr("Not compared: the sign-in to %1 was cancelled.").arg(name));
    });

    QSettings settings;
    const QByteArray geometry = settings.value(kCompareSettingsGroup + u"geometry"_s).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // At most 90 % of the screen (its frame fits too), in the middle of it: a window manager
        // left to place it may put a tall window's bottom off a small screen.
        QRect frame(QPoint(), QSize(1100, 720));
        if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            frame.setSize(
                frame.size().boundedTo(available.size() * 0.9).expandedTo(minimumSizeHint()));
            frame.moveCenter(available.center());
            frame.moveTopLeft(
                {qMax(frame.left(), available.left()), qMax(frame.top(), available.top())});
        }
        resize(frame.size());
        move(frame.topLeft());
    }
    if (settings.contains(kCompareSettingsGroup + u"parts"_s)) {
        QList<Part> parts;
        for (const QString &id :
             settings.value(kCompareSettingsGroup + u"parts"_s).toStringList()) {
            if (const auto part = partFromId(id))
                parts << *part;
        }
        m_parts->setParts(parts);
    }
    setPair(settings.value(kCompareSettingsGroup + u"source"_s).toString(),
            settings.value(kCompareSettingsGroup + u"target"_s).toString());
    updateFooter();
    updateButtons();
}

CompareWindow::~CompareWindow() = default;

void CompareWindow::fillChoices()
{
    for (QComboBox *combo : {m_source, m_target}) {
        combo->clear();
        for (const auto &choice : m_pool->choices())
            combo->addItem(choice.label, choice.name);
    }
}

QString CompareWindow::chosen(const QComboBox *combo) const
{
    return combo->currentData().toString();
}

void CompareWindow::setPair(const QString &source, const QString &target)
{
    const int s = m_source->findData(source);
    const int t = m_target->findData(target);
    // Unknown or gone: the console as the source, the first other connection as the target.
    m_source->setCurrentIndex(s >= 0 ? s : 0);
    if (t >= 0) {
        m_target->setCurrentIndex(t);
    } else {
        const int other = m_target->count() > 1 && m_source->currentIndex() == 0 ? 1 : 0;
        m_target->setCurrentIndex(other);
    }
}

bool CompareWindow::isBusy() const
{
    return m_phase != Phase::Idle;
}

PromotionDialog *CompareWindow::promotionDialog() const
{
    return m_promotion;
}

QString CompareWindow::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString CompareWindow::footer() const
{
    return m_footer->text();
}

void CompareWindow::compare()
{
    if (isBusy())
        return;
    const QString source = chosen(m_source), target = chosen(m_target);
    if (m_source->count() < 2) {
        showMessage(tr("There is only one connection: add the server to compare with "
                       "(New connection…)."),
                    Theme::errorColor());
        return;
    }
    if (source == target) {
        showMessage(tr("Choose two different connections: the source and the target are both %1.")
                        .arg(source),
                    Theme::errorColor());
        return;
    }
    if (m_parts->parts().isEmpty()) {
        showMessage(tr("Tick at least one part to compare."), Theme::errorColor());
        return;
    }
    saveChoices();
    m_parts->clearFlags();
    m_pendingSource = source;
    m_pendingTarget = target;
    setBusy(true);
    m_phase = Phase::SigningIn;
    showMessage(tr("Signing in…"));
    // One sign-in at a time: two dialogs at once would leave the user guessing which is which.
    if (!m_pool->session(source))
        m_pool->signIn(source);
    else
        m_pool->signIn(target);
}

void CompareWindow::onSignedIn(const QString &name)
{
    if (m_phase != Phase::SigningIn || (name != m_pendingSource && name != m_pendingTarget))
        return;
    if (!m_pool->session(m_pendingTarget)) {
        m_pool->signIn(m_pendingTarget);
        return;
    }
    if (!m_pool->session(m_pendingSource)) {
        m_pool->signIn(m_pendingSource);
        return;
    }
    startReading();
}

void CompareWindow::startReading()
{
    m_phase = Phase::Reading;
    delete std::exchange(m_comparison, nullptr); // clearing the model below reads it
    m_model->clear();
    m_stale = false;
    CompareOptions options;
    options.parts = m_parts->parts();
    m_resultSource = m_pool->session(m_pendingSource);
    m_resultTarget = m_pool->session(m_pendingTarget);
    m_resultSourceName = m_pendingSource;
    m_resultTargetName = m_pendingTarget;
    m_comparison = new Comparison(m_resultSource, m_resultTarget, options, this);
    connect(m_comparison, &Comparison::progress, this,
            [this](const ReadProgress &source, const ReadProgress &target) {
                m_sourceProgress->setProgress(source);
                m_targetProgress->setProgress(target);
            });
    connect(m_comparison, &Comparison::finished, this, &CompareWindow::onCompared);
    m_sourceProgress->start(tr("%1 (source)").arg(m_pendingSource));
    m_targetProgress->start(tr("%1 (target)").arg(m_pendingTarget));
    m_sourceProgress->setVisible(true);
    m_targetProgress->setVisible(true);
    m_heading->setText(tr("Differences"));
    showMessage(tr("Reading both servers…"));
    m_comparison->start();
}

void CompareWindow::onCompared()
{
    setBusy(false);
    const Comparison *c = m_comparison;
    if (!c->succeeded()) {
        const QString outcome =
            c->error().kind() == ApiError::Kind::Cancelled ? tr("cancelled") : tr("failed");
        m_sourceProgress->stop(c->failedSide() == Comparison::Side::Source ? outcome
                                                                           : tr("stopped"));
        m_targetProgress->stop(c->failedSide() == Comparison::Side::Target ? outcome
                                                                           : tr("stopped"));
        explainFailure();
        emit comparisonFinished(false);
        return;
    }
    m_sourceProgress->stop(tr("done"));
    m_targetProgress->stop(tr("done"));
    const CompareResult &r = c->result();
    const QString source = c->source().label, target = c->target().label;
    m_model->setDifferences(r.differences, source, target);
    m_view->resizeRowsToContents();
    m_heading->setText(tr("Differences: %1 → %2").arg(source, target));
    const QString seconds = QLocale().toString(
        (qMax(c->source().readMs, c->target().readMs) + c->compareMs()) / 1000.0, 'f', 1);
    if (r.isEqual())
        showMessage(tr("%1 matches %2 in the %n part(s) compared (read in %3 s).", nullptr,
                       int(r.parts.size()))
                        .arg(target, source, seconds),
                    Theme::okColor());
    else
        showMessage(tr("%n difference(s): %1 objects on %2, %3 on %4 (read in %5 s). Double-click "
                       "a row or press Return to see both sides.",
                       nullptr, int(r.differences.size()))
                        .arg(QLocale().toString(r.sourceObjects), source,
                             QLocale().toString(r.targetObjects), target, seconds));
    updateFooter();
    updateButtons();
    emit comparisonFinished(true);
}

void CompareWindow::explainFailure()
{
    const Comparison *c = m_comparison;
    const ApiError &e = c->error();
    if (e.kind() == ApiError::Kind::Cancelled) {
        showMessage(tr("Cancelled: nothing was compared."));
        return;
    }
    const bool sourceSide = c->failedSide() == Comparison::Side::Source;
    const QString side = sourceSide ? m_resultSourceName : m_resultTargetName;
    QString text = tr("%1 could not be read: %2").arg(side, e.message());
    if (const auto part = c->failedPart()) {
        const QList<Part> ticked = m_parts->parts();
        QStringList needing;
        if (ticked.contains(*part)) {
            m_parts->flag(*part, e.message());
            text += u' ' + tr("Untick “%1” and compare again, or sign in to %2 as someone allowed "
                              "to read it.")
                               .arg(partTitle(*part), side);
        } else {
            // Read because a ticked part refers to it.
            for (const Part p : ticked) {
                if (partDependencies(p).contains(*part)) {
                    needing << u"“"_s + partTitle(p) + u"”"_s;
                    m_parts->flag(p, e.message());
                }
            }
            text += u' ' + tr("“%1” is read to describe %2: untick %2 and compare again.")
                               .arg(partTitle(*part), needing.join(tr(" and ")));
        }
    }
    if (e.kind() == ApiError::Kind::Unauthorised && side != m_pool->consoleName()) {
        m_pool->forget(side);
        text += u' ' + tr("Compare again to sign in to %1 again.").arg(side);
    }
    showMessage(text, Theme::errorColor());
}

void CompareWindow::cancel()
{
    if (m_phase == Phase::Reading && m_comparison)
        m_comparison->cancel();
}

void CompareWindow::setBusy(bool busy)
{
    if (!busy)
        m_phase = Phase::Idle;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_source, m_target, m_swap, m_parts, m_compare})
        w->setEnabled(!busy);
    if (auto *add = findChild<QPushButton *>(u"newConnectionButton"_s))
        add->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    updateButtons();
}

void CompareWindow::showMessage(const QString &text, const QColor &color)
{
    QPalette p = palette();
    if (color.isValid())
        p.setColor(QPalette::WindowText, color);
    m_message->setPalette(p);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void CompareWindow::updateFooter()
{
    const int total = m_model->rowCount();
    QString text = tr("%Ln difference(s)", nullptr, total);
    if (m_filter->isFiltering())
        text += u" · "_s + tr("%Ln shown", nullptr, m_filter->rowCount());
    if (m_model->checkedCount() > 0)
        text += u" · "_s + tr("%Ln ticked", nullptr, m_model->checkedCount());
    if (!m_comparison || !m_comparison->succeeded())
        text = tr("Not compared yet");
    m_footer->setText(text);
}

void CompareWindow::updateButtons()
{
    const bool result = m_comparison && m_comparison->succeeded() && !isBusy();
    m_export->setEnabled(result && m_model->rowCount() > 0);
    m_promote->setEnabled(result && !m_stale && m_model->checkedCount() > 0 && m_resultSource &&
                          m_resultTarget);
    m_tickShown->setEnabled(result && !m_stale && m_filter->rowCount() > 0);
    m_untickAll->setEnabled(m_model->checkedCount() > 0);
}

void CompareWindow::saveChoices() const
{
    QSettings settings;
    settings.setValue(kCompareSettingsGroup + u"source"_s, chosen(m_source));
    settings.setValue(kCompareSettingsGroup + u"target"_s, chosen(m_target));
    QStringList parts;
    for (const Part part : m_parts->parts())
        parts << partId(part);
    settings.setValue(kCompareSettingsGroup + u"parts"_s, parts);
}

void CompareWindow::tickAllShown(bool ticked)
{
    m_model->setChecked(m_filter->shownSourceRows(), ticked);
}

void CompareWindow::showSideBySide(const QModelIndex &index)
{
    if (!index.isValid() || !m_comparison || !m_comparison->succeeded())
        return;
    const Difference &d = m_model->difference(m_filter->mapToSource(index).row());
    auto *dialog = new SideBySideDialog(
        d, Comparer::sideBySide(d, m_comparison->source(), m_comparison->target()),
        m_comparison->source().label, m_comparison->target().label, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool CompareWindow::exportTo(const QString &path, QString *error)
{
    QList<Difference> shown;
    for (const int row : m_filter->shownSourceRows())
        shown << m_model->difference(row);
    const QByteArray bytes = path.endsWith(u".json"_s, Qt::CaseInsensitive)
                                 ? QJsonDocument(differencesToJson(shown)).toJson()
                                 : differencesToCsv(shown);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

void CompareWindow::exportShown()
{
    auto *dialog = new QFileDialog(this, tr("Export the differences shown"), QString(),
                                   tr("CSV files (*.csv);;JSON files (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->selectFile(tr("differences %1 to %2.csv").arg(m_resultSourceName, m_resultTargetName));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter.contains(u"json"_s) ? u"json"_s : u"csv"_s);
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString why;
        if (exportTo(path, &why))
            return;
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Export the differences shown"),
                            tr("Could not write %1: %2").arg(path, why), QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dialog->open();
}

void CompareWindow::promote()
{
    if (!m_promote->isEnabled() || m_promotion)
        return;
    m_promotion = new PromotionDialog(m_resultSource, m_resultTarget, m_comparison,
                                      m_model->checkedDifferences(), this);
    m_promotion->setAttribute(Qt::WA_DeleteOnClose);
    m_promotion->setWindowModality(Qt::WindowModal);
    connect(m_promotion, &PromotionDialog::promoted, this, [this] {
        m_stale = true;
        showMessage(tr("%1 was changed by a promotion: the differences below are from before it. "
                       "Compare again before promoting more.")
                        .arg(m_resultTargetName),
                    Theme::warningColor());
        updateButtons();
    });
    m_promotion->open();
}

void CompareWindow::keyPressEvent(QKeyEvent *event)
{
    const bool inTable = focusWidget() == m_view;
    if (event->key() == Qt::Key_Escape && isBusy()) {
        cancel();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !inTable &&
        focusWidget() != m_textFilter && !isBusy()) {
        compare();
        return;
    }
    QWidget::keyPressEvent(event);
}

void CompareWindow::closeEvent(QCloseEvent *event)
{
    if (m_promotion && m_promotion->isRunning()) {
        event->ignore(); // the dialog says what is being sent; it cancels first
        return;
    }
    cancel();
    saveChoices();
    QSettings().setValue(kCompareSettingsGroup + u"geometry"_s, saveGeometry());
    QWidget::closeEvent(event);
}

} // namespace infiniti
