// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/error.h>

#include <QList>
#include <QString>

class QIODevice;

namespace gattscope {

class SeriesRecorder;

// Writes the decoded points of a SeriesRecorder as CSV: everything the series hold, not
// only what a plot shows. One row per point, all series merged in time order (ties keep
// stream, then series order), so a spreadsheet can filter by the `series` column:
//
//   time,timestamp_us,device,handle,stream,series,value,unit
//   2024-05-01T12:00:00.000250Z,1714564800000250,C0:98:E5:49:00:01,0x000e,Polar H10,heart_rate,72,bpm
//
// `time` is ISO 8601 UTC with µs, `series` the stable key, `value` the shortest decimal
// text that reads back as the same double. Text fields are quoted when they need it.
class SeriesCsvWriter
{
public:
    static QString header();
    // Writes the given streams (all when `streamIds` is empty). Returns the error when the
    // device refuses the data.
    static Error write(const SeriesRecorder &recorder, QIODevice &device, const QList<int> &streamIds = {});
    static Error write(const SeriesRecorder &recorder, const QString &fileName,
                       const QList<int> &streamIds = {});
};

} // namespace gattscope
