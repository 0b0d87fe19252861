// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace gattscope {

// Paints the scanner table: an RSSI bar behind the number in the RSSI column, and stale
// devices (ScannerModel::StaleRole) in a faded text colour.
class ScannerDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ScannerDelegate(int rssiColumn, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // 0..1 for the bar: -100 dBm (or weaker) is empty, -30 dBm (or stronger) full.
    static double rssiFraction(int dBm);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_rssiColumn;
};

} // namespace gattscope
