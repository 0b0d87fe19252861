// SPDX-License-Identifier: MIT
#include "preferencesdialog.h"

#include <gattscope/core/series/notificationhub.h>
#include <gattscope/ui/common/retranslator.h>
#include <gattscope/ui/scanner/scannermodel.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gattscope {

namespace {
const QString BudgetKey = QStringLiteral("preferences/notificationMemoryMB");
const QString LogRowsKey = QStringLiteral("preferences/logRows");
const QString ScannerDevicesKey = QStringLiteral("preferences/scannerDevices");
const QString ReadValuesKey = QStringLiteral("preferences/readValuesAfterDiscovery");
constexpr int MaximumScannerDevices = 1'000'000;
constexpr int MinimumBudgetMb = int(NotificationHub::MinimumMemoryBudget / (1024 * 1024));
constexpr int MaximumBudgetMb = 64 * 1024;
} // namespace

Preferences Preferences::load()
{
    const QSettings settings;
    Preferences p;
    const int defaultMb = int(NotificationHub::DefaultMemoryBudget / (1024 * 1024));
    p.memoryBudgetMb = qBound(MinimumBudgetMb, settings.value(BudgetKey, defaultMb).toInt(), MaximumBudgetMb);
    p.logCapacity = qBound(1000, settings.value(LogRowsKey, p.logCapacity).toInt(), 10'000'000);
    p.scannerCapacity
        = qBound(ScannerModel::MinimumCapacity, settings.value(ScannerDevicesKey, p.scannerCapacity).toInt(),
                 MaximumScannerDevices);
    p.readValuesAfterDiscovery = settings.value(ReadValuesKey, p.readValuesAfterDiscovery).toBool();
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(BudgetKey, memoryBudgetMb);
    settings.setValue(LogRowsKey, logCapacity);
    settings.setValue(ScannerDevicesKey, scannerCapacity);
    settings.setValue(ReadValuesKey, readValuesAfterDiscovery);
}

PreferencesDialog::PreferencesDialog(const Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , m_budget(new QSpinBox(this))
    , m_logRows(new QSpinBox(this))
    , m_scannerDevices(new QSpinBox(this))
    , m_readValues(new QCheckBox(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_budget->setObjectName(QStringLiteral("memoryBudget"));
    m_budget->setRange(MinimumBudgetMb, MaximumBudgetMb);
    m_budget->setValue(preferences.memoryBudgetMb);
    auto *budgetLabel = new QLabel(this);
    budgetLabel->setBuddy(m_budget);
    form->addRow(budgetLabel, m_budget);
    m_logRows->setObjectName(QStringLiteral("logRows"));
    m_logRows->setRange(1000, 10'000'000);
    m_logRows->setSingleStep(10000);
    m_logRows->setGroupSeparatorShown(true);
    m_logRows->setValue(preferences.logCapacity);
    auto *logRowsLabel = new QLabel(this);
    logRowsLabel->setBuddy(m_logRows);
    form->addRow(logRowsLabel, m_logRows);
    m_scannerDevices->setObjectName(QStringLiteral("scannerDevices"));
    m_scannerDevices->setRange(ScannerModel::MinimumCapacity, MaximumScannerDevices);
    m_scannerDevices->setSingleStep(100);
    m_scannerDevices->setGroupSeparatorShown(true);
    m_scannerDevices->setValue(preferences.scannerCapacity);
    auto *scannerLabel = new QLabel(this);
    scannerLabel->setBuddy(m_scannerDevices);
    form->addRow(scannerLabel, m_scannerDevices);
    m_readValues->setObjectName(QStringLiteral("readValuesAfterDiscovery"));
    m_readValues->setChecked(preferences.readValuesAfterDiscovery);
    form->addRow(m_readValues);
    layout->addLayout(form);
    Retranslator::bind(this, [this, budgetLabel, logRowsLabel, scannerLabel] {
        setWindowTitle(tr("Preferences"));
        m_budget->setSuffix(tr(" MB"));
        m_budget->setToolTip(
            tr("Memory for the notifications of every device together. Past it the oldest values "
               "are forgotten (plots and the status bar count them); recordings to a file keep "
               "everything."));
        budgetLabel->setText(tr("Notification &memory:"));
        m_logRows->setToolTip(tr("Rows the traffic log keeps; the oldest go first."));
        logRowsLabel->setText(tr("Traffic &log rows:"));
        m_scannerDevices->setToolTip(
            tr("Devices the scanner lists; past it the ones heard longest ago are removed. Connected "
               "devices always stay."));
        scannerLabel->setText(tr("&Scanner devices:"));
        m_readValues->setText(tr("&Read all values after discovery"));
        m_readValues->setToolTip(
            tr("After connecting, read every readable characteristic and descriptor one after the other, "
               "so that the tree shows every value. The status bar shows the progress; Cancel stops it."));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.memoryBudgetMb = m_budget->value();
    p.logCapacity = m_logRows->value();
    p.scannerCapacity = m_scannerDevices->value();
    p.readValuesAfterDiscovery = m_readValues->isChecked();
    return p;
}

} // namespace gattscope
