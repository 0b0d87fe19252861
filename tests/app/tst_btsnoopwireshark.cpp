// SPDX-License-Identifier: MIT
// The CLI's btsnoop capture as Wireshark reads it: gattscope-cli subscribes to the Heart Rate
// Measurement of the Demo dongle's strap (in-process virtual BLED112) and of gattscope-sim's
// (over a pty, the serial BGAPI path) with --btsnoop, and tshark decodes the file. Handles
// must be named, Heart Rate fields decoded, requests earlier than their responses, the
// dongle's address on every packet, the link opened and closed. tshark missing is a failure.
#include "support/simprocess.h"
#include "support/tshark.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gattscope::test;

namespace {
// The virtual dongle's address (VirtualDongle::Options), the one system_address_get reports.
const QString kDongle = QStringLiteral("00:07:80:a1:b2:c3");
const QString kHrm = QStringLiteral("HRM Strap");
} // namespace

class TestBtsnoopWireshark : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    QTemporaryDir m_dir;

    // gattscope-cli `arguments`; its exit code (-1: did not finish), stderr in `err`.
    int cli(const QStringList &arguments, QString *err)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GATTSCOPE_CONFIG_DIR"), m_config.path());
        env.remove(QStringLiteral("GATTSCOPE_BACKEND"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GATTSCOPE_CLI_PATH), arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    void subscribeAndDecode(const QString &backend)
    {
        const QString snoop = m_dir.filePath(QStringLiteral("hr-%1.btsnoop").arg(qHash(backend)));
        QString err;
        const int code = cli({ QStringLiteral("--backend"), backend, QStringLiteral("subscribe"), kHrm,
                               QStringLiteral("2a37"), QStringLiteral("--count"), QStringLiteral("3"),
                               QStringLiteral("--btsnoop"), snoop },
                             &err);
        QVERIFY2(code == 0, qPrintable(QStringLiteral("exit %1: %2").arg(code).arg(err)));
        QString excerpt;
        const QStringList problems = checkHeartRateCapture(snoop, kDongle, true, &excerpt);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        qInfo("%s", qPrintable(excerpt));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid() && m_dir.isValid());
        // Said once, up front: every test below needs it.
        QVERIFY2(!tsharkProgram().isEmpty(),
                 "tshark is not installed (scripts/install-deps installs it); these tests decode "
                 "captures with it and cannot pass without it");
    }

    void demoDongle() { subscribeAndDecode(QStringLiteral("demo")); }

    void simulatorOverAPty()
    {
        SimProcess sim(QStringLiteral(GATTSCOPE_SIM_PATH));
        QVERIFY2(sim.start({}), qPrintable(sim.errorString()));
        subscribeAndDecode(sim.uri());
    }
};

QTEST_GUILESS_MAIN(TestBtsnoopWireshark)
#include "tst_btsnoopwireshark.moc"
