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
    rebuild();
}

void ScannerFilterModel::setRegularExpression(bool on)
{
    if (on == m_regexMode)
        return;
    m_regexMode = on;
    rebuild();
}

void ScannerFilterModel::rebuild()
{
    const QString previousError = m_error;
    m_words.clear();
    m_regex = QRegularExpression();
    m_error.clear();
    if (m_regexMode) {
        if (!m_text.isEmpty()) {
            QRegularExpression regex(
                m_text, QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
            if (regex.isValid()) {
                m_regex = regex;
            } else {
                m_error = tr("Invalid regular expression at character %1: %2")
                              .arg(regex.patternErrorOffset() + 1)
                              .arg(regex.errorString());
            }
        }
    } else {
        m_words = m_text.toLower().split(u' ', Qt::SkipEmptyParts);
    }
    invalidateFilter();
    if (m_error != previousError)
        Q_EMIT filterErrorChanged(m_error);
}

void ScannerFilterModel::setShowHidden(bool show)
{
    if (show == m_showHidden)
        return;
    m_showHidden = show;
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
    if (!m_showHidden && index.data(ScannerModel::HiddenRole).toBool())
        return false;
    if (m_hideStale && index.data(ScannerModel::StaleRole).toBool())
        return false;
    if (m_minimumRssi > NoMinimumRssi) {
        const QVariant rssi = index.data(ScannerModel::RssiRole);
        if (!rssi.isValid() || rssi.toInt() < m_minimumRssi)
            return false;
    }
    if (m_regex.isValid() && !m_regex.pattern().isEmpty()
        && !m_regex.match(index.data(ScannerModel::FilterRole).toString()).hasMatch())
        return false;
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
