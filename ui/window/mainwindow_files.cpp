// SPDX-License-Identifier: MIT
// MainWindow: "Save as virtual peripheral…" and the device tabs' context menu.
#include "mainwindow.h"

#include <gattscope/core/export/profilewriter.h>
#include <gattscope/ui/common/uiformat.h>
#include <gattscope/ui/gatt/devicetab.h>
#include <gattscope/ui/scanner/scannermodel.h>

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>

namespace gattscope {

namespace {
const QString ProfileDirKey = QStringLiteral("profiles/lastDirectory");

// "HRM Strap" → "hrm-strap.json": a file name that survives every file system.
QString suggestedFileName(const QString &title)
{
    QString base;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber())
            base += c;
        else if (!base.isEmpty() && !base.endsWith(u'-'))
            base += u'-';
    }
    while (base.endsWith(u'-'))
        base.chop(1);
    return (base.isEmpty() ? QStringLiteral("device") : base) + QStringLiteral(".json");
}
} // namespace

bool MainWindow::saveVirtualPeripheral(DeviceTab *tab, const QString &fileName, QStringList *notes,
                                       QString *error)
{
    if (!tab || !tab->hasDatabase()) {
        if (error)
            *error = tr("The device's services are not known yet: wait for discovery to finish.");
        return false;
    }
    ProfileWriter writer = tab->profileWriter();
    const int row = m_scannerModel->rowOf(tab->address());
    if (const ScannedDevice *device = row >= 0 ? m_scannerModel->device(row) : nullptr) {
        writer.setAdvertisingData(device->advertisingData);
        writer.setScanResponseData(device->hasScanResponse ? device->scanResponseData : QByteArray());
        if (device->rssi != ScannedDevice::NoRssi)
            writer.setRssi(device->rssi);
    }
    const Error failure = writer.save(fileName, notes);
    if (failure) {
        if (error)
            *error = failure.message().isEmpty() ? failure.toString() : failure.message();
        return false;
    }
    return true;
}

void MainWindow::saveCurrentAsVirtualPeripheral()
{
    saveTabAsVirtualPeripheral(currentDeviceTab());
}

void MainWindow::saveTabAsVirtualPeripheral(DeviceTab *tab)
{
    if (!tab)
        return;
    const QString title = tr("Save as virtual peripheral");
    if (!tab->hasDatabase()) {
        QMessageBox::information(this, title,
                                 tr("The services of %1 are not known yet: connect and let discovery "
                                    "finish first.")
                                     .arg(tab->title()));
        return;
    }
    QSettings settings;
    const QString dir = settings.value(ProfileDirKey, QDir::homePath()).toString();
    QString fileName = QFileDialog::getSaveFileName(this, title, dir + u'/' + suggestedFileName(tab->title()),
                                                    tr("Virtual peripheral profiles (*.json)"));
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += QStringLiteral(".json");
    settings.setValue(ProfileDirKey, QFileInfo(fileName).absolutePath());

    QStringList notes;
    QString error;
    if (!saveVirtualPeripheral(tab, fileName, &notes, &error)) {
        QMessageBox::warning(this, title, tr("Could not save %1:\n%2").arg(fileName, error));
        return;
    }
    const QString done = tr("Saved %1 as %2. Load it with File → Load virtual peripherals… or "
                            "gattscope-sim --profile.")
                             .arg(tab->title(), QDir::toNativeSeparators(fileName));
    showStatus(done, 15000);
    if (notes.isEmpty())
        return;
    // What the profile format could not keep: the user should know before relying on it.
    QMessageBox box(QMessageBox::Information, title, done, QMessageBox::Ok, this);
    QString list;
    for (const QString &n : std::as_const(notes))
        list += QStringLiteral("• ") + n + u'\n';
    box.setInformativeText(tr("Some things could not be copied exactly:") + u'\n' + list.trimmed());
    box.exec();
}

void MainWindow::showTabMenu(const QPoint &pos)
{
    const int index = m_tabs->tabBar()->tabAt(pos);
    auto *tab = qobject_cast<DeviceTab *>(m_tabs->widget(index));
    if (!tab)
        return;
    QMenu menu(this);
    QAction *save = menu.addAction(UiFormat::icon("save"), tr("Save as virtual &peripheral…"), this,
                                   [this, tab] { saveTabAsVirtualPeripheral(tab); });
    save->setEnabled(tab->hasDatabase());
    menu.addSeparator();
    const bool up = tab->connection() && tab->connection()->isConnected();
    if (up) {
        menu.addAction(UiFormat::icon("disconnect"), tr("&Disconnect"), tab,
                       &DeviceTab::disconnectFromDevice);
    } else {
        const DeviceAddress address = tab->address();
        menu.addAction(UiFormat::icon("connect"), tr("Re&connect"), this,
                       [this, address] { connectToDevice(address); });
    }
    menu.addAction(tr("&Close tab"), this, [this, tab] {
        const int i = m_tabs->indexOf(tab);
        if (i >= 0)
            closeDeviceTab(i);
    });
    menu.exec(m_tabs->tabBar()->mapToGlobal(pos));
}

} // namespace gattscope
