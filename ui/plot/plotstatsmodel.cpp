// SPDX-License-Identifier: MIT
#include "plotstatsmodel.h"

#include <gattscope/core/series/seriesrecorder.h>

#include <QLocale>

#include <cmath>

namespace gattscope {

namespace {
// Four significant digits of the series' largest magnitude, the same decimals for every
// number of the row, so the columns line up and 5.7e-06 reads as 0.0000 beside 0.28.
int decimalsFor(const SeriesStats &s)
{
    const double magnitude = qMax(std::abs(s.min), std::abs(s.max));
    if (!(magnitude > 0))
        return 0;
    return qBound(0, 3 - int(std::floor(std::log10(magnitude))), 6);
}
} // namespace

PlotStatsModel::PlotStatsModel(const SeriesRecorder *recorder, QObject *parent)
    : QAbstractTableModel(parent)
    , m_recorder(recorder)
{ }

void PlotStatsModel::addSeries(const SeriesRef &ref, const QColor &color, const QString &name)
{
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append({ ref, color, name });
    endInsertRows();
}

void PlotStatsModel::removeStream(int streamId)
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).ref.stream != streamId)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

void PlotStatsModel::refresh()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, int(Column::Last)), index(int(m_rows.size()) - 1, int(Column::Cursor)),
                           { Qt::DisplayRole, Qt::ToolTipRole });
}

void PlotStatsModel::refreshCursor()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, int(Column::Cursor)), index(int(m_rows.size()) - 1, int(Column::Cursor)),
                           { Qt::DisplayRole });
}

int PlotStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlotStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PlotStatsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const RecordedStream *stream = m_recorder->stream(row.ref.stream);
    if (!stream || size_t(row.ref.series) >= stream->series.size())
        return {};
    const RecordedSeries &series = *stream->series[size_t(row.ref.series)];
    const auto column = Column(index.column());

    if (role == Qt::DecorationRole && column == Column::Series)
        return row.color;
    if (role == Qt::TextAlignmentRole && column != Column::Series && column != Column::Unit)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (column == Column::Dropped)
            return tr("Packets lost: %1 evicted from the notification memory before they were decoded, %2 "
                      "dropped on their way in while the program was busy, %3 missing from the counter "
                      "field. "
                      "The plots break their lines where values were lost.")
                .arg(stream->hubLost)
                .arg(stream->handOffLost)
                .arg(stream->decoder->dropped());
        QString tip = tr("%1\n%2, handle 0x%3\n%4 values received, %5 not decodable, %6 without a value")
                          .arg(stream->label, stream->key.device.toString())
                          .arg(stream->key.handle, 4, 16, QLatin1Char('0'))
                          .arg(stream->received)
                          .arg(stream->decodeErrors)
                          .arg(stream->decoder->missing());
        if (!stream->lastError.isEmpty())
            tip += QLatin1Char('\n') + tr("Last decoding error: %1").arg(stream->lastError);
        return tip;
    }
    if (role != Qt::DisplayRole)
        return {};

    const SeriesStats &s = series.stats;
    // Whole-number series (bpm) show whole numbers; only their mean has decimals.
    const int decimals = s.integral ? 0 : decimalsFor(s);
    const auto number = [decimals](double v) {
        return QLocale().toString(v, 'f', decimals);
    };
    const int meanDecimals = s.integral ? qMin(2, decimalsFor(s)) : decimals;
    switch (column) {
    case Column::Series: return row.name;
    case Column::Unit: return series.info.unit;
    case Column::Last: return s.count ? number(s.last) : QString();
    case Column::Min: return s.count ? number(s.min) : QString();
    case Column::Max: return s.count ? number(s.max) : QString();
    case Column::Mean: return s.count ? QLocale().toString(s.mean(), 'f', meanDecimals) : QString();
    case Column::Rate: return QLocale().toString(series.rateHz(), 'f', 1);
    case Column::Dropped: return QLocale().toString(stream->dropped());
    case Column::Cursor: {
        const std::optional<double> v = m_cursorValue ? m_cursorValue(row.ref) : std::nullopt;
        return v ? number(*v) : QString();
    }
    case Column::Count: break;
    }
    return {};
}

void PlotStatsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::ToolTipRole });
}

QVariant PlotStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Series: return tr("Series");
    case Column::Unit: return tr("Unit");
    case Column::Last: return tr("Last");
    case Column::Min: return tr("Min");
    case Column::Max: return tr("Max");
    case Column::Mean: return tr("Mean");
    case Column::Rate: return tr("Rate (Hz)");
    case Column::Dropped: return tr("Dropped");
    case Column::Cursor: return tr("At cursor");
    case Column::Count: break;
    }
    return {};
}

} // namespace gattscope
