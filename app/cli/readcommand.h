// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace gattscope::cli {

// `gattscope-cli read DEVICE CHARACTERISTIC...`: reads values (characteristics or
// descriptors) and prints them decoded with their hex. --json: one object per value
// { "handle", "uuid", "name", "hex", "decoded", "fields"? } — an array when several were
// asked for. Stops at the first failure (its exit code).
class ReadCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReadCommand)
public:
    QString name() const override { return QStringLiteral("read"); }
    QString summary() const override;
    bool usesBackend() const override { return true; }
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace gattscope::cli
