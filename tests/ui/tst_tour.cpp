// A tour of the whole console as an administrator first sees it (issue #16): in the light and
// the dark theme, at 1024×700 and at 1920×1080, every area of the Go menu comes to rest with its
// rows or its empty state — never an error —, its column headers show their whole titles, the
// first row's properties sheet opens and fits a 1024×700 screen, and the license dialog and the
// global find (Ctrl+K) open too. With INFINITI_SCREENSHOT_DIR set, every stop of the tour is
// saved there as a PNG to be looked at, in the language of the catalogue INFINITI_QM names
// (scripts/screenshots.sh does that, in English and German).
#include "models/PagedListModel.h"
#include "SimFixture.h"
#include "ui/lists/ColumnFitter.h"
#include "ui/lists/ListPane.h"
#include "ui/shell/ConsoleController.h"
#include "ui/shell/GlobalFind.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Pane.h"
#include "ui/shell/Theme.h"
#include <QLineEdit>

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace infiniti;
using namespace infiniti::test;

namespace {

// The paged model under a view's model (through any proxies), or null.
PagedListModel *pagedModelOf(QAbstractItemModel *model)
{
    while (model) {
        if (auto *paged = qobject_cast<PagedListModel *>(model))
            return paged;
        auto *proxy = qobject_cast<QAbstractProxyModel *>(model);
        model = proxy ? proxy->sourceModel() : nullptr;
    }
    return nullptr;
}

QList<QAbstractItemView *> visibleViews(QWidget *pane)
{
    QList<QAbstractItemView *> out;
    for (auto *v : pane->findChildren<QAbstractItemView *>()) {
        if (v->isVisible())
            out << v;
    }
    return out;
}

QDialog *visibleDialog()
{
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<QDialog *>(top); d && d->isVisible())
            return d;
    }
    return nullptr;
}

// Header sections narrower than their title (with the style's margins and sort arrow), as
// "title (needs N, has M)".
QStringList cutHeaders(QHeaderView *header)
{
    QStringList cut;
    if (!header || !header->isVisible() || header->orientation() != Qt::Horizontal)
        return cut;
    const QAbstractItemModel *model = header->model();
    for (int s = 0; s < header->count(); ++s) {
        if (header->isSectionHidden(s) || header->sectionSize(s) == 0)
            continue;
        // The last section may be stretched into what is left of the viewport: judge it only
        // where it is drawn narrower than its title.
        const QString title = model->headerData(s, Qt::Horizontal).toString();
        if (title.isEmpty())
            continue;
        QStyleOptionHeader opt;
        opt.initFrom(header);
        opt.text = title;
        opt.section = s;
        opt.sortIndicator = QStyleOptionHeader::SortDown; // room for the arrow, as when sorted
        const int needed = header->style()
                               ->sizeFromContents(QStyle::CT_HeaderSection, &opt, QSize(), header)
                               .width();
        if (header->sectionSize(s) + 1 < needed)
            cut << u"%1 (needs %2, has %3)"_s.arg(title).arg(needed).arg(header->sectionSize(s));
    }
    return cut;
}

QHeaderView *columnHeader(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->isHeaderHidden() ? nullptr : tree->header();
    return nullptr;
}

QString slug(QString text)
{
    text = text.toLower();
    text.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
    return text;
}

} // namespace

class TourTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    QString m_shots;
    QTranslator m_catalogue;

    void shoot(QWidget *w, const QString &name) const
    {
        if (m_shots.isEmpty())
            return;
        QTest::qWait(150); // the last repaint after data arrived
        QVERIFY2(w->grab().save(m_shots + u'/' + name + u".png"_s), qPrintable(name));
    }

    // Every list the pane shows has come to rest; fails with the error a list shows.
    static bool settle(Pane *pane, QString *error)
    {
        const auto resting = [pane] {
            for (QAbstractItemView *v : visibleViews(pane)) {
                PagedListModel *m = pagedModelOf(v->model());
                if (m && (m->state() == PagedListModel::State::Loading ||
                          m->state() == PagedListModel::State::Idle))
                    return false;
            }
            return true;
        };
        if (!QTest::qWaitFor(resting, 15000)) {
            *error = u"still loading after 15 s"_s;
            return false;
        }
        for (QAbstractItemView *v : visibleViews(pane)) {
            PagedListModel *m = pagedModelOf(v->model());
            if (m && m->state() == PagedListModel::State::Error) {
                *error = m->lastError().message();
                return false;
            }
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QSettings().remove(u"window"_s);
        QSettings().remove(u"views"_s);
        m_shots = qEnvironmentVariable("INFINITI_SCREENSHOT_DIR");
        if (!qEnvironmentVariableIsEmpty("INFINITI_QM")) {
            QVERIFY(m_catalogue.load(qEnvironmentVariable("INFINITI_QM")));
            QCoreApplication::installTranslator(&m_catalogue);
        }
        if (!m_shots.isEmpty())
            QVERIFY(QDir().mkpath(m_shots));
        m_sim = std::make_unique<SimFixture>(300);
    }

    void everyAreaAtRestInBothThemesAndSizes_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QSize>("size");
        for (const Theme::Mode mode : {Theme::Mode::Light, Theme::Mode::Dark}) {
            for (const QSize size : {QSize(1024, 700), QSize(1920, 1080)})
                QTest::addRow("%s-%dx%d", qPrintable(Theme::name(mode)), size.width(),
                              size.height())
                    << int(mode) << size;
        }
    }

    void everyAreaAtRestInBothThemesAndSizes()
    {
        QFETCH(int, mode);
        QFETCH(QSize, size);
        Theme::apply(Theme::Mode(mode));
        const QString stem =
            u"%1-%2x%3"_s.arg(Theme::name(Theme::Mode(mode))).arg(size.width()).arg(size.height());

        ConsoleController console(nullptr, nullptr);
        console.startDemo(m_sim->server->baseUrl(), u"admin"_s, u"admin"_s);
        QVERIFY(QTest::qWaitFor([&] { return console.window() && console.window()->isVisible(); }));
        MainWindow *window = console.window();
        window->resize(size);
        QVERIFY2(window->minimumSizeHint().width() <= size.width() &&
                     window->minimumSizeHint().height() <= size.height(),
                 qPrintable(u"the window needs %1×%2"_s.arg(window->minimumSizeHint().width())
                                .arg(window->minimumSizeHint().height())));
        QCOMPARE(window->size(), size);

        auto *go = window->findChild<QMenu *>(u"goMenu"_s);
        QVERIFY(go);
        QStringList problems;
        int areas = 0;
        int sheets = 0;
        for (QAction *area : go->actions()) {
            if (area->isSeparator() || !area->isVisible())
                continue;
            ++areas;
            area->trigger();
            Pane *pane = window->currentPane();
            QCOMPARE(pane->title(), QString(area->text()).remove(u'&'));
            QString error;
            if (!settle(pane, &error)) {
                problems << u"%1: %2"_s.arg(pane->title(), error);
                continue;
            }
            QTest::qWait(50);
            if (size.width() >= 1920) { // where there is room, no title is cut
                for (QAbstractItemView *v : visibleViews(pane)) {
                    for (const QString &cut : cutHeaders(columnHeader(v)))
                        problems << u"%1: header %2"_s.arg(pane->title(), cut);
                }
            }
            shoot(window, stem + u"-area-"_s + slug(pane->title()));

            // The first row's properties sheet, where the area has rows and sheets.
            auto *list = qobject_cast<ListPane *>(pane);
            if (!list || list->view()->model()->rowCount() == 0 || !list->propertiesAction())
                continue;
            list->view()->setFocus();
            list->view()->selectRow(0);
            if (!list->propertiesAction()->isEnabled())
                continue;
            list->propertiesAction()->trigger();
            QDialog *sheet = nullptr;
            if (!QTest::qWaitFor([&] { return (sheet = visibleDialog()) != nullptr; }, 5000)) {
                problems << u"%1: Properties opened nothing"_s.arg(pane->title());
                continue;
            }
            ++sheets;
            QTest::qWait(400); // its fresh read
            if (sheet->width() > 1024 || sheet->height() > 700)
                problems << u"%1: the sheet \"%2\" is %3×%4, more than a 1024×700 screen"_s
                                .arg(pane->title(), sheet->windowTitle())
                                .arg(sheet->width())
                                .arg(sheet->height());
            if (size.width() < 1920) // the sheets do not depend on the window's size
                shoot(sheet, stem + u"-sheet-"_s + slug(pane->title()));
            sheet->reject();
            QTRY_VERIFY(!visibleDialog());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
        QVERIFY(areas >= 15);
        QVERIFY2(sheets >= 8, qPrintable(QString::number(sheets)));

        // The license, and the global find with a search typed.
        auto *license = window->findChild<QAction *>(u"licenseAction"_s);
        QVERIFY(license);
        license->trigger();
        QDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (dialog = visibleDialog()) != nullptr; }));
        QTest::qWait(400);
        QVERIFY(dialog->width() <= 1024 && dialog->height() <= 700);
        shoot(dialog, stem + u"-license"_s);
        dialog->reject();
        QTRY_VERIFY(!visibleDialog());

        window->findChild<QAction *>(u"globalFindAction"_s)->trigger();
        QVERIFY(QTest::qWaitFor([&] { return (dialog = visibleDialog()) != nullptr; }));
        auto *find = qobject_cast<GlobalFind *>(dialog);
        QVERIFY(find);
        QTest::keyClicks(find->field(), u"ad"_s);
        QTRY_VERIFY(find->results()->topLevelItemCount() > 0);
        QTest::qWait(600);
        shoot(window, stem + u"-find"_s);
        shoot(dialog, stem + u"-find-popup"_s);
        dialog->reject();
        window->close();
        QSettings().remove(u"window"_s);
    }

    // The first view of every area at the default size (1152×720, a 1280×800 screen's): no
    // column's title is cut, every column but the descriptive one (which takes what is left and
    // cuts a long text with an ellipsis) shows the first rows' values whole, and nothing lies
    // beyond the right edge.
    void firstViewIsReadableAtTheDefaultSize()
    {
        QSettings().remove(u"views"_s);
        Theme::apply(Theme::Mode::Light);
        ConsoleController console(nullptr, nullptr);
        console.startDemo(m_sim->server->baseUrl(), u"admin"_s, u"admin"_s);
        QVERIFY(QTest::qWaitFor([&] { return console.window() && console.window()->isVisible(); }));
        MainWindow *window = console.window();
        window->resize(1152, 720);
        auto *go = window->findChild<QMenu *>(u"goMenu"_s);
        QStringList problems;
        for (QAction *area : go->actions()) {
            if (area->isSeparator() || !area->isVisible())
                continue;
            area->trigger();
            auto *pane = qobject_cast<ListPane *>(window->currentPane());
            QString error;
            if (!pane || !settle(pane, &error))
                continue;
            QTableView *view = pane->view();
            // Fitted once the rows are there (on a loaded machine that takes longer than the
            // 100 ms once waited here: it failed now and then); a real overflow stays.
            QTest::qWait(100);
            (void)QTest::qWaitFor([view] { return !view->horizontalScrollBar()->isVisible(); },
                                  2000);
            const QString where = pane->title();
            for (const QString &cut : cutHeaders(view->horizontalHeader()))
                problems << u"%1: header %2"_s.arg(where, cut);
            if (view->model()->rowCount() == 0)
                continue;
            if (view->horizontalScrollBar()->isVisible())
                problems << u"%1: the columns run past the right edge"_s.arg(where);
            const int descriptive = pane->columnFitter()->stretchColumn();
            if (descriptive < 0)
                problems << u"%1: no column is fitted to the room left"_s.arg(where);
            QHeaderView *header = view->horizontalHeader();
            for (int c = 0; c < header->count(); ++c) {
                if (c == descriptive || header->isSectionHidden(c))
                    continue;
                for (int row = 0; row < qMin(20, view->model()->rowCount()); ++row) {
                    const QString text = view->model()->index(row, c).data().toString();
                    const int needs = view->fontMetrics().horizontalAdvance(text) + 8;
                    if (needs > header->sectionSize(c)) {
                        problems << u"%1: \"%2\" cut in %3 (needs %4, has %5)"_s.arg(where, text)
                                        .arg(
                                            view->model()->headerData(c, Qt::Horizontal).toString())
                                        .arg(needs)
                                        .arg(header->sectionSize(c));
                        break;
                    }
                }
            }
            shoot(window, u"default-size-"_s + slug(where));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
        window->close();
        QSettings().remove(u"window"_s);
    }

    void cleanupTestCase() { Theme::apply(Theme::Mode::Light); }
};

QTEST_MAIN(TourTest)
#include "tst_tour.moc"
