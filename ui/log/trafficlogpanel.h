// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/result.h>

#include <QWidget>

class QAction;
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

    enum class Format {
        Csv,
        JsonLines,
        Btsnoop, // ATT PDUs in synthesized HCI packets, for Wireshark
    };
    // The format a file name asks for: .jsonl/.json → JSON Lines, .btsnoop/.cfa → btsnoop,
    // anything else CSV.
    static Format formatFor(const QString &fileName);

    // Writes the rows the view shows (filtered) to `fileName`, atomically (an existing file
    // stays as it was when writing fails); the format follows the suffix. The error's
    // message says what went wrong.
    Status saveTo(const QString &fileName) const;

public Q_SLOTS:
    void copySelection();
    // Asks for a file (CSV, JSON Lines or btsnoop) and saves the shown rows.
    void saveAs();
    // The same, with btsnoop preselected.
    void saveAsBtsnoop();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi(); // again on each QEvent::LanguageChange, with the model's texts
    void updateStatus();
    void saveWithDialog(Format preferred);
    QList<int> visibleSourceRows() const;

    TrafficLogModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTableView *m_view;
    QLineEdit *m_filterEdit;
    QToolButton *m_pause;
    QLabel *m_status;
    QToolButton *m_clear = nullptr;
    QToolButton *m_copy = nullptr;
    QToolButton *m_save = nullptr;
    QAction *m_copyAction = nullptr;
    bool m_follow = true;
};

} // namespace gattscope
