// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/result.h>

#include <QObject>
#include <QStringList>

class QTabWidget;
class QWidget;

namespace gattscope {

class BackendController;
class DeviceTab;
class ScannerModel;

// The File menu's files: the Demo dongle's virtual peripherals (load your own, go back to
// the built-in ones) and "Save device as virtual peripheral" — the device's name, address,
// advertising data as the scanner last heard it and its GATT database with the values read
// so far, in the profile format gattscope-sim and the Demo dongle load. Dialogs are parented
// to `window`; the non-interactive functions are for the start-up options and tests.
class FilesController : public QObject
{
    Q_OBJECT

public:
    FilesController(QWidget *window, BackendController *backends, ScannerModel *scanner, QTabWidget *tabs,
                    QObject *parent = nullptr);

    // Writes `tab`'s device as a virtual-peripheral profile. The value holds what the file
    // could not keep (ProfileWriter's notes); empty when everything was copied exactly.
    Result<QStringList> saveVirtualPeripheral(DeviceTab *tab, const QString &fileName);

public Q_SLOTS:
    void chooseVirtualPeripherals();
    void restoreBuiltInPeripherals();
    void saveAsVirtualPeripheral(gattscope::DeviceTab *tab);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    bool confirmRestart(const QString &title);

    QWidget *m_window;
    BackendController *m_backends;
    ScannerModel *m_scanner;
    QTabWidget *m_tabs;
};

} // namespace gattscope
