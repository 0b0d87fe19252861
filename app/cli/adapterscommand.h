// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace gattscope::cli {

// `gattscope-cli adapters`: every radio that can be opened now, with its backend URI
// (BLED112 ports, Bluetooth adapters for gatttool/BlueZ, the demo dongle).
// --json: [{ "uri", "label" }].
class AdaptersCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AdaptersCommand)
public:
    QString name() const override { return QStringLiteral("adapters"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace gattscope::cli
