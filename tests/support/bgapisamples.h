// SPDX-License-Identifier: MIT
#pragma once

// One sample of every typed BGAPI message with its expected wire bytes, written by hand
// from the field tables in docs/bgapi.md (not produced by the encoder under test).

#include <gattscope/backends/bgapi/protocol/bgapimessages.h>

#include <QByteArray>
#include <QList>
#include <QString>

#include <variant>

namespace gattscope::bgapi::test {

using AnyMessage = std::variant<Command, Response, Event>;

struct Sample
{
    QString tag; // unique: "<name>/<kind>[#n]"
    Kind kind = Kind::Command;
    AnyMessage message;
    QByteArray wire; // header + payload
};

const QList<Sample> &samples();

// Encodes whichever message the sample holds.
BgapiPacket encodeAny(const AnyMessage &message);
// Decodes `packet` the way the receiving side would for `kind`, as an AnyMessage.
Result<AnyMessage> decodeAny(Kind kind, const BgapiPacketView &packet);

} // namespace gattscope::bgapi::test
