// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/deviceaddress.h>
#include <gattscope/core/base/uuid.h>

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace gattscope::bluez {

// How gatttool reads its arguments, down to the C library calls it makes, so the fake
// accepts and refuses exactly what gatttool does ("0x000e", "e", "+e" are all handle 14;
// "0x0100" as a value is the three bytes 00 01 00).

// strtoll()/strtol() with glibc's rules: leading blanks, a sign, "0x" for base 16 (and
// base 0, which also takes a leading 0 as octal). `end` receives the index after the last
// digit used (0 when there was none); `overflow` is errno == ERANGE.
struct CInteger
{
    qint64 value = 0;
    qsizetype end = 0;
    bool overflow = false;
};
CInteger strtoll(QByteArrayView text, int base);

// interactive.c strtohandle(): the whole token must be a hexadecimal number; the result
// is truncated to int as gatttool does. nullopt is gatttool's -EINVAL.
std::optional<int> handle(QByteArrayView token);
// lib/uuid.c bt_string_to_uuid(): 4 or 6 characters are a 16-bit UUID, 8 or 10 a 32-bit
// one, 36 with dashes a 128-bit one.
std::optional<Uuid> uuid(QByteArrayView token);
// attrib/utils.c gatt_attr_data_from_string(): two characters per byte, each pair read by
// strtol(…, 16) (invalid pairs become 0), an odd last character dropped.
QByteArray value(QByteArrayView token);
// lib/bluetooth.c str2ba(): "AA:BB:CC:DD:EE:FF" in either case; anything else is
// 00:00:00:00:00:00.
DeviceAddress address(QByteArrayView token, bool random);
// ba2str(): upper case, as the kernel's errors name the peer.
QByteArray addressText(const DeviceAddress &address);
// attrib/att.c att_ecode2str() of 5.66 (its spelling "A timeout occured" included).
QByteArray attErrorText(quint8 code);

} // namespace gattscope::bluez
