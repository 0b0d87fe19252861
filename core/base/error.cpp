// SPDX-License-Identifier: MIT
#include "error.h"

#include <QCoreApplication>

namespace gattscope {

namespace {
// The translation context of this file's texts (lupdate reads it from the macro).
struct ErrorTexts
{
    Q_DECLARE_TR_FUNCTIONS(gattscope::Error)
};
QString hex2(quint16 v, int width)
{
    return QStringLiteral("0x%1")
        .arg(v, width, 16, QLatin1Char('0'))
        .toUpper()
        .replace(QStringLiteral("0X"), QStringLiteral("0x"));
}
} // namespace

QString attErrorName(quint8 code)
{
    switch (AttError(code)) {
    case AttError::InvalidHandle: return QStringLiteral("Invalid Handle");
    case AttError::ReadNotPermitted: return QStringLiteral("Read Not Permitted");
    case AttError::WriteNotPermitted: return QStringLiteral("Write Not Permitted");
    case AttError::InvalidPdu: return QStringLiteral("Invalid PDU");
    case AttError::InsufficientAuthentication: return QStringLiteral("Insufficient Authentication");
    case AttError::RequestNotSupported: return QStringLiteral("Request Not Supported");
    case AttError::InvalidOffset: return QStringLiteral("Invalid Offset");
    case AttError::InsufficientAuthorization: return QStringLiteral("Insufficient Authorization");
    case AttError::PrepareQueueFull: return QStringLiteral("Prepare Queue Full");
    case AttError::AttributeNotFound: return QStringLiteral("Attribute Not Found");
    case AttError::AttributeNotLong: return QStringLiteral("Attribute Not Long");
    case AttError::InsufficientEncryptionKeySize: return QStringLiteral("Insufficient Encryption Key Size");
    case AttError::InvalidAttributeValueLength: return QStringLiteral("Invalid Attribute Value Length");
    case AttError::UnlikelyError: return QStringLiteral("Unlikely Error");
    case AttError::InsufficientEncryption: return QStringLiteral("Insufficient Encryption");
    case AttError::UnsupportedGroupType: return QStringLiteral("Unsupported Group Type");
    case AttError::InsufficientResources: return QStringLiteral("Insufficient Resources");
    case AttError::DatabaseOutOfSync: return QStringLiteral("Database Out Of Sync");
    case AttError::ValueNotAllowed: return QStringLiteral("Value Not Allowed");
    case AttError::WriteRequestRejected: return QStringLiteral("Write Request Rejected");
    case AttError::CccdImproperlyConfigured:
        return QStringLiteral("Client Characteristic Configuration Descriptor Improperly Configured");
    case AttError::ProcedureAlreadyInProgress: return QStringLiteral("Procedure Already in Progress");
    case AttError::OutOfRange: return QStringLiteral("Out of Range");
    }
    if (code >= 0x80 && code <= 0x9F)
        return QStringLiteral("Application Error");
    if (code >= 0xE0)
        return QStringLiteral("Common Profile and Service Error");
    return QStringLiteral("Reserved");
}

QString hciErrorName(quint8 code)
{
    switch (code) {
    case 0x00: return QStringLiteral("Success");
    case 0x01: return QStringLiteral("Unknown HCI Command");
    case 0x02: return QStringLiteral("Unknown Connection Identifier");
    case 0x03: return QStringLiteral("Hardware Failure");
    case 0x04: return QStringLiteral("Page Timeout");
    case 0x05: return QStringLiteral("Authentication Failure");
    case 0x06: return QStringLiteral("PIN or Key Missing");
    case 0x07: return QStringLiteral("Memory Capacity Exceeded");
    case 0x08: return QStringLiteral("Connection Timeout");
    case 0x09: return QStringLiteral("Connection Limit Exceeded");
    case 0x0A: return QStringLiteral("Synchronous Connection Limit Exceeded");
    case 0x0B: return QStringLiteral("Connection Already Exists");
    case 0x0C: return QStringLiteral("Command Disallowed");
    case 0x0D: return QStringLiteral("Connection Rejected due to Limited Resources");
    case 0x0E: return QStringLiteral("Connection Rejected due to Security Reasons");
    case 0x0F: return QStringLiteral("Connection Rejected due to Unacceptable BD_ADDR");
    case 0x10: return QStringLiteral("Connection Accept Timeout Exceeded");
    case 0x11: return QStringLiteral("Unsupported Feature or Parameter Value");
    case 0x12: return QStringLiteral("Invalid HCI Command Parameters");
    case 0x13: return QStringLiteral("Remote User Terminated Connection");
    case 0x14: return QStringLiteral("Remote Device Terminated Connection due to Low Resources");
    case 0x15: return QStringLiteral("Remote Device Terminated Connection due to Power Off");
    case 0x16: return QStringLiteral("Connection Terminated by Local Host");
    case 0x17: return QStringLiteral("Repeated Attempts");
    case 0x18: return QStringLiteral("Pairing Not Allowed");
    case 0x1A: return QStringLiteral("Unsupported Remote Feature");
    case 0x1F: return QStringLiteral("Unspecified Error");
    case 0x22: return QStringLiteral("LL Response Timeout");
    case 0x23: return QStringLiteral("LL Procedure Collision");
    case 0x28: return QStringLiteral("Instant Passed");
    case 0x3A: return QStringLiteral("Controller Busy");
    case 0x3B: return QStringLiteral("Unacceptable Connection Parameters");
    case 0x3C: return QStringLiteral("Advertising Timeout");
    case 0x3D: return QStringLiteral("Connection Terminated due to MIC Failure");
    case 0x3E: return QStringLiteral("Connection Failed to be Established");
    default: return QStringLiteral("Controller Error");
    }
}

QString smpErrorName(quint8 code)
{
    switch (code) {
    case 0x01: return QStringLiteral("Passkey Entry Failed");
    case 0x02: return QStringLiteral("OOB Not Available");
    case 0x03: return QStringLiteral("Authentication Requirements");
    case 0x04: return QStringLiteral("Confirm Value Failed");
    case 0x05: return QStringLiteral("Pairing Not Supported");
    case 0x06: return QStringLiteral("Encryption Key Size");
    case 0x07: return QStringLiteral("Command Not Supported");
    case 0x08: return QStringLiteral("Unspecified Reason");
    case 0x09: return QStringLiteral("Repeated Attempts");
    case 0x0A: return QStringLiteral("Invalid Parameters");
    case 0x0B: return QStringLiteral("DHKey Check Failed");
    case 0x0C: return QStringLiteral("Numeric Comparison Failed");
    default: return QStringLiteral("Pairing Failed");
    }
}

Error::Error(Kind kind, QString message, quint16 code)
    : m_kind(kind)
    , m_code(code)
    , m_message(std::move(message))
{ }

Error Error::att(AttError code, QString message)
{
    return Error(Kind::Att, std::move(message), quint16(code));
}

Error Error::att(quint8 code, QString message)
{
    return Error(Kind::Att, std::move(message), code);
}

Error Error::controller(quint8 hciStatus, QString message)
{
    return Error(Kind::Controller, std::move(message), hciStatus);
}

Error Error::security(quint8 smpReason, QString message)
{
    return Error(Kind::Security, std::move(message), smpReason);
}

QString Error::name() const
{
    switch (m_kind) {
    case Kind::Att: return attErrorName(quint8(m_code));
    case Kind::Controller: return hciErrorName(quint8(m_code));
    case Kind::Security: return smpErrorName(quint8(m_code));
    default: return errorKindName(m_kind);
    }
}

QString Error::toString() const
{
    QString head;
    switch (m_kind) {
    case Kind::None: return ErrorTexts::tr("No error");
    case Kind::Att: head = ErrorTexts::tr("ATT error %1 (%2)").arg(hex2(m_code, 2), name()); break;
    case Kind::Controller:
        head = ErrorTexts::tr("Controller error %1 (%2)").arg(hex2(m_code, 2), name());
        break;
    case Kind::Security: head = ErrorTexts::tr("Pairing failed %1 (%2)").arg(hex2(m_code, 2), name()); break;
    case Kind::Backend:
        head = m_code ? ErrorTexts::tr("Backend error %1").arg(hex2(m_code, 4))
                      : ErrorTexts::tr("Backend error");
        break;
    default: head = name(); break;
    }
    return m_message.isEmpty() ? head : head + QStringLiteral(": ") + m_message;
}

QString errorKindName(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::None: return ErrorTexts::tr("No error");
    case Error::Kind::Att: return ErrorTexts::tr("ATT error");
    case Error::Kind::Controller: return ErrorTexts::tr("Controller error");
    case Error::Kind::Security: return ErrorTexts::tr("Security error");
    case Error::Kind::Backend: return ErrorTexts::tr("Backend error");
    case Error::Kind::Timeout: return ErrorTexts::tr("Timed out");
    case Error::Kind::Disconnected: return ErrorTexts::tr("Disconnected");
    case Error::Kind::NotSupported: return ErrorTexts::tr("Not supported");
    case Error::Kind::TransportLost: return ErrorTexts::tr("Transport lost");
    case Error::Kind::InvalidArgument: return ErrorTexts::tr("Invalid argument");
    case Error::Kind::NotFound: return ErrorTexts::tr("Not found");
    case Error::Kind::Cancelled: return ErrorTexts::tr("Cancelled");
    case Error::Kind::Protocol: return ErrorTexts::tr("Protocol error");
    case Error::Kind::Busy: return ErrorTexts::tr("Busy");
    case Error::Kind::PoweredOff: return ErrorTexts::tr("Powered off");
    case Error::Kind::PermissionDenied: return ErrorTexts::tr("Permission denied");
    }
    return {};
}

} // namespace gattscope
