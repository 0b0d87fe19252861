// SPDX-License-Identifier: MIT
#include "scannerdelegate.h"

#include "scannermodel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace gattscope {

ScannerDelegate::ScannerDelegate(int rssiColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_rssiColumn(rssiColumn)
{ }

bool ScannerDelegate::isFaded(const QModelIndex &index)
{
    return index.data(ScannerModel::StaleRole).toBool() || index.data(ScannerModel::HiddenRole).toBool();
}

QColor ScannerDelegate::barColor(const QPalette &palette, bool selected)
{
    // On a selected row the background is the highlight colour itself: a highlight-coloured
    // bar would vanish there, so it takes the highlighted text's colour instead.
    QColor bar = palette.color(QPalette::Normal, selected ? QPalette::HighlightedText : QPalette::Highlight);
    bar.setAlphaF(selected ? 0.45f : 0.6f);
    return bar;
}

double ScannerDelegate::rssiFraction(int dBm)
{
    return std::clamp((dBm + 100) / 70.0, 0.0, 1.0);
}

void ScannerDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (isFaded(index)) {
        QColor faded = option->palette.color(QPalette::Disabled, QPalette::Text);
        option->palette.setColor(QPalette::Text, faded);
        option->palette.setColor(QPalette::HighlightedText,
                                 option->palette.color(QPalette::Disabled, QPalette::HighlightedText));
    }
}

void ScannerDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    if (index.column() != m_rssiColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, selection

    const QVariant rssi = index.data(ScannerModel::RssiRole);
    const QRect area = opt.rect.adjusted(3, 3, -3, -3);
    // The number right-aligned, the bar in the space to its left: never one over the other.
    const int textWidth = opt.fontMetrics.horizontalAdvance(QStringLiteral("-100")) + 4;
    const QRect barArea = area.adjusted(0, 2, -textWidth, -2);
    if (rssi.isValid() && barArea.width() > 4) {
        const double fraction = rssiFraction(rssi.toInt());
        QColor bar = barColor(opt.palette, opt.state & QStyle::State_Selected);
        if (isFaded(index))
            bar.setAlphaF(bar.alphaF() / 3);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(bar);
        painter->drawRoundedRect(QRectF(barArea.left(), barArea.top(),
                                        std::max(2.0, barArea.width() * fraction), barArea.height()),
                                 2, 2);
        painter->restore();
    }
    const QPalette::ColorRole role
        = (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
    painter->save();
    painter->setPen(opt.palette.color(QPalette::Normal, role));
    if (isFaded(index))
        painter->setPen(opt.palette.color(QPalette::Disabled, role));
    painter->drawText(area.adjusted(0, 0, -2, 0), Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

} // namespace gattscope
