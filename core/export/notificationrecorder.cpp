// SPDX-License-Identifier: MIT
#include "notificationrecorder.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace gattscope {

namespace {
QString isoTime(qint64 timestampUs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(timestampUs / 1000, Qt::UTC);
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
        + QStringLiteral("%1Z").arg(timestampUs % 1000, 3, 10, QLatin1Char('0'));
}
QString kindName(const NotificationSample &sample)
{
    if (sample.isGap())
        return QStringLiteral("gap");
    return sample.kind == Notification::Kind::Indication ? QStringLiteral("indication")
                                                         : QStringLiteral("notification");
}
} // namespace

NotificationRecorder::NotificationRecorder(NotificationHub *hub, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
{
    connect(hub, &NotificationHub::batchAdded, this, &NotificationRecorder::onBatchAdded);
}

NotificationRecorder::~NotificationRecorder()
{
    stop();
}

Error NotificationRecorder::start(const QString &fileName, Format format)
{
    stop();
    m_file.setFileName(fileName);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return Error(Error::Kind::InvalidArgument,
                     tr("Cannot write %1: %2").arg(fileName, m_file.errorString()));
    m_format = format;
    m_count = 0;
    m_missing = 0;
    // What the hub holds already is not part of this recording.
    m_cursors.clear();
    if (m_hub) {
        for (const StreamKey &key : m_hub->streams()) {
            StreamCursor cursor(key);
            cursor.startAtEnd(*m_hub);
            m_cursors.insert(key, cursor);
        }
    }
    if (format == Format::Csv) {
        m_file.write(csvHeader().toUtf8());
        m_file.flush();
    }
    return {};
}

void NotificationRecorder::stop()
{
    if (m_file.isOpen()) {
        m_file.flush();
        m_file.close();
    }
}

QString NotificationRecorder::csvHeader()
{
    return QStringLiteral("time,timestamp_us,device,handle,kind,hex,missing\n");
}

QString NotificationRecorder::csvLine(const StreamKey &key, const NotificationSample &s)
{
    return QStringLiteral("%1,%2,%3,0x%4,%5,%6,%7\n")
        .arg(isoTime(s.timestampUs))
        .arg(s.timestampUs)
        .arg(key.device.toString())
        .arg(key.handle, 4, 16, QLatin1Char('0'))
        .arg(kindName(s), QString::fromLatin1(s.value.toByteArray().toHex()),
             s.isGap() ? QString::number(s.missing) : QString());
}

QByteArray NotificationRecorder::jsonLine(const StreamKey &key, const NotificationSample &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("time"), isoTime(s.timestampUs));
    o.insert(QStringLiteral("timestamp_us"), double(s.timestampUs));
    o.insert(QStringLiteral("device"), key.device.toString());
    o.insert(QStringLiteral("handle"), int(key.handle));
    o.insert(QStringLiteral("kind"), kindName(s));
    o.insert(QStringLiteral("hex"), QString::fromLatin1(s.value.toByteArray().toHex()));
    if (s.isGap())
        o.insert(QStringLiteral("missing"), double(s.missing));
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray NotificationRecorder::line(const StreamKey &key, const NotificationSample &sample) const
{
    return m_format == Format::Csv ? csvLine(key, sample).toUtf8() : jsonLine(key, sample);
}

void NotificationRecorder::onBatchAdded()
{
    if (!m_file.isOpen() || !m_hub)
        return;
    QByteArray chunk;
    const QList<StreamKey> keys = m_hub->streams();
    for (const StreamKey &key : keys) {
        auto it = m_cursors.find(key);
        if (it == m_cursors.end())
            it = m_cursors.insert(key, StreamCursor(key)); // a new stream: all of it is new
        const StreamCursor::Span span = it->next(*m_hub);
        if (span.lost > 0) {
            const SampleStream *held = m_hub->stream(key);
            NotificationSample gap;
            gap.timestampUs = held->contains(span.first) ? held->at(span.first).timestampUs
                                                         : QDateTime::currentMSecsSinceEpoch() * 1000;
            gap.missing = quint32(qMin<quint64>(span.lost, 0xFFFFFFFF));
            chunk += line(key, gap);
            m_missing += span.lost;
        }
        m_hub->stream(key)->forEach(span.first, span.end, [&](quint64, const NotificationSample &sample) {
            chunk += line(key, sample);
            if (sample.isGap())
                m_missing += sample.missing;
            else
                ++m_count;
        });
    }
    if (chunk.isEmpty())
        return;
    if (m_file.write(chunk) != chunk.size() || !m_file.flush()) {
        const Error e(Error::Kind::TransportLost,
                      tr("Recording to %1 failed: %2").arg(m_file.fileName(), m_file.errorString()));
        stop();
        Q_EMIT errorOccurred(e);
    }
}

} // namespace gattscope
