// SPDX-License-Identifier: MIT
#include "seriescsvwriter.h"

#include <gattscope/core/series/seriesrecorder.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <queue>

namespace gattscope {

namespace {

QString isoTime(qint64 timestampUs)
{
    // Floor division, so times before 1970 still print a valid µs part.
    qint64 ms = timestampUs / 1000;
    qint64 us = timestampUs % 1000;
    if (us < 0) {
        us += 1000;
        --ms;
    }
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
        + QStringLiteral("%1Z").arg(us, 3, 10, QLatin1Char('0'));
}

QString quoted(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

struct Cursor
{
    qint64 tUs;
    int order; // stream/series order, for stable ties
    quint64 sequence;
    const RecordedStream *stream;
    const RecordedSeries *series;

    bool operator>(const Cursor &o) const { return tUs != o.tUs ? tUs > o.tUs : order > o.order; }
};

} // namespace

QString SeriesCsvWriter::header()
{
    return QStringLiteral("time,timestamp_us,device,handle,stream,series,value,unit\n");
}

Error SeriesCsvWriter::write(const SeriesRecorder &recorder, QIODevice &device, const QList<int> &streamIds)
{
    const QList<int> ids = streamIds.isEmpty() ? recorder.streamIds() : streamIds;
    std::priority_queue<Cursor, std::vector<Cursor>, std::greater<>> queue;
    int order = 0;
    for (int id : ids) {
        const RecordedStream *stream = recorder.stream(id);
        if (!stream)
            continue;
        for (const auto &series : stream->series) {
            const SeriesBuffer &b = series->buffer;
            if (!b.isEmpty())
                queue.push({ b.at(b.firstSequence()).tUs, order, b.firstSequence(), stream, series.get() });
            ++order;
        }
    }

    QByteArray chunk = header().toUtf8();
    const RecordedStream *prefixStream = nullptr;
    QString prefix; // ",device,handle,stream," for the current stream
    while (!queue.empty()) {
        Cursor c = queue.top();
        queue.pop();
        const SeriesPoint &p = c.series->buffer.at(c.sequence);
        if (c.stream != prefixStream) {
            prefixStream = c.stream;
            prefix = QLatin1Char(',') + c.stream->key.device.toString() + QLatin1Char(',')
                + QLatin1String("0x")
                + QStringLiteral("%1").arg(c.stream->key.handle, 4, 16, QLatin1Char('0')) + QLatin1Char(',')
                + quoted(c.stream->label) + QLatin1Char(',');
        }
        const QString line = isoTime(p.tUs) + QLatin1Char(',') + QString::number(p.tUs) + prefix
            + quoted(c.series->info.key) + QLatin1Char(',')
            + QString::number(p.y, 'g', QLocale::FloatingPointShortest) + QLatin1Char(',')
            + quoted(c.series->info.unit) + QLatin1Char('\n');
        chunk += line.toUtf8();
        if (chunk.size() > (1 << 16)) {
            if (device.write(chunk) != chunk.size())
                return Error(Error::Kind::InvalidArgument, device.errorString());
            chunk.clear();
        }
        if (++c.sequence < c.series->buffer.endSequence()) {
            c.tUs = c.series->buffer.at(c.sequence).tUs;
            queue.push(c);
        }
    }
    if (!chunk.isEmpty() && device.write(chunk) != chunk.size())
        return Error(Error::Kind::InvalidArgument, device.errorString());
    return {};
}

Error SeriesCsvWriter::write(const SeriesRecorder &recorder, const QString &fileName,
                             const QList<int> &streamIds)
{
    // QSaveFile: a failed export never leaves a truncated file behind.
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(Error::Kind::InvalidArgument,
                     QCoreApplication::translate("gattscope::SeriesCsvWriter", "Cannot write %1: %2")
                         .arg(fileName, file.errorString()));
    if (Error error = write(recorder, file, streamIds))
        return error;
    if (!file.commit())
        return Error(Error::Kind::InvalidArgument,
                     QCoreApplication::translate("gattscope::SeriesCsvWriter", "Cannot write %1: %2")
                         .arg(fileName, file.errorString()));
    return {};
}

} // namespace gattscope
