// SPDX-License-Identifier: MIT
#include "eddystoneframe.h"

namespace gattscope {

namespace {

quint16 be16(QByteArrayView b, qsizetype i)
{
    return quint16(quint8(b[i]) << 8 | quint8(b[i + 1]));
}

quint32 be32(QByteArrayView b, qsizetype i)
{
    return quint32(be16(b, i)) << 16 | be16(b, i + 2);
}

// Eddystone-URL scheme prefixes (byte 2 of the frame).
constexpr const char16_t *kSchemes[] = { u"http://www.", u"https://www.", u"http://", u"https://" };

// Expansion codes 0x00..0x0D inside the encoded URL.
constexpr const char16_t *kExpansions[]
    = { u".com/", u".org/", u".edu/", u".net/", u".info/", u".biz/", u".gov/",
        u".com",  u".org",  u".edu",  u".net",  u".info",  u".biz",  u".gov" };

} // namespace

std::optional<EddystoneFrame> EddystoneFrame::parse(QByteArrayView data, QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<EddystoneFrame> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto truncated = [&](Type type, qsizetype need) {
        return fail(tr("truncated %1 frame: %2 of %3 bytes").arg(typeName(type)).arg(data.size()).arg(need));
    };
    if (data.isEmpty())
        return fail(tr("empty Eddystone frame"));

    EddystoneFrame frame;
    switch (quint8(data[0])) {
    case quint8(Type::Uid):
        frame.type = Type::Uid;
        if (data.size() < 18) // the two reserved bytes are often left out
            return truncated(frame.type, 18);
        frame.txPower = qint8(data[1]);
        frame.namespaceId = data.sliced(2, 10).toByteArray();
        frame.instanceId = data.sliced(12, 6).toByteArray();
        return frame;
    case quint8(Type::Url): {
        frame.type = Type::Url;
        if (data.size() < 3)
            return truncated(frame.type, 3);
        frame.txPower = qint8(data[1]);
        const quint8 scheme = quint8(data[2]);
        if (scheme >= std::size(kSchemes))
            return fail(tr("Eddystone-URL: unknown scheme prefix 0x%1").arg(scheme, 2, 16, QLatin1Char('0')));
        frame.url = QString::fromUtf16(kSchemes[scheme]);
        bool reserved = false;
        for (qsizetype i = 3; i < data.size(); ++i) {
            const quint8 c = quint8(data[i]);
            if (c < std::size(kExpansions)) {
                frame.url += QString::fromUtf16(kExpansions[c]);
            } else if (c > 0x20 && c < 0x7F) {
                frame.url += QChar(char16_t(c));
            } else {
                frame.url += QString::asprintf("\\x%02X", c);
                reserved = true;
            }
        }
        if (reserved && error)
            *error = tr("Eddystone-URL contains reserved bytes (shown as \\xNN)");
        return frame;
    }
    case quint8(Type::Tlm):
        frame.type = Type::Tlm;
        if (data.size() < 2)
            return truncated(frame.type, 2);
        frame.tlmVersion = quint8(data[1]);
        if (frame.tlmVersion != 0) {
            frame.encryptedTlm = data.sliced(2).toByteArray();
            return frame;
        }
        if (data.size() < 14)
            return truncated(frame.type, 14);
        frame.batteryMillivolts = be16(data, 2);
        if (const quint16 t = be16(data, 4); t != 0x8000)
            frame.temperatureCelsius = qint16(t) / 256.0;
        frame.advertisingCount = be32(data, 6);
        frame.uptimeDeciseconds = be32(data, 10);
        return frame;
    case quint8(Type::Eid):
        frame.type = Type::Eid;
        if (data.size() < 10)
            return truncated(frame.type, 10);
        frame.txPower = qint8(data[1]);
        frame.ephemeralId = data.sliced(2, 8).toByteArray();
        return frame;
    default: return std::nullopt; // a frame type we do not know: not an error
    }
}

QString EddystoneFrame::typeName(Type type)
{
    switch (type) {
    case Type::Uid: return tr("Eddystone-UID");
    case Type::Url: return tr("Eddystone-URL");
    case Type::Tlm: return tr("Eddystone-TLM");
    case Type::Eid: return tr("Eddystone-EID");
    }
    return {};
}

QString EddystoneFrame::describe() const
{
    const QString txText = tr("tx power %1 dBm at 0 m").arg(txPower);
    switch (type) {
    case Type::Uid:
        return tr("%1 namespace %2, instance %3, %4")
            .arg(typeName(type), QString::fromLatin1(namespaceId.toHex()),
                 QString::fromLatin1(instanceId.toHex()), txText);
    case Type::Url: return tr("%1 %2, %3").arg(typeName(type), url, txText);
    case Type::Tlm: {
        if (tlmVersion != 0)
            return tr("%1 version %2 (encrypted): %3")
                .arg(typeName(type))
                .arg(tlmVersion)
                .arg(QString::fromLatin1(encryptedTlm.toHex(' ')));
        const QString battery = batteryMillivolts ? tr("%1 mV").arg(batteryMillivolts) : tr("n/a");
        const QString temperature
            = temperatureCelsius ? tr("%1 °C").arg(*temperatureCelsius, 0, 'f', 2) : tr("n/a");
        return tr("%1 battery %2, temperature %3, %4 advertisements, up %5 s")
            .arg(typeName(type), battery, temperature)
            .arg(advertisingCount)
            .arg(uptimeDeciseconds / 10.0, 0, 'f', 1);
    }
    case Type::Eid:
        return tr("%1 %2, %3").arg(typeName(type), QString::fromLatin1(ephemeralId.toHex()), txText);
    }
    return {};
}

} // namespace gattscope
