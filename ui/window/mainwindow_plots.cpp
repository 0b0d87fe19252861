// SPDX-License-Identifier: MIT
// MainWindow: the Plots dock — sending characteristics to the plot panel, and keeping
// plotted notification streams subscribed across reconnects.
#include "mainwindow.h"

#include <gattscope/core/backend/pending.h>
#include <gattscope/core/series/notificationhub.h>
#include <gattscope/core/series/recordedstream.h>
#include <gattscope/core/series/seriesrecorder.h>
#include <gattscope/core/session/attributenames.h>
#include <gattscope/ui/common/corebridge.h>
#include <gattscope/ui/common/uiformat.h>
#include <gattscope/ui/gatt/gatttreemodel.h>
#include <gattscope/ui/plot/plotpanel.h>
#include <gattscope/ui/plot/plotsetupdialog.h>

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>
#include <QTreeView>

namespace gattscope {

using UiFormat::icon;

namespace {

const Characteristic *characteristicOf(const DeviceTab *tab, quint16 valueHandle)
{
    const Characteristic *c
        = tab ? tab->treeModel()->database().characteristicForHandle(valueHandle) : nullptr;
    return c && c->valueHandle == valueHandle ? c : nullptr;
}

// What a plot calls the characteristic: its assigned or user name, else its 0x2901 User
// Description (without a trailing layout hint), else its UUID.
QString characteristicLabel(const Characteristic &c)
{
    QString name = CoreBridge::characteristicName(c.uuid);
    if (name.isEmpty())
        name = CoreBridge::userName(c.uuid);
    if (name.isEmpty())
        name = GattTreeModel::userDescriptionName(c);
    return name.isEmpty() ? c.uuid.toString() : name;
}

QString userDescription(const Characteristic &c)
{
    const Descriptor *d = c.descriptor(GattUuid::UserDescription);
    return d && d->hasValue ? QString::fromUtf8(d->value) : QString();
}

// The spec for the characteristic as discovery (and the descriptor reads) left it.
DecoderSpec specFor(const Characteristic &c, const FieldLayout &layout)
{
    return DecoderSpec::forCharacteristic(c, layout);
}

// Whether the values decode without a user layout (SIG format or a usable 0x2904).
bool decodesItself(const Characteristic &c)
{
    return StreamDecoder(specFor(c, FieldLayout())).specError().isEmpty();
}

} // namespace

void MainWindow::createPlotActions(QMenu *menu)
{
    m_plotAction = menu->addAction(icon("plot"), tr("&Plot"));
    m_plotAction->setObjectName(QStringLiteral("plotAction"));
    m_plotAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_plotAction->setToolTip(tr("Plot the selected characteristic: its notifications, or by polling when it "
                                "only reads (Ctrl+Shift+P)"));
    connect(m_plotAction, &QAction::triggered, this, [this] { plotSelected(true); });
    m_plotPollingAction = menu->addAction(tr("Plot by p&olling…"));
    m_plotPollingAction->setObjectName(QStringLiteral("plotPollingAction"));
    m_plotPollingAction->setToolTip(
        tr("Read the selected characteristic at an interval and plot its values"));
    connect(m_plotPollingAction, &QAction::triggered, this, [this] { plotSelected(false); });
}

void MainWindow::createPlotDock()
{
    m_hub = new NotificationHub(this);
    m_plotPanel = new PlotPanel(m_hub, this);
    m_plotDock = new QDockWidget(tr("Plots"), this);
    m_plotDock->setObjectName(QStringLiteral("plotDock"));
    m_plotDock->setWidget(m_plotPanel);
}

void MainWindow::plotSelected(bool preferNotifications)
{
    DeviceTab *tab = currentDeviceTab();
    if (!tab)
        return;
    QAction *notifications = tab->plotNotificationsAction();
    QAction *polling = tab->plotPollingAction();
    if (preferNotifications && notifications->isEnabled())
        notifications->trigger();
    else if (polling->isEnabled())
        polling->trigger();
    else
        showStatus(preferNotifications
                       ? tr("Select a characteristic that notifies, indicates or can be read.")
                       : tr("Select a characteristic that can be read."));
}

void MainWindow::requestPlot(DeviceTab *tab, quint16 valueHandle, DeviceTab::PlotSource source)
{
    if (!characteristicOf(tab, valueHandle))
        return;
    // How it decodes may depend on its 0x2904, and its name on its 0x2901: read them first.
    QPointer<DeviceTab> guard(tab);
    tab->readDescriptorValues(valueHandle, { GattUuid::PresentationFormat, GattUuid::UserDescription },
                              [this, guard, valueHandle, source] {
                                  if (guard)
                                      askAndPlot(guard, valueHandle, source);
                              });
}

void MainWindow::askAndPlot(DeviceTab *tab, quint16 valueHandle, DeviceTab::PlotSource source)
{
    const Characteristic *c = characteristicOf(tab, valueHandle);
    if (!c)
        return;
    const bool askLayout = !decodesItself(*c);
    const bool askInterval = source == DeviceTab::PlotSource::Polling;
    if (!askLayout && !askInterval) {
        QString error;
        if (!plotCharacteristic(tab, valueHandle, source, FieldLayout(), std::chrono::seconds(1), &error))
            showStatus(error, 0);
        return;
    }
    if (m_plotDialog)
        m_plotDialog->reject(); // one question at a time
    const QString subject = tr("%1 · %2").arg(characteristicLabel(*c), tab->title());
    auto *dialog = new PlotSetupDialog(subject, askLayout, askInterval, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (askLayout) {
        FieldLayout layout = CoreBridge::userFieldLayout(c->uuid);
        if (layout.isEmpty()) {
            // "Accelerometer x,y,z (mg) <hhh": a suggestion, which the user confirms.
            const QString hint = AttributeNames::layoutHint(userDescription(*c));
            if (const Result<FieldLayout> parsed = FieldLayout::parse(hint); !hint.isEmpty() && parsed.ok())
                layout = parsed.value();
        }
        dialog->setFieldLayout(layout);
        if (c->hasValue)
            dialog->setSampleValue(c->value);
    }
    const Uuid uuid = c->uuid;
    QPointer<DeviceTab> guard(tab);
    connect(dialog, &QDialog::accepted, this, [this, dialog, guard, valueHandle, source, uuid] {
        if (!guard)
            return;
        FieldLayout layout;
        if (dialog->asksLayout()) {
            layout = dialog->fieldLayout();
            // Remembered for the UUID: the tree, the log and the next plot decode with it.
            CoreBridge::setUserFieldLayout(uuid, layout);
            for (int i = 0; i < m_tabs->count(); ++i) {
                if (auto *t = qobject_cast<DeviceTab *>(m_tabs->widget(i))) {
                    t->refreshDecoders();
                    t->treeView()->viewport()->update(); // the value column decodes anew
                }
            }
        }
        QString error;
        if (!plotCharacteristic(guard, valueHandle, source, layout, dialog->interval(), &error))
            showStatus(error, 0);
    });
    m_plotDialog = dialog;
    dialog->open();
}

int MainWindow::plotCharacteristic(DeviceTab *tab, quint16 valueHandle, DeviceTab::PlotSource source,
                                   const FieldLayout &layout, std::chrono::milliseconds interval,
                                   QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return 0;
    };
    const Characteristic *c = characteristicOf(tab, valueHandle);
    if (!c)
        return fail(
            tr("There is no characteristic with value handle %1.").arg(UiFormat::handle(valueHandle)));
    const bool polled = source == DeviceTab::PlotSource::Polling;
    if (polled && !(c->properties & CharacteristicProperty::Read))
        return fail(tr("%1 cannot be read.").arg(characteristicLabel(*c)));
    if (!polled
        && (!(c->properties & (CharacteristicProperty::Notify | CharacteristicProperty::Indicate))
            || !c->cccdHandle()))
        return fail(tr("%1 neither notifies nor indicates.").arg(characteristicLabel(*c)));

    const DecoderSpec spec = specFor(*c, layout.isEmpty() ? CoreBridge::userFieldLayout(c->uuid) : layout);
    if (const QString problem = StreamDecoder(spec).specError(); !problem.isEmpty())
        return fail(tr("%1 cannot be plotted: %2").arg(characteristicLabel(*c), problem));

    const StreamKey key { tab->address(), c->valueHandle };
    int id = 0;
    SeriesRecorder *recorder = m_plotPanel->recorder();
    for (int existing : recorder->streamIds()) {
        const RecordedStream *s = recorder->stream(existing);
        if (s && s->key == key && s->polled == polled && s->decoder->spec().layout == spec.layout
            && s->decoder->spec().presentationFormat == spec.presentationFormat)
            id = existing; // already plotted this way
    }
    const QString label = tr("%1 · %2").arg(characteristicLabel(*c), tab->title());
    if (!id && polled) {
        // Through the window, not a captured Connection: a reconnect hands out a new one,
        // and polling carries on with it.
        QPointer<MainWindow> self(this);
        const DeviceAddress device = tab->address();
        const quint16 handle = c->valueHandle;
        id = m_plotPanel->addPolledStream(
            key, label, spec,
            [self, device, handle]() -> QFuture<Result<QByteArray>> {
                DeviceTab *t = self ? self->deviceTab(device) : nullptr;
                Connection *connection = t ? t->connection() : nullptr;
                if (!connection || !connection->isConnected())
                    return Pending<QByteArray>::ready(Error(Error::Kind::Disconnected));
                return connection->read(handle);
            },
            interval);
        // The tree and the log show what the polls read. Reads that found no link are left
        // out of the log: at a short interval they would bury it, and the disconnect is
        // logged once already.
        if (ReadPoller *poller = recorder->poller(id)) {
            connect(poller, &ReadPoller::valueRead, this,
                    [this, device, handle](qint64 timestampUs, const QByteArray &value) {
                        if (DeviceTab *t = deviceTab(device))
                            t->recordRead(handle, value, Error(), timestampUs);
                    });
            connect(poller, &ReadPoller::readFailed, this, [this, device, handle](const Error &failure) {
                DeviceTab *t = deviceTab(device);
                if (t && failure.kind() != Error::Kind::Disconnected)
                    t->recordRead(handle, QByteArray(), failure);
            });
        }
    } else if (!id) {
        id = m_plotPanel->addStream(key, label, spec);
    }
    if (!polled && !tab->isSubscribed(c->valueHandle))
        tab->subscribe(c->valueHandle, true);
    showPlots();
    showStatus(tr("Plotting %1.").arg(label));
    return id;
}

void MainWindow::resumePlots(DeviceTab *tab)
{
    // After a reconnect the peer has forgotten the subscription (unless bonded): a plotted
    // notification stream would stay silent.
    const SeriesRecorder *recorder = m_plotPanel->recorder();
    for (int id : recorder->streamIds()) {
        const RecordedStream *s = recorder->stream(id);
        if (!s || s->polled || s->key.device != tab->address())
            continue;
        const Characteristic *c = characteristicOf(tab, s->key.handle);
        if (c && c->cccdHandle() && !tab->isSubscribed(c->valueHandle))
            tab->subscribe(c->valueHandle, true);
    }
}

void MainWindow::showPlots()
{
    m_plotDock->show();
    m_plotDock->raise();
    // The first plot of the session gets room: the bottom area starts at the log's height.
    if (!m_plotDockSized && !m_plotDock->isFloating()) {
        m_plotDockSized = true;
        const int wanted = height() * 60 / 100;
        if (m_plotDock->height() < wanted)
            resizeDocks({ m_plotDock }, { wanted }, Qt::Vertical);
    }
}

} // namespace gattscope
