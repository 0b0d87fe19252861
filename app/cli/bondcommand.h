// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace gattscope::cli {

// `gattscope-cli bond DEVICE [--passkey N]`: pairs with the device and keeps the bond
// (encryption, then the keys stored by the dongle/adapter). When the device asks for a
// passkey, --passkey answers; without it the passkey is asked for on a terminal, and the
// pairing fails (exit 4) off a terminal. `bond --list` lists the bonds the radio holds.
// --json: { "address", "encrypted": true } / [{ "handle", "address"?, "keySize", "mitm" }].
class BondCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(BondCommand)
public:
    QString name() const override { return QStringLiteral("bond"); }
    QString summary() const override;
    bool usesBackend() const override { return true; }
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace gattscope::cli
