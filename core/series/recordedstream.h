// SPDX-License-Identifier: MIT
#pragma once

#include "notificationhub.h"
#include "seriesbuffer.h"
#include "streamcursor.h"
#include "streamdecoder.h"

#include <QString>

#include <cmath>
#include <memory>
#include <vector>

namespace gattscope {

class ReadPoller;

// Running statistics of everything a series has recorded (not only what is still held).
struct SeriesStats
{
    quint64 count = 0;
    double last = 0;
    double min = 0;
    double max = 0;
    double sum = 0;
    bool integral = true; // every value so far was a whole number (bpm, counts, raw ADC)

    double mean() const { return count ? sum / double(count) : 0.0; }
    void add(double y)
    {
        min = count ? qMin(min, y) : y;
        max = count ? qMax(max, y) : y;
        sum += y;
        last = y;
        integral = integral && y == std::floor(y);
        ++count;
    }
};

// One decoded series of a stream: its points and statistics.
struct RecordedSeries
{
    explicit RecordedSeries(SeriesInfo i, qsizetype capacity)
        : info(std::move(i))
        , buffer(capacity)
    { }

    SeriesInfo info;
    SeriesBuffer buffer;
    SeriesStats stats;

    // Points per second over the last `windowUs` of data (0 with fewer than 2 points).
    double rateHz(qint64 windowUs = 5'000'000) const;
};

// A stream sent to the plots: one characteristic of one device, its decoder and the
// series it produced. Owned by SeriesRecorder; read-only for views.
struct RecordedStream
{
    int id = 0;
    StreamKey key;
    QString label; // "Heart Rate Measurement · Polar H10"
    bool polled = false;
    std::unique_ptr<StreamDecoder> decoder;
    std::vector<std::unique_ptr<RecordedSeries>> series; // index = decoder's series index
    quint64 received = 0; // raw values taken from the hub
    quint64 decodeErrors = 0; // values the codec refused
    quint64 hubLost = 0; // values the hub evicted (memory budget) before they were decoded
    quint64 handOffLost = 0; // values dropped on their way to the hub (the GUI was too busy)
    QString lastError; // the codec's last complaint, for a tooltip
    StreamCursor cursor; // where the stream is in the hub
    ReadPoller *poller = nullptr; // polled streams only; owned by the recorder

    // Packets lost: the hub's evictions and gaps, plus jumps of the decoder's counter field.
    // Each loss is also a gap in the series (SeriesBuffer::markGap()).
    quint64 dropped() const { return hubLost + handOffLost + (decoder ? decoder->dropped() : 0); }
};

} // namespace gattscope
