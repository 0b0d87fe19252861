// SPDX-License-Identifier: MIT
#include "devicesession.h"

#include "attributenames.h"
#include "fieldlayoutstore.h"
#include "followfuture_p.h"

#include <gattscope/core/series/notificationhub.h>
#include <gattscope/core/series/samplestream.h>

#include <QTimer>

#include <memory>

namespace gattscope {

DeviceSession::DeviceSession(Connection *connection, NotificationHub *hub, const QString &name,
                             QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_address(connection->address())
    , m_device(connection->address().toString())
    , m_name(name)
    , m_layouts([](const Uuid &uuid) { return FieldLayoutStore::instance().layout(uuid); })
{
    if (hub)
        connect(hub, &NotificationHub::samplesAdded, this, &DeviceSession::onSamplesAdded);
    connect(&FieldLayoutStore::instance(), &FieldLayoutStore::layoutChanged, this,
            &DeviceSession::refreshDecoders);
    attach(connection);
    // Queued, like everything a session reports: whoever created it connects first.
    if (connection->isConnected()) {
        const TrafficEntry connected = TrafficEntry::connected(m_address, 0, connection->localAddress());
        QMetaObject::invokeMethod(
            this, [this, connected] { record(connected); }, Qt::QueuedConnection);
    }
}

DeviceSession::~DeviceSession()
{
    if (m_hub && m_connection)
        m_hub->detach(m_connection);
}

QString DeviceSession::title() const
{
    return m_name.isEmpty() ? m_device : m_name;
}

void DeviceSession::setConnection(Connection *connection)
{
    if (!connection || (connection == m_connection && connection->isConnected() == m_attachedUp))
        return;
    attach(connection);
    if (connection->isConnected())
        record(TrafficEntry::connected(m_address, 0, connection->localAddress()));
    Q_EMIT connectionChanged();
    Q_EMIT stateChanged();
}

void DeviceSession::attach(Connection *connection)
{
    for (const QMetaObject::Connection &c : std::as_const(m_links))
        disconnect(c);
    m_links.clear();
    if (m_hub && m_connection)
        m_hub->detach(m_connection);
    m_connection = connection;
    m_discovering = false;
    m_links << connect(connection, &Connection::stateChanged, this, &DeviceSession::stateChanged)
            << connect(connection, &Connection::disconnected, this, &DeviceSession::onDisconnected)
            << connect(connection, &Connection::encryptionChanged, this, &DeviceSession::stateChanged)
            << connect(connection, &Connection::parametersChanged, this, &DeviceSession::parametersChanged);
    // The hub keeps what the link notifies while it is up; what it recorded stays after.
    if (m_hub && connection->state() != Connection::State::Disconnected)
        m_hub->attach(connection);
    m_attachedUp = connection->isConnected();
}

bool DeviceSession::isConnected() const
{
    return m_connection && m_connection->isConnected();
}

QString DeviceSession::stateText(StateDetail detail) const
{
    if (!m_connection)
        return tr("Gone");
    const Connection::State state = m_connection->state();
    QString text = connectionStateName(state);
    if (state == Connection::State::Connected) {
        if (detail == StateDetail::Full) {
            text += tr(" · MTU %1").arg(m_connection->mtu());
            text += u" · " + securityText();
        }
        if (m_discovering)
            text += tr(" · discovering services…");
    } else if (state == Connection::State::Disconnected && m_lastReason) {
        text = tr("Disconnected: %1").arg(disconnectReasonText(m_lastReason));
    }
    return text;
}

QString DeviceSession::securityText() const
{
    if (isEncrypted())
        return m_bonded ? tr("Encrypted, bonded") : tr("Encrypted");
    return m_bonded ? tr("Not encrypted (bonded)") : tr("Not encrypted");
}

bool DeviceSession::isEncrypted() const
{
    return m_connection && m_connection->isConnected() && m_connection->isEncrypted();
}

void DeviceSession::forgetBond()
{
    if (!std::exchange(m_bonded, false))
        return;
    Q_EMIT stateChanged();
}

bool DeviceSession::needsPairing(const Error &error)
{
    return error.isAtt(AttError::InsufficientAuthentication) || error.isAtt(AttError::InsufficientEncryption)
        || error.isAtt(AttError::InsufficientEncryptionKeySize);
}

QFuture<Status> DeviceSession::pair(const PairingOptions &options)
{
    if (!isConnected())
        return notConnected<std::monostate>();
    m_pairing = true;
    recordEvent(tr("Pairing"));
    Q_EMIT stateChanged();
    return detail::follow<std::monostate>(
        this, m_connection->pair(options),
        [this, options](const Status &status) {
            m_pairing = false;
            if (status.ok()) {
                // Only what the backend confirmed: a backend that merely raised the security
                // level (gatttool) reports no encryption, and no bond is claimed for it.
                m_bonded = m_bonded || (options.bond && isEncrypted());
                recordEvent(options.bond ? tr("Paired and bonded") : tr("Paired"));
            } else if (status.error().kind() == Error::Kind::Cancelled) {
                recordEvent(tr("Pairing cancelled"));
            } else {
                recordEvent(tr("Pairing failed"), status.error().toString());
            }
            Q_EMIT stateChanged();
            return status;
        },
        [this] {
            m_pairing = false;
            recordEvent(tr("Pairing cancelled"));
            Q_EMIT stateChanged();
        });
}

ConnectionParameters DeviceSession::parameters() const
{
    return isConnected() ? m_connection->parameters() : ConnectionParameters();
}

QString DeviceSession::intervalText(int intervalUs)
{
    return tr("%1 ms").arg(QString::number(intervalUs / 1000.0, 'g', 7));
}

QString DeviceSession::timeoutText(int timeoutMs)
{
    if (timeoutMs < 1000)
        return tr("%1 ms").arg(timeoutMs);
    return tr("%1 s").arg(QString::number(timeoutMs / 1000.0, 'g', 7));
}

QString DeviceSession::parametersText(const ConnectionParameters &p)
{
    return QStringLiteral("%1 / %2 / %3")
        .arg(intervalText(p.intervalUs), QString::number(p.latency), timeoutText(p.supervisionTimeoutMs));
}

QFuture<Result<ConnectionParameters>> DeviceSession::requestParameters(const ConnectionParameters &parameters)
{
    if (!isConnected())
        return notConnected<ConnectionParameters>();
    QPointer<Connection> connection = m_connection;
    const ConnectionParameters before = connection->parameters();
    QFuture<Status> inner = connection->updateParameters(parameters);
    m_requestingParameters = true;
    recordEvent(tr("Requesting connection parameters %1").arg(parametersText(parameters)));
    Q_EMIT parametersChanged();

    Pending<ConnectionParameters> outer;
    detail::cancelWith<Result<ConnectionParameters>, Status>(this, outer.future(), [inner] { return inner; });
    // Ends the request once: with what the link runs with, or an error.
    auto finish = [this, outer](const Result<ConnectionParameters> &result) {
        if (outer.future().isFinished())
            return;
        m_requestingParameters = false;
        if (result.ok()) {
            recordEvent(
                tr("The device accepted connection parameters %1").arg(parametersText(result.value())));
        } else if (result.error().kind() == Error::Kind::Cancelled) {
            recordEvent(tr("Connection parameter request cancelled"));
        } else {
            recordEvent(tr("Connection parameter request failed"), result.error().toString());
        }
        outer.finish(result);
        Q_EMIT parametersChanged();
    };
    whenDone(this, inner, [this, connection, before, parameters, finish](const QFuture<Status> &f) {
        if (f.isCanceled()) {
            finish(Error(Error::Kind::Cancelled));
            return;
        }
        if (!f.result().ok()) {
            finish(f.result().error());
            return;
        }
        if (!connection || !connection->isConnected()) {
            finish(Error(Error::Kind::Disconnected, tr("The link went down")));
            return;
        }
        // The controller reports the new parameters once the update took effect (BGAPI
        // connection_status with parameters_change), which may come after the answer.
        const ConnectionParameters now = connection->parameters();
        if (now != before || now == parameters) {
            finish(now);
            return;
        }
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        auto links = std::make_shared<QList<QMetaObject::Connection>>();
        auto settle = [timer, links, connection, finish](const Result<ConnectionParameters> &result) {
            for (const QMetaObject::Connection &c : std::as_const(*links))
                QObject::disconnect(c);
            timer->deleteLater();
            finish(result);
        };
        *links << connect(
            connection, &Connection::parametersChanged, this, [settle](const ConnectionParameters &p) {
                settle(p);
            }) << connect(connection, &Connection::disconnected, this, [settle](const Error &reason) {
            settle(Error(Error::Kind::Disconnected, reason.toString()));
        }) << connect(timer, &QTimer::timeout, this, [settle, connection] {
            settle(connection ? connection->parameters() : ConnectionParameters());
        });
        // The update instant is a few connection events (at the old interval) ahead.
        timer->start(kParametersSettleMs + 8 * before.intervalUs / 1000);
    });
    return outer.future();
}

void DeviceSession::onDisconnected(const Error &reason)
{
    m_lastReason = reason;
    m_discovering = false;
    m_attachedUp = false;
    if (m_hub && m_connection)
        m_hub->detach(m_connection);
    record(TrafficEntry::disconnected(m_address, reason));
    Q_EMIT disconnected(reason);
    Q_EMIT stateChanged();
}

const Characteristic *DeviceSession::characteristic(quint16 valueHandle) const
{
    const Characteristic *c = m_database.characteristicForHandle(valueHandle);
    return c && c->valueHandle == valueHandle ? c : nullptr;
}

const Characteristic *DeviceSession::characteristic(const Uuid &uuid) const
{
    const QList<const Characteristic *> found = m_database.characteristicsByUuid(uuid);
    return found.isEmpty() ? nullptr : found.first();
}

QString DeviceSession::attributeName(quint16 handle) const
{
    return m_attributes.value(handle).name;
}

std::shared_ptr<const ValueDecoder> DeviceSession::decoder(quint16 handle) const
{
    return m_attributes.value(handle).decoder;
}

void DeviceSession::setLayoutProvider(LayoutProvider provider)
{
    m_layouts = provider ? std::move(provider) : [](const Uuid &) {
        return FieldLayout();
    };
    refreshDecoders();
}

void DeviceSession::refreshDecoders()
{
    m_attributes.clear();
    for (const Service &s : m_database.services()) {
        for (const Characteristic &c : s.characteristics) {
            m_attributes.insert(c.valueHandle,
                                { AttributeNames::displayName(c),
                                  std::make_shared<const ValueDecoder>(
                                      ValueDecoder::forCharacteristic(c, m_layouts(c.uuid))) });
            for (const Descriptor &d : c.descriptors) {
                m_attributes.insert(d.handle,
                                    { AttributeNames::displayName(d.uuid, AttributeNames::Kind::Descriptor),
                                      std::make_shared<const ValueDecoder>(ValueDecoder(d.uuid)) });
            }
        }
    }
    Q_EMIT namesChanged();
}

// --- traffic

TrafficEntry DeviceSession::entry(TrafficEntry::Direction direction, quint16 handle, const QByteArray &value,
                                  const Error &error, qint64 requestTimestampUs, qint64 timestampUs) const
{
    const Attribute attribute = m_attributes.value(handle);
    const QString decoded = !error && attribute.decoder ? attribute.decoder->decode(value).text : QString();
    QString name = attribute.name;
    if (const Descriptor *d = m_database.descriptorForHandle(handle);
        d && d->uuid == GattUuid::ClientCharacteristicConfiguration) {
        // Which characteristic a CCCD configures is what matters.
        const Characteristic *owner = m_database.characteristicForHandle(handle);
        name = tr("CCCD of %1").arg(owner ? attributeName(owner->valueHandle) : QString());
    }
    TrafficEntry e
        = TrafficEntry::operation(direction, m_device, handle, name, value, decoded, error, timestampUs);
    e.requestTimestampUs = requestTimestampUs;
    return e;
}

TrafficEntry DeviceSession::notificationEntry(quint16 handle, const NotificationSample &sample) const
{
    const Attribute attribute = m_attributes.value(handle);
    return TrafficEntry::notification(m_device, handle, attribute.name, sample, attribute.decoder);
}

void DeviceSession::record(const TrafficEntry &entry)
{
    Q_EMIT trafficRecorded(entry);
}

void DeviceSession::recordEvent(const QString &what, const QString &error)
{
    record(TrafficEntry::note(m_device, what, error));
}

void DeviceSession::recordRead(quint16 handle, const Result<QByteArray> &result, qint64 timestampUs,
                               qint64 requestTimestampUs)
{
    if (result.ok()) {
        m_readFailures.remove(handle);
        storeValue(handle, result.value());
    } else if (result.error().kind() != Error::Kind::Cancelled) {
        m_readFailures.insert(handle, result.error());
    }
    record(entry(TrafficEntry::Direction::Read, handle, result.ok() ? result.value() : QByteArray(),
                 result.error(), requestTimestampUs, timestampUs));
}

void DeviceSession::storeValue(quint16 handle, const QByteArray &value)
{
    if (!m_database.setValue(handle, value))
        return;
    if (const Descriptor *d = m_database.descriptorForHandle(handle);
        d && (d->uuid == GattUuid::PresentationFormat || d->uuid == GattUuid::UserDescription)) {
        // The characteristic decodes with a 0x2904 from now on, and is named by a 0x2901.
        refreshDecoders();
    }
    Q_EMIT valueChanged(handle, value);
}

void DeviceSession::onSamplesAdded(const StreamKey &key, quint64 first, quint64 end)
{
    if (key.device != m_address || !m_hub)
        return;
    const SampleStream *stream = m_hub->stream(key);
    if (!stream)
        return;
    // Only the newest value matters here (the tree shows it): the last real one of the range.
    for (quint64 seq = qMin(end, stream->endSequence()); seq > qMax(first, stream->firstSequence()); --seq) {
        const NotificationSample s = stream->at(seq - 1);
        if (s.isGap())
            continue;
        if (m_database.setValue(key.handle, s.value.toByteArray())) {
            m_notified = { key.handle };
            Q_EMIT notifiedValuesChanged(m_notified);
        }
        return;
    }
}

// --- operations

template<typename T> QFuture<Result<T>> DeviceSession::notConnected() const
{
    return Pending<T>::ready(Error(Error::Kind::Disconnected, tr("%1 is not connected").arg(title())));
}

QFuture<Result<GattDatabase>> DeviceSession::discover(bool readUserDescriptions)
{
    if (!isConnected())
        return notConnected<GattDatabase>();
    if (m_discovering)
        return Pending<GattDatabase>::ready(Error(Error::Kind::Busy, tr("Discovery is already running")));
    m_discovering = true;
    Q_EMIT stateChanged();
    return detail::follow<GattDatabase>(
        this, m_connection->discover(),
        [this, readUserDescriptions](const Result<GattDatabase> &result) {
            m_discovering = false;
            if (!result.ok()) {
                if (result.error().kind() == Error::Kind::Cancelled)
                    recordEvent(tr("Discovery cancelled"));
                else
                    recordEvent(tr("Discovery failed"), result.error().toString());
                Q_EMIT stateChanged();
                return result;
            }
            m_database = result.value();
            m_readFailures.clear();
            refreshDecoders();
            record(TrafficEntry::discovered(
                m_address, tr("Discovered %n service(s)", nullptr, int(m_database.services().size())),
                m_database, m_connection ? m_connection->mtu() : 0));
            Q_EMIT discovered();
            Q_EMIT stateChanged();
            if (readUserDescriptions)
                this->readUserDescriptions();
            return result;
        },
        [this] {
            m_discovering = false;
            recordEvent(tr("Discovery cancelled"));
            Q_EMIT stateChanged();
        });
}

QFuture<Result<QByteArray>> DeviceSession::read(quint16 handle, Connection::ReadMode mode)
{
    if (!isConnected())
        return notConnected<QByteArray>();
    const qint64 sent = TrafficEntry::nowUs();
    return detail::follow<QByteArray>(
        this, m_connection->read(handle, mode),
        [this, handle, sent](const Result<QByteArray> &result) {
            recordRead(handle, result, 0, sent);
            return result;
        },
        [this, handle, sent] {
            record(entry(TrafficEntry::Direction::Read, handle, {}, Error(Error::Kind::Cancelled), sent));
        });
}

QFuture<Status> DeviceSession::write(quint16 handle, const QByteArray &value, Connection::WriteMode mode)
{
    if (!isConnected())
        return notConnected<std::monostate>();
    const auto direction = mode == Connection::WriteMode::Command ? TrafficEntry::Direction::WriteCommand
                                                                  : TrafficEntry::Direction::Write;
    const qint64 sent = TrafficEntry::nowUs();
    return detail::follow<std::monostate>(
        this, m_connection->write(handle, value, mode),
        [this, handle, value, direction, sent](const Status &status) {
            if (status.ok())
                storeValue(handle, value);
            record(entry(direction, handle, value, status.error(), sent));
            return status;
        },
        [this, handle, value, direction, sent] {
            record(entry(direction, handle, value, Error(Error::Kind::Cancelled), sent));
        });
}

QFuture<Status> DeviceSession::setSubscribed(quint16 valueHandle, bool on)
{
    const Characteristic *c = characteristic(valueHandle);
    if (!c)
        return Pending<std::monostate>::ready(
            Error(Error::Kind::InvalidArgument,
                  tr("Handle 0x%1 is not a characteristic value").arg(valueHandle, 4, 16, QLatin1Char('0'))));
    const Connection::Subscription mode = !on                ? Connection::Subscription::Off
        : (c->properties & CharacteristicProperty::Notify)   ? Connection::Subscription::Notify
        : (c->properties & CharacteristicProperty::Indicate) ? Connection::Subscription::Indicate
                                                             : Connection::Subscription::Notify;
    return subscribe(valueHandle, mode);
}

QFuture<Status> DeviceSession::subscribe(quint16 valueHandle, Connection::Subscription mode)
{
    if (!isConnected())
        return notConnected<std::monostate>();
    const Characteristic *c = characteristic(valueHandle);
    if (!c || !c->cccdHandle()) {
        const Error error(Error::Kind::NotFound,
                          tr("%1 has no Client Characteristic Configuration descriptor")
                              .arg(c ? attributeName(valueHandle)
                                     : tr("Handle 0x%1").arg(valueHandle, 4, 16, QLatin1Char('0'))));
        recordEvent(tr("Subscribing failed"), error.toString());
        return Pending<std::monostate>::ready(error);
    }
    const quint16 cccd = *c->cccdHandle();
    QByteArray value(2, '\0');
    value[0] = char(mode == Connection::Subscription::Notify         ? 0x01
                        : mode == Connection::Subscription::Indicate ? 0x02
                                                                     : 0x00);
    const qint64 sent = TrafficEntry::nowUs();
    return detail::follow<std::monostate>(
        this, m_connection->subscribe(valueHandle, mode),
        [this, cccd, value, sent](const Status &status) {
            if (status.ok())
                storeValue(cccd, value);
            record(entry(TrafficEntry::Direction::Write, cccd, value, status.error(), sent));
            return status;
        },
        [this, cccd, value, sent] {
            record(entry(TrafficEntry::Direction::Write, cccd, value, Error(Error::Kind::Cancelled), sent));
        });
}

bool DeviceSession::isSubscribed(quint16 valueHandle) const
{
    const Characteristic *c = m_database.characteristicForHandle(valueHandle);
    const Descriptor *cccd = c ? c->descriptor(GattUuid::ClientCharacteristicConfiguration) : nullptr;
    return cccd && cccd->hasValue && !cccd->value.isEmpty() && (quint8(cccd->value[0]) & 0x03);
}

QFuture<Status> DeviceSession::readDescriptors(quint16 valueHandle, const QList<Uuid> &uuids)
{
    QList<quint16> handles;
    if (const Characteristic *c = m_database.characteristicForHandle(valueHandle)) {
        for (const Descriptor &d : c->descriptors) {
            if (uuids.contains(d.uuid) && !d.hasValue)
                handles.append(d.handle);
        }
    }
    return readEach(std::move(handles));
}

QFuture<Status> DeviceSession::readUserDescriptions()
{
    QList<quint16> handles;
    for (const Service &s : m_database.services()) {
        for (const Characteristic &c : s.characteristics) {
            for (const Descriptor &d : c.descriptors) {
                if (d.uuid == GattUuid::UserDescription && !d.hasValue)
                    handles.append(d.handle);
            }
        }
    }
    return readEach(std::move(handles));
}

QFuture<Status> DeviceSession::readValues(ReadScope scope)
{
    const bool all = scope == ReadScope::All;
    QList<quint16> handles;
    for (const Service &s : m_database.services()) {
        for (const Characteristic &c : s.characteristics) {
            if ((c.properties & CharacteristicProperty::Read) && (all || !c.hasValue))
                handles.append(c.valueHandle);
            for (const Descriptor &d : c.descriptors) {
                if (d.uuid != GattUuid::ClientCharacteristicConfiguration && (all || !d.hasValue))
                    handles.append(d.handle);
            }
        }
    }
    return readEach(std::move(handles));
}

// One read after the other, reporting progress; cancelling the returned future cancels the read in flight and
// stops there.
QFuture<Status> DeviceSession::readEach(QList<quint16> handles)
{
    if (handles.isEmpty())
        return Pending<std::monostate>::ready(success());
    if (!isConnected())
        return notConnected<std::monostate>();
    // Kept alive by the continuation of the read in flight.
    struct Walk
    {
        Pending<std::monostate> done;
        QList<quint16> handles;
        int total = 0;
        QFuture<Result<QByteArray>> current;
        std::function<void(std::shared_ptr<Walk>)> step;
    };
    auto walk = std::make_shared<Walk>();
    walk->handles = std::move(handles);
    walk->total = int(walk->handles.size());
    walk->done.setProgress(0, walk->total);
    const QFuture<Status> result = walk->done.future();
    const std::weak_ptr<Walk> weak = walk;
    detail::cancelWith<Status, Result<QByteArray>>(this, result, [weak] {
        const std::shared_ptr<Walk> w = weak.lock();
        return w ? w->current : QFuture<Result<QByteArray>>();
    });
    // The walk lives as long as the handler of the read in flight holds it.
    walk->step = [this](std::shared_ptr<Walk> w) {
        if (w->done.isCanceled() || w->handles.isEmpty() || !isConnected()) {
            w->done.finish(w->done.isCanceled()       ? Status(Error(Error::Kind::Cancelled))
                               : w->handles.isEmpty() ? success()
                                                      : Status(Error(Error::Kind::Disconnected)));
            w->current = {};
            return;
        }
        w->current = read(w->handles.takeFirst());
        whenDone(this, w->current, [w](const QFuture<Result<QByteArray>> &read) {
            if (!read.isCanceled()) {
                w->done.setProgress(w->total - int(w->handles.size()), w->total);
                if (!read.result().ok() && read.result().error().kind() == Error::Kind::Disconnected) {
                    // The link went down: the next reads would fail the same way.
                    w->done.finish(read.result().error());
                    w->current = {};
                    return;
                }
                w->step(w);
                return;
            }
            w->done.finish(Error(Error::Kind::Cancelled));
            w->current = {};
        });
    };
    walk->step(walk);
    return result;
}

QFuture<Status> DeviceSession::disconnectFromDevice()
{
    if (!isConnected())
        return notConnected<std::monostate>();
    return m_connection->disconnectFromDevice();
}

} // namespace gattscope
