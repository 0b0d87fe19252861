// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QtGlobal>

#include <array>

namespace gattscope {

class BgapiClientConnection;

// Which BgapiClientConnection owns which of the dongle's connection handles (0..255), so
// that the backend can route an event by the handle it carries.
//
// A handle is assigned when gap_connect_direct names it (events of a link that is still
// being established find their attempt) and confirmed by the connection_status that brings
// the link up; it is released when the link ends. A released handle may be handed out again
// by the dongle at once. Lives on the backend's thread; not thread-safe.
class BgapiLinkTable
{
public:
    BgapiClientConnection *at(quint8 handle) const { return m_links[handle]; }
    void assign(quint8 handle, BgapiClientConnection *connection) { m_links[handle] = connection; }
    // Releases `handle` only if `connection` still holds it (it may have been reassigned).
    void release(quint8 handle, BgapiClientConnection *connection)
    {
        if (m_links[handle] == connection)
            m_links[handle] = nullptr;
    }
    void release(quint8 handle) { m_links[handle] = nullptr; }

    // Every connection that holds a handle, each once.
    QList<BgapiClientConnection *> connections() const
    {
        QList<BgapiClientConnection *> all;
        for (BgapiClientConnection *c : m_links) {
            if (c && !all.contains(c))
                all.append(c);
        }
        return all;
    }
    // Empties the table and returns what it held (to end every link).
    QList<BgapiClientConnection *> takeAll()
    {
        const QList<BgapiClientConnection *> all = connections();
        m_links.fill(nullptr);
        return all;
    }

private:
    std::array<BgapiClientConnection *, 256> m_links {};
};

} // namespace gattscope
