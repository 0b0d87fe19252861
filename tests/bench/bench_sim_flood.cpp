// SPDX-License-Identifier: MIT
// bench_sim_flood: how many notifications gattscope-sim pushes through its pty. Starts
// `gattscope-sim --flood 0`, subscribes to the flood characteristic with raw BGAPI over
// QSerialPort, counts attribute_value notifications for ~3 s and checks the sequence
// numbers for gaps.
//
// Usage: bench_sim_flood [path/to/gattscope-sim] [seconds]
#include <gattscope/backends/bgapi/protocol/bgapimessages.h>
#include <gattscope/backends/bgapi/protocol/bgapireassembler.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSerialPort>
#include <QTextStream>

#include <cstdio>

using namespace gattscope;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "bench_sim_flood: " << message << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString simPath = args.size() > 1
        ? args.at(1)
        : qEnvironmentVariable("GATTSCOPE_SIM", QStringLiteral(GATTSCOPE_SIM_PATH));
    const double seconds = args.size() > 2 ? args.at(2).toDouble() : 3.0;
    if (!QFileInfo::exists(simPath))
        return fail(QStringLiteral("gattscope-sim not found at %1").arg(simPath));

    QProcess sim;
    sim.start(simPath,
              { QStringLiteral("--flood"), QStringLiteral("0"), QStringLiteral("--profile"),
                QStringLiteral(":/gattscope/profiles/ibeacon.json") });
    if (!sim.waitForStarted(5000))
        return fail(QStringLiteral("cannot start %1").arg(simPath));
    QByteArray announcement;
    while (!announcement.contains('\n') && sim.waitForReadyRead(5000))
        announcement += sim.readAllStandardOutput();
    const QByteArray marker("serving a virtual BLED112 on ");
    const qsizetype at = announcement.indexOf(marker);
    if (at < 0)
        return fail(QStringLiteral("no pty announced"));
    const QString path = QString::fromLocal8Bit(announcement.mid(at + marker.size()).trimmed());

    QSerialPort port(path);
    port.setBaudRate(QSerialPort::Baud115200);
    if (!port.open(QIODevice::ReadWrite))
        return fail(port.errorString());

    BgapiReassembler reassembler(bgapi::Direction::DeviceToHost);
    bool connected = false;
    bool subscribed = false;
    quint64 count = 0;
    quint64 lost = 0;
    quint32 expected = 0;
    bool haveSequence = false;
    quint64 bytes = 0;

    auto onPacket = [&](const BgapiPacketView &packet) {
        if (const std::optional<bgapi::AttributeValueView> v = bgapi::attributeValueView(packet)) {
            if (v->type != bgapi::AttributeValueType::Notify || v->value.size() < 4)
                return;
            const auto *b = reinterpret_cast<const uchar *>(v->value.data());
            const quint32 seq
                = quint32(b[0]) | quint32(b[1]) << 8 | quint32(b[2]) << 16 | quint32(b[3]) << 24;
            if (haveSequence && seq != expected)
                lost += seq > expected ? seq - expected : 0;
            expected = seq + 1;
            haveSequence = true;
            ++count;
            return;
        }
        if (bgapi::matches<bgapi::ConnectionStatusEvent>(packet))
            connected = true;
        if (bgapi::matches<bgapi::AttclientProcedureCompletedEvent>(packet))
            subscribed = true;
    };

    QObject::connect(&port, &QIODevice::readyRead, &port, [&] {
        const QByteArray chunk = port.readAll();
        bytes += quint64(chunk.size());
        reassembler.feed(QByteArrayView(chunk), onPacket);
    });
    auto waitUntil = [&](const bool &flag) {
        QDeadlineTimer deadline(5000);
        while (!flag && !deadline.hasExpired())
            port.waitForReadyRead(100);
        return flag;
    };

    // Connect to the Flood peripheral (C0:FF:EE:00:00:01, random), then write 01 00 to its
    // CCCD (handle 0x09: Generic Access takes 1..5, the service 6, declaration 7, value 8).
    bgapi::GapConnectDirect connect;
    connect.address = DeviceAddress(0xC0FFEE000001ull);
    connect.addressType = bgapi::PeerAddressType::Random;
    connect.connIntervalMin = 6;
    connect.connIntervalMax = 6;
    port.write(bgapi::encodeToBytes(connect));
    if (!waitUntil(connected))
        return fail(QStringLiteral("no connection"));
    port.write(bgapi::encodeToBytes(bgapi::AttclientAttributeWrite { 0, 0x09, QByteArray::fromHex("0100") }));
    if (!waitUntil(subscribed))
        return fail(QStringLiteral("subscribing failed"));

    // Warm-up, then measure.
    QDeadlineTimer warmUp(300);
    while (!warmUp.hasExpired())
        port.waitForReadyRead(50);
    const quint64 startCount = count;
    const quint64 startLost = lost;
    const quint64 startBytes = bytes;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < qint64(seconds * 1000))
        port.waitForReadyRead(50);
    const double elapsed = double(clock.nsecsElapsed()) * 1e-9;
    const double rate = double(count - startCount) / elapsed;

    out() << "sim flood: " << qRound64(rate) << " notifications/s" << Qt::endl;
    out() << "sim flood throughput: " << QString::number(double(bytes - startBytes) / elapsed / 1e6, 'f', 2)
          << " MB/s" << Qt::endl;
    out() << "sim flood lost: " << (lost - startLost) << " sequence numbers" << Qt::endl;

    port.write(bgapi::encodeToBytes(bgapi::ConnectionDisconnect { 0 }));
    port.waitForBytesWritten(1000);
    port.close();
    sim.terminate();
    sim.waitForFinished(5000);
    return 0;
}
