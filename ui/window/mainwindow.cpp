// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "backendcontroller.h"
#include "bondsdialog.h"
#include "filescontroller.h"
#include "plotcontroller.h"
#include "preferencesdialog.h"
#include "rssiplotwindow.h"

#include <gattscope/core/backend/backend.h>
#include <gattscope/core/series/notificationhub.h>
#include <gattscope/core/series/notificationinlet.h>
#include <gattscope/core/session/devicesession.h>
#include <gattscope/core/session/whendone.h>
#include <gattscope/ui/common/aboutdialog.h>
#include <gattscope/ui/common/languagemenu.h>
#include <gattscope/ui/common/operationtracker.h>
#include <gattscope/ui/common/retranslator.h>
#include <gattscope/ui/common/uiformat.h>
#include <gattscope/ui/log/trafficlogmodel.h>
#include <gattscope/ui/log/trafficlogpanel.h>
#include <gattscope/ui/plot/plotpanel.h>
#include <gattscope/ui/scanner/scannermodel.h>
#include <gattscope/ui/scanner/scannerpanel.h>

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTableWidget>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace gattscope {

using UiFormat::icon;

MainWindow::MainWindow(BackendCatalog catalog, QWidget *parent)
    : QMainWindow(parent)
    , m_tracker(new OperationTracker(this))
    , m_scannerModel(new ScannerModel(this))
    , m_logModel(new TrafficLogModel(this))
    , m_hub(new NotificationHub(this))
{
    setWindowIcon(icon("gattscope"));
    setObjectName(QStringLiteral("MainWindow"));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("deviceTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeDeviceTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    m_tabs->tabBar()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tabs->tabBar(), &QWidget::customContextMenuRequested, this, &MainWindow::showTabMenu);
    auto *empty = new QLabel(this);
    Retranslator::bind(this, [this, empty] {
        setWindowTitle(tr("gattscope"));
        empty->setText(tr("Connect to a device to browse its services.\n\n"
                          "Double-click a device in the scanner, or select it and press Ctrl+Return."));
    });
    empty->setAlignment(Qt::AlignCenter);
    empty->setEnabled(false);
    m_central = new QStackedWidget(this);
    m_central->addWidget(empty);
    m_central->addWidget(m_tabs);
    // Docks cannot squeeze the GATT tree and its editor to a few rows (a restored layout of
    // a larger screen, a dock dragged too far).
    m_central->setMinimumSize(400, 380);
    setCentralWidget(m_central);

    // Notifications reach the window's consumers (log, tree, plots, statistics) at most 50
    // times a second, however fast they come: a 100 Hz sensor then wakes this thread half as
    // often, and 20 ms is below what a person sees.
    m_hub->inlet()->setPacing(std::chrono::milliseconds(20));
    // The log reads the hub like every other consumer; a notification's row is named and
    // decoded by its device's session.
    m_logModel->setHub(m_hub, [this](const StreamKey &key, const NotificationSample &sample) {
        if (const DeviceTab *tab = deviceTab(key.device))
            return tab->session()->notificationEntry(key.handle, sample);
        return TrafficEntry::notification(key.device.toString(), key.handle, {}, sample, nullptr);
    });
    // Known rows repaint and re-sort four times a second, not with every advert.
    m_scannerModel->setChangeInterval(std::chrono::milliseconds(250));
    m_scannerPanel = new ScannerPanel(m_scannerModel, this);
    m_backends = new BackendController(std::move(catalog), m_tracker, m_scannerModel, m_scannerPanel, this);
    m_files = new FilesController(this, m_backends, m_scannerModel, m_tabs, this);
    m_plots = new PlotController(
        this, m_hub, [this](const DeviceAddress &a) { return deviceTab(a); }, this);
    connect(m_backends, &BackendController::statusMessage, this, &MainWindow::showStatus);
    connect(m_files, &FilesController::statusMessage, this, &MainWindow::showStatus);
    connect(m_plots, &PlotController::statusMessage, this, &MainWindow::showStatus);
    connect(m_backends, &BackendController::aboutToClose, this, &MainWindow::closeAllTabs);
    connect(m_backends, &BackendController::openFailed, this, &MainWindow::backendOpenFailed);
    connect(m_backends, &BackendController::stateChanged, this, &MainWindow::updateActions);
    connect(m_backends, &BackendController::errorOccurred, this, [this](const Error &e) {
        recordTraffic(TrafficEntry::note({}, tr("Dongle error"), e.toString()));
    });

    createActions();
    createToolBar();
    createDocks();
    createStatusBar();
    resize(1280, 820);
    m_defaultState = saveState();
    restoreLayout();
    applyPreferences();
    m_backends->setWidgets(m_backendCombo, m_backendLabel);
    connect(m_backends, &BackendController::scanningChanged, m_scanAction, &QAction::setChecked);
    updateActions();
}

MainWindow::~MainWindow()
{
    closeBackend();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(QString());
    m_loadProfilesAction
        = file->addAction(icon("demo"), QString(), m_files, &FilesController::chooseVirtualPeripherals);
    m_builtInProfilesAction
        = file->addAction(QString(), m_files, &FilesController::restoreBuiltInPeripherals);
    file->addSeparator();
    m_saveProfileAction = file->addAction(icon("save"), QString(), this,
                                          [this] { m_files->saveAsVirtualPeripheral(currentDeviceTab()); });
    QAction *saveLog = file->addAction(QString(), this, [this] { m_logPanel->saveAs(); });
    QAction *saveBtsnoop = file->addAction(QString(), this, [this] { m_logPanel->saveAsBtsnoop(); });
    file->addSeparator();
    QAction *preferences = file->addAction(QString(), this, &MainWindow::showPreferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction *quit = file->addAction(QString(), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *device = menuBar()->addMenu(QString());
    m_scanAction = device->addAction(icon("scan"), QString());
    m_scanAction->setObjectName(QStringLiteral("scanAction"));
    m_scanAction->setCheckable(true);
    m_scanAction->setShortcut(Qt::Key_F5);
    connect(m_scanAction, &QAction::triggered, this, &MainWindow::setScanning);
    QAction *clear = device->addAction(icon("clear"), QString(), m_scannerModel, &ScannerModel::clear);
    device->addSeparator();
    m_connectAction = device->addAction(icon("connect"), QString());
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_disconnectAction = device->addAction(icon("disconnect"), QString());
    m_disconnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_disconnectAction, &QAction::triggered, this, [this] {
        if (DeviceTab *tab = currentDeviceTab())
            tab->disconnectFromDevice();
    });
    device->addSeparator();
    m_readAction = device->addAction(icon("read"), QString());
    m_readAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_readAction, &QAction::triggered, this, [this] {
        if (DeviceTab *tab = currentDeviceTab())
            tab->readSelected();
    });
    m_writeAction = device->addAction(icon("write"), QString());
    m_writeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(m_writeAction, &QAction::triggered, this, [this] {
        if (DeviceTab *tab = currentDeviceTab())
            tab->writeSelected();
    });
    m_subscribeAction = device->addAction(icon("subscribe"), QString());
    m_subscribeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_subscribeAction, &QAction::triggered, this, [this] {
        if (DeviceTab *tab = currentDeviceTab(); tab && tab->subscribeAction()->isEnabled())
            tab->subscribeAction()->trigger();
    });
    device->addSeparator();
    m_pairAction = device->addAction(QString());
    m_pairAction->setObjectName(QStringLiteral("pairDevice"));
    connect(m_pairAction, &QAction::triggered, this, [this] {
        if (DeviceTab *tab = currentDeviceTab())
            tab->pair();
    });
    m_bondsAction = device->addAction(QString(), this, &MainWindow::showBonds);
    m_bondsAction->setObjectName(QStringLiteral("showBonds"));
    device->addSeparator();
    m_plots->createActions(device);
    device->addSeparator();
    QAction *cancel = device->addAction(QString(), m_tracker, &OperationTracker::cancelAll);
    cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));

    m_viewMenu = menuBar()->addMenu(QString());

    QMenu *help = menuBar()->addMenu(QString());
    m_shortcutsAction = help->addAction(QString(), this, &MainWindow::showShortcuts);
    m_shortcutsAction->setObjectName(QStringLiteral("keyboardShortcuts"));
    help->addSeparator();
    QAction *about = help->addAction(QString(), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    QAction *aboutQt = help->addAction(QString(), qApp, &QApplication::aboutQt);

    Retranslator::bind(this, [=, this] {
        file->setTitle(tr("&File"));
        m_loadProfilesAction->setText(tr("Load &virtual peripherals…"));
        m_loadProfilesAction->setToolTip(
            tr("Serve your own virtual devices (profile JSON files) on the Demo dongle"));
        m_builtInProfilesAction->setText(tr("Use &built-in virtual peripherals"));
        m_saveProfileAction->setText(tr("Save device as virtual &peripheral…"));
        m_saveProfileAction->setToolTip(tr("Write the current device's services and values as a profile file "
                                           "that the Demo dongle and gattscope-sim can serve"));
        saveLog->setText(tr("Save traffic &log…"));
        saveBtsnoop->setText(tr("Save traffic log as bt&snoop…"));
        preferences->setText(tr("P&references…"));
        quit->setText(tr("&Quit"));

        device->setTitle(tr("&Device"));
        m_scanAction->setText(tr("&Scan"));
        m_scanAction->setToolTip(tr("Start or stop scanning (F5)"));
        clear->setText(tr("C&lear device list"));
        m_connectAction->setText(tr("&Connect"));
        updateConnectAction();
        m_disconnectAction->setText(tr("&Disconnect"));
        m_disconnectAction->setToolTip(tr("Disconnect the device of the current tab (Ctrl+D)"));
        m_readAction->setText(tr("&Read"));
        m_writeAction->setText(tr("&Write"));
        updateReadWriteActions(); // their tooltips
        m_subscribeAction->setText(tr("Toggle s&ubscription"));
        m_subscribeAction->setToolTip(
            tr("Enable or disable notifications of the selected characteristic (Ctrl+Shift+N)"));
        cancel->setText(tr("Ca&ncel operations"));
        m_pairAction->setText(tr("P&air…"));
        m_pairAction->setToolTip(tr("Pair with the device of the current tab and keep the bond"));
        m_bondsAction->setText(tr("&Bonds…"));
        m_bondsAction->setToolTip(tr("List and remove the bonds the radio holds"));

        m_viewMenu->setTitle(tr("&View"));
        help->setTitle(tr("&Help"));
        m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
        about->setText(tr("&About gattscope"));
        aboutQt->setText(tr("About &Qt"));
    });
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(QString());
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));
    auto *dongle = new QLabel(bar);
    bar->addWidget(dongle);
    m_backendCombo = new QComboBox(bar);
    m_backendCombo->setObjectName(QStringLiteral("backendCombo"));
    m_backendCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_backendCombo->setMinimumContentsLength(18);
    Retranslator::bind(this, [this, bar, dongle] {
        bar->setWindowTitle(tr("Main"));
        dongle->setText(tr(" Dongle: "));
        m_backendCombo->setPlaceholderText(tr("Choose a dongle"));
        m_backendCombo->setToolTip(
            tr("The radio to use: a BLED112 dongle, a Bluetooth adapter, or the Demo dongle"));
    });
    bar->addWidget(m_backendCombo);
    bar->addSeparator();
    bar->addAction(m_scanAction);
    bar->addAction(m_connectAction);
    bar->addAction(m_disconnectAction);
    bar->addSeparator();
    bar->addAction(m_readAction);
    bar->addAction(m_writeAction);
    bar->addAction(m_subscribeAction);
    bar->addAction(m_plots->plotAction());
}

void MainWindow::createDocks()
{
    connect(m_connectAction, &QAction::triggered, m_scannerPanel->connectAction(), &QAction::trigger);
    connect(m_scannerPanel, &ScannerPanel::connectRequested, this, &MainWindow::connectToDevice);
    connect(m_scannerPanel->connectAction(), &QAction::changed, this, &MainWindow::updateConnectAction);
    connect(m_scannerPanel, &ScannerPanel::statusMessage, this,
            [this](const QString &text) { showStatus(text); });
    connect(m_scannerPanel, &ScannerPanel::rssiPlotRequested, this, &MainWindow::showRssiPlot);
    m_scannerDock = new QDockWidget(this);
    m_scannerDock->setObjectName(QStringLiteral("scannerDock"));
    m_scannerDock->setWidget(m_scannerPanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_scannerDock);

    m_logPanel = new TrafficLogPanel(m_logModel, this);
    m_logDock = new QDockWidget(this);
    m_logDock->setObjectName(QStringLiteral("logDock"));
    m_logDock->setWidget(m_logPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    Retranslator::bind(this, [this] {
        m_scannerDock->setWindowTitle(tr("Scanner"));
        m_logDock->setWindowTitle(tr("Traffic log"));
    });

    addDockWidget(Qt::BottomDockWidgetArea, m_plots->dock());
    tabifyDockWidget(m_logDock, m_plots->dock());
    m_logDock->raise();

    for (QDockWidget *dock : { m_scannerDock, m_logDock, m_plots->dock() })
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_resetLayoutAction = m_viewMenu->addAction(QString(), this, &MainWindow::resetLayout);
    m_resetLayoutAction->setObjectName(QStringLiteral("resetLayout"));
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(new LanguageMenu(this));
    Retranslator::bind(this, [this] {
        m_resetLayoutAction->setText(tr("&Reset layout"));
        m_resetLayoutAction->setToolTip(
            tr("Put the docks, the GATT tree, the editor and the plots back where and as large as they "
               "were on the first start"));
    });
    applyDefaultDockSizes();
}

void MainWindow::applyDefaultDockSizes()
{
    // Wide enough for the scanner's name, address, RSSI, last-seen and connectable columns.
    resizeDocks({ m_scannerDock }, { std::clamp(m_scannerPanel->preferredWidth(), 420, 600) },
                Qt::Horizontal);
    resizeDocks({ m_logDock }, { 230 }, Qt::Vertical);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState);
    for (QDockWidget *dock : { m_scannerDock, m_logDock, m_plots->dock() }) {
        dock->setFloating(false);
        dock->show();
    }
    for (QToolBar *bar : findChildren<QToolBar *>(QString(), Qt::FindDirectChildrenOnly))
        bar->show();
    m_logDock->raise();
    applyDefaultDockSizes();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<DeviceTab *>(m_tabs->widget(i)))
            tab->resetLayout();
    }
    m_plots->panel()->resetLayout();
    showStatus(tr("Layout reset."));
}

void MainWindow::createStatusBar()
{
    m_backendLabel = new QLabel(this);
    m_backendLabel->setObjectName(QStringLiteral("backendStatus"));
    statusBar()->addPermanentWidget(m_backendLabel);

    // What the hub keeps, and what it could not: never silent.
    m_hubLabel = new QLabel(this);
    m_hubLabel->setObjectName(QStringLiteral("hubStatus"));
    statusBar()->addPermanentWidget(m_hubLabel);
    connect(m_hub, &NotificationHub::lossChanged, this, &MainWindow::updateHubStatus);
    Retranslator::bind(this, [this] { updateHubStatus(); });

    m_busy = new QWidget(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    auto *layout = new QHBoxLayout(m_busy);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QProgressBar(m_busy);
    bar->setRange(0, 0); // indeterminate, unless the operation counts its steps
    bar->setMaximumSize(70, 12);
    bar->setTextVisible(false);
    m_busyLabel = new QLabel(m_busy);
    auto *cancel = new QToolButton(m_busy);
    cancel->setObjectName(QStringLiteral("cancelOperations"));
    cancel->setAutoRaise(true);
    Retranslator::bind(this, [cancel] {
        cancel->setText(tr("Cancel"));
        cancel->setToolTip(tr("Cancel the running operations (Ctrl+.)"));
    });
    connect(cancel, &QToolButton::clicked, m_tracker, &OperationTracker::cancelAll);
    layout->addWidget(m_busyLabel);
    layout->addWidget(bar);
    layout->addWidget(cancel);
    statusBar()->addPermanentWidget(m_busy);
    m_busy->hide();
    connect(m_tracker, &OperationTracker::changed, this, [this, bar] {
        m_busy->setVisible(m_tracker->isBusy());
        // Steps counted when the operation says how many (reading every value).
        const OperationTracker::Progress progress = m_tracker->currentProgress();
        QString label = m_tracker->currentLabel();
        if (progress.maximum > 0)
            label = tr("%1 (%2 of %3)").arg(label).arg(progress.value).arg(progress.maximum);
        bar->setRange(0, progress.maximum);
        bar->setValue(progress.value);
        m_busyLabel->setText(
            m_tracker->count() > 1 ? tr("%1 (+%2 more)").arg(label).arg(m_tracker->count() - 1) : label);
    });
    statusBar()->showMessage(tr("Ready"));
}

QList<QPair<QString, QString>> MainWindow::shortcutList() const
{
    // From the actions themselves: whatever gets a shortcut is listed, in its current
    // language and with the platform's key names.
    QList<QPair<QString, QString>> rows;
    for (const QAction *action : findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        QString text = action->text();
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")))
            .replace(QStringLiteral("&&"), QStringLiteral("&"));
        text.remove(QChar(0x2026)); // "…"
        const QPair<QString, QString> row(text.trimmed(), keys.join(QStringLiteral(", ")));
        if (!rows.contains(row))
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    return rows;
}

void MainWindow::showShortcuts()
{
    const QList<QPair<QString, QString>> rows = shortcutList();
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("shortcutsDialog"));
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *table = new QTableWidget(int(rows.size()), 2, &dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({ tr("Action"), tr("Shortcut") });
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int r = 0; r < int(rows.size()); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        table->setItem(r, 1, new QTableWidgetItem(rows[r].second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(table);
    auto *note = new QLabel(tr("In the GATT tree, F2 renames a vendor characteristic."), &dialog);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(480, 420);
    dialog.exec();
}

void MainWindow::updateHubStatus()
{
    const quint64 lost = m_hub->droppedCount() + m_hub->evictedCount();
    m_hubLabel->setVisible(lost > 0);
    if (lost == 0)
        return;
    const QLocale locale;
    m_hubLabel->setText(
        tr("Notifications: %1 dropped, %2 evicted")
            .arg(locale.toString(m_hub->droppedCount()), locale.toString(m_hub->evictedCount())));
    m_hubLabel->setToolTip(
        tr("Dropped: values the program could not take in while it was busy (gaps in the plots and the "
           "recording). Evicted: the oldest values, forgotten to stay within the notification memory of %1 "
           "MB "
           "(File → Preferences).")
            .arg(m_hub->memoryBudget() / (1024 * 1024)));
    UiFormat::setErrorStyle(m_hubLabel, m_hub->droppedCount() > 0);
}

QString MainWindow::layoutSettingsGroup() const
{
    const QScreen *s = screen() ? screen() : QGuiApplication::primaryScreen();
    const QSize size = s ? s->availableSize() : QSize();
    return QStringLiteral("window/%1x%2").arg(size.width()).arg(size.height());
}

void MainWindow::restoreLayout()
{
    // Only a layout saved for this screen size: one made on a larger screen would give the
    // docks more than this one has, and the GATT tree a few rows.
    QSettings settings;
    settings.beginGroup(layoutSettingsGroup());
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
}

void MainWindow::applyPreferences()
{
    const Preferences p = Preferences::load();
    m_hub->setMemoryBudget(p.memoryBudgetBytes());
    m_logModel->setCapacity(p.logCapacity);
    m_scannerModel->setCapacity(p.scannerCapacity);
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<DeviceTab *>(m_tabs->widget(i)))
            tab->setReadValuesAfterDiscovery(p.readValuesAfterDiscovery);
    }
    updateHubStatus();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(Preferences::load(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.preferences().save();
    applyPreferences();
}

bool MainWindow::confirmQuit()
{
    int live = 0;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (const auto *tab = qobject_cast<DeviceTab *>(m_tabs->widget(i));
            tab && tab->session()->isConnected())
            ++live;
    }
    const bool unsaved = m_plots->panel()->hasUnsavedData();
    if (live == 0 && !unsaved)
        return true;
    QStringList reasons;
    if (live > 0)
        reasons << tr("%n device(s) still connected: quitting disconnects them.", nullptr, live);
    if (unsaved)
        reasons << tr("The plotted data was not exported: quitting discards it (Plots dock → Export → CSV).");
    QMessageBox box(QMessageBox::Question, tr("Quit gattscope"), tr("Quit gattscope?"), QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("quitQuestion"));
    box.setInformativeText(reasons.join(u'\n'));
    QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::AcceptRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(quit);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == quit;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmQuit()) {
        event->ignore();
        return;
    }
    if (m_layoutSaved) {
        QSettings settings;
        settings.beginGroup(layoutSettingsGroup());
        settings.setValue(QStringLiteral("geometry"), saveGeometry());
        settings.setValue(QStringLiteral("state"), saveState());
    }
    event->accept();
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::recordTraffic(const TrafficEntry &entry)
{
    m_logModel->append(entry);
}

// --- the backend

Status MainWindow::openBackend(const QString &uri)
{
    return m_backends->open(uri);
}

Status MainWindow::openInitialBackend(const QString &uri)
{
    return m_backends->openInitial(uri);
}

void MainWindow::closeBackend()
{
    m_backends->close();
}

Backend *MainWindow::backend() const
{
    return m_backends->backend();
}

QString MainWindow::backendUri() const
{
    return m_backends->uri();
}

void MainWindow::refreshBackendList()
{
    m_backends->refreshList();
}

void MainWindow::setScanning(bool on)
{
    m_backends->setScanning(on);
}

Status MainWindow::loadVirtualPeripherals(const QStringList &files, BackendController::Scope scope)
{
    return m_backends->loadVirtualPeripherals(files, scope);
}

QStringList MainWindow::virtualPeripheralFiles() const
{
    return m_backends->virtualPeripheralFiles();
}

Result<FilesController::SavedProfile> MainWindow::saveVirtualPeripheral(DeviceTab *tab,
                                                                        const QString &fileName)
{
    return m_files->saveVirtualPeripheral(tab, fileName);
}

// --- plots

QDockWidget *MainWindow::plotDock() const
{
    return m_plots->dock();
}

PlotPanel *MainWindow::plotPanel() const
{
    return m_plots->panel();
}

QAction *MainWindow::plotAction() const
{
    return m_plots->plotAction();
}

QAction *MainWindow::plotPollingAction() const
{
    return m_plots->plotPollingAction();
}

PlotSetupDialog *MainWindow::plotSetupDialog() const
{
    return m_plots->setupDialog();
}

void MainWindow::requestPlot(DeviceTab *tab, quint16 valueHandle, DeviceTab::PlotSource source)
{
    m_plots->request(tab, valueHandle, source);
}

Result<int> MainWindow::plotCharacteristic(DeviceTab *tab, quint16 valueHandle, DeviceTab::PlotSource source,
                                           const FieldLayout &layout, std::chrono::milliseconds interval)
{
    return m_plots->plot(tab, valueHandle, source, layout, interval);
}

// --- devices

DeviceTab *MainWindow::deviceTab(const DeviceAddress &address) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<DeviceTab *>(m_tabs->widget(i));
        if (tab && tab->address() == address)
            return tab;
    }
    return nullptr;
}

DeviceTab *MainWindow::currentDeviceTab() const
{
    return qobject_cast<DeviceTab *>(m_tabs->currentWidget());
}

void MainWindow::connectToDevice(const DeviceAddress &address)
{
    DeviceTab *existing = deviceTab(address);
    if (Connection *c = existing ? existing->connection() : nullptr) {
        if (c->state() == Connection::State::Disconnecting
            || (existing->isDisconnecting() && c->state() != Connection::State::Disconnected)) {
            // Connect pressed while the old link is still closing (or its Disconnect has not
            // reached the backend's thread yet): connect once it is down, rather than
            // ignoring the press.
            m_tabs->setCurrentWidget(existing);
            const QMetaObject::Connection later = QObject::connect(
                c, &Connection::disconnected, this, [this, address] { connectToDevice(address); },
                static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
            if (c->state() != Connection::State::Disconnected) // else it went down meanwhile
                return;
            QObject::disconnect(later);
        } else if (c->state() != Connection::State::Disconnected) {
            m_tabs->setCurrentWidget(existing);
            return;
        }
    }
    Backend *b = backend();
    if (!b) {
        showStatus(tr("Choose a dongle first."));
        return;
    }
    QPointer<Backend> guard(b);
    const int op = m_tracker->start(tr("Connecting to %1").arg(address.toString()), [guard, address] {
        if (guard)
            guard->cancelConnect(address);
    });
    showStatus(tr("Connecting to %1…").arg(address.toString()));
    whenDone(
        this, b->connectToDevice(address), [this, b, address, op](const QFuture<Result<Connection *>> &f) {
            m_tracker->finish(op);
            if (b != backend())
                return; // the backend was closed meanwhile; its connections are gone
            const Result<Connection *> result
                = f.isCanceled() ? Result<Connection *>(Error(Error::Kind::Cancelled)) : f.result();
            if (!result.ok()) {
                const bool cancelled = result.error().kind() == Error::Kind::Cancelled;
                showStatus(cancelled ? tr("Connecting to %1 cancelled.").arg(address.toString())
                                     : tr("Could not connect to %1: %2")
                                           .arg(address.toString(), result.error().toString()),
                           cancelled ? 8000 : 0);
                recordTraffic(TrafficEntry::note(address.toString(),
                                                 cancelled ? tr("Connect cancelled") : tr("Connect failed"),
                                                 cancelled ? QString() : result.error().toString()));
                Q_EMIT connectFailed(address, result.error());
                return;
            }
            DeviceTab *tab = addDeviceTab(result.value());
            m_tabs->setCurrentWidget(tab);
            showStatus(tr("Connected to %1.").arg(tab->title()));
        });
}

DeviceTab *MainWindow::addDeviceTab(Connection *connection)
{
    if (DeviceTab *tab = deviceTab(connection->address())) {
        tab->setConnection(connection);
        return tab;
    }
    const int row = m_scannerModel->rowOf(connection->address());
    const QString name = row >= 0 ? m_scannerModel->device(row)->name : QString();
    auto *session = new DeviceSession(connection, m_hub, name);
    connect(session, &DeviceSession::trafficRecorded, m_logModel, &TrafficLogModel::append);
    // The log names the device next to its address.
    m_logModel->setDeviceName(connection->address().toString(), name);
    // A disconnect shows in the plots of the device, at the time the log gives it.
    connect(session, &DeviceSession::trafficRecorded, this, [this, session](const TrafficEntry &entry) {
        if (entry.event == TrafficEntry::Event::Disconnected)
            m_plots->markDisconnected(session->address(), entry.timestampUs);
    });
    auto *tab = new DeviceTab(session, m_tracker, m_tabs);
    if (Backend *b = backend())
        tab->setBackendCapabilities(b->info().capabilities);
    tab->setReadValuesAfterDiscovery(Preferences::load().readValuesAfterDiscovery);
    connect(tab, &DeviceTab::reconnectRequested, this, &MainWindow::connectToDevice);
    connect(tab, &DeviceTab::statusMessage, this, [this](const QString &text) { showStatus(text, 0); });
    connect(tab, &DeviceTab::plotRequested, this, [this, tab](quint16 handle, DeviceTab::PlotSource source) {
        m_plots->request(tab, handle, source);
    });
    connect(tab, &DeviceTab::discovered, this, [this, tab] { m_plots->resume(tab); });
    connect(tab, &DeviceTab::selectionChanged, this, [this, tab] {
        if (tab == currentDeviceTab())
            updateReadWriteActions();
    });
    connect(tab, &DeviceTab::userNameChanged, this, [this] {
        // The same UUID may be named in every tab (and in the log's next rows).
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (auto *t = qobject_cast<DeviceTab *>(m_tabs->widget(i)))
                t->refreshNames();
        }
    });
    m_scannerModel->setConnected(connection->address(), true);
    connect(tab, &DeviceTab::stateChanged, this, [this, tab] {
        m_scannerModel->setConnected(tab->address(), tab->session()->isConnected());
        const int index = m_tabs->indexOf(tab);
        if (index < 0)
            return;
        m_tabs->setTabIcon(index, tab->session()->isConnected() ? icon("connect") : icon("disconnect"));
        m_tabs->setTabToolTip(index, tab->stateText());
        updateActions();
    });
    const int index = m_tabs->addTab(tab, icon("connect"), tab->title());
    m_tabs->setTabToolTip(index, tab->stateText());
    m_central->setCurrentIndex(1);
    updateActions();
    return tab;
}

void MainWindow::closeDeviceTab(int index)
{
    auto *tab = qobject_cast<DeviceTab *>(m_tabs->widget(index));
    if (!tab)
        return;
    tab->disconnectFromDevice();
    m_scannerModel->setConnected(tab->address(), false);
    m_tabs->removeTab(index);
    tab->deleteLater();
    if (m_tabs->count() == 0)
        m_central->setCurrentIndex(0);
    updateActions();
}

void MainWindow::closeAllTabs()
{
    while (m_tabs->count() > 0) {
        QWidget *tab = m_tabs->widget(0);
        if (const auto *device = qobject_cast<DeviceTab *>(tab))
            m_scannerModel->setConnected(device->address(), false);
        m_tabs->removeTab(0);
        delete tab; // tabs reference the backend's connections: gone before the backend
    }
    m_central->setCurrentIndex(0);
    updateActions();
}

void MainWindow::showTabMenu(const QPoint &pos)
{
    const int index = m_tabs->tabBar()->tabAt(pos);
    auto *tab = qobject_cast<DeviceTab *>(m_tabs->widget(index));
    if (!tab)
        return;
    QMenu menu(this);
    QAction *save = menu.addAction(icon("save"), tr("Save as virtual &peripheral…"), this,
                                   [this, tab] { m_files->saveAsVirtualPeripheral(tab); });
    save->setEnabled(tab->hasDatabase());
    menu.addSeparator();
    if (tab->session()->isConnected()) {
        menu.addAction(icon("disconnect"), tr("&Disconnect"), tab, &DeviceTab::disconnectFromDevice);
    } else {
        const DeviceAddress address = tab->address();
        menu.addAction(icon("connect"), tr("Re&connect"), this,
                       [this, address] { connectToDevice(address); });
    }
    menu.addAction(tr("&Close tab"), this, [this, tab] {
        const int i = m_tabs->indexOf(tab);
        if (i >= 0)
            closeDeviceTab(i);
    });
    menu.exec(m_tabs->tabBar()->mapToGlobal(pos));
}

void MainWindow::updateReadWriteActions()
{
    // Enabled for what the selection allows; when not, the tooltip says why (a Ctrl+W that
    // silently does nothing on a read-only characteristic helps nobody).
    DeviceTab *tab = currentDeviceTab();
    QString whyNotRead = tr("No device tab");
    QString whyNotWrite = whyNotRead;
    const bool readable = tab && tab->canReadSelected(&whyNotRead);
    const bool writable = tab && tab->canWriteSelected(&whyNotWrite);
    m_readAction->setEnabled(readable);
    m_writeAction->setEnabled(writable);
    const QString read = tr("Read the selected characteristic or descriptor (Ctrl+R)");
    const QString write = tr("Write the edited value with a Write Request (Ctrl+W)");
    m_readAction->setToolTip(readable ? read : read + u'\n' + whyNotRead);
    m_writeAction->setToolTip(writable ? write : write + u'\n' + whyNotWrite);
}

void MainWindow::updateConnectAction()
{
    // Follows the scanner's Connect: enabled for a connectable selection, and the reason in
    // the tool tip when the selected device refuses connections.
    QAction *scanner = m_scannerPanel->connectAction();
    const bool usable = m_backends->isUsable();
    m_connectAction->setEnabled(usable && scanner->isEnabled());
    const QString tip = tr("Connect to the device selected in the scanner (Ctrl+Return)");
    const bool blocked = m_scannerPanel->selectedAddress() && !scanner->isEnabled();
    m_connectAction->setToolTip(blocked ? tip + u'\n' + scanner->toolTip() : tip);
}

void MainWindow::showRssiPlot(const QList<DeviceAddress> &addresses)
{
    if (!m_rssiPlot) {
        m_rssiPlot = new RssiPlotWindow(this);
        connect(m_scannerModel, &ScannerModel::advertisementsMerged, m_rssiPlot,
                &RssiPlotWindow::addAdvertisements);
    }
    for (const DeviceAddress &address : addresses) {
        const int row = m_scannerModel->rowOf(address);
        m_rssiPlot->addDevice(address, row >= 0 ? m_scannerModel->device(row)->name : QString());
    }
    m_rssiPlot->show();
    m_rssiPlot->raise();
    m_rssiPlot->activateWindow();
}

void MainWindow::updateActions()
{
    // Scanning and connecting need a dongle that opened; a closed or unplugged one says why
    // in the status bar instead.
    const bool usable = m_backends->isUsable();
    m_scanAction->setEnabled(usable);
    updateConnectAction();
    DeviceTab *tab = currentDeviceTab();
    const bool up = tab && tab->session()->isConnected();
    m_disconnectAction->setEnabled(up);
    updateReadWriteActions();
    m_subscribeAction->setEnabled(up);
    m_pairAction->setEnabled(tab && tab->pairAction()->isEnabled());
    m_bondsAction->setEnabled(usable);
    m_plots->setCurrentTab(tab);
    m_saveProfileAction->setEnabled(tab && tab->hasDatabase());
    m_loadProfilesAction->setEnabled(m_backends->hasDemo());
    m_builtInProfilesAction->setEnabled(m_backends->hasDemo()
                                        && !m_backends->virtualPeripheralFiles().isEmpty());
}

void MainWindow::showBonds()
{
    if (auto *open = findChild<BondsDialog *>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new BondsDialog(backend(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A removed bond is no longer "bonded" in the tabs of its device (every tab when the
    // backend does not say which device a bond is for, or all were removed).
    connect(dialog, &BondsDialog::bondsRemoved, this,
            [this](const QList<DeviceAddress> &addresses, bool all) {
                for (int i = 0; i < m_tabs->count(); ++i) {
                    auto *tab = qobject_cast<DeviceTab *>(m_tabs->widget(i));
                    if (tab && (all || addresses.isEmpty() || addresses.contains(tab->address())))
                        tab->session()->forgetBond();
                }
            });
    dialog->show();
}

} // namespace gattscope
