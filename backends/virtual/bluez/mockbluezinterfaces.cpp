// SPDX-License-Identifier: MIT
// Introspection data of the interfaces the mock BlueZ serves, as bluetoothd 5.66 declares
// them (src/adapter.c, src/device.c, src/gatt-client.c, src/agent.c), plus the few later
// additions the mock also has: the client-side Handle properties (5.67+) and
// Device1.Disconnected (5.78+). Only what the mock implements is listed.
#include "mockbluezinterfaces.h"

namespace gattscope {

namespace {

const char kAdapterXml[] = R"(  <interface name="org.bluez.Adapter1">
    <method name="StartDiscovery"/>
    <method name="SetDiscoveryFilter">
      <arg name="properties" type="a{sv}" direction="in"/>
    </method>
    <method name="StopDiscovery"/>
    <method name="RemoveDevice">
      <arg name="device" type="o" direction="in"/>
    </method>
    <method name="GetDiscoveryFilters">
      <arg name="filters" type="as" direction="out"/>
    </method>
    <property name="Address" type="s" access="read"/>
    <property name="AddressType" type="s" access="read"/>
    <property name="Name" type="s" access="read"/>
    <property name="Alias" type="s" access="readwrite"/>
    <property name="Class" type="u" access="read"/>
    <property name="Powered" type="b" access="readwrite"/>
    <property name="Discoverable" type="b" access="readwrite"/>
    <property name="DiscoverableTimeout" type="u" access="readwrite"/>
    <property name="Pairable" type="b" access="readwrite"/>
    <property name="PairableTimeout" type="u" access="readwrite"/>
    <property name="Discovering" type="b" access="read"/>
    <property name="UUIDs" type="as" access="read"/>
    <property name="Modalias" type="s" access="read"/>
    <property name="Roles" type="as" access="read"/>
  </interface>
)";

const char kDeviceXml[] = R"(  <interface name="org.bluez.Device1">
    <method name="Disconnect"/>
    <method name="Connect"/>
    <method name="Pair"/>
    <method name="CancelPairing"/>
    <signal name="Disconnected">
      <arg name="reason" type="s"/>
      <arg name="message" type="s"/>
    </signal>
    <property name="Address" type="s" access="read"/>
    <property name="AddressType" type="s" access="read"/>
    <property name="Name" type="s" access="read"/>
    <property name="Alias" type="s" access="readwrite"/>
    <property name="Appearance" type="q" access="read"/>
    <property name="Paired" type="b" access="read"/>
    <property name="Bonded" type="b" access="read"/>
    <property name="Trusted" type="b" access="readwrite"/>
    <property name="Blocked" type="b" access="readwrite"/>
    <property name="LegacyPairing" type="b" access="read"/>
    <property name="RSSI" type="n" access="read"/>
    <property name="Connected" type="b" access="read"/>
    <property name="UUIDs" type="as" access="read"/>
    <property name="Adapter" type="o" access="read"/>
    <property name="ManufacturerData" type="a{qv}" access="read"/>
    <property name="ServiceData" type="a{sv}" access="read"/>
    <property name="TxPower" type="n" access="read"/>
    <property name="ServicesResolved" type="b" access="read"/>
    <property name="AdvertisingFlags" type="ay" access="read"/>
  </interface>
)";

const char kServiceXml[] = R"(  <interface name="org.bluez.GattService1">
    <property name="Handle" type="q" access="read"/>
    <property name="UUID" type="s" access="read"/>
    <property name="Device" type="o" access="read"/>
    <property name="Primary" type="b" access="read"/>
    <property name="Includes" type="ao" access="read"/>
  </interface>
)";

const char kCharacteristicXml[] = R"(  <interface name="org.bluez.GattCharacteristic1">
    <method name="ReadValue">
      <arg name="options" type="a{sv}" direction="in"/>
      <arg name="value" type="ay" direction="out"/>
    </method>
    <method name="WriteValue">
      <arg name="value" type="ay" direction="in"/>
      <arg name="options" type="a{sv}" direction="in"/>
    </method>
    <method name="StartNotify"/>
    <method name="StopNotify"/>
    <property name="Handle" type="q" access="read"/>
    <property name="UUID" type="s" access="read"/>
    <property name="Service" type="o" access="read"/>
    <property name="Value" type="ay" access="read"/>
    <property name="Notifying" type="b" access="read"/>
    <property name="Flags" type="as" access="read"/>
    <property name="WriteAcquired" type="b" access="read"/>
    <property name="NotifyAcquired" type="b" access="read"/>
    <property name="MTU" type="q" access="read"/>
  </interface>
)";

const char kDescriptorXml[] = R"(  <interface name="org.bluez.GattDescriptor1">
    <method name="ReadValue">
      <arg name="options" type="a{sv}" direction="in"/>
      <arg name="value" type="ay" direction="out"/>
    </method>
    <method name="WriteValue">
      <arg name="value" type="ay" direction="in"/>
      <arg name="options" type="a{sv}" direction="in"/>
    </method>
    <property name="Handle" type="q" access="read"/>
    <property name="UUID" type="s" access="read"/>
    <property name="Characteristic" type="o" access="read"/>
    <property name="Value" type="ay" access="read"/>
  </interface>
)";

const char kAgentManagerXml[] = R"(  <interface name="org.bluez.AgentManager1">
    <method name="RegisterAgent">
      <arg name="agent" type="o" direction="in"/>
      <arg name="capability" type="s" direction="in"/>
    </method>
    <method name="UnregisterAgent">
      <arg name="agent" type="o" direction="in"/>
    </method>
    <method name="RequestDefaultAgent">
      <arg name="agent" type="o" direction="in"/>
    </method>
  </interface>
)";

} // namespace

void addMockBluezInterfaceXml(MockBluezBus *bus)
{
    bus->setInterfaceXml(MockBluezInterface::Adapter, QLatin1String(kAdapterXml));
    bus->setInterfaceXml(MockBluezInterface::Device, QLatin1String(kDeviceXml));
    bus->setInterfaceXml(MockBluezInterface::GattService, QLatin1String(kServiceXml));
    bus->setInterfaceXml(MockBluezInterface::GattCharacteristic, QLatin1String(kCharacteristicXml));
    bus->setInterfaceXml(MockBluezInterface::GattDescriptor, QLatin1String(kDescriptorXml));
    bus->setInterfaceXml(MockBluezInterface::AgentManager, QLatin1String(kAgentManagerXml));
}

} // namespace gattscope
