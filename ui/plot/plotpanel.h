// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/result.h>
#include <gattscope/core/series/notificationhub.h>
#include <gattscope/core/series/readpoller.h>
#include <gattscope/core/series/streamdecoder.h>

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <chrono>

class QAction;
class QComboBox;
class QLabel;
class QScrollArea;
class QSplitter;
class QTableView;
class QVBoxLayout;

namespace gattscope {

class HeartRateView;
class PlotCanvas;
class PlotColors;
class PlotStatsModel;
class SeriesRecorder;

// The content of the main window's "Plots" dock: stacked plots of decoded notification
// (or polled) streams sharing one time axis, a statistics table, heart-rate read-outs for
// Heart Rate Measurement streams, and a toolbar (pause, time window, auto-scale, cursor,
// export).
//
// How to use it: create it with the window's NotificationHub, put it in the dock, and
// call addStream() from the GATT tree's "Plot" action with a DecoderSpec built from the
// characteristic (DecoderSpec::forCharacteristic(uuid, presentationFormat) or, for vendor
// characteristics, DecoderSpec::forLayout("<hhh", scale, offset, unit)). Readable
// characteristics that do not notify go through addPolledStream() with a read function,
// e.g. `[c, h] { return c->read(h); }`.
//
// Recording never pauses: pause only freezes the view, and every decoded point stays in
// the series (up to their capacity) for the CSV export. All on the GUI thread.
class PlotPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PlotPanel(NotificationHub *hub, QWidget *parent = nullptr);
    ~PlotPanel() override;

    // Plots a stream; returns its id (> 0). What the hub already holds is decoded too.
    int addStream(const StreamKey &key, const QString &label, const DecoderSpec &spec);
    // Plots a characteristic read every `interval` through `read`.
    int addPolledStream(const StreamKey &key, const QString &label, const DecoderSpec &spec,
                        ReadPoller::ReadFunction read, std::chrono::milliseconds interval);
    void removeStream(int id);
    QList<int> streams() const;

    // Rolling window while live; 0 shows everything recorded.
    void setWindow(std::chrono::milliseconds window);
    std::chrono::milliseconds window() const;
    void setPaused(bool paused);
    bool isPaused() const;
    void setAutoScaleY(bool on);
    void setCursorEnabled(bool on);
    void clearData();
    // A vertical line in the plots of `device`'s streams at `tUs` (µs since the epoch), with
    // `label`: where its link went down. Clear removes them with the data.
    void addMarker(const DeviceAddress &device, qint64 tUs, const QString &label);
    // Points were recorded since the last CSV export (or Clear): what quitting would lose.
    bool hasUnsavedData() const { return m_unsaved; }
    // The statistics table below the plots (a row per series) and the plots' legends; the
    // choices are remembered (QSettings "plots/statistics", "plots/legend").
    void setStatisticsVisible(bool on);
    bool isStatisticsVisible() const;
    void setLegendVisible(bool on);
    // The splitter between plots and heart-rate read-outs back to its first sizes.
    void resetLayout();

    // Exports. CSV holds every decoded point with its timestamp (SeriesCsvWriter); PNG and
    // PDF the plots (width/height 0 = PlotCanvas::exportSize(), not the size on screen).
    Status exportCsv(const QString &fileName) const;
    Status exportPng(const QString &fileName, int width = 0, int height = 0);
    Status exportPdf(const QString &fileName, int width = 0, int height = 0);

    // Runs a frame now if anything changed (normally the frame timer does) and refreshes
    // the statistics. Returns whether the plots were redrawn. For tests and benchmarks.
    bool renderFrame();

    SeriesRecorder *recorder() const { return m_recorder; }
    PlotCanvas *canvas() const { return m_canvas; }
    PlotStatsModel *statsModel() const { return m_stats; }
    QTableView *statsView() const { return m_statsView; }
    QScrollArea *plotScrollArea() const { return m_scroll; }
    QAction *statisticsAction() const { return m_statsAction; }
    QAction *legendAction() const { return m_legendAction; }
    HeartRateView *heartRateView(int streamId) const { return m_heartRate.value(streamId); }

Q_SIGNALS:
    void pausedChanged(bool paused);
    void streamsChanged();

private:
    void createToolBar(QVBoxLayout *layout);
    void onStreamAdded(int id);
    void onSeriesAdded(int id, int seriesIndex);
    void onDataAppended(int id);
    void refreshStatistics();
    void fitStatisticsHeight();
    void showStatsMenu(const QPoint &pos);
    void exportInteractively(int format);

    SeriesRecorder *m_recorder = nullptr;
    PlotCanvas *m_canvas = nullptr;
    PlotStatsModel *m_stats = nullptr;
    PlotColors *m_colors = nullptr;
    QTableView *m_statsView = nullptr;
    QScrollArea *m_scroll = nullptr;
    QSplitter *m_top = nullptr;
    QAction *m_statsAction = nullptr;
    QAction *m_legendAction = nullptr;
    QWidget *m_heartRateColumn = nullptr;
    QVBoxLayout *m_heartRateLayout = nullptr;
    QHash<int, HeartRateView *> m_heartRate;
    QAction *m_pauseAction = nullptr;
    QAction *m_autoScaleAction = nullptr;
    QAction *m_cursorAction = nullptr;
    QLabel *m_pausedLabel = nullptr;
    QAction *m_pausedLabelAction = nullptr;
    QComboBox *m_windowCombo = nullptr;
    QTimer m_statsTimer;
    bool m_statsDirty = false;
    mutable bool m_unsaved = false; // exportCsv() is const: saving changes no plot
};

} // namespace gattscope
