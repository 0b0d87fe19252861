// SPDX-License-Identifier: MIT
#include "gatttoolerrors.h"

namespace gattscope {

Error GatttoolErrors::fromEvent(const GatttoolEvent &event, const QString &context)
{
    const QString where
        = context.isEmpty() ? event.text : context + QStringLiteral(" (gatttool: ") + event.text + u')';
    if (event.kind == GatttoolEvent::Kind::CommandFailed) {
        if (event.text == u"Disconnected")
            return Error(Error::Kind::Disconnected, tr("not connected: %1").arg(where));
        return Error(Error::Kind::NotSupported, where);
    }
    if (event.kind == GatttoolEvent::Kind::Usage)
        return Error(Error::Kind::InvalidArgument, where);
    switch (event.failure) {
    case GatttoolEvent::Failure::Argument: return Error(Error::Kind::InvalidArgument, where);
    case GatttoolEvent::Failure::Protocol:
        return Error(Error::Kind::Protocol, tr("gatttool could not decode the answer: %1").arg(where));
    case GatttoolEvent::Failure::Connect: return connectFailed(event);
    case GatttoolEvent::Failure::UnknownCommand:
        return Error(Error::Kind::NotSupported, tr("this gatttool does not know the command: %1").arg(where));
    default: break;
    }
    if (!event.attError)
        return Error(Error::Kind::Backend, where);
    const quint8 code = *event.attError;
    if (code == kUnknownGatttoolAttError) {
        return Error(Error::Kind::Backend,
                     tr("the device refused with an ATT error gatttool does not name: %1").arg(where));
    }
    switch (code) {
    case 0x80: return Error(Error::Kind::Protocol, tr("gatttool could not decode the answer: %1").arg(where));
    case 0x81: return Error(Error::Kind::Timeout, tr("the device did not answer in time: %1").arg(where));
    case 0x82: return Error(Error::Kind::Cancelled, where);
    default: return Error::att(code, context);
    }
}

Error GatttoolErrors::connectFailed(const GatttoolEvent &event)
{
    const QString text = event.text;
    switch (event.number) {
    case 111: // ECONNREFUSED: the LE connection was not established (device absent or refusing)
    case 112: // EHOSTDOWN
    case 103: // ECONNABORTED
        return Error::controller(0x3E,
                                 tr("the device did not accept the connection (gatttool: %1)").arg(text));
    case 110:
        return Error(Error::Kind::Timeout, tr("the connection attempt timed out (gatttool: %1)").arg(text));
    case 16: return Error(Error::Kind::Busy, tr("the adapter is busy (gatttool: %1)").arg(text));
    case 19: // ENODEV
    case 113: // EHOSTUNREACH: no adapter to route through
        return Error(Error::Kind::TransportLost,
                     tr("no Bluetooth adapter is available (gatttool: %1)").arg(text));
    case 97: // EAFNOSUPPORT
        return Error(Error::Kind::TransportLost,
                     tr("this system has no Bluetooth support (gatttool: %1)").arg(text));
    case 1: // EPERM
    case 13: // EACCES
        return Error(Error::Kind::Backend,
                     tr("permission denied (gatttool: %1); run as a user allowed to use Bluetooth, or give "
                        "gatttool the capabilities it needs (setcap 'cap_net_raw,cap_net_admin+eip')")
                         .arg(text));
    default: break;
    }
    return Error(Error::Kind::Backend, tr("the connection failed (gatttool: %1)").arg(text));
}

} // namespace gattscope
