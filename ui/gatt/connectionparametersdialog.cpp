// SPDX-License-Identifier: MIT
#include "connectionparametersdialog.h"

#include <gattscope/core/session/devicesession.h>
#include <gattscope/ui/common/uiformat.h>

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gattscope {

namespace {
// Bluetooth Core spec, Vol 6 Part B 4.5.1 (and what a BLED112 takes in connection_update).
constexpr int kIntervalUnitUs = 1250;
constexpr int kMinIntervalUs = 7500;
constexpr int kMaxIntervalUs = 4000000;
constexpr int kMaxLatency = 499;
constexpr int kTimeoutUnitMs = 10;
constexpr int kMinTimeoutMs = 100;
constexpr int kMaxTimeoutMs = 32000;
} // namespace

ConnectionParametersDialog::ConnectionParametersDialog(const QString &device,
                                                       const ConnectionParameters &current, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("connectionParametersDialog"));
    setWindowTitle(tr("Connection Parameters"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Ask %1 to use new connection parameters. The device may accept "
                                "other values than those asked for; the link panel shows what it runs "
                                "with.")
                                 .arg(device),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    // Wider than allowed, so that a wrong value gets a message instead of being clamped.
    m_interval = new QDoubleSpinBox(this);
    m_interval->setObjectName(QStringLiteral("intervalEdit"));
    m_interval->setDecimals(2);
    m_interval->setRange(0, 10000);
    m_interval->setSingleStep(kIntervalUnitUs / 1000.0);
    m_interval->setSuffix(tr(" ms"));
    m_interval->setToolTip(tr("7.5 ms to 4 s, in steps of 1.25 ms"));
    form->addRow(tr("Connection &interval:"), m_interval);
    m_latency = new QSpinBox(this);
    m_latency->setObjectName(QStringLiteral("latencyEdit"));
    m_latency->setRange(0, 9999);
    m_latency->setToolTip(tr("Connection events the device may skip when it has nothing to send: 0 to 499"));
    form->addRow(tr("Peripheral &latency:"), m_latency);
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeoutEdit"));
    m_timeout->setRange(0, 100000);
    m_timeout->setSingleStep(kTimeoutUnitMs);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setToolTip(tr("100 ms to 32 s, in steps of 10 ms; longer than (1 + latency) × interval × 2"));
    form->addRow(tr("&Supervision timeout:"), m_timeout);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("parametersMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Request"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    ConnectionParameters start = current;
    if (start.isNull())
        start = { 30000, 0, 4000 };
    setParameters(start);
    connect(m_interval, &QDoubleSpinBox::valueChanged, this, &ConnectionParametersDialog::validate);
    connect(m_latency, &QSpinBox::valueChanged, this, &ConnectionParametersDialog::validate);
    connect(m_timeout, &QSpinBox::valueChanged, this, &ConnectionParametersDialog::validate);
    validate();
}

ConnectionParametersDialog::~ConnectionParametersDialog() = default;

ConnectionParameters ConnectionParametersDialog::parameters() const
{
    return { qRound(m_interval->value() * 1000), m_latency->value(), m_timeout->value() };
}

void ConnectionParametersDialog::setParameters(const ConnectionParameters &parameters)
{
    m_interval->setValue(parameters.intervalUs / 1000.0);
    m_latency->setValue(parameters.latency);
    m_timeout->setValue(parameters.supervisionTimeoutMs);
}

QString ConnectionParametersDialog::problem(const ConnectionParameters &p)
{
    if (p.intervalUs < kMinIntervalUs || p.intervalUs > kMaxIntervalUs)
        return tr("The connection interval must lie between 7.5 ms and 4 s.");
    if (p.intervalUs % kIntervalUnitUs != 0)
        return tr("The connection interval must be a multiple of 1.25 ms.");
    if (p.latency < 0 || p.latency > kMaxLatency)
        return tr("The peripheral latency must lie between 0 and 499 connection events.");
    if (p.supervisionTimeoutMs < kMinTimeoutMs || p.supervisionTimeoutMs > kMaxTimeoutMs)
        return tr("The supervision timeout must lie between 100 ms and 32 s.");
    if (p.supervisionTimeoutMs % kTimeoutUnitMs != 0)
        return tr("The supervision timeout must be a multiple of 10 ms.");
    const qint64 minimumUs = qint64(1 + p.latency) * p.intervalUs * 2;
    if (qint64(p.supervisionTimeoutMs) * 1000 <= minimumUs) {
        return tr("The supervision timeout must be longer than (1 + latency) × interval × 2 = %1.")
            .arg(minimumUs < 1000000 ? DeviceSession::intervalText(int(minimumUs))
                                     : DeviceSession::timeoutText(int(minimumUs / 1000)));
    }
    return {};
}

QString ConnectionParametersDialog::message() const
{
    return problem(parameters());
}

bool ConnectionParametersDialog::isAcceptable() const
{
    return message().isEmpty();
}

void ConnectionParametersDialog::validate()
{
    const QString text = message();
    m_message->setText(text.isEmpty() ? tr("Requests %1 (interval / latency / supervision timeout).")
                                            .arg(DeviceSession::parametersText(parameters()))
                                      : text);
    UiFormat::setErrorStyle(m_message, !text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

} // namespace gattscope
