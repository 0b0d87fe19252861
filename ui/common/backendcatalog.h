// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/backend/backendhost.h>
#include <gattscope/core/base/result.h>

#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace gattscope {

// One entry of the backend picker.
struct BackendChoice
{
    QString uri; // "bgapi:/dev/ttyACM0", "bluez:hci0", "demo"
    QString label; // "BLED112 on /dev/ttyACM0", "Demo dongle"
    QString description; // tooltip; may be empty
    bool isDemo = false; // the in-process virtual dongle (the fallback on first start)
};

// What the application gives the main window so that ui never includes a backend header:
// a list of what can be opened right now (called again every few seconds, so a dongle
// that is plugged in or out shows up), and a factory that turns a URI into a running
// backend host, or the error that says why the URI cannot be opened (its message is for
// people).
//
// `list` never blocks, so it cannot hold what takes a question to a daemon (the system's
// Bluetooth adapters, asked over D-Bus): `probe` (optional) asks in the background and its
// future finishes once the answer is in, so that the next `list()` has it. It always
// finishes, also when the daemon is not there (then there is simply nothing more to list).
//
// `createDemo` is optional: the Demo dongle serving the virtual peripherals of
// `profileFiles` (JSON files, see backends/virtual/PROFILES.md) instead of its built-in
// set; an empty list means the built-in set. A broken file gives an error whose message
// names the file and the problem. Without it, File → "Load virtual peripherals…" is
// disabled.
struct BackendCatalog
{
    std::function<QList<BackendChoice>()> list;
    std::function<QFuture<void>()> probe;
    std::function<Result<std::unique_ptr<BackendHost>>(const QString &uri)> create;
    std::function<Result<std::unique_ptr<BackendHost>>(const QStringList &profileFiles)> createDemo;
};

} // namespace gattscope
