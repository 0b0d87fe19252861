// SPDX-License-Identifier: MIT
// The virtual-peripheral profile loader (backends/virtual/profileloader.h) on any file
// content, and the dongle built from what it accepts. Properties: loadJson never crashes;
// a failure is an InvalidArgument error naming the file; an accepted set can be served
// (VirtualDongle::addProfiles builds each GATT database and advertising data) and loading
// is deterministic.
// Input: the file content. fuzz_profile_loader.dict holds the format's keys and values.
#include "fuzzsupport.h"

#include <gattscope/backends/virtual/profileloader.h>
#include <gattscope/backends/virtual/virtualdongle.h>
#include <gattscope/backends/virtual/virtualperipheral.h>

#include <QCoreApplication>

using namespace gattscope;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::quietQtMessages();
    new QCoreApplication(*argc, *argv); // peripherals own timers
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString source = QStringLiteral("fuzz.json");
    const Result<ProfileSet> loaded = ProfileLoader::loadJson(json, source);
    if (!loaded.ok()) {
        FUZZ_CHECK(loaded.error().kind() == Error::Kind::InvalidArgument);
        FUZZ_CHECK_NOTE(loaded.error().message().startsWith(source), loaded.error().message());
        return 0;
    }
    const ProfileSet &set = loaded.value();
    FUZZ_CHECK(ProfileLoader::loadJson(json, source).value().peripherals.size() == set.peripherals.size());

    VirtualDongleOptions options;
    options.seed = 1;
    VirtualDongle dongle(options);
    dongle.addProfiles(set);
    FUZZ_CHECK(dongle.peripherals().size() == set.peripherals.size());
    for (VirtualPeripheral *p : dongle.peripherals())
        FUZZ_CHECK(dongle.peripheral(p->address()) == p);
    return 0;
}
