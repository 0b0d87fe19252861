// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/uuid.h>

#include <QByteArray>
#include <QByteArrayList>

#include <optional>

namespace gattscope {

// gatttool's command line, parsed the way GLib's GOptionContext parses it for BlueZ 5.66:
// the same options and groups, clusters of short options ("-Ib ADDR"), "--opt=value",
// "--group-opt" aliases, "--" to stop, the help screens (which end the program with 0),
// the error texts ("Unknown option …", "Missing argument for -b", "Cannot parse integer
// value ?abc? for -m" — quotes become '?' because gatttool never sets a locale) and GLib's
// habit of undoing every option once one is bad. Help and usage name the program
// "gatttool", whatever the fake's argv[0] is.
struct FakeGatttoolArguments
{
    // Options (gatttool.c's opt_* variables, with their defaults).
    std::optional<QByteArray> adapter; // -i
    std::optional<QByteArray> device; // -b
    QByteArray addressType = "public"; // -t
    int mtu = 0; // -m
    int psm = 0; // -p
    QByteArray securityLevel = "low"; // -l
    bool interactive = false; // -I
    bool primary = false;
    bool characteristics = false;
    bool charRead = false;
    bool charWrite = false;
    bool charWriteReq = false;
    bool charDesc = false;
    bool listen = false;
    int start = 0x0001; // -s
    int end = 0xFFFF; // -e
    std::optional<Uuid> uuid; // -u
    int handle = -1; // -a
    std::optional<QByteArray> value; // -n

    // The outcome: run interactive mode, or print and exit with exitCode.
    bool runInteractive = false;
    bool runOneShot = false; // a one-shot operation (--primary …) with an address
    QByteArray standardOutput;
    QByteArray standardError;
    int exitCode = 0;

    // `arguments` excludes argv[0].
    static FakeGatttoolArguments parse(const QByteArrayList &arguments);
    // The help screens, as GLib prints them.
    static QByteArray mainHelp();
    static QByteArray allHelp();
};

} // namespace gattscope
