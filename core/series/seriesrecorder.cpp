// SPDX-License-Identifier: MIT
#include "seriesrecorder.h"

namespace gattscope {

double RecordedSeries::rateHz(qint64 windowUs) const
{
    if (buffer.size() < 2)
        return 0.0;
    const qint64 end = buffer.last().tUs;
    const quint64 first = buffer.lowerBound(end - windowUs);
    const quint64 n = buffer.endSequence() - first;
    const qint64 span = end - buffer.at(first).tUs;
    if (n < 2 || span <= 0)
        return 0.0;
    return double(n - 1) * 1e6 / double(span);
}

SeriesRecorder::SeriesRecorder(NotificationHub *hub, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
{
    if (hub)
        connect(hub, &NotificationHub::samplesAdded, this,
                [this](const StreamKey &key, quint64 first, quint64 end) {
                    onSamplesAdded(m_hub, key, first, end);
                });
    connect(&m_pollHub, &NotificationHub::samplesAdded, this,
            [this](const StreamKey &key, quint64 first, quint64 end) {
                onSamplesAdded(&m_pollHub, key, first, end);
            });
}

SeriesRecorder::~SeriesRecorder() = default;

int SeriesRecorder::insertStream(const StreamKey &key, const QString &label, const DecoderSpec &spec,
                                 bool polled)
{
    auto stream = std::make_unique<RecordedStream>();
    stream->id = m_nextId++;
    stream->key = key;
    stream->cursor = StreamCursor(key);
    stream->label = label;
    stream->polled = polled;
    stream->decoder = std::make_unique<StreamDecoder>(spec);
    for (const SeriesInfo &info : stream->decoder->series())
        stream->series.push_back(std::make_unique<RecordedSeries>(info, m_capacity));
    const int id = stream->id;
    m_streams.emplace(id, std::move(stream));
    Q_EMIT streamAdded(id);
    for (int i = 0; i < int(m_streams.at(id)->series.size()); ++i)
        Q_EMIT seriesAdded(id, i);
    return id;
}

int SeriesRecorder::addStream(const StreamKey &key, const QString &label, const DecoderSpec &spec)
{
    const int id = insertStream(key, label, spec, false);
    // A fresh cursor starts at what the hub still holds: the history, nothing lost.
    if (m_hub)
        consume(*m_streams.at(id), *m_hub);
    return id;
}

int SeriesRecorder::addPolledStream(const StreamKey &key, const QString &label, const DecoderSpec &spec,
                                    ReadPoller::ReadFunction read, std::chrono::milliseconds interval)
{
    const int id = insertStream(key, label, spec, true);
    RecordedStream &stream = *m_streams.at(id);
    stream.cursor.startAtEnd(m_pollHub); // a second poller of the same key starts fresh
    auto *poller = new ReadPoller(std::move(read), interval, this);
    stream.poller = poller;
    const DeviceAddress device = key.device;
    const quint16 handle = key.handle;
    connect(poller, &ReadPoller::valueRead, this,
            [this, device, handle](qint64 tUs, const QByteArray &value) {
                Notification n;
                n.handle = handle;
                n.value = value;
                n.timestampUs = tUs;
                m_pollHub.addBatch(device, { n });
            });
    poller->start();
    return id;
}

void SeriesRecorder::removeStream(int id)
{
    const auto it = m_streams.find(id);
    if (it == m_streams.end())
        return;
    delete it->second->poller;
    m_streams.erase(it);
    Q_EMIT streamRemoved(id);
}

void SeriesRecorder::clearData()
{
    for (auto &[id, stream] : m_streams) {
        for (auto &series : stream->series) {
            series->buffer.clear();
            series->stats = {};
        }
        stream->received = stream->decodeErrors = stream->hubLost = stream->handOffLost = 0;
        Q_EMIT dataAppended(id);
    }
}

QList<int> SeriesRecorder::streamIds() const
{
    QList<int> ids;
    ids.reserve(qsizetype(m_streams.size()));
    for (const auto &entry : m_streams)
        ids.append(entry.first);
    return ids;
}

const RecordedStream *SeriesRecorder::stream(int id) const
{
    const auto it = m_streams.find(id);
    return it == m_streams.end() ? nullptr : it->second.get();
}

ReadPoller *SeriesRecorder::poller(int id) const
{
    const RecordedStream *s = stream(id);
    return s ? s->poller : nullptr;
}

void SeriesRecorder::onSamplesAdded(NotificationHub *source, const StreamKey &key, quint64 first, quint64 end)
{
    Q_UNUSED(first)
    Q_UNUSED(end)
    if (!source)
        return;
    const bool fromPollHub = source == &m_pollHub;
    // Collect ids first: consume() emits signals whose slots may add or remove streams.
    QList<int> ids;
    for (const auto &[id, stream] : m_streams)
        if (stream->polled == fromPollHub && stream->key == key)
            ids.append(id);
    for (int id : std::as_const(ids)) {
        const auto it = m_streams.find(id);
        if (it != m_streams.end())
            consume(*it->second, *source);
    }
}

// Decodes what is new in the hub for the stream (its cursor's span). Works from the
// stream's own position, not the announced range, so nothing is decoded twice or skipped.
void SeriesRecorder::consume(RecordedStream &stream, const NotificationHub &source)
{
    const StreamCursor::Span span = stream.cursor.next(source);
    bool gap = span.lost > 0;
    stream.hubLost += span.lost;
    if (span.isEmpty() && !gap)
        return;

    const int id = stream.id;
    const int seriesBefore = int(stream.series.size());
    StreamDecoder &decoder = *stream.decoder;
    const auto markGap = [&stream] {
        for (auto &series : stream.series)
            series->buffer.markGap();
    };
    if (const SampleStream *samples = source.stream(stream.key)) {
        samples->forEach(span.first, span.end, [&](quint64, const NotificationSample &sample) {
            if (sample.isGap()) {
                stream.handOffLost += sample.missing;
                gap = true;
                return;
            }
            ++stream.received;
            m_scratch.clear();
            const Status decoded = decoder.decode(sample.value, sample.timestampUs, m_scratch);
            if (!decoded.ok()) {
                ++stream.decodeErrors;
                stream.lastError = decoded.error().message().isEmpty() ? decoded.error().name()
                                                                       : decoded.error().message();
                return;
            }
            while (stream.series.size() < size_t(decoder.series().size())) {
                stream.series.push_back(std::make_unique<RecordedSeries>(
                    decoder.series().at(qsizetype(stream.series.size())), m_capacity));
            }
            if (gap) {
                markGap();
                gap = false;
            }
            for (const DecodedPoint &p : std::as_const(m_scratch)) {
                RecordedSeries &series = *stream.series[size_t(p.series)];
                if (series.buffer.append(p.tUs, p.y))
                    series.stats.add(p.y);
            }
        });
    }
    if (gap)
        markGap(); // before whatever comes next
    // Signals last: a slot may remove the stream, so `stream` is not touched after this.
    const int seriesAfter = int(stream.series.size());
    for (int i = seriesBefore; i < seriesAfter; ++i)
        Q_EMIT seriesAdded(id, i);
    Q_EMIT dataAppended(id);
}

} // namespace gattscope
