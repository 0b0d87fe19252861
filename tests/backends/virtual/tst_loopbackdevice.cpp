// SPDX-License-Identifier: MIT
#include <gattscope/backends/virtual/loopbackdevice.h>

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

using namespace gattscope;

class TestLoopbackDevice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readyReadIsAsynchronousAndCoalesced()
    {
        const LoopbackDevice::Pair pair = LoopbackDevice::createPair();
        std::unique_ptr<LoopbackDevice> host(pair.host);
        std::unique_ptr<LoopbackDevice> device(pair.device);
        QVERIFY(host->isOpen() && device->isOpen());
        QVERIFY(host->isSequential());
        QSignalSpy ready(device.get(), &QIODevice::readyRead);
        QCOMPARE(host->write("ab"), 2);
        QCOMPARE(host->write("cd"), 2);
        QCOMPARE(ready.count(), 0); // never from inside write()
        QCOMPARE(device->bytesAvailable(), 4);
        QCOMPARE(host->bytesToWrite(), 4);
        QVERIFY(ready.wait());
        QCOMPARE(ready.count(), 1);
        QCOMPARE(device->readAll(), QByteArray("abcd"));
        QCOMPARE(host->bytesToWrite(), 0);
    }

    void bytesWrittenWhenThePeerReads()
    {
        const LoopbackDevice::Pair pair = LoopbackDevice::createPair();
        std::unique_ptr<LoopbackDevice> host(pair.host);
        std::unique_ptr<LoopbackDevice> device(pair.device);
        QSignalSpy written(host.get(), &QIODevice::bytesWritten);
        host->write("hello");
        QCOMPARE(device->read(2), QByteArray("he"));
        QCOMPARE(device->read(10), QByteArray("llo"));
        QVERIFY(written.wait());
        QCOMPARE(written.count(), 1);
        QCOMPARE(written.first().first().toLongLong(), 5);
    }

    void noReentrantReadyRead()
    {
        const LoopbackDevice::Pair pair = LoopbackDevice::createPair();
        std::unique_ptr<LoopbackDevice> host(pair.host);
        std::unique_ptr<LoopbackDevice> device(pair.device);
        int depth = 0;
        int maxDepth = 0;
        int calls = 0;
        // An echo on the device side, and a host that answers every echo once more.
        connect(device.get(), &QIODevice::readyRead, device.get(), [&] { device->write(device->readAll()); });
        connect(host.get(), &QIODevice::readyRead, host.get(), [&] {
            ++depth;
            maxDepth = std::max(maxDepth, depth);
            host->readAll();
            if (++calls < 5)
                host->write("x");
            --depth;
        });
        host->write("x");
        QTRY_COMPARE(calls, 5);
        QCOMPARE(maxDepth, 1);
    }

    void closingEitherEndIsSeen()
    {
        const LoopbackDevice::Pair pair = LoopbackDevice::createPair();
        std::unique_ptr<LoopbackDevice> host(pair.host);
        std::unique_ptr<LoopbackDevice> device(pair.device);
        QSignalSpy hostSawClose(host.get(), &LoopbackDevice::peerClosed);
        QSignalSpy finished(host.get(), &QIODevice::readChannelFinished);
        device->write("last");
        device->close(); // "unplugged"
        QVERIFY(!host->isPeerOpen());
        QCOMPARE(host->write("x"), -1);
        QVERIFY(!host->errorString().isEmpty());
        QVERIFY(hostSawClose.wait());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(host->readAll(), QByteArray("last")); // what was sent before stays readable
        host->close();
        QVERIFY(!host->open(QIODevice::ReadWrite)); // the device is gone
        QSignalSpy hostSawOpen(host.get(), &LoopbackDevice::peerOpened);
        QVERIFY(device->open(QIODevice::ReadWrite)); // re-plugged
        QVERIFY(hostSawOpen.wait());
        QVERIFY(host->open(QIODevice::ReadWrite));
        QSignalSpy deviceReady(device.get(), &QIODevice::readyRead);
        host->write("again");
        QVERIFY(deviceReady.wait());
        QCOMPARE(device->readAll(), QByteArray("again"));

        // The host closing is seen by the device; its writes are then dropped quietly.
        QSignalSpy deviceSawClose(device.get(), &LoopbackDevice::peerClosed);
        host->close();
        QVERIFY(deviceSawClose.wait());
        QCOMPARE(device->write("nobody"), 6);
        QVERIFY(host->open(QIODevice::ReadWrite));
        QCOMPARE(host->bytesAvailable(), 0);
    }

    void destroyingAnEndClosesIt()
    {
        const LoopbackDevice::Pair pair = LoopbackDevice::createPair();
        std::unique_ptr<LoopbackDevice> host(pair.host);
        auto *device = pair.device;
        QSignalSpy closed(host.get(), &LoopbackDevice::peerClosed);
        delete device;
        QVERIFY(closed.wait());
        QCOMPARE(host->write("x"), -1);
    }

    void acrossThreads()
    {
        const LoopbackDevice::Pair pair = LoopbackDevice::createPair();
        std::unique_ptr<LoopbackDevice> host(pair.host);
        QThread thread;
        pair.device->moveToThread(&thread);
        connect(&thread, &QThread::finished, pair.device, &QObject::deleteLater);
        // An echo living in the other thread.
        connect(pair.device, &QIODevice::readyRead, pair.device,
                [device = pair.device] { device->write(device->readAll()); });
        thread.start();
        QByteArray received;
        connect(host.get(), &QIODevice::readyRead, this, [&] { received += host->readAll(); });
        QByteArray sent;
        for (int i = 0; i < 200; ++i) {
            const QByteArray chunk = QByteArray::number(i) + ',';
            sent += chunk;
            host->write(chunk);
        }
        QTRY_COMPARE(received, sent);
        QVERIFY(host->waitForBytesWritten(1000) || host->bytesToWrite() == 0);
        host->write("sync");
        QVERIFY(host->waitForReadyRead(5000));
        thread.quit();
        thread.wait();
    }
};

QTEST_GUILESS_MAIN(TestLoopbackDevice)
#include "tst_loopbackdevice.moc"
