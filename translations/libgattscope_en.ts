<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdvertisingData</name>
    <message numerus="yes">
        <source>%n byte(s) after the zero-length terminator at offset %1 ignored</source>
        <translation>
            <numerusform>%n byte after the zero-length terminator at offset %1 ignored</numerusform>
            <numerusform>%n bytes after the zero-length terminator at offset %1 ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>length %1 overruns the packet: only %n byte(s) left</source>
        <translation>
            <numerusform>length %1 overruns the packet: only %n byte left</numerusform>
            <numerusform>length %1 overruns the packet: only %n bytes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignedNumbers</name>
    <message numerus="yes">
        <source>%1: ignored %n entry(s): %2</source>
        <translation>
            <numerusform>%1: ignored %n entry: %2</numerusform>
            <numerusform>%1: ignored %n entries: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::BgapiPacket</name>
    <message numerus="yes">
        <source>BGAPI packet of %n byte(s) is shorter than its header</source>
        <translation>
            <numerusform>BGAPI packet of %n byte is shorter than its header</numerusform>
            <numerusform>BGAPI packet of %n bytes is shorter than its header</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::DeviceSession</name>
    <message numerus="yes">
        <source>Discovered %n service(s)</source>
        <translation>
            <numerusform>Discovered %n service</numerusform>
            <numerusform>Discovered %n services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::ProfileWriter</name>
    <message numerus="yes">
        <source>A non-connectable peripheral has no services; %n service(s) left out</source>
        <translation>
            <numerusform>A non-connectable peripheral has no services; %n service left out</numerusform>
            <numerusform>A non-connectable peripheral has no services; %n services left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::TrafficEntry</name>
    <message numerus="yes">
        <source>%n value(s) dropped: the program could not keep up</source>
        <translation>
            <numerusform>%n value dropped: the program could not keep up</numerusform>
            <numerusform>%n values dropped: the program could not keep up</numerusform>
        </translation>
    </message>
</context>
</TS>
