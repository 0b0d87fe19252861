// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "aboutdialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>

namespace gattscope {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("gattscope"));
    setObjectName(QStringLiteral("MainWindow"));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    createMenus();

    addDock(QStringLiteral("scannerDock"), tr("Scanner"), Qt::LeftDockWidgetArea,
            tr("No devices yet. Choose a dongle and start a scan."));
    auto *central = new QLabel(tr("Connect to a device to browse its services."), this);
    central->setAlignment(Qt::AlignCenter);
    central->setEnabled(false);
    setCentralWidget(central);
    addDock(QStringLiteral("gattDock"), tr("GATT"), Qt::RightDockWidgetArea, tr("Not connected."));
    addDock(QStringLiteral("valueDock"), tr("Value"), Qt::RightDockWidgetArea,
            tr("Select a characteristic or descriptor to see its value."));
    addDock(QStringLiteral("logDock"), tr("Log"), Qt::BottomDockWidgetArea, tr("No traffic yet."));
    addDock(QStringLiteral("plotDock"), tr("Plots"), Qt::BottomDockWidgetArea,
            tr("Send a notifying characteristic to a plot from the GATT tree."));

    statusBar()->showMessage(tr("Ready"));
    resize(1200, 800);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::addDock(const QString &objectName, const QString &title, Qt::DockWidgetArea area,
                                 const QString &emptyText)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    auto *placeholder = new QLabel(emptyText, dock);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setEnabled(false);
    dock->setWidget(placeholder);
    addDockWidget(area, dock);
    m_viewMenu->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About gattscope"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace gattscope
