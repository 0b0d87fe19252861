// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/deviceaddress.h>

#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSlider;
class QTableView;
class QTreeWidget;

namespace gattscope {

class ScannerFilterModel;
class ScannerModel;

// The scanner dock's contents: filter box, minimum-RSSI slider, "hide stale", the device
// table (sortable on every column) and a details pane that decodes the selected device's
// advertising and scan-response data structure by structure, with the raw bytes.
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
    std::optional<DeviceAddress> selectedAddress() const;
    bool selectAddress(const DeviceAddress &address);
    // Shown in the empty table ("Scanning…", "Choose a dongle …").
    void setEmptyText(const QString &text);
    // The width that shows the table's columns up to "connectable" without scrolling.
    int preferredWidth() const;

Q_SIGNALS:
    void connectRequested(const gattscope::DeviceAddress &address);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi(); // again on each QEvent::LanguageChange, with the model's texts
    void updateRssiLabel();
    void updateDetails();
    void updateOverlay();

    ScannerModel *m_model;
    ScannerFilterModel *m_filter;
    QTableView *m_view;
    QLineEdit *m_filterEdit;
    QSlider *m_rssi;
    QLabel *m_rssiLabel;
    QLabel *m_rssiCaption = nullptr;
    QCheckBox *m_hideStale;
    QLabel *m_detailsTitle;
    QTreeWidget *m_details;
    QLabel *m_overlay;
    QAction *m_connect;
    QString m_emptyText;
    QByteArray m_shownAdvert;
    QByteArray m_shownResponse;
};

} // namespace gattscope
