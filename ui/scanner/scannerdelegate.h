// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace gattscope {

// Paints the scanner table: an RSSI bar beside the number in the RSSI column (visible on the
// selected row too), and stale or hidden-but-shown devices (ScannerModel::StaleRole,
// HiddenRole) in a faded text colour. Connected devices are never stale.
class ScannerDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ScannerDelegate(int rssiColumn, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // 0..1 for the bar: -100 dBm (or weaker) is empty, -30 dBm (or stronger) full.
    static double rssiFraction(int dBm);
    // The bar's colour on a normal or a selected row.
    static QColor barColor(const QPalette &palette, bool selected);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    static bool isFaded(const QModelIndex &index);

    int m_rssiColumn;
};

} // namespace gattscope
