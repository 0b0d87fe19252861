// SPDX-License-Identifier: MIT
#include "profileloader.h"

#include "advertisingdatabuilder.h"
#include "profileloader_p.h"
#include "virtualgattserver.h"

#include <gattscope/core/gatt/gattdatabase.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <cmath>
#include <limits>

namespace gattscope {

namespace profile {

IntegerText parseIntegerText(QStringView text, qint64 *value)
{
    bool negative = false;
    int base = 10;
    if (text.startsWith(u'-') || text.startsWith(u'+')) {
        negative = text.front() == u'-';
        text = text.sliced(1);
    } else if (text.startsWith(u"0x", Qt::CaseInsensitive)) {
        base = 16;
        text = text.sliced(2);
    }
    if (text.isEmpty())
        return IntegerText::NotANumber;
    // Accumulate the magnitude; anything past 2^63 is too large for every range here.
    constexpr quint64 kLimit = quint64(std::numeric_limits<qint64>::max()) + 1;
    quint64 magnitude = 0;
    bool tooLarge = false;
    for (QChar c : text) {
        const int digit = hexDigitValue(c); // ASCII only
        if (digit < 0 || digit >= base)
            return IntegerText::NotANumber;
        if (magnitude > (kLimit - quint64(digit)) / quint64(base))
            tooLarge = true;
        else
            magnitude = magnitude * quint64(base) + quint64(digit);
    }
    if (tooLarge || magnitude > kLimit || (!negative && magnitude == kLimit))
        return IntegerText::TooLarge;
    *value = negative ? qint64(0 - magnitude) : qint64(magnitude);
    return IntegerText::Ok;
}

QString formatNumber(double value)
{
    // Whole numbers as integers while every digit is exact; the rest in the shortest form
    // that reads back as the same double ("1e+300").
    if (value == std::floor(value) && std::abs(value) < 9007199254740992.0)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace profile

using namespace profile;

namespace {

// A Device Name characteristic holds at most 248 bytes (Core spec Vol 3, Part C, 12.1).
constexpr qsizetype kMaxDeviceNameBytes = 248;

AttributeAccess parseAccess(const Node &n)
{
    const QString s = n.string();
    if (s == u"open")
        return AttributeAccess::Open;
    if (s == u"encrypted")
        return AttributeAccess::Encrypted;
    if (s == u"none")
        return AttributeAccess::Denied;
    n.fail(ProfileLoader::tr("expected \"open\", \"encrypted\" or \"none\""));
}

quint8 parseProperties(const Node &n)
{
    if (n.value.isDouble() || n.value.isString())
        return quint8(n.integer(0, 0xFF));
    static const QList<std::pair<QString, CharacteristicProperty>> names {
        { QStringLiteral("broadcast"), CharacteristicProperty::Broadcast },
        { QStringLiteral("read"), CharacteristicProperty::Read },
        { QStringLiteral("writeWithoutResponse"), CharacteristicProperty::WriteWithoutResponse },
        { QStringLiteral("write"), CharacteristicProperty::Write },
        { QStringLiteral("notify"), CharacteristicProperty::Notify },
        { QStringLiteral("indicate"), CharacteristicProperty::Indicate },
        { QStringLiteral("authenticatedSignedWrites"), CharacteristicProperty::AuthenticatedSignedWrites },
        { QStringLiteral("extendedProperties"), CharacteristicProperty::ExtendedProperties },
    };
    quint8 props = 0;
    const QJsonArray a = n.array();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Node item = n.at(i);
        const QString s = item.string();
        bool found = false;
        for (const auto &[name, flag] : names) {
            if (name == s) {
                props |= quint8(flag);
                found = true;
            }
        }
        if (!found)
            item.fail(ProfileLoader::tr("unknown property \"%1\"").arg(s));
    }
    return props;
}

// "hex", "text" or "ramp" on a characteristic or descriptor object; empty when none.
QByteArray parseValue(const Node &n)
{
    int given = 0;
    QByteArray value;
    if (n.has(QStringLiteral("hex"))) {
        ++given;
        value = n.member(QStringLiteral("hex")).hex();
    }
    if (n.has(QStringLiteral("text"))) {
        ++given;
        value = n.member(QStringLiteral("text")).string().toUtf8();
    }
    if (n.has(QStringLiteral("ramp"))) {
        ++given;
        const int length = int(n.member(QStringLiteral("ramp")).integer(0, 512));
        value.resize(length);
        for (int i = 0; i < length; ++i)
            value[i] = char(i & 0xFF);
    }
    if (given > 1)
        n.fail(ProfileLoader::tr("give only one of \"hex\", \"text\" and \"ramp\""));
    if (value.size() > 512)
        n.fail(ProfileLoader::tr("a value holds at most 512 bytes"));
    return value;
}

DescriptorProfile parseDescriptor(const Node &n)
{
    n.object({ QStringLiteral("uuid"), QStringLiteral("hex"), QStringLiteral("text"), QStringLiteral("ramp"),
               QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("maxLength") });
    DescriptorProfile d;
    d.uuid = n.member(QStringLiteral("uuid")).uuid();
    d.value = parseValue(n);
    if (n.has(QStringLiteral("read")))
        d.read = parseAccess(n.member(QStringLiteral("read")));
    if (n.has(QStringLiteral("write")))
        d.write = parseAccess(n.member(QStringLiteral("write")));
    d.maxLength = n.has(QStringLiteral("maxLength"))
        ? int(n.member(QStringLiteral("maxLength")).integer(0, 512))
        : 512;
    if (d.value.size() > d.maxLength)
        n.fail(ProfileLoader::tr("the value is longer than maxLength"));
    return d;
}

CharacteristicProfile parseCharacteristic(const Node &n)
{
    n.object({ QStringLiteral("uuid"), QStringLiteral("properties"), QStringLiteral("hex"),
               QStringLiteral("text"), QStringLiteral("ramp"), QStringLiteral("read"),
               QStringLiteral("write"), QStringLiteral("maxLength"), QStringLiteral("descriptors"),
               QStringLiteral("generator") });
    CharacteristicProfile c;
    c.uuid = n.member(QStringLiteral("uuid")).uuid();
    c.properties = parseProperties(n.member(QStringLiteral("properties")));
    c.value = parseValue(n);
    const bool readable = c.properties & quint8(CharacteristicProperty::Read);
    const bool writable = c.properties
        & quint8(quint8(CharacteristicProperty::Write)
                 | quint8(CharacteristicProperty::WriteWithoutResponse));
    c.read = n.has(QStringLiteral("read")) ? parseAccess(n.member(QStringLiteral("read")))
                                           : (readable ? AttributeAccess::Open : AttributeAccess::Denied);
    c.write = n.has(QStringLiteral("write")) ? parseAccess(n.member(QStringLiteral("write")))
                                             : (writable ? AttributeAccess::Open : AttributeAccess::Denied);
    if (n.has(QStringLiteral("maxLength")))
        c.maxLength = int(n.member(QStringLiteral("maxLength")).integer(0, 512));
    if (c.value.size() > c.maxLength)
        n.fail(ProfileLoader::tr("the value is longer than maxLength"));
    if (n.has(QStringLiteral("generator")))
        c.generator = parseGenerator(n.member(QStringLiteral("generator")));

    bool hasCccd = false;
    if (n.has(QStringLiteral("descriptors"))) {
        const Node list = n.member(QStringLiteral("descriptors"));
        const QJsonArray a = list.array();
        for (qsizetype i = 0; i < a.size(); ++i) {
            c.descriptors.append(parseDescriptor(list.at(i)));
            hasCccd = hasCccd || c.descriptors.last().uuid == GattUuid::ClientCharacteristicConfiguration;
        }
    }
    const quint8 pushes = quint8(CharacteristicProperty::Notify) | quint8(CharacteristicProperty::Indicate);
    if ((c.properties & pushes) && !hasCccd) {
        DescriptorProfile cccd;
        cccd.uuid = GattUuid::ClientCharacteristicConfiguration;
        c.descriptors.append(cccd);
    }
    if (hasCccd && !(c.properties & pushes))
        n.member(QStringLiteral("descriptors")).fail(ProfileLoader::tr("a CCCD needs notify or indicate"));
    return c;
}

ServiceProfile parseService(const Node &n)
{
    n.object({ QStringLiteral("uuid"), QStringLiteral("primary"), QStringLiteral("characteristics") });
    ServiceProfile s;
    s.uuid = n.member(QStringLiteral("uuid")).uuid();
    if (n.has(QStringLiteral("primary")))
        s.primary = n.member(QStringLiteral("primary")).boolean();
    if (n.has(QStringLiteral("characteristics"))) {
        const Node list = n.member(QStringLiteral("characteristics"));
        const QJsonArray a = list.array();
        for (qsizetype i = 0; i < a.size(); ++i)
            s.characteristics.append(parseCharacteristic(list.at(i)));
    }
    return s;
}

PeripheralProfile parsePeripheral(const Node &n)
{
    n.object({ QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("addressType"),
               QStringLiteral("connectable"), QStringLiteral("advertisingInterval"), QStringLiteral("rssi"),
               QStringLiteral("passkey"), QStringLiteral("appearance"), QStringLiteral("advertising"),
               QStringLiteral("scanResponse"), QStringLiteral("services") });
    PeripheralProfile p;
    const Node nameNode = n.member(QStringLiteral("name"));
    p.name = nameNode.string();
    if (const qsizetype bytes = p.name.toUtf8().size(); bytes > kMaxDeviceNameBytes)
        nameNode.fail(ProfileLoader::tr("%1 bytes; a Device Name holds at most %2 (UTF-8)")
                          .arg(bytes)
                          .arg(kMaxDeviceNameBytes));

    bool random = false;
    if (n.has(QStringLiteral("addressType"))) {
        const Node t = n.member(QStringLiteral("addressType"));
        const QString s = t.string();
        if (s != u"public" && s != u"random")
            t.fail(ProfileLoader::tr("expected \"public\" or \"random\""));
        random = s == u"random";
    }
    const Node addressNode = n.member(QStringLiteral("address"));
    const std::optional<DeviceAddress> address = DeviceAddress::fromString(addressNode.string());
    if (!address || address->isNull())
        addressNode.fail(ProfileLoader::tr("not a device address (AA:BB:CC:DD:EE:FF)"));
    p.address = DeviceAddress::fromAirAddress(address->toUInt64(), random);

    if (n.has(QStringLiteral("connectable")))
        p.connectable = n.member(QStringLiteral("connectable")).boolean();
    if (n.has(QStringLiteral("advertisingInterval")))
        p.advertisingIntervalMs = int(n.member(QStringLiteral("advertisingInterval")).integer(20, 10240));
    if (n.has(QStringLiteral("rssi"))) {
        const Node r = n.member(QStringLiteral("rssi"));
        if (r.value.isObject()) {
            r.object({ QStringLiteral("mean"), QStringLiteral("drift") });
            p.rssi = qint8(r.member(QStringLiteral("mean")).integer(-127, 20));
            if (r.has(QStringLiteral("drift")))
                p.rssiDrift = r.member(QStringLiteral("drift")).number();
            if (p.rssiDrift < 0 || p.rssiDrift > 20)
                r.member(QStringLiteral("drift"))
                    .fail(ProfileLoader::tr("drift must be between 0 and 20 dB"));
        } else {
            p.rssi = qint8(r.integer(-127, 20));
        }
    }
    if (n.has(QStringLiteral("passkey")))
        p.passkey = quint32(n.member(QStringLiteral("passkey")).integer(0, 999999));
    if (n.has(QStringLiteral("appearance")))
        p.appearance = quint16(n.member(QStringLiteral("appearance")).integer(0, 0xFFFF));

    if (n.has(QStringLiteral("advertising"))) {
        p.advertisingData = parseAdvertising(n.member(QStringLiteral("advertising")));
    } else {
        AdvertisingDataBuilder b; // a sensible default: general discoverable, LE only, name
        b.addFlags(0x06);
        const QByteArray name = p.name.toUtf8();
        if (name.size() <= 26) // 31 bytes minus flags (3) and the name's own header (2)
            b.addStructure(0x09, name);
        else
            b.addStructure(0x08, name.left(26)); // shortened local name
        p.advertisingData = b.data();
    }
    if (n.has(QStringLiteral("scanResponse")))
        p.scanResponseData = parseAdvertising(n.member(QStringLiteral("scanResponse")));

    if (n.has(QStringLiteral("services"))) {
        const Node list = n.member(QStringLiteral("services"));
        const QJsonArray a = list.array();
        for (qsizetype i = 0; i < a.size(); ++i)
            p.services.append(parseService(list.at(i)));
        if (!p.connectable && !a.isEmpty())
            list.fail(ProfileLoader::tr("a non-connectable peripheral cannot have services"));
        // Handles are 16 bits: counted with the Generic Access service every peripheral
        // gets, so that the database fits whichever way it is served.
        const qsizetype attributes = VirtualGattServer::attributeCount(p, true);
        if (attributes > VirtualGattServer::kMaxHandle)
            list.fail(ProfileLoader::tr("\"%1\" needs %2 attribute handles with Generic Access; a GATT "
                                        "server has at most %3")
                          .arg(p.name)
                          .arg(attributes)
                          .arg(VirtualGattServer::kMaxHandle));
    }
    return p;
}

ProfileSet parseDocument(const Node &root)
{
    ProfileSet set;
    if (!root.value.isObject())
        root.fail(ProfileLoader::tr("expected an object"));
    if (root.has(QStringLiteral("address"))) { // a file describing one peripheral
        set.peripherals.append(parsePeripheral(root));
        return set;
    }
    root.object({ QStringLiteral("peripherals"), QStringLiteral("faults") });
    if (root.has(QStringLiteral("peripherals"))) {
        const Node list = root.member(QStringLiteral("peripherals"));
        const QJsonArray a = list.array();
        for (qsizetype i = 0; i < a.size(); ++i)
            set.peripherals.append(parsePeripheral(list.at(i)));
    }
    if (root.has(QStringLiteral("faults"))) {
        const Node list = root.member(QStringLiteral("faults"));
        const QJsonArray a = list.array();
        for (qsizetype i = 0; i < a.size(); ++i)
            set.faults.append(parseFault(list.at(i)));
    }
    if (set.peripherals.isEmpty() && set.faults.isEmpty())
        root.fail(ProfileLoader::tr("neither \"peripherals\" nor \"faults\" given"));
    return set;
}

Error problem(const QString &source, const QString &message)
{
    return Error(Error::Kind::InvalidArgument, source + QStringLiteral(": ") + message);
}

} // namespace

Result<ProfileSet> ProfileLoader::loadJson(const QByteArray &json, const QString &sourceName)
{
    if (json.size() > kMaxFileBytes)
        return problem(sourceName, tooLarge());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        return problem(sourceName,
                       tr("line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString()));
    }
    try {
        ProfileSet set = parseDocument(
            Node { doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), QString() });
        QSet<quint64> addresses;
        for (qsizetype i = 0; i < set.peripherals.size(); ++i) {
            set.peripherals[i].source = sourceName;
            if (addresses.contains(set.peripherals.at(i).address.toUInt64()))
                throw ProfileProblem { QStringLiteral("peripherals[%1].address").arg(i),
                                       tr("two peripherals have the same address") };
            addresses.insert(set.peripherals.at(i).address.toUInt64());
        }
        return set;
    } catch (const ProfileProblem &p) {
        return problem(sourceName, p.path.isEmpty() ? p.message : p.path + QStringLiteral(": ") + p.message);
    }
}

QString ProfileLoader::tooLarge()
{
    return tr("more than %1 MiB; a profile file is at most that").arg(kMaxFileBytes / (1024 * 1024));
}

Result<ProfileSet> ProfileLoader::loadFile(const QString &path)
{
    if (QFileInfo(path).isDir())
        return problem(path, tr("a folder, not a profile file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return problem(path, file.errorString());
    // At most one byte past the limit, whatever the file is: devices and pipes
    // (/dev/zero, /dev/stdin) have no size to check first and may never end.
    QByteArray json;
    while (json.size() <= kMaxFileBytes) {
        const QByteArray chunk = file.read(kMaxFileBytes + 1 - json.size());
        if (chunk.isEmpty())
            break; // the end, or an error
        json += chunk;
    }
    if (file.error() != QFileDevice::NoError)
        return problem(path, file.errorString());
    if (json.size() > kMaxFileBytes)
        return problem(path, tooLarge());
    return loadJson(json, path);
}

Result<ProfileSet> ProfileLoader::loadFiles(const QStringList &paths)
{
    ProfileSet all;
    QSet<quint64> addresses;
    for (const QString &path : paths) {
        Result<ProfileSet> r = loadFile(path);
        if (!r.ok())
            return r.error();
        for (const PeripheralProfile &p : r.value().peripherals) {
            if (addresses.contains(p.address.toUInt64()))
                return problem(path, tr("%1 is already used by another profile").arg(p.address.toString()));
            addresses.insert(p.address.toUInt64());
        }
        all.append(r.value());
    }
    return all;
}

QStringList ProfileLoader::builtInProfilePaths()
{
    static const char *const names[]
        = { "heart-rate.json",    "environmental.json",     "motion-sensor.json", "ibeacon.json",
            "eddystone-url.json", "manufacturer-data.json", "broadcaster.json" };
    QStringList paths;
    for (const char *name : names)
        paths.append(QStringLiteral(":/gattscope/profiles/") + QLatin1StringView(name));
    return paths;
}

Result<ProfileSet> ProfileLoader::loadBuiltIn()
{
    return loadFiles(builtInProfilePaths());
}

QString ProfileLoader::floodProfilePath()
{
    return QStringLiteral(":/gattscope/profiles/flood.json");
}

} // namespace gattscope
