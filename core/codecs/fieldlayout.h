// SPDX-License-Identifier: MIT
#pragma once

#include "decodedvalue.h"

#include <gattscope/core/base/result.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace gattscope {

// What FieldLayout::decode() returns: one number per non-padding field, scaled.
struct FieldValues
{
    QList<double> values; // raw × scale + offset, in layout order
    QStringList names; // FieldLayout::names(), same length as values
    int trailingBytes = 0; // bytes after the layout that were not decoded
};

// A user-defined value layout in the spirit of Python's struct module, for custom
// sensors ("<hhh" = three little-endian int16 axes):
//
//   first char (optional)  '<' little-endian (default — BLE's order), '>' or '!' big-endian
//   x pad byte (skipped)   b int8   B uint8   ? bool (one byte, non-zero = 1)
//   h int16   H uint16     i/l int32   I/L uint32
//   e float16 (IEEE-754 half)   f float32   d float64
//   a decimal repeat count before a code: "<3h" = "<hhh", "2x" = two pad bytes
//   whitespace between codes is ignored
//
// There is no alignment or padding besides 'x'. 64-bit integers (q/Q) are not offered:
// values travel as doubles, which are exact only up to 2^53. Layouts hold at most 512
// bytes (the longest ATT value).
//
// Names label the fields (plot series keys and legend); missing ones default to
// x, y, z for exactly three fields and f0, f1, … otherwise. Scale and offset apply to
// every field: shown = raw × scale + offset (e.g. scale 0.001 for mg → g).
class FieldLayout
{
public:
    enum class ByteOrder : quint8 {
        LittleEndian,
        BigEndian
    };
    enum class Type : quint8 {
        Pad,
        Int8,
        UInt8,
        Bool,
        Int16,
        UInt16,
        Int32,
        UInt32,
        Float16,
        Float32,
        Float64
    };

    FieldLayout() = default; // empty: no fields, isEmpty()

    // Errors (InvalidArgument) name the 0-based position: "unknown field type 'q' at
    // position 2", "repeat count at position 1 is not followed by a field type".
    static Result<FieldLayout> parse(QStringView format);

    bool isEmpty() const { return m_types.isEmpty(); }
    QString format() const { return m_format; } // as given, trimmed
    ByteOrder byteOrder() const { return m_byteOrder; }
    int size() const { return m_size; } // bytes, padding included
    int fieldCount() const; // padding excluded
    QList<Type> fieldTypes() const; // padding excluded

    QStringList names() const; // effective names, fieldCount() long
    void setNames(const QStringList &names) { m_names = names; }
    double scale() const { return m_scale; }
    void setScale(double scale) { m_scale = scale; }
    double offset() const { return m_offset; }
    void setOffset(double offset) { m_offset = offset; }
    QString unit() const { return m_unit; } // free text shown after values, e.g. "g"
    void setUnit(const QString &unit) { m_unit = unit; }

    // Too-short input is an InvalidArgument error naming both lengths; longer input
    // decodes the layout and reports the rest in trailingBytes.
    Result<FieldValues> decode(QByteArrayView bytes) const;
    // The facade's form: text "x: 1, y: -2, z: 3" (unit after each value when set), one
    // field per value keyed by its name, a warning for trailing bytes.
    DecodedValue decodeValue(QByteArrayView bytes) const;
    // The plots' form: appends the fieldCount() scaled numbers to `out` and returns true, or
    // returns false (appending nothing) when the bytes are too short. Builds no text.
    bool decodeNumbers(QByteArrayView bytes, QList<double> &out) const;

    // Shown values back to bytes: raw = (value − offset) / scale, rounded to the nearest
    // integer for integer types; out-of-range values and a zero scale are errors.
    Result<QByteArray> encode(const QList<double> &values) const;
    // Text in decodeValue()'s form: "1, -2, 3", "1 -2 3" or "x: 1, y: -2, z: 3"; the
    // unit may be left in. The count must match fieldCount().
    Result<QByteArray> encodeText(QStringView text) const;

    friend bool operator==(const FieldLayout &, const FieldLayout &) = default;

private:
    QString m_format;
    ByteOrder m_byteOrder = ByteOrder::LittleEndian;
    QList<Type> m_types; // one entry per code after expanding repeat counts, padding included
    int m_size = 0;
    QStringList m_names;
    double m_scale = 1.0;
    double m_offset = 0.0;
    QString m_unit;
};

// The struct-module code of a type ('h'), for messages and round-tripping.
char fieldTypeCode(FieldLayout::Type type);
int fieldTypeSize(FieldLayout::Type type);

} // namespace gattscope

Q_DECLARE_METATYPE(gattscope::FieldLayout)
