<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AdStructure</name>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete List of 16-bit Service UUIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete List of 16-bit Service UUIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete List of 32-bit Service UUIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete List of 32-bit Service UUIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete List of 128-bit Service UUIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete List of 128-bit Service UUIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortened Local Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete Local Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TX Power Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class of Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple Pairing Hash C-192</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple Pairing Randomizer R-192</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID / Security Manager TK Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Manager Out of Band Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peripheral Connection Interval Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of 16-bit Service Solicitation UUIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of 128-bit Service Solicitation UUIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Data - 16-bit UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public Target Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random Target Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LE Bluetooth Device Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LE Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple Pairing Hash C-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple Pairing Randomizer R-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of 32-bit Service Solicitation UUIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Data - 32-bit UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Data - 128-bit UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LE Secure Connections Confirmation Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LE Secure Connections Random Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indoor Positioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport Discovery Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LE Supported Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel Map Update Indication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PB-ADV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesh Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesh Beacon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIGInfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolvable Set Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising Interval - long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted Advertising Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic Advertising Response Timing Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic Shelf Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3D Information Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer Specific Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown AD type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>LE Limited Discoverable Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LE General Discoverable Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BR/EDR Not Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simultaneous LE and BR/EDR (Controller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simultaneous LE and BR/EDR (Host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved bit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peripheral only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peripheral and central, peripheral preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peripheral and central, central preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished">%1 ms</translation>
    </message>
    <message>
        <source>%1 (none set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no specific minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no specific maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown scheme %1) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (malformed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvertisingData</name>
    <message>
        <source>%1 byte(s) of data, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 byte(s) is not a whole number of %2-bit UUIDs; the last %3 ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 byte(s) of data, too short for a %2-bit UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 byte(s) of data, too short for a company identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URI scheme code is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 byte(s) is not a whole number of 6-byte addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 byte(s) of data, expected 3 or 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan response offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) after the zero-length terminator at offset %1 ignored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>length %1 overruns the packet: only %n byte(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignedNumbers</name>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characteristic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sub-category %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3); using built-in names only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must contain a JSON object mapping UUIDs to names; using built-in names only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of %1 is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: ignored %n entry(s): %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the folder for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not overwriting %1: it could not be read and backing it up to %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EddystoneFrame</name>
    <message>
        <source>truncated %1 frame: %2 of %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty Eddystone frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eddystone-URL: unknown scheme prefix 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eddystone-URL contains reserved bytes (shown as \xNN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eddystone-UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eddystone-URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eddystone-TLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eddystone-EID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tx power %1 dBm at 0 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 namespace %2, instance %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 version %2 (encrypted): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 battery %2, temperature %3, %4 advertisements, up %5 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IBeacon</name>
    <message>
        <source>truncated iBeacon: %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iBeacon %1, major %2, minor %3, measured power %4 dBm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::Advertisement</name>
    <message>
        <source>connectable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scannable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-connectable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::AttributeNames</name>
    <message>
        <source>Unknown service</source>
        <translation>Servicio desconocido</translation>
    </message>
    <message>
        <source>Unknown characteristic</source>
        <translation>Característica desconocida</translation>
    </message>
    <message>
        <source>Unknown descriptor</source>
        <translation>Descriptor desconocido</translation>
    </message>
</context>
<context>
    <name>gattscope::Backend</name>
    <message>
        <source>This backend does not manage bonds</source>
        <translation>Este backend no gestiona vinculaciones</translation>
    </message>
    <message>
        <source>This backend cannot switch its radio on or off</source>
        <translation>Este backend no puede encender ni apagar su radio</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Abriendo</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Escaneando</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>No disponible</translation>
    </message>
</context>
<context>
    <name>gattscope::BackendFactory</name>
    <message>
        <source>System Bluetooth adapter %1 &quot;%2&quot;, %3, %4 (%5)</source>
        <translation>Adaptador Bluetooth del sistema %1 «%2», %3, %4 (%5)</translation>
    </message>
    <message>
        <source>System Bluetooth adapter %1, %2, %3 (%4)</source>
        <translation>Adaptador Bluetooth del sistema %1, %2, %3 (%4)</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>apagado</translation>
    </message>
    <message>
        <source>switched on</source>
        <translation>encendido</translation>
    </message>
    <message>
        <source>Bluetooth adapter %1 (%2, switched off)</source>
        <translation>Adaptador Bluetooth %1 (%2, apagado)</translation>
    </message>
    <message>
        <source>Bluetooth adapter %1 (%2)</source>
        <translation>Adaptador Bluetooth %1 (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an adapter name; use bluez: for the default adapter or bluez:&lt;adapter&gt;, e.g. bluez:hci1</source>
        <translation>&apos;%1&apos; no es un nombre de adaptador; use bluez: para el adaptador predeterminado o bluez:&lt;adapter&gt;, p. ej. bluez:hci1</translation>
    </message>
    <message>
        <source>the bluez backend is not available in this build (no Qt Bluetooth); use bgapi:auto, bgapi:&lt;port&gt;, gatttool:[hciN], demo</source>
        <translation>el backend bluez no está disponible en esta compilación (sin Qt Bluetooth); use bgapi:auto, bgapi:&lt;port&gt;, gatttool:[hciN], demo</translation>
    </message>
    <message>
        <source>unknown backend &apos;%1&apos;; use bgapi:auto, bgapi:&lt;port&gt;, bluez:, bluez:&lt;adapter&gt;, gatttool:[hciN], demo</source>
        <translation>backend desconocido &apos;%1&apos;; use bgapi:auto, bgapi:&lt;port&gt;, bluez:, bluez:&lt;adapter&gt;, gatttool:[hciN], demo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no adapter; use gatttool: (the default adapter) or gatttool:hciN, e.g. gatttool:hci0</source>
        <translation>&apos;%1&apos; no indica ningún adaptador; use gatttool: (el adaptador predeterminado) o gatttool:hciN, p. ej. gatttool:hci0</translation>
    </message>
    <message>
        <source>a virtual BLED112 (in process)</source>
        <translation>un BLED112 virtual (dentro del programa)</translation>
    </message>
    <message>
        <source>Demo dongle</source>
        <translation>Dongle de demostración</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no port; use bgapi:auto or bgapi:&lt;port&gt;, e.g. bgapi:/dev/ttyACM0 or bgapi:COM3</source>
        <translation>&apos;%1&apos; no indica ningún puerto; use bgapi:auto o bgapi:&lt;port&gt;, p. ej. bgapi:/dev/ttyACM0 o bgapi:COM3</translation>
    </message>
    <message>
        <source>BLED112 on %1</source>
        <translation>BLED112 en %1</translation>
    </message>
    <message>
        <source> (serial %1)</source>
        <translation> (número de serie %1)</translation>
    </message>
    <message>
        <source>gatttool on %1</source>
        <translation>gatttool en %1</translation>
    </message>
</context>
<context>
    <name>gattscope::BgapiBackend</name>
    <message>
        <source>The dongle did not come back after its reset (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2, firmware %3.%4.%5 build %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dongle restarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dongle is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dongle is still starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the backend first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is connecting or disconnecting already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dongle holds at most %1 connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection attempt cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::BgapiBondManager</name>
    <message>
        <source>The dongle did not list all its bonds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting a bond</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::BgapiClientConnection</name>
    <message>
        <source>The dongle did not confirm the disconnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing did not complete in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing cancelled</source>
        <translation type="unfinished">Emparejamiento cancelado</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 no está conectado</translation>
    </message>
    <message>
        <source>Handle 0x0000 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes do not fit one write (at most %2); use a long write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attribute value holds at most %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing handle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection attempt cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passkey entry cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passkey has at most six digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entering the passkey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::BgapiCommandQueue</name>
    <message>
        <source>The dongle is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the dongle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dongle did not answer %1 within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::BgapiDeviceTransport</name>
    <message>
        <source>The device is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 went away</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::BgapiGapArbiter</name>
    <message>
        <source>setting the scan parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection attempt cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection attempt timed out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::BgapiGattClient</name>
    <message>
        <source>The peripheral did not complete the procedure within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading handle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The read of handle %1 ended without a value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::BgapiPacket</name>
    <message numerus="yes">
        <source>BGAPI packet of %n byte(s) is shorter than its header</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>BGAPI header announces %1 payload bytes but %2 follow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::BgapiSerialTransport</name>
    <message>
        <source>No BLED112 dongle found (USB 2458:0001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 went away: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::BgapiStartup</name>
    <message>
        <source>The dongle does not answer (system_hello)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::BluezBackend</name>
    <message>
        <source>The Bluetooth adapter %1 was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend was closed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bluetooth adapter %1 is switched off; switch it on to scan and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Bluetooth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Bluetooth adapter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BlueZ adapter %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bluetooth adapter %1 was switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bluetooth adapter is not available now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bluetooth adapter is still being opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the backend first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bluetooth adapter %1 is switched off; switch it on to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bluetooth adapter %1 is switched off; switch it on to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection attempt cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bond %1; list the bonds first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::BluezConnection</name>
    <message>
        <source>%1 did not connect in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bluetooth stack did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected (the stack did not confirm in time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 no está conectado</translation>
    </message>
    <message>
        <source>Already connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected by gattscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link ended (the Bluetooth stack did not say why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bluetooth stack does not know %1; scan for it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bluetooth adapter is gone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the connection (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system does not allow this program to use Bluetooth: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bluetooth stack failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the device or the Bluetooth stack refused (Qt Bluetooth does not pass on the ATT error code; btmon shows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Qt Bluetooth refused the operation (the characteristic does not allow it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bluetooth stack reports a connected device&apos;s RSSI only while a scan runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected before the link was up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovering the service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover the services before reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle %1 is not a characteristic value or descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt Bluetooth cannot reach %1: an earlier attribute of its service has the same UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Leyendo %1</translation>
    </message>
    <message>
        <source>Discover the services before writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Escribiendo %1</translation>
    </message>
    <message>
        <source>The Bluetooth stack owns this Client Characteristic Configuration: write 01 00 or 02 00 to subscribe and 00 00 to unsubscribe; %1 cannot be sent as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribing through %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::BluezDbusSystem</name>
    <message>
        <source>Cannot reach the D-Bus system bus (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking bluetoothd for its adapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BlueZ has no Bluetooth adapter (is one plugged in, and not blocked by rfkill?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BlueZ has no adapter &apos;%1&apos;; it has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switching %1 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switching %1 off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the discovery filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BlueZ did not see %1 within %2 s; is it advertising and in range?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BlueZ does not know %1 yet; scan for it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection attempt cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnecting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BlueZ does not know %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairing with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BlueZ has no bond with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the GATT objects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::BluezError</name>
    <message>
        <source>bluetoothd is not running (nobody owns org.bluez on the system bus). Start it with &apos;sudo systemctl start bluetooth&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system refused access to BlueZ. Add your user to the &apos;bluetooth&apos; group (sudo usermod -aG bluetooth $USER, then log in again) or allow it in /etc/dbus-1/system.d/bluetooth.conf; switching an adapter on or off may also need a polkit rule for org.bluez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BlueZ says %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bluetoothd did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the D-Bus system bus (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adapter is switched off (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adapter is blocked by rfkill (&apos;rfkill unblock bluetooth&apos;); %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link is not paired or not encrypted enough (BlueZ reports 0x05, 0x0C and 0x0F alike); %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device did not answer; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device ended the link; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device did not accept the connection; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passkey or keys; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device refused to pair; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already paired; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::BluezProperties</name>
    <message>
        <source>BlueZ reported an unusable device address &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no usable handle (neither a Handle property nor a number in its name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no valid UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not belong to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two attributes share handle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to no service of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has handle %2, not inside its service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to no characteristic of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has handle %2, before its characteristic&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service at %1 overlaps the service at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characteristic at %1 overlaps the one at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::BluezScanner</name>
    <message>
        <source>The adapter %1 is switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Bluetooth adapter %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bluetooth stack failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LE scanning is not supported here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system does not allow Bluetooth scanning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system ended the scan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::BluezSystem</name>
    <message>
        <source>The system Bluetooth stack of this platform does not offer this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no Bluetooth adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Bluetooth adapter &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::BtsnoopWriter</name>
    <message>
        <source>Cannot write the btsnoop file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No btsnoop file is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ATT PDU of %1 bytes cannot be written (1…%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::Connection</name>
    <message>
        <source>This backend cannot change connection parameters</source>
        <translation>Este backend no puede cambiar los parámetros de conexión</translation>
    </message>
    <message>
        <source>This backend cannot pair</source>
        <translation>Este backend no puede emparejar</translation>
    </message>
    <message>
        <source>Discover the services before subscribing</source>
        <translation>Descubra los servicios antes de suscribirse</translation>
    </message>
    <message>
        <source>Handle 0x%1 is not a characteristic value</source>
        <translation>El handle 0x%1 no es un valor de característica</translation>
    </message>
    <message>
        <source>The characteristic at handle 0x%1 has no Client Characteristic Configuration descriptor</source>
        <translation>La característica en el handle 0x%1 no tiene descriptor Client Characteristic Configuration</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Disconnecting</source>
        <translation>Desconectando</translation>
    </message>
</context>
<context>
    <name>gattscope::DecodedValue</name>
    <message>
        <source>field layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presentation format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::DeviceAddress</name>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random static</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolvable private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-resolvable private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::DeviceFinder</name>
    <message>
        <source>%1 was not heard within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no device named &quot;%1&quot; was heard within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no device given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::DeviceSession</name>
    <message>
        <source>Gone</source>
        <translation>Desaparecido</translation>
    </message>
    <message>
        <source> · MTU %1</source>
        <translation> · MTU %1</translation>
    </message>
    <message>
        <source> · discovering services…</source>
        <translation> · descubriendo servicios…</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Desconectado: %1</translation>
    </message>
    <message>
        <source>CCCD of %1</source>
        <translation>CCCD de %1</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 no está conectado</translation>
    </message>
    <message>
        <source>Discovery is already running</source>
        <translation>El descubrimiento ya está en curso</translation>
    </message>
    <message>
        <source>Discovery cancelled</source>
        <translation>Descubrimiento cancelado</translation>
    </message>
    <message>
        <source>Discovery failed</source>
        <translation>Falló el descubrimiento</translation>
    </message>
    <message numerus="yes">
        <source>Discovered %n service(s)</source>
        <translation>
            <numerusform>%n servicio descubierto</numerusform>
            <numerusform>%n servicios descubiertos</numerusform>
        </translation>
    </message>
    <message>
        <source>Handle 0x%1 is not a characteristic value</source>
        <translation>El handle 0x%1 no es un valor de característica</translation>
    </message>
    <message>
        <source>%1 has no Client Characteristic Configuration descriptor</source>
        <translation>%1 no tiene descriptor Client Characteristic Configuration</translation>
    </message>
    <message>
        <source>Handle 0x%1</source>
        <translation>Handle 0x%1</translation>
    </message>
    <message>
        <source>Subscribing failed</source>
        <translation>Falló la suscripción</translation>
    </message>
    <message>
        <source>Encrypted, bonded</source>
        <translation>Cifrado, vinculado</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Not encrypted (bonded)</source>
        <translation>No cifrado (vinculado)</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>No cifrado</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <source>Paired and bonded</source>
        <translation>Emparejado y vinculado</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>Emparejado</translation>
    </message>
    <message>
        <source>Pairing cancelled</source>
        <translation>Emparejamiento cancelado</translation>
    </message>
    <message>
        <source>Pairing failed</source>
        <translation>Falló el emparejamiento</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Requesting connection parameters %1</source>
        <translation>Solicitando parámetros de conexión %1</translation>
    </message>
    <message>
        <source>The device accepted connection parameters %1</source>
        <translation>El dispositivo aceptó los parámetros de conexión %1</translation>
    </message>
    <message>
        <source>Connection parameter request cancelled</source>
        <translation>Solicitud de parámetros de conexión cancelada</translation>
    </message>
    <message>
        <source>Connection parameter request failed</source>
        <translation>La solicitud de parámetros de conexión falló</translation>
    </message>
    <message>
        <source>The link went down</source>
        <translation>El enlace se cayó</translation>
    </message>
</context>
<context>
    <name>gattscope::Error</name>
    <message>
        <source>No error</source>
        <translation>Sin error</translation>
    </message>
    <message>
        <source>ATT error %1 (%2)</source>
        <translation>Error ATT %1 (%2)</translation>
    </message>
    <message>
        <source>Controller error %1 (%2)</source>
        <translation>Error del controlador %1 (%2)</translation>
    </message>
    <message>
        <source>Pairing failed %1 (%2)</source>
        <translation>Falló el emparejamiento %1 (%2)</translation>
    </message>
    <message>
        <source>Backend error %1</source>
        <translation>Error del backend %1</translation>
    </message>
    <message>
        <source>Backend error</source>
        <translation>Error del backend</translation>
    </message>
    <message>
        <source>ATT error</source>
        <translation>Error ATT</translation>
    </message>
    <message>
        <source>Controller error</source>
        <translation>Error del controlador</translation>
    </message>
    <message>
        <source>Security error</source>
        <translation>Error de seguridad</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>No admitido</translation>
    </message>
    <message>
        <source>Transport lost</source>
        <translation>Se perdió el enlace con el dongle</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>Argumento no válido</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>Error de protocolo</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Powered off</source>
        <translation>Apagado</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permiso denegado</translation>
    </message>
</context>
<context>
    <name>gattscope::FieldLayout</name>
    <message>
        <source>byte order &apos;%1&apos; (native) is not supported; use &apos;&lt;&apos; (little-endian) or &apos;&gt;&apos; (big-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat count at position %1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field type &apos;%1&apos; at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat count at position %1 is not followed by a field type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat count at position %1 must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte order &apos;%1&apos; at position %2 must come first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layout is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layout &apos;%1&apos; has no fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no field layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layout &apos;%1&apos; needs %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after the layout not decoded (layout &apos;%2&apos; is %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layout &apos;%1&apos; has %2 fields (%3), got %4 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode with a scale of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 is out of range for &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 is out of range for &apos;%3&apos; (%4…%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::GattUnit</name>
    <message>
        <source>unitless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length (metre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mass (kilogram)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electric current (ampere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thermodynamic temperature (kelvin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount of substance (mole)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>luminous intensity (candela)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area (square metres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume (cubic metres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>velocity (metres per second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acceleration (metres per second squared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wavenumber (reciprocal metre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>density (kilogram per cubic metre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surface density (kilogram per square metre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specific volume (cubic metre per kilogram)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current density (ampere per square metre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>magnetic field strength (ampere per metre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount concentration (mole per cubic metre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mass concentration (kilogram per cubic metre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>luminance (candela per square metre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refractive index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative permeability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plane angle (radian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solid angle (steradian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency (hertz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>force (newton)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pressure (pascal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy (joule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power (watt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electric charge (coulomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electric potential difference (volt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacitance (farad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electric resistance (ohm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electric conductance (siemens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>magnetic flux (weber)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>magnetic flux density (tesla)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inductance (henry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temperature (degree Celsius)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>luminous flux (lumen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illuminance (lux)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity referred to a radionuclide (becquerel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absorbed dose (gray)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dose equivalent (sievert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalytic activity (katal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dynamic viscosity (pascal second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moment of force (newton metre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surface tension (newton per metre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>angular velocity (radian per second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>angular acceleration (radian per second squared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heat flux density (watt per square metre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heat capacity (joule per kelvin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specific heat capacity (joule per kilogram kelvin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specific energy (joule per kilogram)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thermal conductivity (watt per metre kelvin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy density (joule per cubic metre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electric field strength (volt per metre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electric charge density (coulomb per cubic metre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surface charge density (coulomb per square metre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electric flux density (coulomb per square metre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permittivity (farad per metre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permeability (henry per metre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>molar energy (joule per mole)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>molar entropy (joule per mole kelvin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exposure (coulomb per kilogram)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absorbed dose rate (gray per second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radiant intensity (watt per steradian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radiance (watt per square metre steradian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalytic activity concentration (katal per cubic metre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plane angle (degree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plane angle (minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plane angle (second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area (hectare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume (litre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mass (tonne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pressure (bar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pressure (millimetre of mercury)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length (ångström)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length (nautical mile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area (barn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>velocity (knot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logarithmic radio quantity (neper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logarithmic radio quantity (bel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length (yard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length (parsec)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length (inch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length (foot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length (mile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pressure (pound-force per square inch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>velocity (kilometre per hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>velocity (mile per hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>angular velocity (revolution per minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy (gram calorie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy (kilogram calorie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy (kilowatt hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thermodynamic temperature (degree Fahrenheit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per mille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period (beats per minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electric charge (ampere hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mass density (milligram per decilitre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mass density (millimole per litre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concentration (count per cubic metre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>irradiance (watt per square metre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::GatttoolBackend</name>
    <message>
        <source>BlueZ gatttool (%1), default adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BlueZ gatttool (%1) on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gatttool cannot scan; connect to a known address, or scan with another backend (or &apos;hcitool lescan&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gatttool backend is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 links are open, as many as this backend runs gatttool processes for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection attempt cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::GatttoolConnection</name>
    <message>
        <source>The backend is closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link to %1 dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection to %1 is already being made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the security level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer the connection request in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchanging the MTU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gatttool is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection attempt cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 no está conectado</translation>
    </message>
    <message>
        <source>No answer while %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discovering services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discovering characteristics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discovering descriptors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading handle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle 0x0000 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gatttool cannot write an empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attribute value holds at most %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes do not fit one write (at most %2); use a long write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing handle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gatttool cannot read the RSSI of a link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::GatttoolErrors</name>
    <message>
        <source>not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gatttool could not decode the answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this gatttool does not know the command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device refused with an ATT error gatttool does not name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device did not answer in time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device did not accept the connection (gatttool: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection attempt timed out (gatttool: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the adapter is busy (gatttool: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Bluetooth adapter is available (gatttool: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this system has no Bluetooth support (gatttool: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied (gatttool: %1); run as a user allowed to use Bluetooth, or give gatttool the capabilities it needs (setcap &apos;cap_net_raw,cap_net_admin+eip&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection failed (gatttool: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::GatttoolSession</name>
    <message>
        <source>&apos;%1&apos; in PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gatttool was not found (looked for %1). It is part of BlueZ&apos;s tools: install the &apos;bluez&apos; package on Debian and Ubuntu (sudo apt install bluez), &apos;bluez-deprecated&apos; on Fedora, &apos;bluez-deprecated-tools&apos; on Arch; or set GATTSCOPE_GATTTOOL to its path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gatttool is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer as gatttool -I does: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gatttool is being stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gatttool is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gatttool did not answer &apos;%1&apos; in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gatttool crashed (signal %1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gatttool crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gatttool exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gatttool was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::HeartRateMeasurement</name>
    <message>
        <source>Heart Rate Measurement is empty</source>
        <translation>Heart Rate Measurement está vacío</translation>
    </message>
    <message>
        <source>heart rate</source>
        <translation>frecuencia cardíaca</translation>
    </message>
    <message>
        <source>energy expended</source>
        <translation>energía consumida</translation>
    </message>
    <message>
        <source>Heart Rate Measurement has an odd RR-interval byte at byte %1</source>
        <translation>Heart Rate Measurement tiene un byte de intervalo RR suelto en el byte %1</translation>
    </message>
    <message>
        <source>Heart Rate Measurement has %1 more than its flags announce</source>
        <translation>Heart Rate Measurement tiene %1 más de lo que anuncian sus indicadores</translation>
    </message>
    <message>
        <source>energy %1 kJ</source>
        <translation>energía %1 kJ</translation>
    </message>
    <message>
        <source>RR %1</source>
        <translation>RR %1</translation>
    </message>
    <message>
        <source>Heart Rate Measurement cut short: %1 missing at byte %2</source>
        <translation>Heart Rate Measurement truncado: falta %1 en el byte %2</translation>
    </message>
    <message>
        <source>contact not supported</source>
        <translation>contacto no admitido</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>sin contacto</translation>
    </message>
    <message>
        <source>contact detected</source>
        <translation>contacto detectado</translation>
    </message>
</context>
<context>
    <name>gattscope::HexCodec</name>
    <message>
        <source>&apos;0x&apos; at position %1 is not followed by hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid hex digit %1 at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>odd number of hex digits (%1) in &apos;%2&apos; at position %3; each byte needs two digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::Ieee11073</name>
    <message>
        <source>mantissa %1…%2, exponent %3…%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exponent %1 is outside the %2 range (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fit an %2 with exponent %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (expected e.g. 36.5, -2, NaN, NRes, +INF, -INF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be stored exactly as %2 (%3); use fewer significant digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::LoopbackDevice</name>
    <message>
        <source>The virtual dongle is not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual dongle was unplugged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::MockBluez</name>
    <message>
        <source>cannot connect to the bus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export the org.bluez objects on the bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot own org.bluez on this bus (is bluetoothd or another mock running?): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::NotificationRecorder</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::NumericDecoder</name>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Value 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Frecuencia cardíaca</translation>
    </message>
    <message>
        <source>Energy expended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RR interval</source>
        <translation>Intervalo RR</translation>
    </message>
    <message>
        <source>Battery level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::PresentationFormat</name>
    <message>
        <source>a Presentation Format descriptor (0x2904) is 7 bytes, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, namespace 0x%1, description 0x%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reserved; shown as hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after the %2 value ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unused high bits of the %1 value are set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid boolean 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean value must be 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range for float32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duint16 needs two numbers, e.g. &quot;120, 80&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hex number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fit in %2 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has too many decimals: %2 with exponent %3 has a resolution of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a multiple of %2 (%3 with exponent %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range for %2 (%3…%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a boolean (true/false, 1/0, on/off, yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid text encoding at byte %1 (%2 shown as escapes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trailing NUL padding not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format 0x%1 (unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 code 0x%2 is reserved</source>
        <translation>El código %1 0x%2 está reservado</translation>
    </message>
</context>
<context>
    <name>gattscope::ProfileLoader</name>
    <message>
        <source>expected &quot;open&quot;, &quot;encrypted&quot; or &quot;none&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown property &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give only one of &quot;hex&quot;, &quot;text&quot; and &quot;ramp&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value holds at most 512 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is longer than maxLength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CCCD needs notify or indicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes; a Device Name holds at most %2 (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;public&quot; or &quot;random&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a device address (AA:BB:CC:DD:EE:FF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drift must be between 0 and 20 dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-connectable peripheral cannot have services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2 attribute handles with Generic Access; a GATT server has at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither &quot;peripherals&quot; nor &quot;faults&quot; given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two peripherals have the same address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 MiB; a profile file is at most that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder, not a profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already used by another profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range (%2…%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not hex data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex data needs an even number of digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown generator &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate must be above 0 and at most 100000 Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min is above max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes of advertising data; a packet holds at most 31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown fault action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown BGAPI command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes; a fault injects at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a replay needs at least one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values; a replay holds at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier than the value before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than 512 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a replay generator has this</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::ProfileWriter</name>
    <message>
        <source>%1: the AD structure at byte %2 runs past the end; it and what follows are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes do not fit the 31 of a legacy packet; AD structures from byte %3 on are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value has %2 bytes; only the first 512 are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1, characteristic %2 (handle %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, descriptor %2 (handle %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a CCCD without notify or indicate is left out (profiles refuse it); later descriptors move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: notify/indicate without a discovered CCCD; the virtual peripheral adds one after the other descriptors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1 (handle %2): included services cannot be described in a profile and are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by gattscope from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Generic Access service (0x1800) is left out: the virtual dongle adds its own with Device Name and Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Generic Access service (0x1800) is left out: the virtual dongle adds its own with Device Name and Appearance only (lost: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising data</source>
        <translation>Datos de advertising</translation>
    </message>
    <message>
        <source>Scan response</source>
        <translation>Scan response</translation>
    </message>
    <message numerus="yes">
        <source>A non-connectable peripheral has no services; %n service(s) left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: recorded values over 512 bytes are cut to 512</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be read (%2); saved empty</source>
        <translation>%1: no se pudo leer (%2); guardado vacío</translation>
    </message>
    <message>
        <source>%1: not read; saved empty</source>
        <translation>%1: no leído; guardado vacío</translation>
    </message>
    <message>
        <source>%1: notifies values of the &quot;heartRate&quot; generator (the original&apos;s values are not known)</source>
        <translation>%1: notifica valores del generador «heartRate» (los del original no se conocen)</translation>
    </message>
    <message>
        <source>%1: notifies a level falling from the one read (the &quot;battery&quot; generator)</source>
        <translation>%1: notifica un nivel que baja desde el leído (generador «battery»)</translation>
    </message>
    <message>
        <source>%1: notifies its last known value once a second (the original&apos;s generator is not known)</source>
        <translation>%1: notifica su último valor conocido una vez por segundo (el generador del original no se conoce)</translation>
    </message>
    <message>
        <source>%1: neither read nor notified while connected; the virtual peripheral has no value to notify</source>
        <translation>%1: ni leído ni notificado durante la conexión; el periférico virtual no tiene ningún valor que notificar</translation>
    </message>
</context>
<context>
    <name>gattscope::SeriesCsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::SigCharacteristics</name>
    <message>
        <source>%1 needs %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after the value ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte %1 (%2 shown as \x escapes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trailing NUL padding not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>battery level above 100 % is reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature Measurement needs at least 5 bytes, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature Measurement cut short: time stamp missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature Measurement cut short: temperature type missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Frecuencia cardíaca</translation>
    </message>
    <message>
        <source>Energy expended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RR interval</source>
        <translation>Intervalo RR</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (category %2, sub-category %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handles %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart Rate Control Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset energy expended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliable write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writable auxiliaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notifications on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indications on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notifications and indications on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivadas</translation>
    </message>
    <message>
        <source>Client Characteristic Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved bits set (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allows at most %2 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body Sensor Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCCD value must be off, notify, indicate, notify+indicate or two hex bytes (&quot;01 00&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text encoder for characteristic %1; edit it as hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ear Lobe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armpit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body (general)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ear (usually earlobe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastro-intestinal Tract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tympanum (ear drum)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::StreamDecoder</name>
    <message>
        <source>The field layout is empty.</source>
        <translation>La estructura de campos está vacía.</translation>
    </message>
    <message>
        <source>The 0x2904 descriptor cannot be used.</source>
        <translation>El descriptor 0x2904 no se puede usar.</translation>
    </message>
    <message>
        <source>No decoder is known for this characteristic; choose a field layout.</source>
        <translation>No se conoce ningún decodificador para esta característica; elija una estructura de campos.</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Frecuencia cardíaca</translation>
    </message>
    <message>
        <source>RR interval</source>
        <translation>Intervalo RR</translation>
    </message>
</context>
<context>
    <name>gattscope::TrafficEntry</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) dropped: the program could not keep up</source>
        <translation>
            <numerusform>%n valor descartado: el programa no dio abasto</numerusform>
            <numerusform>%n valores descartados: el programa no dio abasto</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>→ write</source>
        <translation>→ escritura</translation>
    </message>
    <message>
        <source>→ write cmd</source>
        <translation>→ Write Command</translation>
    </message>
    <message>
        <source>← read</source>
        <translation>← lectura</translation>
    </message>
    <message>
        <source>← notify</source>
        <translation>← notificación</translation>
    </message>
    <message>
        <source>← indicate</source>
        <translation>← indicación</translation>
    </message>
    <message>
        <source>· event</source>
        <translation>· evento</translation>
    </message>
    <message>
        <source>%1 (HCI 0x%2)</source>
        <translation>%1 (HCI 0x%2)</translation>
    </message>
</context>
<context>
    <name>gattscope::ValueCodec</name>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::ValueDecoder</name>
    <message>
        <source>Presentation Format names %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Presentation Format descriptors; the first one is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 or hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field layout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIG format of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no field layout is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Presentation Format descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trailing NUL padding not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gattscope::bgapi</name>
    <message>
        <source>The connection interval must lie between 7.5 ms and 4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peripheral latency must lie between 0 and 499</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervision timeout must lie between 100 ms and 32 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervision timeout must exceed (1 + latency) × interval × 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected trailing bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UUID or handle list length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed BGAPI %1 %2: %3-byte payload, expected %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected BGAPI %1 %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BGAPI %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
