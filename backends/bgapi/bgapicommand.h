// SPDX-License-Identifier: MIT
#pragma once

// Typed front of BgapiCommandQueue: queue a protocol command struct, get its decoded
// response struct back (or an Error). Private to the client.

#include "bgapicommandqueue.h"

#include <gattscope/backends/bgapi/protocol/bgapimessages.h>
#include <gattscope/backends/bgapi/protocol/bgapinames.h>

#include <QCoreApplication>

#include <functional>
#include <type_traits>

namespace gattscope::bgapi {

// The Error for a non-zero BGAPI result code, typed (ATT, controller, SMP or BGAPI) and
// named by the protocol layer, with what we were doing as context.
inline Error resultError(quint16 result, const QString &context = QString())
{
    const Error e = toError(result);
    if (!e || context.isEmpty())
        return e;
    return Error(e.kind(), e.message().isEmpty() ? context : e.message() + QStringLiteral(": ") + context,
                 e.code());
}

// Checks connection parameters against the ranges of the Core spec (Vol 6 Part B 4.5.1):
// interval 7.5 ms..4 s, latency 0..499, supervision timeout 100 ms..32 s and longer than
// (1 + latency) × interval × 2. Returns an InvalidArgument error naming the problem.
inline Error connectionParametersError(int intervalMinUs, int intervalMaxUs, int latency, int supervisionMs)
{
    auto invalid = [](const QString &what) {
        return Error(Error::Kind::InvalidArgument, what);
    };
    if (intervalMinUs < 7500 || intervalMaxUs > 4000000 || intervalMinUs > intervalMaxUs)
        return invalid(QCoreApplication::translate(
            "gattscope::bgapi", "The connection interval must lie between 7.5 ms and 4 s"));
    if (latency < 0 || latency > 499)
        return invalid(QCoreApplication::translate("gattscope::bgapi",
                                                   "The peripheral latency must lie between 0 and 499"));
    if (supervisionMs < 100 || supervisionMs > 32000)
        return invalid(QCoreApplication::translate(
            "gattscope::bgapi", "The supervision timeout must lie between 100 ms and 32 s"));
    if (qint64(supervisionMs) * 1000 <= qint64(1 + latency) * intervalMaxUs * 2)
        return invalid(QCoreApplication::translate(
            "gattscope::bgapi", "The supervision timeout must exceed (1 + latency) × interval × 2"));
    return Error();
}

template<Message C>
BgapiCommandQueue::Command makeCommand(const C &command, int timeoutMs, const void *owner,
                                       std::function<void(const typename C::Response &)> onResponse,
                                       std::function<void(const Error &)> onFailure)
{
    using R = typename C::Response;
    BgapiCommandQueue::Command c;
    c.packet = encodeToBytes(command);
    c.classId = quint8(C::messageClass);
    c.messageId = C::messageId;
    c.timeoutMs = timeoutMs;
    c.owner = owner;
    c.name = C::name;
    c.onFailure = onFailure;
    if constexpr (std::is_same_v<R, NoResponse>) {
        c.expectsResponse = false;
        c.onResponse = [onResponse](QByteArrayView) {
            if (onResponse)
                onResponse(R {});
        };
    } else {
        c.onResponse = [onResponse, onFailure](QByteArrayView payload) {
            R response;
            const DecodeStatus status = decodePayload(payload, response);
            if (status != DecodeStatus::Ok) {
                if (onFailure)
                    onFailure(malformedPayloadError(messageInfo<R>(), status, payload.size()));
                return;
            }
            if (onResponse)
                onResponse(response);
        };
    }
    return c;
}

} // namespace gattscope::bgapi
