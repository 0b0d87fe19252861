// SPDX-License-Identifier: MIT
#include "bgapidiscovery.h"

#include "bgapigattclient.h"

#include <QLoggingCategory>

#include <algorithm>

namespace gattscope {

Q_LOGGING_CATEGORY(lcBgapiDiscovery, "gattscope.bgapi.discovery", QtInfoMsg)

namespace {
// Normal end of a discovery step: the peer has nothing (more) of that kind.
bool endsNormally(const Error &error)
{
    return !error || error.isAtt(AttError::AttributeNotFound) || error.isAtt(AttError::UnsupportedGroupType);
}
// After these nothing more can be learnt: the link or the dongle is gone, the peer stopped
// answering, or the caller cancelled the discovery.
bool endsDiscovery(const Error &error)
{
    switch (error.kind()) {
    case Error::Kind::Disconnected:
    case Error::Kind::TransportLost:
    case Error::Kind::Timeout:
    case Error::Kind::Cancelled: return true;
    default: return false;
    }
}
} // namespace

void BgapiDiscovery::start(BgapiGattClient *client, Done done)
{
    auto d = std::make_shared<BgapiDiscovery>(client, std::move(done));
    d->findServices(true);
}

BgapiDiscovery::BgapiDiscovery(BgapiGattClient *client, Done done)
    : m_client(client)
    , m_done(std::move(done))
{ }

void BgapiDiscovery::findServices(bool primary)
{
    auto self = shared_from_this();
    BgapiGattClient::Step step;
    step.onGroup = [self, primary](const bgapi::AttclientGroupFoundEvent &e) {
        if (e.end < e.start) {
            qCWarning(lcBgapiDiscovery) << "ignoring service with an empty range" << e.start << e.end;
            return;
        }
        Service s;
        s.startHandle = e.start;
        s.endHandle = e.end;
        s.uuid = e.uuid;
        s.primary = primary;
        self->m_services.append(s);
    };
    step.done = [self, primary](const Error &error) {
        if (primary && !endsNormally(error)) {
            self->finish(error);
            return;
        }
        if (error && !endsNormally(error)) {
            // Some stacks refuse the secondary-service query; primaries are what matter.
            if (endsDiscovery(error)) {
                self->finish(error);
                return;
            }
            qCDebug(lcBgapiDiscovery) << "secondary services not available:" << error.toString();
        }
        if (primary) {
            self->findServices(false);
            return;
        }
        std::sort(self->m_services.begin(), self->m_services.end(),
                  [](const Service &a, const Service &b) { return a.startHandle < b.startHandle; });
        self->findCharacteristics(0);
    };
    bgapi::AttclientReadByGroupType command;
    command.connection = m_client->connection();
    command.start = 0x0001;
    command.end = 0xFFFF;
    command.uuid = primary ? GattUuid::PrimaryService : GattUuid::SecondaryService;
    m_client->run(command, std::move(step));
}

void BgapiDiscovery::findCharacteristics(int service)
{
    if (service >= m_services.size()) {
        next(0, -1);
        return;
    }
    auto self = shared_from_this();
    const quint16 start = m_services[service].startHandle;
    const quint16 end = m_services[service].endHandle;
    auto add = [self, service, start, end](quint16 declaration, quint16 valueHandle, quint8 properties,
                                           const Uuid &uuid) {
        if (declaration < start || declaration > end || valueHandle <= declaration || valueHandle > end) {
            qCWarning(lcBgapiDiscovery)
                << "ignoring characteristic declaration outside its service" << declaration;
            return;
        }
        Characteristic c;
        c.declarationHandle = declaration;
        c.valueHandle = valueHandle;
        c.uuid = uuid;
        c.properties = CharacteristicProperties(properties);
        self->m_services[service].characteristics.append(c);
    };
    BgapiGattClient::Step step;
    step.onValue = [add](const bgapi::AttclientAttributeValueEvent &e) {
        if (e.type != bgapi::AttributeValueType::ReadByType)
            return;
        // Characteristic declaration value: properties (1), value handle (2), UUID (2 or 16).
        const QByteArray &v = e.value;
        if (v.size() != 5 && v.size() != 19) {
            qCWarning(lcBgapiDiscovery) << "malformed characteristic declaration at" << e.handle << v.toHex();
            return;
        }
        const std::optional<Uuid> uuid = Uuid::fromAttBytes(QByteArrayView(v).sliced(3));
        if (!uuid)
            return;
        add(e.handle, quint16(quint8(v[1]) | (quint8(v[2]) << 8)), quint8(v[0]), *uuid);
    };
    step.onAttributeFound = [add](const bgapi::AttclientAttributeFoundEvent &e) {
        add(e.declarationHandle, e.valueHandle, e.properties, e.uuid);
    };
    step.done = [self, service, end](const Error &error) {
        if (!endsNormally(error)) {
            self->finish(error);
            return;
        }
        QList<Characteristic> &chars = self->m_services[service].characteristics;
        std::sort(chars.begin(), chars.end(), [](const Characteristic &a, const Characteristic &b) {
            return a.declarationHandle < b.declarationHandle;
        });
        for (int i = 0; i < chars.size(); ++i)
            chars[i].endHandle = i + 1 < chars.size() ? quint16(chars[i + 1].declarationHandle - 1) : end;
        self->findCharacteristics(service + 1);
    };
    bgapi::AttclientReadByType command;
    command.connection = m_client->connection();
    command.start = start;
    command.end = end;
    command.uuid = GattUuid::CharacteristicDeclaration;
    m_client->run(command, std::move(step));
}

void BgapiDiscovery::next(int service, int characteristic)
{
    // The characteristic after (service, characteristic) that has room for descriptors.
    ++characteristic;
    while (service < m_services.size()) {
        const QList<Characteristic> &chars = m_services[service].characteristics;
        for (; characteristic < chars.size(); ++characteristic) {
            if (chars[characteristic].endHandle > chars[characteristic].valueHandle) {
                findDescriptors(service, characteristic);
                return;
            }
        }
        ++service;
        characteristic = 0;
    }
    finish(Error());
}

void BgapiDiscovery::findDescriptors(int service, int characteristic)
{
    auto self = shared_from_this();
    const Characteristic &c = m_services[service].characteristics[characteristic];
    BgapiGattClient::Step step;
    step.onInformation = [self, service, characteristic](const bgapi::AttclientFindInformationFoundEvent &e) {
        Characteristic &ch = self->m_services[service].characteristics[characteristic];
        if (e.handle <= ch.valueHandle || e.handle > ch.endHandle)
            return;
        Descriptor d;
        d.handle = e.handle;
        d.uuid = e.uuid;
        ch.descriptors.append(d);
    };
    step.done = [self, service, characteristic](const Error &error) {
        if (!endsNormally(error)) {
            self->finish(error);
            return;
        }
        self->readExtendedProperties(service, characteristic);
    };
    bgapi::AttclientFindInformation command;
    command.connection = m_client->connection();
    command.start = quint16(c.valueHandle + 1);
    command.end = c.endHandle;
    m_client->run(command, std::move(step));
}

void BgapiDiscovery::readExtendedProperties(int service, int characteristic)
{
    const Characteristic &c = m_services[service].characteristics[characteristic];
    const Descriptor *ext = c.descriptor(GattUuid::ExtendedProperties);
    if (!(c.properties & CharacteristicProperty::ExtendedProperties) || !ext) {
        next(service, characteristic);
        return;
    }
    auto self = shared_from_this();
    const quint16 handle = ext->handle;
    m_client->readShort(handle, [self, service, characteristic, handle](const Result<QByteArray> &r) {
        if (!r.ok()) {
            if (endsDiscovery(r.error())) {
                self->finish(r.error());
                return;
            }
            qCDebug(lcBgapiDiscovery)
                << "cannot read extended properties at" << handle << r.error().toString();
        } else {
            Characteristic &ch = self->m_services[service].characteristics[characteristic];
            const QByteArray &v = r.value();
            const quint8 bits = v.isEmpty() ? 0 : quint8(v[0]);
            if (bits & 0x01)
                ch.properties |= CharacteristicProperty::ReliableWrite;
            if (bits & 0x02)
                ch.properties |= CharacteristicProperty::WritableAuxiliaries;
            for (Descriptor &d : ch.descriptors) {
                if (d.handle == handle) {
                    d.value = v;
                    d.hasValue = true;
                }
            }
        }
        self->next(service, characteristic);
    });
}

void BgapiDiscovery::finish(const Error &error)
{
    Done done = std::move(m_done);
    m_done = nullptr;
    if (!done)
        return;
    if (error)
        done(error);
    else
        done(GattDatabase(m_services));
}

} // namespace gattscope
