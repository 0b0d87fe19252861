// SPDX-License-Identifier: MIT
#pragma once

#include "qcustomplotcompat.h"
#include "seriesref.h"

#include <gattscope/core/base/deviceaddress.h>
#include <gattscope/core/series/livedecimator.h>
#include <gattscope/core/series/seriesbuffer.h>

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QTimer>

#include <optional>
#include <vector>

namespace gattscope {

class SeriesRecorder;

// The drawing surface of the plot panel: a QCustomPlot with one axis rect per plot,
// stacked vertically and sharing the time axis (x = seconds since originUs()).
//
// Contract:
// - Drawing runs on a frame timer (frameInterval(), ~30 fps) that only runs while
//   something changed; invalidateData() is what the panel calls per batch of new points.
//   Each series is reduced to min/max per column of about one pixel (LiveDecimator)
//   incrementally: a live frame reduces only the new points and trims what scrolled out,
//   so it costs the same at 10 Hz or 10 kHz, for 10 s or 10 min. One replot is queued
//   per frame (rpQueuedReplot).
// - While following (live), the time range ends at the newest point; new data does not
//   redraw anything while not following (frozen), but dragging or zooming does, with
//   whatever has been recorded meanwhile.
// - Dragging or zooming the time axis emits userNavigated(): the panel then freezes.
// - Series are placed by unit: series with the same unit share a plot; unitless series
//   share one only with their own stream. A plot disappears with its last series.
// - Each plot keeps a readable height (minimumPlotHeight()): the canvas' minimum height
//   grows with the number of plots, and the panel scrolls when they do not fit. Legends sit
//   right of their plot, outside the data, and can be hidden.
// - Exports render at exportSize() unless told otherwise: wide enough and every plot at
//   a printable height, whatever size the canvas has on screen.
class PlotCanvas : public QCustomPlot
{
    Q_OBJECT

public:
    explicit PlotCanvas(const SeriesRecorder *recorder, QWidget *parent = nullptr);
    ~PlotCanvas() override;

    void addSeries(const SeriesRef &ref, const QColor &color, const QString &legendName);
    void removeStream(int streamId);
    int plotCount() const { return int(m_areas.size()); }
    // Height of one plot's data area below which labels and ticks would collide.
    static constexpr int MinimumPlotHeight = 110;
    // The height of the plot at `index` (top = 0), its data area without axis labels.
    int plotHeight(int index) const;

    // The legends (right of each plot); shown by default.
    void setLegendVisible(bool on);
    bool isLegendVisible() const { return m_legendVisible; }
    // Whether a legend overlaps its plot's data area (it never should).
    bool legendOverlapsData(int index) const;

    // The size PNG/PDF exports use when not given one: the canvas' width but at least
    // 1200 px, and 280 px per plot plus the time axis.
    QSize exportSize() const;
    // Index of the plot (top = 0) that shows `ref`, -1 when none.
    int plotOf(const SeriesRef &ref) const;
    QCPGraph *graphOf(const SeriesRef &ref) const;

    // A vertical line at `tUs` (µs since the epoch) in every plot that shows a stream of
    // `device`, `label` beside its top: where the link went down. Plots that show the device
    // later get the lines too. clearMarkers() (the panel's Clear) removes them all.
    void addMarker(const DeviceAddress &device, qint64 tUs, const QString &label);
    void clearMarkers();
    // The marker lines of the plot at `index` (top = 0), for tests.
    QList<QCPItemStraightLine *> markerLines(int index) const;

    // 0 = everything held.
    void setWindowUs(qint64 windowUs);
    qint64 windowUs() const { return m_windowUs; }
    void setFollowing(bool following);
    bool isFollowing() const { return m_following; }
    void setAutoScaleY(bool on);
    bool autoScaleY() const { return m_autoScaleY; }

    void setCursorEnabled(bool on);
    bool isCursorEnabled() const { return m_cursorEnabled; }
    // Absolute time (µs since the epoch) under the cursor.
    std::optional<qint64> cursorTimeUs() const { return m_cursorUs; }
    void setCursorTimeUs(std::optional<qint64> tUs);
    // The last point at or before tUs, when the series holds one.
    std::optional<SeriesPoint> valueAt(const SeriesRef &ref, qint64 tUs) const;

    void setFrameInterval(int ms) { m_frameTimer.setInterval(ms); }
    int frameInterval() const { return m_frameTimer.interval(); }

    // New points arrived: schedules a frame (when following).
    void invalidateData();
    // Whether the frame timer will draw a frame. Never while the canvas is hidden (a dock
    // tab behind another, a closed dock) or its window minimised: what changed meanwhile is
    // drawn once it is on screen again.
    bool isFramePending() const { return m_frameTimer.isActive(); }
    // The next updateFrame() redraws even if nothing changed (before an export).
    void invalidateView() { m_viewDirty = true; }
    // Runs one frame now if anything changed: re-decimates, rescales, queues a replot.
    // Returns whether it did. Called by the frame timer; public for tests and benchmarks.
    bool updateFrame();
    // Time of the last frame's preparation (decimation and rescaling), ms.
    double lastPrepareMs() const { return m_lastPrepareMs; }

    // Time origin of the x axis: the first point seen (0 until then).
    qint64 originUs() const { return m_originUs; }

Q_SIGNALS:
    void userNavigated();
    void cursorMoved();

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Area
    {
        QCPAxisRect *rect = nullptr;
        QCPLegend *legend = nullptr;
        QCPItemStraightLine *cursorLine = nullptr;
        QCPItemText *cursorText = nullptr;
        QList<QCPItemStraightLine *> markerLines; // one per marker of its streams' devices
        QList<QCPItemText *> markerTexts;
        QString unit;
        int ownerStream = 0; // unitless plots belong to one stream
        QList<SeriesRef> refs;
    };
    struct Trace
    {
        QCPGraph *graph = nullptr;
        Area *area = nullptr;
        LiveDecimator decimator;
        qint64 validFromUs = 0; // the graph's points are complete from here on
        bool smooth = true; // antialiased 1.5 px line (sparse data) or a plain 1 px one
    };

    struct Marker
    {
        DeviceAddress device;
        qint64 tUs = 0;
        QString label;
    };

    const SeriesBuffer *buffer(const SeriesRef &ref) const;
    // Remakes the area's marker items from m_markers and its streams' devices.
    void syncMarkers(Area *area);
    void syncAllMarkers();
    Area *areaFor(const SeriesRef &ref);
    Area *createArea(const QString &unit, int ownerStream);
    void removeArea(Area *area);
    void relayout();
    void updateMinimumHeight();
    // Rows of the plot layout: the legend of plot `index` above the plot.
    int plotRow(int index) const;
    int legendRow(int index) const;
    QString placeholderText() const;
    void showPlaceholder();
    void balanceRows();
    void updateAxisLabels(Area *area);
    void onXRangeChanged(QCPAxis *source, const QCPRange &range);
    void setTimeRange(double lo, double hi);
    void liveRange(double &lo, double &hi) const;
    void updateTrace(Trace &trace, const SeriesBuffer &buffer, qint64 fromUs, qint64 toUsValue);
    void rescaleY(Area *area, qint64 fromUs, qint64 toUs);
    void updateCursorItems(bool repaintLayer);
    void requestFrame();
    bool isOnScreen() const;
    double toX(qint64 tUs) const { return double(tUs - m_originUs) / 1e6; }
    qint64 toUs(double x) const { return m_originUs + qint64(x * 1e6); }

    const SeriesRecorder *m_recorder;
    QList<Marker> m_markers;
    std::vector<Area *> m_areas; // top to bottom; owned (the QCP objects by QCustomPlot)
    QHash<SeriesRef, Trace> m_traces;
    QCPMarginGroup *m_marginGroup = nullptr;
    QCPTextElement *m_placeholder = nullptr;
    bool m_hadStreams = false; // the placeholder says "no streams yet" until the first one
    QCPLayer *m_cursorLayer = nullptr;
    QTimer m_frameTimer;
    qint64 m_originUs = 0;
    bool m_haveOrigin = false;
    qint64 m_windowUs = 10'000'000;
    bool m_following = true;
    bool m_autoScaleY = true;
    bool m_cursorEnabled = false;
    bool m_legendVisible = true;
    // Per plot, what the estimate of updateMinimumHeight() fell short of.
    int m_heightDeficit = 0;
    std::optional<qint64> m_cursorUs;
    bool m_frameDeferred = false; // a frame was wanted while not on screen
    QObject *m_watchedWindow = nullptr; // for its minimise/restore
    bool m_dataDirty = false;
    bool m_viewDirty = true;
    bool m_settingRange = false;
    bool m_layoutStale = true; // axis rect sizes unknown until the layout runs
    double m_lastPrepareMs = 0;
    bool m_rebuild = false; // next frame reduces every series from scratch
    std::vector<SeriesPoint> m_completed; // reused between frames
    std::vector<SeriesPoint> m_tail;
    QVector<QCPGraphData> m_graphData;
};

} // namespace gattscope
