// SPDX-License-Identifier: MIT
// An LD_PRELOAD library that lets the real /usr/bin/gatttool connect without a radio, for
// the fidelity tests: an L2CAP socket (AF_BLUETOOTH, SOCK_SEQPACKET, BTPROTO_L2CAP) becomes
// a Unix SOCK_SEQPACKET socket connected to $GATTSCOPE_ATT_SOCKET, where the test serves
// ATT PDUs from a virtual peripheral. The first packet on it is the peer address the
// program asked for (6 bytes, least significant first) and its type (1 byte). Everything
// else gatttool asks of the socket (bind, security level, L2CAP options, addresses) is
// answered as the kernel would for an LE link on the ATT channel.
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

constexpr int kAfBluetooth = 31;
constexpr int kSolBluetooth = 274;
constexpr int kSolL2cap = 6;
constexpr int kBtSecurity = 4;
constexpr int kL2capOptions = 1;
constexpr int kMaxFd = 4096;

struct SockaddrL2
{
    std::uint16_t family;
    std::uint16_t psm;
    std::uint8_t bdaddr[6];
    std::uint16_t cid;
    std::uint8_t type;
};

struct Fake
{
    bool active = false;
    std::uint8_t peer[6] = {};
    std::uint8_t peerType = 0;
    std::uint8_t security = 1;
};
std::array<Fake, kMaxFd> g_fakes;

Fake *fake(int fd)
{
    return fd >= 0 && fd < kMaxFd && g_fakes[std::size_t(fd)].active ? &g_fakes[std::size_t(fd)] : nullptr;
}

template<typename F> F real(const char *name)
{
    return reinterpret_cast<F>(::dlsym(RTLD_NEXT, name));
}

void fill(const Fake &f, sockaddr *address, socklen_t *length, bool peer)
{
    SockaddrL2 l2 {};
    l2.family = kAfBluetooth;
    l2.cid = 4; // the ATT channel: gatttool keeps the default MTU of 23
    if (peer) {
        std::memcpy(l2.bdaddr, f.peer, 6);
        l2.type = f.peerType;
    } else {
        const std::uint8_t self[6] = { 0x55, 0x44, 0x33, 0x22, 0x11, 0x00 };
        std::memcpy(l2.bdaddr, self, 6);
        l2.type = 1;
    }
    const socklen_t n = *length < socklen_t(sizeof l2) ? *length : socklen_t(sizeof l2);
    std::memcpy(address, &l2, n);
    *length = sizeof l2;
}

} // namespace

extern "C" {

int socket(int domain, int type, int protocol)
{
    static const auto realSocket = real<int (*)(int, int, int)>("socket");
    if (domain == kAfBluetooth && protocol == 0) {
        const int fd = realSocket(AF_UNIX, SOCK_SEQPACKET | (type & (SOCK_NONBLOCK | SOCK_CLOEXEC)), 0);
        if (fd >= 0 && fd < kMaxFd)
            g_fakes[std::size_t(fd)] = Fake { true, {}, 0, 1 };
        return fd;
    }
    return realSocket(domain, type, protocol);
}

int close(int fd)
{
    static const auto realClose = real<int (*)(int)>("close");
    if (fd >= 0 && fd < kMaxFd)
        g_fakes[std::size_t(fd)].active = false;
    return realClose(fd);
}

int bind(int fd, const sockaddr *address, socklen_t length)
{
    static const auto realBind = real<int (*)(int, const sockaddr *, socklen_t)>("bind");
    if (fake(fd))
        return 0;
    return realBind(fd, address, length);
}

int connect(int fd, const sockaddr *address, socklen_t length)
{
    static const auto realConnect = real<int (*)(int, const sockaddr *, socklen_t)>("connect");
    Fake *f = fake(fd);
    if (!f)
        return realConnect(fd, address, length);
    SockaddrL2 l2 {};
    std::memcpy(&l2, address, length < socklen_t(sizeof l2) ? length : socklen_t(sizeof l2));
    std::memcpy(f->peer, l2.bdaddr, 6);
    f->peerType = l2.type;
    sockaddr_un un {};
    un.sun_family = AF_UNIX;
    const char *path = std::getenv("GATTSCOPE_ATT_SOCKET");
    std::strncpy(un.sun_path, path ? path : "/nonexistent", sizeof un.sun_path - 1);
    const int r = realConnect(fd, reinterpret_cast<const sockaddr *>(&un), sizeof un);
    if (r == 0) {
        std::uint8_t hello[7];
        std::memcpy(hello, f->peer, 6);
        hello[6] = f->peerType;
        ::send(fd, hello, sizeof hello, MSG_NOSIGNAL);
    } else if (errno == ENOENT) {
        errno = ECONNREFUSED;
    }
    return r;
}

int setsockopt(int fd, int level, int name, const void *value, socklen_t length)
{
    static const auto realSetsockopt = real<int (*)(int, int, int, const void *, socklen_t)>("setsockopt");
    Fake *f = fake(fd);
    if (f && level != SOL_SOCKET) {
        if (level == kSolBluetooth && name == kBtSecurity && length >= 1)
            f->security = *static_cast<const std::uint8_t *>(value);
        return 0;
    }
    return realSetsockopt(fd, level, name, value, length);
}

int getsockopt(int fd, int level, int name, void *value, socklen_t *length)
{
    static const auto realGetsockopt = real<int (*)(int, int, int, void *, socklen_t *)>("getsockopt");
    Fake *f = fake(fd);
    if (!f)
        return realGetsockopt(fd, level, name, value, length);
    if (level == SOL_SOCKET && (name == SO_DOMAIN || name == SO_PROTOCOL)) {
        const int v = name == SO_DOMAIN ? kAfBluetooth : 0;
        std::memcpy(value, &v, sizeof v);
        *length = sizeof v;
        return 0;
    }
    if (level == SOL_SOCKET)
        return realGetsockopt(fd, level, name, value, length);
    std::memset(value, 0, *length);
    if (level == kSolBluetooth && name == kBtSecurity && *length >= 2) {
        static_cast<std::uint8_t *>(value)[0] = f->security;
        static_cast<std::uint8_t *>(value)[1] = 16;
        return 0;
    }
    if (level == kSolL2cap && name == kL2capOptions && *length >= 4) {
        const std::uint16_t mtu[2] = { 23, 23 }; // omtu, imtu
        std::memcpy(value, mtu, sizeof mtu);
        return 0;
    }
    if (*length >= 2) {
        const std::uint16_t mtu = 23;
        std::memcpy(value, &mtu, sizeof mtu);
    }
    return 0;
}

int getsockname(int fd, sockaddr *address, socklen_t *length)
{
    static const auto realGetsockname = real<int (*)(int, sockaddr *, socklen_t *)>("getsockname");
    if (Fake *f = fake(fd)) {
        fill(*f, address, length, false);
        return 0;
    }
    return realGetsockname(fd, address, length);
}

int getpeername(int fd, sockaddr *address, socklen_t *length)
{
    static const auto realGetpeername = real<int (*)(int, sockaddr *, socklen_t *)>("getpeername");
    if (Fake *f = fake(fd)) {
        fill(*f, address, length, true);
        return 0;
    }
    return realGetpeername(fd, address, length);
}

} // extern "C"
