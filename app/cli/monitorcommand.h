// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace gattscope::cli {

// `gattscope-cli monitor DEVICE [--count N] [--duration S]`: a heart-rate strap's Heart Rate
// Measurement (0x2A37) pretty-printed — bpm, RR intervals in ms, sensor contact, energy —
// until --count, --duration or Ctrl-C. --json: one object per measurement
// { "timestampMs", "heartRate", "rrIntervalsMs", "sensorContact", "energyExpended"? }.
// A malformed measurement is shown as such and makes the exit code 1 at the end.
class MonitorCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(MonitorCommand)
public:
    QString name() const override { return QStringLiteral("monitor"); }
    QString summary() const override;
    bool usesBackend() const override { return true; }
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace gattscope::cli
