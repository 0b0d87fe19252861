// SPDX-License-Identifier: MIT
#pragma once

#include "clidevice.h"

#include <gattscope/core/series/streamcursor.h>

#include <QObject>

#include <functional>

namespace gattscope::cli {

// The notifications or indications of some characteristics of a CliDevice, read from its
// NotificationHub with one StreamCursor per characteristic — the hub's way, as every other
// consumer reads it — until a count, a duration, Ctrl-C/SIGTERM or the link's end.
// Used by subscribe, monitor and dump --record.
//
// subscribe() writes the CCCDs (through DeviceSession), run() spins main()'s event loop and
// hands every value (and every gap the hand-off recorded) to the sink in arrival order per
// characteristic, unsubscribe() writes the CCCDs back (best effort: the link may be gone).
class CliSubscription : public QObject
{
    Q_OBJECT

public:
    enum class End : quint8 {
        Count, // --count values arrived
        Duration, // --duration passed
        Interrupted, // Ctrl-C or SIGTERM
        LinkLost, // the link or the dongle went away (linkError() says why)
        SinkFailed, // the sink could not write (stdout or a file refused)
    };
    struct Limits
    {
        quint64 count = 0; // 0: no limit
        int durationMs = 0; // 0: no limit
    };
    // Returns false when the value could not be written (stops the run: End::SinkFailed).
    using Sink = std::function<bool(quint16 handle, const NotificationSample &sample)>;

    CliSubscription(CliDevice &device, QList<quint16> valueHandles, QObject *parent = nullptr);

    // `mode` Off: notifications when the characteristic can notify, else indications.
    // Returns ExitOk or the failure's code (printed).
    int subscribe(Connection::Subscription mode = Connection::Subscription::Off);
    End run(const Limits &limits, const Sink &sink);
    void unsubscribe();

    quint64 valueCount() const { return m_values; }
    qint64 startedUs() const { return m_startedUs; }
    Error linkError() const { return m_linkError; }

private:
    // Reads what the hub holds that is new; false when the run must end.
    bool drain();

    CliDevice &m_device;
    QList<quint16> m_handles;
    QList<StreamCursor> m_cursors;
    Sink m_sink;
    Limits m_limits;
    quint64 m_values = 0;
    qint64 m_startedUs = 0;
    std::optional<End> m_end;
    bool m_full = false; // the count was reached or the sink failed: take no more values
    Error m_linkError;
};

} // namespace gattscope::cli
