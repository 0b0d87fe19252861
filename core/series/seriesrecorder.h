// SPDX-License-Identifier: MIT
#pragma once

#include "notificationhub.h"
#include "readpoller.h"
#include "recordedstream.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <map>

namespace gattscope {

// Decodes the hub's samples of the streams sent to the plots into series, as they arrive,
// whatever the views do: pausing a plot never loses data. Lives on the hub's thread.
//
// - addStream() also decodes what the hub already holds for the key, so a plot opened late
//   starts with the history.
// - Each stream keeps up to seriesCapacity() points per series (default 1,000,000, rounded
//   up to a power of two by SeriesBuffer); older points are dropped from the series (the
//   hub keeps its own raw copy). Memory grows with what is held, not with the capacity.
// - Polled streams (addPolledStream) read the characteristic with a ReadPoller; their
//   values go through a private hub, so they are decoded exactly like notifications.
// - dataAppended(id) is emitted once per hub batch, never per sample; views redraw on
//   their own frame timer.
// - Values are read with a StreamCursor: values the hub evicted before they were decoded, or
//   that the hand-off dropped (gap records), are counted (RecordedStream::hubLost,
//   handOffLost) and leave a gap in every series of the stream (SeriesBuffer::markGap()), so
//   the plot breaks its line there. After NotificationHub::clear() the streams read the new
//   values from their start.
class SeriesRecorder : public QObject
{
    Q_OBJECT

public:
    explicit SeriesRecorder(NotificationHub *hub, QObject *parent = nullptr);
    ~SeriesRecorder() override;

    void setSeriesCapacity(qsizetype pointsPerSeries) { m_capacity = qMax<qsizetype>(1, pointsPerSeries); }
    qsizetype seriesCapacity() const { return m_capacity; }

    // Returns the new stream's id (> 0).
    int addStream(const StreamKey &key, const QString &label, const DecoderSpec &spec);
    int addPolledStream(const StreamKey &key, const QString &label, const DecoderSpec &spec,
                        ReadPoller::ReadFunction read, std::chrono::milliseconds interval);
    void removeStream(int id);
    // Drops every stream's points and statistics; the streams stay.
    void clearData();

    QList<int> streamIds() const;
    // nullptr for unknown ids.
    const RecordedStream *stream(int id) const;
    ReadPoller *poller(int id) const;
    NotificationHub *hub() const { return m_hub; }

Q_SIGNALS:
    void streamAdded(int id);
    void streamRemoved(int id);
    void seriesAdded(int id, int seriesIndex);
    void dataAppended(int id);

private:
    void onSamplesAdded(NotificationHub *source, const StreamKey &key, quint64 first, quint64 end);
    void consume(RecordedStream &stream, const NotificationHub &source);
    int insertStream(const StreamKey &key, const QString &label, const DecoderSpec &spec, bool polled);

    QPointer<NotificationHub> m_hub;
    NotificationHub m_pollHub;
    qsizetype m_capacity = 1'000'000;
    std::map<int, std::unique_ptr<RecordedStream>> m_streams;
    int m_nextId = 1;
    QList<DecodedPoint> m_scratch;
};

} // namespace gattscope
