// SPDX-License-Identifier: MIT
// gattscope-sim end to end: start it, open the pty it prints with QSerialPort, talk BGAPI.
#include "support/bgapitesthost.h"

#include <QFileInfo>
#include <QProcess>
#include <QSerialPort>
#include <QTemporaryDir>
#include <QTest>

using namespace gattscope::test;

namespace {

QString hex(const char *s)
{
    return QString::fromLatin1(s).simplified().toUpper();
}

} // namespace

class TestGattscopeSim : public QObject
{
    Q_OBJECT

private:
    // Starts the simulator and returns the pty path it announced.
    QString startSim(QProcess &sim, const QStringList &arguments)
    {
        const QString program = qEnvironmentVariable("GATTSCOPE_SIM");
        if (program.isEmpty() || !QFileInfo::exists(program))
            return QString();
        sim.setProgram(program);
        sim.setArguments(arguments);
        sim.setProcessChannelMode(QProcess::SeparateChannels);
        sim.start();
        if (!sim.waitForStarted(5000))
            return QString();
        QByteArray out;
        const QByteArray marker("serving a virtual BLED112 on ");
        while (!out.contains('\n') && sim.waitForReadyRead(5000))
            out += sim.readAllStandardOutput();
        const qsizetype at = out.indexOf(marker);
        if (at < 0)
            return QString();
        return QString::fromLocal8Bit(out.mid(at + marker.size()).trimmed());
    }

private Q_SLOTS:
    void session()
    {
        QTemporaryDir dir;
        const QString link = dir.filePath(QStringLiteral("ttyBLED112"));
        QProcess sim;
        const QString path = startSim(sim, { QStringLiteral("--link"), link });
        if (qEnvironmentVariableIsEmpty("GATTSCOPE_SIM"))
            QSKIP("GATTSCOPE_SIM is not set");
        QVERIFY2(!path.isEmpty(), sim.readAllStandardError().constData());
        QVERIFY(path.startsWith(u"/dev/"));
        QCOMPARE(QFileInfo(link).symLinkTarget(), path);

        QSerialPort port(link); // through the symlink, as a script would
        port.setBaudRate(QSerialPort::Baud115200);
        QVERIFY2(port.open(QIODevice::ReadWrite), qPrintable(port.errorString()));
        BgapiTestHost host(&port);
        host.ignoreScanResponses = true;

        host.send("00 00 00 01");
        QCOMPARE(host.next(), hex("00 00 00 01"));
        host.send("00 00 00 06");
        QCOMPARE(host.next(), hex("00 01 00 06 03"));
        // The motion sensor (E1:77:6A:00:00:07, random).
        host.send("00 0F 06 03 07 00 00 6A 77 E1 01 06 00 0C 00 64 00 00 00");
        QCOMPARE(host.next(), hex("00 03 06 03 00 00 00"));
        QCOMPARE(host.next(), hex("80 10 03 00 00 05 07 00 00 6A 77 E1 01 0C 00 64 00 00 00 FF"));
        // Device name from the Generic Access service.
        host.send("00 03 04 04 00 03 00");
        QCOMPARE(host.next(), hex("00 03 04 04 00 00 00"));
        QCOMPARE(host.next(), QStringLiteral("80 15 04 05 00 03 00 00 10 ") + spacedHex("gattscope Motion"));
        // Subscribe to the 100 Hz accelerometer (value 0x08, CCCD 0x09).
        host.send("00 06 04 05 00 09 00 02 01 00");
        QCOMPARE(host.next(), hex("00 03 04 05 00 00 00"));
        QCOMPARE(host.next(), hex("80 05 04 01 00 00 00 09 00"));
        for (int i = 0; i < 5; ++i)
            QVERIFY(host.next().startsWith(hex("80 0B 04 05 00 08 00 01 06")));
        host.ignoreNotifications = true;
        host.send("00 01 03 00 00");
        QString p;
        do {
            p = host.next();
        } while (p.startsWith(hex("80 0B 04 05")));
        QCOMPARE(p, hex("00 03 03 00 00 00 00"));
        QCOMPARE(host.next(), hex("80 03 03 04 00 16 02"));
        port.close();

        sim.terminate(); // SIGTERM: a clean exit
        QVERIFY(sim.waitForFinished(5000));
        QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sim.exitCode(), 0);
        QVERIFY(!QFileInfo(link).isSymLink());
    }

    // Over a real pty, flat out, with a host that reads 64 bytes per event-loop turn: the
    // CCCD write's procedure_completed comes before the first notification, and none comes
    // after the one that turned them off.
    void floodStartsAfterItsProcedure()
    {
        QProcess sim;
        const QString path
            = startSim(sim,
                       { QStringLiteral("--flood"), QStringLiteral("0"), QStringLiteral("--profile"),
                         QStringLiteral(":/gattscope/profiles/ibeacon.json") });
        if (qEnvironmentVariableIsEmpty("GATTSCOPE_SIM"))
            QSKIP("GATTSCOPE_SIM is not set");
        QVERIFY2(!path.isEmpty(), sim.readAllStandardError().constData());
        QSerialPort port(path);
        QVERIFY2(port.open(QIODevice::ReadWrite), qPrintable(port.errorString()));
        BgapiTestHost host(&port);
        host.ignoreScanResponses = true;
        host.setReadChunk(64);
        // The Flood peripheral, C0:FF:EE:00:00:01 (random): value 0x08, CCCD 0x09.
        host.send("00 0F 06 03 01 00 00 EE FF C0 01 06 00 06 00 64 00 00 00");
        QCOMPARE(host.next(), hex("00 03 06 03 00 00 00"));
        QCOMPARE(host.next(), hex("80 10 03 00 00 05 01 00 00 EE FF C0 01 06 00 64 00 00 00 FF"));
        for (int round = 0; round < 3; ++round) {
            host.send("00 06 04 05 00 09 00 02 01 00");
            QCOMPARE(host.next(), hex("00 03 04 05 00 00 00"));
            QCOMPARE(host.next(), hex("80 05 04 01 00 00 00 09 00"));
            for (int i = 0; i < 100; ++i)
                QVERIFY(host.next().startsWith(hex("80 19 04 05 00 08 00 01 14")));
            host.send("00 06 04 05 00 09 00 02 00 00");
            QString p;
            do {
                p = host.next();
            } while (p.startsWith(hex("80 19 04 05 00 08 00 01 14")));
            QCOMPARE(p, hex("00 03 04 05 00 00 00"));
            QCOMPARE(host.next(), hex("80 05 04 01 00 00 00 09 00"));
            host.send("00 00 00 01");
            QCOMPARE(host.next(), hex("00 00 00 01"));
        }
        port.close();
        sim.terminate();
        QVERIFY(sim.waitForFinished(5000));
    }

    void badProfileIsReported()
    {
        if (qEnvironmentVariableIsEmpty("GATTSCOPE_SIM"))
            QSKIP("GATTSCOPE_SIM is not set");
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("bad.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"name":"x","address":"C0:00:00:00:00:01","services":[{"uuid":"nope"}]})");
        f.close();
        QProcess sim;
        sim.start(qEnvironmentVariable("GATTSCOPE_SIM"), { QStringLiteral("--profile"), file });
        QVERIFY(sim.waitForFinished(5000));
        QCOMPARE(sim.exitCode(), 1);
        QVERIFY(sim.readAllStandardError().contains("services[0].uuid: not a UUID"));
    }
};

QTEST_GUILESS_MAIN(TestGattscopeSim)
#include "tst_gattscopesim.moc"
