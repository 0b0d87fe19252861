// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace gattscope::cli {

// `gattscope-cli services DEVICE`: the GATT tree — services, characteristics with their
// value handles and properties, descriptors — with names. --json: { "device", "services" }.
class ServicesCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServicesCommand)
public:
    QString name() const override { return QStringLiteral("services"); }
    QString summary() const override;
    bool usesBackend() const override { return true; }
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace gattscope::cli
