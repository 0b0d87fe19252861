// SPDX-License-Identifier: MIT
#include "plotcontroller.h"

#include <gattscope/core/backend/pending.h>
#include <gattscope/core/series/notificationhub.h>
#include <gattscope/core/series/recordedstream.h>
#include <gattscope/core/series/seriesrecorder.h>
#include <gattscope/core/session/attributenames.h>
#include <gattscope/core/session/devicesession.h>
#include <gattscope/core/session/fieldlayoutstore.h>
#include <gattscope/core/session/whendone.h>
#include <gattscope/ui/common/retranslator.h>
#include <gattscope/ui/common/uiformat.h>
#include <gattscope/ui/gatt/gatttreemodel.h>
#include <gattscope/ui/plot/plotpanel.h>
#include <gattscope/ui/plot/plotsetupdialog.h>

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QTreeView>

namespace gattscope {

using UiFormat::icon;

namespace {

const Characteristic *characteristicOf(const DeviceTab *tab, quint16 valueHandle)
{
    return tab ? tab->session()->characteristic(valueHandle) : nullptr;
}

// Whether the values decode without a user layout (SIG format or a usable 0x2904).
bool decodesItself(const Characteristic &c)
{
    return StreamDecoder(DecoderSpec::forCharacteristic(c, FieldLayout())).specError().isEmpty();
}

} // namespace

PlotController::PlotController(QMainWindow *window, NotificationHub *hub, TabFinder findTab, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_hub(hub)
    , m_findTab(std::move(findTab))
{
    m_panel = new PlotPanel(hub, window);
    m_dock = new QDockWidget(window);
    m_dock->setObjectName(QStringLiteral("plotDock"));
    Retranslator::bind(m_dock, [this] { m_dock->setWindowTitle(tr("Plots")); });
    m_dock->setWidget(m_panel);
}

void PlotController::createActions(QMenu *menu)
{
    m_plotAction = menu->addAction(icon("plot"), QString());
    m_plotAction->setObjectName(QStringLiteral("plotAction"));
    m_plotAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_plotAction, &QAction::triggered, this, [this] { plotSelected(true); });
    m_plotPollingAction = menu->addAction(QString());
    m_plotPollingAction->setObjectName(QStringLiteral("plotPollingAction"));
    Retranslator::bind(menu, [this] {
        m_plotAction->setText(tr("&Plot"));
        m_plotAction->setToolTip(tr("Plot the selected characteristic: its notifications, or by polling when "
                                    "it only reads (Ctrl+Shift+P)"));
        m_plotPollingAction->setText(tr("Plot by p&olling…"));
        m_plotPollingAction->setToolTip(
            tr("Read the selected characteristic at an interval and plot its values"));
    });
    connect(m_plotPollingAction, &QAction::triggered, this, [this] { plotSelected(false); });
    setCurrentTab(nullptr);
}

void PlotController::setCurrentTab(DeviceTab *tab)
{
    m_current = tab;
    const bool up = tab && tab->session()->isConnected();
    m_plotAction->setEnabled(up);
    m_plotPollingAction->setEnabled(up);
}

void PlotController::plotSelected(bool preferNotifications)
{
    DeviceTab *tab = m_current;
    if (!tab)
        return;
    QAction *notifications = tab->plotNotificationsAction();
    QAction *polling = tab->plotPollingAction();
    if (preferNotifications && notifications->isEnabled())
        notifications->trigger();
    else if (polling->isEnabled())
        polling->trigger();
    else
        say(preferNotifications ? tr("Select a characteristic that notifies, indicates or can be read.")
                                : tr("Select a characteristic that can be read."));
}

void PlotController::request(DeviceTab *tab, quint16 valueHandle, DeviceTab::PlotSource source)
{
    if (!characteristicOf(tab, valueHandle))
        return;
    // How it decodes may depend on its 0x2904, and its name on its 0x2901: read them first.
    QPointer<DeviceTab> guard(tab);
    whenDone(
        this,
        tab->readDescriptorValues(valueHandle, { GattUuid::PresentationFormat, GattUuid::UserDescription }),
        [this, guard, valueHandle, source](const QFuture<Status> &read) {
            if (guard && !read.isCanceled())
                ask(guard, valueHandle, source);
        });
}

void PlotController::ask(DeviceTab *tab, quint16 valueHandle, DeviceTab::PlotSource source)
{
    const Characteristic *c = characteristicOf(tab, valueHandle);
    if (!c)
        return;
    const bool askLayout = !decodesItself(*c);
    const bool askInterval = source == DeviceTab::PlotSource::Polling;
    if (!askLayout && !askInterval) {
        if (const Result<int> plotted = plot(tab, valueHandle, source); !plotted.ok())
            say(plotted.error().message(), 0);
        return;
    }
    if (m_dialog)
        m_dialog->reject(); // one question at a time
    const QString subject = tr("%1 · %2").arg(AttributeNames::label(*c), tab->title());
    auto *dialog = new PlotSetupDialog(subject, askLayout, askInterval, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (askLayout) {
        FieldLayout layout = FieldLayoutStore::instance().layout(c->uuid);
        if (layout.isEmpty()) {
            // "Accelerometer x,y,z (mg) <hhh": a suggestion, which the user confirms.
            const QString hint = AttributeNames::layoutHint(AttributeNames::userDescription(*c));
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
            // Remembered for the UUID: the tree, the log and the next plot decode with it
            // (the sessions rebuild their decoders when the store says it changed).
            FieldLayoutStore::instance().setLayout(uuid, layout);
            guard->treeView()->viewport()->update(); // the value column decodes anew
        }
        if (const Result<int> plotted = plot(guard, valueHandle, source, layout, dialog->interval());
            !plotted.ok())
            say(plotted.error().message(), 0);
    });
    m_dialog = dialog;
    dialog->open();
}

Result<int> PlotController::plot(DeviceTab *tab, quint16 valueHandle, DeviceTab::PlotSource source,
                                 const FieldLayout &layout, std::chrono::milliseconds interval)
{
    const auto fail = [](const QString &message) {
        return Result<int>(Error(Error::Kind::InvalidArgument, message));
    };
    const Characteristic *c = characteristicOf(tab, valueHandle);
    if (!c)
        return fail(
            tr("There is no characteristic with value handle %1.").arg(UiFormat::handle(valueHandle)));
    const QString name = AttributeNames::label(*c);
    const bool polled = source == DeviceTab::PlotSource::Polling;
    if (polled && !(c->properties & CharacteristicProperty::Read))
        return fail(tr("%1 cannot be read.").arg(name));
    if (!polled
        && (!(c->properties & (CharacteristicProperty::Notify | CharacteristicProperty::Indicate))
            || !c->cccdHandle()))
        return fail(tr("%1 neither notifies nor indicates.").arg(name));

    const DecoderSpec spec = DecoderSpec::forCharacteristic(
        *c, layout.isEmpty() ? FieldLayoutStore::instance().layout(c->uuid) : layout);
    if (const QString problem = StreamDecoder(spec).specError(); !problem.isEmpty())
        return fail(tr("%1 cannot be plotted: %2").arg(name, problem));

    const StreamKey key { tab->address(), c->valueHandle };
    int id = 0;
    SeriesRecorder *recorder = m_panel->recorder();
    for (int existing : recorder->streamIds()) {
        const RecordedStream *s = recorder->stream(existing);
        if (s && s->key == key && s->polled == polled && s->decoder->spec().layout == spec.layout
            && s->decoder->spec().presentationFormat == spec.presentationFormat)
            id = existing; // already plotted this way
    }
    const QString label = tr("%1 · %2").arg(name, tab->title());
    const DeviceAddress device = tab->address();
    const quint16 handle = c->valueHandle;
    if (!id && polled) {
        // Through the tab's session, not a captured Connection: a reconnect hands out a new
        // one, and polling carries on with it. Reads that find no link fail at once.
        QPointer<PlotController> self(this);
        id = m_panel->addPolledStream(
            key, label, spec,
            [self, device, handle]() -> QFuture<Result<QByteArray>> {
                DeviceTab *t = self ? self->m_findTab(device) : nullptr;
                if (!t || !t->session()->isConnected())
                    return Pending<QByteArray>::ready(Error(Error::Kind::Disconnected));
                return t->session()->connection()->read(handle);
            },
            interval);
        // The tree and the log show what the polls read. Reads that found no link are left
        // out of the log: at a short interval they would bury it, and the disconnect is
        // logged once already.
        if (ReadPoller *poller = recorder->poller(id)) {
            connect(poller, &ReadPoller::valueRead, this,
                    [this, device, handle](qint64 timestampUs, const QByteArray &value) {
                        if (DeviceTab *t = m_findTab(device))
                            t->session()->recordRead(handle, value, timestampUs);
                    });
            connect(poller, &ReadPoller::readFailed, this, [this, device, handle](const Error &failure) {
                DeviceTab *t = m_findTab(device);
                if (t && failure.kind() != Error::Kind::Disconnected)
                    t->session()->recordRead(handle, failure);
            });
        }
    } else if (!id) {
        id = m_panel->addStream(key, label, spec);
    }
    if (!polled && !tab->isSubscribed(c->valueHandle))
        tab->subscribe(c->valueHandle, true);
    show();
    say(tr("Plotting %1.").arg(label));
    return id;
}

void PlotController::resume(DeviceTab *tab)
{
    const SeriesRecorder *recorder = m_panel->recorder();
    for (int id : recorder->streamIds()) {
        const RecordedStream *s = recorder->stream(id);
        if (!s || s->polled || s->key.device != tab->address())
            continue;
        const Characteristic *c = characteristicOf(tab, s->key.handle);
        if (c && c->cccdHandle() && !tab->isSubscribed(c->valueHandle))
            tab->subscribe(c->valueHandle, true);
    }
}

void PlotController::show()
{
    m_dock->show();
    m_dock->raise();
    // The first plot of the session gets room: the bottom area starts at the log's height.
    if (!m_dockSized && !m_dock->isFloating()) {
        m_dockSized = true;
        const int wanted = m_window->height() * 60 / 100;
        if (m_dock->height() < wanted)
            m_window->resizeDocks({ m_dock }, { wanted }, Qt::Vertical);
    }
}

void PlotController::markDisconnected(const DeviceAddress &device, qint64 tUs)
{
    m_panel->addMarker(device, tUs, tr("Disconnected"));
}

} // namespace gattscope
