// SPDX-License-Identifier: MIT
#pragma once

#include "seriesref.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

#include <functional>
#include <optional>

namespace gattscope {

class SeriesRecorder;

// One row per plotted series: statistics over everything the series recorded, its rate,
// the stream's dropped packets, and the value under the plot cursor. Rows are inserted
// and removed per series; refresh() updates the numbers in place (one dataChanged), at
// the panel's statistics rate rather than per sample.
class PlotStatsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Series,
        Unit,
        Last,
        Min,
        Max,
        Mean,
        Rate,
        Dropped,
        Cursor,
        Count
    };
    // Value under the cursor for a series, if any.
    using CursorValue = std::function<std::optional<double>(const SeriesRef &)>;

    explicit PlotStatsModel(const SeriesRecorder *recorder, QObject *parent = nullptr);

    void setCursorValue(CursorValue fn) { m_cursorValue = std::move(fn); }

    void addSeries(const SeriesRef &ref, const QColor &color, const QString &name);
    void removeStream(int streamId);
    void refresh();
    void refreshCursor();
    // After a language switch: the headers and the tool tips are made again (headerDataChanged,
    // dataChanged for the tool tips); the numbers follow QLocale, which the switch leaves alone.
    void retranslate();
    SeriesRef refAt(int row) const { return m_rows.at(row).ref; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        SeriesRef ref;
        QColor color;
        QString name;
    };

    const SeriesRecorder *m_recorder;
    QList<Row> m_rows;
    CursorValue m_cursorValue;
};

} // namespace gattscope
