// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

namespace gattscope {

// Filters and sorts a ScannerModel: free text (name, address, service UUIDs and names,
// manufacturer; every word must match), a minimum RSSI, and hiding stale devices. Sorts on
// every column through ScannerModel::SortRole, so RSSI and times sort as numbers.
class ScannerFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr int NoMinimumRssi = -128;

    explicit ScannerFilterModel(QObject *parent = nullptr);

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);
    int minimumRssi() const { return m_minimumRssi; }
    // Devices with an unknown RSSI are hidden whenever a minimum is set.
    void setMinimumRssi(int dBm);
    bool hideStale() const { return m_hideStale; }
    void setHideStale(bool hide);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
    int m_minimumRssi = NoMinimumRssi;
    bool m_hideStale = false;
};

} // namespace gattscope
