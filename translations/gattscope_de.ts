<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>gattscope::AboutDialog</name>
    <message>
        <source>About gattscope</source>
        <translation>Über gattscope</translation>
    </message>
    <message>
        <source>&lt;h2&gt;gattscope %1&lt;/h2&gt;&lt;p&gt;A desktop explorer for Bluetooth Low Energy GATT devices.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3. QCustomPlot draws the plots.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;gattscope %1&lt;/h2&gt;&lt;p&gt;Ein Desktop-Explorer für Bluetooth-Low-Energy-GATT-Geräte.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3. QCustomPlot zeichnet die Plots.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Bluetooth assigned numbers&lt;/b&gt; (names of services, characteristics, descriptors, company identifiers and appearances) come from the Nordic Semiconductor &lt;i&gt;bluetooth-numbers-database&lt;/i&gt;, used under the BSD 3-clause licence below.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die &lt;b&gt;Bluetooth Assigned Numbers&lt;/b&gt; (Namen von Services, Charakteristiken, Deskriptoren, Firmenkennungen und Appearances) stammen aus der &lt;i&gt;bluetooth-numbers-database&lt;/i&gt; von Nordic Semiconductor, verwendet unter der folgenden BSD-3-Clause-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The licence text is missing from this build.</source>
        <translation>In diesem Build fehlt der Lizenztext.</translation>
    </message>
</context>
<context>
    <name>gattscope::AppCatalog</name>
    <message>
        <source>A virtual BLED112 with virtual devices, in this program: no hardware needed</source>
        <translation>Ein virtueller BLED112 mit virtuellen Geräten, in diesem Programm: keine Hardware nötig</translation>
    </message>
</context>
<context>
    <name>gattscope::BackendController</name>
    <message>
        <source>The adapter is switched on.</source>
        <translation>Der Adapter ist eingeschaltet.</translation>
    </message>
    <message>
        <source>Could not switch the adapter on: %1</source>
        <translation>Der Adapter konnte nicht eingeschaltet werden: %1</translation>
    </message>
    <message>
        <source>Switching %1 on</source>
        <translation>Schalte %1 ein</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Switch On</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <source>Switch it on to scan and connect?</source>
        <translation>Einschalten, um zu scannen und zu verbinden?</translation>
    </message>
    <message>
        <source>The Bluetooth adapter %1 is switched off.</source>
        <translation>Der Bluetooth-Adapter %1 ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Bluetooth adapter switched off</source>
        <translation>Bluetooth-Adapter ausgeschaltet</translation>
    </message>
    <message>
        <source>%1 · switched off</source>
        <translation>%1 · ausgeschaltet</translation>
    </message>
    <message>
        <source>The adapter is switched off. Switch it on to scan.</source>
        <translation>Der Adapter ist ausgeschaltet. Schalten Sie ihn ein, um zu scannen.</translation>
    </message>
    <message>
        <source>The dongle is back.</source>
        <translation>Der Dongle ist wieder da.</translation>
    </message>
    <message>
        <source>Looking for %1…</source>
        <translation>Suche nach %1 …</translation>
    </message>
    <message>
        <source>%1 plugged in: choose it in the tool bar to use it.</source>
        <translation>%1 eingesteckt: Wählen Sie ihn in der Werkzeugleiste, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>No dongle found</source>
        <translation>Kein Dongle gefunden</translation>
    </message>
    <message>
        <source>No Bluetooth dongle found: using the Demo dongle, a virtual BLED112 with virtual devices. Plug in a BLED112 and pick it in the tool bar.</source>
        <translation>Kein Bluetooth-Dongle gefunden: Der Demo-Dongle wird verwendet, ein virtueller BLED112 mit virtuellen Geräten. Stecken Sie einen BLED112 ein und wählen Sie ihn in der Werkzeugleiste.</translation>
    </message>
    <message>
        <source>No dongle found. Plug in a BLED112 or start gattscope with --demo.</source>
        <translation>Kein Dongle gefunden. Stecken Sie einen BLED112 ein oder starten Sie gattscope mit --demo.</translation>
    </message>
    <message>
        <source>No dongle found.</source>
        <translation>Kein Dongle gefunden.</translation>
    </message>
    <message>
        <source>Choose a dongle in the tool bar.</source>
        <translation>Wählen Sie in der Werkzeugleiste einen Dongle.</translation>
    </message>
    <message>
        <source>Several dongles were found; choose one in the tool bar.</source>
        <translation>Mehrere Dongles gefunden; wählen Sie einen in der Werkzeugleiste.</translation>
    </message>
    <message>
        <source>no backend for this URI</source>
        <translation>kein Backend für diese URI</translation>
    </message>
    <message>
        <source>Your virtual peripherals could not be loaded (%1); the Demo dongle serves its built-in devices.</source>
        <translation>Ihre virtuellen Peripheriegeräte konnten nicht geladen werden (%1); der Demo-Dongle stellt seine eingebauten Geräte bereit.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not open %1. Choose another dongle.</source>
        <translation>%1 konnte nicht geöffnet werden. Wählen Sie einen anderen Dongle.</translation>
    </message>
    <message>
        <source>Dongle error: %1</source>
        <translation>Dongle-Fehler: %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öffne %1 …</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Öffne %1</translation>
    </message>
    <message>
        <source>Could not open the dongle: %1</source>
        <translation>Der Dongle konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The dongle did not open: %1</source>
        <translation>Der Dongle hat sich nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>No devices yet. Press F5 to scan.</source>
        <translation>Noch keine Geräte. Drücken Sie F5 zum Scannen.</translation>
    </message>
    <message>
        <source>No dongle</source>
        <translation>Kein Dongle</translation>
    </message>
    <message>
        <source>%1 (your virtual peripherals)</source>
        <translation>%1 (Ihre virtuellen Peripheriegeräte)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Serving: %1</source>
        <translation>Stellt bereit: %1</translation>
    </message>
    <message>
        <source>Scanning… no devices heard yet.</source>
        <translation>Scanne … noch keine Geräte empfangen.</translation>
    </message>
    <message>
        <source>Choose a dongle first.</source>
        <translation>Wählen Sie zuerst einen Dongle.</translation>
    </message>
    <message>
        <source>Could not start scanning: %1</source>
        <translation>Scan konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Could not stop scanning: %1</source>
        <translation>Scan konnte nicht gestoppt werden: %1</translation>
    </message>
    <message>
        <source>This build has no Demo dongle.</source>
        <translation>Dieser Build hat keinen Demo-Dongle.</translation>
    </message>
    <message>
        <source>Virtual peripherals not loaded: %1</source>
        <translation>Virtuelle Peripheriegeräte nicht geladen: %1</translation>
    </message>
    <message>
        <source>The Demo dongle serves its built-in virtual devices.</source>
        <translation>Der Demo-Dongle stellt seine eingebauten virtuellen Geräte bereit.</translation>
    </message>
    <message numerus="yes">
        <source>The Demo dongle now serves the virtual peripherals of %n file(s).</source>
        <translation>
            <numerusform>Der Demo-Dongle stellt jetzt die virtuellen Peripheriegeräte aus %n Datei bereit.</numerusform>
            <numerusform>Der Demo-Dongle stellt jetzt die virtuellen Peripheriegeräte aus %n Dateien bereit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::BondsDialog</name>
    <message>
        <source>Bonds</source>
        <translation>Bondings</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Key size</source>
        <translation>Schlüssellänge</translation>
    </message>
    <message>
        <source>MITM</source>
        <translation>MITM</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Delete the selected bond: the device must pair again</source>
        <translation>Ausgewähltes Bonding löschen: das Gerät muss erneut pairen</translation>
    </message>
    <message>
        <source>Remove &amp;all</source>
        <translation>&amp;Alle entfernen</translation>
    </message>
    <message>
        <source>Delete every bond the radio holds</source>
        <translation>Alle Bondings des Funkmoduls löschen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>No dongle is open.</source>
        <translation>Kein Dongle ist geöffnet.</translation>
    </message>
    <message>
        <source>This backend (%1) cannot list or remove bonds: the system keeps them (on Linux, bluetoothctl devices Paired and bluetoothctl remove).</source>
        <translation>Dieses Backend (%1) kann Bondings weder auflisten noch entfernen: das System verwaltet sie (unter Linux bluetoothctl devices Paired und bluetoothctl remove).</translation>
    </message>
    <message>
        <source>Reading the bonds…</source>
        <translation>Bondings werden gelesen…</translation>
    </message>
    <message>
        <source>This backend cannot list bonds: %1</source>
        <translation>Dieses Backend kann Bondings nicht auflisten: %1</translation>
    </message>
    <message>
        <source>Cannot read the bonds: %1</source>
        <translation>Bondings können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>The radio holds no bonds.</source>
        <translation>Das Funkmodul hat keine Bondings.</translation>
    </message>
    <message numerus="yes">
        <source>The radio holds %n bond(s).</source>
        <translation>
            <numerusform>Das Funkmodul hat %n Bonding.</numerusform>
            <numerusform>Das Funkmodul hat %n Bondings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing every bond…</source>
        <translation>Alle Bondings werden entfernt…</translation>
    </message>
    <message>
        <source>Removing bond %1…</source>
        <translation>Bonding %1 wird entfernt…</translation>
    </message>
    <message>
        <source>This backend cannot remove bonds: %1</source>
        <translation>Dieses Backend kann Bondings nicht entfernen: %1</translation>
    </message>
    <message>
        <source>Cannot remove the bond: %1</source>
        <translation>Bonding kann nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>gattscope::CccdEditor</name>
    <message>
        <source>&amp;Notify (bit 0)</source>
        <translation>&amp;Notification (Bit 0)</translation>
    </message>
    <message>
        <source>&amp;Indicate (bit 1)</source>
        <translation>&amp;Indication (Bit 1)</translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation>Abonnement:</translation>
    </message>
    <message>
        <source>The raw descriptor value in hex. Any bytes may be written; the device decides.</source>
        <translation>Der rohe Deskriptorwert in Hex. Beliebige Bytes können geschrieben werden; das Gerät entscheidet.</translation>
    </message>
    <message>
        <source>e.g. 01 00</source>
        <translation>z. B. 01 00</translation>
    </message>
    <message>
        <source>Raw value:</source>
        <translation>Rohwert:</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <source>Write Request with the raw value</source>
        <translation>Write Request mit dem Rohwert</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>Read the descriptor back from the device</source>
        <translation>Den Deskriptor vom Gerät zurücklesen</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a Client Characteristic Configuration descriptor.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie einen Client-Characteristic-Configuration-Deskriptor.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Client Characteristic Configuration&lt;/b&gt; %1 of &lt;b&gt;%2&lt;/b&gt; (value %3)</source>
        <translation>&lt;b&gt;Client Characteristic Configuration&lt;/b&gt; %1 von &lt;b&gt;%2&lt;/b&gt; (Wert %3)</translation>
    </message>
    <message>
        <source>Ask the device to send notifications</source>
        <translation>Das Gerät bitten, Notifications zu senden</translation>
    </message>
    <message>
        <source>The characteristic does not declare Notify; the device may refuse</source>
        <translation>Die Charakteristik deklariert kein Notify; das Gerät kann ablehnen</translation>
    </message>
    <message>
        <source>Ask the device to send indications</source>
        <translation>Das Gerät bitten, Indications zu senden</translation>
    </message>
    <message>
        <source>The characteristic does not declare Indicate; the device may refuse</source>
        <translation>Die Charakteristik deklariert kein Indicate; das Gerät kann ablehnen</translation>
    </message>
    <message>
        <source>Last known value: %1</source>
        <translation>Letzter bekannter Wert: %1</translation>
    </message>
    <message>
        <source>%1 (not the 2 bytes a CCCD holds)</source>
        <translation>%1 (nicht die 2 Bytes eines CCCD)</translation>
    </message>
    <message>
        <source>notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>indications</source>
        <translation>Indications</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source> on</source>
        <translation> an</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Schreibe %1 …</translation>
    </message>
    <message>
        <source>The device accepted %1.</source>
        <translation>Das Gerät hat %1 angenommen.</translation>
    </message>
    <message>
        <source>The device refused %1: %2</source>
        <translation>Das Gerät hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Write cancelled.</source>
        <translation>Schreiben abgebrochen.</translation>
    </message>
    <message>
        <source>Writing CCCD of %1</source>
        <translation>Schreibe CCCD von %1</translation>
    </message>
    <message>
        <source>The device holds %1.</source>
        <translation>Das Gerät enthält %1.</translation>
    </message>
    <message>
        <source>Read failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Read cancelled.</source>
        <translation>Lesen abgebrochen.</translation>
    </message>
    <message>
        <source>Reading CCCD of %1</source>
        <translation>Lese CCCD von %1</translation>
    </message>
</context>
<context>
    <name>gattscope::ConnectionParametersDialog</name>
    <message>
        <source>Connection Parameters</source>
        <translation>Verbindungsparameter</translation>
    </message>
    <message>
        <source>Ask %1 to use new connection parameters. The device may accept other values than those asked for; the link panel shows what it runs with.</source>
        <translation>Bittet %1, neue Verbindungsparameter zu verwenden. Das Gerät kann andere Werte als die erbetenen annehmen; die Verbindungsleiste zeigt, womit die Verbindung läuft.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>7.5 ms to 4 s, in steps of 1.25 ms</source>
        <translation>7,5 ms bis 4 s, in Schritten von 1,25 ms</translation>
    </message>
    <message>
        <source>Connection &amp;interval:</source>
        <translation>Verbindungs&amp;intervall:</translation>
    </message>
    <message>
        <source>Connection events the device may skip when it has nothing to send: 0 to 499</source>
        <translation>Verbindungsereignisse, die das Gerät auslassen darf, wenn es nichts zu senden hat: 0 bis 499</translation>
    </message>
    <message>
        <source>Peripheral &amp;latency:</source>
        <translation>Peripheral-&amp;Latenz:</translation>
    </message>
    <message>
        <source>100 ms to 32 s, in steps of 10 ms; longer than (1 + latency) × interval × 2</source>
        <translation>100 ms bis 32 s, in Schritten von 10 ms; länger als (1 + Latenz) × Intervall × 2</translation>
    </message>
    <message>
        <source>&amp;Supervision timeout:</source>
        <translation>&amp;Supervision-Timeout:</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Anfordern</translation>
    </message>
    <message>
        <source>The connection interval must lie between 7.5 ms and 4 s.</source>
        <translation>Das Verbindungsintervall muss zwischen 7,5 ms und 4 s liegen.</translation>
    </message>
    <message>
        <source>The connection interval must be a multiple of 1.25 ms.</source>
        <translation>Das Verbindungsintervall muss ein Vielfaches von 1,25 ms sein.</translation>
    </message>
    <message>
        <source>The peripheral latency must lie between 0 and 499 connection events.</source>
        <translation>Die Peripheral-Latenz muss zwischen 0 und 499 Verbindungsereignissen liegen.</translation>
    </message>
    <message>
        <source>The supervision timeout must lie between 100 ms and 32 s.</source>
        <translation>Der Supervision-Timeout muss zwischen 100 ms und 32 s liegen.</translation>
    </message>
    <message>
        <source>The supervision timeout must be a multiple of 10 ms.</source>
        <translation>Der Supervision-Timeout muss ein Vielfaches von 10 ms sein.</translation>
    </message>
    <message>
        <source>The supervision timeout must be longer than (1 + latency) × interval × 2 = %1.</source>
        <translation>Der Supervision-Timeout muss länger sein als (1 + Latenz) × Intervall × 2 = %1.</translation>
    </message>
    <message>
        <source>Requests %1 (interval / latency / supervision timeout).</source>
        <translation>Fordert %1 an (Intervall / Latenz / Supervision-Timeout).</translation>
    </message>
</context>
<context>
    <name>gattscope::CoreBridge</name>
    <message>
        <source>Parse error</source>
        <translation>Analysefehler</translation>
    </message>
</context>
<context>
    <name>gattscope::DeviceTab</name>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Abonnieren</translation>
    </message>
    <message>
        <source>Enable notifications (or indications) of the selected characteristic</source>
        <translation>Notifications (oder Indications) der gewählten Charakteristik aktivieren</translation>
    </message>
    <message>
        <source>Re&amp;discover</source>
        <translation>Neu &amp;erkunden</translation>
    </message>
    <message>
        <source>Discover services, characteristics and descriptors again</source>
        <translation>Services, Charakteristiken und Deskriptoren erneut erkunden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>Neu &amp;verbinden</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>&amp;Plot notifications</source>
        <translation>Notifications &amp;plotten</translation>
    </message>
    <message>
        <source>Subscribe if needed and plot the decoded values as they arrive (Ctrl+Shift+P)</source>
        <translation>Bei Bedarf abonnieren und die dekodierten Werte beim Eintreffen plotten (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Plot by p&amp;olling…</source>
        <translation>Per P&amp;olling plotten …</translation>
    </message>
    <message>
        <source>Read the characteristic at an interval and plot the decoded values</source>
        <translation>Die Charakteristik in einem Intervall lesen und die dekodierten Werte plotten</translation>
    </message>
    <message>
        <source>Select a characteristic or descriptor to see and edit its value.</source>
        <translation>Wählen Sie eine Charakteristik oder einen Deskriptor, um den Wert zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;tt&gt;%2&lt;/tt&gt; &amp;nbsp; %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;tt&gt;%2&lt;/tt&gt; &amp;nbsp; %3</translation>
    </message>
    <message>
        <source>%1 disconnected: %2</source>
        <translation>%1 getrennt: %2</translation>
    </message>
    <message>
        <source>Discovery failed: %1</source>
        <translation>Erkundung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Discovering %1</source>
        <translation>Erkunde %1</translation>
    </message>
    <message>
        <source>Disconnecting %1</source>
        <translation>Trenne %1</translation>
    </message>
    <message>
        <source>Subscribing failed: %1</source>
        <translation>Abonnieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Subscribing to %1</source>
        <translation>Abonniere %1</translation>
    </message>
    <message>
        <source>Unsubscribing from %1</source>
        <translation>Beende Abonnement von %1</translation>
    </message>
    <message>
        <source>Reading the names of %1</source>
        <translation>Lese die Namen von %1</translation>
    </message>
    <message>
        <source>Reading descriptors of %1</source>
        <translation>Lese die Deskriptoren von %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Select a characteristic or descriptor to read</source>
        <translation>Zum Lesen eine Charakteristik oder einen Deskriptor auswählen</translation>
    </message>
    <message>
        <source>%1 cannot be read (no Read property)</source>
        <translation>%1 kann nicht gelesen werden (keine Read-Property)</translation>
    </message>
    <message>
        <source>Select a characteristic or descriptor to write</source>
        <translation>Zum Schreiben eine Charakteristik oder einen Deskriptor auswählen</translation>
    </message>
    <message>
        <source>%1 cannot be written (no Write property)</source>
        <translation>%1 kann nicht geschrieben werden (keine Write-Property)</translation>
    </message>
    <message>
        <source>P&amp;air…</source>
        <translation>P&amp;airing…</translation>
    </message>
    <message>
        <source>Pair and retry</source>
        <translation>Pairen und wiederholen</translation>
    </message>
    <message>
        <source>Raise the link&apos;s security level and let the system pair (this backend cannot take a passkey or tell whether pairing worked)</source>
        <translation>Sicherheitsstufe der Verbindung anheben und das System pairen lassen (dieses Backend kann keinen Passkey annehmen und nicht melden, ob das Pairing gelang)</translation>
    </message>
    <message>
        <source>Pair with the device and keep the bond (asks for a passkey when the device wants one)</source>
        <translation>Mit dem Gerät pairen und das Bonding behalten (fragt nach dem Passkey, wenn das Gerät einen verlangt)</translation>
    </message>
    <message>
        <source>%1 needs a paired (encrypted) link: %2</source>
        <translation>%1 verlangt eine gepairte (verschlüsselte) Verbindung: %2</translation>
    </message>
    <message>
        <source>Pairing is already running</source>
        <translation>Das Pairing läuft bereits</translation>
    </message>
    <message>
        <source>Enter %1 on %2 to pair.</source>
        <translation>Geben Sie %1 auf %2 ein, um zu pairen.</translation>
    </message>
    <message>
        <source>Pairing with %1</source>
        <translation>Pairing mit %1</translation>
    </message>
    <message>
        <source>Security level raised for %1; the system pairs when the device asks (a read of a protected value tells whether it worked).</source>
        <translation>Sicherheitsstufe für %1 angehoben; das System pairt, wenn das Gerät es verlangt (ob es gelang, zeigt das Lesen eines geschützten Werts).</translation>
    </message>
    <message>
        <source>Paired with %1: %2.</source>
        <translation>Mit %1 gepairt: %2.</translation>
    </message>
    <message>
        <source>Pairing with %1 cancelled.</source>
        <translation>Pairing mit %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Pairing with %1 failed: %2</source>
        <translation>Pairing mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Reading the values of %1</source>
        <translation>Lese die Werte von %1</translation>
    </message>
    <message numerus="yes">
        <source>Read the values of %1; %n could not be read (the traffic log says why).</source>
        <translation>
            <numerusform>Werte von %1 gelesen; %n Wert konnte nicht gelesen werden (Grund im Datenverkehrsprotokoll).</numerusform>
            <numerusform>Werte von %1 gelesen; %n Werte konnten nicht gelesen werden (Gründe im Datenverkehrsprotokoll).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 disconnected while its values were read: %2 of %3 read.</source>
        <translation>%1 wurde beim Lesen der Werte getrennt: %2 von %3 gelesen.</translation>
    </message>
</context>
<context>
    <name>gattscope::FilesController</name>
    <message>
        <source>The device&apos;s services are not known yet: wait for discovery to finish.</source>
        <translation>Die Services des Geräts sind noch nicht bekannt: Warten Sie, bis die Erkundung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Save as virtual peripheral</source>
        <translation>Als virtuelles Peripheriegerät speichern</translation>
    </message>
    <message>
        <source>The services of %1 are not known yet: connect and let discovery finish first.</source>
        <translation>Die Services von %1 sind noch nicht bekannt: Verbinden Sie sich zuerst und lassen Sie die Erkundung abschließen.</translation>
    </message>
    <message>
        <source>Virtual peripheral profiles (*.json)</source>
        <translation>Profile virtueller Peripheriegeräte (*.json)</translation>
    </message>
    <message>
        <source>Could not save %1:
%2</source>
        <translation>%1 konnte nicht gespeichert werden:
%2</translation>
    </message>
    <message>
        <source>Saved %1 as %2. Load it with File → Load virtual peripherals… or gattscope-sim --profile.</source>
        <translation>%1 als %2 gespeichert. Laden mit Datei → Virtuelle Peripheriegeräte laden … oder gattscope-sim --profile.</translation>
    </message>
    <message>
        <source>Some things could not be copied exactly:</source>
        <translation>Einiges konnte nicht exakt übernommen werden:</translation>
    </message>
    <message>
        <source>Load virtual peripherals</source>
        <translation>Virtuelle Peripheriegeräte laden</translation>
    </message>
    <message>
        <source>Virtual peripheral profiles (*.json);;All files (*)</source>
        <translation>Profile virtueller Peripheriegeräte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The virtual peripherals were not loaded; the dongle in use keeps running as it was.

%1</source>
        <translation>Die virtuellen Peripheriegeräte wurden nicht geladen; der verwendete Dongle läuft unverändert weiter.

%1</translation>
    </message>
    <message>
        <source>Built-in virtual peripherals</source>
        <translation>Eingebaute virtuelle Peripheriegeräte</translation>
    </message>
    <message numerus="yes">
        <source>The Demo dongle restarts with the new devices: %n connection(s) will be closed. Continue?</source>
        <translation>
            <numerusform>Der Demo-Dongle startet mit den neuen Geräten neu: %n Verbindung wird geschlossen. Fortfahren?</numerusform>
            <numerusform>Der Demo-Dongle startet mit den neuen Geräten neu: %n Verbindungen werden geschlossen. Fortfahren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving %1 cancelled: nothing was written.</source>
        <translation>Speichern von %1 abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) could not be read; the virtual peripheral answers them empty:</source>
        <translation>
            <numerusform>%n Wert konnte nicht gelesen werden; das virtuelle Peripheriegerät liefert ihn leer:</numerusform>
            <numerusform>%n Werte konnten nicht gelesen werden; das virtuelle Peripheriegerät liefert sie leer:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::GattTreeModel</name>
    <message>
        <source>%1
This name is the device&apos;s own User Description (0x2901).</source>
        <translation>%1
Dieser Name ist die eigene User Description (0x2901) des Geräts.</translation>
    </message>
    <message>
        <source>%1
Vendor UUID %2. Double-click (or F2) to give it a name.</source>
        <translation>%1
Hersteller-UUID %2. Doppelklick (oder F2) gibt ihr einen Namen.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Declaration %1, value %2, last handle %3</source>
        <translation>Deklaration %1, Wert %2, letztes Handle %3</translation>
    </message>
    <message>
        <source>R read · W write · WnR write without response · N notify · I indicate · Auth signed writes · Ext extended properties</source>
        <translation>R Read · W Write · WnR Write Without Response · N Notify · I Indicate · Auth signierte Writes · Ext erweiterte Properties</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s): %1</source>
        <translation>
            <numerusform>%n Byte: %1</numerusform>
            <numerusform>%n Bytes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Noch nicht gelesen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>gattscope::HeartRateView</name>
    <message>
        <source>bpm</source>
        <translation>bpm</translation>
    </message>
    <message>
        <source>RR %1 ms</source>
        <translation>RR %1 ms</translation>
    </message>
    <message>
        <source>Sensor contact</source>
        <translation>Sensorkontakt</translation>
    </message>
    <message>
        <source>No sensor contact</source>
        <translation>Kein Sensorkontakt</translation>
    </message>
    <message>
        <source>Contact not reported</source>
        <translation>Kontakt nicht gemeldet</translation>
    </message>
    <message>
        <source>Waiting for data</source>
        <translation>Warte auf Daten</translation>
    </message>
</context>
<context>
    <name>gattscope::HexEditor</name>
    <message>
        <source>No bytes. Type hex digits to add some.</source>
        <translation>Keine Bytes. Tippen Sie Hex-Ziffern, um welche hinzuzufügen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hex digit</source>
        <translation>&apos;%1&apos; ist keine Hex-Ziffer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Copy as &amp;hex</source>
        <translation>Als &amp;Hex kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation>Als &amp;Text kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste hex</source>
        <translation>Hex ein&amp;fügen</translation>
    </message>
    <message>
        <source>Paste te&amp;xt</source>
        <translation>Te&amp;xt einfügen</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Overwrite mode</source>
        <translation>Über&amp;schreibmodus</translation>
    </message>
    <message>
        <source>The clipboard does not hold hex: %1</source>
        <translation>Die Zwischenablage enthält kein Hex: %1</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
</context>
<context>
    <name>gattscope::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <extracomment>View → Language: follow the desktop&apos;s language; %1 is that language&apos;s own name.</extracomment>
        <translation>&amp;System (%1)</translation>
    </message>
</context>
<context>
    <name>gattscope::LinkPanel</name>
    <message>
        <source>Connection &amp;parameters…</source>
        <translation>Verbindungs&amp;parameter…</translation>
    </message>
    <message>
        <source>Connection parameters not reported by this backend</source>
        <translation>Verbindungsparameter meldet dieses Backend nicht</translation>
    </message>
    <message>
        <source>Interval %1</source>
        <translation>Intervall %1</translation>
    </message>
    <message>
        <source>Latency %1</source>
        <translation>Latenz %1</translation>
    </message>
    <message>
        <source>Supervision timeout %1</source>
        <translation>Supervision-Timeout %1</translation>
    </message>
    <message>
        <source>MTU %1</source>
        <translation>MTU %1</translation>
    </message>
    <message>
        <source>Ask the device for a new connection interval, peripheral latency and supervision timeout</source>
        <translation>Das Gerät um ein neues Verbindungsintervall, eine neue Peripheral-Latenz und einen neuen Supervision-Timeout bitten</translation>
    </message>
    <message>
        <source>This backend cannot read or request connection parameters: the system&apos;s Bluetooth stack chooses them</source>
        <translation>Dieses Backend kann Verbindungsparameter weder lesen noch anfordern: Der Bluetooth-Stack des Systems wählt sie</translation>
    </message>
    <message>
        <source>Requesting connection parameters of %1</source>
        <translation>Verbindungsparameter von %1 werden angefordert</translation>
    </message>
    <message>
        <source>Requesting %1…</source>
        <translation>%1 wird angefordert…</translation>
    </message>
    <message>
        <source>Request cancelled</source>
        <translation>Anforderung abgebrochen</translation>
    </message>
    <message>
        <source>The device accepted %1</source>
        <translation>Das Gerät hat %1 angenommen</translation>
    </message>
    <message>
        <source>Request failed: %1</source>
        <translation>Anforderung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>gattscope::Main</name>
    <message>
        <source>--screenshot-delay takes milliseconds from 0 to %1, not &apos;%2&apos;</source>
        <translation>--screenshot-delay erwartet Millisekunden von 0 bis %1, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--window-size takes &lt;width&gt;x&lt;height&gt;, each from %1 to %2 pixels, not &apos;%3&apos;</source>
        <translation>--window-size erwartet &lt;width&gt;x&lt;height&gt;, jeweils %1 bis %2 Pixel, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (choose one of: %2)</source>
        <translation>unbekannte Sprache &apos;%1&apos; (zur Wahl: %2)</translation>
    </message>
    <message>
        <source>Start on the Demo dongle (same as --backend demo).</source>
        <translation>Mit dem Demo-Dongle starten (wie --backend demo).</translation>
    </message>
    <message>
        <source>Connect to the device with this address or name once it is heard; repeatable (one device after the other).</source>
        <translation>Mit dem Gerät dieser Adresse oder dieses Namens verbinden, sobald es empfangen wird; wiederholbar (ein Gerät nach dem anderen).</translation>
    </message>
    <message>
        <source>After --connect, read the characteristic &lt;uuid&gt;; repeatable.</source>
        <translation>Nach --connect die Charakteristik &lt;uuid&gt; lesen; wiederholbar.</translation>
    </message>
    <message>
        <source>After --connect, enable notifications of the characteristic &lt;uuid&gt;; repeatable.</source>
        <translation>Nach --connect die Notifications der Charakteristik &lt;uuid&gt; aktivieren; wiederholbar.</translation>
    </message>
    <message>
        <source>After --connect, plot the characteristic &lt;uuid&gt;: its notifications (subscribing), or its value read every second when it only reads. Values that do not decode themselves need a field layout: &lt;uuid&gt;=&lt;layout&gt;, e.g. 6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10=&lt;hhh. Repeatable.</source>
        <translation>Nach --connect die Charakteristik &lt;uuid&gt; plotten: ihre Notifications (mit Abonnement) oder, wenn sie nur lesbar ist, ihren jede Sekunde gelesenen Wert. Werte, die sich nicht selbst dekodieren, brauchen ein Feldlayout: &lt;uuid&gt;=&lt;layout&gt;, z. B. 6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10=&lt;hhh. Wiederholbar.</translation>
    </message>
    <message>
        <source>Save a PNG of the main window to &lt;file&gt; and quit (after --connect and its steps, if any).</source>
        <translation>Ein PNG des Hauptfensters in &lt;file&gt; speichern und beenden (nach --connect und seinen Schritten, falls angegeben).</translation>
    </message>
    <message>
        <source>Milliseconds to wait before the screenshot (0 to %1).</source>
        <translation>Millisekunden Wartezeit vor dem Screenshot (0 bis %1).</translation>
    </message>
    <message>
        <source>Seconds --connect waits for each device to be heard, and then for its link and services (1 to 600; default 20).</source>
        <translation>Sekunden, die --connect auf den Empfang jedes Geräts und danach auf seine Verbindung und Services wartet (1 bis 600; Standard 20).</translation>
    </message>
    <message>
        <source>Show the interface in &lt;language&gt; (%1) for this run, instead of the one chosen in View → Language or the system&apos;s.</source>
        <translation>Die Oberfläche für diesen Start in &lt;language&gt; (%1) zeigen statt in der unter Ansicht → Sprache gewählten oder der des Systems.</translation>
    </message>
    <message>
        <source>--backend and --demo cannot be used together.</source>
        <translation>--backend und --demo können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>--timeout takes seconds from 1 to 600, not &apos;%1&apos;</source>
        <translation>--timeout erwartet Sekunden von 1 bis 600, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--read, --subscribe and --plot need --connect.</source>
        <translation>--read, --subscribe und --plot brauchen --connect.</translation>
    </message>
    <message>
        <source>--backend %1: %2</source>
        <translation>--backend %1: %2</translation>
    </message>
    <message>
        <source>gattscope</source>
        <translation>gattscope</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Choose a dongle in the tool bar, or the Demo dongle.</source>
        <translation>Wählen Sie in der Werkzeugleiste einen Dongle oder den Demo-Dongle.</translation>
    </message>
    <message>
        <source>--virtual-peripherals: %1</source>
        <translation>--virtual-peripherals: %1</translation>
    </message>
    <message>
        <source>The virtual peripherals were not loaded.</source>
        <translation>Die virtuellen Peripheriegeräte wurden nicht geladen.</translation>
    </message>
    <message>
        <source>--screenshot: could not write %1</source>
        <translation>--screenshot: %1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Bluetooth Low Energy GATT explorer.

Options apply to this run only: what you choose in the window (the dongle, File → Load virtual peripherals…, View → Language, the layout) is remembered for the next start, and no option changes it.

Scripted starts (--connect and its steps, --screenshot) exit 1 with one line on stderr when a step fails, 2 for a usage error.</source>
        <translation>Explorer für Bluetooth-Low-Energy-GATT.

Optionen gelten nur für diesen Start: Was Sie im Fenster wählen (den Dongle, Datei → Virtuelle Peripheriegeräte laden …, Ansicht → Sprache, das Layout), wird für den nächsten Start gespeichert, und keine Option ändert es.

Geskriptete Starts (--connect und seine Schritte, --screenshot) enden mit 1 und einer Zeile auf stderr, wenn ein Schritt fehlschlägt, mit 2 bei einem Bedienfehler.</translation>
    </message>
    <message>
        <source>Open the backend &lt;uri&gt; at start, for this run (bgapi:auto, bgapi:/dev/ttyACM0, bluez:, bluez:hci1, demo, …); the dongle chosen in the window stays the default.</source>
        <translation>Beim Start das Backend &lt;uri&gt; öffnen, für diesen Start (bgapi:auto, bgapi:/dev/ttyACM0, bluez:, bluez:hci1, demo, …); der im Fenster gewählte Dongle bleibt die Voreinstellung.</translation>
    </message>
    <message>
        <source>Serve the virtual peripherals of &lt;file&gt; (profile JSON) on the Demo dongle, for this run only, instead of the built-in ones or those of File → Load virtual peripherals… (which stay the default); repeatable.</source>
        <translation>Die virtuellen Peripheriegeräte aus &lt;file&gt; (Profil-JSON) auf dem Demo-Dongle bereitstellen, nur für diesen Start, statt der eingebauten oder der mit Datei → Virtuelle Peripheriegeräte laden … gewählten (die die Voreinstellung bleiben); wiederholbar.</translation>
    </message>
    <message>
        <source>Resize the window to &lt;width&gt;x&lt;height&gt;, %1 to %2 pixels each, for this run (screenshots); the saved window layout stays as it was.</source>
        <translation>Die Fenstergröße auf &lt;width&gt;x&lt;height&gt; setzen, jeweils %1 bis %2 Pixel, für diesen Start (Screenshots); das gespeicherte Fensterlayout bleibt, wie es war.</translation>
    </message>
</context>
<context>
    <name>gattscope::MainWindow</name>
    <message>
        <source>gattscope</source>
        <translation>gattscope</translation>
    </message>
    <message>
        <source>Connect to a device to browse its services.

Double-click a device in the scanner, or select it and press Ctrl+Return.</source>
        <translation>Verbinden Sie sich mit einem Gerät, um seine Services zu durchsuchen.

Doppelklicken Sie ein Gerät im Scanner oder wählen Sie es aus und drücken Sie Strg+Eingabe.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Load &amp;virtual peripherals…</source>
        <translation>&amp;Virtuelle Peripheriegeräte laden …</translation>
    </message>
    <message>
        <source>Serve your own virtual devices (profile JSON files) on the Demo dongle</source>
        <translation>Eigene virtuelle Geräte (Profil-JSON-Dateien) auf dem Demo-Dongle bereitstellen</translation>
    </message>
    <message>
        <source>Use &amp;built-in virtual peripherals</source>
        <translation>&amp;Eingebaute virtuelle Peripheriegeräte verwenden</translation>
    </message>
    <message>
        <source>Save device as virtual &amp;peripheral…</source>
        <translation>Gerät als virtuelles &amp;Peripheriegerät speichern …</translation>
    </message>
    <message>
        <source>Write the current device&apos;s services and values as a profile file that the Demo dongle and gattscope-sim can serve</source>
        <translation>Services und Werte des aktuellen Geräts als Profildatei schreiben, die der Demo-Dongle und gattscope-sim bereitstellen können</translation>
    </message>
    <message>
        <source>Save traffic &amp;log…</source>
        <translation>Datenverkehrs&amp;protokoll speichern …</translation>
    </message>
    <message>
        <source>Save traffic log as bt&amp;snoop…</source>
        <translation>Datenverkehrsprotokoll als bt&amp;snoop speichern …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>&amp;Gerät</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Scannen</translation>
    </message>
    <message>
        <source>Start or stop scanning (F5)</source>
        <translation>Scan starten oder stoppen (F5)</translation>
    </message>
    <message>
        <source>C&amp;lear device list</source>
        <translation>Geräteliste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect to the device selected in the scanner (Ctrl+Return)</source>
        <translation>Mit dem im Scanner gewählten Gerät verbinden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Disconnect the device of the current tab (Ctrl+D)</source>
        <translation>Das Gerät des aktuellen Tabs trennen (Strg+D)</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>Read the selected characteristic or descriptor (Ctrl+R)</source>
        <translation>Die gewählte Charakteristik oder den gewählten Deskriptor lesen (Strg+R)</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <source>Write the edited value with a Write Request (Ctrl+W)</source>
        <translation>Den bearbeiteten Wert mit einem Write Request schreiben (Strg+W)</translation>
    </message>
    <message>
        <source>Toggle s&amp;ubscription</source>
        <translation>A&amp;bonnement umschalten</translation>
    </message>
    <message>
        <source>Enable or disable notifications of the selected characteristic (Ctrl+Shift+N)</source>
        <translation>Notifications der gewählten Charakteristik ein- oder ausschalten (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel operations</source>
        <translation>Vorgänge a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About gattscope</source>
        <translation>Ü&amp;ber gattscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source> Dongle: </source>
        <translation> Dongle: </translation>
    </message>
    <message>
        <source>Choose a dongle</source>
        <translation>Dongle wählen</translation>
    </message>
    <message>
        <source>The radio to use: a BLED112 dongle, a Bluetooth adapter, or the Demo dongle</source>
        <translation>Das zu verwendende Funkmodul: ein BLED112-Dongle, ein Bluetooth-Adapter oder der Demo-Dongle</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Traffic log</source>
        <translation>Datenverkehr</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running operations (Ctrl+.)</source>
        <translation>Die laufenden Vorgänge abbrechen (Strg+.)</translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation>%1 (+%2 weitere)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Choose a dongle first.</source>
        <translation>Wählen Sie zuerst einen Dongle.</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbinde mit %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Connect failed</source>
        <translation>Verbinden fehlgeschlagen</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Dongle error</source>
        <translation>Dongle-Fehler</translation>
    </message>
    <message>
        <source>Save as virtual &amp;peripheral…</source>
        <translation>Als virtuelles &amp;Peripheriegerät speichern …</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>Neu &amp;verbinden</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Notifications: %1 dropped, %2 evicted</source>
        <translation>Notifications: %1 verworfen, %2 verdrängt</translation>
    </message>
    <message>
        <source>Dropped: values the program could not take in while it was busy (gaps in the plots and the recording). Evicted: the oldest values, forgotten to stay within the notification memory of %1 MB (File → Preferences).</source>
        <translation>Verworfen: Werte, die das Programm nicht annehmen konnte, während es beschäftigt war (Lücken in den Plots und der Aufzeichnung). Verdrängt: die ältesten Werte, vergessen, um im Notification-Speicher von %1 MB zu bleiben (Datei → Einstellungen).</translation>
    </message>
    <message>
        <source>Connecting to %1 cancelled.</source>
        <translation>Verbindung mit %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Connect cancelled</source>
        <translation>Verbinden abgebrochen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Put the docks, the GATT tree, the editor and the plots back where and as large as they were on the first start</source>
        <translation>Docks, GATT-Baum, Editor und Plots wieder an ihren Platz und auf ihre Größe vom ersten Start bringen</translation>
    </message>
    <message>
        <source>Layout reset.</source>
        <translation>Layout zurückgesetzt.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>In the GATT tree, F2 renames a vendor characteristic.</source>
        <translation>Im GATT-Baum benennt F2 eine Hersteller-Charakteristik um.</translation>
    </message>
    <message>
        <source>No device tab</source>
        <translation>Kein Geräte-Tab</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) still connected: quitting disconnects them.</source>
        <translation>
            <numerusform>%n Gerät ist noch verbunden: Beenden trennt es.</numerusform>
            <numerusform>%n Geräte sind noch verbunden: Beenden trennt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plotted data was not exported: quitting discards it (Plots dock → Export → CSV).</source>
        <translation>Die geplotteten Daten wurden nicht exportiert: Beenden verwirft sie (Plots → Exportieren → CSV).</translation>
    </message>
    <message>
        <source>Quit gattscope</source>
        <translation>gattscope beenden</translation>
    </message>
    <message>
        <source>Quit gattscope?</source>
        <translation>gattscope beenden?</translation>
    </message>
    <message>
        <source>P&amp;air…</source>
        <translation>P&amp;airing…</translation>
    </message>
    <message>
        <source>Pair with the device of the current tab and keep the bond</source>
        <translation>Mit dem Gerät des aktuellen Tabs pairen und das Bonding behalten</translation>
    </message>
    <message>
        <source>&amp;Bonds…</source>
        <translation>&amp;Bondings…</translation>
    </message>
    <message>
        <source>List and remove the bonds the radio holds</source>
        <translation>Bondings des Funkmoduls auflisten und entfernen</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
</context>
<context>
    <name>gattscope::PasskeyDialog</name>
    <message>
        <source>Passkey</source>
        <translation>Passkey</translation>
    </message>
    <message>
        <source>%1 asks for a passkey. Type the six digits it shows or that you were given; Cancel stops pairing.</source>
        <translation>%1 verlangt einen Passkey. Geben Sie die sechs Ziffern ein, die es anzeigt oder die Sie erhalten haben; Abbrechen beendet das Pairing.</translation>
    </message>
</context>
<context>
    <name>gattscope::PlotCanvas</name>
    <message>
        <source>No streams yet. Send a notifying or readable characteristic to the plots from the GATT tree&apos;s context menu.</source>
        <translation>Noch keine Streams. Schicken Sie eine Charakteristik mit Notify oder Read über das Kontextmenü des GATT-Baums an die Plots.</translation>
    </message>
    <message>
        <source>No streams.</source>
        <translation>Keine Streams.</translation>
    </message>
    <message>
        <source>Time (s) since %1</source>
        <translation>Zeit (s) seit %1</translation>
    </message>
    <message>
        <source>the first sample</source>
        <translation>dem ersten Sample</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>t = %1 s</source>
        <translation>t = %1 s</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1: –</source>
        <translation>%1: –</translation>
    </message>
</context>
<context>
    <name>gattscope::PlotController</name>
    <message>
        <source>Plots</source>
        <translation>Plots</translation>
    </message>
    <message>
        <source>&amp;Plot</source>
        <translation>&amp;Plotten</translation>
    </message>
    <message>
        <source>Plot the selected characteristic: its notifications, or by polling when it only reads (Ctrl+Shift+P)</source>
        <translation>Die gewählte Charakteristik plotten: ihre Notifications oder per Polling, wenn sie nur lesbar ist (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Plot by p&amp;olling…</source>
        <translation>Per P&amp;olling plotten …</translation>
    </message>
    <message>
        <source>Read the selected characteristic at an interval and plot its values</source>
        <translation>Die gewählte Charakteristik in einem Intervall lesen und ihre Werte plotten</translation>
    </message>
    <message>
        <source>Select a characteristic that notifies, indicates or can be read.</source>
        <translation>Wählen Sie eine Charakteristik mit Notify, Indicate oder Read.</translation>
    </message>
    <message>
        <source>Select a characteristic that can be read.</source>
        <translation>Wählen Sie eine lesbare Charakteristik.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>There is no characteristic with value handle %1.</source>
        <translation>Es gibt keine Charakteristik mit dem Value-Handle %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ist nicht lesbar.</translation>
    </message>
    <message>
        <source>%1 neither notifies nor indicates.</source>
        <translation>%1 sendet weder Notifications noch Indications.</translation>
    </message>
    <message>
        <source>%1 cannot be plotted: %2</source>
        <translation>%1 kann nicht geplottet werden: %2</translation>
    </message>
    <message>
        <source>Plotting %1.</source>
        <translation>Plotte %1.</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
</context>
<context>
    <name>gattscope::PlotPanel</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Freeze the plots. Recording continues; resume to follow the newest data.</source>
        <translation>Die Plots einfrieren. Die Aufzeichnung läuft weiter; fortsetzen, um den neuesten Daten zu folgen.</translation>
    </message>
    <message>
        <source> Window </source>
        <translation> Fenster </translation>
    </message>
    <message>
        <source>10 s</source>
        <translation>10 s</translation>
    </message>
    <message>
        <source>60 s</source>
        <translation>60 s</translation>
    </message>
    <message>
        <source>10 min</source>
        <translation>10 min</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Time span shown while following live data</source>
        <translation>Gezeigte Zeitspanne beim Folgen der Live-Daten</translation>
    </message>
    <message>
        <source>Auto-scale Y</source>
        <translation>Y automatisch skalieren</translation>
    </message>
    <message>
        <source>Fit the value axes to the visible data. Off: drag and zoom them too.</source>
        <translation>Die Werteachsen an die sichtbaren Daten anpassen. Aus: Auch sie lassen sich ziehen und zoomen.</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <source>A vertical cursor that follows the mouse and reads every series</source>
        <translation>Ein senkrechter Cursor, der der Maus folgt und jede Reihe abliest</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Samples as CSV…</source>
        <translation>Samples als CSV …</translation>
    </message>
    <message>
        <source>Plot as PNG…</source>
        <translation>Plot als PNG …</translation>
    </message>
    <message>
        <source>Plot as PDF…</source>
        <translation>Plot als PDF …</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Forget the recorded points of every plotted stream</source>
        <translation>Die aufgezeichneten Punkte aller geplotteten Streams verwerfen</translation>
    </message>
    <message>
        <source>  Paused: recording continues</source>
        <translation>  Pausiert: Aufzeichnung läuft weiter</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>gattscope plots</source>
        <translation>gattscope-Plots</translation>
    </message>
    <message>
        <source>Remove this stream from the plots</source>
        <translation>Diesen Stream aus den Plots entfernen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export plots</source>
        <translation>Plots exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Show the names of the series beside each plot</source>
        <translation>Die Namen der Reihen neben jedem Plot anzeigen</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Show the statistics table below the plots</source>
        <translation>Die Statistiktabelle unter den Plots anzeigen</translation>
    </message>
</context>
<context>
    <name>gattscope::PlotSetupDialog</name>
    <message>
        <source>Plot %1</source>
        <translation>%1 plotten</translation>
    </message>
    <message>
        <source>gattscope does not know how the values of this characteristic are laid out. Describe their fields:</source>
        <translation>gattscope weiß nicht, wie die Werte dieser Charakteristik aufgebaut sind. Beschreiben Sie ihre Felder:</translation>
    </message>
    <message>
        <source>Like Python&apos;s struct module: &lt; little-endian (default), &gt; big-endian; b/B int8/uint8, h/H int16/uint16, i/I int32/uint32, e/f/d float16/32/64, x a skipped byte, a count before a code repeats it (&lt;3h = &lt;hhh).</source>
        <translation>Wie Pythons struct-Modul: &lt; Little Endian (Standard), &gt; Big Endian; b/B int8/uint8, h/H int16/uint16, i/I int32/uint32, e/f/d float16/32/64, x ein übersprungenes Byte, eine Zahl vor einem Code wiederholt ihn (&lt;3h = &lt;hhh).</translation>
    </message>
    <message>
        <source>Field &amp;layout:</source>
        <translation>Feld&amp;layout:</translation>
    </message>
    <message>
        <source>x, y, z (comma-separated; empty: defaults)</source>
        <translation>x, y, z (durch Kommas getrennt; leer: Standard)</translation>
    </message>
    <message>
        <source>Field &amp;names:</source>
        <translation>Feld&amp;namen:</translation>
    </message>
    <message>
        <source>offset:</source>
        <translation>Offset:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Skalierung:</translation>
    </message>
    <message>
        <source>Every field is shown as raw × scale + offset</source>
        <translation>Jedes Feld wird als Rohwert × Skalierung + Offset gezeigt</translation>
    </message>
    <message>
        <source>e.g. mg, °C</source>
        <translation>z. B. mg, °C</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time between two reads. A read still running when the next is due is skipped, so a slow link is never flooded.</source>
        <translation>Zeit zwischen zwei Lesevorgängen. Läuft ein Lesevorgang noch, wenn der nächste fällig ist, wird dieser übersprungen, damit eine langsame Verbindung nie überflutet wird.</translation>
    </message>
    <message>
        <source>Read &amp;every:</source>
        <translation>&amp;Lesen alle:</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Plotten</translation>
    </message>
    <message>
        <source>Enter a field layout, e.g. &lt;hhh for three little-endian int16 values.</source>
        <translation>Geben Sie ein Feldlayout ein, z. B. &lt;hhh für drei int16-Werte in Little Endian.</translation>
    </message>
    <message>
        <source>The scale &apos;%1&apos; is not a number.</source>
        <translation>Die Skalierung &apos;%1&apos; ist keine Zahl.</translation>
    </message>
    <message>
        <source>The scale must not be zero.</source>
        <translation>Die Skalierung darf nicht null sein.</translation>
    </message>
    <message>
        <source>The offset &apos;%1&apos; is not a number.</source>
        <translation>Der Offset &apos;%1&apos; ist keine Zahl.</translation>
    </message>
    <message>
        <source>Field layout: %1</source>
        <translation>Feldlayout: %1</translation>
    </message>
    <message>
        <source>The field layout has no fields.</source>
        <translation>Das Feldlayout hat keine Felder.</translation>
    </message>
    <message>
        <source>There are more names (%1) than fields (%2).</source>
        <translation>Es gibt mehr Namen (%1) als Felder (%2).</translation>
    </message>
    <message>
        <source>Each field needs its own name: &apos;%1&apos; is used twice.</source>
        <translation>Jedes Feld braucht einen eigenen Namen: &apos;%1&apos; kommt zweimal vor.</translation>
    </message>
    <message numerus="yes">
        <source>Fields: %1 (%n byte(s))</source>
        <translation>
            <numerusform>Felder: %1 (%n Byte)</numerusform>
            <numerusform>Felder: %1 (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Current value: %1</source>
        <translation>Aktueller Wert: %1</translation>
    </message>
    <message numerus="yes">
        <source>The current value (%n byte(s)) does not fit: %1</source>
        <translation>
            <numerusform>Der aktuelle Wert (%n Byte) passt nicht: %1</numerusform>
            <numerusform>Der aktuelle Wert (%n Bytes) passt nicht: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::PlotStatsModel</name>
    <message>
        <source>%1
%2, handle 0x%3
%4 values received, %5 not decodable, %6 without a value</source>
        <translation>%1
%2, Handle 0x%3
%4 Werte empfangen, %5 nicht dekodierbar, %6 ohne Wert</translation>
    </message>
    <message>
        <source>Last decoding error: %1</source>
        <translation>Letzter Dekodierfehler: %1</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzter</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Rate (Hz)</source>
        <translation>Rate (Hz)</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>At cursor</source>
        <translation>Am Cursor</translation>
    </message>
    <message>
        <source>Packets lost: %1 evicted from the notification memory before they were decoded, %2 dropped on their way in while the program was busy, %3 missing from the counter field. The plots break their lines where values were lost.</source>
        <translation>Verlorene Pakete: %1 aus dem Notification-Speicher verdrängt, bevor sie dekodiert wurden, %2 beim Eingang verworfen, während das Programm beschäftigt war, %3 fehlen laut Zählerfeld. Die Plots unterbrechen ihre Linien, wo Werte verloren gingen.</translation>
    </message>
</context>
<context>
    <name>gattscope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Memory for the notifications of every device together. Past it the oldest values are forgotten (plots and the status bar count them); recordings to a file keep everything.</source>
        <translation>Speicher für die Notifications aller Geräte zusammen. Darüber hinaus werden die ältesten Werte vergessen (Plots und Statusleiste zählen sie); Aufzeichnungen in eine Datei behalten alles.</translation>
    </message>
    <message>
        <source>Notification &amp;memory:</source>
        <translation>Notification-&amp;Speicher:</translation>
    </message>
    <message>
        <source>Rows the traffic log keeps; the oldest go first.</source>
        <translation>Zeilen, die das Datenverkehrsprotokoll behält; die ältesten gehen zuerst.</translation>
    </message>
    <message>
        <source>Traffic &amp;log rows:</source>
        <translation>Zeilen im Datenverkehrs&amp;protokoll:</translation>
    </message>
    <message>
        <source>Devices the scanner lists; past it the ones heard longest ago are removed. Connected devices always stay.</source>
        <translation>Geräte, die der Scanner auflistet; darüber hinaus werden die am längsten nicht mehr empfangenen entfernt. Verbundene Geräte bleiben immer.</translation>
    </message>
    <message>
        <source>&amp;Scanner devices:</source>
        <translation>Geräte im &amp;Scanner:</translation>
    </message>
    <message>
        <source>&amp;Read all values after discovery</source>
        <translation>Alle &amp;Werte nach der Erkundung lesen</translation>
    </message>
    <message>
        <source>After connecting, read every readable characteristic and descriptor one after the other, so that the tree shows every value. The status bar shows the progress; Cancel stops it.</source>
        <translation>Nach dem Verbinden jede lesbare Charakteristik und jeden Deskriptor nacheinander lesen, damit der Baum jeden Wert zeigt. Die Statusleiste zeigt den Fortschritt; „Abbrechen“ hält es an.</translation>
    </message>
</context>
<context>
    <name>gattscope::RssiPlotWindow</name>
    <message>
        <source>RSSI</source>
        <translation>RSSI</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No RSSI in the reports of %1: the backend does not report it, so nothing is plotted for them.</source>
        <translation>Keine RSSI in den Berichten von %1: Das Backend meldet sie nicht, daher wird für sie nichts geplottet.</translation>
    </message>
    <message>
        <source>RSSI over time</source>
        <translation>RSSI über die Zeit</translation>
    </message>
</context>
<context>
    <name>gattscope::ScannerFilterModel</name>
    <message>
        <source>Invalid regular expression at character %1: %2</source>
        <translation>Ungültiger regulärer Ausdruck bei Zeichen %1: %2</translation>
    </message>
</context>
<context>
    <name>gattscope::ScannerModel</name>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1, %2 address</source>
        <translation>%1, %2 Adresse</translation>
    </message>
    <message>
        <source>Received signal strength of the last report, in dBm</source>
        <translation>Empfangene Signalstärke des letzten Reports, in dBm</translation>
    </message>
    <message numerus="yes">
        <source>Last seen %1; first seen %2, %n report(s)</source>
        <translation>
            <numerusform>Zuletzt gesehen %1; zuerst gesehen %2, %n Report</numerusform>
            <numerusform>Zuletzt gesehen %1; zuerst gesehen %2, %n Reports</numerusform>
        </translation>
    </message>
    <message>
        <source>Last advertising PDU: %1</source>
        <translation>Letzte Advertising-PDU: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not seen for more than %n second(s)</source>
        <translation>
            <numerusform>Seit mehr als %n Sekunde nicht gesehen</numerusform>
            <numerusform>Seit mehr als %n Sekunden nicht gesehen</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>RSSI</source>
        <translation>RSSI</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Connectable</source>
        <translation>Verbindbar</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Signal strength in dBm (higher is closer)</source>
        <translation>Signalstärke in dBm (höher ist näher)</translation>
    </message>
    <message>
        <source>Service UUIDs listed in the advert and scan response</source>
        <translation>Service-UUIDs aus Advertisement und Scan Response</translation>
    </message>
    <message>
        <source>Company of the manufacturer-specific data</source>
        <translation>Firma der herstellerspezifischen Daten</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>Connected: this window holds a link to it (it may stop advertising meanwhile)</source>
        <translation>Verbunden: Dieses Fenster hält eine Verbindung zu ihm (es sendet währenddessen eventuell kein Advertising)</translation>
    </message>
    <message>
        <source>Only a scan response was heard so far</source>
        <translation>Bisher wurde nur eine Scan Response empfangen</translation>
    </message>
    <message>
        <source>The backend does not report the advertising PDU type (the system&apos;s Bluetooth stack hands out device properties): assumed connectable</source>
        <translation>Das Backend meldet den Typ der Advertising-PDU nicht (der Bluetooth-Stack des Systems liefert Geräteeigenschaften): als verbindbar angenommen</translation>
    </message>
    <message>
        <source>Not connectable: it sends ADV_NONCONN_IND (a broadcaster or beacon)</source>
        <translation>Nicht verbindbar: Es sendet ADV_NONCONN_IND (ein Broadcaster oder Beacon)</translation>
    </message>
    <message>
        <source>Not connectable: it sends ADV_SCAN_IND (scannable, not connectable)</source>
        <translation>Nicht verbindbar: Es sendet ADV_SCAN_IND (scannbar, nicht verbindbar)</translation>
    </message>
    <message>
        <source>Not connectable: its advertisements do not accept connections</source>
        <translation>Nicht verbindbar: Sein Advertising nimmt keine Verbindungen an</translation>
    </message>
</context>
<context>
    <name>gattscope::ScannerPanel</name>
    <message>
        <source>Hide &amp;stale</source>
        <translation>&amp;Veraltete ausblenden</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Filter: name, address, service UUID, manufacturer</source>
        <translation>Filter: Name, Adresse, Service-UUID, Hersteller</translation>
    </message>
    <message>
        <source>Min. RSSI:</source>
        <translation>Min. RSSI:</translation>
    </message>
    <message>
        <source>Hide devices weaker than this (dBm); leftmost shows all</source>
        <translation>Schwächere Geräte ausblenden (dBm); ganz links zeigt alle</translation>
    </message>
    <message numerus="yes">
        <source>Hide devices not heard for %n second(s)</source>
        <translation>
            <numerusform>Geräte ausblenden, die seit %n Sekunde nicht empfangen wurden</numerusform>
            <numerusform>Geräte ausblenden, die seit %n Sekunden nicht empfangen wurden</numerusform>
        </translation>
    </message>
    <message>
        <source>AD structure</source>
        <translation>AD-Struktur</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>Dekodiert</translation>
    </message>
    <message>
        <source>Raw bytes</source>
        <translation>Rohe Bytes</translation>
    </message>
    <message>
        <source>No devices yet. Choose a dongle and start a scan (F5).</source>
        <translation>Noch keine Geräte. Wählen Sie einen Dongle und starten Sie einen Scan (F5).</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <source>No device matches the filter.</source>
        <translation>Kein Gerät passt zum Filter.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a device to see its advertising data.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie ein Gerät, um seine Advertising-Daten zu sehen.&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;tt&gt;%2&lt;/tt&gt; (%3) · %4 · %n report(s), last %5</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;tt&gt;%2&lt;/tt&gt; (%3) · %4 · %n Report, zuletzt %5</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;tt&gt;%2&lt;/tt&gt; (%3) · %4 · %n Reports, zuletzt %5</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>RSSI unknown</source>
        <translation>RSSI unbekannt</translation>
    </message>
    <message>
        <source>[scan rsp] %1</source>
        <translation>[Scan Rsp] %1</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Advertising data</source>
        <translation>Advertising-Daten</translation>
    </message>
    <message>
        <source>Scan response</source>
        <translation>Scan Response</translation>
    </message>
    <message>
        <source>Connect to the selected device</source>
        <translation>Mit dem ausgewählten Gerät verbinden</translation>
    </message>
    <message>
        <source>Show hidden (%1)</source>
        <translation>Ausgeblendete zeigen (%1)</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>Leave the selected devices out of the list (&quot;Show hidden&quot; lists them again)</source>
        <translation>Die ausgewählten Geräte nicht mehr auflisten („Ausgeblendete zeigen“ listet sie wieder)</translation>
    </message>
    <message>
        <source>&amp;Unhide</source>
        <translation>&amp;Einblenden</translation>
    </message>
    <message>
        <source>Unhide &amp;all</source>
        <translation>&amp;Alle einblenden</translation>
    </message>
    <message>
        <source>Plot &amp;RSSI over time</source>
        <translation>&amp;RSSI über die Zeit plotten</translation>
    </message>
    <message>
        <source>Plot the signal strength of the selected devices as reports arrive</source>
        <translation>Die Signalstärke der ausgewählten Geräte beim Eintreffen der Berichte plotten</translation>
    </message>
    <message>
        <source>List the devices you hid (they stay hidden until you unhide them or quit)</source>
        <translation>Die ausgeblendeten Geräte auflisten (sie bleiben ausgeblendet, bis Sie sie einblenden oder das Programm beenden)</translation>
    </message>
    <message>
        <source>Regular expression: the filter is one pattern, case-insensitive, searched in name, address, services and manufacturer (^ and $ anchor a field)</source>
        <translation>Regulärer Ausdruck: Der Filter ist ein Muster, ohne Groß-/Kleinschreibung, gesucht in Name, Adresse, Services und Hersteller (^ und $ verankern ein Feld)</translation>
    </message>
    <message>
        <source>Regular expression, e.g. ^(heart|motion)</source>
        <translation>Regulärer Ausdruck, z. B. ^(heart|motion)</translation>
    </message>
</context>
<context>
    <name>gattscope::StartupScript</name>
    <message>
        <source>&apos;%1&apos; is not a field layout (e.g. &lt;hhh): %2</source>
        <translation>&apos;%1&apos; ist kein Feldlayout (z. B. &lt;hhh): %2</translation>
    </message>
    <message>
        <source>it has no fields</source>
        <translation>es hat keine Felder</translation>
    </message>
    <message>
        <source>%1 has no characteristic %2</source>
        <translation>%1 hat keine Charakteristik %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID (use 2A37, 0x2A37 or the 128-bit form)</source>
        <translation>&apos;%1&apos; ist keine UUID (verwenden Sie 2A37, 0x2A37 oder die 128-Bit-Form)</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>--connect %1: no device called &apos;%1&apos; was heard within %2</source>
        <translation>--connect %1: kein Gerät namens &apos;%1&apos; innerhalb von %2 empfangen</translation>
    </message>
    <message>
        <source>--connect %1: the connection was not established within %2</source>
        <translation>--connect %1: Verbindung wurde nicht innerhalb von %2 hergestellt</translation>
    </message>
    <message>
        <source>--connect %1: %2</source>
        <translation>--connect %1: %2</translation>
    </message>
    <message>
        <source>--connect %1: %2 still running after %3</source>
        <translation>--connect %1: %2 läuft nach %3 noch</translation>
    </message>
    <message>
        <source>--connect %1: discovering its services did not finish within %2</source>
        <translation>--connect %1: die Erkundung seiner Services wurde nicht innerhalb von %2 fertig</translation>
    </message>
    <message>
        <source>--connect %1: could not connect: %2</source>
        <translation>--connect %1: Verbinden fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>--connect %1: the device&apos;s tab was closed</source>
        <translation>--connect %1: der Tab des Geräts wurde geschlossen</translation>
    </message>
    <message>
        <source>%1 of %2 cannot be read</source>
        <translation>%1 von %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>reading %1 of %2 failed: %3</source>
        <translation>Lesen von %1 von %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 of %2 neither notifies nor indicates</source>
        <translation>%1 von %2 unterstützt weder Notify noch Indicate</translation>
    </message>
    <message>
        <source>subscribing to %1 of %2 failed: %3</source>
        <translation>Abonnieren von %1 von %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 disconnected</source>
        <translation>%1 getrennt</translation>
    </message>
</context>
<context>
    <name>gattscope::TrafficLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>Dekodiert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>device name (address)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>gattscope::TrafficLogPanel</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Freeze the view; entries keep being recorded and appear on resume</source>
        <translation>Die Ansicht einfrieren; Einträge werden weiter aufgezeichnet und erscheinen beim Fortsetzen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every entry</source>
        <translation>Alle Einträge entfernen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as text</source>
        <translation>Die gewählten Zeilen als Text kopieren</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Save the shown entries as CSV, JSON Lines or btsnoop (Wireshark)</source>
        <translation>Die gezeigten Einträge als CSV, JSON Lines oder btsnoop (Wireshark) speichern</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n waiting</source>
        <translation>
            <numerusform>, %n wartend</numerusform>
            <numerusform>, %n wartend</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>btsnoop capture for Wireshark (*.btsnoop *.cfa)</source>
        <translation>btsnoop-Mitschnitt für Wireshark (*.btsnoop *.cfa)</translation>
    </message>
    <message>
        <source>Save traffic log as btsnoop</source>
        <translation>Datenverkehrsprotokoll als btsnoop speichern</translation>
    </message>
    <message>
        <source>Save traffic log</source>
        <translation>Datenverkehrsprotokoll speichern</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>, %n not shown</source>
        <translation>
            <numerusform>, %n nicht angezeigt</numerusform>
            <numerusform>, %n nicht angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n oldest removed</source>
        <translation>
            <numerusform>, %n älteste entfernt</numerusform>
            <numerusform>, %n älteste entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not shown: notifications that came faster than the log shows them (at most %n row(s) per update; the newest are shown). They are still recorded for the plots and for recordings to a file.</source>
        <translation>
            <numerusform>Nicht angezeigt: Notifications, die schneller kamen, als das Protokoll sie zeigt (höchstens %n Zeile pro Aktualisierung; die neuesten werden gezeigt). Für die Plots und Aufzeichnungen in eine Datei werden sie weiterhin erfasst.</numerusform>
            <numerusform>Nicht angezeigt: Notifications, die schneller kamen, als das Protokoll sie zeigt (höchstens %n Zeilen pro Aktualisierung; die neuesten werden gezeigt). Für die Plots und Aufzeichnungen in eine Datei werden sie weiterhin erfasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Oldest removed: rows removed to keep the log within %n row(s) (File → Preferences).</source>
        <translation>
            <numerusform>Älteste entfernt: Zeilen, die entfernt wurden, um das Protokoll bei %n Zeile zu halten (Datei → Einstellungen).</numerusform>
            <numerusform>Älteste entfernt: Zeilen, die entfernt wurden, um das Protokoll bei %n Zeilen zu halten (Datei → Einstellungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: device, handle, name, hex, value… (Ctrl+F)</source>
        <translation>Filter: Gerät, Handle, Name, Hex, Wert … (Strg+F)</translation>
    </message>
    <message>
        <source>Filter the traffic log</source>
        <translation>Datenverkehrsprotokoll filtern</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Beide Richtungen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent: writes. Received: reads, notifications and indications.</source>
        <translation>Gesendet: Schreibvorgänge. Empfangen: Lesevorgänge, Notifications und Indications.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Indications</source>
        <translation>Indications</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Events: connected, discovered, disconnected, dongle errors, dropped values. Errors: every entry that failed.</source>
        <translation>Ereignisse: verbunden, erkundet, getrennt, Dongle-Fehler, verworfene Werte. Fehler: jeder fehlgeschlagene Eintrag.</translation>
    </message>
    <message>
        <source>Show the entries of one device</source>
        <translation>Die Einträge eines Geräts anzeigen</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Alle Geräte</translation>
    </message>
    <message numerus="yes">
        <source>Paused — %n waiting</source>
        <translation>
            <numerusform>Pausiert — %n wartend</numerusform>
            <numerusform>Pausiert — %n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 von %n Eintrag</numerusform>
            <numerusform>%1 von %n Einträgen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::ValueEditor</name>
    <message>
        <source>Type hex digits; Insert toggles overwrite/insert; Tab switches to the ASCII column</source>
        <translation>Hex-Ziffern tippen; Einfg schaltet Überschreiben/Einfügen um; Tab wechselt in die ASCII-Spalte</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>UTF-8 text. Bytes that are not UTF-8 appear as \xNN and can be typed that way.</source>
        <translation>UTF-8-Text. Bytes, die kein UTF-8 sind, erscheinen als \xNN und lassen sich so eingeben.</translation>
    </message>
    <message>
        <source>Text (UTF-8)</source>
        <translation>Text (UTF-8)</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Type a value, e.g. 42 or 23.5</source>
        <translation>Einen Wert eingeben, z. B. 42 oder 23.5</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>Neuer Wert:</translation>
    </message>
    <message>
        <source>e.g. &lt;hhh for three little-endian int16</source>
        <translation>z. B. &lt;hhh für drei int16 in Little Endian</translation>
    </message>
    <message>
        <source>A struct-style layout for vendor values: b/B int8/uint8, h/H int16/uint16, i/I int32/uint32, f float32, d float64, x pad byte; &apos;&lt;&apos; little-endian, &apos;&gt;&apos; big-endian</source>
        <translation>Ein Layout im struct-Stil für herstellerspezifische Werte: b/B int8/uint8, h/H int16/uint16, i/I int32/uint32, f float32, d float64, x Füllbyte; &apos;&lt;&apos; Little Endian, &apos;&gt;&apos; Big Endian</translation>
    </message>
    <message>
        <source>Field layout:</source>
        <translation>Feldlayout:</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>Typisiert</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>Read Request (continues with Read Blob when the value fills the PDU)  Ctrl+R</source>
        <translation>Read Request (fährt mit Read Blob fort, wenn der Wert die PDU füllt)  Strg+R</translation>
    </message>
    <message>
        <source>Read &amp;long</source>
        <translation>&amp;Lang lesen</translation>
    </message>
    <message>
        <source>Read Request followed by Read Blob Requests until the value ends</source>
        <translation>Read Request, gefolgt von Read Blob Requests bis zum Ende des Werts</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <source>Write Request: the device answers  Ctrl+W</source>
        <translation>Write Request: Das Gerät antwortet  Strg+W</translation>
    </message>
    <message>
        <source>Write w/o &amp;response</source>
        <translation>Write &amp;ohne Response</translation>
    </message>
    <message>
        <source>Write without response (ATT Write Command): no answer from the device</source>
        <translation>Write Without Response (ATT Write Command): keine Antwort vom Gerät</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 &amp;nbsp; &lt;tt&gt;%3&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 &amp;nbsp; &lt;tt&gt;%3&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a characteristic or descriptor.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie eine Charakteristik oder einen Deskriptor.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>cached value</source>
        <translation>zwischengespeicherter Wert</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) are not valid UTF-8 and are shown as \xNN.</source>
        <translation>
            <numerusform>%n Byte ist kein gültiges UTF-8 und wird als \xNN gezeigt.</numerusform>
            <numerusform>%n Bytes sind kein gültiges UTF-8 und werden als \xNN gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1 …</translation>
    </message>
    <message>
        <source>Read failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Last read %1</source>
        <translation>Zuletzt gelesen %1</translation>
    </message>
    <message numerus="yes">
        <source>Read %n byte(s).</source>
        <translation>
            <numerusform>%n Byte gelesen.</numerusform>
            <numerusform>%n Bytes gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read cancelled.</source>
        <translation>Lesen abgebrochen.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lese %1</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n byte(s)…</source>
        <translation>
            <numerusform>Schreibe %n Byte …</numerusform>
            <numerusform>Schreibe %n Bytes …</numerusform>
        </translation>
    </message>
    <message>
        <source>Write failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n byte(s) (no response expected).</source>
        <translation>
            <numerusform>%n Byte gesendet (keine Antwort erwartet).</numerusform>
            <numerusform>%n Bytes gesendet (keine Antwort erwartet).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n byte(s); the device accepted them.</source>
        <translation>
            <numerusform>%n Byte geschrieben; das Gerät hat es angenommen.</numerusform>
            <numerusform>%n Bytes geschrieben; das Gerät hat sie angenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write cancelled.</source>
        <translation>Schreiben abgebrochen.</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Schreibe %1</translation>
    </message>
    <message>
        <source>Nothing to read now.</source>
        <translation>Jetzt gibt es nichts zu lesen.</translation>
    </message>
</context>
</TS>
