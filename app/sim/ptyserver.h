// SPDX-License-Identifier: MIT
#pragma once

#include "pseudoterminal.h"

#include <gattscope/core/base/result.h>

#include <QCoreApplication>
#include <QObject>
#include <QString>

namespace gattscope {

class VirtualDongle;

// Serves a VirtualDongle on a pseudo-terminal, where any BGAPI host can open it: announces
// the pty's path on stdout ("gattscope-sim: serving a virtual BLED112 on /dev/pts/N", again
// after every re-enumeration), keeps the optional symbolic link pointing at it, and with
// verbosity > 0 logs each packet on stderr ("> name  hex" from the host, "< name  hex" to
// it; scan reports and notifications only from 2 on). The destructor detaches the dongle,
// closes the pty and removes the link.
class PtyServer : public QObject
{
    Q_OBJECT

public:
    PtyServer(VirtualDongle *dongle, QString linkPath, int verbosity, QObject *parent = nullptr);
    ~PtyServer() override;

    // Opens the pty and starts serving; the error says why not.
    Status start();
    QString path() const { return m_pty.slavePath(); }

private:
    void announce();
    Status updateLink();

    VirtualDongle *m_dongle;
    PseudoTerminal m_pty;
    QString m_linkPath;
    int m_verbosity;
};

} // namespace gattscope
