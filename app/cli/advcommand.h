// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace gattscope::cli {

// `gattscope-cli adv <hex>...`: decodes advertising data structure by structure. The hex may
// be split over several arguments and use spaces, colons or dashes; --scan-response adds the
// scan response. Exit 0 when everything parsed, 1 on malformed data (text that is not hex
// too, as everywhere), 2 on usage errors.
class AdvCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AdvCommand)
public:
    QString name() const override { return QStringLiteral("adv"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace gattscope::cli
