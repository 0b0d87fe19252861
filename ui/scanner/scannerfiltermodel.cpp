// SPDX-License-Identifier: MIT
#include "scannerfiltermodel.h"

#include "scannermodel.h"

namespace gattscope {

ScannerFilterModel::ScannerFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ScannerModel::SortRole);
    setFilterRole(ScannerModel::FilterRole);
    setDynamicSortFilter(true);
}

void ScannerFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void ScannerFilterModel::setMinimumRssi(int dBm)
{
    if (dBm == m_minimumRssi)
        return;
    m_minimumRssi = dBm;
    invalidateFilter();
}

void ScannerFilterModel::setHideStale(bool hide)
{
    if (hide == m_hideStale)
        return;
    m_hideStale = hide;
    invalidateFilter();
}

bool ScannerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_hideStale && index.data(ScannerModel::StaleRole).toBool())
        return false;
    if (m_minimumRssi > NoMinimumRssi) {
        const QVariant rssi = index.data(ScannerModel::RssiRole);
        if (!rssi.isValid() || rssi.toInt() < m_minimumRssi)
            return false;
    }
    if (!m_words.isEmpty()) {
        const QString haystack = index.data(ScannerModel::FilterRole).toString();
        for (const QString &word : m_words) {
            if (!haystack.contains(word))
                return false;
        }
    }
    return true;
}

} // namespace gattscope
