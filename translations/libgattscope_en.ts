<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdvertisingData</name>
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
</context>
<context>
    <name>AssignedNumbers</name>
    <message numerus="yes">
        <source>%1: ignored %n entry(s): %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
</context>
<context>
    <name>gattscope::DeviceSession</name>
    <message numerus="yes">
        <source>Discovered %n service(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::ProfileWriter</name>
    <message numerus="yes">
        <source>A non-connectable peripheral has no services; %n service(s) left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::TrafficEntry</name>
    <message numerus="yes">
        <source>%n value(s) dropped: the program could not keep up</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
