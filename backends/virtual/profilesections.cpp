// SPDX-License-Identifier: MIT
// ProfileLoader: advertising data, generators and fault rules.
#include "advertisingdatabuilder.h"
#include "profileloader_p.h"

#include <gattscope/backends/bgapi/protocol/bgapimessages.h>

namespace gattscope::profile {

namespace {

bool isKnownBgapiCommandName(const QString &name)
{
    for (const bgapi::MessageInfo &info : bgapi::messageCatalogue()) {
        if (info.kind == bgapi::Kind::Command && name == QLatin1StringView(info.name))
            return true;
    }
    return false;
}

// Garbage a fault injects: at most the longest BGAPI packet (4 + 2047 bytes); more
// misframes a host no differently.
constexpr qsizetype kMaxGarbageBytes = 4 + 2047;

ValueFormat parseFormat(const Node &n)
{
    static const QList<std::pair<QString, ValueFormat>> names {
        { QStringLiteral("uint8"), ValueFormat::UInt8 },
        { QStringLiteral("int8"), ValueFormat::Int8 },
        { QStringLiteral("uint16"), ValueFormat::UInt16 },
        { QStringLiteral("int16"), ValueFormat::Int16 },
        { QStringLiteral("uint32"), ValueFormat::UInt32 },
        { QStringLiteral("int32"), ValueFormat::Int32 },
        { QStringLiteral("float32"), ValueFormat::Float32 },
        { QStringLiteral("sfloat"), ValueFormat::SFloat },
    };
    const QString s = n.string();
    for (const auto &[name, format] : names) {
        if (name == s)
            return format;
    }
    n.fail(ProfileLoader::tr("unknown format \"%1\"").arg(s));
}

// A replay generator's "values": [{ "atMs": 0, "hex": "16 48" }, …], in time order, each
// value at most 512 bytes, at most kMaxReplayValues of them within kMaxReplayMs.
QList<GeneratorSpec::ReplayValue> parseReplay(const Node &n)
{
    constexpr qsizetype kMaxReplayValues = 100000;
    constexpr qint64 kMaxReplayMs = 7LL * 24 * 3600 * 1000;
    const Node list = n.member(QStringLiteral("values"));
    const QJsonArray a = list.array();
    if (a.isEmpty())
        list.fail(ProfileLoader::tr("a replay needs at least one value"));
    if (a.size() > kMaxReplayValues)
        list.fail(
            ProfileLoader::tr("%1 values; a replay holds at most %2").arg(a.size()).arg(kMaxReplayValues));
    QList<GeneratorSpec::ReplayValue> out;
    out.reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Node item = list.at(i);
        item.object({ QStringLiteral("atMs"), QStringLiteral("hex") });
        GeneratorSpec::ReplayValue v;
        v.atMs = item.member(QStringLiteral("atMs")).integer(0, kMaxReplayMs);
        if (!out.isEmpty() && v.atMs < out.constLast().atMs)
            item.member(QStringLiteral("atMs")).fail(ProfileLoader::tr("earlier than the value before it"));
        v.value = item.member(QStringLiteral("hex")).hex();
        if (v.value.size() > 512)
            item.member(QStringLiteral("hex")).fail(ProfileLoader::tr("longer than 512 bytes"));
        out.append(v);
    }
    return out;
}

} // namespace

GeneratorSpec parseGenerator(const Node &n)
{
    n.object({ QStringLiteral("type"), QStringLiteral("rateHz"), QStringLiteral("format"),
               QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("start"), QStringLiteral("step"),
               QStringLiteral("amplitude"), QStringLiteral("offset"), QStringLiteral("periodS"),
               QStringLiteral("scale"), QStringLiteral("size"), QStringLiteral("values"),
               QStringLiteral("loop") });
    static const QList<std::pair<QString, GeneratorSpec::Kind>> kinds {
        { QStringLiteral("heartRate"), GeneratorSpec::Kind::HeartRate },
        { QStringLiteral("battery"), GeneratorSpec::Kind::Battery },
        { QStringLiteral("sine"), GeneratorSpec::Kind::Sine },
        { QStringLiteral("counter"), GeneratorSpec::Kind::Counter },
        { QStringLiteral("randomWalk"), GeneratorSpec::Kind::RandomWalk },
        { QStringLiteral("accelerometer"), GeneratorSpec::Kind::Accelerometer },
        { QStringLiteral("flood"), GeneratorSpec::Kind::Flood },
        { QStringLiteral("replay"), GeneratorSpec::Kind::Replay },
    };
    GeneratorSpec g;
    const Node type = n.member(QStringLiteral("type"));
    const QString typeName = type.string();
    for (const auto &[name, kind] : kinds) {
        if (name == typeName)
            g.kind = kind;
    }
    if (g.kind == GeneratorSpec::Kind::None)
        type.fail(ProfileLoader::tr("unknown generator \"%1\"").arg(typeName));

    // Defaults per kind, then whatever the profile sets.
    switch (g.kind) {
    case GeneratorSpec::Kind::Battery:
        g.rateHz = 1.0 / 30;
        g.start = 100;
        g.minimum = 5;
        break;
    case GeneratorSpec::Kind::Accelerometer: g.rateHz = 100; break;
    case GeneratorSpec::Kind::Flood:
        g.rateHz = 0;
        g.size = 20;
        break;
    default: break;
    }
    auto num = [&n](const char *key, double &out) {
        if (n.has(QLatin1StringView(key)))
            out = n.member(QLatin1StringView(key)).number();
    };
    num("rateHz", g.rateHz);
    num("min", g.minimum);
    num("max", g.maximum);
    num("start", g.start);
    num("step", g.step);
    num("amplitude", g.amplitude);
    num("offset", g.offset);
    num("periodS", g.periodS);
    num("scale", g.scale);
    if (n.has(QStringLiteral("format")))
        g.format = parseFormat(n.member(QStringLiteral("format")));
    if (n.has(QStringLiteral("size")))
        g.size = int(n.member(QStringLiteral("size")).integer(4, 20));
    if (g.kind == GeneratorSpec::Kind::Replay) {
        g.replay = parseReplay(n);
        if (n.has(QStringLiteral("loop")))
            g.loop = n.member(QStringLiteral("loop")).boolean();
    } else if (n.has(QStringLiteral("values")) || n.has(QStringLiteral("loop"))) {
        n.member(n.has(QStringLiteral("values")) ? QStringLiteral("values") : QStringLiteral("loop"))
            .fail(ProfileLoader::tr("only a replay generator has this"));
    }
    if (g.rateHz < 0 || g.rateHz > 100000 || (g.rateHz == 0 && g.kind != GeneratorSpec::Kind::Flood))
        n.member(QStringLiteral("rateHz"))
            .fail(ProfileLoader::tr("rate must be above 0 and at most 100000 Hz"));
    if (g.minimum > g.maximum)
        n.member(QStringLiteral("min")).fail(ProfileLoader::tr("min is above max"));
    if (g.periodS <= 0)
        n.member(QStringLiteral("periodS")).fail(ProfileLoader::tr("the period must be positive"));
    return g;
}

QByteArray parseAdvertising(const Node &n)
{
    n.object({ QStringLiteral("flags"), QStringLiteral("name"), QStringLiteral("shortName"),
               QStringLiteral("services"), QStringLiteral("incompleteServices"), QStringLiteral("txPower"),
               QStringLiteral("appearance"), QStringLiteral("manufacturerData"),
               QStringLiteral("serviceData"), QStringLiteral("raw") });
    AdvertisingDataBuilder b;
    if (n.has(QStringLiteral("flags")))
        b.addFlags(quint8(n.member(QStringLiteral("flags")).integer(0, 0xFF)));
    if (n.has(QStringLiteral("name")))
        b.addLocalName(n.member(QStringLiteral("name")).string(), true);
    if (n.has(QStringLiteral("shortName")))
        b.addLocalName(n.member(QStringLiteral("shortName")).string(), false);
    for (const QString &key : { QStringLiteral("services"), QStringLiteral("incompleteServices") }) {
        if (!n.has(key))
            continue;
        const Node list = n.member(key);
        QList<Uuid> uuids;
        const QJsonArray a = list.array();
        for (qsizetype i = 0; i < a.size(); ++i)
            uuids.append(list.at(i).uuid());
        b.addServiceUuids(uuids, key == u"services");
    }
    if (n.has(QStringLiteral("txPower")))
        b.addTxPower(qint8(n.member(QStringLiteral("txPower")).integer(-127, 127)));
    if (n.has(QStringLiteral("appearance")))
        b.addAppearance(quint16(n.member(QStringLiteral("appearance")).integer(0, 0xFFFF)));
    if (n.has(QStringLiteral("manufacturerData"))) {
        const Node m = n.member(QStringLiteral("manufacturerData"));
        m.object({ QStringLiteral("company"), QStringLiteral("hex") });
        b.addManufacturerData(quint16(m.member(QStringLiteral("company")).integer(0, 0xFFFF)),
                              m.member(QStringLiteral("hex")).hex());
    }
    if (n.has(QStringLiteral("serviceData"))) {
        const Node list = n.member(QStringLiteral("serviceData"));
        const QJsonArray a = list.array();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const Node item = list.at(i);
            item.object({ QStringLiteral("uuid"), QStringLiteral("hex") });
            b.addServiceData(item.member(QStringLiteral("uuid")).uuid(),
                             item.member(QStringLiteral("hex")).hex());
        }
    }
    if (n.has(QStringLiteral("raw")))
        b.addRaw(n.member(QStringLiteral("raw")).hex());
    if (b.size() > AdvertisingDataBuilder::kMaxLegacyLength)
        n.fail(ProfileLoader::tr("%1 bytes of advertising data; a packet holds at most 31").arg(b.size()));
    return b.data();
}

FaultRule parseFault(const Node &n)
{
    n.object({ QStringLiteral("action"), QStringLiteral("on"), QStringLiteral("nth"), QStringLiteral("every"),
               QStringLiteral("delayMs"), QStringLiteral("hex"), QStringLiteral("bytes"),
               QStringLiteral("afterEvents"), QStringLiteral("reason"), QStringLiteral("handle"),
               QStringLiteral("error"), QStringLiteral("peer") });
    FaultRule f;
    const Node action = n.member(QStringLiteral("action"));
    const std::optional<FaultRule::Action> a = faultActionFromName(action.string());
    if (!a)
        action.fail(ProfileLoader::tr("unknown fault action"));
    f.action = *a;
    if (n.has(QStringLiteral("on"))) {
        const Node on = n.member(QStringLiteral("on"));
        f.command = on.string();
        if (!isKnownBgapiCommandName(f.command))
            on.fail(ProfileLoader::tr("unknown BGAPI command \"%1\"").arg(f.command));
    }
    if (n.has(QStringLiteral("nth")))
        f.nth = int(n.member(QStringLiteral("nth")).integer(0, 1000000));
    if (n.has(QStringLiteral("every")))
        f.every = int(n.member(QStringLiteral("every")).integer(0, 1000000));
    if (n.has(QStringLiteral("delayMs")))
        f.delayMs = int(n.member(QStringLiteral("delayMs")).integer(-1, 600000));
    if (n.has(QStringLiteral("hex"))) {
        const Node hex = n.member(QStringLiteral("hex"));
        f.garbage = hex.hex();
        if (f.garbage.size() > kMaxGarbageBytes)
            hex.fail(ProfileLoader::tr("%1 bytes; a fault injects at most %2")
                         .arg(f.garbage.size())
                         .arg(kMaxGarbageBytes));
    } else if (f.action == FaultRule::Action::InjectGarbage) {
        f.garbage = QByteArray::fromHex("DEADBEEF");
    }
    if (n.has(QStringLiteral("bytes")))
        f.truncateTo = int(n.member(QStringLiteral("bytes")).integer(0, 2047));
    if (n.has(QStringLiteral("afterEvents")))
        f.afterEvents = int(n.member(QStringLiteral("afterEvents")).integer(0, 100000));
    if (n.has(QStringLiteral("reason")))
        f.reason = quint16(n.member(QStringLiteral("reason")).integer(0, 0xFFFF));
    if (n.has(QStringLiteral("handle")))
        f.handle = quint16(n.member(QStringLiteral("handle")).integer(0, 0xFFFF));
    if (n.has(QStringLiteral("error")))
        f.attError = quint8(n.member(QStringLiteral("error")).integer(1, 0xFF));
    if (n.has(QStringLiteral("peer"))) {
        const Node peer = n.member(QStringLiteral("peer"));
        f.peer = DeviceAddress::fromString(peer.string());
        if (!f.peer)
            peer.fail(ProfileLoader::tr("not a device address (AA:BB:CC:DD:EE:FF)"));
    }
    return f;
}

} // namespace gattscope::profile
