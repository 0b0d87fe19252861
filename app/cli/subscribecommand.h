// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace gattscope::cli {

// `gattscope-cli subscribe DEVICE CHARACTERISTIC... [--count N] [--duration S]
// [--csv F] [--jsonl F] [--btsnoop F]`: turns notifications (or indications) on and prints
// every value as it arrives — ms since the subscription started, the characteristic, the
// value decoded and its hex — until --count values, --duration seconds or Ctrl-C; then the
// CCCDs are written back, the files flushed and closed, the link closed (exit 0).
// Files: --csv/--jsonl through NotificationRecorder (the GUI's recorder; every hub batch is
// appended and flushed), --btsnoop through TrafficBtsnoopExporter (the GUI's export).
// --json: one object per line (see the man page). A lost link is exit 6 after what arrived
// was written; --count not reached within --duration is exit 5.
class SubscribeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SubscribeCommand)
public:
    QString name() const override { return QStringLiteral("subscribe"); }
    QString summary() const override;
    bool usesBackend() const override { return true; }
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace gattscope::cli
