// SPDX-License-Identifier: MIT
#include "linkpanel.h"

#include "connectionparametersdialog.h"

#include <gattscope/core/session/devicesession.h>
#include <gattscope/core/session/whendone.h>
#include <gattscope/ui/common/operationtracker.h>
#include <gattscope/ui/common/uiformat.h>

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace gattscope {

namespace {
// A label and its value never wrap apart: no-break spaces inside the pair.
QString pair(const QString &text)
{
    QString s = text;
    s.replace(u' ', QChar(0x00A0));
    return s;
}
} // namespace

LinkPanel::LinkPanel(DeviceSession *session, OperationTracker *tracker, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tracker(tracker)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_values = new QLabel(this);
    m_values->setObjectName(QStringLiteral("linkValues"));
    m_values->setTextFormat(Qt::PlainText);
    m_values->setWordWrap(true);
    m_values->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_values, 1);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("linkResult"));
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result, 1);
    m_request = new QAction(this);
    m_request->setObjectName(QStringLiteral("requestParameters"));
    connect(m_request, &QAction::triggered, this, &LinkPanel::openDialog);
    m_button = new QToolButton(this);
    m_button->setDefaultAction(m_request);
    layout->addWidget(m_button);

    connect(session, &DeviceSession::stateChanged, this, &LinkPanel::refresh);
    connect(session, &DeviceSession::parametersChanged, this, &LinkPanel::refresh);
    connect(session, &DeviceSession::connectionChanged, this, &LinkPanel::refresh);
    retranslateUi();
}

LinkPanel::~LinkPanel() = default;

void LinkPanel::setBackendCapabilities(Backend::Capabilities capabilities)
{
    m_capabilities = capabilities;
    refresh();
}

bool LinkPanel::canRequestParameters() const
{
    return !m_capabilities.testFlag(Backend::Capability::NoConnectionParameters);
}

QString LinkPanel::valuesText() const
{
    return m_values->text();
}

QString LinkPanel::resultText() const
{
    return m_result->isHidden() ? QString() : m_result->text();
}

ConnectionParametersDialog *LinkPanel::dialog() const
{
    return m_dialog;
}

void LinkPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LinkPanel::retranslateUi()
{
    m_request->setText(tr("Connection &parameters…"));
    refresh();
}

void LinkPanel::refresh()
{
    const bool up = m_session->isConnected();
    setVisible(up);
    if (!up) {
        if (m_dialog)
            m_dialog->done(QDialog::Rejected);
        m_result->hide();
        m_request->setEnabled(false);
        return;
    }
    QStringList pairs;
    const ConnectionParameters p = m_session->parameters();
    if (!canRequestParameters()) {
        pairs << tr("Connection parameters not reported by this backend");
    } else if (p.isNull()) {
        pairs << pair(tr("Interval %1").arg(QStringLiteral("—")));
    } else {
        pairs << pair(tr("Interval %1").arg(DeviceSession::intervalText(p.intervalUs)))
              << pair(tr("Latency %1").arg(p.latency))
              << pair(tr("Supervision timeout %1").arg(DeviceSession::timeoutText(p.supervisionTimeoutMs)));
    }
    if (Connection *c = m_session->connection())
        pairs << pair(tr("MTU %1").arg(c->mtu()));
    pairs << pair(m_session->securityText());
    m_values->setText(pairs.join(QStringLiteral(" · ")));

    m_request->setEnabled(canRequestParameters() && !m_session->isRequestingParameters());
    m_request->setToolTip(canRequestParameters()
                              ? tr("Ask the device for a new connection interval, peripheral latency and "
                                   "supervision timeout")
                              : tr("This backend cannot read or request connection parameters: the "
                                   "system's Bluetooth stack chooses them"));
}

void LinkPanel::showResult(const QString &text, bool error)
{
    m_result->setText(text);
    UiFormat::setErrorStyle(m_result, error);
    m_result->setVisible(!text.isEmpty());
}

void LinkPanel::openDialog()
{
    if (!m_session->isConnected() || !canRequestParameters() || m_dialog)
        return;
    auto *dialog = new ConnectionParametersDialog(m_session->title(), m_session->parameters(), this);
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { requestParameters(dialog->parameters()); });
    dialog->open();
}

QFuture<Result<ConnectionParameters>> LinkPanel::requestParameters(const ConnectionParameters &parameters)
{
    const QString asked = DeviceSession::parametersText(parameters);
    QFuture<Result<ConnectionParameters>> future = m_session->requestParameters(parameters);
    if (m_tracker)
        m_tracker->track(tr("Requesting connection parameters of %1").arg(m_session->title()), future);
    showResult(tr("Requesting %1…").arg(asked), false);
    whenDone(this, future, [this](const QFuture<Result<ConnectionParameters>> &f) {
        if (f.isCanceled() || (!f.result().ok() && f.result().error().kind() == Error::Kind::Cancelled))
            showResult(tr("Request cancelled"), false);
        else if (f.result().ok())
            showResult(tr("The device accepted %1").arg(DeviceSession::parametersText(f.result().value())),
                       false);
        else
            showResult(tr("Request failed: %1").arg(f.result().error().toString()), true);
        refresh();
    });
    refresh();
    return future;
}

} // namespace gattscope
