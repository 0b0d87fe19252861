// SPDX-License-Identifier: MIT
// Backend::deliverAdvertisements(): a batch goes out at once when none went out in the last
// AdvertPacing, else together with everything else that arrives within it; nothing is lost
// or reordered.
#include "support/fakebackend.h"

#include <gattscope/core/backend/awaitresult.h>

#include <QSignalSpy>
#include <QTest>

using namespace gattscope;
using gattscope::test::FakeBackend;

namespace {

Advertisement advert(quint64 address, int rssi)
{
    Advertisement a;
    a.address = DeviceAddress(address);
    a.rssi = qint8(rssi);
    return a;
}

QList<int> rssis(const QSignalSpy &spy)
{
    QList<int> out;
    for (const QList<QVariant> &args : spy)
        for (const Advertisement &a : args.at(0).value<QList<Advertisement>>())
            out.append(a.rssi);
    return out;
}

} // namespace

class TestBackendAdverts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pacedBatches()
    {
        FakeBackend backend;
        QVERIFY(awaitResult(backend.open(), 5000).ok());
        QVERIFY(awaitResult(backend.startScan(), 5000).ok());
        QSignalSpy batches(&backend, &Backend::advertisementsReceived);

        backend.injectAdvertisements({ advert(1, -10) });
        QVERIFY(batches.wait()); // the first at once
        QCOMPARE(batches.size(), 1);
        // Within the interval: held, then passed on together, in order.
        backend.injectAdvertisements({ advert(2, -20) });
        backend.injectAdvertisements({ advert(3, -30), advert(1, -11) });
        QCoreApplication::sendPostedEvents(); // the injections ran; their batches wait
        QCOMPARE(batches.size(), 1);
        QVERIFY(batches.wait());
        QCOMPARE(batches.size(), 2);
        QCOMPARE(batches.at(1).at(0).value<QList<Advertisement>>().size(), 3);
        QCOMPARE(rssis(batches), (QList<int> { -10, -20, -30, -11 }));

        // A quiet interval later, the next one goes out at once again.
        QVERIFY(!batches.wait(3 * int(Backend::AdvertPacing.count())));
        backend.injectAdvertisements({ advert(4, -40) });
        QCoreApplication::sendPostedEvents();
        QCOMPARE(batches.size(), 3);
        QCOMPARE(rssis(batches).last(), -40);
    }
};

QTEST_MAIN(TestBackendAdverts)
#include "tst_backendadverts.moc"
