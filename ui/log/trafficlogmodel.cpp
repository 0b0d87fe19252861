// SPDX-License-Identifier: MIT
#include "trafficlogmodel.h"

#include <gattscope/core/base/hexcodec.h>
#include <gattscope/core/export/trafficbtsnoopexporter.h>
#include <gattscope/core/series/notificationhub.h>
#include <gattscope/ui/common/uiformat.h>

#include <QDateTime>
#include <QFont>
#include <QFontDatabase>
#include <QIcon>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace gattscope {

TrafficLogModel::TrafficLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Single-shot, armed by append(): no wake-ups while the log is idle.
    m_timer.setSingleShot(true);
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, &TrafficLogModel::flush);
}

TrafficLogModel::~TrafficLogModel() = default;

int TrafficLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrafficLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString TrafficLogModel::cellText(const TrafficEntry &e, Column column) const
{
    switch (column) {
    case Column::Time: return UiFormat::timeOfDay(e.timestampUs);
    case Column::Device: return deviceLabel(e.device);
    case Column::Handle: return e.handle ? UiFormat::handle(e.handle) : QString();
    case Column::Name: return e.name;
    case Column::Direction: return trafficDirectionName(e.direction);
    case Column::Hex: return toHex(e.value);
    case Column::Decoded: return e.error.isEmpty() ? decodedOf(e) : e.error;
    case Column::Count: break;
    }
    return {};
}

QVariant TrafficLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrafficEntry &e = m_rows[size_t(index.row())];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole: return cellText(e, column);
    case Qt::ToolTipRole:
        if (column == Column::Decoded && !e.error.isEmpty())
            return e.error;
        if (column == Column::Time)
            return QDateTime::fromMSecsSinceEpoch(e.timestampUs / 1000).toString(Qt::ISODateWithMs);
        return {};
    case Qt::DecorationRole:
        // A link that closed stands out: what follows it did not happen on that link.
        if (column == Column::Name && e.event == TrafficEntry::Event::Disconnected)
            return UiFormat::icon("disconnect");
        return {};
    case Qt::FontRole:
        if (column == Column::Hex || column == Column::Handle)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        if (e.event == TrafficEntry::Event::Disconnected) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case FilterRole: {
        QString text;
        for (int c = 0; c < int(Column::Count); ++c)
            text += cellText(e, Column(c)) + u'\t';
        return text.toLower();
    }
    case ErrorRole: return !e.error.isEmpty();
    case TimestampRole: return e.timestampUs;
    case AddressRole: return e.device;
    case DirectionRole: return int(e.direction);
    case EventRole: return int(e.event);
    default: return {};
    }
}

QVariant TrafficLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Time: return tr("Time");
    case Column::Device: return tr("Device");
    case Column::Handle: return tr("Handle");
    case Column::Name: return tr("Name");
    case Column::Direction: return tr("Direction");
    case Column::Hex: return tr("Hex");
    case Column::Decoded: return tr("Decoded");
    case Column::Count: break;
    }
    return {};
}

QString TrafficLogModel::deviceLabel(const QString &address) const
{
    const QString name = m_deviceNames.value(address);
    return name.isEmpty() ? address : tr("%1 (%2)", "device name (address)").arg(name, address);
}

void TrafficLogModel::setDeviceName(const QString &address, const QString &name)
{
    if (m_deviceNames.value(address) == name)
        return;
    if (name.isEmpty())
        m_deviceNames.remove(address);
    else
        m_deviceNames.insert(address, name);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, int(Column::Device)), index(rowCount() - 1, int(Column::Device)),
                           { Qt::DisplayRole, FilterRole });
    Q_EMIT devicesChanged();
}

const QString &TrafficLogModel::decodedOf(const TrafficEntry &e) const
{
    // Made once, on first use: a flood of notifications costs no text nobody reads.
    if (e.decoded.isEmpty() && e.decoder && e.error.isEmpty()) {
        auto &row = const_cast<TrafficEntry &>(e);
        row.decoded = e.decoder->decode(e.value).text;
        row.decoder.reset();
    }
    return e.decoded;
}

const TrafficEntry &TrafficLogModel::entry(int row) const
{
    const TrafficEntry &e = m_rows[size_t(row)];
    decodedOf(e);
    return e;
}

QString TrafficLogModel::decodedText(int row) const
{
    return decodedOf(m_rows[size_t(row)]);
}

void TrafficLogModel::setHub(NotificationHub *hub, Describer describe)
{
    if (m_hub)
        disconnect(m_hub, nullptr, this, nullptr);
    m_hub = hub;
    m_describe = std::move(describe);
    m_cursors.clear();
    if (hub) {
        connect(hub, &NotificationHub::batchAdded, this, &TrafficLogModel::schedule);
        // A stream that appears while the log watches is read from its first value: what the
        // hub evicts before the log gets to it (paused) is counted as dropped.
        connect(hub, &NotificationHub::streamAdded, this, [this](const StreamKey &key) {
            StreamCursor cursor(key);
            cursor.startAtBeginning(*m_hub);
            m_cursors.insert(key, cursor);
        });
        schedule();
    }
}

void TrafficLogModel::schedule()
{
    if (!m_paused && !m_timer.isActive())
        m_timer.start();
}

int TrafficLogModel::pendingCount() const
{
    qint64 waiting = qint64(m_pending.size());
    if (m_hub) {
        const QList<StreamKey> keys = m_hub->streams();
        for (const StreamKey &key : keys) {
            const SampleStream *s = m_hub->stream(key);
            const auto it = m_cursors.constFind(key);
            const quint64 from
                = it == m_cursors.cend() ? s->firstSequence() : qMax(it->position(), s->firstSequence());
            waiting += qint64(s->endSequence() - qMin(from, s->endSequence()));
        }
    }
    return int(qMin<qint64>(waiting, INT_MAX));
}

void TrafficLogModel::takeNotifications(std::vector<TrafficEntry> &out, qsizetype limit)
{
    if (!m_hub || !m_describe)
        return;
    const QList<StreamKey> keys = m_hub->streams();
    const size_t start = out.size();
    for (const StreamKey &key : keys) {
        auto it = m_cursors.find(key);
        if (it == m_cursors.end())
            it = m_cursors.insert(key, StreamCursor(key));
        const StreamCursor::Span span = it->next(*m_hub);
        m_dropped += qint64(span.lost);
        m_total += qint64(span.lost + span.size());
        // More than one flush shows: only the newest are built, the rest is counted.
        const quint64 first = span.size() > quint64(limit) ? span.end - quint64(limit) : span.first;
        m_dropped += qint64(first - span.first);
        m_hub->stream(key)->forEach(first, span.end, [&](quint64, const NotificationSample &sample) {
            out.push_back(m_describe(key, sample));
        });
    }
    // Several streams together: the newest `limit` of all of them.
    const auto taken = qsizetype(out.size() - start);
    if (taken > limit) {
        const auto begin = out.begin() + qsizetype(start);
        std::stable_sort(begin, out.end(), [](const TrafficEntry &a, const TrafficEntry &b) {
            return a.timestampUs < b.timestampUs;
        });
        out.erase(begin, begin + (taken - limit));
        m_dropped += taken - limit;
    }
}

void TrafficLogModel::setCapacity(int rows)
{
    m_capacity = std::max(10, rows);
    if (int(m_rows.size()) > m_capacity) {
        const int excess = int(m_rows.size()) - m_capacity;
        beginRemoveRows(QModelIndex(), 0, excess - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + excess);
        m_removed += excess;
        endRemoveRows();
        Q_EMIT countsChanged();
    }
    trimPending();
}

void TrafficLogModel::keepCaptureContext(const TrafficEntry &entry)
{
    if (entry.direction != TrafficEntry::Direction::Event)
        return;
    if ((entry.event == TrafficEntry::Event::Connected && !entry.localAddress.isNull())
        || (entry.event == TrafficEntry::Event::Discovered && entry.database)) {
        TrafficEntry kept = entry;
        kept.decoder.reset();
        m_captureContext.insert(entry.device + u'/' + QString::number(int(entry.event)), kept);
    }
}

void TrafficLogModel::append(const TrafficEntry &entry)
{
    keepCaptureContext(entry);
    m_pending.push_back(entry);
    ++m_total;
    trimPending();
    schedule();
}

void TrafficLogModel::appendBatch(const QList<TrafficEntry> &entries)
{
    if (entries.isEmpty())
        return;
    for (const TrafficEntry &e : entries)
        keepCaptureContext(e);
    m_pending.insert(m_pending.end(), entries.cbegin(), entries.cend());
    m_total += entries.size();
    trimPending();
    schedule();
}

void TrafficLogModel::trimPending()
{
    if (int(m_pending.size()) <= m_capacity)
        return;
    const auto excess = m_pending.size() - size_t(m_capacity);
    m_pending.erase(m_pending.begin(), m_pending.begin() + qsizetype(excess));
    m_dropped += qint64(excess);
}

void TrafficLogModel::flush()
{
    if (m_paused)
        return;
    std::vector<TrafficEntry> incoming;
    takeNotifications(incoming, std::min(m_capacity, m_maxRowsPerFlush));
    if (incoming.empty() && m_pending.empty())
        return;
    if (!incoming.empty()) {
        // One timeline: queued entries and notifications by time (stable: equal times keep
        // their order, queued entries first).
        std::move(m_pending.begin(), m_pending.end(), std::back_inserter(incoming));
        m_pending.clear();
        std::stable_sort(incoming.begin(), incoming.end(), [](const TrafficEntry &a, const TrafficEntry &b) {
            return a.timestampUs < b.timestampUs;
        });
    } else {
        incoming.assign(std::make_move_iterator(m_pending.begin()), std::make_move_iterator(m_pending.end()));
        m_pending.clear();
    }
    if (qsizetype(incoming.size()) > m_capacity) {
        const qsizetype excess = qsizetype(incoming.size()) - m_capacity;
        incoming.erase(incoming.begin(), incoming.begin() + excess);
        m_dropped += excess;
    }
    const int count = int(incoming.size());
    const int overflow = int(m_rows.size()) + count - m_capacity;
    if (overflow > 0) {
        // Drop a chunk beyond the overflow so that the next flushes need no removal.
        const int chunk = std::min(int(m_rows.size()), overflow + m_capacity / 10);
        if (chunk > 0) {
            beginRemoveRows(QModelIndex(), 0, chunk - 1);
            m_rows.erase(m_rows.begin(), m_rows.begin() + chunk);
            m_removed += chunk;
            endRemoveRows();
        }
    }
    bool newDevice = false;
    for (const TrafficEntry &e : incoming) {
        // Few devices: a linear look-up beats hashing every row of a flood.
        if (!e.device.isEmpty() && (m_devices.isEmpty() || m_devices.constLast() != e.device)
            && !m_devices.contains(e.device)) {
            m_devices.append(e.device);
            newDevice = true;
        }
    }
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + count - 1);
    std::move(incoming.begin(), incoming.end(), std::back_inserter(m_rows));
    endInsertRows();
    Q_EMIT countsChanged();
    if (newDevice)
        Q_EMIT devicesChanged();
}

void TrafficLogModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    Q_EMIT pausedChanged(paused);
    if (!paused)
        flush();
    Q_EMIT countsChanged();
}

void TrafficLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    // What the hub holds now is history the user cleared: read only what comes next.
    if (m_hub) {
        for (const StreamKey &key : m_hub->streams()) {
            StreamCursor cursor(key);
            cursor.startAtEnd(*m_hub);
            m_cursors.insert(key, cursor);
        }
    }
    endResetModel();
    Q_EMIT countsChanged();
}

QString TrafficLogModel::rowText(int row) const
{
    QStringList cells;
    for (int c = 0; c < int(Column::Count); ++c)
        cells << cellText(m_rows[size_t(row)], Column(c));
    return cells.join(u'\t');
}

namespace {
// UTC with a "Z": files must not depend on the recording machine's zone.
QString isoTime(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

template<typename Fn> void forRows(const std::deque<TrafficEntry> &all, const QList<int> &rows, Fn fn)
{
    if (rows.isEmpty()) {
        for (const TrafficEntry &e : all)
            fn(e);
        return;
    }
    for (int r : rows) {
        if (r >= 0 && r < int(all.size()))
            fn(all[size_t(r)]);
    }
}
} // namespace

Status TrafficLogModel::writeCsv(QIODevice *device, const QList<int> &rows) const
{
    QTextStream out(device);
    out.setEncoding(QStringConverter::Utf8);
    out << "timestamp_us,time,device,handle,name,direction,hex,decoded,error\n";
    forRows(m_rows, rows, [&](const TrafficEntry &e) {
        const QStringList fields {
            QString::number(e.timestampUs),
            isoTime(e.timestampUs),
            e.device,
            e.handle ? UiFormat::handle(e.handle) : QString(),
            e.name,
            trafficDirectionKey(e.direction),
            toHex(e.value, QChar()),
            e.error.isEmpty() ? decodedOf(e) : QString(),
            e.error,
        };
        QStringList escaped;
        for (const QString &f : fields)
            escaped << csvField(f);
        out << escaped.join(u',') << '\n';
    });
    out.flush();
    if (out.status() != QTextStream::Ok)
        return Error(Error::Kind::InvalidArgument, device->errorString());
    return success();
}

Status TrafficLogModel::writeJsonLines(QIODevice *device, const QList<int> &rows) const
{
    bool ok = true;
    forRows(m_rows, rows, [&](const TrafficEntry &e) {
        QJsonObject o;
        o.insert(QStringLiteral("timestamp_us"), e.timestampUs);
        o.insert(QStringLiteral("time"), isoTime(e.timestampUs));
        o.insert(QStringLiteral("device"), e.device);
        o.insert(QStringLiteral("handle"), int(e.handle));
        o.insert(QStringLiteral("name"), e.name);
        o.insert(QStringLiteral("direction"), trafficDirectionKey(e.direction));
        o.insert(QStringLiteral("hex"), toHex(e.value, QChar()));
        o.insert(QStringLiteral("decoded"), e.error.isEmpty() ? decodedOf(e) : QString());
        if (!e.error.isEmpty())
            o.insert(QStringLiteral("error"), e.error);
        QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);
        line.append('\n');
        ok = ok && device->write(line) == line.size();
    });
    if (!ok)
        return Error(Error::Kind::InvalidArgument, device->errorString());
    return success();
}

Result<int> TrafficLogModel::writeBtsnoop(QIODevice *device, const QList<int> &rows) const
{
    TrafficBtsnoopExporter exporter(device);
    // The rows' own context first (the first discovery of a device is what the capture's
    // start needs), then what was kept of rows no longer there.
    forRows(m_rows, {}, [&](const TrafficEntry &e) { exporter.learn(e); });
    for (const TrafficEntry &e : std::as_const(m_captureContext))
        exporter.learn(e);
    bool ok = exporter.writeHeader();
    forRows(m_rows, rows, [&](const TrafficEntry &e) { ok = ok && exporter.write(e); });
    if (!ok)
        return Error(Error::Kind::InvalidArgument, device->errorString());
    return exporter.recordCount();
}

void TrafficLogModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, int(Column::Device)), index(rowCount() - 1, int(Column::Direction)),
                           { Qt::DisplayRole });
}

} // namespace gattscope
