// SPDX-License-Identifier: MIT
#include "ptyserver.h"

#include <gattscope/backends/bgapi/protocol/bgapimessages.h>
#include <gattscope/backends/bgapi/protocol/bgapinames.h>
#include <gattscope/backends/virtual/virtualdongle.h>

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace gattscope {

namespace {

void printError(const QString &message)
{
    QTextStream(stderr) << "gattscope-sim: " << message << Qt::endl;
}

// One log line per packet: "> name  hex" for commands, "< name  hex" for what we send.
void logPacket(bool fromHost, const QByteArray &bytes, int verbosity)
{
    const Result<BgapiPacket> packet = BgapiPacket::fromBytes(bytes);
    QString name;
    if (packet.ok()) {
        const BgapiPacket &p = packet.value();
        if (verbosity < 2 && p.isEvent()) {
            // -v leaves out the high-rate events: scan reports and notifications.
            const bool scanReport = p.messageClass == bgapi::MessageClass::Gap && p.messageId == 0;
            const bool pushed = p.messageClass == bgapi::MessageClass::Attclient && p.messageId == 5
                && p.payload.size() > 3 && p.payload[3] != 0 && p.payload[3] != 3 && p.payload[3] != 4;
            if (scanReport || pushed)
                return;
        }
        name = bgapi::messageName(p,
                                  fromHost ? bgapi::Direction::HostToDevice : bgapi::Direction::DeviceToHost);
    } else {
        name = fromHost ? QCoreApplication::translate("gattscope::PtyServer", "(malformed)")
                        : QCoreApplication::translate("gattscope::PtyServer", "(bytes)");
    }
    QTextStream(stderr) << (fromHost ? "> " : "< ") << name << "  " << bytes.toHex(' ') << Qt::endl;
}

} // namespace

PtyServer::PtyServer(VirtualDongle *dongle, QString linkPath, int verbosity, QObject *parent)
    : QObject(parent)
    , m_dongle(dongle)
    , m_linkPath(std::move(linkPath))
    , m_verbosity(verbosity)
{ }

PtyServer::~PtyServer()
{
    if (m_dongle->device() == &m_pty)
        m_dongle->attach(nullptr);
    m_pty.close();
    if (!m_linkPath.isEmpty() && QFileInfo(m_linkPath).isSymLink())
        QFile::remove(m_linkPath);
}

Status PtyServer::start()
{
    if (!m_pty.open(QIODevice::ReadWrite))
        return Error(Error::Kind::TransportLost,
                     tr("cannot open a pseudo-terminal: %1").arg(m_pty.errorString()));
    m_dongle->attach(&m_pty);
    if (const Status linked = updateLink(); !linked.ok())
        return linked;
    announce();
    // Re-enumerated after system_reset: a new pty, announced like the first.
    connect(m_dongle, &VirtualDongle::replugged, this, [this] {
        if (const Status linked = updateLink(); !linked.ok())
            printError(linked.error().message());
        announce();
    });
    if (m_verbosity > 0) {
        m_dongle->setTrafficSignals(true);
        const int verbosity = m_verbosity;
        connect(m_dongle, &VirtualDongle::commandReceived, this,
                [verbosity](const QByteArray &bytes) { logPacket(true, bytes, verbosity); });
        connect(m_dongle, &VirtualDongle::packetSent, this,
                [verbosity](const QByteArray &bytes) { logPacket(false, bytes, verbosity); });
        connect(m_dongle, &VirtualDongle::unplugged, this,
                [] { printError(tr("unplugged (the pty is closed)")); });
    }
    return success();
}

void PtyServer::announce()
{
    QTextStream(stdout) << "gattscope-sim: serving a virtual BLED112 on " << m_pty.slavePath() << Qt::endl;
}

// Points the link (if any) at the pty, replacing an older symbolic link, never a file.
Status PtyServer::updateLink()
{
    if (m_linkPath.isEmpty())
        return success();
    const QFileInfo info(m_linkPath);
    if (info.isSymLink()) {
        QFile::remove(m_linkPath);
    } else if (info.exists()) {
        return Error(Error::Kind::InvalidArgument,
                     tr("%1 exists and is not a symbolic link; not replacing it").arg(m_linkPath));
    }
    if (!QFile::link(m_pty.slavePath(), m_linkPath))
        return Error(Error::Kind::InvalidArgument, tr("cannot create the symbolic link %1").arg(m_linkPath));
    return success();
}

} // namespace gattscope
