// SPDX-License-Identifier: MIT
// MainWindow: the backend picker, opening and closing backends, and the Demo dongle's
// virtual peripherals.
#include "mainwindow.h"

#include <gattscope/core/backend/backend.h>
#include <gattscope/ui/common/operationtracker.h>
#include <gattscope/ui/common/uiformat.h>
#include <gattscope/ui/gatt/devicetab.h>
#include <gattscope/ui/log/trafficlogmodel.h>
#include <gattscope/ui/scanner/scannermodel.h>
#include <gattscope/ui/scanner/scannerpanel.h>

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>

namespace gattscope {

using UiFormat::icon;

namespace {
const QString LastBackendKey = QStringLiteral("backend/last");
const QString DemoProfilesKey = QStringLiteral("demo/profiles");
const QString DemoDirKey = QStringLiteral("demo/lastDirectory");
} // namespace

void MainWindow::refreshBackendList()
{
    QList<BackendChoice> choices = m_catalog.list ? m_catalog.list() : QList<BackendChoice>();
    // A dongle that appeared since the last look is announced; the user picks it.
    QStringList hardware;
    for (const BackendChoice &c : std::as_const(choices)) {
        if (c.isDemo)
            m_demoUri = c.uri;
        else
            hardware << c.uri;
    }
    if (m_listedOnce) {
        for (const BackendChoice &c : std::as_const(choices)) {
            if (!c.isDemo && !m_hardware.contains(c.uri) && c.uri != m_uri)
                showStatus(tr("%1 plugged in: choose it in the tool bar to use it.").arg(c.label), 15000);
        }
    }
    m_hardware = hardware;
    m_listedOnce = true;

    if (!m_uri.isEmpty() && std::none_of(choices.cbegin(), choices.cend(), [this](const BackendChoice &c) {
            return c.uri == m_uri;
        }))
        choices.prepend(BackendChoice { m_uri, m_uri, {}, false });
    QStringList uris;
    for (const BackendChoice &c : std::as_const(choices))
        uris << c.uri;
    QStringList shown;
    for (int i = 0; i < m_backendCombo->count(); ++i)
        shown << m_backendCombo->itemData(i).toString();
    if (uris == shown && !shown.isEmpty()) {
        showCurrentBackend(uris);
        return;
    }
    const QSignalBlocker blocker(m_backendCombo);
    m_backendCombo->clear();
    for (const BackendChoice &c : std::as_const(choices)) {
        m_backendCombo->addItem(c.isDemo ? icon("demo") : icon("connect"), c.label, c.uri);
        m_backendCombo->setItemData(m_backendCombo->count() - 1,
                                    c.description.isEmpty() ? c.uri : c.description, Qt::ToolTipRole);
    }
    if (choices.isEmpty())
        m_backendCombo->addItem(tr("No dongle found"));
    showCurrentBackend(uris);
}

void MainWindow::showCurrentBackend(const QStringList &uris)
{
    // Nothing open: the placeholder, not the first entry, which would read as "in use".
    const QSignalBlocker blocker(m_backendCombo);
    m_backendCombo->setCurrentIndex(m_uri.isEmpty() ? (uris.isEmpty() ? 0 : -1) : int(uris.indexOf(m_uri)));
}

bool MainWindow::openInitialBackend(const QString &uri)
{
    if (!uri.isEmpty())
        return openBackend(uri);
    const QList<BackendChoice> choices = m_catalog.list ? m_catalog.list() : QList<BackendChoice>();
    const QString last = QSettings().value(LastBackendKey).toString();
    for (const BackendChoice &c : choices) {
        if (!last.isEmpty() && c.uri == last)
            return openBackend(last);
    }
    QList<BackendChoice> hardware;
    const BackendChoice *demo = nullptr;
    for (const BackendChoice &c : choices) {
        if (c.isDemo)
            demo = &c;
        else
            hardware << c;
    }
    if (hardware.size() == 1)
        return openBackend(hardware.first().uri);
    if (hardware.isEmpty() && demo) {
        if (!openBackend(demo->uri))
            return false;
        showStatus(tr("No Bluetooth dongle found: using the Demo dongle, a virtual BLED112 with virtual "
                      "devices. Plug in a BLED112 and pick it in the tool bar."),
                   0);
        return true;
    }
    if (hardware.isEmpty()) {
        m_scannerPanel->setEmptyText(
            tr("No dongle found. Plug in a BLED112 or start gattscope with --demo."));
        showStatus(tr("No dongle found."), 0);
    } else {
        showStatus(tr("Choose a dongle in the tool bar."), 0);
    }
    return false;
}

Backend *MainWindow::backend() const
{
    return m_host ? m_host->backend() : nullptr;
}

QString MainWindow::backendUri() const
{
    return m_uri;
}

bool MainWindow::isDemoUri(const QString &uri) const
{
    return !uri.isEmpty() && uri == m_demoUri;
}

bool MainWindow::openBackend(const QString &uri)
{
    QString error;
    std::unique_ptr<BackendHost> host;
    QString fallback;
    if (isDemoUri(uri) && !m_demoProfiles.isEmpty() && m_catalog.createDemo) {
        host = m_catalog.createDemo(m_demoProfiles, &error);
        if (!host) {
            // The user's files went away or broke since they were loaded: serve the
            // built-in set rather than nothing, and say so.
            fallback = tr("Your virtual peripherals could not be loaded (%1); the Demo dongle serves its "
                          "built-in devices.")
                           .arg(error);
            setDemoProfiles({});
            error.clear();
        }
    }
    if (!host && m_catalog.create)
        host = m_catalog.create(uri, &error);
    if (!host) {
        // The backend in use (if any) keeps running: a typo must not cost the session.
        const QString reason = error.isEmpty() ? tr("no backend for this URI") : error;
        showStatus(tr("Cannot open %1: %2").arg(uri, reason), 0);
        if (!backend())
            m_scannerPanel->setEmptyText(tr("Could not open %1. Choose another dongle.").arg(uri));
        updateBackendStatus();
        Q_EMIT backendOpenFailed(uri, reason);
        return false;
    }
    closeBackend();
    adoptBackend(std::move(host), uri);
    if (!fallback.isEmpty())
        showStatus(fallback, 0);
    return true;
}

void MainWindow::adoptBackend(std::unique_ptr<BackendHost> host, const QString &uri)
{
    m_host = std::move(host);
    m_uri = uri;
    m_scannerModel->clear(); // devices another radio heard are not reachable through this one
    QSettings().setValue(LastBackendKey, uri);
    Backend *b = m_host->backend();
    connect(b, &Backend::advertisementsReceived, m_scannerModel, &ScannerModel::addAdvertisements);
    connect(b, &Backend::stateChanged, this, [this] {
        m_scanAction->setChecked(backend() && backend()->state() == Backend::State::Scanning);
        updateBackendStatus();
    });
    connect(b, &Backend::infoChanged, this, &MainWindow::updateBackendStatus);
    connect(b, &Backend::errorOccurred, this, [this](const Error &e) {
        showStatus(tr("Dongle error: %1").arg(e.toString()), 0);
        TrafficEntry entry;
        entry.timestampUs = UiFormat::nowUs();
        entry.name = tr("Dongle error");
        entry.error = e.toString();
        recordTraffic(entry);
    });
    m_scannerPanel->setEmptyText(tr("Opening %1…").arg(uri));
    QFuture<Status> opening = b->open();
    QFuture<void> tail = opening.then(this, [this, b, uri](const Status &status) {
        if (b != backend())
            return; // superseded by another backend
        if (!status.ok()) {
            showStatus(tr("Could not open the dongle: %1").arg(status.error().toString()), 0);
            m_scannerPanel->setEmptyText(tr("The dongle did not open: %1").arg(status.error().toString()));
            Q_EMIT backendOpenFailed(uri, status.error().toString());
            return;
        }
        m_scannerPanel->setEmptyText(tr("No devices yet. Press F5 to scan."));
        setScanning(true);
    });
    m_tracker->track(tr("Opening %1").arg(uri), opening, tail);
    refreshBackendList();
    updateBackendStatus();
    updateActions();
}

void MainWindow::closeBackend()
{
    if (!m_host)
        return;
    while (m_tabs->count() > 0) {
        QWidget *tab = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete tab; // tabs reference the backend's connections: gone before the backend
    }
    m_central->setCurrentIndex(0);
    m_host.reset();
    m_uri.clear();
    refreshBackendList();
    m_scanAction->setChecked(false);
    updateBackendStatus();
    updateActions();
}

void MainWindow::updateBackendStatus()
{
    Backend *b = backend();
    if (!b) {
        m_backendLabel->setText(tr("No dongle"));
        m_backendLabel->setToolTip({});
        return;
    }
    const Backend::Info info = b->info();
    QString name = info.name.isEmpty() ? m_uri : info.name;
    if (isDemoUri(m_uri) && !m_demoProfiles.isEmpty())
        name = tr("%1 (your virtual peripherals)").arg(name);
    m_backendLabel->setText(tr("%1 · %2").arg(name, backendStateName(b->state())));
    QString tip = info.description;
    if (isDemoUri(m_uri) && !m_demoProfiles.isEmpty())
        tip += u'\n' + tr("Serving: %1").arg(m_demoProfiles.join(QStringLiteral(", ")));
    m_backendLabel->setToolTip(tip.trimmed());
    if (b->state() == Backend::State::Scanning)
        m_scannerPanel->setEmptyText(tr("Scanning… no devices heard yet."));
    updateActions();
}

void MainWindow::setScanning(bool on)
{
    Backend *b = backend();
    if (!b) {
        m_scanAction->setChecked(false);
        showStatus(tr("Choose a dongle first."));
        return;
    }
    QFuture<Status> future = on ? b->startScan() : b->stopScan();
    future.then(this, [this, b, on](const Status &status) {
        if (b != backend())
            return;
        if (!status.ok()) {
            showStatus((on ? tr("Could not start scanning: %1") : tr("Could not stop scanning: %1"))
                           .arg(status.error().toString()),
                       0);
        }
        m_scanAction->setChecked(b->state() == Backend::State::Scanning);
    });
}

// --- the Demo dongle's virtual peripherals

void MainWindow::setDemoProfiles(const QStringList &files)
{
    m_demoProfiles = files;
    QSettings().setValue(DemoProfilesKey, files);
    updateActions();
}

bool MainWindow::loadVirtualPeripherals(const QStringList &files, QString *error)
{
    if (!m_catalog.createDemo) {
        if (error)
            *error = tr("This build has no Demo dongle.");
        return false;
    }
    QStringList absolute;
    for (const QString &f : files)
        absolute << QFileInfo(f).absoluteFilePath();
    QString why;
    // Built (and the files parsed) before the running backend is touched: a broken file
    // leaves the previous Demo dongle, its connections and its devices as they were.
    std::unique_ptr<BackendHost> host = m_catalog.createDemo(absolute, &why);
    if (!host) {
        if (error)
            *error = why;
        showStatus(tr("Virtual peripherals not loaded: %1").arg(why), 0);
        return false;
    }
    setDemoProfiles(absolute);
    closeBackend();
    adoptBackend(std::move(host), m_demoUri);
    showStatus(absolute.isEmpty() ? tr("The Demo dongle serves its built-in virtual devices.")
                                  : tr("The Demo dongle now serves the virtual peripherals of %n file(s).",
                                       nullptr, int(absolute.size())),
               0);
    return true;
}

void MainWindow::chooseVirtualPeripherals()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Load virtual peripherals"), settings.value(DemoDirKey).toString(),
        tr("Virtual peripheral profiles (*.json);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(DemoDirKey, QFileInfo(files.first()).absolutePath());
    if (!confirmRestart(tr("Load virtual peripherals")))
        return;
    QString error;
    if (!loadVirtualPeripherals(files, &error)) {
        QMessageBox::warning(this, tr("Load virtual peripherals"),
                             tr("The virtual peripherals were not loaded; the dongle in use keeps running "
                                "as it was.\n\n%1")
                                 .arg(error));
    }
}

void MainWindow::restoreBuiltInPeripherals()
{
    if (!confirmRestart(tr("Built-in virtual peripherals")))
        return;
    QString error;
    if (!loadVirtualPeripherals({}, &error))
        QMessageBox::warning(this, tr("Built-in virtual peripherals"), error);
}

bool MainWindow::confirmRestart(const QString &title)
{
    int links = 0;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<DeviceTab *>(m_tabs->widget(i));
        links += tab && tab->connection() && tab->connection()->isConnected();
    }
    if (links == 0)
        return true;
    return QMessageBox::question(this, title,
                                 tr("The Demo dongle restarts with the new devices: %n connection(s) will "
                                    "be closed. Continue?",
                                    nullptr, links))
        == QMessageBox::Yes;
}

} // namespace gattscope
