// SPDX-License-Identifier: MIT
#include "plotpanel.h"

#include "heartrateview.h"
#include "plotcanvas.h"
#include "plotcolors.h"
#include "plotstatsmodel.h"

#include <gattscope/core/export/seriescsvwriter.h>
#include <gattscope/core/series/seriesrecorder.h>
#include <gattscope/ui/common/recentfolders.h>
#include <gattscope/ui/common/retranslator.h>

#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace gattscope {

namespace {
enum ExportFormat {
    Csv,
    Png,
    Pdf
};
} // namespace

PlotPanel::PlotPanel(NotificationHub *hub, QWidget *parent)
    : QWidget(parent)
    , m_recorder(new SeriesRecorder(hub, this))
    , m_colors(new PlotColors)
{
    setObjectName(QStringLiteral("plotPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    createToolBar(layout);

    m_canvas = new PlotCanvas(m_recorder, this);
    // The canvas grows a minimum height per plot (each stays readable); the scroll area
    // around it keeps the dock's own minimum small (it shares the bottom area with the
    // traffic log, tabbed, and the larger minimum of the two would be the log's too).
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("plotScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_canvas);
    m_scroll->setMinimumHeight(100);
    m_scroll->setMinimumWidth(200);

    m_heartRateColumn = new QWidget(this);
    m_heartRateLayout = new QVBoxLayout(m_heartRateColumn);
    m_heartRateLayout->setContentsMargins(0, 0, 0, 0);
    m_heartRateLayout->addStretch(1);
    m_heartRateColumn->hide();

    auto *top = m_top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_scroll);
    top->addWidget(m_heartRateColumn);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 0);
    top->setChildrenCollapsible(false);

    m_stats = new PlotStatsModel(m_recorder, this);
    m_stats->setCursorValue([this](const SeriesRef &ref) -> std::optional<double> {
        const std::optional<qint64> t = m_canvas->cursorTimeUs();
        if (!t)
            return std::nullopt;
        const std::optional<SeriesPoint> p = m_canvas->valueAt(ref, *t);
        return p ? std::optional<double>(p->y) : std::nullopt;
    });
    m_statsView = new QTableView(this);
    m_statsView->setObjectName(QStringLiteral("plotStats"));
    m_statsView->setModel(m_stats);
    Retranslator::bind(this, [this] { m_stats->retranslate(); });
    m_statsView->verticalHeader()->hide();
    m_statsView->verticalHeader()->setDefaultSectionSize(m_statsView->fontMetrics().height() + 6);
    m_statsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_statsView->horizontalHeader()->setSectionResizeMode(int(PlotStatsModel::Column::Series),
                                                          QHeaderView::Stretch);
    m_statsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_statsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_statsView, &QWidget::customContextMenuRequested, this, &PlotPanel::showStatsMenu);

    // The table is as high as its rows (two series need no 150 px) and can be hidden; the
    // plots take the rest.
    layout->addWidget(top, 1);
    layout->addWidget(m_statsView, 0);
    connect(m_stats, &QAbstractItemModel::rowsInserted, this, &PlotPanel::fitStatisticsHeight);
    connect(m_stats, &QAbstractItemModel::rowsRemoved, this, &PlotPanel::fitStatisticsHeight);
    connect(m_stats, &QAbstractItemModel::modelReset, this, &PlotPanel::fitStatisticsHeight);
    fitStatisticsHeight();
    const QSettings settings;
    setStatisticsVisible(settings.value(QStringLiteral("plots/statistics"), true).toBool());
    setLegendVisible(settings.value(QStringLiteral("plots/legend"), true).toBool());

    connect(m_recorder, &SeriesRecorder::streamAdded, this, &PlotPanel::onStreamAdded);
    connect(m_recorder, &SeriesRecorder::seriesAdded, this, &PlotPanel::onSeriesAdded);
    connect(m_recorder, &SeriesRecorder::dataAppended, this, &PlotPanel::onDataAppended);
    connect(m_canvas, &PlotCanvas::userNavigated, this, [this] { setPaused(true); });
    connect(m_canvas, &PlotCanvas::cursorMoved, m_stats, &PlotStatsModel::refreshCursor);

    // Statistics and heart-rate read-outs refresh at 4 Hz while data flows: numbers that
    // change 30 times a second cannot be read anyway.
    m_statsTimer.setInterval(250);
    connect(&m_statsTimer, &QTimer::timeout, this, [this] {
        if (!m_statsDirty) {
            m_statsTimer.stop();
            return;
        }
        refreshStatistics();
    });
}

PlotPanel::~PlotPanel()
{
    // The statistics model and its view are children, destroyed by ~QWidget after this
    // object has stopped being a PlotPanel; the view may still ask for the Cursor column
    // then. The callback reads m_canvas through `this`, so it must not outlive us (UBSan:
    // "member access within … not an object of type PlotPanel").
    m_stats->setCursorValue({});
    delete m_colors;
}

void PlotPanel::createToolBar(QVBoxLayout *layout)
{
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("plotToolBar"));
    bar->setIconSize(QSize(16, 16));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_pauseAction = bar->addAction(QIcon(QStringLiteral(":/gattscope/icons/pause.svg")), QString());
    m_pauseAction->setObjectName(QStringLiteral("plotPause"));
    m_pauseAction->setCheckable(true);
    connect(m_pauseAction, &QAction::toggled, this, &PlotPanel::setPaused);

    auto *windowLabel = new QLabel(bar);
    bar->addWidget(windowLabel);
    m_windowCombo = new QComboBox(bar);
    m_windowCombo->setObjectName(QStringLiteral("plotWindow"));
    for (const int ms : { 10'000, 60'000, 600'000, 0 })
        m_windowCombo->addItem(QString(), ms);
    bar->addWidget(m_windowCombo);
    connect(m_windowCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        setWindow(std::chrono::milliseconds(m_windowCombo->itemData(index).toLongLong()));
        setPaused(false);
    });

    m_autoScaleAction = bar->addAction(QString());
    m_autoScaleAction->setCheckable(true);
    m_autoScaleAction->setChecked(true);
    connect(m_autoScaleAction, &QAction::toggled, this, &PlotPanel::setAutoScaleY);

    m_cursorAction = bar->addAction(QString());
    m_cursorAction->setCheckable(true);
    connect(m_cursorAction, &QAction::toggled, this, &PlotPanel::setCursorEnabled);

    m_legendAction = bar->addAction(QString());
    m_legendAction->setObjectName(QStringLiteral("plotLegend"));
    m_legendAction->setCheckable(true);
    m_legendAction->setChecked(true);
    connect(m_legendAction, &QAction::toggled, this, [this](bool on) {
        setLegendVisible(on);
        QSettings().setValue(QStringLiteral("plots/legend"), on);
    });
    m_statsAction = bar->addAction(QString());
    m_statsAction->setObjectName(QStringLiteral("plotStatistics"));
    m_statsAction->setCheckable(true);
    m_statsAction->setChecked(true);
    connect(m_statsAction, &QAction::toggled, this, [this](bool on) {
        setStatisticsVisible(on);
        QSettings().setValue(QStringLiteral("plots/statistics"), on);
    });

    bar->addSeparator();
    auto *exportButton = new QToolButton(bar);
    exportButton->setIcon(QIcon(QStringLiteral(":/gattscope/icons/save.svg")));
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    QAction *csv = menu->addAction(QString(), this, [this] { exportInteractively(Csv); });
    QAction *png = menu->addAction(QString(), this, [this] { exportInteractively(Png); });
    QAction *pdf = menu->addAction(QString(), this, [this] { exportInteractively(Pdf); });
    exportButton->setMenu(menu);
    bar->addWidget(exportButton);

    QAction *clear = bar->addAction(QIcon(QStringLiteral(":/gattscope/icons/clear.svg")), QString());
    connect(clear, &QAction::triggered, this, &PlotPanel::clearData);

    m_pausedLabel = new QLabel(bar);
    m_pausedLabel->setObjectName(QStringLiteral("plotPausedHint"));
    m_pausedLabel->setStyleSheet(QStringLiteral("color: #D55E00"));
    m_pausedLabelAction = bar->addWidget(m_pausedLabel);
    m_pausedLabelAction->setVisible(false);

    Retranslator::bind(this, [=, this] {
        m_pauseAction->setText(tr("Pause"));
        m_pauseAction->setToolTip(
            tr("Freeze the plots. Recording continues; resume to follow the newest data."));
        windowLabel->setText(tr(" Window "));
        m_windowCombo->setItemText(0, tr("10 s"));
        m_windowCombo->setItemText(1, tr("60 s"));
        m_windowCombo->setItemText(2, tr("10 min"));
        m_windowCombo->setItemText(3, tr("All"));
        m_windowCombo->setToolTip(tr("Time span shown while following live data"));
        m_autoScaleAction->setText(tr("Auto-scale Y"));
        m_autoScaleAction->setToolTip(
            tr("Fit the value axes to the visible data. Off: drag and zoom them too."));
        m_cursorAction->setText(tr("Cursor"));
        m_cursorAction->setToolTip(tr("A vertical cursor that follows the mouse and reads every series"));
        m_legendAction->setText(tr("Legend"));
        m_legendAction->setToolTip(tr("Show the names of the series beside each plot"));
        m_statsAction->setText(tr("Statistics"));
        m_statsAction->setToolTip(tr("Show the statistics table below the plots"));
        exportButton->setText(tr("Export"));
        csv->setText(tr("Samples as CSV…"));
        png->setText(tr("Plot as PNG…"));
        pdf->setText(tr("Plot as PDF…"));
        clear->setText(tr("Clear"));
        clear->setToolTip(tr("Forget the recorded points of every plotted stream"));
        m_pausedLabel->setText(tr("  Paused: recording continues"));
    });
    layout->addWidget(bar);
}

int PlotPanel::addStream(const StreamKey &key, const QString &label, const DecoderSpec &spec)
{
    return m_recorder->addStream(key, label, spec);
}

int PlotPanel::addPolledStream(const StreamKey &key, const QString &label, const DecoderSpec &spec,
                               ReadPoller::ReadFunction read, std::chrono::milliseconds interval)
{
    return m_recorder->addPolledStream(key, label, spec, std::move(read), interval);
}

void PlotPanel::removeStream(int id)
{
    m_canvas->removeStream(id);
    m_stats->removeStream(id);
    m_colors->releaseStream(id);
    if (HeartRateView *view = m_heartRate.take(id))
        delete view;
    m_heartRateColumn->setVisible(!m_heartRate.isEmpty());
    m_recorder->removeStream(id);
    if (m_recorder->streamIds().isEmpty())
        m_unsaved = false; // nothing left to lose
    Q_EMIT streamsChanged();
}

QList<int> PlotPanel::streams() const
{
    return m_recorder->streamIds();
}

void PlotPanel::onStreamAdded(int id)
{
    const RecordedStream *stream = m_recorder->stream(id);
    if (stream && stream->decoder->isHeartRate()) {
        auto *view = new HeartRateView(m_recorder, id, m_heartRateColumn);
        m_heartRateLayout->insertWidget(m_heartRateLayout->count() - 1, view);
        m_heartRate.insert(id, view);
        m_heartRateColumn->show();
    }
    Q_EMIT streamsChanged();
}

void PlotPanel::onSeriesAdded(int id, int seriesIndex)
{
    const RecordedStream *stream = m_recorder->stream(id);
    if (!stream)
        return;
    const SeriesRef ref { id, seriesIndex };
    const QString seriesName = stream->series[size_t(seriesIndex)]->info.name;
    const QString name = stream->decoder->series().size() > 1 || stream->label.isEmpty()
        ? (stream->label.isEmpty() ? seriesName : tr("%1 · %2").arg(stream->label, seriesName))
        : stream->label;
    const QColor color = m_colors->colorFor(ref);
    m_canvas->addSeries(ref, color, name);
    m_stats->addSeries(ref, color, name);
}

void PlotPanel::onDataAppended(int id)
{
    Q_UNUSED(id)
    m_unsaved = true;
    m_canvas->invalidateData();
    m_statsDirty = true;
    if (!m_statsTimer.isActive())
        m_statsTimer.start();
}

void PlotPanel::refreshStatistics()
{
    m_statsDirty = false;
    m_stats->refresh();
    for (HeartRateView *view : std::as_const(m_heartRate))
        view->refresh();
}

void PlotPanel::setWindow(std::chrono::milliseconds window)
{
    m_canvas->setWindowUs(qint64(window.count()) * 1000);
    const int index = m_windowCombo->findData(qlonglong(window.count()));
    if (index >= 0 && index != m_windowCombo->currentIndex()) {
        const QSignalBlocker block(m_windowCombo);
        m_windowCombo->setCurrentIndex(index);
    }
}

std::chrono::milliseconds PlotPanel::window() const
{
    return std::chrono::milliseconds(m_canvas->windowUs() / 1000);
}

void PlotPanel::setPaused(bool paused)
{
    if (paused == isPaused())
        return;
    m_canvas->setFollowing(!paused);
    {
        const QSignalBlocker block(m_pauseAction);
        m_pauseAction->setChecked(paused);
    }
    m_pausedLabelAction->setVisible(paused);
    Q_EMIT pausedChanged(paused);
}

bool PlotPanel::isPaused() const
{
    return !m_canvas->isFollowing();
}

void PlotPanel::setAutoScaleY(bool on)
{
    m_canvas->setAutoScaleY(on);
    const QSignalBlocker block(m_autoScaleAction);
    m_autoScaleAction->setChecked(on);
}

void PlotPanel::setCursorEnabled(bool on)
{
    m_canvas->setCursorEnabled(on);
    const QSignalBlocker block(m_cursorAction);
    m_cursorAction->setChecked(on);
}

void PlotPanel::setStatisticsVisible(bool on)
{
    m_statsView->setVisible(on);
    const QSignalBlocker block(m_statsAction);
    m_statsAction->setChecked(on);
}

bool PlotPanel::isStatisticsVisible() const
{
    return !m_statsView->isHidden();
}

void PlotPanel::setLegendVisible(bool on)
{
    m_canvas->setLegendVisible(on);
    const QSignalBlocker block(m_legendAction);
    m_legendAction->setChecked(on);
}

void PlotPanel::fitStatisticsHeight()
{
    // Header and rows, at most six rows (then it scrolls): never more than it shows.
    const int rows = std::clamp(m_stats->rowCount(), 1, 6);
    const int height = m_statsView->horizontalHeader()->sizeHint().height()
        + rows * m_statsView->verticalHeader()->defaultSectionSize() + 2 * m_statsView->frameWidth()
        + (m_statsView->horizontalScrollBar()->isVisible() ? m_statsView->horizontalScrollBar()->height()
                                                           : 0);
    m_statsView->setFixedHeight(height);
}

void PlotPanel::resetLayout()
{
    const int heartRate = m_heartRateColumn->isVisible() ? m_heartRateColumn->sizeHint().width() : 0;
    m_top->setSizes({ qMax(200, m_top->width() - heartRate), heartRate });
}

void PlotPanel::addMarker(const DeviceAddress &device, qint64 tUs, const QString &label)
{
    m_canvas->addMarker(device, tUs, label);
}

void PlotPanel::clearData()
{
    m_canvas->clearMarkers();
    m_recorder->clearData(); // the canvas notices through SeriesBuffer::generation()
    m_unsaved = false; // after: clearing announces every stream through dataAppended()
    m_canvas->invalidateView();
    refreshStatistics();
}

Status PlotPanel::exportCsv(const QString &fileName) const
{
    if (const Error error = SeriesCsvWriter::write(*m_recorder, fileName))
        return error;
    m_unsaved = false;
    return success();
}

Status PlotPanel::exportPng(const QString &fileName, int width, int height)
{
    if (width <= 0 || height <= 0) {
        width = m_canvas->exportSize().width();
        height = m_canvas->exportSize().height();
    }
    m_canvas->invalidateView();
    m_canvas->updateFrame();
    if (!m_canvas->savePng(fileName, width, height))
        return Error(Error::Kind::InvalidArgument, tr("Cannot write %1.").arg(fileName));
    return success();
}

Status PlotPanel::exportPdf(const QString &fileName, int width, int height)
{
    if (width <= 0 || height <= 0) {
        width = m_canvas->exportSize().width();
        height = m_canvas->exportSize().height();
    }
    m_canvas->invalidateView();
    m_canvas->updateFrame();
    if (!m_canvas->savePdf(fileName, width, height, QCP::epAllowCosmetic, QString(), tr("gattscope plots")))
        return Error(Error::Kind::InvalidArgument, tr("Cannot write %1.").arg(fileName));
    return success();
}

bool PlotPanel::renderFrame()
{
    const bool drawn = m_canvas->updateFrame();
    if (m_statsDirty)
        refreshStatistics();
    return drawn;
}

void PlotPanel::showStatsMenu(const QPoint &pos)
{
    const QModelIndex index = m_statsView->indexAt(pos);
    if (!index.isValid())
        return;
    const int id = m_stats->refAt(index.row()).stream;
    QMenu menu(this);
    QAction *remove = menu.addAction(tr("Remove this stream from the plots"));
    if (menu.exec(m_statsView->viewport()->mapToGlobal(pos)) == remove)
        removeStream(id);
}

void PlotPanel::exportInteractively(int format)
{
    static const char *const filters[] = { QT_TR_NOOP("CSV files (*.csv)"), QT_TR_NOOP("PNG images (*.png)"),
                                           QT_TR_NOOP("PDF documents (*.pdf)") };
    static const char *const suffixes[] = { ".csv", ".png", ".pdf" };
    QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export plots"),
        RecentFolders::suggest(QStringLiteral("plots"),
                               QStringLiteral("gattscope-plots") + QLatin1String(suffixes[format])),
        tr(filters[format]));
    if (fileName.isEmpty())
        return;
    RecentFolders::remember(QStringLiteral("plots"), fileName);
    const QLatin1String suffix(suffixes[format]);
    if (!fileName.endsWith(suffix, Qt::CaseInsensitive))
        fileName += suffix;
    const Status exported = format == Csv ? exportCsv(fileName)
        : format == Png                   ? exportPng(fileName)
                                          : exportPdf(fileName);
    const QString problem = exported.ok()      ? QString()
        : exported.error().message().isEmpty() ? exported.error().name()
                                               : exported.error().message();
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Export plots"), problem);
}

} // namespace gattscope
