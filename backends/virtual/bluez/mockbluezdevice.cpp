// SPDX-License-Identifier: MIT
#include "mockbluezdevice.h"

#include "mockbluez.h"
#include "mockbluezbus.h"
#include "mockbluezgatt.h"
#include "mockbluezinterfaces.h"

#include <gattscope/backends/virtual/virtualperipheral.h>
#include <gattscope/core/advertising/advertisingdata.h>

#include <QDateTime>
#include <QTimer>

#include <cstdlib>

namespace gattscope {

namespace {

const QString kDevice = MockBluezInterface::Device;

QString errorText(const QString &name)
{
    static const QHash<QString, QString> texts = {
        { MockBluezError::AuthenticationFailed, QStringLiteral("Authentication Failed") },
        { MockBluezError::AuthenticationCanceled, QStringLiteral("Authentication Canceled") },
        { MockBluezError::AuthenticationRejected, QStringLiteral("Authentication Rejected") },
        { MockBluezError::AuthenticationTimeout, QStringLiteral("Authentication Timeout") },
        { MockBluezError::InProgress, QStringLiteral("In Progress") },
    };
    return texts.value(name, QStringLiteral("Operation failed"));
}

} // namespace

MockBluezDevice::MockBluezDevice(MockBluez *mock, const QString &adapterPath, VirtualPeripheral *peripheral,
                                 QObject *parent)
    : QObject(parent)
    , m_mock(mock)
    , m_adapterPath(adapterPath)
    , m_path(adapterPath + QStringLiteral("/dev_")
             + peripheral->address().toString().toUpper().replace(u':', u'_'))
    , m_peripheral(peripheral)
    , m_gatt(new MockBluezGatt(mock, this))
{ }

MockBluezDevice::~MockBluezDevice() = default;

QString MockBluezDevice::address() const
{
    return m_peripheral->address().toString().toUpper();
}

QVariantMap MockBluezDevice::advertisedProperties(qint8 rssi) const
{
    const PeripheralProfile &profile = m_peripheral->profile();
    const AdvertisingData ad
        = AdvertisingData::merged(AdvertisingData::parse(profile.advertisingData),
                                  AdvertisingData::parse(profile.scanResponseData, AdSource::ScanResponse));
    QVariantMap props;
    props.insert(QStringLiteral("Address"), address());
    props.insert(QStringLiteral("AddressType"),
                 m_peripheral->address().isRandom() ? QStringLiteral("random") : QStringLiteral("public"));
    const QString name = ad.name();
    if (!name.isEmpty())
        props.insert(QStringLiteral("Name"), name);
    props.insert(QStringLiteral("Alias"), name.isEmpty() ? QString(address()).replace(u':', u'-') : name);
    props.insert(QStringLiteral("Paired"), m_paired);
    props.insert(QStringLiteral("Bonded"), m_paired);
    props.insert(QStringLiteral("Trusted"), m_trusted);
    props.insert(QStringLiteral("Blocked"), m_blocked);
    props.insert(QStringLiteral("LegacyPairing"), false);
    props.insert(QStringLiteral("RSSI"), MockValue::int16(rssi));
    props.insert(QStringLiteral("Connected"), m_connected);
    QStringList uuids;
    const QList<Uuid> advertised = ad.serviceUuids();
    for (const Uuid &u : advertised)
        uuids.append(u.toCanonicalString());
    props.insert(QStringLiteral("UUIDs"), uuids);
    props.insert(QStringLiteral("Adapter"), MockValue::path(m_adapterPath));
    const QList<AdManufacturerData> manufacturer = ad.manufacturerData();
    if (!manufacturer.isEmpty()) {
        MockDict16 dict;
        for (const AdManufacturerData &m : manufacturer)
            dict.insert(m.companyId, QDBusVariant(m.data));
        props.insert(QStringLiteral("ManufacturerData"), QVariant::fromValue(dict));
    }
    const QList<AdServiceData> serviceData = ad.serviceData();
    if (!serviceData.isEmpty()) {
        QVariantMap dict;
        for (const AdServiceData &s : serviceData)
            dict.insert(s.uuid.toCanonicalString(), s.data);
        props.insert(QStringLiteral("ServiceData"), dict);
    }
    if (const std::optional<qint8> tx = ad.txPower())
        props.insert(QStringLiteral("TxPower"), MockValue::int16(*tx));
    props.insert(QStringLiteral("ServicesResolved"), false);
    if (const std::optional<quint8> flags = ad.flags())
        props.insert(QStringLiteral("AdvertisingFlags"), QByteArray(1, char(*flags)));
    if (const std::optional<quint16> appearance = ad.appearance())
        props.insert(QStringLiteral("Appearance"), MockValue::uint16(*appearance));
    return props;
}

void MockBluezDevice::exportObject()
{
    if (m_exported)
        return;
    MockBluezBus::Interface i;
    i.name = kDevice;
    i.properties = advertisedProperties(m_peripheral->rssi());
    if (m_lastHeardMs == 0)
        i.properties.remove(QStringLiteral("RSSI")); // known from a bond, not heard
    i.properties.insert(QStringLiteral("Connected"), m_connected);
    i.methods.insert(QStringLiteral("Connect"), [this](const QDBusMessage &c) { connectCall(c); });
    i.methods.insert(QStringLiteral("Disconnect"), [this](const QDBusMessage &c) { disconnectCall(c); });
    i.methods.insert(QStringLiteral("Pair"), [this](const QDBusMessage &c) { pairCall(c); });
    i.methods.insert(QStringLiteral("CancelPairing"),
                     [this](const QDBusMessage &c) { cancelPairingCall(c); });
    auto boolean = [this](bool *field, const QString &name) {
        return [this, field, name](const QVariant &v) -> std::pair<QString, QString> {
            if (v.typeId() != QMetaType::Bool)
                return { MockBluezError::InvalidArguments,
                         QStringLiteral("Invalid arguments in method call") };
            *field = v.toBool();
            m_mock->bus()->setProperties(m_path, kDevice, { { name, *field } });
            return {};
        };
    };
    i.setters.insert(QStringLiteral("Trusted"), boolean(&m_trusted, QStringLiteral("Trusted")));
    i.setters.insert(QStringLiteral("Blocked"), boolean(&m_blocked, QStringLiteral("Blocked")));
    i.setters.insert(QStringLiteral("Alias"), [this](const QVariant &v) -> std::pair<QString, QString> {
        if (v.typeId() != QMetaType::QString)
            return { MockBluezError::InvalidArguments, QStringLiteral("Invalid arguments in method call") };
        QString alias = v.toString();
        if (alias.isEmpty()) {
            alias = m_mock->bus()->property(m_path, kDevice, QStringLiteral("Name")).toString();
            if (alias.isEmpty())
                alias = QString(address()).replace(u':', u'-');
        }
        m_mock->bus()->setProperties(m_path, kDevice, { { QStringLiteral("Alias"), alias } });
        return {};
    });
    m_exported = true;
    m_mock->bus()->addObject(m_path, { i });
}

void MockBluezDevice::heard(qint8 rssi, bool everyRssi, bool duplicateData)
{
    m_lastHeardMs = QDateTime::currentMSecsSinceEpoch();
    if (!m_exported) {
        exportObject(); // InterfacesAdded carries every property, RSSI included
        return;
    }
    MockBluezBus *bus = m_mock->bus();
    const QVariantMap now = advertisedProperties(rssi);
    QVariantMap changed;
    const bool hadRssi = bus->hasProperty(m_path, kDevice, QStringLiteral("RSSI"));
    const int oldRssi = bus->property(m_path, kDevice, QStringLiteral("RSSI")).toInt();
    // Without a discovery filter bluetoothd only reports RSSI changes of 8 dB or more.
    if (!hadRssi || (everyRssi ? oldRssi != rssi : std::abs(oldRssi - rssi) >= 8))
        changed.insert(QStringLiteral("RSSI"), now.value(QStringLiteral("RSSI")));
    for (const char *key : { "Name", "Alias", "UUIDs", "TxPower", "AdvertisingFlags", "Appearance" }) {
        const QString k = QLatin1String(key);
        if (now.contains(k)
            && (!bus->hasProperty(m_path, kDevice, k) || bus->property(m_path, kDevice, k) != now[k]))
            changed.insert(k, now[k]);
    }
    for (const char *key : { "ManufacturerData", "ServiceData" }) {
        const QString k = QLatin1String(key);
        if (now.contains(k) && (duplicateData || !bus->hasProperty(m_path, kDevice, k)))
            changed.insert(k, now[k]);
    }
    if (m_connected || m_gatt->isExported())
        changed.remove(QStringLiteral("UUIDs")); // now the GATT services' UUIDs
    bus->setProperties(m_path, kDevice, changed);
}

void MockBluezDevice::discoveryStopped()
{
    if (m_exported)
        m_mock->bus()->setProperties(m_path, kDevice, {},
                                     { QStringLiteral("RSSI"), QStringLiteral("TxPower") });
}

void MockBluezDevice::unexport()
{
    m_gatt->unexport();
    if (m_exported)
        m_mock->bus()->removeObject(m_path);
    m_exported = false;
}

void MockBluezDevice::restore()
{
    if (m_paired && !m_exported)
        exportObject();
}

// --- connection

void MockBluezDevice::beginConnect(std::function<void(const QString &, const QString &)> done)
{
    if (m_connected) {
        done({}, {});
        return;
    }
    if (m_connecting) {
        done(MockBluezError::Failed, QStringLiteral("Operation already in progress"));
        return;
    }
    if (!m_mock->adapterPowered(m_adapterPath)) {
        done(MockBluezError::NotReady, QStringLiteral("Resource Not Ready"));
        return;
    }
    const quint64 attempt = ++m_generation;
    m_connecting = Connecting { attempt, std::move(done) };
    // Fault rules name peers by their 48 bits (a profile file's "peer" has no address type).
    const bool refused = m_mock->faults().takeRefusal(DeviceAddress(m_peripheral->address().toUInt64()))
        || !m_mock->isInRange(m_peripheral) || !m_peripheral->profile().connectable
        || m_mock->isBusyElsewhere(m_peripheral, this);
    if (refused) {
        // Nobody answers: bluetoothd gives up and the kernel cancels the attempt.
        QTimer::singleShot(m_mock->options().connectTimeoutMs, this, [this, attempt] {
            if (!m_connecting || m_connecting->attempt != attempt)
                return;
            const Connecting c = *m_connecting;
            m_connecting.reset();
            c.done(MockBluezError::Failed, QStringLiteral("le-connection-abort-by-local"));
        });
        return;
    }
    QTimer::singleShot(m_mock->options().connectDelayMs, this, [this, attempt] { establish(attempt); });
}

void MockBluezDevice::establish(quint64 attempt)
{
    if (!m_connecting || m_connecting->attempt != attempt)
        return;
    m_connected = true;
    m_client = {};
    m_peripheral->setConnected(true);
    if (!m_exported)
        exportObject();
    m_mock->bus()->setProperties(m_path, kDevice, { { QStringLiteral("Connected"), true } });
    QTimer::singleShot(m_mock->options().resolveDelayMs, this, [this, attempt] {
        if (!m_connected || m_generation != attempt || !m_connecting)
            return;
        m_gatt->exportAll();
        m_mock->bus()->setProperties(m_path, kDevice,
                                     { { QStringLiteral("UUIDs"), m_gatt->serviceUuids() } });
        m_mock->bus()->setProperties(m_path, kDevice, { { QStringLiteral("ServicesResolved"), true } });
        m_gatt->linkUp();
        const Connecting c = *m_connecting;
        m_connecting.reset();
        c.done({}, {});
    });
}

void MockBluezDevice::connectCall(const QDBusMessage &call)
{
    const std::optional<FaultRule> rule = m_mock->commandFault(QStringLiteral("Connect"));
    if (m_mock->preempt(rule, call, this))
        return;
    beginConnect([this, call, rule](const QString &error, const QString &text) {
        m_mock->answer(call, { error, text, {} }, rule);
        if (error.isEmpty() && rule && rule->action == FaultRule::Action::Disconnect) {
            const auto [reason, message] = MockBluez::disconnectReason(quint8(rule->reason & 0xFF));
            const QString r = reason;
            const QString m = message;
            QTimer::singleShot(0, this, [this, r, m] { linkLost(r, m); });
        }
    });
}

void MockBluezDevice::disconnectCall(const QDBusMessage &call)
{
    const std::optional<FaultRule> rule = m_mock->commandFault(QStringLiteral("Disconnect"));
    if (m_mock->preempt(rule, call, this))
        return;
    if (m_connecting && !m_connected) {
        // Disconnect cancels a Connect still waiting for its reply.
        const Connecting c = *m_connecting;
        m_connecting.reset();
        ++m_generation;
        c.done(MockBluezError::Failed, QStringLiteral("br-connection-canceled"));
        m_mock->answer(call, {}, rule);
        return;
    }
    if (!m_connected) {
        m_mock->answer(call, { MockBluezError::NotConnected, QStringLiteral("Not Connected"), {} }, rule);
        return;
    }
    endLink(QStringLiteral("org.bluez.Reason.Local"), QStringLiteral("Connection terminated by local host"),
            false);
    m_mock->answer(call, {}, rule);
}

void MockBluezDevice::linkLost(const QString &reason, const QString &message)
{
    endLink(reason, message, false);
}

void MockBluezDevice::dropSilently()
{
    endLink({}, {}, true);
}

void MockBluezDevice::endLink(const QString &reason, const QString &message, bool silent)
{
    if (m_connecting && !m_connected) {
        const Connecting c = *m_connecting;
        m_connecting.reset();
        ++m_generation;
        if (!silent)
            c.done(MockBluezError::Failed, QStringLiteral("le-connection-abort-by-local"));
        return;
    }
    if (!m_connected)
        return;
    m_connected = false;
    m_connecting.reset();
    ++m_generation;
    if (m_pairing) {
        const Pairing p = *m_pairing;
        m_pairing.reset();
        if (!silent)
            p.done(MockBluezError::AuthenticationCanceled);
    }
    m_gatt->linkDown(m_paired, silent);
    m_client = {};
    m_peripheral->setConnected(false);
    if (silent)
        return;
    MockBluezBus *bus = m_mock->bus();
    bus->setProperties(m_path, kDevice, { { QStringLiteral("ServicesResolved"), false } });
    bus->emitSignal(m_path, kDevice, QStringLiteral("Disconnected"), { reason, message });
    bus->setProperties(m_path, kDevice, { { QStringLiteral("Connected"), false } });
    if (!m_paired)
        m_gatt->unexport();
}

// --- pairing

void MockBluezDevice::pairCall(const QDBusMessage &call)
{
    const std::optional<FaultRule> rule = m_mock->commandFault(QStringLiteral("Pair"));
    if (m_mock->preempt(rule, call, this))
        return;
    if (m_paired) {
        m_mock->answer(call, { MockBluezError::AlreadyExists, QStringLiteral("Already Exists"), {} }, rule);
        return;
    }
    if (m_pairing) {
        m_mock->answer(call, { MockBluezError::InProgress, QStringLiteral("In Progress"), {} }, rule);
        return;
    }
    const QString owner = call.service();
    beginConnect([this, call, rule, owner](const QString &error, const QString &) {
        if (!error.isEmpty()) {
            m_mock->answer(
                call, { MockBluezError::ConnectionAttemptFailed, QStringLiteral("Page Timeout"), {} }, rule);
            return;
        }
        runPairing(owner, [this, call, rule](const QString &failure) {
            if (failure.isEmpty())
                m_mock->answer(call, {}, rule);
            else
                m_mock->answer(call, { failure, errorText(failure), {} }, rule);
        });
    });
}

void MockBluezDevice::cancelPairingCall(const QDBusMessage &call)
{
    if (!m_pairing) {
        m_mock->answer(call, { MockBluezError::DoesNotExist, QStringLiteral("Does Not Exist"), {} });
        return;
    }
    m_mock->cancelAgent(m_pairing->owner);
    finishPairing(MockBluezError::AuthenticationCanceled);
    m_mock->answer(call, {});
}

void MockBluezDevice::runPairing(const QString &owner, std::function<void(const QString &)> done)
{
    if (m_pairing) {
        done(MockBluezError::InProgress);
        return;
    }
    m_pairing = Pairing { owner, std::move(done) };
    const quint64 link = m_generation;
    const std::optional<quint32> passkey = m_peripheral->profile().passkey;
    if (!passkey) {
        // "Just works".
        QTimer::singleShot(10, this, [this, link] {
            if (m_generation == link)
                finishPairing({});
        });
        return;
    }
    // The peripheral displays a passkey, so this side must be able to type one.
    const QString capability = m_mock->agentCapability(owner);
    if (capability != QLatin1String("KeyboardOnly") && capability != QLatin1String("KeyboardDisplay")) {
        QTimer::singleShot(10, this, [this, link] {
            if (m_generation == link)
                finishPairing(MockBluezError::AuthenticationFailed);
        });
        return;
    }
    m_mock->requestPasskey(
        owner, m_path, [this, link, passkey](std::optional<quint32> typed, const QString &error) {
            if (m_generation != link || !m_pairing)
                return;
            if (!error.isEmpty())
                finishPairing(error);
            else
                finishPairing(typed == passkey ? QString() : MockBluezError::AuthenticationFailed);
        });
}

void MockBluezDevice::finishPairing(const QString &error)
{
    if (!m_pairing)
        return;
    const Pairing p = *m_pairing;
    m_pairing.reset();
    if (error.isEmpty()) {
        m_paired = true;
        m_client.encrypted = true;
        m_mock->bus()->setProperties(
            m_path, kDevice, { { QStringLiteral("Paired"), true }, { QStringLiteral("Bonded"), true } });
    }
    p.done(error);
}

void MockBluezDevice::secure(std::function<void(bool)> done)
{
    if (m_client.encrypted) {
        done(true);
        return;
    }
    if (m_paired) {
        // Bonded: the stored key encrypts the link without asking anyone.
        m_client.encrypted = true;
        done(true);
        return;
    }
    // Security elevation goes to the default agent (bluetoothd: device_request_passkey).
    runPairing(QString(), [done](const QString &error) { done(error.isEmpty()); });
}

} // namespace gattscope
