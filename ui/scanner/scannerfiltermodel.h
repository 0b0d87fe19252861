// SPDX-License-Identifier: MIT
#pragma once

#include <QRegularExpression>
#include <QSortFilterProxyModel>

namespace gattscope {

// Filters and sorts a ScannerModel: free text (name, address, service UUIDs and names,
// manufacturer; every word must match) or, in regular-expression mode, one case-insensitive
// pattern searched in the same fields (one per line: ^ and $ anchor a field, so "^heart"
// finds names that start with it), a minimum RSSI, hiding stale devices, and leaving out the
// devices the user hid unless showHidden(). Sorts on every column through
// ScannerModel::SortRole, so RSSI and times sort as numbers.
//
// An invalid pattern filters nothing (every device stays listed) and says why in
// filterError(), so that typing a pattern never empties the list halfway through.
class ScannerFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr int NoMinimumRssi = -128;

    explicit ScannerFilterModel(QObject *parent = nullptr);

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);
    bool isRegularExpression() const { return m_regexMode; }
    void setRegularExpression(bool on);
    // Empty, or why the pattern is not a valid regular expression (with the offset).
    QString filterError() const { return m_error; }
    int minimumRssi() const { return m_minimumRssi; }
    // Devices with an unknown RSSI are hidden whenever a minimum is set.
    void setMinimumRssi(int dBm);
    bool hideStale() const { return m_hideStale; }
    void setHideStale(bool hide);
    bool showHidden() const { return m_showHidden; }
    void setShowHidden(bool show);

Q_SIGNALS:
    void filterErrorChanged(const QString &error);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    void rebuild();

    QStringList m_words;
    QRegularExpression m_regex;
    QString m_error;
    bool m_regexMode = false;
    bool m_showHidden = false;
    int m_minimumRssi = NoMinimumRssi;
    bool m_hideStale = false;
};

} // namespace gattscope
