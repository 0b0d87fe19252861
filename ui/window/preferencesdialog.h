// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace gattscope {

// What File → Preferences sets, remembered in QSettings (group "preferences").
struct Preferences
{
    // The notification hub's memory budget: every stream's values together (the oldest go
    // first past it). NotificationHub::DefaultMemoryBudget unless set.
    int memoryBudgetMb = 0;
    // Rows the traffic log keeps.
    int logCapacity = 100000;
    // Devices the scanner lists; past it the ones heard longest ago go (connected ones stay).
    int scannerCapacity = 1000;
    // Read every readable characteristic and descriptor after discovery (DeviceTab).
    bool readValuesAfterDiscovery = true;

    qint64 memoryBudgetBytes() const { return qint64(memoryBudgetMb) * 1024 * 1024; }
    static Preferences load();
    void save() const;
};

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);

    Preferences preferences() const;

private:
    QSpinBox *m_budget;
    QSpinBox *m_logRows;
    QSpinBox *m_scannerDevices;
    QCheckBox *m_readValues;
};

} // namespace gattscope
