// SPDX-License-Identifier: MIT
#include "startupscript.h"

#include <gattscope/core/session/attributenames.h>
#include <gattscope/core/session/devicesession.h>
#include <gattscope/core/session/whendone.h>
#include <gattscope/ui/common/operationtracker.h>
#include <gattscope/ui/gatt/devicetab.h>
#include <gattscope/ui/gatt/valueeditor.h>
#include <gattscope/ui/scanner/scannermodel.h>
#include <gattscope/ui/scanner/scannerpanel.h>
#include <gattscope/ui/window/mainwindow.h>

namespace gattscope {

namespace {
Result<Uuid> parseUuid(const QString &text)
{
    const std::optional<Uuid> uuid = Uuid::fromString(text.trimmed());
    if (!uuid)
        return Error(
            Error::Kind::InvalidArgument,
            StartupScript::tr("'%1' is not a UUID (use 2A37, 0x2A37 or the 128-bit form)").arg(text));
    return *uuid;
}

Status parseInto(QList<Uuid> &list, const QString &text)
{
    const Result<Uuid> uuid = parseUuid(text);
    if (!uuid.ok())
        return uuid.error();
    list << uuid.value();
    return success();
}

QString seconds(int ms)
{
    return StartupScript::tr("%n s", nullptr, (ms + 999) / 1000);
}
} // namespace

StartupScript::StartupScript(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &StartupScript::poll);
    connect(window, &MainWindow::connectFailed, this, &StartupScript::onConnectFailed);
}

void StartupScript::setConnectTarget(const QString &addressOrName)
{
    m_targets.clear();
    addConnectTarget(addressOrName);
}

void StartupScript::addConnectTarget(const QString &addressOrName)
{
    if (!addressOrName.trimmed().isEmpty())
        m_targets << addressOrName.trimmed();
}

Status StartupScript::addRead(const QString &uuid)
{
    return parseInto(m_reads, uuid);
}

Status StartupScript::addSubscribe(const QString &uuid)
{
    return parseInto(m_subscribes, uuid);
}

Status StartupScript::addPlot(const QString &spec)
{
    const qsizetype equals = spec.indexOf(u'=');
    const Result<Uuid> uuid = parseUuid(equals < 0 ? spec : spec.left(equals));
    if (!uuid.ok())
        return uuid.error();
    PlotRequest request { uuid.value(), {}, spec };
    if (equals >= 0) {
        const Result<FieldLayout> layout = FieldLayout::parse(spec.mid(equals + 1));
        if (!layout.ok() || layout.value().fieldCount() == 0) {
            return Error(Error::Kind::InvalidArgument,
                         tr("'%1' is not a field layout (e.g. <hhh): %2")
                             .arg(spec.mid(equals + 1),
                                  layout.ok() ? tr("it has no fields") : layout.error().message()));
        }
        request.layout = layout.value();
    }
    m_plots << request;
    return success();
}

void StartupScript::start()
{
    if (m_targets.isEmpty()) {
        QTimer::singleShot(0, this, &StartupScript::finish);
        return;
    }
    m_clock.start();
    m_timer.start();
}

void StartupScript::poll()
{
    const QString target = m_targets.value(m_current);
    if (m_step == Step::FindDevice && findDevice())
        m_step = Step::WaitForServices;
    if (m_step == Step::FindDevice) {
        if (m_clock.elapsed() > m_timeoutMs)
            targetFailed(tr("--connect %1: no device called '%1' was heard within %2")
                             .arg(target, seconds(m_timeoutMs)));
        return;
    }
    if (m_step != Step::WaitForServices)
        return;
    DeviceTab *tab = m_window->deviceTab(m_address);
    // Also waits for what the tab does after discovery (reading the names), so that the
    // log reads in order.
    if (tab && tab->hasDatabase() && !tab->session()->isDiscovering()
        && !m_window->operationTracker()->isBusy()) {
        m_step = Step::Operations;
        m_tab = tab;
        m_anyDiscovered = true;
        queueOperations(tab);
        runNext();
        return;
    }
    if (m_clock.elapsed() <= m_timeoutMs)
        return;
    // Said as what it is: the link, or the discovery, not "has no characteristic".
    if (!tab)
        targetFailed(tr("--connect %1: the connection was not established within %2")
                         .arg(target, seconds(m_timeoutMs)));
    else if (!tab->session()->isConnected())
        targetFailed(tr("--connect %1: %2").arg(target, tab->stateText()));
    else if (tab->hasDatabase())
        targetFailed(tr("--connect %1: %2 still running after %3")
                         .arg(target, m_window->operationTracker()->currentLabel(), seconds(m_timeoutMs)));
    else
        targetFailed(tr("--connect %1: discovering its services did not finish within %2")
                         .arg(target, seconds(m_timeoutMs)));
}

void StartupScript::onConnectFailed(const DeviceAddress &address, const Error &error)
{
    if (m_step == Step::WaitForServices && address == m_address)
        targetFailed(
            tr("--connect %1: could not connect: %2").arg(m_targets.value(m_current), error.toString()));
}

void StartupScript::targetFailed(const QString &problem)
{
    m_problems << problem;
    nextTarget();
}

bool StartupScript::findDevice()
{
    const ScannerModel *model = m_window->scannerModel();
    const QString target = m_targets.value(m_current);
    const std::optional<DeviceAddress> wanted = DeviceAddress::fromString(target);
    for (int row = 0; row < model->deviceCount(); ++row) {
        const ScannedDevice *d = model->device(row);
        const bool match = wanted ? d->address.toUInt64() == wanted->toUInt64()
                                  : d->name.compare(target, Qt::CaseInsensitive) == 0;
        if (match && d->connectable) {
            m_address = d->address;
            m_window->scannerPanel()->selectAddress(d->address); // its advert details, as a click shows
            m_window->connectToDevice(d->address);
            m_clock.restart(); // connecting and discovering get a timeout of their own
            return true;
        }
    }
    return false;
}

void StartupScript::queueOperations(const DeviceTab *tab)
{
    const GattDatabase &db = tab->session()->database();
    const auto handleOf = [&](const Uuid &uuid) -> quint16 {
        const QList<const Characteristic *> found = db.characteristicsByUuid(uuid);
        if (found.isEmpty())
            return 0;
        if (!m_found.contains(uuid))
            m_found << uuid;
        return found.first()->valueHandle;
    };
    for (const Uuid &uuid : std::as_const(m_reads)) {
        if (const quint16 handle = handleOf(uuid))
            m_operations.append({ handle, Action::Read, {}, QStringLiteral("--read ") + uuid.toString() });
    }
    for (const Uuid &uuid : std::as_const(m_subscribes)) {
        if (const quint16 handle = handleOf(uuid))
            m_operations.append(
                { handle, Action::Subscribe, {}, QStringLiteral("--subscribe ") + uuid.toString() });
    }
    for (const PlotRequest &plot : std::as_const(m_plots)) {
        if (const quint16 handle = handleOf(plot.uuid)) {
            const QString option = QStringLiteral("--plot ") + plot.spec;
            m_operations.append({ handle, Action::ReadDescriptors, {}, option });
            m_operations.append({ handle, Action::Plot, plot.layout, option });
        }
    }
}

// One operation at a time, as a user would click: the log then reads in order.
void StartupScript::runNext()
{
    if (m_step != Step::Operations)
        return;
    if (!m_tab) {
        targetFailed(tr("--connect %1: the device's tab was closed").arg(m_targets.value(m_current)));
        return;
    }
    if (m_operations.isEmpty()) {
        nextTarget();
        return;
    }
    run(m_tab, m_operations.takeFirst());
}

void StartupScript::run(DeviceTab *tab, const Operation &operation)
{
    DeviceSession *session = tab->session();
    const Characteristic *c = session->characteristic(operation.handle);
    const QString name = c ? AttributeNames::label(*c) : QString();
    const QString device = session->title();
    const auto failed = [this, operation](const QString &why) {
        m_problems << operation.option + QStringLiteral(": ") + why;
    };
    const auto next = [this] {
        QTimer::singleShot(0, this, &StartupScript::runNext);
    };
    tab->selectHandle(operation.handle);
    switch (operation.action) {
    case Action::Read:
        if (!c || !(c->properties & CharacteristicProperty::Read)) {
            failed(tr("%1 of %2 cannot be read").arg(name, device));
            next();
            return;
        }
        whenDone(
            this, tab->valueEditor()->readValue(Connection::ReadMode::Auto),
            [=](const QFuture<Result<QByteArray>> &read) {
                if (read.isCanceled() || !read.result().ok())
                    failed(tr("reading %1 of %2 failed: %3")
                               .arg(name, device,
                                    read.isCanceled() ? tr("cancelled") : read.result().error().toString()));
                next();
            });
        return;
    case Action::Subscribe:
        if (!c || !(c->properties & (CharacteristicProperty::Notify | CharacteristicProperty::Indicate))
            || !c->cccdHandle()) {
            failed(tr("%1 of %2 neither notifies nor indicates").arg(name, device));
            next();
            return;
        }
        if (tab->isSubscribed(operation.handle)) {
            next();
            return;
        }
        whenDone(this, tab->subscribe(operation.handle, true), [=](const QFuture<Status> &s) {
            if (s.isCanceled() || !s.result().ok())
                failed(
                    tr("subscribing to %1 of %2 failed: %3")
                        .arg(name, device, s.isCanceled() ? tr("cancelled") : s.result().error().toString()));
            next();
        });
        return;
    case Action::ReadDescriptors:
        // Failed descriptor reads only change how the plot names and decodes: they show in the
        // log, and the plot step says what it cannot do. A lost link is a failure.
        whenDone(this,
                 tab->readDescriptorValues(operation.handle,
                                           { GattUuid::PresentationFormat, GattUuid::UserDescription }),
                 [=](const QFuture<Status> &s) {
                     if (!s.isCanceled() && s.result().error().kind() == Error::Kind::Disconnected)
                         failed(tr("%1 disconnected").arg(device));
                     next();
                 });
        return;
    case Action::Plot: {
        const bool notifies
            = c && (c->properties & (CharacteristicProperty::Notify | CharacteristicProperty::Indicate));
        const Result<int> plotted = m_window->plotCharacteristic(
            tab, operation.handle,
            notifies ? DeviceTab::PlotSource::Notifications : DeviceTab::PlotSource::Polling,
            operation.layout, std::chrono::seconds(1));
        if (!plotted.ok())
            failed(plotted.error().message());
        next();
        return;
    }
    }
}

void StartupScript::nextTarget()
{
    m_operations.clear();
    m_tab.clear();
    m_step = Step::FindDevice;
    if (++m_current < m_targets.size()) {
        m_clock.restart();
        return;
    }
    m_step = Step::Done;
    m_timer.stop();
    // A UUID no discovered target has; when no target was discovered, the failures above
    // already say why, and "has no characteristic" would be false.
    if (m_anyDiscovered) {
        QStringList missing;
        QList<Uuid> requested = m_reads + m_subscribes;
        for (const PlotRequest &plot : std::as_const(m_plots))
            requested << plot.uuid;
        for (const Uuid &uuid : std::as_const(requested)) {
            if (!m_found.contains(uuid) && !missing.contains(uuid.toString()))
                missing << uuid.toString();
        }
        if (!missing.isEmpty())
            m_problems
                << tr("%1 has no characteristic %2").arg(m_targets.join(tr(" or ")), missing.join(u' '));
    }
    finish();
}

void StartupScript::finish()
{
    m_timer.stop();
    Q_EMIT finished(
        m_problems.isEmpty() ? Error() : Error(Error::Kind::NotFound, m_problems.join(QStringLiteral("; "))));
}

} // namespace gattscope
