// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/backend/backend.h>
#include <gattscope/core/backend/connection.h>

#include <QFuture>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QToolButton;

namespace gattscope {

class ConnectionParametersDialog;
class DeviceSession;
class OperationTracker;

// The link of one device tab, in its header: connection interval, peripheral latency,
// supervision timeout, MTU and security level, and "Connection parameters…", which asks for
// new ones (ConnectionParametersDialog, then DeviceSession::requestParameters(): BGAPI
// connection_update). While a request runs the panel says so; then it shows what the device
// accepted, or the error. A backend that can neither read nor request the parameters
// (Backend::Capability::NoConnectionParameters: BlueZ, gatttool) gets a disabled action
// whose tooltip says why, and the panel says "not reported". Label/value pairs never wrap
// apart ("MTU 23"). Hidden while the link is down.
// Object names for tests: "linkValues", "linkResult", the action "requestParameters".
class LinkPanel : public QWidget
{
    Q_OBJECT

public:
    LinkPanel(DeviceSession *session, OperationTracker *tracker, QWidget *parent = nullptr);
    ~LinkPanel() override;

    void setBackendCapabilities(Backend::Capabilities capabilities);
    bool canRequestParameters() const;
    // "Interval 30 ms · Latency 0 · Supervision timeout 4 s · MTU 23 · Not encrypted", with
    // no-break spaces inside each pair.
    QString valuesText() const;
    // "Requesting 30 ms / 0 / 4 s…", "The device accepted 30 ms / 0 / 4 s", "Request failed:
    // …"; empty before the first request.
    QString resultText() const;
    QAction *requestAction() const { return m_request; }
    // The dialog "Connection parameters…" opened; nullptr when none is open.
    ConnectionParametersDialog *dialog() const;

    // Opens the dialog (window-modal, not blocking); OK requests its parameters.
    void openDialog();
    // Requests `parameters` (tracked in the status bar: Cancel gives it up).
    QFuture<Result<ConnectionParameters>> requestParameters(const ConnectionParameters &parameters);

public Q_SLOTS:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showResult(const QString &text, bool error);

    DeviceSession *m_session;
    OperationTracker *m_tracker;
    Backend::Capabilities m_capabilities;
    QLabel *m_values = nullptr;
    QLabel *m_result = nullptr;
    QToolButton *m_button = nullptr;
    QAction *m_request = nullptr;
    QPointer<ConnectionParametersDialog> m_dialog;
};

} // namespace gattscope
