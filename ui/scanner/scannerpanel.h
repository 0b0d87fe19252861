// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/deviceaddress.h>

#include <QList>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSlider;
class QTableView;
class QToolButton;
class QTreeWidget;

namespace gattscope {

class ScannerFilterModel;
class ScannerModel;

// The scanner dock's contents: filter box (words, or a regular expression with ".*"),
// minimum-RSSI slider, "hide stale", "show hidden (N)", the device table (sortable on every
// column, several rows selectable) and a details pane that decodes the current device's
// advertising and scan-response data structure by structure, with the raw bytes.
//
// Connect (button, context menu, double-click, the window's Ctrl+Return) is disabled for a
// device whose adverts refuse connections, and its tool tip (or the status bar, on a
// double-click) says why. The context menu also hides devices and opens an RSSI-over-time
// plot of the selected ones (rssiPlotRequested(); the window owns the plot).
class ScannerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ScannerPanel(ScannerModel *model, QWidget *parent = nullptr);

    ScannerModel *model() const { return m_model; }
    ScannerFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QTreeWidget *detailsView() const { return m_details; }
    QAction *connectAction() const { return m_connect; }
    QAction *hideAction() const { return m_hide; }
    QAction *unhideAction() const { return m_unhide; }
    QAction *plotRssiAction() const { return m_plotRssi; }
    QToolButton *regexButton() const { return m_regexButton; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QCheckBox *showHiddenBox() const { return m_showHidden; }
    // The current device (the one Connect and the details pane are about).
    std::optional<DeviceAddress> selectedAddress() const;
    // Every selected device, in the table's order.
    QList<DeviceAddress> selectedAddresses() const;
    bool selectAddress(const DeviceAddress &address);
    // Shown in the empty table ("Scanning…", "Choose a dongle …").
    void setEmptyText(const QString &text);
    // The width that shows the table's columns up to "connectable" without scrolling.
    int preferredWidth() const;

Q_SIGNALS:
    void connectRequested(const gattscope::DeviceAddress &address);
    void rssiPlotRequested(const QList<gattscope::DeviceAddress> &addresses);
    // A message for the status bar (why a double-click did not connect).
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi(); // again on each QEvent::LanguageChange, with the model's texts
    void updateRssiLabel();
    void updateDetails();
    void updateOverlay();
    void updateActions();
    void updateHiddenCount();
    void updateFilterError(const QString &error);
    void setSelectionHidden(bool hidden);
    void showContextMenu(const QPoint &pos);

    ScannerModel *m_model;
    ScannerFilterModel *m_filter;
    QTableView *m_view;
    QLineEdit *m_filterEdit;
    QSlider *m_rssi;
    QLabel *m_rssiLabel;
    QLabel *m_rssiCaption = nullptr;
    QCheckBox *m_hideStale;
    QCheckBox *m_showHidden;
    QToolButton *m_regexButton;
    QLabel *m_detailsTitle;
    QTreeWidget *m_details;
    QLabel *m_overlay;
    QAction *m_connect;
    QAction *m_hide;
    QAction *m_unhide;
    QAction *m_unhideAll;
    QAction *m_plotRssi;
    QString m_emptyText;
    QByteArray m_shownAdvert;
    QByteArray m_shownResponse;
};

} // namespace gattscope
