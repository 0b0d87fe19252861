// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/backend/connection.h>

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace gattscope {

// Asks for new connection parameters: the interval (ms), the peripheral latency
// (connection events) and the supervision timeout (ms). The fields take more than the
// Bluetooth Core spec allows (Vol 6 Part B 4.5.1) so that a wrong value is said, not
// silently clamped: message() names the first problem and OK waits until there is none.
// Object names for tests: "connectionParametersDialog", "intervalEdit", "latencyEdit",
// "timeoutEdit", "parametersMessage".
class ConnectionParametersDialog : public QDialog
{
    Q_OBJECT

public:
    // `current`: the link's parameters (the fields start there; defaults when null).
    ConnectionParametersDialog(const QString &device, const ConnectionParameters &current,
                               QWidget *parent = nullptr);
    ~ConnectionParametersDialog() override;

    // What the fields say (interval rounded to whole microseconds).
    ConnectionParameters parameters() const;
    void setParameters(const ConnectionParameters &parameters);
    // Why `parameters` cannot be requested, in words; empty when they can.
    static QString problem(const ConnectionParameters &parameters);
    // The problem with the fields, or empty.
    QString message() const;
    bool isAcceptable() const;

    QDoubleSpinBox *intervalEdit() const { return m_interval; }
    QSpinBox *latencyEdit() const { return m_latency; }
    QSpinBox *timeoutEdit() const { return m_timeout; }

private:
    void validate();

    QDoubleSpinBox *m_interval = nullptr;
    QSpinBox *m_latency = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gattscope
