// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/backends/virtual/virtualdongle.h>
#include <gattscope/core/base/result.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace gattscope {

// What gattscope-sim was asked to serve and how.
struct SimOptions
{
    QStringList profiles; // profile files; empty = the built-in set
    std::optional<double> floodRateHz; // --flood: add the Flood peripheral at this rate (0 = flat out)
    QString faultsFile;
    QString linkPath; // --link: a symbolic link to the pty
    int verbosity = 0;
    VirtualDongleOptions dongle;
};

// gattscope-sim's command line: declares the options, parses and checks them. Every
// problem is a usage error (exit code 2) with a one-line message that quotes what was
// given; numbers must be finite and in range (never NaN, never infinite). Modes that serve
// the same peripherals another way add their options here.
class SimCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(gattscope::SimCommandLine)

public:
    enum class Action : quint8 {
        Run,
        ShowHelp,
        ShowVersion,
    };

    SimCommandLine();

    // Parses `arguments` (argv, program name first). On failure the error's message is the
    // line to print.
    Result<Action> parse(const QStringList &arguments);
    const SimOptions &options() const { return m_options; }
    QString helpText() const { return m_parser.helpText(); }

private:
    // The value of a numeric option, or nullopt (error set) when it is not a finite number
    // in [lo, hi] — or not a whole number when `whole`.
    std::optional<double> number(const QCommandLineOption &option, double lo, double hi, bool whole,
                                 Error *error) const;

    QCommandLineParser m_parser;
    QCommandLineOption m_version;
    QCommandLineOption m_profile;
    QCommandLineOption m_rate;
    QCommandLineOption m_flood;
    QCommandLineOption m_faults;
    QCommandLineOption m_link;
    QCommandLineOption m_maxConnections;
    QCommandLineOption m_autoConfirm;
    QCommandLineOption m_reenumerate;
    QCommandLineOption m_step;
    QCommandLineOption m_verbose;
    SimOptions m_options;
};

} // namespace gattscope
