// SPDX-License-Identifier: MIT
#include "mockbluezbus.h"

#include <QDBusArgument>
#include <QDBusMetaType>

#include <algorithm>

namespace gattscope {

namespace {

const QString kProperties = QStringLiteral("org.freedesktop.DBus.Properties");
const QString kObjectManager = QStringLiteral("org.freedesktop.DBus.ObjectManager");
const QString kInvalidArgs = QStringLiteral("org.freedesktop.DBus.Error.InvalidArgs");

const char kObjectManagerXml[] = R"(  <interface name="org.freedesktop.DBus.ObjectManager">
    <method name="GetManagedObjects">
      <arg name="objects" type="a{oa{sa{sv}}}" direction="out"/>
    </method>
    <signal name="InterfacesAdded">
      <arg name="object" type="o"/>
      <arg name="interfaces" type="a{sa{sv}}"/>
    </signal>
    <signal name="InterfacesRemoved">
      <arg name="object" type="o"/>
      <arg name="interfaces" type="as"/>
    </signal>
  </interface>
)";

} // namespace

MockBluezBus::MockBluezBus(QObject *parent)
    : QDBusVirtualObject(parent)
    , m_connection(QString())
{
    qDBusRegisterMetaType<MockDict16>();
    qDBusRegisterMetaType<MockDict8>();
    qDBusRegisterMetaType<MockInterfaces>();
    qDBusRegisterMetaType<MockManagedObjects>();
    qDBusRegisterMetaType<QList<QDBusObjectPath>>();
}

MockBluezBus::~MockBluezBus()
{
    if (m_online)
        m_connection.unregisterObject(QStringLiteral("/"), QDBusConnection::UnregisterTree);
}

void MockBluezBus::setInterfaceXml(const QString &interface, const QString &xml)
{
    m_interfaceXml.insert(interface, xml);
}

void MockBluezBus::setConnection(const QDBusConnection &connection)
{
    if (m_online)
        m_connection.unregisterObject(QStringLiteral("/"), QDBusConnection::UnregisterTree);
    m_connection = connection;
    m_online = connection.isConnected()
        && m_connection.registerVirtualObject(QStringLiteral("/"), this, QDBusConnection::SubPath);
}

void MockBluezBus::addObject(const QString &path, const QList<Interface> &interfaces)
{
    Object &object = m_objects[path];
    MockInterfaces added;
    for (const Interface &i : interfaces) {
        object.interfaces.insert(i.name, i);
        added.insert(i.name, i.properties);
    }
    if (m_online && !added.isEmpty()) {
        emitSignal(QStringLiteral("/"), kObjectManager, QStringLiteral("InterfacesAdded"),
                   { QVariant::fromValue(QDBusObjectPath(path)), QVariant::fromValue(added) });
    }
}

void MockBluezBus::addInterface(const QString &path, const Interface &interface)
{
    addObject(path, { interface });
}

void MockBluezBus::removeObject(const QString &path)
{
    const auto it = m_objects.constFind(path);
    if (it == m_objects.cend())
        return;
    const QStringList names = it->interfaces.keys();
    m_objects.remove(path);
    if (m_online) {
        emitSignal(QStringLiteral("/"), kObjectManager, QStringLiteral("InterfacesRemoved"),
                   { QVariant::fromValue(QDBusObjectPath(path)), names });
    }
}

void MockBluezBus::removeSubtree(const QString &path)
{
    QStringList doomed;
    const QString below = path + QLatin1Char('/');
    for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it) {
        if (it.key() == path || it.key().startsWith(below))
            doomed.append(it.key());
    }
    // Deepest first: descriptors, characteristics, services, then the object itself.
    std::sort(doomed.begin(), doomed.end(), [](const QString &a, const QString &b) {
        return a.count(u'/') != b.count(u'/') ? a.count(u'/') > b.count(u'/') : a > b;
    });
    for (const QString &p : std::as_const(doomed))
        removeObject(p);
}

bool MockBluezBus::hasInterface(const QString &path, const QString &interface) const
{
    const auto it = m_objects.constFind(path);
    return it != m_objects.cend() && it->interfaces.contains(interface);
}

QVariant MockBluezBus::property(const QString &path, const QString &interface, const QString &name) const
{
    const auto it = m_objects.constFind(path);
    if (it == m_objects.cend())
        return {};
    const auto ifc = it->interfaces.constFind(interface);
    return ifc == it->interfaces.cend() ? QVariant() : ifc->properties.value(name);
}

bool MockBluezBus::hasProperty(const QString &path, const QString &interface, const QString &name) const
{
    const auto it = m_objects.constFind(path);
    if (it == m_objects.cend())
        return false;
    const auto ifc = it->interfaces.constFind(interface);
    return ifc != it->interfaces.cend() && ifc->properties.contains(name);
}

void MockBluezBus::setProperties(const QString &path, const QString &interface, const QVariantMap &changed,
                                 const QStringList &invalidated)
{
    auto it = m_objects.find(path);
    if (it == m_objects.end())
        return;
    auto ifc = it->interfaces.find(interface);
    if (ifc == it->interfaces.end())
        return;
    for (auto c = changed.cbegin(); c != changed.cend(); ++c)
        ifc->properties.insert(c.key(), c.value());
    QStringList gone;
    for (const QString &name : invalidated) {
        if (ifc->properties.remove(name))
            gone.append(name);
    }
    if (!m_online || (changed.isEmpty() && gone.isEmpty()))
        return;
    emitSignal(path, kProperties, QStringLiteral("PropertiesChanged"),
               { interface, QVariant::fromValue(changed), gone });
}

void MockBluezBus::setMethod(const QString &path, const QString &interface, const QString &member,
                             Method method)
{
    auto it = m_objects.find(path);
    if (it == m_objects.end())
        return;
    auto ifc = it->interfaces.find(interface);
    if (ifc != it->interfaces.end())
        ifc->methods.insert(member, std::move(method));
}

void MockBluezBus::emitSignal(const QString &path, const QString &interface, const QString &name,
                              const QVariantList &arguments)
{
    if (!m_online)
        return;
    QDBusMessage signal = QDBusMessage::createSignal(path, interface, name);
    signal.setArguments(arguments);
    m_connection.send(signal);
}

void MockBluezBus::reply(const QDBusMessage &call, const QVariantList &arguments)
{
    if (!m_online || !call.isReplyRequired())
        return;
    m_connection.send(call.createReply(arguments));
}

void MockBluezBus::replyError(const QDBusMessage &call, const QString &name, const QString &text)
{
    if (!m_online || !call.isReplyRequired())
        return;
    m_connection.send(call.createErrorReply(name, text));
}

std::optional<QVariantMap> MockBluezBus::dictionary(const QVariant &argument)
{
    if (argument.typeId() == QMetaType::QVariantMap)
        return argument.toMap();
    if (argument.metaType() != QMetaType::fromType<QDBusArgument>())
        return std::nullopt;
    const QDBusArgument arg = qvariant_cast<QDBusArgument>(argument);
    if (arg.currentSignature() != QLatin1String("a{sv}"))
        return std::nullopt;
    QVariantMap map;
    arg >> map;
    return map;
}

MockInterfaces MockBluezBus::propertiesOf(const Object &object) const
{
    MockInterfaces out;
    for (auto it = object.interfaces.cbegin(); it != object.interfaces.cend(); ++it)
        out.insert(it.key(), it->properties);
    return out;
}

QString MockBluezBus::introspect(const QString &path) const
{
    QString xml;
    const auto it = m_objects.constFind(path);
    if (path == QLatin1String("/"))
        xml += QLatin1String(kObjectManagerXml);
    if (it != m_objects.cend()) {
        for (auto ifc = it->interfaces.cbegin(); ifc != it->interfaces.cend(); ++ifc)
            xml += m_interfaceXml.value(ifc.key());
    }
    // Child nodes: the next path element of every object below this one.
    const QString below = path == QLatin1String("/") ? path : path + QLatin1Char('/');
    QStringList children;
    for (auto o = m_objects.cbegin(); o != m_objects.cend(); ++o) {
        if (!o.key().startsWith(below) || o.key() == path)
            continue;
        const QString child = o.key().mid(below.size()).section(u'/', 0, 0);
        if (!child.isEmpty() && !children.contains(child))
            children.append(child);
    }
    for (const QString &child : std::as_const(children))
        xml += QStringLiteral("  <node name=\"%1\"/>\n").arg(child);
    return xml;
}

bool MockBluezBus::handleMessage(const QDBusMessage &message, const QDBusConnection &)
{
    if (message.type() != QDBusMessage::MethodCallMessage)
        return false;
    const QString interface = message.interface();
    if (interface == QLatin1String("org.freedesktop.DBus.Introspectable")
        || interface == QLatin1String("org.freedesktop.DBus.Peer"))
        return false; // QtDBus answers these, asking introspect() for our part
    if (m_gate && m_gate(message)) {
        replyError(
            message, QStringLiteral("org.freedesktop.DBus.Error.AccessDenied"),
            QStringLiteral("Rejected send message, 1 matched rules; type=\"method_call\", sender=\"%1\" "
                           "interface=\"%2\" member=\"%3\" destination=\"org.bluez\"")
                .arg(message.service(), interface, message.member()));
        return true;
    }
    Q_EMIT methodCalled(message.path(), interface, message.member(), message.service());
    if (interface == kProperties)
        return handleProperties(message);
    if (interface == kObjectManager)
        return handleObjectManager(message);

    const auto it = m_objects.constFind(message.path());
    if (it == m_objects.cend()) {
        replyError(message, QStringLiteral("org.freedesktop.DBus.Error.UnknownObject"),
                   QStringLiteral("Method \"%1\" with signature \"%2\" on interface \"%3\" doesn't exist")
                       .arg(message.member(), message.signature(), interface));
        return true;
    }
    for (auto ifc = it->interfaces.cbegin(); ifc != it->interfaces.cend(); ++ifc) {
        if (!interface.isEmpty() && ifc.key() != interface)
            continue;
        const auto method = ifc->methods.constFind(message.member());
        if (method != ifc->methods.cend()) {
            // Copy: the handler may change the tree, even remove this very object.
            const Method run = *method;
            run(message);
            return true;
        }
    }
    replyError(message, QStringLiteral("org.freedesktop.DBus.Error.UnknownMethod"),
               QStringLiteral("Method \"%1\" with signature \"%2\" on interface \"%3\" doesn't exist")
                   .arg(message.member(), message.signature(), interface));
    return true;
}

bool MockBluezBus::handleProperties(const QDBusMessage &call)
{
    const QVariantList args = call.arguments();
    const QString member = call.member();
    const auto it = m_objects.constFind(call.path());
    const QString interface = args.value(0).toString();
    const Interface *ifc = nullptr;
    if (it != m_objects.cend()) {
        const auto found = it->interfaces.constFind(interface);
        if (found != it->interfaces.cend())
            ifc = &*found;
    }
    auto noInterface = [&] {
        replyError(call, kInvalidArgs, QStringLiteral("No such interface '%1'").arg(interface));
        return true;
    };
    if (member == QLatin1String("GetAll") && call.signature() == QLatin1String("s")) {
        if (!ifc)
            return noInterface();
        reply(call, { QVariant::fromValue(ifc->properties) });
        return true;
    }
    if (member == QLatin1String("Get") && call.signature() == QLatin1String("ss")) {
        if (!ifc)
            return noInterface();
        const QString name = args.value(1).toString();
        if (!ifc->properties.contains(name)) {
            replyError(call, kInvalidArgs, QStringLiteral("No such property '%1'").arg(name));
            return true;
        }
        reply(call, { QVariant::fromValue(QDBusVariant(ifc->properties.value(name))) });
        return true;
    }
    if (member == QLatin1String("Set") && call.signature() == QLatin1String("ssv")) {
        if (!ifc)
            return noInterface();
        const QString name = args.value(1).toString();
        const auto setter = ifc->setters.constFind(name);
        if (setter == ifc->setters.cend()) {
            if (ifc->properties.contains(name)) {
                replyError(call, QStringLiteral("org.freedesktop.DBus.Error.PropertyReadOnly"),
                           QStringLiteral("Property '%1' is not writable").arg(name));
            } else {
                replyError(call, kInvalidArgs, QStringLiteral("No such property '%1'").arg(name));
            }
            return true;
        }
        const Setter set = *setter;
        const auto [error, text] = set(qvariant_cast<QDBusVariant>(args.value(2)).variant());
        if (error.isEmpty())
            reply(call);
        else
            replyError(call, error, text);
        return true;
    }
    replyError(call, QStringLiteral("org.freedesktop.DBus.Error.UnknownMethod"),
               QStringLiteral("Method \"%1\" with signature \"%2\" on interface \"%3\" doesn't exist")
                   .arg(member, call.signature(), kProperties));
    return true;
}

bool MockBluezBus::handleObjectManager(const QDBusMessage &call)
{
    if (call.path() != QLatin1String("/") || call.member() != QLatin1String("GetManagedObjects")) {
        replyError(call, QStringLiteral("org.freedesktop.DBus.Error.UnknownMethod"),
                   QStringLiteral("Method \"%1\" with signature \"%2\" on interface \"%3\" doesn't exist")
                       .arg(call.member(), call.signature(), kObjectManager));
        return true;
    }
    MockManagedObjects all;
    for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it)
        all.insert(QDBusObjectPath(it.key()), propertiesOf(*it));
    reply(call, { QVariant::fromValue(all) });
    return true;
}

} // namespace gattscope
