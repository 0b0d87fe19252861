// SPDX-License-Identifier: MIT
#include "decodedvalue.h"

#include <gattscope/core/base/hexcodec.h>

#include <QCoreApplication>

namespace gattscope {

DecodedValue DecodedValue::hex(QByteArrayView bytes, Source source, Error error)
{
    DecodedValue v;
    v.source = source;
    v.text = toHex(bytes);
    v.error = std::move(error);
    return v;
}

QString decodedValueSourceName(DecodedValue::Source source)
{
    switch (source) {
    case DecodedValue::Source::UserLayout:
        return QCoreApplication::translate("gattscope::DecodedValue", "field layout");
    case DecodedValue::Source::PresentationFormat:
        return QCoreApplication::translate("gattscope::DecodedValue", "presentation format");
    case DecodedValue::Source::SigCharacteristic:
        return QCoreApplication::translate("gattscope::DecodedValue", "SIG");
    case DecodedValue::Source::Utf8: return QCoreApplication::translate("gattscope::DecodedValue", "UTF-8");
    case DecodedValue::Source::Hex: return QCoreApplication::translate("gattscope::DecodedValue", "hex");
    }
    return {};
}

void appendWarning(QString &warning, const QString &note)
{
    if (note.isEmpty())
        return;
    if (!warning.isEmpty())
        warning.append(QStringLiteral("; "));
    warning.append(note);
}

} // namespace gattscope
