// SPDX-License-Identifier: MIT
#include "startupscript.h"

#include <gattscope/ui/common/operationtracker.h>
#include <gattscope/ui/gatt/devicetab.h>
#include <gattscope/ui/gatt/gatttreemodel.h>
#include <gattscope/ui/scanner/scannermodel.h>
#include <gattscope/ui/scanner/scannerpanel.h>
#include <gattscope/ui/window/mainwindow.h>

#include <QAction>
#include <QCoreApplication>

namespace gattscope {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gattscope::StartupScript", text);
}

std::optional<Uuid> parseUuid(const QString &text, QString *error)
{
    const std::optional<Uuid> uuid = Uuid::fromString(text.trimmed());
    if (!uuid && error)
        *error = tr("'%1' is not a UUID (use 2A37, 0x2A37 or the 128-bit form)").arg(text);
    return uuid;
}

bool parseInto(QList<Uuid> &list, const QString &text, QString *error)
{
    const std::optional<Uuid> uuid = parseUuid(text, error);
    if (uuid)
        list << *uuid;
    return bool(uuid);
}
} // namespace

StartupScript::StartupScript(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &StartupScript::poll);
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

bool StartupScript::addRead(const QString &uuid, QString *error)
{
    return parseInto(m_reads, uuid, error);
}

bool StartupScript::addSubscribe(const QString &uuid, QString *error)
{
    return parseInto(m_subscribes, uuid, error);
}

bool StartupScript::addPlot(const QString &spec, QString *error)
{
    const qsizetype equals = spec.indexOf(u'=');
    const std::optional<Uuid> uuid = parseUuid(equals < 0 ? spec : spec.left(equals), error);
    if (!uuid)
        return false;
    PlotRequest request { *uuid, {} };
    if (equals >= 0) {
        const Result<FieldLayout> layout = FieldLayout::parse(spec.mid(equals + 1));
        if (!layout.ok() || layout.value().fieldCount() == 0) {
            if (error)
                *error = tr("'%1' is not a field layout (e.g. <hhh): %2")
                             .arg(spec.mid(equals + 1),
                                  layout.ok() ? tr("it has no fields") : layout.error().message());
            return false;
        }
        request.layout = layout.value();
    }
    m_plots << request;
    return true;
}

void StartupScript::start()
{
    if (m_targets.isEmpty()) {
        QTimer::singleShot(0, this, [this] { finish({}); });
        return;
    }
    m_clock.start();
    m_timer.start();
}

void StartupScript::poll()
{
    const QString target = m_targets.value(m_current);
    if (m_clock.elapsed() > m_timeoutMs) {
        m_problems << (m_step == Step::FindDevice
                           ? tr("no device called '%1' was heard").arg(target)
                           : tr("%1 did not connect or its services were not found").arg(target));
        nextTarget();
        return;
    }
    if (m_step == Step::FindDevice && findDevice())
        m_step = Step::WaitForServices;
    if (m_step == Step::FindDevice)
        return;
    DeviceTab *tab = m_window->deviceTab(m_address);
    if (!tab || !tab->hasDatabase())
        return;
    if (m_step == Step::WaitForServices) {
        m_step = Step::Operations;
        queueOperations(tab);
    }
    // One operation at a time, as a user would click: the log then reads in order.
    if (m_window->operationTracker()->isBusy())
        return;
    if (m_operations.isEmpty()) {
        nextTarget();
        return;
    }
    run(tab, m_operations.takeFirst());
}

void StartupScript::run(DeviceTab *tab, const Operation &operation)
{
    if (!tab->selectHandle(operation.handle))
        return;
    switch (operation.action) {
    case Action::Read: tab->readSelected(); break;
    case Action::Subscribe:
        if (tab->subscribeAction()->isEnabled() && !tab->subscribeAction()->isChecked())
            tab->subscribeAction()->trigger();
        break;
    case Action::ReadDescriptors:
        tab->readDescriptorValues(operation.handle,
                                  { GattUuid::PresentationFormat, GattUuid::UserDescription }, [] {});
        break;
    case Action::Plot: {
        const Characteristic *c = tab->treeModel()->database().characteristicForHandle(operation.handle);
        const bool notifies
            = c && (c->properties & (CharacteristicProperty::Notify | CharacteristicProperty::Indicate));
        QString error;
        if (!m_window->plotCharacteristic(tab, operation.handle,
                                          notifies ? DeviceTab::PlotSource::Notifications
                                                   : DeviceTab::PlotSource::Polling,
                                          operation.layout, std::chrono::seconds(1), &error))
            m_problems << error;
        break;
    }
    }
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
            return true;
        }
    }
    return false;
}

void StartupScript::queueOperations(const DeviceTab *tab)
{
    const GattDatabase &db = tab->treeModel()->database();
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
            m_operations.append({ handle, Action::Read, {} });
    }
    for (const Uuid &uuid : std::as_const(m_subscribes)) {
        if (const quint16 handle = handleOf(uuid))
            m_operations.append({ handle, Action::Subscribe, {} });
    }
    for (const PlotRequest &plot : std::as_const(m_plots)) {
        if (const quint16 handle = handleOf(plot.uuid)) {
            m_operations.append({ handle, Action::ReadDescriptors, {} });
            m_operations.append({ handle, Action::Plot, plot.layout });
        }
    }
}

void StartupScript::nextTarget()
{
    m_operations.clear();
    m_step = Step::FindDevice;
    if (++m_current < m_targets.size()) {
        m_clock.restart();
        return;
    }
    QStringList missing;
    QList<Uuid> requested = m_reads + m_subscribes;
    for (const PlotRequest &plot : std::as_const(m_plots))
        requested << plot.uuid;
    for (const Uuid &uuid : std::as_const(requested)) {
        if (!m_found.contains(uuid) && !missing.contains(uuid.toString()))
            missing << uuid.toString();
    }
    if (!missing.isEmpty())
        m_problems << tr("%1 has no characteristic %2").arg(m_targets.join(tr(" or ")), missing.join(u' '));
    finish(m_problems.join(QStringLiteral("; ")));
}

void StartupScript::finish(const QString &problem)
{
    m_timer.stop();
    Q_EMIT finished(problem);
}

} // namespace gattscope
