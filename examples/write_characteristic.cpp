// SPDX-License-Identifier: MIT
// Writes hex bytes to a characteristic, then reads the value back when it is readable.
//
//   write_characteristic [--backend URI] [--no-response] DEVICE CHARACTERISTIC HEX
//   write_characteristic "gattscope Motion" 6a770004-8c3a-4f3e-9e4b-5a2c1d0e9f10 48656c6c6f
// CHARACTERISTIC is a UUID (2A06, or the 36-character form) or a handle (0x0012).
#include "exampleoptions.h"

#include <gattscope/gattscope.h>

#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    const char *usage = "write_characteristic [--backend URI] [--no-response] DEVICE CHARACTERISTIC HEX";
    const ExampleOptions options = ExampleOptions::parse(argc, argv, usage);
    if (options.positional.size() != 3) {
        std::fprintf(stderr, "usage: %s\n", usage);
        return 2;
    }
    const std::string &device = options.positional[0];
    const std::string &characteristic = options.positional[1];
    try {
        const gattscope::Bytes value = gattscope::bytesFromHex(options.positional[2]);
        gattscope::Adapter adapter(options.backend);
        gattscope::Device peripheral = adapter.connect(device);
        // "0x0012" is a handle; anything else a UUID.
        const std::uint16_t handle = characteristic.rfind("0x", 0) == 0 && characteristic.size() == 6
            ? std::uint16_t(std::strtoul(characteristic.c_str(), nullptr, 16))
            : peripheral.handle(characteristic);
        peripheral.write(handle, value,
                         options.noResponse ? gattscope::WriteMode::WithoutResponse
                                            : gattscope::WriteMode::Auto);
        std::printf("Wrote %s to 0x%04X\n", gattscope::bytesToHex(value).c_str(), handle);
        if (peripheral.characteristic(handle).has(gattscope::Property::Read))
            std::printf("Read back: %s\n", gattscope::bytesToHex(peripheral.read(handle)).c_str());
        peripheral.disconnect();
        return 0;
    } catch (const gattscope::Exception &e) {
        std::fprintf(stderr, "write_characteristic: %s\n", e.what());
        return 1;
    }
}
