// SPDX-License-Identifier: MIT
// The advertising-data parser (AD structures, iBeacon, Eddystone, URIs) on what any radio
// may receive, and every accessor and describer the scanner, the details pane and the CLI
// call on the result. Properties: parsing never fails or reads outside the packet; each
// structure's raw bytes are the packet's bytes at its offset, in order; the merged view
// keeps every structure and error of both packets.
//
// Input: byte 0 says how long the advertisement is (the rest is the scan response).
#include "fuzzsupport.h"

#include <gattscope/core/advertising/advertisingdata.h>

using namespace gattscope;

namespace {

void exercise(const AdvertisingData &ad)
{
    (void)ad.name();
    (void)ad.hasCompleteName();
    (void)ad.txPower();
    (void)ad.flags();
    (void)ad.appearance();
    (void)ad.serviceUuids();
    (void)ad.hasCompleteServiceList();
    (void)ad.solicitedServiceUuids();
    for (const AdManufacturerData &m : ad.manufacturerData())
        (void)m.companyName();
    (void)ad.serviceData();
    if (const std::optional<IBeacon> beacon = ad.iBeacon())
        FUZZ_CHECK(!beacon->describe().isEmpty());
    if (const std::optional<EddystoneFrame> frame = ad.eddystone())
        FUZZ_CHECK(!frame->describe().isEmpty());
    (void)ad.isBeacon();
    const QStringList lines = ad.describe();
    FUZZ_CHECK(lines.size() == ad.structures().size());
    FUZZ_CHECK(ad.errorStrings().size() == ad.errors().size());
    FUZZ_CHECK(ad.isWellFormed() == ad.errors().isEmpty());
}

void checkPacket(QByteArrayView packet, AdSource source, const AdvertisingData &ad)
{
    qsizetype end = 0;
    for (const AdStructure &s : ad.structures()) {
        FUZZ_CHECK(s.source == source);
        FUZZ_CHECK(s.offset >= end);
        const QByteArray raw = s.rawBytes();
        if (s.truncated) {
            FUZZ_CHECK(s.isMalformed());
            FUZZ_CHECK(s.offset + 2 + s.data.size() == packet.size());
            FUZZ_CHECK(QByteArrayView(raw).sliced(1) == packet.sliced(s.offset + 1));
            end = packet.size();
        } else {
            FUZZ_CHECK(s.offset + raw.size() <= packet.size());
            FUZZ_CHECK(QByteArrayView(raw) == packet.sliced(s.offset, raw.size()));
            end = s.offset + raw.size();
        }
        FUZZ_CHECK(!s.describe().isEmpty());
    }
    for (const AdParseError &e : ad.errors()) {
        FUZZ_CHECK(e.offset >= 0 && e.offset <= packet.size());
        FUZZ_CHECK(e.source == source);
    }
    FUZZ_CHECK(ad.paddingBytes() >= 0 && ad.paddingBytes() <= packet.size());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArrayView rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const qsizetype split = qMin(qsizetype(data[0]), rest.size());
    const QByteArrayView advertisement = rest.first(split);
    const QByteArrayView scanResponse = rest.sliced(split);

    const AdvertisingData adv = AdvertisingData::parse(advertisement);
    checkPacket(advertisement, AdSource::Advertisement, adv);
    exercise(adv);
    const AdvertisingData scan = AdvertisingData::parse(scanResponse, AdSource::ScanResponse);
    checkPacket(scanResponse, AdSource::ScanResponse, scan);

    const AdvertisingData merged = AdvertisingData::merged(adv, scan);
    FUZZ_CHECK(merged.structures().size() == adv.structures().size() + scan.structures().size());
    FUZZ_CHECK(merged.errors().size() == adv.errors().size() + scan.errors().size());
    exercise(merged);
    return 0;
}
