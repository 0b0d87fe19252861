// SPDX-License-Identifier: MIT
#include "attributenames.h"

#include <gattscope/core/codecs/fieldlayout.h>
#include <gattscope/core/numbers/assignednumbers.h>

#include <QCoreApplication>
#include <QStringList>

namespace gattscope::AttributeNames {

QString knownName(const Uuid &uuid, Kind kind)
{
    const AssignedNumbers &numbers = AssignedNumbers::instance();
    QString name;
    switch (kind) {
    case Kind::Service: name = numbers.serviceName(uuid); break;
    case Kind::Characteristic: name = numbers.characteristicName(uuid); break;
    case Kind::Descriptor: name = numbers.descriptorName(uuid); break;
    }
    return name.isEmpty() ? numbers.userName(uuid) : name;
}

QString displayName(const Uuid &uuid, Kind kind)
{
    if (const QString name = knownName(uuid, kind); !name.isEmpty())
        return name;
    switch (kind) {
    case Kind::Service: return QCoreApplication::translate("gattscope::AttributeNames", "Unknown service");
    case Kind::Characteristic:
        return QCoreApplication::translate("gattscope::AttributeNames", "Unknown characteristic");
    case Kind::Descriptor:
        return QCoreApplication::translate("gattscope::AttributeNames", "Unknown descriptor");
    }
    return {};
}

QString displayName(const Characteristic &characteristic)
{
    if (const QString name = knownName(characteristic.uuid, Kind::Characteristic); !name.isEmpty())
        return name;
    const QString described = userDescriptionName(characteristic);
    return described.isEmpty() ? displayName(characteristic.uuid, Kind::Characteristic) : described;
}

QString userDescription(const Characteristic &characteristic)
{
    const Descriptor *d = characteristic.descriptor(GattUuid::UserDescription);
    return d && d->hasValue ? QString::fromUtf8(d->value) : QString();
}

QString userDescriptionName(const Characteristic &characteristic)
{
    QString name = userDescription(characteristic).trimmed();
    if (const QString hint = layoutHint(name); !hint.isEmpty())
        name = name.chopped(hint.size()).trimmed();
    return name;
}

QString layoutHint(const QString &userDescription)
{
    const QStringList words = userDescription.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    const QString last = words.last();
    if (!last.startsWith(u'<') && !last.startsWith(u'>') && !last.startsWith(u'!'))
        return {};
    const Result<FieldLayout> parsed = FieldLayout::parse(last);
    return parsed.ok() && !parsed.value().isEmpty() ? last : QString();
}

QString label(const Characteristic &characteristic)
{
    QString name = knownName(characteristic.uuid, Kind::Characteristic);
    if (name.isEmpty())
        name = userDescriptionName(characteristic);
    return name.isEmpty() ? characteristic.uuid.toString() : name;
}

} // namespace gattscope::AttributeNames
