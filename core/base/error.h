// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

namespace gattscope {

// ATT error codes (Core spec Vol 3 Part F §3.4.1.1 and CSS Part B §1.2).
enum class AttError : quint8 {
    InvalidHandle = 0x01,
    ReadNotPermitted = 0x02,
    WriteNotPermitted = 0x03,
    InvalidPdu = 0x04,
    InsufficientAuthentication = 0x05,
    RequestNotSupported = 0x06,
    InvalidOffset = 0x07,
    InsufficientAuthorization = 0x08,
    PrepareQueueFull = 0x09,
    AttributeNotFound = 0x0A,
    AttributeNotLong = 0x0B,
    InsufficientEncryptionKeySize = 0x0C,
    InvalidAttributeValueLength = 0x0D,
    UnlikelyError = 0x0E,
    InsufficientEncryption = 0x0F,
    UnsupportedGroupType = 0x10,
    InsufficientResources = 0x11,
    DatabaseOutOfSync = 0x12,
    ValueNotAllowed = 0x13,
    WriteRequestRejected = 0xFC,
    CccdImproperlyConfigured = 0xFD,
    ProcedureAlreadyInProgress = 0xFE,
    OutOfRange = 0xFF,
};

// Spec name of an ATT error ("Insufficient Authentication"); application errors
// 0x80–0x9F and unknown codes get a descriptive fallback.
QString attErrorName(quint8 code);
// HCI / controller status codes (Core spec Vol 1 Part F), e.g. 0x08 "Connection Timeout",
// 0x13 "Remote User Terminated Connection". Disconnect reasons are these.
QString hciErrorName(quint8 code);
// SMP pairing failure reasons (Core spec Vol 3 Part H §3.5.5).
QString smpErrorName(quint8 code);

// A typed failure. Default-constructed = no error; `if (error)` tests for failure.
class Error
{
public:
    enum class Kind : quint8 {
        None,
        Att, // code = ATT error code; the peer refused
        Controller, // code = HCI status (link layer / controller, disconnect reasons)
        Security, // code = SMP reason
        Backend, // code = backend-specific (e.g. BGAPI 0x01xx); message names it
        Timeout, // no answer in time
        Disconnected, // the link dropped while the operation was pending
        NotSupported, // this backend or this attribute cannot do it
        TransportLost, // the dongle/adapter went away (unplugged, port closed)
        InvalidArgument, // caller error: bad handle, bad hex, value too long …
        NotFound, // no such attribute / device / CCCD
        Cancelled, // cancelled by the user or superseded
        Protocol, // malformed data from the peer or dongle
        Busy, // another procedure is running
        PoweredOff, // the radio is switched off; Backend::setPowered(true) may fix it
        PermissionDenied, // the OS refused access; the message says how to get it (group, polkit)
    };

    Error() = default;
    Error(Kind kind, QString message = {}, quint16 code = 0);

    static Error att(AttError code, QString message = {});
    static Error att(quint8 code, QString message = {});
    static Error controller(quint8 hciStatus, QString message = {});
    static Error security(quint8 smpReason, QString message = {});

    Kind kind() const { return m_kind; }
    quint16 code() const { return m_code; }
    bool isAtt(AttError code) const { return m_kind == Kind::Att && m_code == quint16(code); }
    // The spec/backend name of the code, or the kind's name ("Timeout").
    QString name() const;
    // Extra context given at construction, may be empty.
    QString message() const { return m_message; }
    // One line for users: "ATT error 0x05 (Insufficient Authentication): writing handle 0x0012".
    QString toString() const;

    explicit operator bool() const { return m_kind != Kind::None; }
    friend bool operator==(const Error &a, const Error &b)
    {
        return a.m_kind == b.m_kind && a.m_code == b.m_code;
    }

private:
    Kind m_kind = Kind::None;
    quint16 m_code = 0;
    QString m_message;
};

QString errorKindName(Error::Kind kind);

} // namespace gattscope

Q_DECLARE_METATYPE(gattscope::Error)
