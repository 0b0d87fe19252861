// SPDX-License-Identifier: MIT
#include "backendfactory.h"

#include <gattscope/backends/bgapi/bgapibackend.h>
#include <gattscope/backends/bgapi/bgapidevicetransport.h>
#include <gattscope/backends/bgapi/bgapiserialtransport.h>
#include <gattscope/backends/gatttool/gatttoolbackend.h>
#include <gattscope/backends/gatttool/gatttoolsession.h>
#include <gattscope/backends/virtual/loopbackdevice.h>
#include <gattscope/backends/virtual/virtualdongle.h>

#ifdef GATTSCOPE_HAVE_BLUEZ
#include <gattscope/backends/bluez/bluezbackend.h>
#include <gattscope/backends/bluez/bluezsystem.h>
#endif

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace gattscope {

namespace {
// The translation context of this file's texts (lupdate reads it from the macro).
struct BackendFactoryTexts
{
    Q_DECLARE_TR_FUNCTIONS(gattscope::BackendFactory)
};

QString portUri(const QSerialPortInfo &info)
{
#ifdef Q_OS_WIN
    return QStringLiteral("bgapi:") + info.portName();
#else
    return QStringLiteral("bgapi:") + info.systemLocation();
#endif
}

Result<std::unique_ptr<BackendHost>> host(Backend *backend)
{
    return std::make_unique<BackendHost>(backend);
}

Result<std::unique_ptr<BackendHost>> createGatttool(const QString &text, const QString &adapter,
                                                    const BackendOptions &options)
{
    static const QRegularExpression adapterName(
        QStringLiteral("^(hci[0-9]{1,3}|([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2})$"));
    if (!adapter.isEmpty() && !adapterName.match(adapter).hasMatch()) {
        return Error(Error::Kind::InvalidArgument,
                     BackendFactoryTexts::tr(
                         "'%1' names no adapter; use gatttool: (the default adapter) or gatttool:hciN, e.g. "
                         "gatttool:hci0")
                         .arg(text));
    }
    GatttoolOptions gatttool = options.gatttool;
    gatttool.adapter = adapter;
    return host(new GatttoolBackend(QStringLiteral("gatttool:") + adapter, gatttool));
}

Result<std::unique_ptr<BackendHost>> createDemo(const QString &uri, const BackendOptions &options)
{
    VirtualDongleOptions dongleOptions;
    dongleOptions.maxConnections = qBound(1, options.demoMaxConnections, 8);
    VirtualDongle *dongle = nullptr;
    if (options.demoProfiles.isEmpty()) {
        dongle = VirtualDongle::createDemo(nullptr, dongleOptions);
    } else {
        const Result<ProfileSet> profiles = ProfileLoader::loadFiles(options.demoProfiles);
        if (!profiles.ok())
            return profiles.error();
        dongle = new VirtualDongle(dongleOptions);
        dongle->addProfiles(profiles.value());
    }
    LoopbackDevice *port = dongle->createLoopback();
    auto *transport
        = new BgapiDeviceTransport(port, BackendFactoryTexts::tr("a virtual BLED112 (in process)"),
                                   BackendFactoryTexts::tr("Demo dongle"));
    // The dongle lives on the backend's thread, beside the port it serves.
    transport->adopt(dongle);
    return host(new BgapiBackend(uri, transport, options.bgapi));
}

// bluez: (the default adapter) or bluez:<adapter> (hci1).
Result<std::unique_ptr<BackendHost>> createBluez(const QString &adapter)
{
#ifdef GATTSCOPE_HAVE_BLUEZ
    static const QRegularExpression adapterName(QStringLiteral("^[A-Za-z0-9_.-]{1,32}$"));
    if (!adapter.isEmpty() && !adapterName.match(adapter).hasMatch()) {
        return Error(
            Error::Kind::InvalidArgument,
            QCoreApplication::translate("gattscope::BackendFactory",
                                        "'%1' is not an adapter name; use bluez: for the default adapter "
                                        "or bluez:<adapter>, e.g. bluez:hci1")
                .arg(adapter));
    }
    return host(new BluezBackend(QStringLiteral("bluez:") + adapter, adapter));
#else
    Q_UNUSED(adapter);
    return Error(
        Error::Kind::NotSupported,
        QCoreApplication::translate("gattscope::BackendFactory",
                                    "the bluez backend is not available in this build (no Qt Bluetooth); "
                                    "use bgapi:auto, bgapi:<port>, gatttool:[hciN], demo"));
#endif
}

} // namespace

Result<std::unique_ptr<BackendHost>> createBackend(const QString &uri)
{
    return createBackend(uri, BackendOptions());
}

Result<std::unique_ptr<BackendHost>> createBackend(const QString &uri, const BackendOptions &options)
{
    const QString text = uri.trimmed();
    if (text.compare(QLatin1String("demo"), Qt::CaseInsensitive) == 0
        || text.compare(QLatin1String("demo:"), Qt::CaseInsensitive) == 0)
        return createDemo(QStringLiteral("demo"), options);

    const qsizetype colon = text.indexOf(u':');
    const QString scheme = colon < 0 ? text : text.left(colon).toLower();
    const QString rest = colon < 0 ? QString() : text.mid(colon + 1);
    if (scheme == QLatin1String("bgapi")) {
        if (rest.isEmpty()) {
            return Error(Error::Kind::InvalidArgument,
                         BackendFactoryTexts::tr(
                             "'%1' names no port; use bgapi:auto or bgapi:<port>, e.g. bgapi:/dev/ttyACM0 or "
                             "bgapi:COM3")
                             .arg(text));
        }
        const QString port
            = rest.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0 ? QStringLiteral("auto") : rest;
        return host(
            new BgapiBackend(QStringLiteral("bgapi:") + port, new BgapiSerialTransport(port), options.bgapi));
    }
    if (scheme == QLatin1String("gatttool"))
        return createGatttool(text, rest, options);
    if (scheme == QLatin1String("bluez"))
        return createBluez(rest);
    return Error(Error::Kind::InvalidArgument,
                 QCoreApplication::translate("gattscope::BackendFactory",
                                             "unknown backend '%1'; use bgapi:auto, bgapi:<port>, bluez:, "
                                             "bluez:<adapter>, gatttool:[hciN], demo")
                     .arg(colon < 0 ? text : scheme + QLatin1Char(':')));
}

QList<BackendDescriptor> availableBackends()
{
    QList<BackendDescriptor> out;
    const QList<QSerialPortInfo> dongles = BgapiSerialTransport::donglesPolled();
    for (const QSerialPortInfo &info : dongles) {
        const QString uri = portUri(info);
        QString label = BackendFactoryTexts::tr("BLED112 on %1").arg(info.portName());
        if (!info.serialNumber().isEmpty())
            label += BackendFactoryTexts::tr(" (serial %1)").arg(info.serialNumber());
        out.append({ label, uri, QString() });
    }
    // gatttool, once per adapter the kernel has, when it is installed.
    if (!GatttoolSession::resolveProgram(GatttoolOptions()).isEmpty()) {
        const QStringList adapters
            = QDir(QStringLiteral("/sys/class/bluetooth"))
                  .entryList({ QStringLiteral("hci*") }, QDir::AllEntries | QDir::System);
        for (const QString &adapter : adapters)
            out.append({ BackendFactoryTexts::tr("gatttool on %1").arg(adapter),
                         QStringLiteral("gatttool:") + adapter, QString() });
    }
#ifdef GATTSCOPE_HAVE_BLUEZ
    // From a list refreshed in the background: this is called on the GUI thread.
    const QList<BluezAdapterInfo> adapters = BluezSystem::cachedAdapters();
    for (const BluezAdapterInfo &a : adapters) {
        const QString uri = a.path.isEmpty() ? QStringLiteral("bluez:") : QStringLiteral("bluez:") + a.name;
        const QString label = a.powered
            ? BackendFactoryTexts::tr("Bluetooth adapter %1 (%2)").arg(a.name, a.address.toString())
            : BackendFactoryTexts::tr("Bluetooth adapter %1 (%2, switched off)")
                  .arg(a.name, a.address.toString());
        const QString state
            = a.powered ? BackendFactoryTexts::tr("switched on") : BackendFactoryTexts::tr("switched off");
        const QString description = a.alias.isEmpty() || a.alias == a.name
            ? BackendFactoryTexts::tr("System Bluetooth adapter %1, %2, %3 (%4)")
                  .arg(a.name, a.address.toString(), state, uri)
            : BackendFactoryTexts::tr("System Bluetooth adapter %1 \"%2\", %3, %4 (%5)")
                  .arg(a.name, a.alias, a.address.toString(), state, uri);
        out.append({ label, uri, description });
    }
#endif
    out.append({ BackendFactoryTexts::tr("Demo dongle"), QStringLiteral("demo"), QString() });
    return out;
}

QFuture<void> probeBackends()
{
#ifdef GATTSCOPE_HAVE_BLUEZ
    return BluezSystem::refreshAdapters();
#else
    return QtFuture::makeReadyFuture();
#endif
}

} // namespace gattscope
