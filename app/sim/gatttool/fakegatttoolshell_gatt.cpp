// SPDX-License-Identifier: MIT
// The GATT commands of the fake gatttool: interactive.c's cmd_primary … cmd_mtu and their
// callbacks, with the same argument checks (and the same slips, such as char-read-uuid
// naming the wrong argument in its errors).
#include "bluezparsing.h"
#include "bytes_p.h"
#include "fakegattclient.h"
#include "fakegatttoolshell.h"

namespace gattscope {

namespace {

QByteArray hex4(quint16 v)
{
    return "0x" + QByteArray::number(v, 16).rightJustified(4, '0');
}

QByteArray hex2(quint8 v)
{
    return "0x" + QByteArray::number(v, 16).rightJustified(2, '0');
}

// "%02x " per byte.
QByteArray bytesText(QByteArrayView bytes)
{
    QByteArray out;
    for (const char b : bytes)
        out += QByteArray::number(quint8(b), 16).rightJustified(2, '0') + ' ';
    return out;
}

QByteArray uuidText(const Uuid &uuid)
{
    return uuid.toCanonicalString().toLatin1();
}

quint16 le16(QByteArrayView p, qsizetype at)
{
    return quint16(quint8(p.at(at)) | (quint8(p.at(at + 1)) << 8));
}

} // namespace

bool FakeGatttoolShell::requireConnected()
{
    if (m_state == State::Connected && m_client)
        return true;
    failed("Disconnected\n");
    return false;
}

void FakeGatttoolShell::cmdPrimary(const QByteArrayList &argv)
{
    if (!requireConnected())
        return;
    if (argv.size() == 1) {
        m_client->discoverPrimary([this](quint8 status, const QList<FakeGattClient::Service> &services) {
            if (status)
                error("Discover all primary services failed: " + bluez::attErrorText(status) + '\n');
            else if (services.isEmpty())
                error("No primary service found\n");
            for (const FakeGattClient::Service &s : services) {
                if (status)
                    break;
                print("attr handle: " + hex4(s.start) + ", end grp handle: " + hex4(s.end)
                      + " uuid: " + uuidText(s.uuid) + '\n');
            }
            flush();
        });
        return;
    }
    const std::optional<Uuid> uuid = bluez::uuid(argv.at(1));
    if (!uuid) {
        error("Invalid UUID\n");
        return;
    }
    m_client->discoverPrimary(*uuid, [this](quint8 status, const QList<FakeGattClient::Range> &ranges) {
        if (status)
            error("Discover primary services by UUID failed: " + bluez::attErrorText(status) + '\n');
        else if (ranges.isEmpty())
            error("No service UUID found\n");
        for (const FakeGattClient::Range &r : ranges) {
            if (status)
                break;
            print("Starting handle: " + hex4(r.start) + " Ending handle: " + hex4(r.end) + '\n');
        }
        flush();
    });
}

void FakeGatttoolShell::cmdIncluded(const QByteArrayList &argv)
{
    if (!requireConnected())
        return;
    int start = 0x0001;
    int end = 0xFFFF;
    if (argv.size() > 1) {
        const std::optional<int> h = bluez::handle(argv.at(1));
        if (!h || *h < 0) {
            error("Invalid start handle: " + argv.at(1) + '\n');
            return;
        }
        start = end = *h;
    }
    if (argv.size() > 2) {
        const std::optional<int> h = bluez::handle(argv.at(2));
        if (!h || *h < 0) {
            error("Invalid end handle: " + argv.at(2) + '\n');
            return;
        }
        end = *h;
    }
    m_client->findIncluded(
        quint16(start), quint16(end), [this](quint8 status, const QList<FakeGattClient::Included> &includes) {
            if (status) {
                error("Find included services failed: " + bluez::attErrorText(status) + '\n');
            } else if (includes.isEmpty()) {
                print("No included services found for this range\n");
            } else {
                for (const FakeGattClient::Included &i : includes) {
                    print("handle: " + hex4(i.handle) + ", start handle: " + hex4(i.start) + ", end handle: "
                          + hex4(i.end) + " uuid: " + (i.uuid ? uuidText(*i.uuid) : QByteArray()) + '\n');
                }
            }
            flush();
        });
}

void FakeGatttoolShell::cmdCharacteristics(const QByteArrayList &argv)
{
    if (!requireConnected())
        return;
    int start = 0x0001;
    int end = 0xFFFF;
    if (argv.size() > 1) {
        const std::optional<int> h = bluez::handle(argv.at(1));
        if (!h || *h < 0) {
            error("Invalid start handle: " + argv.at(1) + '\n');
            return;
        }
        start = *h;
    }
    if (argv.size() > 2) {
        const std::optional<int> h = bluez::handle(argv.at(2));
        if (!h || *h < 0) {
            error("Invalid end handle: " + argv.at(2) + '\n');
            return;
        }
        end = *h;
    }
    std::optional<Uuid> filter;
    if (argv.size() > 3) {
        filter = bluez::uuid(argv.at(3));
        if (!filter) {
            error("Invalid UUID\n");
            return;
        }
    }
    m_client->discoverCharacteristics(
        quint16(start), quint16(end), filter,
        [this](quint8 status, const QList<FakeGattClient::Characteristic> &found) {
            if (status) {
                error("Discover all characteristics failed: " + bluez::attErrorText(status) + '\n');
            } else {
                for (const FakeGattClient::Characteristic &c : found) {
                    print("handle: " + hex4(c.handle) + ", char properties: " + hex2(c.properties)
                          + ", char value handle: " + hex4(c.valueHandle) + ", uuid: " + uuidText(c.uuid)
                          + '\n');
                }
            }
            flush();
        });
}

void FakeGatttoolShell::cmdCharDesc(const QByteArrayList &argv)
{
    if (!requireConnected())
        return;
    // cmd_char_desc() keeps its range in globals: a failed parse leaves them changed.
    if (argv.size() > 1) {
        const std::optional<int> h = bluez::handle(argv.at(1));
        m_charDescStart = h ? *h : -22;
        if (m_charDescStart < 0) {
            error("Invalid start handle: " + argv.at(1) + '\n');
            return;
        }
    } else {
        m_charDescStart = 0x0001;
    }
    if (argv.size() > 2) {
        const std::optional<int> h = bluez::handle(argv.at(2));
        m_charDescEnd = h ? *h : -22;
        if (m_charDescEnd < 0) {
            error("Invalid end handle: " + argv.at(2) + '\n');
            return;
        }
    } else {
        m_charDescEnd = 0xFFFF;
    }
    m_client->discoverDescriptors(
        quint16(m_charDescStart), quint16(m_charDescEnd),
        [this](quint8 status, const QList<FakeGattClient::Descriptor> &found) {
            if (status) {
                error("Discover descriptors failed: " + bluez::attErrorText(status) + '\n');
            } else {
                for (const FakeGattClient::Descriptor &d : found)
                    print("handle: " + hex4(d.handle) + ", uuid: " + uuidText(d.uuid) + '\n');
            }
            flush();
        });
}

void FakeGatttoolShell::cmdReadHandle(const QByteArrayList &argv)
{
    if (!requireConnected())
        return;
    if (argv.size() < 2) {
        error("Missing argument: handle\n");
        return;
    }
    const std::optional<int> h = bluez::handle(argv.at(1));
    if (!h || *h < 0) {
        error("Invalid handle: " + argv.at(1) + '\n');
        return;
    }
    m_client->readCharacteristic(quint16(*h), [this](quint8 status, const QByteArray &pdu) {
        if (status)
            error("Characteristic value/descriptor read failed: " + bluez::attErrorText(status) + '\n');
        else if (pdu.isEmpty() || quint8(pdu.at(0)) != 0x0B)
            error("Protocol error\n");
        else
            print("Characteristic value/descriptor: " + bytesText(midView(pdu, 1)) + '\n');
        flush();
    });
}

void FakeGatttoolShell::cmdReadUuid(const QByteArrayList &argv)
{
    if (!requireConnected())
        return;
    if (argv.size() < 2) {
        error("Missing argument: UUID\n");
        return;
    }
    const std::optional<Uuid> uuid = bluez::uuid(argv.at(1));
    if (!uuid) {
        error("Invalid UUID\n");
        return;
    }
    int start = 0x0001;
    int end = 0xFFFF;
    if (argv.size() > 2) {
        const std::optional<int> h = bluez::handle(argv.at(2));
        if (!h || *h < 0) {
            error("Invalid start handle: " + argv.at(1) + '\n'); // sic: gatttool names argv[1]
            return;
        }
        start = *h;
    }
    if (argv.size() > 3) {
        const std::optional<int> h = bluez::handle(argv.at(3));
        if (!h || *h < 0) {
            error("Invalid end handle: " + argv.at(2) + '\n'); // sic
            return;
        }
        end = *h;
    }
    m_client->readByUuid(quint16(start), quint16(end), *uuid, [this](quint8 status, const QByteArray &pdu) {
        if (status) {
            error("Read characteristics by UUID failed: " + bluez::attErrorText(status) + '\n');
            flush();
            return;
        }
        // dec_read_by_type_resp(): nothing is printed for a response it cannot read.
        if (pdu.size() < 5 || quint8(pdu.at(0)) != 0x09)
            return;
        const int length = quint8(pdu.at(1));
        if (length < 3 || (pdu.size() - 2) % length)
            return;
        for (qsizetype at = 2; at + length <= pdu.size(); at += length) {
            print("handle: " + hex4(le16(pdu, at))
                  + " \t value: " + bytesText(midView(pdu, at + 2, length - 2)) + '\n');
        }
        flush();
    });
}

void FakeGatttoolShell::cmdWrite(const QByteArrayList &argv)
{
    if (!requireConnected())
        return;
    if (argv.size() < 3) {
        print("Usage: " + argv.at(0) + " <handle> <new value>\n");
        return;
    }
    const std::optional<int> h = bluez::handle(argv.at(1));
    if (!h || *h <= 0) {
        error("A valid handle is required\n");
        return;
    }
    const QByteArray value = bluez::value(argv.at(2));
    if (value.isEmpty()) {
        error("Invalid value\n");
        return;
    }
    // g_strcmp0("char-write-req", argv[0]): the name as typed, so "CHAR-WRITE-REQ" writes
    // without response.
    if (argv.at(0) != "char-write-req") {
        m_client->writeCommand(quint16(*h), value);
        return;
    }
    m_client->writeCharacteristic(quint16(*h), value, [this](quint8 status, const QByteArray &pdu) {
        if (status) {
            error("Characteristic Write Request failed: " + bluez::attErrorText(status) + '\n');
        } else {
            const bool written = !pdu.isEmpty() && (quint8(pdu.at(0)) == 0x13 || quint8(pdu.at(0)) == 0x19);
            if (written)
                print("Characteristic value was written successfully\n");
            else
                error("Protocol error\n");
        }
        flush();
    });
}

void FakeGatttoolShell::cmdMtu(const QByteArrayList &argv)
{
    if (!requireConnected())
        return;
    if (m_options.psm) {
        failed("Operation is only available for LE transport.\n");
        return;
    }
    if (argv.size() < 2) {
        print("Usage: mtu <value>\n");
        return;
    }
    if (m_mtuOption) {
        failed("MTU exchange can only occur once per connection.\n");
        return;
    }
    // opt_mtu is set before it is checked, so a refused value still counts as "the"
    // exchange of this connection.
    const bluez::CInteger n = bluez::strtoll(argv.at(1), 0);
    m_mtuOption = int(quint32(quint64(n.value)));
    if (n.overflow || m_mtuOption < 23) {
        error("Invalid value. Minimum MTU size is 23\n");
        return;
    }
    m_client->exchangeMtu(quint16(m_mtuOption), [this](quint8 status, const QByteArray &pdu) {
        if (status) {
            error("Exchange MTU Request failed: " + bluez::attErrorText(status) + '\n');
        } else if (pdu.size() < 3 || quint8(pdu.at(0)) != 0x03) {
            error("Protocol error\n");
        } else {
            const int mtu = qMin(int(le16(pdu, 1)), m_mtuOption);
            if (mtu < 23 || !m_client) {
                error("Error exchanging MTU\n");
            } else {
                m_client->setMtu(mtu);
                print("MTU was exchanged successfully: " + QByteArray::number(mtu) + '\n');
            }
        }
        flush();
    });
}

void FakeGatttoolShell::onValuePushed(const QByteArray &pdu)
{
    // events_handler()
    const bool notification = quint8(pdu.at(0)) == 0x1B;
    print(QByteArray(notification ? "Notification handle = " : "Indication   handle = ") + hex4(le16(pdu, 1))
          + " value: " + bytesText(midView(pdu, 3)) + '\n');
    flush();
}

} // namespace gattscope
