<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>gattscope::BackendController</name>
    <message numerus="yes">
        <source>The Demo dongle now serves the virtual peripherals of %n file(s).</source>
        <translation>
            <numerusform>The Demo dongle now serves the virtual peripherals of %n file.</numerusform>
            <numerusform>The Demo dongle now serves the virtual peripherals of %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::BondsDialog</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The radio holds %n bond(s).</source>
        <translation>
            <numerusform>The radio holds %n bond.</numerusform>
            <numerusform>The radio holds %n bonds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::DeviceTab</name>
    <message numerus="yes">
        <source>Read the values of %1; %n could not be read (the traffic log says why).</source>
        <translation>
            <numerusform>Read the values of %1; %n could not be read (the traffic log says why).</numerusform>
            <numerusform>Read the values of %1; %n could not be read (the traffic log says why).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::FilesController</name>
    <message numerus="yes">
        <source>The Demo dongle restarts with the new devices: %n connection(s) will be closed. Continue?</source>
        <translation>
            <numerusform>The Demo dongle restarts with the new devices: %n connection will be closed. Continue?</numerusform>
            <numerusform>The Demo dongle restarts with the new devices: %n connections will be closed. Continue?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) could not be read; the virtual peripheral answers them empty:</source>
        <translation>
            <numerusform>%n value could not be read; the virtual peripheral answers it empty:</numerusform>
            <numerusform>%n values could not be read; the virtual peripheral answers them empty:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::GattTreeModel</name>
    <message numerus="yes">
        <source>%n byte(s): %1</source>
        <translation>
            <numerusform>%n byte: %1</numerusform>
            <numerusform>%n bytes: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::MainWindow</name>
    <message numerus="yes">
        <source>%n device(s) still connected: quitting disconnects them.</source>
        <translation>
            <numerusform>%n device still connected: quitting disconnects it.</numerusform>
            <numerusform>%n devices still connected: quitting disconnects them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::PlotSetupDialog</name>
    <message numerus="yes">
        <source>Fields: %1 (%n byte(s))</source>
        <translation>
            <numerusform>Fields: %1 (%n byte)</numerusform>
            <numerusform>Fields: %1 (%n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The current value (%n byte(s)) does not fit: %1</source>
        <translation>
            <numerusform>The current value (%n byte) does not fit: %1</numerusform>
            <numerusform>The current value (%n bytes) does not fit: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::ScannerModel</name>
    <message numerus="yes">
        <source>Last seen %1; first seen %2, %n report(s)</source>
        <translation>
            <numerusform>Last seen %1; first seen %2, %n report</numerusform>
            <numerusform>Last seen %1; first seen %2, %n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not seen for more than %n second(s)</source>
        <translation>
            <numerusform>Not seen for more than %n second</numerusform>
            <numerusform>Not seen for more than %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::ScannerPanel</name>
    <message numerus="yes">
        <source>Hide devices not heard for %n second(s)</source>
        <translation>
            <numerusform>Hide devices not heard for %n second</numerusform>
            <numerusform>Hide devices not heard for %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;tt&gt;%2&lt;/tt&gt; (%3) · %4 · %n report(s), last %5</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;tt&gt;%2&lt;/tt&gt; (%3) · %4 · %n report, last %5</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;tt&gt;%2&lt;/tt&gt; (%3) · %4 · %n reports, last %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::StartupScript</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::TrafficLogPanel</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n waiting</source>
        <translation>
            <numerusform>, %n waiting</numerusform>
            <numerusform>, %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not shown</source>
        <translation>
            <numerusform>, %n not shown</numerusform>
            <numerusform>, %n not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n oldest removed</source>
        <translation>
            <numerusform>, %n oldest removed</numerusform>
            <numerusform>, %n oldest removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not shown: notifications that came faster than the log shows them (at most %n row(s) per update; the newest are shown). They are still recorded for the plots and for recordings to a file.</source>
        <translation>
            <numerusform>Not shown: notifications that came faster than the log shows them (at most %n row per update; the newest are shown). They are still recorded for the plots and for recordings to a file.</numerusform>
            <numerusform>Not shown: notifications that came faster than the log shows them (at most %n rows per update; the newest are shown). They are still recorded for the plots and for recordings to a file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Oldest removed: rows removed to keep the log within %n row(s) (File → Preferences).</source>
        <translation>
            <numerusform>Oldest removed: rows removed to keep the log within %n row (File → Preferences).</numerusform>
            <numerusform>Oldest removed: rows removed to keep the log within %n rows (File → Preferences).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused — %n waiting</source>
        <translation>
            <numerusform>Paused — %n waiting</numerusform>
            <numerusform>Paused — %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 of %n entry</numerusform>
            <numerusform>%1 of %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::ValueEditor</name>
    <message numerus="yes">
        <source>%n byte(s) are not valid UTF-8 and are shown as \xNN.</source>
        <translation>
            <numerusform>%n byte is not valid UTF-8 and is shown as \xNN.</numerusform>
            <numerusform>%n bytes are not valid UTF-8 and are shown as \xNN.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n byte(s).</source>
        <translation>
            <numerusform>Read %n byte.</numerusform>
            <numerusform>Read %n bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n byte(s)…</source>
        <translation>
            <numerusform>Writing %n byte…</numerusform>
            <numerusform>Writing %n bytes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n byte(s) (no response expected).</source>
        <translation>
            <numerusform>Sent %n byte (no response expected).</numerusform>
            <numerusform>Sent %n bytes (no response expected).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n byte(s); the device accepted them.</source>
        <translation>
            <numerusform>Wrote %n byte; the device accepted it.</numerusform>
            <numerusform>Wrote %n bytes; the device accepted them.</numerusform>
        </translation>
    </message>
</context>
</TS>
