// SPDX-License-Identifier: MIT
#include "bluezerror.h"

#include <QRegularExpression>

namespace gattscope {

namespace {

QString withWhat(const QString &what, const QString &message)
{
    return what.isEmpty() ? message : what + QStringLiteral(": ") + message;
}

} // namespace

QString BluezError::notRunningMessage()
{
    return tr("bluetoothd is not running (nobody owns org.bluez on the system bus). Start it with "
              "'sudo systemctl start bluetooth'.");
}

QString BluezError::permissionMessage()
{
    return tr("The system refused access to BlueZ. Add your user to the 'bluetooth' group "
              "(sudo usermod -aG bluetooth $USER, then log in again) or allow it in "
              "/etc/dbus-1/system.d/bluetooth.conf; switching an adapter on or off may also need a "
              "polkit rule for org.bluez.");
}

Error BluezError::fromReply(QStringView name, QStringView message, Call call, const QString &what)
{
    const QString said
        = message.isEmpty() ? name.toString() : name.toString() + QStringLiteral(": ") + message.toString();
    const QString bluezSaid = tr("BlueZ says %1").arg(said);
    auto is = [name](const char *suffix) {
        return name == QLatin1String(suffix);
    };

    // The bus itself.
    if (is("org.freedesktop.DBus.Error.ServiceUnknown") || is("org.freedesktop.DBus.Error.NameHasNoOwner"))
        return Error(Error::Kind::TransportLost, withWhat(what, notRunningMessage()));
    if (is("org.freedesktop.DBus.Error.AccessDenied") || is("org.freedesktop.DBus.Error.AuthFailed")
        || (is("org.bluez.Error.NotAuthorized") && call != Call::Gatt)) {
        return Error(Error::Kind::PermissionDenied, withWhat(what, permissionMessage() + u' ' + bluezSaid));
    }
    if (is("org.freedesktop.DBus.Error.NoReply") || is("org.freedesktop.DBus.Error.Timeout")
        || is("org.freedesktop.DBus.Error.TimedOut")) {
        return Error(Error::Kind::Timeout, withWhat(what, tr("bluetoothd did not answer in time")));
    }
    if (is("org.freedesktop.DBus.Error.UnknownObject") || is("org.freedesktop.DBus.Error.UnknownMethod")
        || is("org.freedesktop.DBus.Error.UnknownInterface") || is("org.bluez.Error.DoesNotExist")) {
        return Error(Error::Kind::NotFound, withWhat(what, bluezSaid));
    }
    if (is("org.freedesktop.DBus.Error.Disconnected") || is("org.freedesktop.DBus.Error.NoServer")
        || is("org.freedesktop.DBus.Error.NoNetwork")) {
        return Error(Error::Kind::TransportLost,
                     withWhat(what, tr("Cannot reach the D-Bus system bus (%1)").arg(said)));
    }
    if (name.startsWith(QLatin1String("org.freedesktop.DBus.Error.")))
        return Error(Error::Kind::TransportLost, withWhat(what, bluezSaid));

    if (is("org.bluez.Error.InProgress"))
        return Error(Error::Kind::Busy, withWhat(what, bluezSaid));
    if (is("org.bluez.Error.NotReady"))
        return Error(Error::Kind::PoweredOff,
                     withWhat(what, tr("The adapter is switched off (%1)").arg(said)));
    if (is("org.bluez.Error.NotConnected"))
        return Error(Error::Kind::Disconnected, withWhat(what, bluezSaid));
    if (is("org.bluez.Error.InvalidArguments") && call != Call::Gatt)
        return Error(Error::Kind::InvalidArgument, withWhat(what, bluezSaid));
    if (is("org.bluez.Error.Failed") && message.contains(QLatin1String("rfkill"), Qt::CaseInsensitive)) {
        return Error(
            Error::Kind::PoweredOff,
            withWhat(what,
                     tr("The adapter is blocked by rfkill ('rfkill unblock bluetooth'); %1").arg(bluezSaid)));
    }

    switch (call) {
    case Call::Gatt: {
        static const QRegularExpression attCode(QStringLiteral("ATT error: 0x([0-9a-fA-F]{1,2})"));
        const QRegularExpressionMatch m = attCode.match(message);
        if (m.hasMatch())
            return Error::att(quint8(m.captured(1).toUInt(nullptr, 16)), withWhat(what, bluezSaid));
        if (is("org.bluez.Error.NotPermitted")) {
            if (message.contains(QLatin1String("Read not permitted")))
                return Error::att(AttError::ReadNotPermitted, withWhat(what, bluezSaid));
            if (message.contains(QLatin1String("Write not permitted")))
                return Error::att(AttError::WriteNotPermitted, withWhat(what, bluezSaid));
            if (message.contains(QLatin1String("Not paired"))) {
                return Error::att(AttError::InsufficientAuthentication,
                                  withWhat(what,
                                           tr("the link is not paired or not encrypted enough (BlueZ "
                                              "reports 0x05, 0x0C and 0x0F alike); %1")
                                               .arg(bluezSaid)));
            }
            return Error(Error::Kind::NotSupported, withWhat(what, bluezSaid));
        }
        if (is("org.bluez.Error.InvalidOffset"))
            return Error::att(AttError::InvalidOffset, withWhat(what, bluezSaid));
        if (is("org.bluez.Error.InvalidArguments")) {
            if (message.contains(QLatin1String("offset"), Qt::CaseInsensitive))
                return Error::att(AttError::InvalidOffset, withWhat(what, bluezSaid));
            if (message.contains(QLatin1String("Length"), Qt::CaseInsensitive))
                return Error::att(AttError::InvalidAttributeValueLength, withWhat(what, bluezSaid));
            return Error(Error::Kind::InvalidArgument, withWhat(what, bluezSaid));
        }
        if (is("org.bluez.Error.InvalidValueLength"))
            return Error::att(AttError::InvalidAttributeValueLength, withWhat(what, bluezSaid));
        if (is("org.bluez.Error.NotAuthorized"))
            return Error::att(AttError::InsufficientAuthorization, withWhat(what, bluezSaid));
        if (is("org.bluez.Error.NotSupported"))
            return Error::att(AttError::RequestNotSupported, withWhat(what, bluezSaid));
        if (is("org.bluez.Error.ImproperlyConfigured"))
            return Error::att(AttError::CccdImproperlyConfigured, withWhat(what, bluezSaid));
        break;
    }
    case Call::Connect: {
        if (is("org.bluez.Error.AlreadyConnected"))
            return Error(Error::Kind::Busy, withWhat(what, bluezSaid));
        const QString m = message.toString();
        if (m.contains(QLatin1String("timeout")) || m.contains(QLatin1String("timed out")))
            return Error(Error::Kind::Timeout,
                         withWhat(what, tr("the device did not answer; %1").arg(bluezSaid)));
        if (m.contains(QLatin1String("abort-by-remote")) || m.contains(QLatin1String("reset by peer")))
            return Error::controller(0x13,
                                     withWhat(what, tr("the device ended the link; %1").arg(bluezSaid)));
        if (m.contains(QLatin1String("not-powered")))
            return Error(Error::Kind::PoweredOff, withWhat(what, bluezSaid));
        if (is("org.bluez.Error.Failed")) {
            // le-connection-abort-by-local (BlueZ gave up waiting), -refused, "Software
            // caused connection abort", "Host is down": the link never came up.
            return Error::controller(
                0x3E, withWhat(what, tr("the device did not accept the connection; %1").arg(bluezSaid)));
        }
        break;
    }
    case Call::Pair: {
        if (is("org.bluez.Error.AuthenticationFailed"))
            return Error::security(0x04, withWhat(what, tr("wrong passkey or keys; %1").arg(bluezSaid)));
        if (is("org.bluez.Error.AuthenticationCanceled"))
            return Error(Error::Kind::Cancelled, withWhat(what, bluezSaid));
        if (is("org.bluez.Error.AuthenticationRejected"))
            return Error::security(0x05, withWhat(what, tr("the device refused to pair; %1").arg(bluezSaid)));
        if (is("org.bluez.Error.AuthenticationTimeout"))
            return Error(Error::Kind::Timeout, withWhat(what, bluezSaid));
        if (is("org.bluez.Error.ConnectionAttemptFailed"))
            return Error::controller(0x3E, withWhat(what, bluezSaid));
        if (is("org.bluez.Error.AlreadyExists"))
            return Error(Error::Kind::Busy, withWhat(what, tr("already paired; %1").arg(bluezSaid)));
        if (is("org.bluez.Error.Rejected") || is("org.bluez.Error.Canceled"))
            return Error(Error::Kind::Cancelled, withWhat(what, bluezSaid));
        break;
    }
    case Call::Adapter:
        if (is("org.bluez.Error.NotSupported"))
            return Error(Error::Kind::NotSupported, withWhat(what, bluezSaid));
        break;
    }
    return Error(Error::Kind::Backend, withWhat(what, bluezSaid));
}

Error BluezError::disconnectReason(QStringView reason, QStringView message)
{
    const QString said = message.toString();
    if (reason == QLatin1String("org.bluez.Reason.Timeout"))
        return Error::controller(0x08, said);
    if (reason == QLatin1String("org.bluez.Reason.Remote"))
        return Error::controller(0x13, said);
    if (reason == QLatin1String("org.bluez.Reason.Local")
        || reason == QLatin1String("org.bluez.Reason.Suspend"))
        return Error::controller(0x16, said);
    if (reason == QLatin1String("org.bluez.Reason.Authentication"))
        return Error::controller(0x05, said);
    return Error(Error::Kind::Disconnected, said.isEmpty() ? reason.toString() : said);
}

} // namespace gattscope
