// SPDX-License-Identifier: MIT
#include "startupscript.h"

#include "devicetab.h"
#include "gatttreemodel.h"
#include "mainwindow.h"
#include "operationtracker.h"
#include "scannermodel.h"
#include "scannerpanel.h"

#include <QAction>
#include <QCoreApplication>

namespace gattscope {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gattscope::StartupScript", text);
}

bool parseInto(QList<Uuid> &list, const QString &text, QString *error)
{
    const std::optional<Uuid> uuid = Uuid::fromString(text.trimmed());
    if (!uuid) {
        if (error)
            *error = tr("'%1' is not a UUID (use 2A37, 0x2A37 or the 128-bit form)").arg(text);
        return false;
    }
    list << *uuid;
    return true;
}
} // namespace

StartupScript::StartupScript(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &StartupScript::poll);
}

bool StartupScript::addRead(const QString &uuid, QString *error)
{
    return parseInto(m_reads, uuid, error);
}

bool StartupScript::addSubscribe(const QString &uuid, QString *error)
{
    return parseInto(m_subscribes, uuid, error);
}

void StartupScript::start()
{
    if (m_target.isEmpty()) {
        QTimer::singleShot(0, this, [this] { finish({}); });
        return;
    }
    m_clock.start();
    m_timer.start();
}

void StartupScript::poll()
{
    if (m_clock.elapsed() > m_timeoutMs) {
        finish(m_step == Step::FindDevice
                   ? tr("no device called '%1' was heard").arg(m_target)
                   : tr("%1 did not connect or its services were not found").arg(m_target));
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
        finish(m_missing.isEmpty() ? QString()
                                   : tr("%1 has no characteristic %2").arg(m_target, m_missing.join(u' ')));
        return;
    }
    const Operation next = m_operations.takeFirst();
    if (!tab->selectHandle(next.handle))
        return;
    if (!next.subscribe)
        tab->readSelected();
    else if (tab->subscribeAction()->isEnabled() && !tab->subscribeAction()->isChecked())
        tab->subscribeAction()->trigger();
}

bool StartupScript::findDevice()
{
    const ScannerModel *model = m_window->scannerModel();
    const std::optional<DeviceAddress> wanted = DeviceAddress::fromString(m_target);
    for (int row = 0; row < model->deviceCount(); ++row) {
        const ScannedDevice *d = model->device(row);
        const bool match = wanted ? d->address.toUInt64() == wanted->toUInt64()
                                  : d->name.compare(m_target, Qt::CaseInsensitive) == 0;
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
    const auto add = [&](const QList<Uuid> &uuids, bool subscribe) {
        for (const Uuid &uuid : uuids) {
            const QList<const Characteristic *> found = db.characteristicsByUuid(uuid);
            if (found.isEmpty())
                m_missing << uuid.toString();
            else
                m_operations.append({ found.first()->valueHandle, subscribe });
        }
    };
    add(m_reads, false);
    add(m_subscribes, true);
}

void StartupScript::finish(const QString &problem)
{
    m_timer.stop();
    Q_EMIT finished(problem);
}

} // namespace gattscope
