// SPDX-License-Identifier: MIT
#include "devicetab.h"

#include "cccdeditor.h"
#include "gatttreemodel.h"
#include "linkpanel.h"
#include "passkeydialog.h"
#include "valueeditor.h"

#include <gattscope/core/session/whendone.h>
#include <gattscope/ui/common/operationtracker.h>
#include <gattscope/ui/common/uiformat.h>

#include <QAction>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace gattscope {

namespace {
enum EditorPage {
    EmptyPage,
    ValuePage,
    CccdPage
};
} // namespace

DeviceTab::DeviceTab(DeviceSession *session, OperationTracker *tracker, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tracker(tracker)
{
    session->setParent(this);
    buildUi();
    // Notified values reach the tree at a display rate, whatever the notification rate.
    m_notifiedTimer.setSingleShot(true);
    m_notifiedTimer.setInterval(100); // 10 updates a second: readable, and cheap at any rate
    connect(&m_notifiedTimer, &QTimer::timeout, this, &DeviceTab::showNotifiedValues);
    connect(session, &DeviceSession::stateChanged, this, &DeviceTab::onStateChanged);
    connect(session, &DeviceSession::disconnected, this, &DeviceTab::onDisconnected);
    connect(session, &DeviceSession::discovered, this, &DeviceTab::onDiscovered);
    connect(session, &DeviceSession::valueChanged, this, &DeviceTab::onValueChanged);
    connect(session, &DeviceSession::notifiedValuesChanged, this, &DeviceTab::onNotified);
    connect(session, &DeviceSession::namesChanged, this, [this] {
        m_tree->refreshNames();
        m_valueEditor->refreshNames(m_session->database());
        m_cccdEditor->refreshNames(m_session->database());
    });
    onStateChanged();
    if (session->hasDatabase())
        onDiscovered();
    // Queued: a backend may answer discover() at once (cached database), and whoever
    // created this tab must have connected its signals before the first event goes out.
    if (session->isConnected())
        QMetaObject::invokeMethod(this, &DeviceTab::discover, Qt::QueuedConnection);
}

DeviceTab::~DeviceTab() = default;

Connection *DeviceTab::connection() const
{
    return m_session->connection();
}

DeviceAddress DeviceTab::address() const
{
    return m_session->address();
}

QString DeviceTab::title() const
{
    return m_session->title();
}

QString DeviceTab::stateText() const
{
    return m_session->stateText();
}

void DeviceTab::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("deviceState"));
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A narrow tab wraps the name, address and state instead of clipping them under the
    // buttons. The link's details are in the LinkPanel below.
    m_state->setWordWrap(true);
    bar->addWidget(m_state, 1);

    auto addTool = [&](QAction *action) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        bar->addWidget(b);
        return b;
    };
    m_subscribe = new QAction(QIcon(QStringLiteral(":/gattscope/icons/subscribe.svg")), QString(), this);
    m_subscribe->setCheckable(true);
    connect(m_subscribe, &QAction::triggered, this, &DeviceTab::onSubscribeToggled);
    addTool(m_subscribe);
    m_discover = new QAction(QIcon(QStringLiteral(":/gattscope/icons/refresh.svg")), QString(), this);
    connect(m_discover, &QAction::triggered, this, &DeviceTab::discover);
    addTool(m_discover);
    m_disconnect = new QAction(QIcon(QStringLiteral(":/gattscope/icons/disconnect.svg")), QString(), this);
    connect(m_disconnect, &QAction::triggered, this, &DeviceTab::disconnectFromDevice);
    addTool(m_disconnect);
    auto *reconnect = m_reconnectAction
        = new QAction(QIcon(QStringLiteral(":/gattscope/icons/connect.svg")), QString(), this);
    connect(reconnect, &QAction::triggered, this, [this] { Q_EMIT reconnectRequested(address()); });
    m_reconnect = addTool(reconnect);
    m_pair = new QAction(this);
    m_pair->setObjectName(QStringLiteral("pairAction"));
    connect(m_pair, &QAction::triggered, this, [this] { pair(); });
    addTool(m_pair);
    layout->addLayout(bar);
    m_link = new LinkPanel(m_session, m_tracker, this);
    layout->addWidget(m_link);

    // Shown when pairing failed, or an operation failed for lack of authentication.
    m_pairingBar = new QWidget(this);
    auto *pairingLayout = new QHBoxLayout(m_pairingBar);
    pairingLayout->setContentsMargins(0, 0, 0, 0);
    m_pairingMessage = new QLabel(m_pairingBar);
    m_pairingMessage->setObjectName(QStringLiteral("pairingMessage"));
    m_pairingMessage->setWordWrap(true);
    m_pairingMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pairingLayout->addWidget(m_pairingMessage, 1);
    m_pairAndRetry = new QPushButton(m_pairingBar);
    m_pairAndRetry->setObjectName(QStringLiteral("pairAndRetry"));
    connect(m_pairAndRetry, &QPushButton::clicked, this, [this] {
        std::function<void()> retry = std::exchange(m_retry, {});
        whenDone(this, pair(), [retry](const QFuture<Status> &f) {
            if (!f.isCanceled() && f.result().ok() && retry)
                retry();
        });
    });
    pairingLayout->addWidget(m_pairAndRetry);
    m_pairingBar->hide();
    layout->addWidget(m_pairingBar);

    // The tree's context menu. Plotting acts on the characteristic of the selected row (its
    // value, or one of its descriptors).
    m_read = new QAction(QIcon(QStringLiteral(":/gattscope/icons/read.svg")), QString(), this);
    connect(m_read, &QAction::triggered, this, &DeviceTab::readSelected);
    const auto requestPlot = [this](PlotSource source) {
        if (const Characteristic *c = m_session->database().characteristicForHandle(m_selectedHandle))
            Q_EMIT plotRequested(c->valueHandle, source);
    };
    m_plotNotifications = new QAction(this);
    m_plotNotifications->setObjectName(QStringLiteral("plotNotifications"));
    connect(m_plotNotifications, &QAction::triggered, this,
            [requestPlot] { requestPlot(PlotSource::Notifications); });
    m_plotPolling = new QAction(this);
    m_plotPolling->setObjectName(QStringLiteral("plotPolling"));
    connect(m_plotPolling, &QAction::triggered, this, [requestPlot] { requestPlot(PlotSource::Polling); });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_tree = new GattTreeModel(this);
    m_view = new QTreeView(m_splitter);
    m_view->setObjectName(QStringLiteral("gattTree"));
    m_view->setModel(m_tree);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    // Names end in their distinguishing word less often than they start with it, and a
    // 128-bit UUID's first group is what vendors vary: both read best elided on the right.
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->header()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &DeviceTab::showTreeMenu);
    const QFontMetrics fm = m_view->fontMetrics();
    const int pad = fm.horizontalAdvance(u'0') * 2;
    const auto fit = [&](const QString &sample) {
        return fm.horizontalAdvance(sample) + pad;
    };
    // Characteristic names fit at their depth; the long descriptor names are elided (the
    // tooltip and the editor's title give them whole).
    m_view->setColumnWidth(int(GattTreeModel::Column::Name),
                           fit(QStringLiteral("Heart Rate Measurement")) + 2 * m_view->indentation());
    // UUID and handles are in the fixed font (GattTreeModel's FontRole).
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setColumnWidth(int(GattTreeModel::Column::Uuid),
                           fixed.horizontalAdvance(QStringLiteral("6a770002…")) + pad);
    m_view->setColumnWidth(int(GattTreeModel::Column::Handles),
                           fixed.horizontalAdvance(QStringLiteral("0x0000–0x0000")) + pad);
    const QString properties
        = m_tree->headerData(int(GattTreeModel::Column::Properties), Qt::Horizontal).toString();
    m_view->setColumnWidth(int(GattTreeModel::Column::Properties),
                           std::max(fit(QStringLiteral("R W N I")),
                                    m_view->header()->fontMetrics().horizontalAdvance(properties) + pad));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeviceTab::onSelectionChanged);
    connect(m_tree, &GattTreeModel::userNameError, this, &DeviceTab::statusMessage);
    connect(m_tree, &GattTreeModel::userNameChanged, this, &DeviceTab::userNameChanged);

    m_editors = new QStackedWidget(m_splitter);
    auto *empty = m_noSelection = new QLabel(m_editors);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);
    m_editors->addWidget(empty);
    m_valueEditor = new ValueEditor(m_editors);
    m_valueEditor->setOperationTracker(m_tracker);
    m_editors->addWidget(m_valueEditor);
    m_cccdEditor = new CccdEditor(m_editors);
    m_cccdEditor->setOperationTracker(m_tracker);
    m_editors->addWidget(m_cccdEditor);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_editors);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // Neither pane can be dragged away: a hidden editor looks like a broken one. The
    // minimums hold in both orientations (applyDefaultSizes() picks one).
    m_splitter->setChildrenCollapsible(false);
    m_view->setMinimumSize(220, 4 * m_view->fontMetrics().height() + 40);
    m_editors->setMinimumSize(280, 160);
    layout->addWidget(m_splitter, 1);

    m_valueEditor->setSession(m_session);
    m_cccdEditor->setSession(m_session);
    const PairingOffer offer = [this](const Error &error, std::function<void()> retry) {
        offerPairing(error, std::move(retry));
    };
    m_valueEditor->setPairingOffer(offer);
    m_cccdEditor->setPairingOffer(offer);
    retranslateUi();
}

void DeviceTab::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_sized && isVisible() && m_splitter->width() > 300)
        applyDefaultSizes();
}

void DeviceTab::resetLayout()
{
    m_sized = false;
    if (isVisible() && m_splitter->width() > 300)
        applyDefaultSizes();
}

void DeviceTab::applyDefaultSizes()
{
    // The tree wants its five columns side by side (name, UUID, handle, badges and the
    // decoded value): beside the editor when the tab is wide enough for both, else above
    // it, where the hex editor's 16-byte rows fit the width too.
    m_sized = true;
    int treeWidth = m_view->fontMetrics().horizontalAdvance(QStringLiteral("72 bpm, contact detected"));
    for (int c = 0; c < int(GattTreeModel::Column::Value); ++c)
        treeWidth += m_view->columnWidth(c);
    const bool wide = m_splitter->width() >= treeWidth + 480;
    m_splitter->setOrientation(wide ? Qt::Horizontal : Qt::Vertical);
    const int total = wide ? m_splitter->width() : m_splitter->height();
    m_splitter->setSizes(
        wide ? QList<int> { total - std::max(420, total * 36 / 100), std::max(420, total * 36 / 100) }
             : QList<int> { total * 64 / 100, total * 36 / 100 });
}

void DeviceTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_tree->retranslate();
        onStateChanged();
    }
    QWidget::changeEvent(event);
}

void DeviceTab::retranslateUi()
{
    m_subscribe->setText(tr("&Subscribe"));
    m_subscribe->setToolTip(tr("Enable notifications (or indications) of the selected characteristic"));
    m_discover->setText(tr("Re&discover"));
    m_discover->setToolTip(tr("Discover services, characteristics and descriptors again"));
    m_disconnect->setText(tr("&Disconnect"));
    m_reconnectAction->setText(tr("Re&connect"));
    m_read->setText(tr("&Read"));
    m_plotNotifications->setText(tr("&Plot notifications"));
    m_plotNotifications->setToolTip(
        tr("Subscribe if needed and plot the decoded values as they arrive (Ctrl+Shift+P)"));
    m_plotPolling->setText(tr("Plot by p&olling…"));
    m_plotPolling->setToolTip(tr("Read the characteristic at an interval and plot the decoded values"));
    m_noSelection->setText(tr("Select a characteristic or descriptor to see and edit its value."));
    m_pair->setText(tr("P&air…"));
    m_pairAndRetry->setText(tr("Pair and retry"));
    updatePairAction();
}

void DeviceTab::setConnection(Connection *connection)
{
    m_session->setConnection(connection);
    onStateChanged();
    if (connection->isConnected())
        QMetaObject::invokeMethod(this, &DeviceTab::discover, Qt::QueuedConnection);
}

void DeviceTab::onStateChanged()
{
    const bool up = m_session->isConnected();
    m_state->setText(tr("<b>%1</b> &nbsp;<tt>%2</tt> &nbsp; %3")
                         .arg(title().toHtmlEscaped(), address().toString(),
                              m_session->stateText(DeviceSession::StateDetail::StateOnly).toHtmlEscaped()));
    UiFormat::setErrorStyle(m_state, !up && m_session->lastDisconnectReason());
    m_valueEditor->setLinkUp(up);
    m_cccdEditor->setLinkUp(up);
    m_discover->setEnabled(up && !m_session->isDiscovering());
    m_disconnect->setEnabled(up);
    m_reconnect->setVisible(!up);
    updateSubscribeAction();
    updatePairAction();
    if (!up) {
        // A dialog for a link that is gone asks nothing anyone can answer.
        if (m_passkeyDialog)
            m_passkeyDialog->done(QDialog::Rejected);
        m_retry = {};
        m_pairingBar->hide();
    }
    Q_EMIT stateChanged();
}

void DeviceTab::onDisconnected(const Error &reason)
{
    Q_EMIT statusMessage(tr("%1 disconnected: %2").arg(title(), disconnectReasonText(reason)));
}

void DeviceTab::discover()
{
    if (!m_session->isConnected() || m_session->isDiscovering())
        return;
    QFuture<Result<GattDatabase>> future = m_session->discover(false);
    if (m_tracker)
        m_tracker->track(tr("Discovering %1").arg(title()), future);
    whenDone(this, future, [this](const QFuture<Result<GattDatabase>> &f) {
        if (f.isCanceled())
            return; // the user's choice: nothing to say
        const Result<GattDatabase> &result = f.result();
        if (result.ok() && m_readValuesAfterDiscovery) {
            readValues(DeviceSession::ReadScope::All); // the User Descriptions among them
        } else if (result.ok()) {
            // The User Descriptions name vendor characteristics; failures show in the log.
            QFuture<Status> names = m_session->readUserDescriptions();
            if (m_tracker)
                m_tracker->track(tr("Reading the names of %1").arg(title()), names);
        } else if (result.error().kind() != Error::Kind::Cancelled) {
            // Cancelled is the user's choice: no message for it.
            Q_EMIT statusMessage(tr("Discovery failed: %1").arg(result.error().toString()));
        }
    });
}

QFuture<Status> DeviceTab::readValues(DeviceSession::ReadScope scope)
{
    if (isReadingValues()) {
        // Both would read the same values: the second one reads what the first left unread.
        Pending<std::monostate> next;
        whenDone(this, m_readingValues, [this, next](const QFuture<Status> &running) {
            const Status status
                = running.isCanceled() ? Status(Error(Error::Kind::Cancelled)) : running.result();
            if (!status.ok()) {
                next.finish(status);
                return;
            }
            whenDone(this, readValues(DeviceSession::ReadScope::Unread), [next](const QFuture<Status> &f) {
                next.finish(f.isCanceled() ? Status(Error(Error::Kind::Cancelled)) : f.result());
            });
        });
        return next.future();
    }
    QFuture<Status> walk = m_session->readValues(scope);
    if (walk.isFinished())
        return walk; // nothing to read, or not connected: nothing to say either
    if (m_tracker)
        m_tracker->track(tr("Reading the values of %1").arg(title()), walk);
    m_readingValues = continueWith<std::monostate>(this, walk, [this, walk](const Status &status) {
        const int failed = int(m_session->readFailures().size());
        if (status.ok() && failed > 0) {
            Q_EMIT statusMessage(
                tr("Read the values of %1; %n could not be read (the traffic log says why).", nullptr, failed)
                    .arg(title()));
        } else if (!status.ok() && status.error().kind() == Error::Kind::Disconnected) {
            Q_EMIT statusMessage(tr("%1 disconnected while its values were read: %2 of %3 read.")
                                     .arg(title())
                                     .arg(walk.progressValue())
                                     .arg(walk.progressMaximum()));
        }
        return status;
    });
    return m_readingValues;
}

void DeviceTab::onDiscovered()
{
    const quint16 selected = m_selectedHandle;
    m_tree->setDatabase(m_session->database());
    m_view->expandAll();
    if (!selected || !selectHandle(selected))
        onSelectionChanged();
    Q_EMIT discovered();
}

void DeviceTab::disconnectFromDevice()
{
    if (!m_session->isConnected())
        return;
    QFuture<Status> future = m_session->disconnectFromDevice();
    m_disconnecting = future;
    if (m_tracker)
        m_tracker->track(tr("Disconnecting %1").arg(title()), future);
}

void DeviceTab::onNotified(const QList<quint16> &handles)
{
    for (quint16 h : handles)
        m_notified.insert(h);
    if (!m_notifiedTimer.isActive())
        m_notifiedTimer.start();
}

void DeviceTab::showNotifiedValues()
{
    const QSet<quint16> handles = std::exchange(m_notified, {});
    for (quint16 handle : handles) {
        const std::optional<QByteArray> value = m_session->database().value(handle);
        if (!value)
            continue;
        m_tree->setValue(handle, *value);
        m_valueEditor->showValue(handle, *value);
    }
}

bool DeviceTab::hasDatabase() const
{
    return m_session->hasDatabase();
}

ProfileWriter DeviceTab::profileWriter() const
{
    return ProfileWriter(m_session->database(), m_session->name(), address());
}

bool DeviceTab::selectHandle(quint16 handle)
{
    const QModelIndex index = m_tree->indexForHandle(handle);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void DeviceTab::onSelectionChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const auto kind = current.data(GattTreeModel::KindRole).value<GattTreeModel::Kind>();
    const quint16 handle = current.isValid() ? current.data(GattTreeModel::HandleRole).value<quint16>() : 0;
    const GattDatabase &db = m_session->database();
    m_selectedHandle = 0;
    if (!current.isValid() || kind == GattTreeModel::Kind::Service) {
        m_editors->setCurrentIndex(EmptyPage);
    } else if (kind == GattTreeModel::Kind::Descriptor
               && current.data(GattTreeModel::UuidRole).value<Uuid>()
                   == GattUuid::ClientCharacteristicConfiguration) {
        m_selectedHandle = handle;
        m_cccdEditor->setTarget(db, handle);
        m_editors->setCurrentIndex(CccdPage);
    } else {
        m_selectedHandle = handle;
        m_valueEditor->setTarget(db, handle);
        m_editors->setCurrentIndex(ValuePage);
    }
    updateSubscribeAction();
}

void DeviceTab::refreshNames()
{
    m_session->refreshDecoders(); // emits namesChanged()
}

bool DeviceTab::canReadSelected(QString *reason) const
{
    const Characteristic *c = m_session->database().characteristicForHandle(m_selectedHandle);
    QString why;
    if (!m_session->isConnected())
        why = tr("Not connected");
    else if (!c)
        why = tr("Select a characteristic or descriptor to read");
    else if (m_selectedHandle == c->valueHandle && !(c->properties & CharacteristicProperty::Read))
        why = tr("%1 cannot be read (no Read property)").arg(m_session->attributeName(c->valueHandle));
    if (reason)
        *reason = why;
    return why.isEmpty();
}

bool DeviceTab::canWriteSelected(QString *reason) const
{
    const Characteristic *c = m_session->database().characteristicForHandle(m_selectedHandle);
    QString why;
    if (!m_session->isConnected())
        why = tr("Not connected");
    else if (!c)
        why = tr("Select a characteristic or descriptor to write");
    else if (m_selectedHandle == c->valueHandle
             && !(c->properties
                  & (CharacteristicProperty::Write | CharacteristicProperty::WriteWithoutResponse)))
        why = tr("%1 cannot be written (no Write property)").arg(m_session->attributeName(c->valueHandle));
    if (reason)
        *reason = why;
    return why.isEmpty();
}

void DeviceTab::onValueChanged(quint16 handle, const QByteArray &value)
{
    m_tree->setValue(handle, value);
    m_valueEditor->showValue(handle, value);
    m_cccdEditor->showValue(handle, value);
    updateSubscribeAction();
}

bool DeviceTab::isSubscribed(quint16 valueHandle) const
{
    return m_session->isSubscribed(valueHandle);
}

void DeviceTab::updateSubscribeAction()
{
    const Characteristic *c = m_session->database().characteristicForHandle(m_selectedHandle);
    const bool up = m_session->isConnected();
    const bool notifiable = c
        && (c->properties & (CharacteristicProperty::Notify | CharacteristicProperty::Indicate))
        && c->cccdHandle();
    m_subscribe->setEnabled(notifiable && up);
    m_subscribe->setChecked(notifiable && isSubscribed(c->valueHandle));
    m_plotNotifications->setEnabled(notifiable && up);
    m_plotPolling->setEnabled(c && (c->properties & CharacteristicProperty::Read) && up);
    const bool descriptor = c && m_selectedHandle != c->valueHandle;
    m_read->setEnabled(up && c && (descriptor || (c->properties & CharacteristicProperty::Read)));
    Q_EMIT selectionChanged();
}

void DeviceTab::showTreeMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid()
        || index.data(GattTreeModel::KindRole).value<GattTreeModel::Kind>() == GattTreeModel::Kind::Service)
        return;
    m_view->setCurrentIndex(index); // the actions act on the selection
    QMenu menu(this);
    menu.addAction(m_read);
    menu.addAction(m_subscribe);
    menu.addSeparator();
    menu.addAction(m_plotNotifications);
    menu.addAction(m_plotPolling);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void DeviceTab::onSubscribeToggled(bool on)
{
    if (const Characteristic *c = m_session->database().characteristicForHandle(m_selectedHandle))
        subscribe(c->valueHandle, on);
    else
        updateSubscribeAction();
}

QFuture<Status> DeviceTab::subscribe(quint16 valueHandle, bool on)
{
    const Characteristic *c = m_session->database().characteristicForHandle(valueHandle);
    const QString name = c ? m_session->attributeName(c->valueHandle) : QString();
    QFuture<Status> future = m_session->setSubscribed(c ? c->valueHandle : valueHandle, on);
    if (m_tracker)
        m_tracker->track(on ? tr("Subscribing to %1").arg(name) : tr("Unsubscribing from %1").arg(name),
                         future);
    // The caller gets a future of its own (a QFuture runs one continuation).
    return continueWith<std::monostate>(this, future, [this, valueHandle, on](const Status &status) {
        if (!status.ok() && status.error().kind() != Error::Kind::Cancelled)
            Q_EMIT statusMessage(tr("Subscribing failed: %1").arg(status.error().toString()));
        if (!status.ok() && DeviceSession::needsPairing(status.error()))
            offerPairing(status.error(), [tab = QPointer<DeviceTab>(this), valueHandle, on] {
                if (tab)
                    tab->subscribe(valueHandle, on);
            });
        updateSubscribeAction();
        return status;
    });
}

QFuture<Status> DeviceTab::readDescriptorValues(quint16 valueHandle, const QList<Uuid> &uuids)
{
    QFuture<Status> future = m_session->readDescriptors(valueHandle, uuids);
    if (m_tracker && !future.isFinished())
        m_tracker->track(tr("Reading descriptors of %1").arg(m_session->attributeName(valueHandle)), future);
    return future;
}

void DeviceTab::readSelected()
{
    if (m_editors->currentIndex() == CccdPage)
        m_cccdEditor->read();
    else if (m_editors->currentIndex() == ValuePage)
        m_valueEditor->read();
}

void DeviceTab::writeSelected()
{
    if (m_editors->currentIndex() == CccdPage)
        m_cccdEditor->write();
    else if (m_editors->currentIndex() == ValuePage && !m_valueEditor->canWrite()
             && m_valueEditor->canWriteWithoutResponse())
        m_valueEditor->writeWithoutResponse(); // the only write the characteristic takes
    else if (m_editors->currentIndex() == ValuePage)
        m_valueEditor->write();
}

// --- pairing

void DeviceTab::setBackendCapabilities(Backend::Capabilities capabilities)
{
    m_capabilities = capabilities;
    m_link->setBackendCapabilities(capabilities);
    updatePairAction();
}

void DeviceTab::updatePairAction()
{
    m_pair->setEnabled(m_session->isConnected() && !m_session->isPairing());
    m_pair->setToolTip(m_capabilities.testFlag(Backend::Capability::PairingWithoutPasskey)
                           ? tr("Raise the link's security level and let the system pair (this backend "
                                "cannot take a passkey or tell whether pairing worked)")
                           : tr("Pair with the device and keep the bond (asks for a passkey when the "
                                "device wants one)"));
}

PasskeyDialog *DeviceTab::passkeyDialog() const
{
    return m_passkeyDialog;
}

QString DeviceTab::pairingMessage() const
{
    return m_pairingBar->isHidden() ? QString() : m_pairingMessage->text();
}

void DeviceTab::showPairingMessage(const QString &text, bool error, bool offerRetry)
{
    m_pairingMessage->setText(text);
    UiFormat::setErrorStyle(m_pairingMessage, error);
    m_pairAndRetry->setVisible(offerRetry);
    m_pairingBar->setVisible(!text.isEmpty());
}

void DeviceTab::offerPairing(const Error &error, std::function<void()> retry)
{
    if (!m_session->isConnected())
        return;
    m_retry = std::move(retry);
    showPairingMessage(tr("%1 needs a paired (encrypted) link: %2").arg(title(), error.toString()), true,
                       !m_session->isPairing());
}

QFuture<Status> DeviceTab::pair()
{
    if (!m_session->isConnected())
        return Pending<std::monostate>::ready(Error(Error::Kind::Disconnected, tr("Not connected")));
    if (m_session->isPairing())
        return Pending<std::monostate>::ready(Error(Error::Kind::Busy, tr("Pairing is already running")));
    Connection *connection = m_session->connection();
    // Only the requests of this pairing reach the dialog.
    const QMetaObject::Connection requested
        = connect(connection, &Connection::passkeyRequested, this, &DeviceTab::askPasskey);
    const QMetaObject::Connection displayed
        = connect(connection, &Connection::passkeyDisplayed, this, [this](quint32 passkey) {
              showPairingMessage(
                  tr("Enter %1 on %2 to pair.").arg(passkey, 6, 10, QLatin1Char('0')).arg(title()), false,
                  false);
          });
    m_pairAndRetry->setVisible(false);
    QFuture<Status> future = m_session->pair();
    if (m_tracker)
        m_tracker->track(tr("Pairing with %1").arg(title()), future);
    updatePairAction();
    return continueWith<std::monostate>(this, future, [this, requested, displayed](const Status &status) {
        disconnect(requested);
        disconnect(displayed);
        if (m_passkeyDialog)
            m_passkeyDialog->done(QDialog::Rejected); // pairing ended without it (timeout)
        updatePairAction();
        if (status.ok()) {
            m_retry = {}; // "Pair and retry" took it already; a plain Pair does not retry
            showPairingMessage({}, false, false);
            const QString how = m_capabilities.testFlag(Backend::Capability::PairingWithoutPasskey)
                ? tr("Security level raised for %1; the system pairs when the device asks (a read "
                     "of a protected value tells whether it worked).")
                      .arg(title())
                : tr("Paired with %1: %2.").arg(title(), m_session->securityText());
            Q_EMIT statusMessage(how);
        } else if (status.error().kind() == Error::Kind::Cancelled) {
            showPairingMessage({}, false, false);
            m_retry = {};
            Q_EMIT statusMessage(tr("Pairing with %1 cancelled.").arg(title()));
        } else {
            m_retry = {};
            const QString text = tr("Pairing with %1 failed: %2").arg(title(), status.error().toString());
            showPairingMessage(text, true, false);
            Q_EMIT statusMessage(text);
        }
        return status;
    });
}

void DeviceTab::askPasskey()
{
    if (m_passkeyDialog || !m_session->isPairing())
        return;
    auto *dialog = new PasskeyDialog(title(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_passkeyDialog = dialog;
    QPointer<Connection> connection = m_session->connection();
    connect(dialog, &QDialog::finished, this, [this, dialog, connection](int result) {
        if (!connection || !m_session->isPairing())
            return;
        // Cancel (or a pairing that ended meanwhile) answers "no passkey": pairing stops.
        connection->providePasskey(result == QDialog::Accepted ? dialog->passkey() : std::nullopt);
    });
    dialog->open();
}

} // namespace gattscope
