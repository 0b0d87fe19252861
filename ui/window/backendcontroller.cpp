// SPDX-License-Identifier: MIT
#include "backendcontroller.h"

#include <gattscope/core/session/whendone.h>
#include <gattscope/ui/common/operationtracker.h>
#include <gattscope/ui/common/retranslator.h>
#include <gattscope/ui/common/uiformat.h>
#include <gattscope/ui/scanner/scannermodel.h>
#include <gattscope/ui/scanner/scannerpanel.h>

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

namespace gattscope {

using UiFormat::icon;

namespace {
const QString LastBackendKey = QStringLiteral("backend/last");
const QString DemoProfilesKey = QStringLiteral("demo/profiles");

// What a catalog's error says to people: its message, else the kind and code.
QString reasonOf(const Error &error)
{
    return error.message().isEmpty() ? error.toString() : error.message();
}
} // namespace

BackendController::BackendController(BackendCatalog catalog, OperationTracker *tracker, ScannerModel *scanner,
                                     ScannerPanel *scannerPanel, QObject *parent)
    : QObject(parent)
    , m_catalog(std::move(catalog))
    , m_tracker(tracker)
    , m_scanner(scanner)
    , m_scannerPanel(scannerPanel)
    , m_refresh(new QTimer(this))
{
    m_demoProfiles = savedVirtualPeripheralFiles();
    m_refresh->setInterval(3000);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        refreshList();
        probe();
    });
}

BackendController::~BackendController()
{
    close();
}

void BackendController::setWidgets(QComboBox *picker, QLabel *status)
{
    m_picker = picker;
    m_status = status;
    connect(m_picker, &QComboBox::activated, this, [this](int index) {
        const QString uri = m_picker->itemData(index).toString();
        if (!uri.isEmpty() && uri != m_uri)
            open(uri);
    });
    m_refresh->start();
    probe();
    // The picker's entries come from the catalog, in the language of the moment; the status
    // and the scanner's empty text are made from the state: all made again after a switch.
    Retranslator::bind(m_picker, [this] {
        {
            const QSignalBlocker blocker(m_picker);
            m_picker->clear();
        }
        refreshList();
        updateStatus();
        if (m_emptyText)
            m_scannerPanel->setEmptyText(m_emptyText());
    });
}

void BackendController::showEmptyText(std::function<QString()> text)
{
    m_emptyText = std::move(text);
    m_scannerPanel->setEmptyText(m_emptyText());
}

Backend *BackendController::backend() const
{
    return m_host ? m_host->backend() : nullptr;
}

bool BackendController::isDemoUri(const QString &uri) const
{
    return !uri.isEmpty() && uri == m_demoUri;
}

bool BackendController::isUsable() const
{
    const Backend::State state = backend() ? backend()->state() : Backend::State::Closed;
    return state == Backend::State::Ready || state == Backend::State::Scanning;
}

QMessageBox *BackendController::powerQuestion() const
{
    return m_powerQuestion;
}

void BackendController::probe()
{
    if (!m_catalog.probe || m_probing)
        return;
    m_probing = true;
    whenDone(this, m_catalog.probe(), [this](const QFuture<void> &) { onProbed(); });
}

void BackendController::onProbed()
{
    m_probing = false;
    m_probedOnce = true;
    refreshList();
    if (m_awaitedLast.isEmpty())
        return;
    const QString last = std::exchange(m_awaitedLast, QString());
    if (!m_uri.isEmpty())
        return; // the user chose meanwhile
    const QList<BackendChoice> choices = m_catalog.list ? m_catalog.list() : QList<BackendChoice>();
    if (std::any_of(choices.cbegin(), choices.cend(), [&](const BackendChoice &c) { return c.uri == last; }))
        open(last);
    else
        openFallback(choices);
}

void BackendController::refreshList()
{
    if (!m_picker)
        return;
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
                say(tr("%1 plugged in: choose it in the tool bar to use it.").arg(c.label), 15000);
        }
    }
    m_hardware = hardware;
    // What the first probe finds was there at start: not "plugged in".
    m_listedOnce = !m_catalog.probe || m_probedOnce;

    if (!m_uri.isEmpty() && std::none_of(choices.cbegin(), choices.cend(), [this](const BackendChoice &c) {
            return c.uri == m_uri;
        }))
        choices.prepend(BackendChoice { m_uri, m_uri, {}, false });
    QStringList uris;
    for (const BackendChoice &c : std::as_const(choices))
        uris << c.uri;
    QStringList shown;
    for (int i = 0; i < m_picker->count(); ++i)
        shown << m_picker->itemData(i).toString();
    if (uris == shown && !shown.isEmpty()) {
        // The same entries: their texts may say something new (an adapter switched off).
        for (qsizetype i = 0; i < choices.size(); ++i) {
            const BackendChoice &c = choices.at(i);
            m_picker->setItemText(int(i), c.label);
            m_picker->setItemData(int(i), c.description.isEmpty() ? c.uri : c.description, Qt::ToolTipRole);
        }
        showCurrent(uris);
        return;
    }
    const QSignalBlocker blocker(m_picker);
    m_picker->clear();
    for (const BackendChoice &c : std::as_const(choices)) {
        m_picker->addItem(c.isDemo ? icon("demo") : icon("connect"), c.label, c.uri);
        m_picker->setItemData(m_picker->count() - 1, c.description.isEmpty() ? c.uri : c.description,
                              Qt::ToolTipRole);
    }
    if (choices.isEmpty())
        m_picker->addItem(tr("No dongle found"));
    showCurrent(uris);
}

void BackendController::showCurrent(const QStringList &uris)
{
    // Nothing open: the placeholder, not the first entry, which would read as "in use".
    const QSignalBlocker blocker(m_picker);
    m_picker->setCurrentIndex(m_uri.isEmpty() ? (uris.isEmpty() ? 0 : -1) : int(uris.indexOf(m_uri)));
}

QStringList BackendController::savedVirtualPeripheralFiles()
{
    return QSettings().value(DemoProfilesKey).toStringList();
}

Status BackendController::openInitial(const QString &uri)
{
    if (!uri.isEmpty())
        return open(uri, Scope::ThisRun);
    const QList<BackendChoice> choices = m_catalog.list ? m_catalog.list() : QList<BackendChoice>();
    const QString last = QSettings().value(LastBackendKey).toString();
    for (const BackendChoice &c : choices) {
        if (!last.isEmpty() && c.uri == last)
            return open(last);
    }
    if (!last.isEmpty() && m_catalog.probe && !m_probedOnce) {
        // It may be one the catalog finds only in the background (a system Bluetooth
        // adapter): choose when the probe answered, without holding up the start.
        m_awaitedLast = last;
        say(tr("Looking for %1…").arg(last), 0);
        showEmptyText([last] { return tr("Looking for %1…").arg(last); });
        probe();
        return success();
    }
    return openFallback(choices);
}

Status BackendController::openFallback(const QList<BackendChoice> &choices)
{
    QList<BackendChoice> hardware;
    const BackendChoice *demo = nullptr;
    for (const BackendChoice &c : choices) {
        if (c.isDemo)
            demo = &c;
        else
            hardware << c;
    }
    if (hardware.size() == 1)
        return open(hardware.first().uri);
    if (hardware.isEmpty() && demo) {
        const Status opened = open(demo->uri);
        if (!opened.ok())
            return opened;
        say(tr("No Bluetooth dongle found: using the Demo dongle, a virtual BLED112 with virtual devices. "
               "Plug in a BLED112 and pick it in the tool bar."),
            0);
        return opened;
    }
    if (hardware.isEmpty()) {
        showEmptyText(
            [] { return tr("No dongle found. Plug in a BLED112 or start gattscope with --demo."); });
        say(tr("No dongle found."), 0);
        return Error(Error::Kind::NotFound, tr("No dongle found."));
    }
    say(tr("Choose a dongle in the tool bar."), 0);
    return Error(Error::Kind::NotFound, tr("Several dongles were found; choose one in the tool bar."));
}

Status BackendController::open(const QString &uri, Scope scope)
{
    m_awaitedLast.clear(); // a choice made: start-up no longer waits to make one
    Result<std::unique_ptr<BackendHost>> host
        = Error(Error::Kind::NotSupported, tr("no backend for this URI"));
    QString fallback;
    if (isDemoUri(uri) && !m_demoProfiles.isEmpty() && m_catalog.createDemo) {
        host = m_catalog.createDemo(m_demoProfiles);
        if (!host.ok()) {
            // The user's files went away or broke since they were loaded: serve the
            // built-in set rather than nothing, and say so.
            fallback = tr("Your virtual peripherals could not be loaded (%1); the Demo dongle serves its "
                          "built-in devices.")
                           .arg(reasonOf(host.error()));
            setDemoProfiles({}, m_demoProfilesScope);
        }
    }
    if (!host.ok() && m_catalog.create)
        host = m_catalog.create(uri);
    if (!host.ok()) {
        // The backend in use (if any) keeps running: a typo must not cost the session.
        const QString reason = reasonOf(host.error());
        say(tr("Cannot open %1: %2").arg(uri, reason), 0);
        if (!backend())
            showEmptyText([uri] { return tr("Could not open %1. Choose another dongle.").arg(uri); });
        updateStatus();
        Q_EMIT openFailed(uri, reason);
        return Error(host.error().kind(), tr("Cannot open %1: %2").arg(uri, reason), host.error().code());
    }
    close();
    adopt(std::move(host.value()), uri, scope);
    if (!fallback.isEmpty())
        say(fallback, 0);
    return success();
}

void BackendController::adopt(std::unique_ptr<BackendHost> host, const QString &uri, Scope scope)
{
    m_host = std::move(host);
    m_uri = uri;
    m_scanner->clear(); // devices another radio heard are not reachable through this one
    if (scope == Scope::Saved)
        QSettings().setValue(LastBackendKey, uri);
    Backend *b = m_host->backend();
    connect(b, &Backend::advertisementsReceived, m_scanner, &ScannerModel::addAdvertisements);
    connect(b, &Backend::stateChanged, this, [this] {
        const Backend::State state = backend() ? backend()->state() : Backend::State::Closed;
        if (m_errorShown && (state == Backend::State::Ready || state == Backend::State::Scanning)) {
            // Recovered: the error no longer describes the dongle (the log keeps it).
            m_errorShown = false;
            say(tr("The dongle is back."));
        }
        Q_EMIT scanningChanged(state == Backend::State::Scanning);
        updateStatus();
    });
    connect(b, &Backend::infoChanged, this, [this, b](const Backend::Info &info) {
        if (b != backend())
            return;
        if (info.powered) {
            if (m_powerQuestion)
                m_powerQuestion->reject(); // switched on meanwhile, here or elsewhere
            if (std::exchange(m_scanWhenOn, false))
                setScanning(true);
        }
        updateStatus();
    });
    connect(b, &Backend::errorOccurred, this, [this, b](const Error &e) {
        say(tr("Dongle error: %1").arg(e.toString()), 0);
        m_errorShown = true;
        Q_EMIT errorOccurred(e);
        if (e.kind() == Error::Kind::PoweredOff && b == backend())
            offerToSwitchOn();
    });
    showEmptyText([uri] { return tr("Opening %1…").arg(uri); });
    QFuture<Status> opening = b->open();
    m_tracker->track(tr("Opening %1").arg(uri), opening);
    whenDone(this, opening, [this, b, uri](const QFuture<Status> &f) {
        if (b != backend() || f.isCanceled())
            return; // superseded by another backend, or the user cancelled
        const Status &status = f.result();
        if (!status.ok()) {
            say(tr("Could not open the dongle: %1").arg(status.error().toString()), 0);
            showEmptyText(
                [why = status.error().toString()] { return tr("The dongle did not open: %1").arg(why); });
            Q_EMIT openFailed(uri, status.error().toString());
            return;
        }
        if (!b->info().powered) {
            showEmptyText([] { return tr("The adapter is switched off. Switch it on to scan."); });
            offerToSwitchOn();
            return;
        }
        showEmptyText([] { return tr("No devices yet. Press F5 to scan."); });
        setScanning(true);
    });
    refreshList();
    updateStatus();
    Q_EMIT opened();
}

void BackendController::close()
{
    if (!m_host)
        return;
    Q_EMIT aboutToClose(); // views drop the backend's connections first
    m_host.reset();
    m_uri.clear();
    m_errorShown = false;
    m_scanWhenOn = false;
    if (m_powerQuestion)
        m_powerQuestion->reject();
    refreshList();
    Q_EMIT scanningChanged(false);
    updateStatus();
}

void BackendController::updateStatus()
{
    if (m_status) {
        Backend *b = backend();
        if (!b) {
            m_status->setText(tr("No dongle"));
            m_status->setToolTip({});
        } else {
            const Backend::Info info = b->info();
            QString name = info.name.isEmpty() ? m_uri : info.name;
            const bool ownFiles = isDemoUri(m_uri) && !m_demoProfiles.isEmpty();
            if (ownFiles)
                name = tr("%1 (your virtual peripherals)").arg(name);
            m_status->setText(info.powered ? tr("%1 · %2").arg(name, backendStateName(b->state()))
                                           : tr("%1 · switched off").arg(name));
            QString tip = info.description;
            if (ownFiles)
                tip += u'\n' + tr("Serving: %1").arg(m_demoProfiles.join(QStringLiteral(", ")));
            m_status->setToolTip(tip.trimmed());
            if (b->state() == Backend::State::Scanning)
                showEmptyText([] { return tr("Scanning… no devices heard yet."); });
        }
    }
    Q_EMIT stateChanged();
}

void BackendController::setScanning(bool on)
{
    Backend *b = backend();
    if (!b) {
        Q_EMIT scanningChanged(false);
        say(tr("Choose a dongle first."));
        return;
    }
    QFuture<Status> future = on ? b->startScan() : b->stopScan();
    whenDone(this, future, [this, b, on](const QFuture<Status> &f) {
        if (b != backend() || f.isCanceled())
            return;
        const Status &status = f.result();
        if (!status.ok()) {
            say((on ? tr("Could not start scanning: %1") : tr("Could not stop scanning: %1"))
                    .arg(status.error().toString()),
                0);
            if (on && status.error().kind() == Error::Kind::PoweredOff)
                offerToSwitchOn();
        }
        Q_EMIT scanningChanged(b->state() == Backend::State::Scanning);
    });
}

void BackendController::offerToSwitchOn()
{
    Backend *b = backend();
    if (!b || m_powerQuestion)
        return;
    const Backend::Info info = b->info();
    if (info.powered || !info.capabilities.testFlag(Backend::Capability::PowerControl))
        return;
    const QString name = info.name.isEmpty() ? m_uri : info.name;
    // Not modal: the window stays usable (another radio can be picked) while it is asked.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Bluetooth adapter switched off"),
                                tr("The Bluetooth adapter %1 is switched off.").arg(name),
                                QMessageBox::NoButton, m_picker ? m_picker->window() : nullptr);
    box->setObjectName(QStringLiteral("powerQuestion"));
    box->setInformativeText(tr("Switch it on to scan and connect?"));
    QPushButton *on = box->addButton(tr("Switch On"), QMessageBox::AcceptRole);
    box->addButton(tr("Not Now"), QMessageBox::RejectRole);
    box->setDefaultButton(on);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    connect(box, &QMessageBox::buttonClicked, this, [this, b, on](QAbstractButton *clicked) {
        if (clicked == on && b == backend())
            switchOn();
    });
    m_powerQuestion = box;
    box->show();
}

void BackendController::switchOn()
{
    Backend *b = backend();
    if (!b)
        return;
    QFuture<Status> switching = b->setPowered(true);
    m_tracker->track(tr("Switching %1 on").arg(m_uri), switching);
    whenDone(this, switching, [this, b](const QFuture<Status> &f) {
        if (b != backend() || f.isCanceled())
            return;
        const Status &status = f.result();
        if (!status.ok()) {
            say(tr("Could not switch the adapter on: %1").arg(status.error().toString()), 0);
            Q_EMIT errorOccurred(status.error());
            return;
        }
        say(tr("The adapter is switched on."));
        // The backend may hear of it after this answer: scan once its info says so.
        if (b->info().powered)
            setScanning(true);
        else
            m_scanWhenOn = true;
    });
}

void BackendController::setDemoProfiles(const QStringList &files, Scope scope)
{
    m_demoProfiles = files;
    m_demoProfilesScope = scope;
    if (scope == Scope::Saved)
        QSettings().setValue(DemoProfilesKey, files);
    Q_EMIT stateChanged();
}

Status BackendController::loadVirtualPeripherals(const QStringList &files, Scope scope)
{
    if (!m_catalog.createDemo)
        return Error(Error::Kind::NotSupported, tr("This build has no Demo dongle."));
    QStringList absolute;
    for (const QString &f : files)
        absolute << QFileInfo(f).absoluteFilePath();
    // Built (and the files parsed) before the running backend is touched: a broken file
    // leaves the previous Demo dongle, its connections and its devices as they were.
    Result<std::unique_ptr<BackendHost>> host = m_catalog.createDemo(absolute);
    if (!host.ok()) {
        const QString why = reasonOf(host.error());
        say(tr("Virtual peripherals not loaded: %1").arg(why), 0);
        return Error(host.error().kind(), why, host.error().code());
    }
    setDemoProfiles(absolute, scope);
    close();
    adopt(std::move(host.value()), m_demoUri, scope);
    say(absolute.isEmpty() ? tr("The Demo dongle serves its built-in virtual devices.")
                           : tr("The Demo dongle now serves the virtual peripherals of %n file(s).", nullptr,
                                int(absolute.size())),
        0);
    return success();
}

} // namespace gattscope
