// SPDX-License-Identifier: MIT
// The emulator's side of the serial line: whatever a host program sends, through the
// reassembler (commands only) and the command decoder. Properties: bgapistreamcheck.h.
// fuzz_virtual_dongle goes further and lets the emulator answer.
#include "bgapistreamcheck.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    gattscope::fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    gattscope::fuzz::checkStream(data, size, gattscope::bgapi::Direction::HostToDevice);
    return 0;
}
