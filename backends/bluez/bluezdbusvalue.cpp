// SPDX-License-Identifier: MIT
#include "bluezdbusvalue_p.h"

#include <QDBusObjectPath>
#include <QDBusSignature>
#include <QDBusVariant>

namespace gattscope::BluezDbusValue {

namespace {

// Deep enough for every BlueZ property; deeper input is cut off instead of recursing.
constexpr int kMaxDepth = 16;

QVariant plainAt(const QVariant &value, int depth);

QVariant readArgument(const QDBusArgument &arg, int depth)
{
    if (depth > kMaxDepth)
        return {};
    switch (arg.currentType()) {
    case QDBusArgument::BasicType:
    case QDBusArgument::VariantType: return plainAt(arg.asVariant(), depth + 1);
    case QDBusArgument::ArrayType: {
        if (arg.currentSignature() == QLatin1String("ay")) {
            QByteArray bytes;
            arg >> bytes;
            return bytes;
        }
        QVariantList list;
        bool strings = true;
        arg.beginArray();
        while (!arg.atEnd()) {
            const QVariant item = readArgument(arg, depth + 1);
            strings = strings && item.typeId() == QMetaType::QString;
            list.append(item);
        }
        arg.endArray();
        if (strings) {
            QStringList out;
            for (const QVariant &item : std::as_const(list))
                out.append(item.toString());
            return out;
        }
        return list;
    }
    case QDBusArgument::MapType: {
        QVariantMap map;
        arg.beginMap();
        while (!arg.atEnd()) {
            arg.beginMapEntry();
            const QVariant key = readArgument(arg, depth + 1);
            const QVariant value = readArgument(arg, depth + 1);
            arg.endMapEntry();
            map.insert(key.toString(), value);
        }
        arg.endMap();
        return map;
    }
    case QDBusArgument::StructureType: {
        QVariantList fields;
        arg.beginStructure();
        while (!arg.atEnd())
            fields.append(readArgument(arg, depth + 1));
        arg.endStructure();
        return fields;
    }
    case QDBusArgument::MapEntryType:
    case QDBusArgument::UnknownType: break;
    }
    return {};
}

QVariant plainAt(const QVariant &value, int depth)
{
    if (depth > kMaxDepth)
        return {};
    if (value.metaType() == QMetaType::fromType<QDBusArgument>())
        return readArgument(qvariant_cast<QDBusArgument>(value), depth);
    if (value.metaType() == QMetaType::fromType<QDBusVariant>())
        return plainAt(qvariant_cast<QDBusVariant>(value).variant(), depth + 1);
    if (value.metaType() == QMetaType::fromType<QDBusObjectPath>())
        return qvariant_cast<QDBusObjectPath>(value).path();
    if (value.metaType() == QMetaType::fromType<QDBusSignature>())
        return qvariant_cast<QDBusSignature>(value).signature();
    if (value.typeId() == QMetaType::QVariantMap) {
        QVariantMap out;
        const QVariantMap in = value.toMap();
        for (auto it = in.cbegin(); it != in.cend(); ++it)
            out.insert(it.key(), plainAt(it.value(), depth + 1));
        return out;
    }
    if (value.typeId() == QMetaType::QVariantList) {
        QVariantList out;
        const QVariantList in = value.toList();
        for (const QVariant &item : in)
            out.append(plainAt(item, depth + 1));
        return out;
    }
    return value;
}

} // namespace

QVariant plain(const QVariant &value)
{
    return plainAt(value, 0);
}

QMap<QString, QVariantMap> interfaces(const QVariant &argument)
{
    QMap<QString, QVariantMap> out;
    const QVariantMap map = plain(argument).toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.insert(it.key(), it.value().toMap());
    return out;
}

BluezObjects managedObjects(const QVariant &argument)
{
    BluezObjects out;
    const QVariantMap map = plain(argument).toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        QMap<QString, QVariantMap> ifaces;
        const QVariantMap inner = it.value().toMap();
        for (auto i = inner.cbegin(); i != inner.cend(); ++i)
            ifaces.insert(i.key(), i.value().toMap());
        out.insert(it.key(), ifaces);
    }
    return out;
}

} // namespace gattscope::BluezDbusValue
