// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/result.h>

#include <QFuture>
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
// advertising data as the scanner last heard it and its GATT database with every value it
// could read (what was not read yet is read first), in the profile format gattscope-sim and the Demo dongle
// load. Dialogs are parented to `window`; the non-interactive functions are for the start-up options and
// tests.
class FilesController : public QObject
{
    Q_OBJECT

public:
    FilesController(QWidget *window, BackendController *backends, ScannerModel *scanner, QTabWidget *tabs,
                    QObject *parent = nullptr);

    // What a saved profile could not keep (ProfileWriter's notes; empty when everything was
    // copied exactly), and among them the values it lacks (`unread`: never read, or the read
    // failed, with the reason).
    struct SavedProfile
    {
        QStringList notes;
        QStringList unread;
    };
    // Writes `tab`'s device as a virtual-peripheral profile, with the values known now.
    Result<SavedProfile> saveVirtualPeripheral(DeviceTab *tab, const QString &fileName);
    // Reads what is still unread first (DeviceTab::readValues(), in the status bar with its
    // progress and Cancel), then saves. Cancelled: nothing is written, the future ends with
    // Error::Kind::Cancelled. A link that is (or goes) down: saves what is known.
    QFuture<Result<SavedProfile>> readAndSaveVirtualPeripheral(DeviceTab *tab, const QString &fileName);

public Q_SLOTS:
    void chooseVirtualPeripherals();
    void restoreBuiltInPeripherals();
    void saveAsVirtualPeripheral(gattscope::DeviceTab *tab);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    bool confirmRestart(const QString &title);
    // The outcome of a save: a status message, and a box listing what the file lacks.
    void showSaved(const QString &device, const QString &title, const QString &fileName,
                   const Result<SavedProfile> &saved);

    QWidget *m_window;
    BackendController *m_backends;
    ScannerModel *m_scanner;
    QTabWidget *m_tabs;
};

} // namespace gattscope
