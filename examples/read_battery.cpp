// SPDX-License-Identifier: MIT
// Reads the Battery Level (0x2A19) of a peripheral and prints it.
//
//   read_battery [--backend URI] [DEVICE]      DEVICE: an address or a name (default "HRM Strap")
#include "exampleoptions.h"

#include <gattscope/gattscope.h>

#include <cstdio>

int main(int argc, char **argv)
{
    const ExampleOptions options = ExampleOptions::parse(argc, argv, "read_battery [--backend URI] [DEVICE]");
    const std::string device = options.positional.empty() ? "HRM Strap" : options.positional.front();
    try {
        gattscope::Adapter adapter(options.backend);
        gattscope::Device peripheral = adapter.connect(device);
        const gattscope::Bytes level = peripheral.read("2A19");
        if (level.size() != 1) {
            std::fprintf(stderr, "read_battery: the battery level is %zu bytes, not 1\n", level.size());
            return 1;
        }
        std::printf("Battery level: %d %%\n", int(level[0]));
        peripheral.disconnect();
        return 0;
    } catch (const gattscope::Exception &e) {
        std::fprintf(stderr, "read_battery: %s\n", e.what());
        return 1;
    }
}
