// SPDX-License-Identifier: MIT
// The window's layout with a live plot (issue 16): readable charts at laptop and desktop sizes
// (a minimum height each, scrolling past it), legends beside the data, a statistics table no
// higher than its rows and one that can be hidden, exports at a size of their own; splitters
// that cannot hide a pane; View → Reset layout; the layout saved per screen size; the
// keyboard-shortcut list; file dialogs that remember their folder.
#include "support/demosession.h"

#include <gattscope/app/gui/appcatalog.h>
#include <gattscope/core/series/seriesrecorder.h>
#include <gattscope/ui/common/recentfolders.h>
#include <gattscope/ui/plot/plotcanvas.h>
#include <gattscope/ui/plot/plotpanel.h>
#include <gattscope/ui/plot/plotstatsmodel.h>

#include <QDockWidget>
#include <QHeaderView>
#include <QImage>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

using namespace gattscope;
using namespace gattscope::test;

namespace {

const Uuid HeartRateMeasurement(quint16(0x2A37));

// The number of whole tree rows the view shows.
int visibleRows(const QTreeView *view)
{
    const int row = view->sizeHintForRow(0) > 0 ? view->sizeHintForRow(0) : view->fontMetrics().height();
    return view->viewport()->height() / row;
}

} // namespace

class TestWindowLayout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A window of `size` on the Demo dongle with the strap's heart rate plotted, as a user
    // gets it from the tree's Plot action.
    std::unique_ptr<MainWindow> windowWithHeartRate(const QSize &size)
    {
        auto window = std::make_unique<MainWindow>(makeBackendCatalog());
        window->resize(size);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        if (!window->openBackend(QStringLiteral("demo")).ok())
            return nullptr;
        DeviceTab *tab = connectAndDiscover(window.get(), HrmStrap);
        if (!tab)
            return nullptr;
        const Characteristic *hrm = characteristic(tab, HeartRateMeasurement);
        if (!hrm || !tab->selectHandle(hrm->valueHandle))
            return nullptr;
        window->plotAction()->trigger();
        PlotPanel *panel = window->plotPanel();
        [&] {
            QTRY_COMPARE(panel->streams().size(), 1);
            const RecordedStream *stream = panel->recorder()->stream(panel->streams().first());
            QTRY_VERIFY_WITH_TIMEOUT(stream->series.size() == 2 && stream->series[1]->buffer.size() >= 2,
                                     8000);
            panel->renderFrame();
            QTRY_COMPARE(panel->canvas()->plotCount(), 2);
        }();
        // Let the docks and the scroll area settle on their sizes, then draw.
        QCoreApplication::processEvents();
        panel->canvas()->invalidateView();
        panel->renderFrame();
        panel->canvas()->replot();
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }

    void plotsAreReadable_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x820") << QSize(1280, 820);
        QTest::newRow("1600x1000") << QSize(1600, 1000);
    }
    void plotsAreReadable()
    {
        QFETCH(QSize, size);
        const std::unique_ptr<MainWindow> window = windowWithHeartRate(size);
        QVERIFY(window);
        PlotPanel *panel = window->plotPanel();
        PlotCanvas *canvas = panel->canvas();

        // Every chart has room for its ticks and labels (they were ~40 px); what does not
        // fit scrolls.
        for (int i = 0; i < canvas->plotCount(); ++i) {
            QVERIFY2(canvas->plotHeight(i) >= PlotCanvas::MinimumPlotHeight,
                     qPrintable(QStringLiteral("plot %1 is %2 px high").arg(i).arg(canvas->plotHeight(i))));
            QVERIFY2(!canvas->legendOverlapsData(i), qPrintable(QString::number(i)));
        }
        QVERIFY(canvas->height() >= canvas->minimumHeight());
        const QScrollArea *scroll = panel->plotScrollArea();
        if (canvas->height() > scroll->viewport()->height())
            QVERIFY(scroll->verticalScrollBar()->isVisible());

        // The table is as high as its two rows, not a share of the dock.
        QTableView *stats = panel->statsView();
        QCOMPARE(panel->statsModel()->rowCount(), 2);
        const int rows = stats->horizontalHeader()->height()
            + 2 * stats->verticalHeader()->defaultSectionSize() + 2 * stats->frameWidth();
        QVERIFY2(stats->height() <= rows + stats->horizontalScrollBar()->height(),
                 qPrintable(QStringLiteral("%1 > %2").arg(stats->height()).arg(rows)));
        // … and can be hidden, which the plots get; the choice is remembered.
        const int before = scroll->height();
        panel->statisticsAction()->trigger();
        QVERIFY(!panel->isStatisticsVisible());
        QTRY_VERIFY(scroll->height() > before);
        QCOMPARE(QSettings().value(QStringLiteral("plots/statistics")).toBool(), false);
        panel->statisticsAction()->trigger();
        QVERIFY(panel->isStatisticsVisible());

        // The legends can go, and come back beside the data.
        panel->legendAction()->trigger();
        QVERIFY(!canvas->isLegendVisible());
        panel->legendAction()->trigger();
        QVERIFY(canvas->isLegendVisible());

        // The GATT tree keeps more than a few rows beside the plots.
        DeviceTab *tab = window->deviceTab(HrmStrap);
        QVERIFY(tab);
        QVERIFY2(visibleRows(tab->treeView()) >= 4,
                 qPrintable(QString::number(visibleRows(tab->treeView()))));

        // The export has a size of its own, whatever the dock gives the charts on screen.
        const QString png = m_dir.filePath(QStringLiteral("plots-%1.png").arg(size.width()));
        const Status exported = panel->exportPng(png);
        QVERIFY2(exported.ok(), qPrintable(exported.error().message()));
        const QImage image(png);
        QCOMPARE(image.size(), canvas->exportSize());
        QVERIFY(image.width() >= 1200);
        QVERIFY(image.height() >= 2 * 280);
    }

    void splittersKeepEveryPane()
    {
        const std::unique_ptr<MainWindow> window = windowWithHeartRate(QSize(1280, 820));
        QVERIFY(window);
        DeviceTab *tab = window->deviceTab(HrmStrap);
        QSplitter *splitter = tab->splitter();
        QVERIFY(!splitter->childrenCollapsible());
        // Dragging the handle all the way leaves the editor its minimum, and the tree its.
        const auto minimum = [splitter](int i) {
            return splitter->orientation() == Qt::Vertical ? splitter->widget(i)->minimumHeight()
                                                           : splitter->widget(i)->minimumWidth();
        };
        QVERIFY(minimum(0) > 0 && minimum(1) > 0);
        splitter->setSizes({ 5000, 0 });
        QVERIFY2(splitter->sizes().at(1) >= minimum(1), qPrintable(QString::number(splitter->sizes().at(1))));
        splitter->setSizes({ 0, 5000 });
        QVERIFY2(splitter->sizes().at(0) >= minimum(0), qPrintable(QString::number(splitter->sizes().at(0))));

        // A bottom dock dragged to the top leaves the tree its rows.
        window->resizeDocks({ window->plotDock() }, { 5000 }, Qt::Vertical);
        QCoreApplication::processEvents();
        QTRY_VERIFY2(visibleRows(tab->treeView()) >= 2,
                     qPrintable(QString::number(visibleRows(tab->treeView()))));
    }

    void resetLayoutRestoresTheDefaults()
    {
        const std::unique_ptr<MainWindow> window = windowWithHeartRate(QSize(1280, 820));
        QVERIFY(window);
        DeviceTab *tab = window->deviceTab(HrmStrap);
        const Qt::Orientation orientation = tab->splitter()->orientation();
        auto *scanner = window->findChild<QDockWidget *>(QStringLiteral("scannerDock"));
        QVERIFY(scanner);
        const int scannerWidth = scanner->width();

        // A squashed session: a huge bottom area, the scanner closed, the editor pushed aside.
        window->resizeDocks({ window->plotDock() }, { 5000 }, Qt::Vertical);
        scanner->hide();
        tab->splitter()->setSizes({ 5000, 0 });
        QCoreApplication::processEvents();

        // View → Reset layout.
        QVERIFY(window->resetLayoutAction());
        bool inViewMenu = false;
        for (QAction *menu : window->menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(window->resetLayoutAction()))
                inViewMenu = true;
        }
        QVERIFY(inViewMenu);
        window->resetLayoutAction()->trigger();
        QTRY_VERIFY(scanner->isVisible());
        QTRY_VERIFY(qAbs(scanner->width() - scannerWidth) < 40);
        auto *log = window->findChild<QDockWidget *>(QStringLiteral("logDock"));
        QVERIFY(log);
        QTRY_VERIFY2(log->height() < 330, qPrintable(QString::number(log->height())));
        // Tree and editor as on a first start: the tree most of the height (stacked), or the
        // editor its 420 px (side by side).
        QCOMPARE(tab->splitter()->orientation(), orientation);
        const QList<int> sizes = tab->splitter()->sizes();
        QCOMPARE(sizes.size(), 2);
        if (orientation == Qt::Vertical) {
            const double tree = double(sizes[0]) / (sizes[0] + sizes[1]);
            QVERIFY2(tree > 0.55 && tree < 0.75, qPrintable(QString::number(tree)));
        } else {
            QVERIFY2(qAbs(sizes[1] - qMax(420, (sizes[0] + sizes[1]) * 36 / 100)) < 30,
                     qPrintable(QString::number(sizes[1])));
        }
        QVERIFY2(visibleRows(tab->treeView()) >= 6,
                 qPrintable(QString::number(visibleRows(tab->treeView()))));
    }

    void layoutIsSavedPerScreenSize()
    {
        auto window = std::make_unique<MainWindow>(makeBackendCatalog());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const QString group = window->layoutSettingsGroup();
        const QSize screen = window->screen()->availableSize();
        QCOMPARE(group, QStringLiteral("window/%1x%2").arg(screen.width()).arg(screen.height()));
        auto *scanner = window->findChild<QDockWidget *>(QStringLiteral("scannerDock"));
        scanner->hide();
        QVERIFY(window->close());
        window.reset();
        QSettings settings;
        QVERIFY(settings.contains(group + QStringLiteral("/state")));
        QVERIFY(settings.contains(group + QStringLiteral("/geometry")));
        QVERIFY(!settings.contains(QStringLiteral("window/state"))); // no layout for every screen

        // The same screen: restored.
        window = std::make_unique<MainWindow>(makeBackendCatalog());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(!window->findChild<QDockWidget *>(QStringLiteral("scannerDock"))->isVisible());
        window->setLayoutSaved(false);
        window->close();
        window.reset();

        // A layout made on a screen of another size is not applied here.
        const QByteArray state = settings.value(group + QStringLiteral("/state")).toByteArray();
        settings.remove(group);
        settings.setValue(QStringLiteral("window/3840x2100/state"), state);
        window = std::make_unique<MainWindow>(makeBackendCatalog());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(window->findChild<QDockWidget *>(QStringLiteral("scannerDock"))->isVisible());
        // Not saved when told so (a --window-size run).
        window->setLayoutSaved(false);
        window->close();
        QVERIFY(!QSettings().contains(group + QStringLiteral("/state")));
    }

    void shortcutsAreListedFromTheActions()
    {
        MainWindow window(makeBackendCatalog());
        const QList<QPair<QString, QString>> list = window.shortcutList();
        const auto has = [&list](const QString &text, const QKeySequence &key) {
            return list.contains({ text, key.toString(QKeySequence::NativeText) });
        };
        QVERIFY(has(QStringLiteral("Read"), QKeySequence(Qt::CTRL | Qt::Key_R)));
        QVERIFY(has(QStringLiteral("Write"), QKeySequence(Qt::CTRL | Qt::Key_W)));
        QVERIFY(has(QStringLiteral("Plot"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)));
        // Every action with a shortcut, and nothing else.
        QSet<QString> expected;
        for (const QAction *action : window.findChildren<QAction *>()) {
            if (!action->shortcut().isEmpty() && !action->text().isEmpty())
                expected.insert(action->shortcut().toString(QKeySequence::NativeText));
        }
        QSet<QString> listed;
        for (const auto &row : list) {
            QVERIFY2(!row.first.contains(u'&'), qPrintable(row.first));
            listed.insert(row.second);
        }
        QCOMPARE(listed, expected);
        // A new action shows up without anyone editing a list.
        auto *extra = new QAction(QStringLiteral("&Frobnicate"), &window);
        extra->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
        QVERIFY(window.shortcutList().contains(
            { QStringLiteral("Frobnicate"),
              QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F).toString(QKeySequence::NativeText) }));
        QVERIFY(window.shortcutsAction());
    }

    void fileDialogsRememberTheirFolder()
    {
        QCOMPARE(RecentFolders::folder(QStringLiteral("plots")), QDir::homePath());
        RecentFolders::remember(QStringLiteral("plots"), m_dir.filePath(QStringLiteral("a.png")));
        QCOMPARE(RecentFolders::folder(QStringLiteral("plots")), m_dir.path());
        QCOMPARE(RecentFolders::suggest(QStringLiteral("plots"), QStringLiteral("b.pdf")),
                 m_dir.filePath(QStringLiteral("b.pdf")));
        QCOMPARE(RecentFolders::folder(QStringLiteral("log")), QDir::homePath()); // per kind
        // A folder that went away: home again.
        RecentFolders::remember(QStringLiteral("log"), m_dir.filePath(QStringLiteral("gone/x.csv")));
        QCOMPARE(RecentFolders::folder(QStringLiteral("log")), QDir::homePath());
    }
};

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
