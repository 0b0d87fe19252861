// SPDX-License-Identifier: MIT
#pragma once

#include <QDBusAbstractAdaptor>
#include <QStringList>

namespace gattscope {

class MockBluez;

// org.gattscope.MockBluez1: how a test (in any language) steers the mock BlueZ, the way
// python-dbusmock offers org.bluez.Mock. Served by gattscope-sim --bluez as
// org.gattscope.MockBluez at /org/gattscope/MockBluez, on a connection of its own so that it
// stays on the bus while the mock bluetoothd "vanishes".
//
//   Reset()                          forget devices and bonds, drop links, reload the faults
//   Vanish(i returnAfterMs)          bluetoothd leaves the bus (-1: until Return())
//   Return()
//   DropLink(s address, s reason) → b   "timeout", "remote", "local", "authentication"
//   SetInRange(s address, b) → b     the peripheral stops/starts advertising
//   SetPowered(s adapter, b) → b     as if another program switched the adapter
//   DenyAccess(s scope)              "" / "all" / "power": calls fail with AccessDenied
//   SetTemporaryTimeout(i ms)        how long unheard devices stay
//   AddFaults(s json) → s            fault rules as in a profile file; "" or the error
//   Calls() → as, ClearCalls()       the org.bluez calls received ("path iface.Method")
//   property b Online                org.bluez is on the bus
class MockBluezControl : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.gattscope.MockBluez1")
    Q_PROPERTY(bool Online READ online)

public:
    // `parent` is the object registered on the bus; `mock` is steered.
    MockBluezControl(MockBluez *mock, QObject *parent);

    bool online() const;

public Q_SLOTS:
    // Named as the D-Bus methods they are (QtDBus exports slots under their own names).
    void Reset();
    void Vanish(int returnAfterMs);
    void Return();
    bool DropLink(const QString &address, const QString &reason);
    bool SetInRange(const QString &address, bool inRange);
    bool SetPowered(const QString &adapter, bool powered);
    void DenyAccess(const QString &scope);
    void SetTemporaryTimeout(int ms);
    QString AddFaults(const QString &json);
    QStringList Calls();
    void ClearCalls();

private:
    MockBluez *m_mock;
};

} // namespace gattscope
