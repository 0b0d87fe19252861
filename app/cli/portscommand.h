// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace gattscope::cli {

// `gattscope-cli ports`: the serial ports, BLED112 dongles (USB 2458:0001) marked, with the
// backend URI to open each. --json: [{ "port", "uri", "description", "manufacturer",
// "serialNumber", "vendorId", "productId", "bled112" }].
class PortsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PortsCommand)
public:
    QString name() const override { return QStringLiteral("ports"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace gattscope::cli
