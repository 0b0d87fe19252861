// SPDX-License-Identifier: MIT
// The BlueZ property mapping (backends/bluez/bluezproperties.h, bluezerror.h) on any object
// tree a bluetoothd, a mock or a hostile D-Bus peer could export, as the plain values
// BluezDbusSystem hands it. Properties:
//   - address()/advertisement() agree: both succeed or both fail (InvalidArgument), and a
//     result's data is advertisingData() of the same map, its RSSI in -127..127;
//   - advertisingData() of any map is well-framed AD data (every structure's length fits,
//     AdvertisingData finds the same structures); the content is the peer's and may be
//     malformed (an Eddystone frame in service data is passed on as it came);
//   - Flags → properties → Flags → properties is stable, and only known words come back;
//   - database() either fails with Protocol/InvalidArgument and a message, or gives a
//     database whose handles are what it promises: non-zero, unique, services in order and
//     disjoint, value = declaration + 1, descriptors after their value and inside their
//     characteristic, everything inside its service, kindOfHandle() agreeing;
//   - BluezError maps any error name/message/reason to an Error with a kind and a text
//     (toString(); the message may be empty when the code says it all).
//
// Input: byte 0 picks the device path database() is asked about; byte 1 the number of
// objects (0..31). Each object: a path, 1..3 interfaces, each with 0..9 properties (key,
// value). A text is either a word from a table (first byte ≥ 0x80: keys, interfaces, flag
// words, UUIDs, addresses) or a length byte < 0x80 and that many UTF-8 bytes. A path is
// mostly the device path with service/char/desc names and small hex numbers, so that the
// tree is often consistent enough to get deep. A value has a type tag first: the types
// QtDBus delivers (s, o, b, y, n, q, u, x, ay, as, a{sv}, a{qv}) and wrong ones (double,
// lists of variants, invalid). The rest of the input feeds the BluezError calls.
#include "fuzzsupport.h"

#include <gattscope/backends/bluez/bluezerror.h>
#include <gattscope/backends/bluez/bluezproperties.h>
#include <gattscope/core/advertising/advertisingdata.h>

#include <QSet>

using namespace gattscope;

namespace {

const QString kDevice = QStringLiteral("/org/bluez/hci0/dev_E1_77_6A_00_00_07");

const char *const kWords[] = {
    // Device1, GATT keys
    "Address",
    "AddressType",
    "Name",
    "Alias",
    "RSSI",
    "TxPower",
    "UUIDs",
    "ManufacturerData",
    "ServiceData",
    "AdvertisingFlags",
    "AdvertisingData",
    "Appearance",
    "Paired",
    "UUID",
    "Handle",
    "Primary",
    "Device",
    "Service",
    "Characteristic",
    "Flags",
    "Value",
    "Includes",
    // values
    "public",
    "random",
    "E1:77:6A:00:00:07",
    "00:07:80:A1:B2:C3",
    "4A:00:00:00:00:01",
    "00:00:00:00:00:00",
    "180d",
    "2a37",
    "2902",
    "2901",
    "0000feaa-0000-1000-8000-00805f9b34fb",
    "6a770001-8c3a-4f3e-9e4b-5a2c1d0e9f10",
    "89",
    "65535",
    "65536",
    "0",
    "1",
    "255",
    "256",
    "broadcast",
    "read",
    "write-without-response",
    "write",
    "notify",
    "indicate",
    "authenticated-signed-writes",
    "extended-properties",
    "reliable-write",
    "writable-auxiliaries",
    "encrypt-read",
    "/org/bluez/hci0/dev_E1_77_6A_00_00_07",
    "/org/bluez/hci0/dev_E1_77_6A_00_00_07/service0006",
    "/org/bluez/hci0/dev_E1_77_6A_00_00_07/service0006/char0007",
    // error names and reasons
    "org.bluez.Error.Failed",
    "org.bluez.Error.NotPermitted",
    "org.bluez.Error.NotReady",
    "org.bluez.Error.InProgress",
    "org.bluez.Error.NotAuthorized",
    "org.bluez.Error.AuthenticationFailed",
    "org.freedesktop.DBus.Error.AccessDenied",
    "org.freedesktop.DBus.Error.ServiceUnknown",
    "org.freedesktop.DBus.Error.NoReply",
    "org.bluez.Reason.Timeout",
    "org.bluez.Reason.Remote",
    "org.bluez.Reason.Local",
    "Operation failed with ATT error: 0x0e",
    "Not paired",
    "le-connection-abort-by-local",
    "Software caused connection abort",
};
constexpr int kWordCount = int(sizeof(kWords) / sizeof(kWords[0]));

class Input
{
public:
    Input(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    { }

    bool atEnd() const { return m_pos >= m_size; }
    quint8 u8() { return m_pos < m_size ? m_data[m_pos++] : 0; }
    // Little-endian; each byte read in its own statement, so the order is defined.
    quint16 u16()
    {
        const quint16 low = u8();
        return quint16(low | (u8() << 8));
    }
    quint32 u32()
    {
        const quint32 low = u16();
        return low | (quint32(u16()) << 16);
    }
    QByteArray bytes(qsizetype n)
    {
        n = std::min<qsizetype>(n, qsizetype(m_size - std::min(m_pos, m_size)));
        QByteArray out(reinterpret_cast<const char *>(m_data + m_pos), n);
        m_pos += size_t(n);
        return out;
    }
    QString text()
    {
        const quint8 b = u8();
        if (b >= 0x80)
            return QString::fromUtf8(kWords[(b & 0x7F) % kWordCount]);
        return QString::fromUtf8(bytes(b));
    }
    // The device path, its GATT children with small handles (so that they collide and nest),
    // or any text.
    QString path()
    {
        const quint8 kind = u8() % 6;
        if (kind == 4)
            return kDevice + u'/' + text();
        if (kind == 5)
            return text();
        QString path = kDevice;
        const char16_t *const names[] = { u"/service", u"/char", u"/desc" };
        for (int level = 0; level < kind; ++level)
            path += QStringView(names[level]) + QStringLiteral("%1").arg(uint(u8()), 4, 16, QLatin1Char('0'));
        return path;
    }
    QString interface()
    {
        const QString *known[]
            = { &BluezInterface::Device, &BluezInterface::GattService, &BluezInterface::GattCharacteristic,
                &BluezInterface::GattDescriptor, &BluezInterface::Adapter };
        const quint8 b = u8();
        return b < 0xF0 ? *known[b % 5] : text();
    }
    QVariant value(int depth)
    {
        const quint8 tag = u8();
        switch (tag % 16) {
        case 0: return text(); // s
        case 1: return path(); // o (a plain QString, as BluezDbusSystem gives it)
        case 2: return bool(u8() & 1); // b
        case 3: return QVariant::fromValue(quint8(u8())); // y
        case 4: return QVariant::fromValue(qint16(u16())); // n
        case 5: return QVariant::fromValue(quint16(u16())); // q
        case 6: return QVariant::fromValue(u32()); // u
        case 7: { // x, beyond int
            const qint64 n = u32();
            return QVariant::fromValue(n << (u8() % 32));
        }
        case 8: return bytes(u8()); // ay
        case 9: { // as / ao
            QStringList list;
            for (int n = u8() % 8; n > 0 && !atEnd(); --n)
                list.append(u8() & 1 ? path() : text());
            return list;
        }
        case 10: // a{sv}
        case 11: { // a{qv} / a{yv}: keys are decimal numbers
            if (depth >= 3)
                return QVariant();
            QVariantMap map;
            for (int n = u8() % 8; n > 0 && !atEnd(); --n) {
                QString key;
                if (tag % 16 == 10) {
                    key = text();
                } else {
                    const qint32 number = qint32(u32());
                    key = QString::number(number >> (u8() % 32));
                }
                map.insert(key, value(depth + 1));
            }
            return map;
        }
        case 12: return double(qint32(u32())) / 16.0; // a wrong type: double
        case 13: { // a wrong type: av
            if (depth >= 3)
                return QVariant();
            QVariantList list;
            for (int n = u8() % 4; n > 0 && !atEnd(); --n)
                list.append(value(depth + 1));
            return list;
        }
        case 14: return QVariant::fromValue(qint32(u32())); // i
        default: return QVariant(); // absent
        }
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

const QStringList &knownFlagWords()
{
    static const QStringList words = {
        QStringLiteral("broadcast"),
        QStringLiteral("read"),
        QStringLiteral("write-without-response"),
        QStringLiteral("write"),
        QStringLiteral("notify"),
        QStringLiteral("indicate"),
        QStringLiteral("authenticated-signed-writes"),
        QStringLiteral("extended-properties"),
        QStringLiteral("reliable-write"),
        QStringLiteral("writable-auxiliaries"),
    };
    return words;
}

void checkDevice(const QVariantMap &props, qint64 timestamp)
{
    // The framing is ours and must be right; the content is the peer's, passed on as BlueZ
    // got it (a malformed Eddystone frame in service data stays malformed), so
    // AdvertisingData may find fault with it but must agree on the structures.
    const QByteArray ad = BluezProperties::advertisingData(props);
    int structures = 0;
    for (qsizetype i = 0; i < ad.size(); i += 1 + quint8(ad[i])) {
        FUZZ_CHECK_NOTE(quint8(ad[i]) >= 1 && i + 1 + quint8(ad[i]) <= ad.size(),
                        QString::fromLatin1(ad.toHex(' ')));
        ++structures;
    }
    const AdvertisingData parsed = AdvertisingData::parse(ad);
    FUZZ_CHECK_NOTE(parsed.structures().size() == structures, QString::fromLatin1(ad.toHex(' ')));

    const Result<DeviceAddress> address = BluezProperties::address(props);
    const Result<Advertisement> advert = BluezProperties::advertisement(props, timestamp);
    FUZZ_CHECK(address.ok() == advert.ok());
    if (!advert.ok()) {
        FUZZ_CHECK(advert.error().kind() == Error::Kind::InvalidArgument);
        FUZZ_CHECK(!advert.error().message().isEmpty());
        return;
    }
    const Advertisement &a = advert.value();
    FUZZ_CHECK(!a.address.isNull());
    FUZZ_CHECK(a.address == address.value());
    FUZZ_CHECK(a.data == ad);
    FUZZ_CHECK(a.rssi >= -127);
    FUZZ_CHECK(a.timestampUs == timestamp);
    FUZZ_CHECK(a.rebuilt);
}

void checkFlags(const QStringList &flags)
{
    const CharacteristicProperties p = BluezProperties::characteristicProperties(flags);
    const QStringList back = BluezProperties::characteristicFlags(p);
    for (const QString &word : back)
        FUZZ_CHECK(knownFlagWords().contains(word));
    FUZZ_CHECK(BluezProperties::characteristicProperties(back) == p);
    FUZZ_CHECK(BluezProperties::characteristicFlags(BluezProperties::characteristicProperties(back)) == back);
}

void checkDatabase(const BluezObjects &objects, const QString &devicePath)
{
    const Result<GattDatabase> result = BluezProperties::database(objects, devicePath);
    if (!result.ok()) {
        const Error::Kind kind = result.error().kind();
        FUZZ_CHECK(kind == Error::Kind::Protocol || kind == Error::Kind::InvalidArgument);
        FUZZ_CHECK(!result.error().message().isEmpty());
        return;
    }
    const GattDatabase &db = result.value();
    FUZZ_CHECK(db.handleOrigin() == GattDatabase::HandleOrigin::Peer);
    QSet<quint16> handles;
    auto claim = [&handles](quint16 h) {
        FUZZ_CHECK_NOTE(h != 0 && !handles.contains(h), QStringLiteral("handle %1").arg(h));
        handles.insert(h);
    };
    int previousEnd = 0;
    for (const Service &s : db.services()) {
        FUZZ_CHECK(int(s.startHandle) > previousEnd);
        FUZZ_CHECK(s.startHandle <= s.endHandle);
        FUZZ_CHECK(!s.uuid.isNull());
        previousEnd = s.endHandle;
        claim(s.startHandle);
        FUZZ_CHECK(db.kindOfHandle(s.startHandle) == GattDatabase::AttributeKind::Service);
        int previousCharEnd = s.startHandle;
        for (const Characteristic &c : s.characteristics) {
            FUZZ_CHECK(int(c.declarationHandle) > previousCharEnd);
            FUZZ_CHECK(c.valueHandle == c.declarationHandle + 1);
            FUZZ_CHECK(c.valueHandle <= c.endHandle && c.endHandle <= s.endHandle);
            previousCharEnd = c.endHandle;
            claim(c.declarationHandle);
            claim(c.valueHandle);
            FUZZ_CHECK(db.kindOfHandle(c.declarationHandle)
                       == GattDatabase::AttributeKind::CharacteristicDeclaration);
            FUZZ_CHECK(db.kindOfHandle(c.valueHandle) == GattDatabase::AttributeKind::CharacteristicValue);
            for (const Descriptor &d : c.descriptors) {
                FUZZ_CHECK(d.handle > c.valueHandle && d.handle <= c.endHandle);
                claim(d.handle);
                FUZZ_CHECK(db.kindOfHandle(d.handle) == GattDatabase::AttributeKind::Descriptor);
            }
        }
    }
    FUZZ_CHECK(db.attributeCount() == handles.size());
}

// Not "a message": a controller reason is its code ("Controller error 0x08 (Connection
// Timeout)") and BlueZ may say nothing more; what a user reads is toString().
void checkError(const Error &e)
{
    FUZZ_CHECK(e.kind() != Error::Kind::None);
    FUZZ_CHECK(!e.toString().isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Input in(data, size);
    const quint8 pathChoice = in.u8();
    const QString devicePath = pathChoice % 8 == 1 ? QString()
        : pathChoice % 8 == 2                      ? QStringLiteral("/")
        : pathChoice % 8 == 3                      ? kDevice + u'/'
        : pathChoice % 8 == 4                      ? in.path()
                                                   : kDevice;

    BluezObjects objects;
    for (int n = in.u8() % 32; n > 0 && !in.atEnd(); --n) {
        const QString path = in.path();
        QMap<QString, QVariantMap> &interfaces = objects[path];
        for (int i = 1 + in.u8() % 3; i > 0 && !in.atEnd(); --i) {
            QVariantMap &props = interfaces[in.interface()];
            for (int p = in.u8() % 10; p > 0 && !in.atEnd(); --p) {
                const QString key = in.text();
                props.insert(key, in.value(0));
            }
        }
    }

    qint64 timestamp = 0;
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        for (auto i = it.value().cbegin(); i != it.value().cend(); ++i) {
            checkDevice(i.value(), ++timestamp);
            const QVariant flags = i.value().value(QStringLiteral("Flags"));
            checkFlags(flags.toStringList());
        }
    }
    checkDatabase(objects, devicePath);

    while (!in.atEnd()) {
        const QString name = in.text();
        const QString message = in.text();
        const auto call = BluezError::Call(in.u8() % 4);
        checkError(BluezError::fromReply(name, message, call, in.u8() & 1 ? in.text() : QString()));
        checkError(BluezError::disconnectReason(name, message));
    }
    return 0;
}
