// SPDX-License-Identifier: MIT
// The virtual BLED112 answering whatever a host program sends: the built-in peripherals,
// commands from the input, the answers read back through the client's reassembler.
// Properties: nothing crashes, and everything the emulator sends is well-formed BGAPI
// (no garbage the reassembler must skip, every response and event decodes), since no
// fault is configured. Deterministic per input as far as timers allow: every delay is 0
// and the run is far shorter than the shortest generator or advertising period.
//
// Input: byte 0 options (bit 0 host-confirmed indications, bit 1 reset re-enumerates,
// bit 2 no GAP service), byte 1 seeds the write sizes, the rest is the command stream.
#include "fuzzsupport.h"

#include <gattscope/backends/bgapi/protocol/bgapimessages.h>
#include <gattscope/backends/bgapi/protocol/bgapinames.h>
#include <gattscope/backends/bgapi/protocol/bgapireassembler.h>
#include <gattscope/backends/virtual/loopbackdevice.h>
#include <gattscope/backends/virtual/profileloader.h>
#include <gattscope/backends/virtual/virtualdongle.h>

#include <QCoreApplication>

#include <memory>

using namespace gattscope;

namespace {

const ProfileSet &builtInProfiles()
{
    static const ProfileSet set = [] {
        const Result<ProfileSet> loaded = ProfileLoader::loadBuiltIn();
        FUZZ_CHECK_NOTE(loaded.ok(), loaded.error().message());
        return loaded.value();
    }();
    return set;
}

void checkAnswer(const BgapiPacketView &packet)
{
    const QString name = bgapi::messageName(packet, bgapi::Direction::DeviceToHost);
    if (packet.isEvent()) {
        const Result<bgapi::Event> event = bgapi::decodeEvent(packet);
        FUZZ_CHECK_NOTE(event.ok(), name + u": " + event.error().message());
    } else {
        const Result<bgapi::Response> response = bgapi::decodeResponse(packet);
        FUZZ_CHECK_NOTE(response.ok(), name + u": " + response.error().message());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::quietQtMessages();
    new QCoreApplication(*argc, *argv); // the dongle's timers and queued signals need one
    builtInProfiles();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    VirtualDongleOptions options;
    options.hostConfirmsIndications = data[0] & 0x01;
    options.resetReenumerates = data[0] & 0x02;
    options.gapService = !(data[0] & 0x04);
    options.replugDelayMs = 0;
    options.bootDelayMs = 0;
    options.connectDelayMs = 0;
    options.encryptDelayMs = 0;
    options.procedureStepMs = 0;
    fuzz::ChunkSizes sizes(data[1]);
    const QByteArrayView commands(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));

    auto dongle = std::make_unique<VirtualDongle>(options);
    dongle->addProfiles(builtInProfiles());
    std::unique_ptr<LoopbackDevice> host(dongle->createLoopback());
    BgapiReassembler answers(bgapi::Direction::DeviceToHost);
    answers.setSkippedBytesHandler([](QByteArrayView skipped) {
        FUZZ_CHECK_NOTE(false,
                        QStringLiteral("the emulator sent %1 bytes that are no packet: %2")
                            .arg(skipped.size())
                            .arg(QString::fromLatin1(skipped.toByteArray().toHex(' '))));
    });

    // Runs the dongle until it has nothing more to say (a few rounds: answers may queue
    // further answers, e.g. a procedure's events after its response).
    const auto pump = [&] {
        for (int quiet = 0, round = 0; quiet < 2 && round < 64; ++round) {
            QCoreApplication::processEvents();
            const QByteArray out = host->readAll();
            quiet = out.isEmpty() ? quiet + 1 : 0;
            answers.feed(QByteArrayView(out), [](const BgapiPacketView &packet) { checkAnswer(packet); });
        }
    };
    for (qsizetype pos = 0; pos < commands.size();) {
        const qsizetype n = qMin(1 + sizes.next(63), commands.size() - pos);
        if (host->isOpen())
            host->write(commands.data() + pos, n);
        else if (host->isPeerOpen())
            host->open(QIODevice::ReadWrite); // re-plugged after a re-enumerating reset
        pos += n;
        pump();
    }
    host.reset();
    dongle.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
