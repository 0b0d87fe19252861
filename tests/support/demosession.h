// SPDX-License-Identifier: MIT
#pragma once

// Helpers for the tests that drive the whole explorer on the Demo dongle (the real BGAPI
// client over the in-process virtual BLED112, through the application's catalog).

#include <gattscope/ui/gatt/devicetab.h>
#include <gattscope/ui/gatt/gatttreemodel.h>
#include <gattscope/ui/gatt/valueeditor.h>
#include <gattscope/ui/log/trafficlogmodel.h>
#include <gattscope/ui/scanner/scannermodel.h>
#include <gattscope/ui/window/mainwindow.h>

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

namespace gattscope::test {

// The built-in virtual peripherals (resources/profiles/). Their top address bits (11)
// make them random static addresses.
inline const DeviceAddress HrmStrap(0xC098E5490001, AddressType::RandomStatic);
inline const DeviceAddress MotionSensor(0xE1776A000007, AddressType::RandomStatic);
inline const DeviceAddress EnviroSense(0xD34A7C112233, AddressType::RandomStatic);
inline const DeviceAddress NordicTag(0xC55900123456, AddressType::RandomStatic);
inline const DeviceAddress IBeacon(0xF2104C000215, AddressType::RandomStatic);
inline const DeviceAddress Eddystone(0xF3EDD0570E01, AddressType::RandomStatic);
inline const DeviceAddress Broadcaster(0xDA7AB00CA570, AddressType::RandomStatic);

inline const Uuid MotionAccelerometer = *Uuid::fromString(u"6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10");
inline const Uuid MotionName = *Uuid::fromString(u"6a770004-8c3a-4f3e-9e4b-5a2c1d0e9f10");
inline const Uuid MotionSecret = *Uuid::fromString(u"6a770006-8c3a-4f3e-9e4b-5a2c1d0e9f10");

// Value handle of the first characteristic `uuid` of the tab's database; 0 when none.
inline quint16 valueHandle(const DeviceTab *tab, const Uuid &uuid)
{
    const QList<const Characteristic *> found = tab->treeModel()->database().characteristicsByUuid(uuid);
    return found.isEmpty() ? 0 : found.first()->valueHandle;
}

inline const Characteristic *characteristic(const DeviceTab *tab, const Uuid &uuid)
{
    const QList<const Characteristic *> found = tab->treeModel()->database().characteristicsByUuid(uuid);
    return found.isEmpty() ? nullptr : found.first();
}

// Log entries of `direction` on `handle` (the log flushes on a timer: use in QTRY_*).
inline QList<TrafficEntry> entries(TrafficLogModel *log, TrafficEntry::Direction direction, quint16 handle)
{
    log->flush();
    QList<TrafficEntry> out;
    for (int r = 0; r < log->rowCount(); ++r) {
        if (log->entry(r).direction == direction && log->entry(r).handle == handle)
            out << log->entry(r);
    }
    return out;
}

// Connects the window to `address` once the scanner has heard it, and waits for the tab's
// discovery. Returns the tab, or nullptr (with a QTest failure recorded) on timeout.
inline DeviceTab *connectAndDiscover(MainWindow *window, const DeviceAddress &address)
{
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(window->scannerModel()->rowOf(address) >= 0, 5000);
    }();
    window->connectToDevice(address);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(window->deviceTab(address) && window->deviceTab(address)->hasDatabase(),
                                 8000);
    }();
    DeviceTab *tab = window->deviceTab(address);
    return tab && tab->hasDatabase() ? tab : nullptr;
}

// Reads `uuid` through the tab's value editor and waits for the log line of the answer.
// Returns the bytes read (empty on failure or timeout).
inline QByteArray readThroughEditor(DeviceTab *tab, TrafficLogModel *log, const Uuid &uuid)
{
    const quint16 handle = valueHandle(tab, uuid);
    if (!handle || !tab->selectHandle(handle))
        return {};
    const qsizetype before = entries(log, TrafficEntry::Direction::Read, handle).size();
    tab->valueEditor()->read();
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(entries(log, TrafficEntry::Direction::Read, handle).size() > before, 5000);
    }();
    const QList<TrafficEntry> reads = entries(log, TrafficEntry::Direction::Read, handle);
    return reads.size() > before ? reads.last().value : QByteArray();
}

// Answers the next modal message box (one that runs its own event loop, as the window's quit
// question does) with its button of `role`, and remembers what it asked.
class QuestionAnswerer : public QObject
{
public:
    explicit QuestionAnswerer(QMessageBox::ButtonRole role)
        : m_role(role)
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            m_timer.stop();
            m_asked = true;
            m_text = box->text() + u'\n' + box->informativeText();
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == m_role) {
                    button->click();
                    return;
                }
            }
            box->reject(); // no such button: do not hang the test
        });
        m_timer.start();
    }

    bool asked() const { return m_asked; }
    QString text() const { return m_text; }

private:
    QMessageBox::ButtonRole m_role;
    QTimer m_timer;
    bool m_asked = false;
    QString m_text;
};

} // namespace gattscope::test
