// SPDX-License-Identifier: MIT
#pragma once

#include "bgapioptions.h"

#include <gattscope/backends/bgapi/protocol/bgapimessages.h>
#include <gattscope/core/backend/backend.h>

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class QTimer;

namespace gattscope {

class BgapiCommandQueue;

// The dongle's Security Manager as the backend sees it: its bond store and the security
// settings every pairing depends on.
//
// Notes for implementers
// - Lives on the backend's thread; not thread-safe. Commands go through the backend's
//   BgapiCommandQueue; callbacks run on that thread.
// - list(): sm_get_bonds → its response gives the count, then one sm_bond_status per bond.
//   The listing ends when that many arrived (or at once for 0), or with Timeout when they
//   do not within commandTimeoutMs. Listings asked for meanwhile share the running one.
//   An sm_bond_status outside a listing (pairing just stored a bond) is ignored.
// - remove(h): sm_delete_bonding(h). remove(-1) lists the bonds and deletes each one, the
//   last listed first (as pygatt does); the first failure ends it with that error.
// - applySecurity(bondable, mitm): sm_set_bondable_mode / sm_set_parameters, each only when
//   it differs from what the dongle was last told (reset() records what start-up told it).
// - Cancellation (QFuture::cancel() on a listing or deletion): the caller's Pending
//   finishes with Cancelled at once; a deletion stops before its next sm_delete_bonding, and
//   a command not yet sent is dropped. A listing other callers still wait for goes on.
// - fail(error): the dongle went away or the backend closed; every listing and deletion
//   ends with `error`.
class BgapiBondManager : public QObject
{
    Q_OBJECT

public:
    BgapiBondManager(BgapiCommandQueue *queue, const BgapiOptions &options, QObject *parent = nullptr);
    ~BgapiBondManager() override;

    // What start-up told the dongle (sm_set_bondable_mode, sm_set_parameters).
    void reset(bool bondable, bool mitm);
    void list(Pending<QList<Backend::Bond>> pending);
    void remove(int bondHandle, Pending<std::monostate> pending);
    // Brings the dongle's bondable mode and MITM requirement to these values, then calls
    // done (with the error of sm_set_parameters, if any).
    void applySecurity(bool bondable, bool mitm, std::function<void(const Error &)> done);

    void handleBondStatus(const bgapi::SmBondStatusEvent &event);
    void fail(const Error &error);

private:
    using ListDone = std::function<void(const Result<QList<Backend::Bond>> &)>;
    struct Waiter
    {
        ListDone done;
        std::function<bool()> gaveUp; // the caller cancelled: it needs no answer any more
    };
    void query(Waiter waiter);
    void onBondCount(quint8 count);
    void finishQuery(const Result<QList<Backend::Bond>> &result);
    void onListingCancelled();
    void deleteEach(QList<int> handles, Pending<std::monostate> pending);

    BgapiCommandQueue *m_queue;
    const BgapiOptions &m_options;
    QTimer *m_timer; // waits for the sm_bond_status events of a listing
    bool m_bondable = false;
    bool m_mitm = false;

    struct Query
    {
        quint64 ticket = 0; // of its sm_get_bonds
        int expected = -1; // the count, once sm_get_bonds answered
        QList<Backend::Bond> bonds;
        QList<Waiter> waiters;
    };
    std::optional<Query> m_query;
};

} // namespace gattscope
