// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace gattscope::cli {

class CliDevice;

// `gattscope-cli dump DEVICE [--profile FILE [--record S]]`: reads every readable
// characteristic and descriptor and prints the whole device as JSON (always JSON): the
// device, its advertising, and the GATT tree with each value (or the error the device
// answered: a refused read is part of the picture, not a failure of the dump; a lost link
// or a timeout is).
//
// --profile FILE also clones the device into a virtual-peripheral profile (ProfileWriter,
// the format gattscope-sim --profile and the Demo dongle load): GATT database, values,
// advertising data and scan response; --record S subscribes to everything that notifies or
// indicates for S seconds first and stores what came as "replay" generators, replayed at
// the original timing. What the profile cannot hold is listed on stderr.
class DumpCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DumpCommand)
public:
    QString name() const override { return QStringLiteral("dump"); }
    QString summary() const override;
    bool usesBackend() const override { return true; }
    int run(const QStringList &arguments, CliContext &context) override;

private:
    static QJsonObject valueOrError(CliDevice &device, quint16 handle, bool readable, int *failures);
};

} // namespace gattscope::cli
