// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace gattscope {

class TrafficLogModel;

// The log dock's contents: filter box, Pause, Clear, Copy, Save…, and the table. The
// table follows new rows while it is scrolled to the bottom and stays put otherwise.
class TrafficLogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TrafficLogPanel(TrafficLogModel *model, QWidget *parent = nullptr);

    TrafficLogModel *model() const { return m_model; }
    QSortFilterProxyModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    void setFilterText(const QString &text);

    // Writes the rows the view shows (filtered) to `fileName`; the format follows the
    // suffix (.jsonl/.json → JSON Lines, else CSV). Returns false with a message.
    bool saveTo(const QString &fileName, QString *error = nullptr) const;

public Q_SLOTS:
    void copySelection();
    void saveAs();

private:
    void updateStatus();
    QList<int> visibleSourceRows() const;

    TrafficLogModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTableView *m_view;
    QLineEdit *m_filterEdit;
    QToolButton *m_pause;
    QLabel *m_status;
    bool m_follow = true;
};

} // namespace gattscope
