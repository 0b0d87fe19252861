// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/result.h>

#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace gattscope {

class TrafficLogFilter;
class TrafficLogModel;

// The log dock's contents: filter box, quick filters (device, direction, kind), Pause,
// Clear, Copy, Save…, a status ("12 of 340 entries" while a filter holds rows back) and the
// table. The table follows new rows while it is scrolled to the bottom and stays put
// otherwise. Ctrl+F (QKeySequence::Find) puts the focus in the filter box while the panel is
// visible; Pause says how many entries wait ("Paused — 57 waiting"), live.
class TrafficLogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TrafficLogPanel(TrafficLogModel *model, QWidget *parent = nullptr);

    TrafficLogModel *model() const { return m_model; }
    TrafficLogFilter *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QComboBox *deviceFilter() const { return m_deviceCombo; }
    QComboBox *directionFilter() const { return m_directionCombo; }
    QComboBox *kindFilter() const { return m_kindCombo; }
    QToolButton *pauseButton() const { return m_pause; }
    QLabel *statusLabel() const { return m_status; }
    QAction *findAction() const { return m_findAction; }
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
    // Ctrl+F: the filter box gets the focus, its text selected.
    void focusFilter();
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
    void updatePauseText();
    void updateDeviceFilter();
    void saveWithDialog(Format preferred);
    QList<int> visibleSourceRows() const;

    TrafficLogModel *m_model;
    TrafficLogFilter *m_filter;
    QTableView *m_view;
    QLineEdit *m_filterEdit;
    QComboBox *m_deviceCombo;
    QComboBox *m_directionCombo;
    QComboBox *m_kindCombo;
    QToolButton *m_pause;
    QLabel *m_status;
    QTimer m_pausedTimer; // refreshes "Paused — N waiting" while paused
    QAction *m_findAction = nullptr;
    QToolButton *m_clear = nullptr;
    QToolButton *m_copy = nullptr;
    QToolButton *m_save = nullptr;
    QAction *m_copyAction = nullptr;
    bool m_follow = true;
};

} // namespace gattscope
