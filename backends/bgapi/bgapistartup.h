// SPDX-License-Identifier: MIT
#pragma once

#include "bgapicommandqueue.h"
#include "bgapioptions.h"

#include <gattscope/core/base/deviceaddress.h>
#include <gattscope/core/base/result.h>

#include <functional>
#include <memory>

namespace gattscope {

// The careful host's start-up, run over an open transport (after the optional reset):
//   system_hello              does anything answer? (failure ends start-up)
//   gap_end_procedure         stop a scan or connect left running (0x0181 "nothing running" is fine)
//   gap_set_mode(0, 0)        neither discoverable nor connectable
//   system_get_connections    how many links the dongle holds (maxconn)
//   connection_disconnect h   for h in 0..maxconn-1: drop links a previous host left behind
//                             (errors, e.g. 0x0186 not connected, are expected and ignored)
//   sm_set_bondable_mode, sm_set_parameters   our security defaults
//   system_address_get, system_get_info       what to show the user
// A timeout on any step that has to work (hello, get_connections, address, info) fails the
// whole start-up; the others only log.
class BgapiStartup : public std::enable_shared_from_this<BgapiStartup>
{
public:
    struct Outcome
    {
        DeviceAddress address;
        int maxConnections = 1;
        quint16 major = 0, minor = 0, patch = 0, build = 0;
        quint8 protocolVersion = 0;
        quint8 hardware = 0;
    };
    using Done = std::function<void(const Result<Outcome> &)>;

    // `owner` tags the queued commands (so they can be cancelled together).
    static void run(BgapiCommandQueue *queue, const BgapiOptions &options, const void *owner, Done done);

    BgapiStartup(BgapiCommandQueue *queue, const BgapiOptions &options, const void *owner, Done done);

private:
    void hello();
    void endProcedure();
    void setMode();
    void getConnections();
    void disconnectLeftover(int handle);
    void security();
    void address();
    void info();
    void fail(const Error &error);

    BgapiCommandQueue *m_queue;
    const BgapiOptions m_options;
    const void *m_owner;
    Done m_done;
    Outcome m_outcome;
};

} // namespace gattscope
