// SPDX-License-Identifier: MIT
#include "fakegatttool.h"

#include "fakegatttoolarguments.h"
#include "fakegatttoolshell.h"

#include <gattscope/backends/virtual/profileloader.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <cmath>
#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <termios.h>
#include <unistd.h>
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace gattscope {

namespace {

int g_signalPipe[2] = { -1, -1 };

void onSignal(int signal)
{
    const char s = char(signal);
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &s, 1);
}

void writeAll(int fd, QByteArrayView bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, size_t(bytes.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return; // a closed pipe: SIGPIPE has ended us already, as it would gatttool
        }
        done += n;
    }
}

// Dies the way gatttool 5.66 does when a link drops during a request, without a core file.
[[noreturn]] void crash()
{
    const rlimit none { 0, 0 };
    ::setrlimit(RLIMIT_CORE, &none);
    ::signal(SIGSEGV, SIG_DFL);
    ::raise(SIGSEGV);
    ::_exit(139);
}

void printSimError(const QString &message)
{
    const QString line = QStringLiteral("gattscope-sim: ") + message + QLatin1Char('\n');
    writeAll(STDERR_FILENO, line.toLocal8Bit());
}

class Terminal
{
public:
    // On a terminal, gatttool's readline turns off the line discipline's echo and line
    // buffering; the fake does too, and puts them back at the end.
    Terminal()
    {
        if (!::isatty(STDIN_FILENO) || ::tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios raw = m_saved;
        raw.c_lflag &= tcflag_t(~(ICANON | ECHO | ISIG));
        raw.c_cc[VMIN] = 1;
        raw.c_cc[VTIME] = 0;
        m_active = ::tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0;
    }
    ~Terminal()
    {
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
    }
    Terminal(const Terminal &) = delete;
    Terminal &operator=(const Terminal &) = delete;

private:
    termios m_saved {};
    bool m_active = false;
};

} // namespace

bool runFakeGatttool(int argc, char *argv[], int *exitCode)
{
    int split = -1;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--gatttool") == 0) {
            split = i;
            break;
        }
    }
    if (split < 0)
        return false;

#if defined(Q_OS_LINUX)
    // A fake left behind by a test that died would wait for input forever.
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif

    QCoreApplication app(argc, argv);
    QStringList simArguments { QCoreApplication::applicationFilePath() };
    QByteArrayList gatttoolArguments;
    for (int i = 1; i < argc; ++i) {
        if (i < split)
            simArguments.append(QString::fromLocal8Bit(argv[i]));
        else if (i > split)
            gatttoolArguments.append(QByteArray(argv[i]));
    }

    QCommandLineParser sim;
    const QCommandLineOption profileOption(QStringLiteral("profile"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption faultsOption(QStringLiteral("faults"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption stepOption(QStringLiteral("step-ms"), QString(), QStringLiteral("MS"));
    const QCommandLineOption connectOption(QStringLiteral("connect-ms"), QString(), QStringLiteral("MS"));
    const QCommandLineOption refuseOption(QStringLiteral("refuse-ms"), QString(), QStringLiteral("MS"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QString(), QStringLiteral("HZ"));
    sim.addOptions({ profileOption, faultsOption, stepOption, connectOption, refuseOption, rateOption });
    if (!sim.parse(simArguments)) {
        printSimError(sim.errorText());
        *exitCode = 2;
        return true;
    }
    auto number = [&sim](const QCommandLineOption &option, double lo, double hi, double fallback,
                         bool *ok) -> double {
        if (!sim.isSet(option))
            return fallback;
        const double v = sim.value(option).toDouble(ok);
        if (!*ok || !std::isfinite(v) || v < lo || v > hi) {
            printSimError(
                QCoreApplication::translate("gattscope-sim", "--%1: expected a number from %2 to %3")
                    .arg(option.names().constFirst())
                    .arg(lo)
                    .arg(hi));
            *ok = false;
        }
        return v;
    };
    bool ok = true;
    FakeGatttoolShell::Options options;
    options.stepMs = int(number(stepOption, 0, 600000, 0, &ok));
    if (ok)
        options.connectMs = int(number(connectOption, 0, 600000, 0, &ok));
    if (ok)
        options.refuseMs = int(number(refuseOption, 0, 600000, 20000, &ok));
    if (ok)
        options.accelerometerRate = number(rateOption, 0.1, 10000, 0, &ok);
    if (!ok) {
        *exitCode = 2;
        return true;
    }
    Result<ProfileSet> profiles = sim.isSet(profileOption)
        ? ProfileLoader::loadFiles(sim.values(profileOption))
        : ProfileLoader::loadBuiltIn();
    if (profiles.ok() && sim.isSet(faultsOption)) {
        const Result<ProfileSet> faults = ProfileLoader::loadFile(sim.value(faultsOption));
        if (!faults.ok())
            profiles = faults.error();
        else
            profiles.value().append(faults.value());
    }
    if (!profiles.ok()) {
        printSimError(profiles.error().message());
        *exitCode = 1;
        return true;
    }

    const FakeGatttoolArguments arguments = FakeGatttoolArguments::parse(gatttoolArguments);
    writeAll(STDERR_FILENO, arguments.standardError);
    writeAll(STDOUT_FILENO, arguments.standardOutput);
    if (arguments.runOneShot) {
        printSimError(QCoreApplication::translate(
            "gattscope-sim", "--gatttool emulates gatttool's interactive mode (-I) only"));
        *exitCode = 1;
        return true;
    }
    if (!arguments.runInteractive) {
        *exitCode = arguments.exitCode;
        return true;
    }

    options.adapter = arguments.adapter.value_or(QByteArray());
    options.device = arguments.device;
    options.addressType = arguments.addressType;
    options.psm = arguments.psm;
    options.pid = qint64(::getpid());
    const ReadlineDisplay::Terminal terminalType = ReadlineDisplay::terminalFor(qgetenv("TERM"));
    const int width = ReadlineDisplay::screenWidthFor(qgetenv("COLUMNS"));
    FakeGatttoolShell shell(options, profiles.value().peripherals, profiles.value().faults, terminalType,
                            width);

    Terminal terminal;
    QObject::connect(&shell, &FakeGatttoolShell::output, &app,
                     [](const QByteArray &bytes) { writeAll(STDOUT_FILENO, bytes); });
    QObject::connect(&shell, &FakeGatttoolShell::errorOutput, &app,
                     [](const QByteArray &bytes) { writeAll(STDERR_FILENO, bytes); });
    QObject::connect(&shell, &FakeGatttoolShell::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });
    QObject::connect(&shell, &FakeGatttoolShell::crashed, &app, [] { crash(); });

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&shell, &input] {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n > 0) {
            shell.feedInput(QByteArrayView(buffer, n));
        } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
            input.setEnabled(false);
            shell.endOfInput();
        }
    });

    // SIGINT and SIGTERM through a pipe into the event loop (gatttool uses a signalfd).
    if (::pipe2(g_signalPipe, O_CLOEXEC) != 0) {
        printSimError(QStringLiteral("pipe: %1").arg(QString::fromLocal8Bit(::strerror(errno))));
        *exitCode = 1;
        return true;
    }
    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    ::sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    QSocketNotifier signals(g_signalPipe[0], QSocketNotifier::Read);
    bool terminated = false;
    QObject::connect(&signals, &QSocketNotifier::activated, &app, [&shell, &terminated] {
        char s = 0;
        if (::read(g_signalPipe[0], &s, 1) != 1)
            return;
        if (s == SIGINT) {
            shell.interrupt();
        } else if (s == SIGTERM && !terminated) {
            terminated = true;
            shell.terminate();
        }
    });

    shell.start();
    *exitCode = QCoreApplication::exec();
    return true;
}

} // namespace gattscope
