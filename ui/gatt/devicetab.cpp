// SPDX-License-Identifier: MIT
#include "devicetab.h"

#include "cccdeditor.h"
#include "gatttreemodel.h"
#include "valueeditor.h"

#include <gattscope/ui/common/corebridge.h>
#include <gattscope/ui/common/operationtracker.h>
#include <gattscope/ui/common/uiformat.h>

#include <QAction>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
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

QString reasonText(const Error &reason)
{
    if (!reason)
        return {};
    if (reason.kind() == Error::Kind::Controller)
        return DeviceTab::tr("%1 (HCI 0x%2)").arg(reason.name()).arg(reason.code(), 2, 16, QLatin1Char('0'));
    return reason.toString();
}
} // namespace

DeviceTab::DeviceTab(Connection *connection, const QString &deviceName, OperationTracker *tracker,
                     QWidget *parent)
    : QWidget(parent)
    , m_address(connection->address())
    , m_name(deviceName)
    , m_tracker(tracker)
{
    buildUi();
    setConnection(connection);
}

DeviceTab::~DeviceTab() = default;

void DeviceTab::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("deviceState"));
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_state, 1);

    auto addTool = [&](QAction *action) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        bar->addWidget(b);
        return b;
    };
    m_subscribe
        = new QAction(QIcon(QStringLiteral(":/gattscope/icons/subscribe.svg")), tr("&Subscribe"), this);
    m_subscribe->setCheckable(true);
    m_subscribe->setToolTip(tr("Enable notifications (or indications) of the selected characteristic"));
    connect(m_subscribe, &QAction::triggered, this, &DeviceTab::onSubscribeToggled);
    addTool(m_subscribe);
    m_discover = new QAction(QIcon(QStringLiteral(":/gattscope/icons/refresh.svg")), tr("Re&discover"), this);
    m_discover->setToolTip(tr("Discover services, characteristics and descriptors again"));
    connect(m_discover, &QAction::triggered, this, &DeviceTab::discover);
    addTool(m_discover);
    m_disconnect
        = new QAction(QIcon(QStringLiteral(":/gattscope/icons/disconnect.svg")), tr("&Disconnect"), this);
    connect(m_disconnect, &QAction::triggered, this, &DeviceTab::disconnectFromDevice);
    addTool(m_disconnect);
    auto *reconnect
        = new QAction(QIcon(QStringLiteral(":/gattscope/icons/connect.svg")), tr("Re&connect"), this);
    connect(reconnect, &QAction::triggered, this, [this] { Q_EMIT reconnectRequested(m_address); });
    m_reconnect = addTool(reconnect);
    layout->addLayout(bar);

    // The tree's context menu. Plotting acts on the characteristic of the selected row (its
    // value, or one of its descriptors).
    m_read = new QAction(QIcon(QStringLiteral(":/gattscope/icons/read.svg")), tr("&Read"), this);
    connect(m_read, &QAction::triggered, this, &DeviceTab::readSelected);
    const auto requestPlot = [this](PlotSource source) {
        if (const Characteristic *c = m_tree->database().characteristicForHandle(m_selectedHandle))
            Q_EMIT plotRequested(c->valueHandle, source);
    };
    m_plotNotifications = new QAction(tr("&Plot notifications"), this);
    m_plotNotifications->setObjectName(QStringLiteral("plotNotifications"));
    m_plotNotifications->setToolTip(
        tr("Subscribe if needed and plot the decoded values as they arrive (Ctrl+Shift+P)"));
    connect(m_plotNotifications, &QAction::triggered, this,
            [requestPlot] { requestPlot(PlotSource::Notifications); });
    m_plotPolling = new QAction(tr("Plot by p&olling…"), this);
    m_plotPolling->setObjectName(QStringLiteral("plotPolling"));
    m_plotPolling->setToolTip(tr("Read the characteristic at an interval and plot the decoded values"));
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

    m_editors = new QStackedWidget(m_splitter);
    auto *empty
        = new QLabel(tr("Select a characteristic or descriptor to see and edit its value."), m_editors);
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
    layout->addWidget(m_splitter, 1);

    connect(m_valueEditor, &ValueEditor::trafficRecorded, this, &DeviceTab::trafficRecorded);
    connect(m_valueEditor, &ValueEditor::valueRead, this, &DeviceTab::onValueChanged);
    connect(m_valueEditor, &ValueEditor::valueWritten, this, &DeviceTab::onValueChanged);
    connect(m_cccdEditor, &CccdEditor::trafficRecorded, this, &DeviceTab::trafficRecorded);
    connect(m_cccdEditor, &CccdEditor::valueRead, this, &DeviceTab::onValueChanged);
    connect(m_cccdEditor, &CccdEditor::valueWritten, this, &DeviceTab::onValueChanged);
}

void DeviceTab::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_sized && isVisible() && m_splitter->width() > 300) {
        // First show. The tree wants its five columns side by side (name, UUID, handle,
        // badges and the decoded value): beside the editor when the tab is wide enough for
        // both, else above it, where the hex editor's 16-byte rows fit the width too.
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
}

void DeviceTab::setConnection(Connection *connection)
{
    for (const auto &link : std::as_const(m_links))
        disconnect(link);
    m_links.clear();
    m_connection = connection;
    m_address = connection->address();
    m_links << connect(connection, &Connection::stateChanged, this, &DeviceTab::onStateChanged)
            << connect(connection, &Connection::disconnected, this, &DeviceTab::onDisconnected)
            << connect(connection, &Connection::notificationsReceived, this, &DeviceTab::onNotifications);
    const QString label = m_address.toString();
    m_valueEditor->setConnection(connection, label);
    m_cccdEditor->setConnection(connection, label);
    onStateChanged();
    // Queued: a backend may answer discover() at once (cached database), and whoever
    // created this tab must have connected its signals before the first event goes out.
    if (connection->isConnected())
        QMetaObject::invokeMethod(this, &DeviceTab::discover, Qt::QueuedConnection);
}

QString DeviceTab::title() const
{
    return m_name.isEmpty() ? m_address.toString() : m_name;
}

QString DeviceTab::stateText() const
{
    if (!m_connection)
        return tr("Gone");
    const Connection::State state = m_connection->state();
    QString text = connectionStateName(state);
    if (state == Connection::State::Connected) {
        text += tr(" · MTU %1").arg(m_connection->mtu());
        if (m_connection->isEncrypted())
            text += tr(" · encrypted");
        if (m_discovering)
            text += tr(" · discovering services…");
    } else if (state == Connection::State::Disconnected && m_lastReason) {
        text = tr("Disconnected: %1").arg(reasonText(m_lastReason));
    }
    return text;
}

void DeviceTab::onStateChanged()
{
    const bool up = m_connection && m_connection->isConnected();
    m_state->setText(tr("<b>%1</b> &nbsp;<tt>%2</tt> &nbsp; %3")
                         .arg(title().toHtmlEscaped(), m_address.toString(), stateText().toHtmlEscaped()));
    UiFormat::setErrorStyle(m_state, !up && m_lastReason);
    m_valueEditor->setLinkUp(up);
    m_cccdEditor->setLinkUp(up);
    m_discover->setEnabled(up && !m_discovering);
    m_disconnect->setEnabled(up);
    m_reconnect->setVisible(!up);
    updateSubscribeAction();
    Q_EMIT stateChanged();
}

void DeviceTab::onDisconnected(const Error &reason)
{
    m_lastReason = reason;
    m_discovering = false;
    TrafficEntry e;
    e.timestampUs = UiFormat::nowUs();
    e.device = m_address.toString();
    e.name = tr("Disconnected");
    e.direction = TrafficEntry::Direction::Event;
    e.event = TrafficEntry::Event::Disconnected;
    e.hciReason = trafficHciReason(reason);
    e.error = reasonText(reason);
    Q_EMIT trafficRecorded(e);
    onStateChanged();
    Q_EMIT statusMessage(tr("%1 disconnected: %2").arg(title(), reasonText(reason)));
}

void DeviceTab::discover()
{
    if (!m_connection || !m_connection->isConnected() || m_discovering)
        return;
    m_discovering = true;
    onStateChanged();
    QFuture<Result<GattDatabase>> future = m_connection->discover();
    QFuture<void> tail
        = future
              .then(this,
                    [this](const Result<GattDatabase> &result) {
                        m_discovering = false;
                        if (!result.ok()) {
                            recordEvent(tr("Discovery failed"), result.error().toString());
                            Q_EMIT statusMessage(tr("Discovery failed: %1").arg(result.error().toString()));
                        } else {
                            const quint16 selected = m_selectedHandle;
                            m_tree->setDatabase(result.value());
                            m_view->expandAll();
                            refreshDecoders();
                            recordEvent(tr("Discovered %n service(s)", nullptr,
                                           int(result.value().services().size())));
                            if (!selected || !selectHandle(selected))
                                onSelectionChanged();
                        }
                        onStateChanged();
                        if (result.ok()) {
                            Q_EMIT discovered();
                            readUserDescriptions();
                        }
                    })
              .onCanceled(this, [this] {
                  m_discovering = false;
                  onStateChanged();
              });
    if (m_tracker)
        m_tracker->track(tr("Discovering %1").arg(title()), future, tail);
}

void DeviceTab::refreshDecoders()
{
    m_decoders.clear();
    m_names.clear();
    for (const Service &s : m_tree->database().services()) {
        for (const Characteristic &c : s.characteristics) {
            m_decoders.insert(c.valueHandle, CoreBridge::decoderFor(c));
            m_names.insert(c.valueHandle, GattTreeModel::displayName(c));
        }
    }
}

void DeviceTab::disconnectFromDevice()
{
    if (!m_connection || !m_connection->isConnected())
        return;
    QFuture<Status> future = m_connection->disconnectFromDevice();
    if (m_tracker)
        m_tracker->track(tr("Disconnecting %1").arg(title()), future);
}

void DeviceTab::onNotifications(const QList<Notification> &batch)
{
    m_tree->applyNotifications(batch);
    QList<TrafficEntry> entries;
    entries.reserve(batch.size());
    const QString device = m_address.toString();
    for (const Notification &n : batch) {
        TrafficEntry e;
        e.timestampUs = n.timestampUs ? n.timestampUs : UiFormat::nowUs();
        e.device = device;
        e.handle = n.handle;
        e.name = m_names.value(n.handle);
        e.direction = n.kind == Notification::Kind::Indication ? TrafficEntry::Direction::Indication
                                                               : TrafficEntry::Direction::Notification;
        e.value = n.value;
        const auto decoder = m_decoders.constFind(n.handle);
        e.decoded = decoder != m_decoders.cend() ? decoder->decode(n.value).text : QString();
        entries.append(std::move(e));
    }
    if (!batch.isEmpty())
        m_valueEditor->showValue(batch.last().handle, batch.last().value);
    Q_EMIT trafficBatchRecorded(entries);
}

bool DeviceTab::hasDatabase() const
{
    return !m_tree->database().services().isEmpty();
}

ProfileWriter DeviceTab::profileWriter() const
{
    return ProfileWriter(m_tree->database(), m_name, m_address);
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
    const GattDatabase &db = m_tree->database();
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

void DeviceTab::onValueChanged(quint16 handle, const QByteArray &value)
{
    m_tree->setValue(handle, value);
    m_cccdEditor->showValue(handle, value);
    updateSubscribeAction();
}

bool DeviceTab::isSubscribed(quint16 valueHandle) const
{
    const Characteristic *c = m_tree->database().characteristicForHandle(valueHandle);
    const Descriptor *cccd = c ? c->descriptor(GattUuid::ClientCharacteristicConfiguration) : nullptr;
    return cccd && cccd->hasValue && !cccd->value.isEmpty() && (quint8(cccd->value[0]) & 0x03);
}

void DeviceTab::updateSubscribeAction()
{
    const Characteristic *c = m_tree->database().characteristicForHandle(m_selectedHandle);
    const bool up = m_connection && m_connection->isConnected();
    const bool notifiable = c
        && (c->properties & (CharacteristicProperty::Notify | CharacteristicProperty::Indicate))
        && c->cccdHandle();
    m_subscribe->setEnabled(notifiable && up);
    m_subscribe->setChecked(notifiable && isSubscribed(c->valueHandle));
    m_plotNotifications->setEnabled(notifiable && up);
    m_plotPolling->setEnabled(c && (c->properties & CharacteristicProperty::Read) && up);
    const bool descriptor = c && m_selectedHandle != c->valueHandle;
    m_read->setEnabled(up && c && (descriptor || (c->properties & CharacteristicProperty::Read)));
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
    if (const Characteristic *c = m_tree->database().characteristicForHandle(m_selectedHandle))
        subscribe(c->valueHandle, on);
    else
        updateSubscribeAction();
}

void DeviceTab::subscribe(quint16 valueHandle, bool on)
{
    const Characteristic *c = m_tree->database().characteristicForHandle(valueHandle);
    if (!c || !m_connection || !c->cccdHandle())
        return;
    const quint16 cccd = *c->cccdHandle();
    valueHandle = c->valueHandle;
    const Connection::Subscription mode = !on              ? Connection::Subscription::Off
        : (c->properties & CharacteristicProperty::Notify) ? Connection::Subscription::Notify
                                                           : Connection::Subscription::Indicate;
    QByteArray value(2, '\0');
    value[0] = char(mode == Connection::Subscription::Notify         ? 0x01
                        : mode == Connection::Subscription::Indicate ? 0x02
                                                                     : 0x00);
    const QString name = m_names.value(valueHandle);
    QFuture<Status> future = m_connection->subscribe(valueHandle, mode);
    QFuture<void> tail = future.then(this, [this, cccd, value, name](const Status &status) {
        TrafficEntry e;
        e.timestampUs = UiFormat::nowUs();
        e.device = m_address.toString();
        e.handle = cccd;
        e.name = tr("CCCD of %1").arg(name);
        e.direction = TrafficEntry::Direction::Write;
        e.value = value;
        e.decoded = value[0] == 0x01 ? tr("notifications on")
            : value[0] == 0x02       ? tr("indications on")
                                     : tr("off");
        e.error = status.ok() ? QString() : status.error().toString();
        e.attError = trafficAttError(status.error());
        Q_EMIT trafficRecorded(e);
        if (status.ok())
            onValueChanged(cccd, value);
        else
            Q_EMIT statusMessage(tr("Subscribing failed: %1").arg(status.error().toString()));
        updateSubscribeAction();
    });
    tail = tail.onCanceled(this, [this] { updateSubscribeAction(); });
    if (m_tracker)
        m_tracker->track(on ? tr("Subscribing to %1").arg(name) : tr("Unsubscribing from %1").arg(name),
                         future, tail);
}

void DeviceTab::readDescriptorValues(quint16 valueHandle, const QList<Uuid> &uuids,
                                     std::function<void()> done)
{
    QList<quint16> handles;
    const Characteristic *c = m_tree->database().characteristicForHandle(valueHandle);
    if (c && m_connection && m_connection->isConnected()) {
        for (const Descriptor &d : c->descriptors) {
            if (uuids.contains(d.uuid) && !d.hasValue)
                handles.append(d.handle);
        }
    }
    readNextDescriptor(std::move(handles), std::move(done));
}

void DeviceTab::readUserDescriptions()
{
    QList<quint16> handles;
    if (m_connection && m_connection->isConnected()) {
        for (const Service &s : m_tree->database().services()) {
            for (const Characteristic &c : s.characteristics) {
                for (const Descriptor &d : c.descriptors) {
                    if (d.uuid == GattUuid::UserDescription && !d.hasValue)
                        handles.append(d.handle);
                }
            }
        }
    }
    readNextDescriptor(std::move(handles), [] {});
}

void DeviceTab::readNextDescriptor(QList<quint16> handles, std::function<void()> done)
{
    if (handles.isEmpty() || !m_connection || !m_connection->isConnected()) {
        done();
        return;
    }
    const quint16 handle = handles.takeFirst();
    const Characteristic *c = m_tree->database().characteristicForHandle(handle);
    const Descriptor *d = nullptr;
    for (const Descriptor &candidate : c ? c->descriptors : QList<Descriptor>()) {
        if (candidate.handle == handle)
            d = &candidate;
    }
    const Uuid uuid = d ? d->uuid : Uuid();
    const QString name = GattTreeModel::displayName(uuid, GattTreeModel::Kind::Descriptor);
    QFuture<Result<QByteArray>> future = m_connection->read(handle);
    QFuture<void> tail
        = future
              .then(this,
                    [this, handle, handles, done, uuid, name](const Result<QByteArray> &r) {
                        TrafficEntry e;
                        e.timestampUs = UiFormat::nowUs();
                        e.device = m_address.toString();
                        e.handle = handle;
                        e.name = name;
                        e.direction = TrafficEntry::Direction::Read;
                        if (r.ok()) {
                            e.value = r.value();
                            Descriptor descriptor;
                            descriptor.uuid = uuid;
                            e.decoded = CoreBridge::decoderFor(descriptor).decode(r.value()).text;
                            onValueChanged(handle, r.value());
                            // The log decodes with a 0x2904 from now on, and names with a 0x2901.
                            if (uuid == GattUuid::PresentationFormat || uuid == GattUuid::UserDescription)
                                refreshDecoders();
                        } else {
                            e.error = r.error().toString();
                            e.attError = trafficAttError(r.error());
                        }
                        Q_EMIT trafficRecorded(e);
                        readNextDescriptor(handles, done);
                    })
              .onCanceled(this, [done] { done(); });
    if (m_tracker)
        m_tracker->track(tr("Reading %1").arg(name), future, tail);
}

void DeviceTab::recordRead(quint16 valueHandle, const QByteArray &value, const Error &error,
                           qint64 timestampUs)
{
    TrafficEntry e;
    e.timestampUs = timestampUs ? timestampUs : UiFormat::nowUs();
    e.device = m_address.toString();
    e.handle = valueHandle;
    e.name = m_names.value(valueHandle);
    e.direction = TrafficEntry::Direction::Read;
    if (!error) {
        e.value = value;
        const auto decoder = m_decoders.constFind(valueHandle);
        e.decoded = decoder != m_decoders.cend() ? decoder->decode(value).text : QString();
        m_tree->setValue(valueHandle, value);
    } else {
        e.error = error.toString();
        e.attError = trafficAttError(error);
    }
    Q_EMIT trafficRecorded(e);
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
    else if (m_editors->currentIndex() == ValuePage)
        m_valueEditor->write();
}

void DeviceTab::recordEvent(const QString &what, const QString &error)
{
    TrafficEntry e;
    e.timestampUs = UiFormat::nowUs();
    e.device = m_address.toString();
    e.name = what;
    e.direction = TrafficEntry::Direction::Event;
    e.error = error;
    Q_EMIT trafficRecorded(e);
}

} // namespace gattscope
