// SPDX-License-Identifier: MIT
#include "mockbluezgatt.h"

#include "mockbluez.h"
#include "mockbluezbus.h"
#include "mockbluezdevice.h"
#include "mockbluezinterfaces.h"

#include <gattscope/backends/bluez/bluezproperties.h>
#include <gattscope/backends/virtual/virtualperipheral.h>

namespace gattscope {

namespace {

const QString kChr = MockBluezInterface::GattCharacteristic;
const QString kDesc = MockBluezInterface::GattDescriptor;

QString hex4(quint16 h)
{
    return QStringLiteral("%1").arg(h, 4, 16, QLatin1Char('0'));
}

MockBluez::Reply invalidArguments()
{
    return { MockBluezError::InvalidArguments, QStringLiteral("Invalid arguments in method call"), {} };
}

// The "offset" and "type" options, checked as bluetoothd's parse_options() does.
bool parseOptions(const QVariant &argument, quint16 *offset, QString *type)
{
    const std::optional<QVariantMap> dict = MockBluezBus::dictionary(argument);
    if (!dict)
        return false;
    const QVariantMap &options = *dict;
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (it.key().compare(QLatin1String("offset"), Qt::CaseInsensitive) == 0) {
            if (it.value().typeId() != QMetaType::UShort)
                return false;
            *offset = quint16(it.value().toUInt());
        } else if (type && it.key().compare(QLatin1String("type"), Qt::CaseInsensitive) == 0) {
            if (it.value().typeId() != QMetaType::QString)
                return false;
            *type = it.value().toString();
        }
    }
    return true;
}

} // namespace

MockBluezGatt::MockBluezGatt(MockBluez *mock, MockBluezDevice *device)
    : QObject(device)
    , m_mock(mock)
    , m_device(device)
{
    connect(device->peripheral(), &VirtualPeripheral::valueGenerated, this, &MockBluezGatt::onValueGenerated);
}

void MockBluezGatt::exportAll()
{
    VirtualGattServer &server = m_device->peripheral()->gatt();
    const QList<VirtualAttribute> &attributes = server.attributes();
    const QList<VirtualCharacteristic> &characteristics = server.characteristics();
    MockBluezBus *bus = m_mock->bus();
    const int mtu = m_mock->options().mtu;
    QString servicePath;
    QString charPath;
    for (const VirtualAttribute &a : attributes) {
        switch (a.kind) {
        case VirtualAttribute::Kind::PrimaryService:
        case VirtualAttribute::Kind::SecondaryService: {
            const std::optional<Uuid> uuid = Uuid::fromAttBytes(a.value);
            if (!uuid || *uuid == Uuid(0x1800)) { // claimed by bluetoothd's GAP plugin
                servicePath.clear();
                continue;
            }
            servicePath = m_device->path() + QStringLiteral("/service") + hex4(a.handle);
            m_objects.insert(a.handle, servicePath);
            if (bus->hasObject(servicePath))
                continue;
            MockBluezBus::Interface i;
            i.name = MockBluezInterface::GattService;
            i.properties = { { QStringLiteral("Handle"), MockValue::uint16(a.handle) },
                             { QStringLiteral("UUID"), uuid->toCanonicalString() },
                             { QStringLiteral("Device"), MockValue::path(m_device->path()) },
                             { QStringLiteral("Primary"), a.kind == VirtualAttribute::Kind::PrimaryService },
                             { QStringLiteral("Includes"), MockValue::paths({}) } };
            bus->addObject(servicePath, { i });
            break;
        }
        case VirtualAttribute::Kind::CharacteristicDeclaration: {
            if (servicePath.isEmpty())
                continue;
            const VirtualCharacteristic &c = characteristics.at(a.characteristic);
            charPath = servicePath + QStringLiteral("/char") + hex4(a.handle);
            m_objects.insert(a.handle, charPath);
            Chr &chr = m_chrs[c.valueHandle];
            chr.path = charPath;
            chr.index = a.characteristic;
            if (bus->hasObject(charPath))
                continue;
            const CharacteristicProperties props = CharacteristicProperties::fromInt(c.properties);
            MockBluezBus::Interface i;
            i.name = kChr;
            i.properties = { { QStringLiteral("Handle"), MockValue::uint16(a.handle) },
                             { QStringLiteral("UUID"), c.uuid.toCanonicalString() },
                             { QStringLiteral("Service"), MockValue::path(servicePath) },
                             { QStringLiteral("Flags"), BluezProperties::characteristicFlags(props) },
                             { QStringLiteral("MTU"), MockValue::uint16(mtu) } };
            if (props & (CharacteristicProperty::Notify | CharacteristicProperty::Indicate)) {
                i.properties.insert(QStringLiteral("Notifying"), false);
                i.properties.insert(QStringLiteral("NotifyAcquired"), false);
            }
            if (props & CharacteristicProperty::WriteWithoutResponse)
                i.properties.insert(QStringLiteral("WriteAcquired"), false);
            const quint16 value = c.valueHandle;
            const QString path = charPath;
            i.methods.insert(QStringLiteral("ReadValue"),
                             [this, value, path](const QDBusMessage &m) { readValue(m, value, path, kChr); });
            i.methods.insert(QStringLiteral("WriteValue"),
                             [this, value](const QDBusMessage &m) { writeValue(m, value, false); });
            i.methods.insert(QStringLiteral("StartNotify"),
                             [this, value](const QDBusMessage &m) { startNotify(m, value); });
            i.methods.insert(QStringLiteral("StopNotify"),
                             [this, value](const QDBusMessage &m) { stopNotify(m, value); });
            bus->addObject(charPath, { i });
            break;
        }
        case VirtualAttribute::Kind::Cccd:
        case VirtualAttribute::Kind::Descriptor: {
            if (servicePath.isEmpty() || charPath.isEmpty())
                continue;
            const QString path = charPath + QStringLiteral("/desc") + hex4(a.handle);
            m_objects.insert(a.handle, path);
            if (bus->hasObject(path))
                continue;
            MockBluezBus::Interface i;
            i.name = kDesc;
            i.properties = { { QStringLiteral("Handle"), MockValue::uint16(a.handle) },
                             { QStringLiteral("UUID"), a.type.toCanonicalString() },
                             { QStringLiteral("Characteristic"), MockValue::path(charPath) } };
            const quint16 handle = a.handle;
            i.methods.insert(QStringLiteral("ReadValue"), [this, handle, path](const QDBusMessage &m) {
                readValue(m, handle, path, kDesc);
            });
            i.methods.insert(QStringLiteral("WriteValue"),
                             [this, handle](const QDBusMessage &m) { writeValue(m, handle, true); });
            bus->addObject(path, { i });
            break;
        }
        case VirtualAttribute::Kind::Value: break;
        }
    }
    m_exported = true;
}

void MockBluezGatt::unexport()
{
    if (!m_exported)
        return;
    // Deepest first, as bluetoothd unregisters descriptors before their characteristic.
    const QList<QString> paths = m_objects.values();
    for (auto it = paths.crbegin(); it != paths.crend(); ++it)
        m_mock->bus()->removeObject(*it);
    m_objects.clear();
    m_chrs.clear();
    m_exported = false;
}

QStringList MockBluezGatt::serviceUuids() const
{
    QStringList out;
    for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it) {
        if (m_mock->bus()->hasInterface(it.value(), MockBluezInterface::GattService)) {
            const QString uuid
                = m_mock->bus()
                      ->property(it.value(), MockBluezInterface::GattService, QStringLiteral("UUID"))
                      .toString();
            if (!out.contains(uuid))
                out.append(uuid);
        }
    }
    return out;
}

bool MockBluezGatt::checkConnected(const QDBusMessage &call)
{
    if (m_device->isConnected())
        return true;
    m_mock->answer(call, { MockBluezError::Failed, QStringLiteral("Not connected"), {} });
    return false;
}

void MockBluezGatt::readValue(const QDBusMessage &call, quint16 handle, const QString &path,
                              const QString &interface, bool retried)
{
    const std::optional<FaultRule> rule
        = retried ? std::nullopt : m_mock->commandFault(QStringLiteral("ReadValue"));
    if (m_mock->preempt(rule, call, m_device) || !checkConnected(call))
        return;
    quint16 offset = 0;
    if (!parseOptions(call.arguments().value(0), &offset, nullptr)) {
        m_mock->answer(call, invalidArguments(), rule);
        return;
    }
    if (!retried) {
        if (const std::optional<quint8> e
            = m_mock->faults().takeAttError(MockBluez::faultCommand(QStringLiteral("ReadValue")), handle,
                                            DeviceAddress(m_device->peripheral()->address().toUInt64()))) {
            m_mock->answer(call, MockBluez::attErrorReply(*e), rule);
            return;
        }
    }
    QByteArray value;
    const quint8 e = m_device->peripheral()->gatt().read(handle, m_device->client(), &value);
    if (e == quint8(AttError::InsufficientAuthentication) && !retried) {
        const quint64 link = m_device->generation();
        m_device->secure([this, call, handle, path, interface, link](bool ok) {
            if (m_device->generation() != link) {
                m_mock->answer(call, MockBluez::attErrorReply(0)); // the link ended meanwhile
                return;
            }
            if (ok)
                readValue(call, handle, path, interface, true);
            else
                m_mock->answer(call, MockBluez::attErrorReply(quint8(AttError::InsufficientAuthentication)));
        });
        return;
    }
    if (e) {
        m_mock->answer(call, MockBluez::attErrorReply(e), rule);
        return;
    }
    if (offset > value.size()) {
        m_mock->answer(call, MockBluez::attErrorReply(quint8(AttError::InvalidOffset)), rule);
        return;
    }
    value = value.mid(offset);
    MockBluezBus *bus = m_mock->bus();
    if (!bus->hasProperty(path, interface, QStringLiteral("Value"))
        || bus->property(path, interface, QStringLiteral("Value")).toByteArray() != value)
        bus->setProperties(path, interface, { { QStringLiteral("Value"), value } });
    m_mock->answer(call, { {}, {}, { value } }, rule);
}

void MockBluezGatt::writeValue(const QDBusMessage &call, quint16 handle, bool descriptor, bool retried)
{
    const std::optional<FaultRule> rule
        = retried ? std::nullopt : m_mock->commandFault(QStringLiteral("WriteValue"));
    if (m_mock->preempt(rule, call, m_device) || !checkConnected(call))
        return;
    const QVariantList args = call.arguments();
    quint16 offset = 0;
    QString type;
    if (args.value(0).typeId() != QMetaType::QByteArray
        || !parseOptions(args.value(1), &offset, descriptor ? nullptr : &type)) {
        m_mock->answer(call, invalidArguments(), rule);
        return;
    }
    const QByteArray value = args.value(0).toByteArray();
    VirtualPeripheral *peripheral = m_device->peripheral();
    VirtualGattServer &server = peripheral->gatt();

    enum class Procedure {
        Request,
        Command,
        Reliable
    } procedure = Procedure::Request;
    if (descriptor) {
        const VirtualAttribute *a = server.attribute(handle);
        if (a && a->kind == VirtualAttribute::Kind::Cccd) {
            // bluetoothd owns the CCCD: StartNotify/StopNotify only.
            m_mock->answer(call, { MockBluezError::NotPermitted, QStringLiteral("Write not permitted"), {} },
                           rule);
            return;
        }
    } else {
        const VirtualCharacteristic *c = server.characteristicForValue(handle);
        const CharacteristicProperties props = CharacteristicProperties::fromInt(c ? c->properties : 0);
        const QString t = type.toLower();
        if (t == QLatin1String("reliable")) {
            procedure = Procedure::Reliable;
        } else if (t == QLatin1String("request")
                   || (t.isEmpty() && (props & CharacteristicProperty::Write))) {
            procedure = Procedure::Request;
        } else if ((t == QLatin1String("command")
                    || (t.isEmpty() && (props & CharacteristicProperty::WriteWithoutResponse)))
                   && offset == 0) {
            procedure = Procedure::Command;
        } else {
            m_mock->answer(call,
                           { MockBluezError::NotSupported, QStringLiteral("Operation is not supported"), {} },
                           rule);
            return;
        }
    }
    if (procedure == Procedure::Command) {
        // Write Without Response: whatever the peer does with it, the call succeeds.
        server.write(handle, value, m_device->client());
        m_mock->answer(call, {}, rule);
        return;
    }
    if (!retried) {
        if (const std::optional<quint8> e
            = m_mock->faults().takeAttError(MockBluez::faultCommand(QStringLiteral("WriteValue")), handle,
                                            DeviceAddress(peripheral->address().toUInt64()))) {
            m_mock->answer(call, MockBluez::attErrorReply(*e), rule);
            return;
        }
    }
    quint8 e = 0;
    if (offset == 0 && procedure == Procedure::Request) {
        e = server.write(handle, value, m_device->client());
    } else {
        // Prepare Write + Execute Write (a long or reliable write).
        quint16 failed = 0;
        e = server.checkPrepareWrite(handle, m_device->client());
        if (!e)
            e = server.executeWrites({ { handle, offset, value } }, m_device->client(), &failed);
    }
    if (e == quint8(AttError::InsufficientAuthentication) && !retried) {
        const quint64 link = m_device->generation();
        m_device->secure([this, call, handle, descriptor, link](bool ok) {
            if (m_device->generation() != link) {
                m_mock->answer(call, MockBluez::attErrorReply(0));
                return;
            }
            if (ok)
                writeValue(call, handle, descriptor, true);
            else
                m_mock->answer(call, MockBluez::attErrorReply(quint8(AttError::InsufficientAuthentication)));
        });
        return;
    }
    m_mock->answer(call, e ? MockBluez::attErrorReply(e) : MockBluez::Reply {}, rule);
}

quint8 MockBluezGatt::applyCccd(Chr &chr)
{
    const VirtualCharacteristic &c = m_device->peripheral()->gatt().characteristics().at(chr.index);
    if (!c.cccdHandle)
        return 0;
    // bluetoothd enables notifications when the characteristic has them, else indications.
    quint16 bits = 0;
    if (!chr.sessions.isEmpty())
        bits = (c.properties & quint8(CharacteristicProperty::Notify)) ? 0x0001 : 0x0002;
    QByteArray v(2, '\0');
    v[0] = char(bits);
    return m_device->peripheral()->gatt().write(c.cccdHandle, v, m_device->client());
}

void MockBluezGatt::setNotifying(Chr &chr, bool on)
{
    if (chr.notifying == on)
        return;
    chr.notifying = on;
    m_mock->bus()->setProperties(chr.path, kChr, { { QStringLiteral("Notifying"), on } });
}

void MockBluezGatt::startNotify(const QDBusMessage &call, quint16 valueHandle)
{
    const std::optional<FaultRule> rule = m_mock->commandFault(QStringLiteral("StartNotify"));
    if (m_mock->preempt(rule, call, m_device))
        return;
    auto it = m_chrs.find(valueHandle);
    const VirtualCharacteristic &c = m_device->peripheral()->gatt().characteristics().at(it->index);
    if (!(c.properties
          & quint8((CharacteristicProperty::Notify | CharacteristicProperty::Indicate).toInt()))) {
        m_mock->answer(
            call, { MockBluezError::NotSupported, QStringLiteral("Operation is not supported"), {} }, rule);
        return;
    }
    const QString sender = call.service();
    if (it->sessions.contains(sender)) {
        m_mock->answer(call, {}, rule); // each client has one session; asking again is fine
        return;
    }
    it->sessions.append(sender);
    m_mock->watchClient(sender);
    if (!m_device->isConnected()) {
        // Registered now, enabled when the device connects.
        m_mock->answer(call, {}, rule);
        return;
    }
    if (it->sessions.size() == 1) {
        if (const quint8 e = applyCccd(*it)) {
            it->sessions.removeAll(sender);
            m_mock->answer(call, MockBluez::attErrorReply(e), rule);
            return;
        }
    }
    setNotifying(*it, true);
    m_mock->answer(call, {}, rule);
}

void MockBluezGatt::stopNotify(const QDBusMessage &call, quint16 valueHandle)
{
    const std::optional<FaultRule> rule = m_mock->commandFault(QStringLiteral("StopNotify"));
    if (m_mock->preempt(rule, call, m_device))
        return;
    auto it = m_chrs.find(valueHandle);
    if (!it->sessions.removeOne(call.service())) {
        m_mock->answer(call, { MockBluezError::Failed, QStringLiteral("No notify session started"), {} },
                       rule);
        return;
    }
    if (it->sessions.isEmpty()) {
        if (m_device->isConnected())
            applyCccd(*it);
        setNotifying(*it, false);
    }
    m_mock->answer(call, {}, rule);
}

void MockBluezGatt::linkUp()
{
    for (Chr &chr : m_chrs) {
        if (chr.sessions.isEmpty())
            continue;
        if (applyCccd(chr) == 0)
            setNotifying(chr, true);
    }
}

void MockBluezGatt::linkDown(bool keepSessions, bool silent)
{
    for (Chr &chr : m_chrs) {
        if (!keepSessions)
            chr.sessions.clear();
        if (!silent)
            setNotifying(chr, false);
        else
            chr.notifying = false;
    }
}

void MockBluezGatt::forgetClient(const QString &owner)
{
    for (Chr &chr : m_chrs) {
        if (chr.sessions.removeAll(owner) && chr.sessions.isEmpty()) {
            if (m_device->isConnected())
                applyCccd(chr);
            setNotifying(chr, false);
        }
    }
}

void MockBluezGatt::onValueGenerated(quint16 valueHandle, const QByteArray &value)
{
    if (!m_device->isConnected())
        return;
    const auto it = m_chrs.constFind(valueHandle);
    if (it == m_chrs.cend() || !it->notifying)
        return;
    // A notification or indication (bluetoothd confirms the latter itself) updates Value.
    m_mock->bus()->setProperties(it->path, kChr, { { QStringLiteral("Value"), value } });
}

} // namespace gattscope
