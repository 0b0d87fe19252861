// SPDX-License-Identifier: MIT
#include "simperipherals.h"

namespace gattscope {

Result<ProfileSet> loadSimPeripherals(const SimOptions &options)
{
    Result<ProfileSet> loaded = options.profiles.isEmpty() ? ProfileLoader::loadBuiltIn()
                                                           : ProfileLoader::loadFiles(options.profiles);
    if (!loaded.ok())
        return loaded.error();
    ProfileSet set = loaded.value();
    if (options.floodRateHz) {
        Result<ProfileSet> flood = ProfileLoader::loadFile(ProfileLoader::floodProfilePath());
        if (!flood.ok())
            return flood.error();
        for (PeripheralProfile &p : flood.value().peripherals) {
            for (ServiceProfile &s : p.services) {
                for (CharacteristicProfile &c : s.characteristics) {
                    if (c.generator.kind == GeneratorSpec::Kind::Flood)
                        c.generator.rateHz = *options.floodRateHz;
                }
            }
        }
        set.append(flood.value());
    }
    if (!options.faultsFile.isEmpty()) {
        const Result<ProfileSet> faults = ProfileLoader::loadFile(options.faultsFile);
        if (!faults.ok())
            return faults.error();
        set.append(faults.value());
    }
    return set;
}

} // namespace gattscope
