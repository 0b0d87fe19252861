// SPDX-License-Identifier: MIT
#include "filescontroller.h"

#include "backendcontroller.h"

#include <gattscope/core/export/profilewriter.h>
#include <gattscope/core/session/whendone.h>
#include <gattscope/ui/common/recentfolders.h>
#include <gattscope/ui/gatt/devicetab.h>
#include <gattscope/ui/scanner/scannermodel.h>

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
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

Result<FilesController::SavedProfile> FilesController::saveVirtualPeripheral(DeviceTab *tab,
                                                                             const QString &fileName)
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
    writer.setReadFailures(tab->session()->readFailures());
    SavedProfile saved;
    if (const Error failure = writer.save(fileName, &saved.notes, &saved.unread))
        return Error(failure.kind(), failure.message().isEmpty() ? failure.toString() : failure.message(),
                     failure.code());
    return saved;
}

QFuture<Result<FilesController::SavedProfile>>
FilesController::readAndSaveVirtualPeripheral(DeviceTab *tab, const QString &fileName)
{
    if (!tab || !tab->hasDatabase() || !tab->session()->isConnected())
        return Pending<SavedProfile>::ready(saveVirtualPeripheral(tab, fileName));
    QPointer<DeviceTab> guard(tab);
    return continueWith<SavedProfile>(this, tab->readValues(DeviceSession::ReadScope::Unread),
                                      [this, guard, fileName](const Status &read) -> Result<SavedProfile> {
                                          if (!guard)
                                              return Error(Error::Kind::Cancelled);
                                          if (!read.ok() && read.error().kind() == Error::Kind::Cancelled)
                                              return read.error();
                                          return saveVirtualPeripheral(guard, fileName);
                                      });
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

    // The values not read yet are read first (progress and Cancel in the status bar).
    QPointer<DeviceTab> guard(tab);
    const QString device = tab->title();
    whenDone(this, readAndSaveVirtualPeripheral(tab, fileName),
             [this, guard, device, title, fileName](const QFuture<Result<SavedProfile>> &f) {
                 const Result<SavedProfile> saved
                     = f.isCanceled() ? Result<SavedProfile>(Error(Error::Kind::Cancelled)) : f.result();
                 if (!saved.ok() && saved.error().kind() == Error::Kind::Cancelled) {
                     Q_EMIT statusMessage(tr("Saving %1 cancelled: nothing was written.").arg(device), 15000);
                     return;
                 }
                 showSaved(device, title, fileName, saved);
             });
}

void FilesController::showSaved(const QString &device, const QString &title, const QString &fileName,
                                const Result<SavedProfile> &saved)
{
    if (!saved.ok()) {
        QMessageBox::warning(m_window, title,
                             tr("Could not save %1:\n%2").arg(fileName, saved.error().message()));
        return;
    }
    const SavedProfile &profile = saved.value();
    const QString done = tr("Saved %1 as %2. Load it with File → Load virtual peripherals… or "
                            "gattscope-sim --profile.")
                             .arg(device, QDir::toNativeSeparators(fileName));
    Q_EMIT statusMessage(done, 15000);
    if (profile.notes.isEmpty())
        return;
    const auto bullets = [](const QStringList &lines) {
        QString list;
        for (const QString &n : lines)
            list += QStringLiteral("• ") + n + u'\n';
        return list.trimmed();
    };
    // What the profile lacks or could not keep: the user should know before relying on it.
    // Values that could not be read come first, as a warning: the clone answers them empty.
    QStringList others = profile.notes;
    for (const QString &n : profile.unread)
        others.removeOne(n);
    QString text;
    if (!profile.unread.isEmpty())
        text = tr("%n value(s) could not be read; the virtual peripheral answers them empty:", nullptr,
                  int(profile.unread.size()))
            + u'\n' + bullets(profile.unread);
    if (!others.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n\n"))
            + tr("Some things could not be copied exactly:") + u'\n' + bullets(others);
    QMessageBox box(profile.unread.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, title, done,
                    QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("savedProfileNotes"));
    box.setInformativeText(text);
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
