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
QString kindName(Notification::Kind kind)
{
    return kind == Notification::Kind::Indication ? QStringLiteral("indication")
                                                  : QStringLiteral("notification");
}
} // namespace

NotificationRecorder::NotificationRecorder(NotificationHub *hub, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
{
    connect(hub, &NotificationHub::samplesAdded, this, &NotificationRecorder::onSamplesAdded);
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
    return QStringLiteral("time,timestamp_us,device,handle,kind,hex\n");
}

QString NotificationRecorder::csvLine(const StreamKey &key, const NotificationSample &s)
{
    return QStringLiteral("%1,%2,%3,0x%4,%5,%6\n")
        .arg(isoTime(s.timestampUs))
        .arg(s.timestampUs)
        .arg(key.device.toString())
        .arg(key.handle, 4, 16, QLatin1Char('0'))
        .arg(kindName(s.kind), QString::fromLatin1(s.value.toHex()));
}

QByteArray NotificationRecorder::jsonLine(const StreamKey &key, const NotificationSample &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("time"), isoTime(s.timestampUs));
    o.insert(QStringLiteral("timestamp_us"), double(s.timestampUs));
    o.insert(QStringLiteral("device"), key.device.toString());
    o.insert(QStringLiteral("handle"), int(key.handle));
    o.insert(QStringLiteral("kind"), kindName(s.kind));
    o.insert(QStringLiteral("hex"), QString::fromLatin1(s.value.toHex()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

void NotificationRecorder::onSamplesAdded(const StreamKey &key, quint64 first, quint64 end)
{
    if (!m_file.isOpen() || !m_hub)
        return;
    const RingBuffer<NotificationSample> *ring = m_hub->stream(key);
    if (!ring)
        return;
    QByteArray chunk;
    for (quint64 seq = first; seq < end; ++seq) {
        if (!ring->contains(seq))
            continue; // cannot happen while we record synchronously; guarded anyway
        const NotificationSample &s = ring->at(seq);
        chunk += m_format == Format::Csv ? csvLine(key, s).toUtf8() : jsonLine(key, s);
        ++m_count;
    }
    if (m_file.write(chunk) != chunk.size() || !m_file.flush()) {
        const Error e(Error::Kind::TransportLost,
                      tr("Recording to %1 failed: %2").arg(m_file.fileName(), m_file.errorString()));
        stop();
        Q_EMIT errorOccurred(e);
    }
}

} // namespace gattscope
