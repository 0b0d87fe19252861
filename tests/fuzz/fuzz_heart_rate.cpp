// SPDX-License-Identifier: MIT
// Heart Rate Measurement 0x2A37 (core/codecs/heartratemeasurement.h) on any notification.
// Properties: parse never fails as a call and keeps what came before a problem; an empty
// packet is an error, and every error says why; the fields that were parsed survive
// toBytes() → parse(); every RR interval has its milliseconds; a heart rate is shown.
// Input: the notification's value.
#include "fuzzsupport.h"

#include <gattscope/core/codecs/heartratemeasurement.h>

using namespace gattscope;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const HeartRateMeasurement m = HeartRateMeasurement::parse(bytes);
    if (m.heartRate)
        FUZZ_CHECK(!m.toString().isEmpty());
    FUZZ_CHECK(m.rrIntervalsMs().size() == m.rrIntervals.size());
    FUZZ_CHECK(m.rrIntervals.size() <= bytes.size() / 2);
    if (bytes.isEmpty())
        FUZZ_CHECK(!m.ok());
    if (!m.ok())
        FUZZ_CHECK(!m.error.message().isEmpty());
    if (m.ok() || m.heartRate) {
        const HeartRateMeasurement again = HeartRateMeasurement::parse(m.toBytes());
        FUZZ_CHECK_NOTE(again.ok(), again.error.message());
        FUZZ_CHECK(again.heartRate == m.heartRate);
        FUZZ_CHECK(again.sensorContact == m.sensorContact);
        FUZZ_CHECK(again.energyExpended == m.energyExpended);
        FUZZ_CHECK(again.rrIntervals == m.rrIntervals);
    }
    return 0;
}
