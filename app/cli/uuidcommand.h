// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace gattscope::cli {

// `gattscope-cli uuid <uuid>...`: canonical and shortest form, name and kind of each UUID
// (built-in assigned numbers plus the user's names.json). Exit 1 if any argument is not a UUID
// (the others are still printed), 2 without arguments.
class UuidCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(UuidCommand)
public:
    QString name() const override { return QStringLiteral("uuid"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace gattscope::cli
