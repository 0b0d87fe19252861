// SPDX-License-Identifier: MIT
// The traffic log panel: quick filters and their "N of M", Pause that counts what waits,
// device names next to addresses, Ctrl+F, a disconnect that stands out.
#include <gattscope/ui/log/trafficlogfilter.h>
#include <gattscope/ui/log/trafficlogmodel.h>
#include <gattscope/ui/log/trafficlogpanel.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFont>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace gattscope;

namespace {

const QString Strap = QStringLiteral("C0:98:E5:49:00:01");
const QString Motion = QStringLiteral("E1:77:6A:00:00:07");

TrafficEntry entry(const QString &device, TrafficEntry::Direction direction, int i, const QString &error = {})
{
    TrafficEntry e;
    e.timestampUs = 1'700'000'000'000'000 + i;
    e.device = device;
    e.handle = direction == TrafficEntry::Direction::Event ? 0 : quint16(0x0010 + i % 4);
    e.name = QStringLiteral("Characteristic %1").arg(i);
    e.direction = direction;
    e.value = QByteArray(1, char(i));
    e.decoded = QString::number(i);
    e.error = error;
    return e;
}

// The strap: 2 reads, 1 write (failed), 3 notifications, 1 event. The motion sensor: 1 write
// command, 2 indications. 10 rows.
void fill(TrafficLogModel &model)
{
    using D = TrafficEntry::Direction;
    int i = 0;
    for (D d : { D::Read, D::Read, D::Notification, D::Notification, D::Notification })
        model.append(entry(Strap, d, i++));
    model.append(entry(Strap, D::Write, i++, QStringLiteral("Write Not Permitted (ATT 0x03)")));
    model.append(TrafficEntry::disconnected(*DeviceAddress::fromString(Strap), Error(Error::Kind::Timeout)));
    for (D d : { D::WriteCommand, D::Indication, D::Indication })
        model.append(entry(Motion, d, i++));
    model.flush();
}

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

} // namespace

class TestTrafficLogPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quickFiltersCountNOfM_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addColumn<int>("direction");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("shown");
        using Dir = TrafficLogFilter::Direction;
        using Kind = TrafficLogFilter::Kind;
        const auto row = [](const char *name, const QString &device, Dir dir, Kind kind, const QString &text,
                            int shown) {
            QTest::newRow(name) << device << int(dir) << int(kind) << text << shown;
        };
        row("strap", Strap, Dir::All, Kind::All, {}, 7);
        row("motion", Motion, Dir::All, Kind::All, {}, 3);
        row("sent", {}, Dir::Sent, Kind::All, {}, 2);
        row("received", {}, Dir::Received, Kind::All, {}, 7);
        row("reads", {}, Dir::All, Kind::Read, {}, 2);
        row("writes", {}, Dir::All, Kind::Write, {}, 2);
        row("notifications", {}, Dir::All, Kind::Notify, {}, 3);
        row("indications", {}, Dir::All, Kind::Indicate, {}, 2);
        row("events", {}, Dir::All, Kind::Event, {}, 1);
        row("errors", {}, Dir::All, Kind::Error, {}, 2); // the failed write and the disconnect
        row("strap's writes", Strap, Dir::All, Kind::Write, {}, 1);
        row("received by the strap", Strap, Dir::Received, Kind::All, {}, 5);
        row("sent reads", {}, Dir::Sent, Kind::Read, {}, 0);
        row("with text", Strap, Dir::All, Kind::Notify, QStringLiteral("characteristic 3"), 1);
    }

    void quickFiltersCountNOfM()
    {
        QFETCH(QString, device);
        QFETCH(int, direction);
        QFETCH(int, kind);
        QFETCH(QString, text);
        QFETCH(int, shown);
        TrafficLogModel model;
        TrafficLogPanel panel(&model);
        QAbstractItemModelTester tester(panel.filterModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(model);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(panel.statusLabel()->text(), QStringLiteral("10 entries")); // no filter: no "of"
        QVERIFY(!panel.filterModel()->isActive());

        if (!device.isEmpty())
            choose(panel.deviceFilter(), device);
        choose(panel.directionFilter(), QVariant::fromValue(TrafficLogFilter::Direction(direction)));
        choose(panel.kindFilter(), QVariant::fromValue(TrafficLogFilter::Kind(kind)));
        panel.filterEdit()->setText(text);
        QCOMPARE(panel.view()->model()->rowCount(), shown);
        QCOMPARE(panel.statusLabel()->text(), QStringLiteral("%1 of 10 entries").arg(shown));

        // New rows are counted as they come, through the filters.
        model.append(entry(Strap, TrafficEntry::Direction::Notification, 3));
        model.flush();
        const bool passes = (device.isEmpty() || device == Strap)
            && TrafficLogFilter::Direction(direction) != TrafficLogFilter::Direction::Sent
            && (TrafficLogFilter::Kind(kind) == TrafficLogFilter::Kind::All
                || TrafficLogFilter::Kind(kind) == TrafficLogFilter::Kind::Notify);
        QCOMPARE(panel.statusLabel()->text(),
                 QStringLiteral("%1 of 11 entries").arg(shown + (passes ? 1 : 0)));

        // Back to everything: the plain count again.
        choose(panel.deviceFilter(), QString());
        choose(panel.directionFilter(), QVariant::fromValue(TrafficLogFilter::Direction::All));
        choose(panel.kindFilter(), QVariant::fromValue(TrafficLogFilter::Kind::All));
        panel.filterEdit()->clear();
        QCOMPARE(panel.view()->model()->rowCount(), 11);
        QCOMPARE(panel.statusLabel()->text(), QStringLiteral("11 entries"));
    }

    void deviceFilterListsEveryDeviceSeenWithItsName()
    {
        TrafficLogModel model;
        TrafficLogPanel panel(&model);
        QComboBox *devices = panel.deviceFilter();
        QCOMPARE(devices->count(), 1); // All devices
        model.setDeviceName(Strap, QStringLiteral("HRM Strap"));
        fill(model);
        QCOMPARE(devices->count(), 3);
        QCOMPARE(devices->itemText(1), QStringLiteral("HRM Strap (C0:98:E5:49:00:01)"));
        QCOMPARE(devices->itemText(2), Motion); // no name known: the address
        QCOMPARE(model.devices(), (QStringList { Strap, Motion }));

        // The device column names it too, and the text filter finds the name.
        const auto deviceCell = [&](int row) {
            return model.index(row, int(TrafficLogModel::Column::Device)).data().toString();
        };
        QCOMPARE(deviceCell(0), QStringLiteral("HRM Strap (C0:98:E5:49:00:01)"));
        QCOMPARE(deviceCell(9), Motion);
        panel.setFilterText(QStringLiteral("hrm strap"));
        QCOMPARE(panel.view()->model()->rowCount(), 7);
        panel.setFilterText({});

        // A name learnt later renames the shown rows and the choice, which stays chosen.
        choose(devices, Motion);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDeviceName(Motion, QStringLiteral("Motion Sensor"));
        QCOMPARE(deviceCell(9), QStringLiteral("Motion Sensor (E1:77:6A:00:00:07)"));
        QCOMPARE(devices->currentText(), QStringLiteral("Motion Sensor (E1:77:6A:00:00:07)"));
        QCOMPARE(panel.filterModel()->device(), Motion);
        QCOMPARE(panel.view()->model()->rowCount(), 3);

        // Clear empties the log but keeps the devices to choose from.
        model.clear();
        QCOMPARE(devices->count(), 3);
        QCOMPARE(panel.statusLabel()->text(), QStringLiteral("0 of 0 entries"));
    }

    void pauseSaysHowManyWait()
    {
        TrafficLogModel model;
        TrafficLogPanel panel(&model);
        QToolButton *pause = panel.pauseButton();
        QCOMPARE(pause->text(), QStringLiteral("Pause"));
        pause->click();
        QVERIFY(model.isPaused());
        QCOMPARE(pause->text(), QStringLiteral("Paused — 0 waiting"));
        for (int i = 0; i < 3; ++i)
            model.append(entry(Strap, TrafficEntry::Direction::Notification, i));
        // Live while paused, without a flush.
        QTRY_COMPARE(pause->text(), QStringLiteral("Paused — 3 waiting"));
        model.append(entry(Strap, TrafficEntry::Direction::Read, 4));
        QTRY_COMPARE(pause->text(), QStringLiteral("Paused — 4 waiting"));
        QCOMPARE(model.rowCount(), 0);
        pause->click();
        QCOMPARE(pause->text(), QStringLiteral("Pause"));
        QCOMPARE(model.rowCount(), 4);
    }

    void ctrlFFocusesTheFilter()
    {
        // The panel in a window with another field, as the log dock sits in the main window.
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *other = new QLineEdit(&window);
        layout->addWidget(other);
        TrafficLogModel model;
        auto *panel = new TrafficLogPanel(&model, &window);
        layout->addWidget(panel);
        window.resize(900, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        other->setFocus();
        QTRY_VERIFY(other->hasFocus());
        panel->filterEdit()->setText(QStringLiteral("old"));
        QCOMPARE(panel->findAction()->shortcut(), QKeySequence(QKeySequence::Find));
        QSignalSpy found(panel->findAction(), &QAction::triggered);
        QTest::keyClick(other, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(found.size(), 1);
        QTRY_VERIFY(panel->filterEdit()->hasFocus());
        QCOMPARE(panel->filterEdit()->selectedText(), QStringLiteral("old")); // typing replaces it

        // Hidden (the plots tabbed over it), the log leaves Ctrl+F alone.
        panel->hide();
        other->setFocus();
        QTRY_VERIFY(other->hasFocus());
        QTest::keyClick(other, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(found.size(), 1);
        QVERIFY(other->hasFocus());
    }

    void aDisconnectStandsOut()
    {
        TrafficLogModel model;
        fill(model);
        const int row = 6;
        QCOMPARE(model.entry(row).event, TrafficEntry::Event::Disconnected);
        const QModelIndex name = model.index(row, int(TrafficLogModel::Column::Name));
        QCOMPARE(name.data().toString(), QStringLiteral("Disconnected"));
        QVERIFY(!name.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(name.data(Qt::FontRole).value<QFont>().bold());
        // Other rows do not.
        const QModelIndex other = model.index(row - 1, int(TrafficLogModel::Column::Name));
        QVERIFY(!other.data(Qt::DecorationRole).isValid());
        QVERIFY(!other.data(Qt::FontRole).isValid());
    }
};

QTEST_MAIN(TestTrafficLogPanel)
#include "tst_trafficlogpanel.moc"
