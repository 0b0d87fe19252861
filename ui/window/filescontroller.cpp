// SPDX-License-Identifier: MIT
#include "filescontroller.h"

#include "backendcontroller.h"

#include <gattscope/core/export/profilewriter.h>
#include <gattscope/ui/common/recentfolders.h>
#include <gattscope/ui/gatt/devicetab.h>
#include <gattscope/ui/scanner/scannermodel.h>

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QTabWidget>

namespace gattscope {

namespace {
// Saving and loading profiles share a folder: what was saved is what gets loaded.
const QString ProfileFolder = QStringLiteral("profiles");

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

FilesController::FilesController(QWidget *window, BackendController *backends, ScannerModel *scanner,
                                 QTabWidget *tabs, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_backends(backends)
    , m_scanner(scanner)
    , m_tabs(tabs)
{ }

Result<QStringList> FilesController::saveVirtualPeripheral(DeviceTab *tab, const QString &fileName)
{
    if (!tab || !tab->hasDatabase())
        return Error(Error::Kind::NotFound,
                     tr("The device's services are not known yet: wait for discovery to finish."));
    ProfileWriter writer = tab->profileWriter();
    const int row = m_scanner->rowOf(tab->address());
    if (const ScannedDevice *device = row >= 0 ? m_scanner->device(row) : nullptr) {
        writer.setAdvertisingData(device->advertisingData);
        writer.setScanResponseData(device->hasScanResponse ? device->scanResponseData : QByteArray());
        if (device->rssi != ScannedDevice::NoRssi)
            writer.setRssi(device->rssi);
    }
    QStringList notes;
    if (const Error failure = writer.save(fileName, &notes))
        return Error(failure.kind(), failure.message().isEmpty() ? failure.toString() : failure.message(),
                     failure.code());
    return notes;
}

void FilesController::saveAsVirtualPeripheral(DeviceTab *tab)
{
    if (!tab)
        return;
    const QString title = tr("Save as virtual peripheral");
    if (!tab->hasDatabase()) {
        QMessageBox::information(m_window, title,
                                 tr("The services of %1 are not known yet: connect and let discovery "
                                    "finish first.")
                                     .arg(tab->title()));
        return;
    }
    QString fileName = QFileDialog::getSaveFileName(
        m_window, title, RecentFolders::suggest(ProfileFolder, suggestedFileName(tab->title())),
        tr("Virtual peripheral profiles (*.json)"));
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += QStringLiteral(".json");
    RecentFolders::remember(ProfileFolder, fileName);

    const Result<QStringList> saved = saveVirtualPeripheral(tab, fileName);
    if (!saved.ok()) {
        QMessageBox::warning(m_window, title,
                             tr("Could not save %1:\n%2").arg(fileName, saved.error().message()));
        return;
    }
    const QStringList &notes = saved.value();
    const QString done = tr("Saved %1 as %2. Load it with File → Load virtual peripherals… or "
                            "gattscope-sim --profile.")
                             .arg(tab->title(), QDir::toNativeSeparators(fileName));
    Q_EMIT statusMessage(done, 15000);
    if (notes.isEmpty())
        return;
    // What the profile format could not keep: the user should know before relying on it.
    QMessageBox box(QMessageBox::Information, title, done, QMessageBox::Ok, m_window);
    QString list;
    for (const QString &n : std::as_const(notes))
        list += QStringLiteral("• ") + n + u'\n';
    box.setInformativeText(tr("Some things could not be copied exactly:") + u'\n' + list.trimmed());
    box.exec();
}

void FilesController::chooseVirtualPeripherals()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Load virtual peripherals"), RecentFolders::folder(ProfileFolder),
        tr("Virtual peripheral profiles (*.json);;All files (*)"));
    if (files.isEmpty())
        return;
    RecentFolders::remember(ProfileFolder, files.first());
    if (!confirmRestart(tr("Load virtual peripherals")))
        return;
    if (const Status loaded = m_backends->loadVirtualPeripherals(files); !loaded.ok()) {
        QMessageBox::warning(m_window, tr("Load virtual peripherals"),
                             tr("The virtual peripherals were not loaded; the dongle in use keeps running "
                                "as it was.\n\n%1")
                                 .arg(loaded.error().message()));
    }
}

void FilesController::restoreBuiltInPeripherals()
{
    if (!confirmRestart(tr("Built-in virtual peripherals")))
        return;
    if (const Status loaded = m_backends->loadVirtualPeripherals({}); !loaded.ok())
        QMessageBox::warning(m_window, tr("Built-in virtual peripherals"), loaded.error().message());
}

bool FilesController::confirmRestart(const QString &title)
{
    int links = 0;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<DeviceTab *>(m_tabs->widget(i));
        links += tab && tab->connection() && tab->connection()->isConnected();
    }
    if (links == 0)
        return true;
    return QMessageBox::question(m_window, title,
                                 tr("The Demo dongle restarts with the new devices: %n connection(s) will "
                                    "be closed. Continue?",
                                    nullptr, links))
        == QMessageBox::Yes;
}

} // namespace gattscope
