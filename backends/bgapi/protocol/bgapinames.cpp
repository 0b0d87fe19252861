// SPDX-License-Identifier: MIT
#include "bgapinames.h"

#include "bgapimessages.h"

#include <QCoreApplication>

namespace gattscope {

QString bgapiErrorName(quint16 code)
{
    switch (code >> 8) {
    case 0x00:
        if (code == 0)
            return QStringLiteral("success");
        break;
    case 0x01:
        switch (code) {
        case 0x0180: return QStringLiteral("invalid_param");
        case 0x0181: return QStringLiteral("wrong_state");
        case 0x0182: return QStringLiteral("out_of_memory");
        case 0x0183: return QStringLiteral("not_implemented");
        case 0x0184: return QStringLiteral("invalid_command");
        case 0x0185: return QStringLiteral("timeout");
        case 0x0186: return QStringLiteral("not_connected");
        case 0x0187: return QStringLiteral("flow");
        case 0x0188: return QStringLiteral("user_attribute");
        case 0x0189: return QStringLiteral("invalid_license_key");
        case 0x018A: return QStringLiteral("command_too_long");
        case 0x018B: return QStringLiteral("out_of_bonds");
        default: break;
        }
        break;
    case 0x02: return hciErrorName(quint8(code));
    case 0x03: return smpErrorName(quint8(code));
    case 0x04: return attErrorName(quint8(code));
    default: break;
    }
    return QStringLiteral("unknown");
}

namespace bgapi {

Error toError(quint16 result)
{
    if (result == 0)
        return Error();
    switch (result >> 8) {
    case 0x02: return Error::controller(quint8(result));
    case 0x03: return Error::security(quint8(result));
    case 0x04: return Error::att(quint8(result));
    default: break;
    }
    const QString message
        = QCoreApplication::translate("gattscope::bgapi", "BGAPI %1 (%2)")
              .arg(bgapiErrorName(result), QStringLiteral("0x%1").arg(result, 4, 16, QLatin1Char('0')));
    return Error(result == 0x0185 ? Error::Kind::Timeout : Error::Kind::Backend, message, result);
}

QString className(MessageClass messageClass)
{
    switch (messageClass) {
    case MessageClass::System: return QStringLiteral("system");
    case MessageClass::Flash: return QStringLiteral("flash");
    case MessageClass::Attributes: return QStringLiteral("attributes");
    case MessageClass::Connection: return QStringLiteral("connection");
    case MessageClass::Attclient: return QStringLiteral("attclient");
    case MessageClass::Sm: return QStringLiteral("sm");
    case MessageClass::Gap: return QStringLiteral("gap");
    case MessageClass::Hardware: return QStringLiteral("hardware");
    case MessageClass::Test: return QStringLiteral("test");
    case MessageClass::Dfu: return QStringLiteral("dfu");
    }
    return QStringLiteral("class%1").arg(quint8(messageClass));
}

QString messageName(MessageClass messageClass, quint8 messageId, Kind kind)
{
    if (const MessageInfo *info = findMessage(kind, messageClass, messageId))
        return QLatin1String(info->name);
    if (messageClass == MessageClass::System && kind == Kind::Event) {
        switch (SystemEventId(messageId)) {
        case SystemEventId::Debug: return QStringLiteral("system_debug");
        case SystemEventId::EndpointWatermarkRx: return QStringLiteral("system_endpoint_watermark_rx");
        case SystemEventId::EndpointWatermarkTx: return QStringLiteral("system_endpoint_watermark_tx");
        case SystemEventId::ScriptFailure: return QStringLiteral("system_script_failure");
        case SystemEventId::NoLicenseKey: return QStringLiteral("system_no_license_key");
        default: break;
        }
    }
    const char *word = kind == Kind::Command ? "cmd" : kind == Kind::Response ? "rsp" : "evt";
    return className(messageClass) + QLatin1Char('_') + QLatin1String(word) + QLatin1Char('_')
        + QString::number(messageId);
}

QString messageName(const BgapiPacketView &packet, Direction direction)
{
    return messageName(packet.messageClass, packet.messageId, kindOf(packet, direction));
}

} // namespace bgapi
} // namespace gattscope
