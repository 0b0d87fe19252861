// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace gattscope {
struct DiscoveredDevice;
}

namespace gattscope::cli {

// `gattscope-cli scan [--duration S] [filters]`: the advertisers heard, until --duration or
// Ctrl-C (exit 0). On a terminal a live table (strongest first) redrawn a few times a
// second; otherwise one line per device when it is first heard; --json one object per
// report. Filters (ScanFilter): --name, --name-regex, --address, --service (repeatable),
// --min-rssi.
class ScanCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScanCommand)
public:
    QString name() const override { return QStringLiteral("scan"); }
    QString summary() const override;
    bool usesBackend() const override { return true; }
    int run(const QStringList &arguments, CliContext &context) override;

private:
    static QString row(const CliContext &context, const DiscoveredDevice &device, qsizetype nameWidth);
};

} // namespace gattscope::cli
