// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/result.h>
#include <gattscope/core/gatt/gattdatabase.h>

#include <QCoreApplication>
#include <QString>

namespace gattscope::cli {

// A CHARACTERISTIC argument resolved against a discovered database. The forms, tried in
// this order:
//   "2a19", "0x2A37", "6a770002-8c3a-…"   a characteristic UUID (16-bit short form
//                                        accepted); then a descriptor UUID within the
//                                        characteristic given before it is not supported
//   "180d/2a37"                          the characteristic inside the first such service
//   "0x0012", "18"                       a handle (a value handle or a descriptor handle),
//                                        when the text does not name a characteristic UUID
//   "uuid:…", "handle:…"                 force one reading
// A UUID that more than one service has is ambiguous: the error lists the handles.
struct AttributeRef
{
    Q_DECLARE_TR_FUNCTIONS(AttributeRef)
public:
    quint16 handle = 0; // what to read or write
    const Characteristic *characteristic = nullptr; // the one `handle` belongs to
    const Descriptor *descriptor = nullptr; // set when `handle` is a descriptor's

    bool isValue() const { return !descriptor; }

    // NotFound when nothing matches; InvalidArgument when the text is ambiguous or not a
    // UUID nor a handle. The pointers stay valid while `database` is unchanged.
    static Result<AttributeRef> resolve(const GattDatabase &database, const QString &text);
};

} // namespace gattscope::cli
