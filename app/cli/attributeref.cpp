// SPDX-License-Identifier: MIT
#include "attributeref.h"

#include <QStringList>

namespace gattscope::cli {

namespace {

std::optional<quint16> parseHandle(const QString &text)
{
    bool ok = false;
    uint value = 0;
    if (text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        value = text.mid(2).toUInt(&ok, 16);
    else
        value = text.toUInt(&ok, 10);
    if (!ok || value == 0 || value > 0xFFFF)
        return std::nullopt;
    return quint16(value);
}

QString handleText(quint16 handle)
{
    return QStringLiteral("0x%1").arg(handle, 4, 16, QLatin1Char('0'));
}

Result<AttributeRef> byHandle(const GattDatabase &database, quint16 handle, const QString &text)
{
    AttributeRef ref;
    ref.handle = handle;
    ref.characteristic = database.characteristicForHandle(handle);
    ref.descriptor = database.descriptorForHandle(handle);
    if (!ref.characteristic || (!ref.descriptor && ref.characteristic->valueHandle != handle))
        return Error(Error::Kind::NotFound,
                     AttributeRef::tr("%1: no characteristic value or descriptor has handle %2")
                         .arg(text, handleText(handle)));
    return ref;
}

Result<AttributeRef> byUuid(const GattDatabase &database, const Uuid &uuid, const QString &text,
                            const std::optional<Uuid> &service)
{
    QList<const Characteristic *> found;
    if (service) {
        if (const Characteristic *c = database.characteristic(*service, uuid))
            found.append(c);
    } else {
        found = database.characteristicsByUuid(uuid);
    }
    if (found.isEmpty())
        return Error(Error::Kind::NotFound,
                     AttributeRef::tr("the device has no characteristic %1").arg(text));
    if (found.size() > 1) {
        QStringList handles;
        for (const Characteristic *c : std::as_const(found))
            handles.append(handleText(c->valueHandle));
        return Error(Error::Kind::InvalidArgument,
                     AttributeRef::tr("%1 is in %2 services (value handles %3); give a handle or SERVICE/%1")
                         .arg(text)
                         .arg(found.size())
                         .arg(handles.join(QLatin1String(", "))));
    }
    AttributeRef ref;
    ref.characteristic = found.first();
    ref.handle = ref.characteristic->valueHandle;
    return ref;
}

} // namespace

Result<AttributeRef> AttributeRef::resolve(const GattDatabase &database, const QString &input)
{
    const QString text = input.trimmed();
    if (text.startsWith(QLatin1String("handle:"), Qt::CaseInsensitive)) {
        const auto handle = parseHandle(text.mid(7));
        if (!handle)
            return Error(Error::Kind::InvalidArgument, tr("'%1' is not a handle (1 to 0xFFFF)").arg(text));
        return byHandle(database, *handle, text);
    }
    const bool forceUuid = text.startsWith(QLatin1String("uuid:"), Qt::CaseInsensitive);
    const QString body = forceUuid ? text.mid(5) : text;
    if (const qsizetype slash = body.indexOf(u'/'); slash > 0) {
        const auto service = Uuid::fromString(body.left(slash));
        const auto uuid = Uuid::fromString(body.mid(slash + 1));
        if (!service || !uuid)
            return Error(Error::Kind::InvalidArgument,
                         tr("'%1' is not SERVICE/CHARACTERISTIC UUIDs").arg(text));
        return byUuid(database, *uuid, text, service);
    }
    const auto uuid = Uuid::fromString(body);
    const auto handle = forceUuid ? std::nullopt : parseHandle(body);
    if (uuid && (forceUuid || !handle || !database.characteristicsByUuid(*uuid).isEmpty()))
        return byUuid(database, *uuid, text, std::nullopt);
    if (handle)
        return byHandle(database, *handle, text);
    return Error(
        Error::Kind::InvalidArgument,
        tr("'%1' is neither a characteristic UUID (2a19, 6a770002-…) nor a handle (0x0012)").arg(text));
}

} // namespace gattscope::cli
