// SPDX-License-Identifier: MIT
#include "tshark.h"

#include <QHash>
#include <QProcess>
#include <QStandardPaths>

namespace gattscope::test {

QString tsharkProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("tshark"));
}

TsharkRun runTshark(const QString &fileName, const QStringList &arguments)
{
    TsharkRun run;
    const QString program = tsharkProgram();
    if (program.isEmpty()) {
        run.error = QStringLiteral("tshark is not installed (Wireshark's command-line reader; "
                                   "scripts/install-deps installs it): cannot decode %1")
                        .arg(fileName);
        return run;
    }
    QProcess process;
    // No user profile or preferences of whoever runs the tests: the default dissection.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WIRESHARK_CONFIG_DIR"), QStringLiteral("/nonexistent"));
    process.setProcessEnvironment(env);
    process.start(program, QStringList { QStringLiteral("-n"), QStringLiteral("-r"), fileName } + arguments);
    if (!process.waitForFinished(60000)) {
        run.error = QStringLiteral("tshark did not finish: %1").arg(process.errorString());
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    run.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!run.ok)
        run.error = QStringLiteral("tshark failed (exit %1): %2").arg(process.exitCode()).arg(err);
    return run;
}

QList<QStringList> tsharkFields(const QString &fileName, const QStringList &fields, QString *error)
{
    QStringList arguments { QStringLiteral("-T"), QStringLiteral("fields"),
                            QStringLiteral("-E"), QStringLiteral("separator=/t"),
                            QStringLiteral("-E"), QStringLiteral("occurrence=a"),
                            QStringLiteral("-E"), QStringLiteral("aggregator=,") };
    for (const QString &f : fields)
        arguments << QStringLiteral("-e") << f;
    const TsharkRun run = runTshark(fileName, arguments);
    if (!run.ok) {
        if (error)
            *error = run.error;
        return {};
    }
    QList<QStringList> rows;
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        QStringList row = line.split(u'\t');
        while (row.size() < fields.size())
            row << QString();
        rows << row;
    }
    return rows;
}

QStringList checkHeartRateCapture(const QString &fileName, const QString &localAddress, bool disconnects,
                                  QString *excerpt)
{
    QStringList problems;
    const TsharkRun full = runTshark(fileName, { QStringLiteral("-V") });
    if (!full.ok)
        return { full.error };
    const QString &text = full.out;
    if (!text.contains(QStringLiteral("(Heart Rate: Heart Rate Measurement)")))
        problems << QStringLiteral("no handle is named \"Heart Rate: Heart Rate Measurement\"");
    if (!text.contains(
            QStringLiteral("(Heart Rate: Heart Rate Measurement: Client Characteristic Configuration)")))
        problems << QStringLiteral("no handle is named \"Heart Rate Measurement: Client Characteristic "
                                   "Configuration\"");
    if (excerpt) {
        // The first heart-rate notification, from its opcode on.
        const QStringList lines = text.split(u'\n');
        qsizetype at = 0;
        while (at < lines.size()
               && !lines.at(at).contains(QStringLiteral("Opcode: Handle Value Notification")))
            ++at;
        *excerpt = lines.mid(at, 18).join(u'\n');
    }

    enum {
        Number,
        Time,
        Opcode,
        RequestIn,
        Src,
        Dst,
        Event,
        Hrm8,
        Hrm16,
        Uuid16,
        Uuid128
    };
    QString error;
    const QList<QStringList> rows = tsharkFields(
        fileName,
        { QStringLiteral("frame.number"), QStringLiteral("frame.time_epoch"), QStringLiteral("btatt.opcode"),
          QStringLiteral("btatt.request_in_frame"), QStringLiteral("bthci_acl.src.bd_addr"),
          QStringLiteral("bthci_acl.dst.bd_addr"), QStringLiteral("bthci_evt.code"),
          QStringLiteral("btatt.heart_rate_measurement.value.8"),
          QStringLiteral("btatt.heart_rate_measurement.value.16"), QStringLiteral("btatt.uuid16"),
          QStringLiteral("btatt.uuid128") },
        &error);
    if (rows.isEmpty())
        return problems << (error.isEmpty() ? QStringLiteral("tshark found no frames") : error);
    QHash<QString, double> times;
    bool heartRate = false;
    bool connected = false;
    bool disconnected = false;
    int pairs = 0;
    const QString zero = QStringLiteral("00:00:00:00:00:00");
    for (const QStringList &row : rows) {
        times.insert(row.at(Number), row.at(Time).toDouble());
        heartRate = heartRate || !row.at(Hrm8).isEmpty() || !row.at(Hrm16).isEmpty();
        const QString event = row.at(Event).toLower();
        connected = connected || event == QStringLiteral("0x3e") || event == QStringLiteral("62");
        disconnected = disconnected || event == QStringLiteral("0x05") || event == QStringLiteral("5");
        if (!row.at(RequestIn).isEmpty()) {
            ++pairs;
            if (!(times.value(row.at(RequestIn), 1e300) < row.at(Time).toDouble()))
                problems << QStringLiteral("frame %1 (a response) is not later than its request, frame %2")
                                .arg(row.at(Number), row.at(RequestIn));
        }
        // Operations (read, blob read, write, prepared write, write command, notification,
        // indication) on a handle Wireshark knows: it shows the attribute's UUID with it.
        // (Discovery's own PDUs mention handles before they are announced: not checked.)
        static const QStringList operations { QStringLiteral("0x0a"), QStringLiteral("0x0c"),
                                              QStringLiteral("0x12"), QStringLiteral("0x16"),
                                              QStringLiteral("0x52"), QStringLiteral("0x1b"),
                                              QStringLiteral("0x1d") };
        if (operations.contains(row.at(Opcode).toLower()) && row.at(Uuid16).isEmpty()
            && row.at(Uuid128).isEmpty())
            problems << QStringLiteral("frame %1: an operation on a handle Wireshark does not know (Unknown)")
                            .arg(row.at(Number));
        if (!row.at(Opcode).isEmpty()) {
            const QString src = row.at(Src).toLower();
            const QString dst = row.at(Dst).toLower();
            if (src.isEmpty() || dst.isEmpty() || src == zero || dst == zero)
                problems << QStringLiteral("frame %1: ATT between \"%2\" and \"%3\"")
                                .arg(row.at(Number), src, dst);
            else if (src != localAddress.toLower() && dst != localAddress.toLower())
                problems << QStringLiteral("frame %1: ATT between %2 and %3, not from or to the dongle %4")
                                .arg(row.at(Number), src, dst, localAddress);
        }
    }
    if (!heartRate)
        problems << QStringLiteral("no Heart Rate Measurement value was decoded");
    if (pairs == 0)
        problems << QStringLiteral("Wireshark paired no response with its request");
    if (!connected)
        problems << QStringLiteral("no LE Connection Complete");
    if (disconnects != disconnected)
        problems << (disconnects ? QStringLiteral("no Disconnection Complete")
                                 : QStringLiteral("a Disconnection Complete where the link stayed up"));
    // Only the first problems: one broken capture should not print thousands of lines.
    return problems.mid(0, 20);
}

} // namespace gattscope::test
