// SPDX-License-Identifier: MIT
#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QDBusVirtualObject>
#include <QHash>
#include <QMap>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace gattscope {

// D-Bus container types with the exact signatures bluetoothd uses; registered with QtDBus by
// MockBluezBus, so a QVariant holding one marshals as a{qv} / a{yv}.
using MockDict16 = QMap<quint16, QDBusVariant>; // a{qv}: ManufacturerData
using MockDict8 = QMap<quint8, QDBusVariant>; // a{yv}: AdvertisingData
using MockInterfaces = QMap<QString, QVariantMap>; // a{sa{sv}}
using MockManagedObjects = QMap<QDBusObjectPath, MockInterfaces>; // a{oa{sa{sv}}}

// A tree of D-Bus objects served by one QDBusVirtualObject, the way bluetoothd's gdbus
// layer serves its objects: every object has interfaces with typed properties and methods;
// org.freedesktop.DBus.Properties (Get, GetAll, Set, PropertiesChanged),
// org.freedesktop.DBus.ObjectManager on "/" (GetManagedObjects, InterfacesAdded,
// InterfacesRemoved) and introspection (with child nodes, so that `busctl tree` walks it)
// are implemented here; the methods of each interface are handlers given by MockBluez.
//
// Properties are stored as QVariants already in their D-Bus type (qint16 for n, quint16
// for q, QDBusObjectPath for o, MockDict16 for a{qv} …); a property that does not exist is
// simply absent, as bluetoothd omits RSSI or Value until it has one.
//
// Handlers reply through reply()/replyError(), at once or later (a delayed or dropped reply
// is how faults are made). Signals go out in the order the calls are made. Lives in the
// thread of the connection it serves.
class MockBluezBus : public QDBusVirtualObject
{
    Q_OBJECT

public:
    using Method = std::function<void(const QDBusMessage &call)>;
    // Returns an error name ("" = accepted) and text for a Properties.Set.
    using Setter = std::function<std::pair<QString, QString>(const QVariant &value)>;

    struct Interface
    {
        QString name;
        QVariantMap properties;
        QHash<QString, Method> methods; // by member name
        QHash<QString, Setter> setters; // writable properties
    };

    explicit MockBluezBus(QObject *parent = nullptr);
    ~MockBluezBus() override;

    // Introspection XML of an interface (<interface name=…>…</interface>), used for every
    // object that has it.
    void setInterfaceXml(const QString &interface, const QString &xml);

    // The connection to serve on; a disconnected QDBusConnection takes the tree off the bus
    // (the objects and their state stay, as if bluetoothd stopped and started again).
    void setConnection(const QDBusConnection &connection);
    bool isOnline() const { return m_online; }
    QDBusConnection connection() const { return m_connection; }

    // --- the tree
    void addObject(const QString &path, const QList<Interface> &interfaces);
    void addInterface(const QString &path, const Interface &interface);
    void removeObject(const QString &path); // emits InterfacesRemoved with all its interfaces
    // Removes `path` and everything below it, deepest first.
    void removeSubtree(const QString &path);
    bool hasObject(const QString &path) const { return m_objects.contains(path); }
    bool hasInterface(const QString &path, const QString &interface) const;
    QVariant property(const QString &path, const QString &interface, const QString &name) const;
    bool hasProperty(const QString &path, const QString &interface, const QString &name) const;
    // Stores the values and emits one PropertiesChanged; `invalidated` properties are
    // removed and listed in the signal's third argument. Nothing is emitted for an object
    // that is not on the bus, or when both are empty.
    void setProperties(const QString &path, const QString &interface, const QVariantMap &changed,
                       const QStringList &invalidated = {});
    void setMethod(const QString &path, const QString &interface, const QString &member, Method method);
    void emitSignal(const QString &path, const QString &interface, const QString &name,
                    const QVariantList &arguments);
    QStringList paths() const { return m_objects.keys(); }

    // An a{sv} argument of a call as a QVariantMap (QtDBus hands it over as a QDBusArgument);
    // nullopt when the argument is something else.
    static std::optional<QVariantMap> dictionary(const QVariant &argument);

    // --- replies
    void reply(const QDBusMessage &call, const QVariantList &arguments = {});
    void replyError(const QDBusMessage &call, const QString &name, const QString &text);

    // Calls for which the gate returns true fail with org.freedesktop.DBus.Error.AccessDenied,
    // the way a D-Bus policy refuses a user; no gate = nobody is refused.
    using Gate = std::function<bool(const QDBusMessage &call)>;
    void setGate(Gate gate) { m_gate = std::move(gate); }

    // QDBusVirtualObject
    QString introspect(const QString &path) const override;
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override;

Q_SIGNALS:
    // A method call arrived (before it is handled), for the call log.
    void methodCalled(const QString &path, const QString &interface, const QString &member,
                      const QString &sender);

private:
    struct Object
    {
        QMap<QString, Interface> interfaces;
    };
    bool handleProperties(const QDBusMessage &call);
    bool handleObjectManager(const QDBusMessage &call);
    MockInterfaces propertiesOf(const Object &object) const;

    QDBusConnection m_connection;
    bool m_online = false;
    QMap<QString, Object> m_objects;
    QHash<QString, QString> m_interfaceXml;
    Gate m_gate;
};

// Builders of typed values, so that call sites read like the BlueZ docs.
namespace MockValue {
inline QVariant int16(int v)
{
    return QVariant::fromValue(qint16(v));
}
inline QVariant uint16(int v)
{
    return QVariant::fromValue(quint16(v));
}
inline QVariant uint32(quint32 v)
{
    return QVariant::fromValue(v);
}
inline QVariant path(const QString &p)
{
    return QVariant::fromValue(QDBusObjectPath(p));
}
inline QVariant paths(const QStringList &p)
{
    QList<QDBusObjectPath> out;
    for (const QString &s : p)
        out.append(QDBusObjectPath(s));
    return QVariant::fromValue(out);
}
} // namespace MockValue

} // namespace gattscope

Q_DECLARE_METATYPE(gattscope::MockDict16)
Q_DECLARE_METATYPE(gattscope::MockDict8)
Q_DECLARE_METATYPE(gattscope::MockInterfaces)
Q_DECLARE_METATYPE(gattscope::MockManagedObjects)
