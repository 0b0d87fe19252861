// SPDX-License-Identifier: MIT
// Device → Bonds… where the backend cannot list bonds: the dialog says so instead of
// showing an empty list, and offers nothing it cannot do. (Listing and removing real
// bonds: tst_demopairing on the Demo dongle.)
#include "support/fakebackend.h"

#include <gattscope/ui/window/bondsdialog.h>

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace gattscope;
using namespace gattscope::test;

namespace {
// A backend that says up front that it keeps no bond list (as gatttool does).
class NoBondListBackend : public FakeBackend
{
public:
    using FakeBackend::FakeBackend;

protected:
    void doOpen(Pending<std::monostate> pending) override
    {
        FakeBackend::doOpen(pending);
        Info i = info();
        i.capabilities |= Capability::NoBondList;
        setInfo(i);
    }
};

bool open(Backend &backend)
{
    QFuture<Status> opened = backend.open();
    [&] {
        QTRY_VERIFY(opened.isFinished());
    }();
    return opened.isFinished() && opened.result().ok();
}
} // namespace

class TestBondsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notSupportedAnswerIsSaid()
    {
        FakeBackend backend; // Backend::bonds() answers NotSupported
        QVERIFY(open(backend));
        BondsDialog dialog(&backend);
        QSignalSpy refreshed(&dialog, &BondsDialog::refreshed);
        QVERIFY(refreshed.wait(5000));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("cannot list bonds")),
                 qPrintable(dialog.statusText()));
        QCOMPARE(dialog.list()->topLevelItemCount(), 0);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("removeBond"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("removeAllBonds"))->isEnabled());
    }

    void capabilityIsSaidWithoutAsking()
    {
        NoBondListBackend backend;
        QVERIFY(open(backend));
        QVERIFY(backend.info().capabilities.testFlag(Backend::Capability::NoBondList));
        BondsDialog dialog(&backend);
        QSignalSpy refreshed(&dialog, &BondsDialog::refreshed);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("cannot list or remove bonds")),
                 qPrintable(dialog.statusText()));
        QVERIFY(dialog.statusText().contains(QStringLiteral("Fake dongle")));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("removeAllBonds"))->isEnabled());
        QCoreApplication::processEvents(); // a bonds() call would have answered by now
        QCOMPARE(refreshed.size(), 0); // it never asked
    }

    void noBackend()
    {
        BondsDialog dialog(nullptr);
        QVERIFY(dialog.statusText().contains(QStringLiteral("No dongle")));
    }
};

QTEST_MAIN(TestBondsDialog)
#include "tst_bondsdialog.moc"
