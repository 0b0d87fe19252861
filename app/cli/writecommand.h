// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace gattscope::cli {

// `gattscope-cli write DEVICE CHARACTERISTIC (--hex H | --text T | --value V [--format F])`
// writes one value (ValueInput says how each option becomes bytes) with a Write Request,
// or a Write Command with --no-response, or prepared writes with --long. The value is
// checked before anything is opened: bad input is exit 1 without touching the device.
// --json: { "handle", "uuid", "name", "hex", "mode" }.
class WriteCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(WriteCommand)
public:
    QString name() const override { return QStringLiteral("write"); }
    QString summary() const override;
    bool usesBackend() const override { return true; }
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace gattscope::cli
