// SPDX-License-Identifier: MIT
#include "simcommandline.h"

#include <cmath>

namespace gattscope {

SimCommandLine::SimCommandLine()
    // Not addVersionOption(): it takes -v, which is the verbosity switch here.
    : m_version(QStringLiteral("version"), tr("Displays version information."))
    , m_profile(QStringLiteral("profile"),
                tr("Load peripherals from a JSON profile FILE (repeatable; default: the built-in set)."),
                tr("FILE"))
    , m_rate(QStringLiteral("rate"),
             tr("Accelerometer notification rate in Hz (default: the profile's, 100)."), tr("HZ"))
    , m_flood(QStringLiteral("flood"),
              tr("Add the Flood peripheral: once subscribed it notifies N times a second with a sequence "
                 "counter (0 = as fast as the pty takes them)."),
              tr("N"))
    , m_faults(QStringLiteral("faults"), tr("Load fault rules (a profile FILE with a \"faults\" section)."),
               tr("FILE"))
    , m_link(QStringLiteral("link"), tr("Create a symbolic link PATH to the pty."), tr("PATH"))
    , m_maxConnections(QStringLiteral("max-connections"), tr("Simultaneous connections, 1..8 (default 3)."),
                       tr("N"))
    , m_autoConfirm(QStringLiteral("auto-confirm"),
                    tr("Deliver indications as type 2 (confirmed by the stack) instead of 5 (host sends "
                       "indicate_confirm)."))
    , m_reenumerate(QStringLiteral("reenumerate"),
                    tr("system_reset closes the pty and opens a new one, as a BLED112 re-enumerates on USB."))
    , m_step(QStringLiteral("step-ms"),
             tr("Time per ATT round trip in GATT procedures, 0..10000 (default 0)."), tr("MS"))
    , m_verbose({ QStringLiteral("v"), QStringLiteral("verbose") },
                tr("Log each command and response on stderr; twice: scan reports and notifications too."))
{
    m_parser.setApplicationDescription(
        tr("Serves a virtual BLED112 (BGAPI) dongle with virtual peripherals on a pseudo-terminal."));
    m_parser.addHelpOption();
    m_parser.addOptions({ m_version, m_profile, m_rate, m_flood, m_faults, m_link, m_maxConnections,
                          m_autoConfirm, m_reenumerate, m_step, m_verbose });
}

std::optional<double> SimCommandLine::number(const QCommandLineOption &option, double lo, double hi,
                                             bool whole, Error *error) const
{
    const QString given = m_parser.value(option);
    bool ok = false;
    const double v = given.toDouble(&ok);
    if (ok && std::isfinite(v) && v >= lo && v <= hi && (!whole || v == std::floor(v)))
        return v;
    const QString name = QStringLiteral("--") + option.names().constLast();
    *error
        = Error(Error::Kind::InvalidArgument,
                whole ? tr("%1: \"%2\" is not a whole number from %3 to %4").arg(name, given).arg(lo).arg(hi)
                      : tr("%1: \"%2\" is not a number from %3 to %4").arg(name, given).arg(lo).arg(hi));
    return std::nullopt;
}

Result<SimCommandLine::Action> SimCommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return Error(Error::Kind::InvalidArgument, m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help")))
        return Action::ShowHelp;
    if (m_parser.isSet(m_version))
        return Action::ShowVersion;
    if (!m_parser.positionalArguments().isEmpty())
        return Error(Error::Kind::InvalidArgument,
                     tr("unexpected argument \"%1\" (the options are in --help)")
                         .arg(m_parser.positionalArguments().constFirst()));

    SimOptions o;
    Error error;
    if (m_parser.isSet(m_rate)) {
        const std::optional<double> rate = number(m_rate, 0.1, 10000, false, &error);
        if (!rate)
            return error;
        o.dongle.accelerometerRateHz = *rate;
    }
    if (m_parser.isSet(m_maxConnections)) {
        const std::optional<double> n = number(m_maxConnections, 1, 8, true, &error);
        if (!n)
            return error;
        o.dongle.maxConnections = int(*n);
    }
    if (m_parser.isSet(m_step)) {
        const std::optional<double> ms = number(m_step, 0, 10000, true, &error);
        if (!ms)
            return error;
        o.dongle.procedureStepMs = int(*ms);
    }
    if (m_parser.isSet(m_flood)) {
        o.floodRateHz = number(m_flood, 0, 10000000, false, &error);
        if (!o.floodRateHz)
            return error;
    }
    o.dongle.hostConfirmsIndications = !m_parser.isSet(m_autoConfirm);
    o.dongle.resetReenumerates = m_parser.isSet(m_reenumerate);
    o.profiles = m_parser.values(m_profile);
    o.faultsFile = m_parser.value(m_faults);
    o.linkPath = m_parser.value(m_link);
    const QStringList given = m_parser.optionNames();
    o.verbosity = int(given.count(QStringLiteral("v")) + given.count(QStringLiteral("verbose")));
    m_options = o;
    return Action::Run;
}

} // namespace gattscope
