// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

class QDockWidget;

namespace gattscope {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    QDockWidget *addDock(const QString &objectName, const QString &title, Qt::DockWidgetArea area,
                         const QString &emptyText);
    void createMenus();
    void restoreLayout();
    void closeEvent(QCloseEvent *event) override;

    QMenu *m_viewMenu = nullptr;
};

} // namespace gattscope
