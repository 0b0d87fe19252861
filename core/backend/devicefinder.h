// SPDX-License-Identifier: MIT
#pragma once

#include "advertisement.h"
#include "pending.h"

#include <gattscope/core/base/deviceaddress.h>
#include <gattscope/core/base/result.h>

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

namespace gattscope {

class Backend;

// What a user typed to name a peripheral: an address ("C0:98:E5:49:00:01", any case, with
// dashes or without separators) or the name it advertises. Text that parses as an address
// is an address; anything else is a name.
struct DeviceQuery
{
    std::optional<DeviceAddress> address; // the 48 bits; the type is learnt from the air
    QString name;

    static DeviceQuery parse(const QString &text);
    bool isEmpty() const { return !address && name.isEmpty(); }
    // Addresses compare by their 48 bits (whatever type was typed); names exactly, or else
    // case-insensitively.
    bool matches(const DeviceAddress &heard, const QString &advertisedName) const;
    QString toString() const;
};

// A peripheral the scan heard that matches a DeviceQuery: its address with the type the
// air said (what Backend::connectToDevice() needs), its name (from the advertisement or the
// scan response), the last RSSI.
struct FoundDevice
{
    DeviceAddress address;
    QString name;
    int rssi = 0;
};

// Finds one peripheral by address or name from a scan: what `gattscope-cli read "HRM Strap"`
// and the library's Adapter::connect("HRM Strap") both need before they can connect.
//
// Notes for users
// - Lives on the thread that calls find() (it needs that thread's event loop, like
//   DeviceSession); the backend runs on its own thread.
// - find() starts a scan unless the backend is scanning already, watches the adverts until
//   one matches, and stops the scan it started (never one somebody else started). A name may
//   arrive in the scan response only: the finder remembers names by address while it runs.
// - The first peripheral heard that matches wins (two devices with one name: the first).
// - Fails with NotFound when nothing matched within `timeoutMs` (the message names the query
//   and the time), InvalidArgument for an empty query, and with the backend's error when
//   the scan cannot start. Cancelling the future stops the search (and the scan it started).
class DeviceFinder : public QObject
{
    Q_OBJECT

public:
    static QFuture<Result<FoundDevice>> find(Backend *backend, const DeviceQuery &query, int timeoutMs,
                                             QObject *context);

private:
    DeviceFinder(Backend *backend, const DeviceQuery &query, QObject *context);
    void start(int timeoutMs);
    void onAdvertisements(const QList<Advertisement> &batch);
    void finish(const Result<FoundDevice> &result);

    Backend *m_backend;
    DeviceQuery m_query;
    QHash<quint64, QString> m_names; // by the address's 48 bits
    QTimer m_timeout;
    bool m_startedScan = false;
    bool m_done = false;
    Pending<FoundDevice> m_pending;
};

} // namespace gattscope
