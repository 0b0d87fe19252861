// SPDX-License-Identifier: MIT
#include "plotcanvas.h"

#include <gattscope/core/series/decimator.h>
#include <gattscope/core/series/livedecimator.h>
#include <gattscope/core/series/recordedstream.h>
#include <gattscope/core/series/seriesrecorder.h>
#include <gattscope/ui/common/retranslator.h>

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace gattscope {

namespace {
const QString CursorLayer = QStringLiteral("cursor");
// Points per frame (all series) up to which lines may be antialiased.
constexpr qsizetype AntialiasBudget = 20'000;
// A series is drawn antialiased only while its segments are long enough for smoothing to
// show: fewer points than its plot's width / SparsePixelsPerPoint. Dense data (a point or
// two per pixel column) covers the same pixels either way, and its antialiased 1.5 px
// stroke costs 3-4 times a plain one. DensePixelsPerPoint is the way back (hysteresis, so
// a series at the threshold does not flip every frame).
constexpr int SparsePixelsPerPoint = 4;
constexpr int DensePixelsPerPoint = 5;

void setSmooth(QCPGraph *graph, bool smooth)
{
    graph->setAntialiased(smooth);
    QPen pen = graph->pen();
    pen.setWidthF(smooth ? 1.5 : 1.0);
    graph->setPen(pen);
}
} // namespace

PlotCanvas::PlotCanvas(const SeriesRecorder *recorder, QWidget *parent)
    : QCustomPlot(parent)
    , m_recorder(recorder)
{
    setObjectName(QStringLiteral("plotCanvas"));
    setAutoAddPlottableToLegend(false);
    // QFlags spelled out: gattscope's own flag operators hide QCustomPlot's global ones here.
    setInteractions(QCP::Interactions(QCP::iRangeDrag) | QCP::iRangeZoom);
    setNoAntialiasingOnDrag(true);
    setPlottingHints(QCP::PlottingHints(QCP::phCacheLabels) | QCP::phFastPolylines);
    // Every buffered layer costs a full-size clear on each replot and a full-size blend on
    // each paint, so there are as few as possible: the overlay (selection rectangles, which
    // the canvas does not use) shares the one buffer of everything else, and the cursor,
    // topmost, gets a buffer of its own only while it is shown (then moving it repaints
    // that layer only).
    layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmLogical);
    addLayer(CursorLayer, layer(QStringLiteral("overlay")), QCustomPlot::limAbove);
    m_cursorLayer = layer(CursorLayer);
    m_cursorLayer->setMode(QCPLayer::lmLogical);

    plotLayout()->clear(); // areas are created per unit
    m_marginGroup = new QCPMarginGroup(this);
    showPlaceholder();

    m_frameTimer.setInterval(33);
    connect(&m_frameTimer, &QTimer::timeout, this, [this] {
        if (!isOnScreen()) {
            m_frameTimer.stop(); // hidden or minimised since: showEvent()/eventFilter() resume
            m_frameDeferred = true;
        } else if (!updateFrame()) {
            m_frameTimer.stop(); // idle until something changes
        }
    });
    setMouseTracking(true);
    // The placeholder and the time axis' title are ours; the series' names and units come
    // from the streams, named when they were plotted.
    Retranslator::bind(this, [this] {
        if (m_placeholder)
            m_placeholder->setText(placeholderText());
        if (!m_areas.empty())
            relayout();
        else
            requestFrame();
    });
}

QString PlotCanvas::placeholderText() const
{
    return m_hadStreams ? tr("No streams.")
                        : tr("No streams yet. Send a notifying or readable characteristic to "
                             "the plots from the GATT tree's context menu.");
}

void PlotCanvas::showPlaceholder()
{
    m_placeholder = new QCPTextElement(this, placeholderText());
    m_placeholder->setTextColor(palette().color(QPalette::Disabled, QPalette::Text));
    plotLayout()->addElement(0, 0, m_placeholder);
}

PlotCanvas::~PlotCanvas()
{
    qDeleteAll(m_areas);
}

const SeriesBuffer *PlotCanvas::buffer(const SeriesRef &ref) const
{
    const RecordedStream *stream = m_recorder->stream(ref.stream);
    if (!stream || ref.series < 0 || size_t(ref.series) >= stream->series.size())
        return nullptr;
    return &stream->series[size_t(ref.series)]->buffer;
}

PlotCanvas::Area *PlotCanvas::areaFor(const SeriesRef &ref)
{
    const RecordedStream *stream = m_recorder->stream(ref.stream);
    const QString unit = stream ? stream->series[size_t(ref.series)]->info.unit : QString();
    for (Area *area : m_areas) {
        if (area->unit != unit)
            continue;
        if (!unit.isEmpty() || area->ownerStream == ref.stream)
            return area;
    }
    return createArea(unit, ref.stream);
}

PlotCanvas::Area *PlotCanvas::createArea(const QString &unit, int ownerStream)
{
    if (m_placeholder) {
        plotLayout()->remove(m_placeholder);
        m_placeholder = nullptr;
        m_hadStreams = true;
    }
    auto *area = new Area;
    area->unit = unit;
    area->ownerStream = ownerStream;
    area->rect = new QCPAxisRect(this, true);
    area->rect->axis(QCPAxis::atTop)->setVisible(false);
    area->rect->axis(QCPAxis::atRight)->setVisible(false);
    area->rect->setMarginGroup(QCP::MarginSides(QCP::msLeft) | QCP::msRight, m_marginGroup);
    area->rect->setRangeDrag(m_autoScaleY ? Qt::Horizontal : Qt::Horizontal | Qt::Vertical);
    area->rect->setRangeZoom(m_autoScaleY ? Qt::Horizontal : Qt::Horizontal | Qt::Vertical);
    area->rect->setMinimumSize(100, 60);

    QCPAxis *x = area->rect->axis(QCPAxis::atBottom);
    QCPAxis *y = area->rect->axis(QCPAxis::atLeft);
    if (!m_areas.empty())
        x->setRange(m_areas.front()->rect->axis(QCPAxis::atBottom)->range());
    else
        x->setRange(0, double(m_windowUs ? m_windowUs : 10'000'000) / 1e6);
    y->setNumberFormat(QStringLiteral("gb"));
    connect(x, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            [this, x](const QCPRange &range) { onXRangeChanged(x, range); });
    connect(y, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this] {
        if (!m_settingRange)
            requestFrame();
    });

    // The legend is a row of its own above the plot: it never covers the data, however low
    // the plot is, and takes no width from it (relayout() places it and its layer).
    area->legend = new QCPLegend;
    area->legend->setBrush(Qt::NoBrush);
    area->legend->setBorderPen(Qt::NoPen);
    area->legend->setIconSize(18, 8);
    area->legend->setRowSpacing(0);
    area->legend->setColumnSpacing(12);
    area->legend->setFillOrder(QCPLegend::foColumnsFirst);
    area->legend->setWrap(4);
    area->legend->setMargins(QMargins(2, 4, 2, 0));
    area->legend->setVisible(m_legendVisible);
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    area->legend->setFont(legendFont);

    m_areas.push_back(area);
    relayout();
    // Items after the rect is in the layout: their constructors look for an axis rect.
    area->cursorLine = new QCPItemStraightLine(this);
    area->cursorLine->setLayer(m_cursorLayer);
    area->cursorLine->setClipAxisRect(area->rect);
    area->cursorLine->point1->setAxes(x, y);
    area->cursorLine->point2->setAxes(x, y);
    area->cursorLine->setPen(QPen(QColor(0xC0, 0x20, 0x20), 1, Qt::DashLine));
    area->cursorText = new QCPItemText(this);
    area->cursorText->setLayer(m_cursorLayer);
    area->cursorText->setClipAxisRect(area->rect);
    // The read-out sits beside the cursor line at the bottom of the plot.
    area->cursorText->position->setTypeX(QCPItemPosition::ptPlotCoords);
    area->cursorText->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    area->cursorText->position->setAxes(x, y);
    area->cursorText->position->setAxisRect(area->rect);
    area->cursorText->setPositionAlignment(Qt::AlignBottom | Qt::AlignLeft);
    area->cursorText->setTextAlignment(Qt::AlignLeft);
    area->cursorText->setBrush(QColor(255, 255, 255, 190));
    area->cursorText->setPadding(QMargins(4, 2, 4, 2));
    area->cursorText->setFont(legendFont);
    area->cursorLine->setVisible(false);
    area->cursorText->setVisible(false);

    return area;
}

void PlotCanvas::removeArea(Area *area)
{
    for (QCPItemStraightLine *line : std::as_const(area->markerLines))
        removeItem(line);
    for (QCPItemText *text : std::as_const(area->markerTexts))
        removeItem(text);
    removeItem(area->cursorLine);
    removeItem(area->cursorText);
    if (area->legend->layout())
        area->legend->layout()->take(area->legend);
    delete area->legend;
    plotLayout()->remove(area->rect); // deletes the rect and its axes
    m_areas.erase(std::find(m_areas.begin(), m_areas.end(), area));
    delete area;
    if (m_areas.empty()) {
        showPlaceholder();
    }
    relayout();
}

// Rows top to bottom; only the bottom plot carries the time tick labels and title.
void PlotCanvas::relayout()
{
    for (Area *area : m_areas) {
        if (area->rect->layout() == plotLayout())
            plotLayout()->take(area->rect);
        if (area->legend->layout() == plotLayout())
            plotLayout()->take(area->legend);
    }
    plotLayout()->simplify();
    for (size_t i = 0; i < m_areas.size(); ++i) {
        Area *area = m_areas[i];
        if (m_legendVisible) {
            plotLayout()->addElement(legendRow(int(i)), 0, area->legend);
            area->legend->setLayer(QStringLiteral("legend")); // it has a plot now
            plotLayout()->setRowStretchFactor(legendRow(int(i)), 0.001); // its text's height, no more
        }
        plotLayout()->addElement(plotRow(int(i)), 0, area->rect);
        QCPAxis *x = area->rect->axis(QCPAxis::atBottom);
        const bool bottom = i + 1 == m_areas.size();
        x->setTickLabels(bottom);
        x->setLabel(bottom ? tr("Time (s) since %1")
                                 .arg(m_haveOrigin ? QLocale().toString(
                                          QDateTime::fromMSecsSinceEpoch(m_originUs / 1000).time(),
                                          QStringLiteral("HH:mm:ss"))
                                                   : tr("the first sample"))
                           : QString());
    }
    updateMinimumHeight();
    m_viewDirty = true;
    m_layoutStale = true;
    requestFrame();
}

void PlotCanvas::updateMinimumHeight()
{
    // Every plot at least MinimumPlotHeight for its data, plus its top margin, and the time
    // axis' ticks and title under the bottom one (font-relative, so large fonts fit too).
    const int line = fontMetrics().height();
    const int n = int(m_areas.size());
    const int legendRow = m_legendVisible ? line + 4 : 0;
    setMinimumHeight(
        n == 0 ? 100 : n * (MinimumPlotHeight + legendRow + line) + 3 * line + 12 + n * m_heightDeficit);
}

int PlotCanvas::plotHeight(int index) const
{
    if (index < 0 || index >= int(m_areas.size()))
        return 0;
    return m_areas[size_t(index)]->rect->rect().height();
}

bool PlotCanvas::legendOverlapsData(int index) const
{
    if (index < 0 || index >= int(m_areas.size()))
        return false;
    const Area *area = m_areas[size_t(index)];
    return area->legend->visible() && area->legend->layout()
        && area->legend->outerRect().intersects(area->rect->rect());
}

void PlotCanvas::setLegendVisible(bool on)
{
    if (on == m_legendVisible)
        return;
    m_legendVisible = on;
    for (Area *area : m_areas)
        area->legend->setVisible(on);
    relayout();
}

QSize PlotCanvas::exportSize() const
{
    const int line = fontMetrics().height();
    const int n = qMax(1, int(m_areas.size()));
    return QSize(qMax(1200, width()), n * 280 + 3 * line + 12);
}

void PlotCanvas::balanceRows()
{
    // The bottom plot also holds the time axis' labels: give its row that much more, so
    // that every plot gets the same height for data.
    const int n = int(m_areas.size());
    if (n < 2)
        return;
    const int extra = m_areas.back()->rect->margins().bottom() - m_areas.front()->rect->margins().bottom();
    int total = 0;
    for (const Area *area : m_areas)
        total += area->rect->outerRect().height();
    const double each = double(total - extra) / n;
    if (extra <= 0 || each <= 1)
        return;
    for (int i = 0; i < n; ++i)
        plotLayout()->setRowStretchFactor(plotRow(i), i + 1 == n ? (each + extra) / each : 1.0);
    updateLayout();
}

int PlotCanvas::plotRow(int index) const
{
    return m_legendVisible ? 2 * index + 1 : index;
}

int PlotCanvas::legendRow(int index) const
{
    return 2 * index;
}

void PlotCanvas::updateAxisLabels(Area *area)
{
    // "Heart rate (bpm)", "x, y, z (g)": the names when they are few, always the unit.
    QStringList names;
    for (const SeriesRef &ref : std::as_const(area->refs)) {
        const RecordedStream *stream = m_recorder->stream(ref.stream);
        if (!stream)
            continue;
        const QString name = stream->series[size_t(ref.series)]->info.name;
        if (!names.contains(name))
            names.append(name);
    }
    QString label = names.size() <= 3 ? names.join(QStringLiteral(", ")) : QString();
    if (!area->unit.isEmpty())
        label = label.isEmpty() ? area->unit : tr("%1 (%2)").arg(label, area->unit);
    area->rect->axis(QCPAxis::atLeft)->setLabel(label);
}

void PlotCanvas::addSeries(const SeriesRef &ref, const QColor &color, const QString &legendName)
{
    if (m_traces.contains(ref) || !buffer(ref))
        return;
    if (!m_haveOrigin) {
        const SeriesBuffer *b = buffer(ref);
        if (!b->isEmpty()) {
            m_originUs = b->at(b->firstSequence()).tUs;
            m_haveOrigin = true;
        }
    }
    Area *area = areaFor(ref);
    QCPGraph *graph = addGraph(area->rect->axis(QCPAxis::atBottom), area->rect->axis(QCPAxis::atLeft));
    graph->setName(legendName);
    graph->setPen(QPen(color, 1.5));
    graph->setAntialiased(true); // updateFrame() decides from the points it draws
    graph->setAdaptiveSampling(false); // the LiveDecimator already reduced the points
    graph->addToLegend(area->legend);
    area->refs.append(ref);
    Trace trace;
    trace.graph = graph;
    trace.area = area;
    m_traces.insert(ref, trace);
    updateAxisLabels(area);
    syncMarkers(area);
    m_viewDirty = true;
    requestFrame();
}

void PlotCanvas::addMarker(const DeviceAddress &device, qint64 tUs, const QString &label)
{
    m_markers.append({ device, tUs, label });
    syncAllMarkers();
}

void PlotCanvas::clearMarkers()
{
    m_markers.clear();
    syncAllMarkers();
}

QList<QCPItemStraightLine *> PlotCanvas::markerLines(int index) const
{
    return index >= 0 && index < int(m_areas.size()) ? m_areas[size_t(index)]->markerLines
                                                     : QList<QCPItemStraightLine *>();
}

void PlotCanvas::syncAllMarkers()
{
    for (Area *area : m_areas)
        syncMarkers(area);
    m_viewDirty = true;
    requestFrame();
}

void PlotCanvas::syncMarkers(Area *area)
{
    for (QCPItemStraightLine *line : std::as_const(area->markerLines))
        removeItem(line);
    for (QCPItemText *text : std::as_const(area->markerTexts))
        removeItem(text);
    area->markerLines.clear();
    area->markerTexts.clear();
    if (m_markers.isEmpty())
        return;
    QList<DeviceAddress> devices;
    for (const SeriesRef &ref : std::as_const(area->refs)) {
        if (const RecordedStream *stream = m_recorder->stream(ref.stream);
            stream && !devices.contains(stream->key.device))
            devices.append(stream->key.device);
    }
    QCPAxis *x = area->rect->axis(QCPAxis::atBottom);
    QCPAxis *y = area->rect->axis(QCPAxis::atLeft);
    for (const Marker &marker : std::as_const(m_markers)) {
        if (!devices.contains(marker.device))
            continue;
        const double at = toX(marker.tUs);
        auto *line = new QCPItemStraightLine(this);
        line->setClipAxisRect(area->rect);
        line->point1->setAxes(x, y);
        line->point2->setAxes(x, y);
        line->point1->setCoords(at, 0);
        line->point2->setCoords(at, 1);
        line->setPen(QPen(QColor(0x80, 0x80, 0x80), 1.5, Qt::DashDotLine));
        line->setSelectable(false);
        area->markerLines.append(line);
        auto *text = new QCPItemText(this);
        text->setClipAxisRect(area->rect);
        text->position->setTypeX(QCPItemPosition::ptPlotCoords);
        text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        text->position->setAxes(x, y);
        text->position->setAxisRect(area->rect);
        text->position->setCoords(at, 0.03);
        text->setPositionAlignment(Qt::AlignTop | Qt::AlignLeft);
        text->setText(marker.label);
        text->setColor(QColor(0x60, 0x60, 0x60));
        text->setPadding(QMargins(3, 0, 3, 0));
        text->setSelectable(false);
        area->markerTexts.append(text);
    }
}

void PlotCanvas::removeStream(int streamId)
{
    const QList<SeriesRef> refs = m_traces.keys();
    for (const SeriesRef &ref : refs) {
        if (ref.stream != streamId)
            continue;
        const Trace trace = m_traces.take(ref);
        if (QCPAbstractLegendItem *item = trace.area->legend->itemWithPlottable(trace.graph))
            trace.area->legend->removeItem(item);
        removeGraph(trace.graph);
        trace.area->refs.removeAll(ref);
        if (trace.area->refs.isEmpty())
            removeArea(trace.area);
        else
            updateAxisLabels(trace.area);
    }
    syncAllMarkers(); // a plot may no longer show the device of its markers
}

int PlotCanvas::plotOf(const SeriesRef &ref) const
{
    const auto it = m_traces.constFind(ref);
    if (it == m_traces.constEnd())
        return -1;
    return int(std::find(m_areas.begin(), m_areas.end(), it->area) - m_areas.begin());
}

QCPGraph *PlotCanvas::graphOf(const SeriesRef &ref) const
{
    return m_traces.value(ref).graph;
}

void PlotCanvas::setWindowUs(qint64 windowUs)
{
    m_windowUs = qMax<qint64>(0, windowUs);
    m_viewDirty = true;
    requestFrame();
}

void PlotCanvas::setFollowing(bool following)
{
    if (following == m_following)
        return;
    m_following = following;
    // Freezing changes nothing on screen; resuming jumps to the newest data.
    if (following) {
        m_viewDirty = true;
        requestFrame();
    }
}

void PlotCanvas::setAutoScaleY(bool on)
{
    m_autoScaleY = on;
    // With auto-scale on, the mouse moves time only; off, it moves values too.
    const Qt::Orientations o = on ? Qt::Horizontal : Qt::Horizontal | Qt::Vertical;
    for (Area *area : m_areas) {
        area->rect->setRangeDrag(o);
        area->rect->setRangeZoom(o);
    }
    m_viewDirty = true;
    requestFrame();
}

void PlotCanvas::setCursorEnabled(bool on)
{
    m_cursorEnabled = on;
    // A new buffer layout: QCPLayer::replot() below falls back to a full replot once.
    m_cursorLayer->setMode(on ? QCPLayer::lmBuffered : QCPLayer::lmLogical);
    if (!on)
        m_cursorUs.reset();
    updateCursorItems(true);
    Q_EMIT cursorMoved();
}

void PlotCanvas::setCursorTimeUs(std::optional<qint64> tUs)
{
    m_cursorUs = tUs;
    updateCursorItems(true);
    Q_EMIT cursorMoved();
}

std::optional<SeriesPoint> PlotCanvas::valueAt(const SeriesRef &ref, qint64 tUs) const
{
    const SeriesBuffer *b = buffer(ref);
    if (!b || b->isEmpty())
        return std::nullopt;
    const quint64 after = b->upperBound(tUs);
    if (after == b->firstSequence())
        return std::nullopt;
    return b->at(after - 1);
}

void PlotCanvas::invalidateData()
{
    if (!m_haveOrigin) {
        // The first point of any plotted series becomes time zero.
        std::optional<qint64> first;
        for (auto it = m_traces.constBegin(); it != m_traces.constEnd(); ++it) {
            const SeriesBuffer *b = buffer(it.key());
            if (b && !b->isEmpty())
                first = qMin(first.value_or(b->at(b->firstSequence()).tUs), b->at(b->firstSequence()).tUs);
        }
        if (first) {
            m_originUs = *first;
            m_haveOrigin = true;
            relayout();
            syncAllMarkers(); // placed in seconds since the origin
        }
    }
    m_dataDirty = true;
    if (m_following)
        requestFrame();
}

void PlotCanvas::requestFrame()
{
    if (!isOnScreen()) {
        m_frameDeferred = true; // nobody would see it: drawn when shown again
        return;
    }
    if (!m_frameTimer.isActive())
        m_frameTimer.start();
}

bool PlotCanvas::isOnScreen() const
{
    return isVisible() && !window()->isMinimized();
}

void PlotCanvas::showEvent(QShowEvent *event)
{
    QCustomPlot::showEvent(event);
    // The top-level window may be another one now (a dock floated or docked again).
    if (m_watchedWindow != window()) {
        if (m_watchedWindow)
            m_watchedWindow->removeEventFilter(this);
        m_watchedWindow = window();
        m_watchedWindow->installEventFilter(this);
        connect(m_watchedWindow, &QObject::destroyed, this, [this](QObject *gone) {
            if (m_watchedWindow == gone)
                m_watchedWindow = nullptr;
        });
    }
    if (m_frameDeferred) {
        m_frameDeferred = false;
        requestFrame();
    }
}

bool PlotCanvas::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watchedWindow && event->type() == QEvent::WindowStateChange && m_frameDeferred
        && isOnScreen()) {
        m_frameDeferred = false;
        requestFrame();
    }
    return QCustomPlot::eventFilter(watched, event);
}

void PlotCanvas::onXRangeChanged(QCPAxis *source, const QCPRange &range)
{
    if (m_settingRange)
        return;
    // The user dragged or zoomed one plot: the others follow, and live mode stops.
    m_settingRange = true;
    for (Area *area : m_areas) {
        QCPAxis *x = area->rect->axis(QCPAxis::atBottom);
        if (x != source)
            x->setRange(range);
    }
    m_settingRange = false;
    m_viewDirty = true;
    requestFrame();
    Q_EMIT userNavigated();
}

void PlotCanvas::setTimeRange(double lo, double hi)
{
    m_settingRange = true;
    for (Area *area : m_areas)
        area->rect->axis(QCPAxis::atBottom)->setRange(lo, hi);
    m_settingRange = false;
}

// Live: the window ends at the newest point; until the data fills the window it starts
// at time zero, so a fresh plot grows from the left.
void PlotCanvas::liveRange(double &lo, double &hi) const
{
    std::optional<qint64> first, last;
    for (auto it = m_traces.constBegin(); it != m_traces.constEnd(); ++it) {
        const SeriesBuffer *b = buffer(it.key());
        if (!b || b->isEmpty())
            continue;
        const qint64 f = b->at(b->firstSequence()).tUs;
        first = first ? qMin(*first, f) : f;
        last = last ? qMax(*last, b->last().tUs) : b->last().tUs;
    }
    if (!last) {
        lo = 0;
        hi = double(m_windowUs ? m_windowUs : 10'000'000) / 1e6;
        return;
    }
    if (m_windowUs == 0) {
        lo = toX(*first);
        hi = qMax(toX(*last), lo + 1.0);
        return;
    }
    const double window = double(m_windowUs) / 1e6;
    hi = qMax(toX(*last), qMin(toX(*first), 0.0) + window);
    lo = hi - window;
}

bool PlotCanvas::updateFrame()
{
    const bool changed = m_viewDirty || (m_following && m_dataDirty);
    if (!changed || m_areas.empty())
        return false;
    QElapsedTimer timer;
    timer.start();
    if (m_layoutStale) {
        // Decimation needs the real pixel widths, which only the layout knows.
        updateLayout();
        balanceRows();
        m_layoutStale = false;
        // The estimate of the margins fell short (large fonts, long tick labels): grow the
        // minimum by what the smallest plot lacks; the scroll area resizes us, and the next
        // frame checks again.
        int shortfall = 0;
        for (const Area *area : m_areas)
            shortfall = qMax(shortfall, MinimumPlotHeight - area->rect->rect().height());
        if (shortfall > 0 && height() <= minimumHeight()) {
            m_heightDeficit += shortfall;
            updateMinimumHeight();
        }
    }
    if (m_following) {
        double lo = 0, hi = 0;
        liveRange(lo, hi);
        setTimeRange(lo, hi);
    }
    const QCPRange range = m_areas.front()->rect->axis(QCPAxis::atBottom)->range();
    const qint64 fromUs = toUs(range.lower);
    const qint64 toUsValue = toUs(range.upper);
    qsizetype drawnPoints = 0;
    for (auto it = m_traces.begin(); it != m_traces.end(); ++it) {
        if (const SeriesBuffer *b = buffer(it.key()))
            updateTrace(*it, *b, fromUs, toUsValue);
        drawnPoints += it->graph->data()->size();
    }
    m_rebuild = false;
    // Antialiased wide lines cost several times more to draw than 1-pixel ones: smooth where
    // it shows (sparse series, long segments) while the frame is light, plain for dense
    // series and heavy frames (the pixels are covered anyway).
    const bool light = drawnPoints <= AntialiasBudget;
    for (auto it = m_traces.begin(); it != m_traces.end(); ++it) {
        const qsizetype points = it->graph->data()->size();
        const int width = qMax(1, it->area->rect->width());
        const bool smooth = light
            && (it->smooth ? points * SparsePixelsPerPoint <= width : points * DensePixelsPerPoint <= width);
        if (smooth != it->smooth) {
            it->smooth = smooth;
            setSmooth(it->graph, smooth);
        }
    }
    if (m_autoScaleY)
        for (Area *area : m_areas)
            rescaleY(area, fromUs, toUsValue);
    updateCursorItems(false);
    m_viewDirty = false;
    if (m_following)
        m_dataDirty = false;
    m_lastPrepareMs = double(timer.nsecsElapsed()) / 1e6;
    replot(QCustomPlot::rpQueuedReplot);
    return true;
}

// Brings one graph's points up to date with the LiveDecimator: new complete columns are
// appended, the open column (tail) replaced, and points left of the view dropped, so a live
// frame only touches what changed. Zooming, panning out of the reduced range or a new
// width start the reduction over (a one-off, O(columns × log n)).
void PlotCanvas::updateTrace(Trace &trace, const SeriesBuffer &buffer, qint64 fromUs, qint64 toUsValue)
{
    QCPGraphDataContainer &points = *trace.graph->data();
    const qint64 column
        = LiveDecimator::columnWidthFor(toUsValue - fromUs, qMax(1, trace.area->rect->width()));
    const bool rebuild = m_rebuild || !trace.decimator.isValid() || trace.decimator.columnUs() != column
        || fromUs < trace.validFromUs
        // far behind a view that jumped ahead: starting at the view is cheaper
        || trace.decimator.doneUntilUs() < fromUs - (toUsValue - fromUs) / 2;
    if (rebuild) {
        trace.decimator.reset(column, fromUs - column);
        trace.validFromUs = trace.decimator.startUs();
        points.clear();
    }
    const qint64 previousDone = trace.decimator.doneUntilUs();
    m_completed.clear();
    if (!trace.decimator.advance(buffer, toUsValue + column, m_completed, m_tail)) {
        trace.decimator.reset(column, fromUs - column); // the series was cleared
        trace.validFromUs = trace.decimator.startUs();
        points.clear();
        m_completed.clear();
        trace.decimator.advance(buffer, toUsValue + column, m_completed, m_tail);
    } else if (!rebuild) {
        points.removeAfter(toX(previousDone - 1)); // last frame's tail
    }
    m_graphData.clear();
    m_graphData.reserve(qsizetype(m_completed.size() + m_tail.size()));
    // Where values were lost (SeriesBuffer::markGap()), a NaN point breaks the line.
    const bool gaps = buffer.gapCount() > 0;
    std::optional<qint64> previous;
    if (gaps && !points.isEmpty())
        previous = m_originUs + qint64((points.constEnd() - 1)->key * 1e6);
    const auto add = [&](const SeriesPoint &p) {
        if (gaps && previous && buffer.hasGapBetween(*previous, p.tUs))
            m_graphData.append(QCPGraphData((toX(*previous) + toX(p.tUs)) / 2, qQNaN()));
        previous = p.tUs;
        m_graphData.append(QCPGraphData(toX(p.tUs), p.y));
    };
    for (const SeriesPoint &p : m_completed)
        add(p);
    for (const SeriesPoint &p : m_tail)
        add(p);
    points.add(m_graphData, true);

    // Drop what scrolled out on the left, keeping the last point before the view so the
    // line still enters from the edge.
    const auto first = points.findBegin(toX(fromUs), true);
    if (first != points.constBegin()) {
        points.removeBefore(first->key);
        trace.validFromUs = qMax(trace.validFromUs, fromUs);
    }
}

void PlotCanvas::rescaleY(Area *area, qint64 fromUs, qint64 toUsValue)
{
    SeriesEnvelope env;
    for (const SeriesRef &ref : std::as_const(area->refs))
        if (const SeriesBuffer *b = buffer(ref))
            env.merge(Decimator::envelope(*b, fromUs, toUsValue));
    if (env.isEmpty())
        return;
    double pad = (env.max - env.min) * 0.06;
    if (pad <= 0)
        pad = qMax(1e-9, std::abs(env.max) * 0.05 + (env.max == 0 ? 1.0 : 0.0));
    m_settingRange = true;
    area->rect->axis(QCPAxis::atLeft)->setRange(env.min - pad, env.max + pad);
    m_settingRange = false;
}

void PlotCanvas::updateCursorItems(bool repaintLayer)
{
    const bool show = m_cursorEnabled && m_cursorUs.has_value();
    for (size_t i = 0; i < m_areas.size(); ++i) {
        Area *area = m_areas[i];
        area->cursorLine->setVisible(show);
        area->cursorText->setVisible(show);
        if (!show)
            continue;
        const double x = toX(*m_cursorUs);
        area->cursorLine->point1->setCoords(x, 0);
        area->cursorLine->point2->setCoords(x, 1);
        // Right of the line, or left of it in the right third of the plot.
        const QCPRange range = area->rect->axis(QCPAxis::atBottom)->range();
        const bool flip = x > range.lower + range.size() * 0.66;
        area->cursorText->setPositionAlignment(Qt::AlignBottom | (flip ? Qt::AlignRight : Qt::AlignLeft));
        area->cursorText->position->setCoords(x, 0.97);
        QStringList lines;
        if (i == 0)
            lines.append(tr("t = %1 s").arg(QLocale().toString(x, 'f', 3)));
        for (const SeriesRef &ref : std::as_const(area->refs)) {
            const std::optional<SeriesPoint> p = valueAt(ref, *m_cursorUs);
            const QString name = m_traces.value(ref).graph->name();
            lines.append(p ? tr("%1: %2 %3").arg(name, QLocale().toString(p->y, 'g', 6), area->unit).trimmed()
                           : tr("%1: –").arg(name));
        }
        area->cursorText->setText(lines.join(QLatin1Char('\n')));
    }
    if (repaintLayer)
        m_cursorLayer->replot();
}

void PlotCanvas::resizeEvent(QResizeEvent *event)
{
    QCustomPlot::resizeEvent(event);
    m_layoutStale = true; // a new width means new pixel columns
    m_viewDirty = true;
    m_rebuild = true;
    requestFrame();
}

void PlotCanvas::mouseMoveEvent(QMouseEvent *event)
{
    QCustomPlot::mouseMoveEvent(event);
    if (!m_cursorEnabled || m_areas.empty())
        return;
    const QPointF pos = event->position();
    for (Area *area : m_areas) {
        if (area->rect->rect().contains(pos.toPoint())) {
            m_cursorUs = toUs(area->rect->axis(QCPAxis::atBottom)->pixelToCoord(pos.x()));
            updateCursorItems(true);
            Q_EMIT cursorMoved();
            return;
        }
    }
}

} // namespace gattscope
