// SPDX-License-Identifier: MIT
#include "bluezparsing.h"

#include "bytes_p.h"

#include <limits>

namespace gattscope::bluez {

namespace {

int digitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool isHex(char c)
{
    return digitValue(c) < 16;
}

} // namespace

CInteger strtoll(QByteArrayView text, int base)
{
    CInteger r;
    qsizetype i = 0;
    while (i < text.size() && isBlank(text.at(i)))
        ++i;
    bool negative = false;
    if (i < text.size() && (text.at(i) == '+' || text.at(i) == '-')) {
        negative = text.at(i) == '-';
        ++i;
    }
    if ((base == 0 || base == 16) && i + 1 < text.size() && text.at(i) == '0'
        && (text.at(i + 1) == 'x' || text.at(i + 1) == 'X') && i + 2 < text.size() && isHex(text.at(i + 2))) {
        i += 2;
        base = 16;
    } else if (base == 0) {
        base = i < text.size() && text.at(i) == '0' ? 8 : 10;
    }
    const qsizetype firstDigit = i;
    quint64 magnitude = 0;
    const quint64 limit = negative ? quint64(std::numeric_limits<qint64>::max()) + 1
                                   : quint64(std::numeric_limits<qint64>::max());
    while (i < text.size() && digitValue(text.at(i)) < base) {
        const quint64 d = quint64(digitValue(text.at(i)));
        if (!r.overflow && magnitude > (limit - d) / quint64(base))
            r.overflow = true;
        if (!r.overflow)
            magnitude = magnitude * quint64(base) + d;
        ++i;
    }
    if (i == firstDigit) {
        // No digits: glibc points end at the start and sets no error. ("0x" with no hex
        // digit after it never gets here: it is the number 0, ending before the "x".)
        r.end = 0;
        return r;
    }
    r.end = i;
    if (r.overflow) {
        r.value = negative ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
        return r;
    }
    r.value = negative ? qint64(0 - magnitude) : qint64(magnitude);
    return r;
}

std::optional<int> handle(QByteArrayView token)
{
    const CInteger n = strtoll(token, 16);
    if (n.overflow || n.end != token.size())
        return std::nullopt;
    return int(quint32(quint64(n.value))); // int dst = strtoll(...)
}

std::optional<Uuid> uuid(QByteArrayView token)
{
    const qsizetype n = token.size();
    const bool is128
        = n == 36 && token.at(8) == '-' && token.at(13) == '-' && token.at(18) == '-' && token.at(23) == '-';
    if (is128) {
        QByteArray hex;
        for (qsizetype i = 0; i < n; ++i) {
            if (i == 8 || i == 13 || i == 18 || i == 23)
                continue;
            if (!isHex(token.at(i)))
                return std::nullopt;
            hex.append(token.at(i));
        }
        return Uuid::fromString(QString::fromLatin1(hex));
    }
    if (n == 8 || n == 10) {
        const CInteger v = strtoll(token, 16);
        if (v.end != n)
            return std::nullopt;
        return Uuid(quint32(quint64(v.value)));
    }
    if (n == 4 || n == 6) {
        // strtol() may stop at a '-' (even at the very start, having read no digits).
        const CInteger v = strtoll(token, 16);
        if (v.end != n && token.at(v.end) != '-')
            return std::nullopt;
        return Uuid(quint16(quint64(v.value)));
    }
    return std::nullopt;
}

QByteArray value(QByteArrayView token)
{
    QByteArray out;
    const qsizetype size = token.size() / 2;
    for (qsizetype i = 0; i < size; ++i) {
        const CInteger v = strtoll(midView(token, i * 2, 2), 16);
        out.append(char(quint8(quint64(v.value))));
    }
    return out;
}

DeviceAddress address(QByteArrayView token, bool random)
{
    // bachk(): 17 characters, hex pairs separated by colons.
    bool ok = token.size() == 17;
    for (qsizetype i = 0; ok && i < 17; ++i)
        ok = (i % 3 == 2) ? token.at(i) == ':' : isHex(token.at(i));
    quint64 value = 0;
    if (ok) {
        for (qsizetype i = 0; i < 17; i += 3)
            value = (value << 8) | quint64(digitValue(token.at(i)) * 16 + digitValue(token.at(i + 1)));
    }
    return random ? DeviceAddress::fromAirAddress(value, true) : DeviceAddress(value, AddressType::Public);
}

QByteArray addressText(const DeviceAddress &address)
{
    return address.toString().toLatin1().toUpper();
}

QByteArray attErrorText(quint8 code)
{
    switch (code) {
    case 0x01: return "Invalid handle";
    case 0x02: return "Attribute can't be read";
    case 0x03: return "Attribute can't be written";
    case 0x04: return "Attribute PDU was invalid";
    case 0x05: return "Attribute requires authentication before read/write";
    case 0x06: return "Server doesn't support the request received";
    case 0x07: return "Offset past the end of the attribute";
    case 0x08: return "Attribute requires authorization before read/write";
    case 0x09: return "Too many prepare writes have been queued";
    case 0x0A: return "No attribute found within the given range";
    case 0x0B: return "Attribute can't be read/written using Read Blob Req";
    case 0x0C: return "Encryption Key Size is insufficient";
    case 0x0D: return "Attribute value length is invalid";
    case 0x0E: return "Request attribute has encountered an unlikely error";
    case 0x0F: return "Encryption required before read/write";
    case 0x10: return "Attribute type is not a supported grouping attribute";
    case 0x11: return "Insufficient Resources to complete the request";
    case 0x80: return "Internal application error: I/O";
    case 0x81: return "A timeout occured";
    case 0x82: return "The operation was aborted";
    default: return "Unexpected error code";
    }
}

} // namespace gattscope::bluez
