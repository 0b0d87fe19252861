// SPDX-License-Identifier: MIT
// The client's side of the serial line: whatever a dongle (or line noise) sends, through
// the reassembler and the response/event decoders. Properties: bgapistreamcheck.h.
#include "bgapistreamcheck.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    gattscope::fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    gattscope::fuzz::checkStream(data, size, gattscope::bgapi::Direction::DeviceToHost);
    return 0;
}
