<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>gattscope::AboutDialog</name>
    <message>
        <source>About gattscope</source>
        <translation>Acerca de gattscope</translation>
    </message>
    <message>
        <source>&lt;h2&gt;gattscope %1&lt;/h2&gt;&lt;p&gt;A desktop explorer for Bluetooth Low Energy GATT devices.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3. QCustomPlot draws the plots.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;gattscope %1&lt;/h2&gt;&lt;p&gt;Un explorador de escritorio para dispositivos GATT Bluetooth Low Energy.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2, ejecutándose con Qt %3. QCustomPlot dibuja las gráficas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Bluetooth assigned numbers&lt;/b&gt; (names of services, characteristics, descriptors, company identifiers and appearances) come from the Nordic Semiconductor &lt;i&gt;bluetooth-numbers-database&lt;/i&gt;, used under the BSD 3-clause licence below.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Los &lt;b&gt;números asignados de Bluetooth&lt;/b&gt; (nombres de servicios, características, descriptores, identificadores de empresa y apariencias) provienen de la &lt;i&gt;bluetooth-numbers-database&lt;/i&gt; de Nordic Semiconductor, usada bajo la licencia BSD de 3 cláusulas que sigue.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The licence text is missing from this build.</source>
        <translation>Falta el texto de la licencia en esta compilación.</translation>
    </message>
</context>
<context>
    <name>gattscope::AppCatalog</name>
    <message>
        <source>A virtual BLED112 with virtual devices, in this program: no hardware needed</source>
        <translation>Un BLED112 virtual con dispositivos virtuales, dentro de este programa: no hace falta hardware</translation>
    </message>
</context>
<context>
    <name>gattscope::BackendController</name>
    <message>
        <source>The adapter is switched on.</source>
        <translation>El adaptador está encendido.</translation>
    </message>
    <message>
        <source>Could not switch the adapter on: %1</source>
        <translation>No se pudo encender el adaptador: %1</translation>
    </message>
    <message>
        <source>Switching %1 on</source>
        <translation>Encendiendo %1</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Switch On</source>
        <translation>Encender</translation>
    </message>
    <message>
        <source>Switch it on to scan and connect?</source>
        <translation>¿Encenderlo para escanear y conectar?</translation>
    </message>
    <message>
        <source>The Bluetooth adapter %1 is switched off.</source>
        <translation>El adaptador Bluetooth %1 está apagado.</translation>
    </message>
    <message>
        <source>Bluetooth adapter switched off</source>
        <translation>Adaptador Bluetooth apagado</translation>
    </message>
    <message>
        <source>%1 · switched off</source>
        <translation>%1 · apagado</translation>
    </message>
    <message>
        <source>The adapter is switched off. Switch it on to scan.</source>
        <translation>El adaptador está apagado. Enciéndalo para escanear.</translation>
    </message>
    <message>
        <source>The dongle is back.</source>
        <translation>El dongle ha vuelto.</translation>
    </message>
    <message>
        <source>Looking for %1…</source>
        <translation>Buscando %1…</translation>
    </message>
    <message>
        <source>%1 plugged in: choose it in the tool bar to use it.</source>
        <translation>%1 conectado: elíjalo en la barra de herramientas para usarlo.</translation>
    </message>
    <message>
        <source>No dongle found</source>
        <translation>No se encontró ningún dongle</translation>
    </message>
    <message>
        <source>No Bluetooth dongle found: using the Demo dongle, a virtual BLED112 with virtual devices. Plug in a BLED112 and pick it in the tool bar.</source>
        <translation>No se encontró ningún dongle Bluetooth: se usa el dongle de demostración, un BLED112 virtual con dispositivos virtuales. Conecte un BLED112 y elíjalo en la barra de herramientas.</translation>
    </message>
    <message>
        <source>No dongle found. Plug in a BLED112 or start gattscope with --demo.</source>
        <translation>No se encontró ningún dongle. Conecte un BLED112 o inicie gattscope con --demo.</translation>
    </message>
    <message>
        <source>No dongle found.</source>
        <translation>No se encontró ningún dongle.</translation>
    </message>
    <message>
        <source>Choose a dongle in the tool bar.</source>
        <translation>Elija un dongle en la barra de herramientas.</translation>
    </message>
    <message>
        <source>Several dongles were found; choose one in the tool bar.</source>
        <translation>Se encontraron varios dongles; elija uno en la barra de herramientas.</translation>
    </message>
    <message>
        <source>no backend for this URI</source>
        <translation>no hay backend para esta URI</translation>
    </message>
    <message>
        <source>Your virtual peripherals could not be loaded (%1); the Demo dongle serves its built-in devices.</source>
        <translation>No se pudieron cargar sus periféricos virtuales (%1); el dongle de demostración sirve sus dispositivos integrados.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Could not open %1. Choose another dongle.</source>
        <translation>No se pudo abrir %1. Elija otro dongle.</translation>
    </message>
    <message>
        <source>Dongle error: %1</source>
        <translation>Error del dongle: %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Abriendo %1</translation>
    </message>
    <message>
        <source>Could not open the dongle: %1</source>
        <translation>No se pudo abrir el dongle: %1</translation>
    </message>
    <message>
        <source>The dongle did not open: %1</source>
        <translation>El dongle no se abrió: %1</translation>
    </message>
    <message>
        <source>No devices yet. Press F5 to scan.</source>
        <translation>Aún no hay dispositivos. Pulse F5 para escanear.</translation>
    </message>
    <message>
        <source>No dongle</source>
        <translation>Sin dongle</translation>
    </message>
    <message>
        <source>%1 (your virtual peripherals)</source>
        <translation>%1 (sus periféricos virtuales)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Serving: %1</source>
        <translation>Sirviendo: %1</translation>
    </message>
    <message>
        <source>Scanning… no devices heard yet.</source>
        <translation>Escaneando… aún no se ha recibido ningún dispositivo.</translation>
    </message>
    <message>
        <source>Choose a dongle first.</source>
        <translation>Elija primero un dongle.</translation>
    </message>
    <message>
        <source>Could not start scanning: %1</source>
        <translation>No se pudo iniciar el escaneo: %1</translation>
    </message>
    <message>
        <source>Could not stop scanning: %1</source>
        <translation>No se pudo detener el escaneo: %1</translation>
    </message>
    <message>
        <source>This build has no Demo dongle.</source>
        <translation>Esta compilación no tiene dongle de demostración.</translation>
    </message>
    <message>
        <source>Virtual peripherals not loaded: %1</source>
        <translation>Periféricos virtuales no cargados: %1</translation>
    </message>
    <message>
        <source>The Demo dongle serves its built-in virtual devices.</source>
        <translation>El dongle de demostración sirve sus dispositivos virtuales integrados.</translation>
    </message>
    <message numerus="yes">
        <source>The Demo dongle now serves the virtual peripherals of %n file(s).</source>
        <translation>
            <numerusform>El dongle de demostración sirve ahora los periféricos virtuales de %n archivo.</numerusform>
            <numerusform>El dongle de demostración sirve ahora los periféricos virtuales de %n archivos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::BondsDialog</name>
    <message>
        <source>Bonds</source>
        <translation>Vinculaciones</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Key size</source>
        <translation>Tamaño de clave</translation>
    </message>
    <message>
        <source>MITM</source>
        <translation>MITM</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected bond: the device must pair again</source>
        <translation>Eliminar la vinculación seleccionada: el dispositivo deberá emparejarse de nuevo</translation>
    </message>
    <message>
        <source>Remove &amp;all</source>
        <translation>Eliminar &amp;todas</translation>
    </message>
    <message>
        <source>Delete every bond the radio holds</source>
        <translation>Eliminar todas las vinculaciones que guarda la radio</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>No dongle is open.</source>
        <translation>No hay ningún dongle abierto.</translation>
    </message>
    <message>
        <source>This backend (%1) cannot list or remove bonds: the system keeps them (on Linux, bluetoothctl devices Paired and bluetoothctl remove).</source>
        <translation>Este backend (%1) no puede listar ni eliminar vinculaciones: el sistema las guarda (en Linux, bluetoothctl devices Paired y bluetoothctl remove).</translation>
    </message>
    <message>
        <source>Reading the bonds…</source>
        <translation>Leyendo las vinculaciones…</translation>
    </message>
    <message>
        <source>This backend cannot list bonds: %1</source>
        <translation>Este backend no puede listar vinculaciones: %1</translation>
    </message>
    <message>
        <source>Cannot read the bonds: %1</source>
        <translation>No se pueden leer las vinculaciones: %1</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(desconocido)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The radio holds no bonds.</source>
        <translation>La radio no guarda ninguna vinculación.</translation>
    </message>
    <message numerus="yes">
        <source>The radio holds %n bond(s).</source>
        <translation>
            <numerusform>La radio guarda %n vinculación.</numerusform>
            <numerusform>La radio guarda %n vinculaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing every bond…</source>
        <translation>Eliminando todas las vinculaciones…</translation>
    </message>
    <message>
        <source>Removing bond %1…</source>
        <translation>Eliminando la vinculación %1…</translation>
    </message>
    <message>
        <source>This backend cannot remove bonds: %1</source>
        <translation>Este backend no puede eliminar vinculaciones: %1</translation>
    </message>
    <message>
        <source>Cannot remove the bond: %1</source>
        <translation>No se puede eliminar la vinculación: %1</translation>
    </message>
</context>
<context>
    <name>gattscope::CccdEditor</name>
    <message>
        <source>&amp;Notify (bit 0)</source>
        <translation>&amp;Notificación (bit 0)</translation>
    </message>
    <message>
        <source>&amp;Indicate (bit 1)</source>
        <translation>&amp;Indicación (bit 1)</translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation>Suscripción:</translation>
    </message>
    <message>
        <source>The raw descriptor value in hex. Any bytes may be written; the device decides.</source>
        <translation>El valor bruto del descriptor en hexadecimal. Se puede escribir cualquier byte; el dispositivo decide.</translation>
    </message>
    <message>
        <source>e.g. 01 00</source>
        <translation>p. ej. 01 00</translation>
    </message>
    <message>
        <source>Raw value:</source>
        <translation>Valor bruto:</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Escribir</translation>
    </message>
    <message>
        <source>Write Request with the raw value</source>
        <translation>Write Request con el valor bruto</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Leer</translation>
    </message>
    <message>
        <source>Read the descriptor back from the device</source>
        <translation>Volver a leer el descriptor del dispositivo</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a Client Characteristic Configuration descriptor.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Seleccione un descriptor Client Characteristic Configuration.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Client Characteristic Configuration&lt;/b&gt; %1 of &lt;b&gt;%2&lt;/b&gt; (value %3)</source>
        <translation>&lt;b&gt;Client Characteristic Configuration&lt;/b&gt; %1 de &lt;b&gt;%2&lt;/b&gt; (valor %3)</translation>
    </message>
    <message>
        <source>Ask the device to send notifications</source>
        <translation>Pedir al dispositivo que envíe notificaciones</translation>
    </message>
    <message>
        <source>The characteristic does not declare Notify; the device may refuse</source>
        <translation>La característica no declara Notify; el dispositivo puede negarse</translation>
    </message>
    <message>
        <source>Ask the device to send indications</source>
        <translation>Pedir al dispositivo que envíe indicaciones</translation>
    </message>
    <message>
        <source>The characteristic does not declare Indicate; the device may refuse</source>
        <translation>La característica no declara Indicate; el dispositivo puede negarse</translation>
    </message>
    <message>
        <source>Last known value: %1</source>
        <translation>Último valor conocido: %1</translation>
    </message>
    <message>
        <source>%1 (not the 2 bytes a CCCD holds)</source>
        <translation>%1 (no son los 2 bytes de un CCCD)</translation>
    </message>
    <message>
        <source>notifications</source>
        <translation>notificaciones</translation>
    </message>
    <message>
        <source>indications</source>
        <translation>indicaciones</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivadas</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source> on</source>
        <translation> activadas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>The device accepted %1.</source>
        <translation>El dispositivo aceptó %1.</translation>
    </message>
    <message>
        <source>The device refused %1: %2</source>
        <translation>El dispositivo rechazó %1: %2</translation>
    </message>
    <message>
        <source>Write cancelled.</source>
        <translation>Escritura cancelada.</translation>
    </message>
    <message>
        <source>Writing CCCD of %1</source>
        <translation>Escribiendo el CCCD de %1</translation>
    </message>
    <message>
        <source>The device holds %1.</source>
        <translation>El dispositivo contiene %1.</translation>
    </message>
    <message>
        <source>Read failed: %1</source>
        <translation>Error de lectura: %1</translation>
    </message>
    <message>
        <source>Read cancelled.</source>
        <translation>Lectura cancelada.</translation>
    </message>
    <message>
        <source>Reading CCCD of %1</source>
        <translation>Leyendo el CCCD de %1</translation>
    </message>
</context>
<context>
    <name>gattscope::ConnectionParametersDialog</name>
    <message>
        <source>Connection Parameters</source>
        <translation>Parámetros de conexión</translation>
    </message>
    <message>
        <source>Ask %1 to use new connection parameters. The device may accept other values than those asked for; the link panel shows what it runs with.</source>
        <translation>Pide a %1 que use nuevos parámetros de conexión. El dispositivo puede aceptar valores distintos de los pedidos; el panel del enlace muestra con cuáles funciona.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>7.5 ms to 4 s, in steps of 1.25 ms</source>
        <translation>De 7,5 ms a 4 s, en pasos de 1,25 ms</translation>
    </message>
    <message>
        <source>Connection &amp;interval:</source>
        <translation>&amp;Intervalo de conexión:</translation>
    </message>
    <message>
        <source>Connection events the device may skip when it has nothing to send: 0 to 499</source>
        <translation>Eventos de conexión que el dispositivo puede omitir cuando no tiene nada que enviar: de 0 a 499</translation>
    </message>
    <message>
        <source>Peripheral &amp;latency:</source>
        <translation>&amp;Latencia del periférico:</translation>
    </message>
    <message>
        <source>100 ms to 32 s, in steps of 10 ms; longer than (1 + latency) × interval × 2</source>
        <translation>De 100 ms a 32 s, en pasos de 10 ms; mayor que (1 + latencia) × intervalo × 2</translation>
    </message>
    <message>
        <source>&amp;Supervision timeout:</source>
        <translation>Tiempo de &amp;supervisión:</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Solicitar</translation>
    </message>
    <message>
        <source>The connection interval must lie between 7.5 ms and 4 s.</source>
        <translation>El intervalo de conexión debe estar entre 7,5 ms y 4 s.</translation>
    </message>
    <message>
        <source>The connection interval must be a multiple of 1.25 ms.</source>
        <translation>El intervalo de conexión debe ser múltiplo de 1,25 ms.</translation>
    </message>
    <message>
        <source>The peripheral latency must lie between 0 and 499 connection events.</source>
        <translation>La latencia del periférico debe estar entre 0 y 499 eventos de conexión.</translation>
    </message>
    <message>
        <source>The supervision timeout must lie between 100 ms and 32 s.</source>
        <translation>El tiempo de supervisión debe estar entre 100 ms y 32 s.</translation>
    </message>
    <message>
        <source>The supervision timeout must be a multiple of 10 ms.</source>
        <translation>El tiempo de supervisión debe ser múltiplo de 10 ms.</translation>
    </message>
    <message>
        <source>The supervision timeout must be longer than (1 + latency) × interval × 2 = %1.</source>
        <translation>El tiempo de supervisión debe ser mayor que (1 + latencia) × intervalo × 2 = %1.</translation>
    </message>
    <message>
        <source>Requests %1 (interval / latency / supervision timeout).</source>
        <translation>Solicita %1 (intervalo / latencia / tiempo de supervisión).</translation>
    </message>
</context>
<context>
    <name>gattscope::CoreBridge</name>
    <message>
        <source>Parse error</source>
        <translation>Error de análisis</translation>
    </message>
</context>
<context>
    <name>gattscope::DeviceTab</name>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Suscribirse</translation>
    </message>
    <message>
        <source>Enable notifications (or indications) of the selected characteristic</source>
        <translation>Activar las notificaciones (o indicaciones) de la característica seleccionada</translation>
    </message>
    <message>
        <source>Re&amp;discover</source>
        <translation>Re&amp;descubrir</translation>
    </message>
    <message>
        <source>Discover services, characteristics and descriptors again</source>
        <translation>Volver a descubrir servicios, características y descriptores</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>Re&amp;conectar</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Leer</translation>
    </message>
    <message>
        <source>&amp;Plot notifications</source>
        <translation>&amp;Graficar notificaciones</translation>
    </message>
    <message>
        <source>Subscribe if needed and plot the decoded values as they arrive (Ctrl+Shift+P)</source>
        <translation>Suscribirse si hace falta y graficar los valores decodificados a medida que llegan (Ctrl+Mayús+P)</translation>
    </message>
    <message>
        <source>Plot by p&amp;olling…</source>
        <translation>Graficar por s&amp;ondeo…</translation>
    </message>
    <message>
        <source>Read the characteristic at an interval and plot the decoded values</source>
        <translation>Leer la característica a intervalos y graficar los valores decodificados</translation>
    </message>
    <message>
        <source>Select a characteristic or descriptor to see and edit its value.</source>
        <translation>Seleccione una característica o un descriptor para ver y editar su valor.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;tt&gt;%2&lt;/tt&gt; &amp;nbsp; %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;tt&gt;%2&lt;/tt&gt; &amp;nbsp; %3</translation>
    </message>
    <message>
        <source>%1 disconnected: %2</source>
        <translation>%1 desconectado: %2</translation>
    </message>
    <message>
        <source>Discovery failed: %1</source>
        <translation>Error en el descubrimiento: %1</translation>
    </message>
    <message>
        <source>Discovering %1</source>
        <translation>Descubriendo %1</translation>
    </message>
    <message>
        <source>Disconnecting %1</source>
        <translation>Desconectando %1</translation>
    </message>
    <message>
        <source>Subscribing failed: %1</source>
        <translation>Error de suscripción: %1</translation>
    </message>
    <message>
        <source>Subscribing to %1</source>
        <translation>Suscribiéndose a %1</translation>
    </message>
    <message>
        <source>Unsubscribing from %1</source>
        <translation>Cancelando la suscripción a %1</translation>
    </message>
    <message>
        <source>Reading the names of %1</source>
        <translation>Leyendo los nombres de %1</translation>
    </message>
    <message>
        <source>Reading descriptors of %1</source>
        <translation>Leyendo los descriptores de %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Select a characteristic or descriptor to read</source>
        <translation>Seleccione una característica o un descriptor para leer</translation>
    </message>
    <message>
        <source>%1 cannot be read (no Read property)</source>
        <translation>%1 no se puede leer (sin la propiedad Read)</translation>
    </message>
    <message>
        <source>Select a characteristic or descriptor to write</source>
        <translation>Seleccione una característica o un descriptor para escribir</translation>
    </message>
    <message>
        <source>%1 cannot be written (no Write property)</source>
        <translation>%1 no se puede escribir (sin la propiedad Write)</translation>
    </message>
    <message>
        <source>P&amp;air…</source>
        <translation>E&amp;mparejar…</translation>
    </message>
    <message>
        <source>Pair and retry</source>
        <translation>Emparejar y reintentar</translation>
    </message>
    <message>
        <source>Raise the link&apos;s security level and let the system pair (this backend cannot take a passkey or tell whether pairing worked)</source>
        <translation>Elevar el nivel de seguridad del enlace y dejar que el sistema empareje (este backend no admite passkey ni indica si el emparejamiento funcionó)</translation>
    </message>
    <message>
        <source>Pair with the device and keep the bond (asks for a passkey when the device wants one)</source>
        <translation>Emparejar con el dispositivo y conservar la vinculación (pide la passkey si el dispositivo la requiere)</translation>
    </message>
    <message>
        <source>%1 needs a paired (encrypted) link: %2</source>
        <translation>%1 requiere un enlace emparejado (cifrado): %2</translation>
    </message>
    <message>
        <source>Pairing is already running</source>
        <translation>El emparejamiento ya está en curso</translation>
    </message>
    <message>
        <source>Enter %1 on %2 to pair.</source>
        <translation>Introduzca %1 en %2 para emparejar.</translation>
    </message>
    <message>
        <source>Pairing with %1</source>
        <translation>Emparejando con %1</translation>
    </message>
    <message>
        <source>Security level raised for %1; the system pairs when the device asks (a read of a protected value tells whether it worked).</source>
        <translation>Nivel de seguridad elevado para %1; el sistema empareja cuando el dispositivo lo pide (leer un valor protegido indicará si funcionó).</translation>
    </message>
    <message>
        <source>Paired with %1: %2.</source>
        <translation>Emparejado con %1: %2.</translation>
    </message>
    <message>
        <source>Pairing with %1 cancelled.</source>
        <translation>Emparejamiento con %1 cancelado.</translation>
    </message>
    <message>
        <source>Pairing with %1 failed: %2</source>
        <translation>Falló el emparejamiento con %1: %2</translation>
    </message>
    <message>
        <source>Reading the values of %1</source>
        <translation>Leyendo los valores de %1</translation>
    </message>
    <message numerus="yes">
        <source>Read the values of %1; %n could not be read (the traffic log says why).</source>
        <translation>
            <numerusform>Valores de %1 leídos; %n no se pudo leer (el registro de tráfico indica por qué).</numerusform>
            <numerusform>Valores de %1 leídos; %n no se pudieron leer (el registro de tráfico indica por qué).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 disconnected while its values were read: %2 of %3 read.</source>
        <translation>%1 se desconectó mientras se leían sus valores: %2 de %3 leídos.</translation>
    </message>
</context>
<context>
    <name>gattscope::FilesController</name>
    <message>
        <source>The device&apos;s services are not known yet: wait for discovery to finish.</source>
        <translation>Aún no se conocen los servicios del dispositivo: espere a que termine el descubrimiento.</translation>
    </message>
    <message>
        <source>Save as virtual peripheral</source>
        <translation>Guardar como periférico virtual</translation>
    </message>
    <message>
        <source>The services of %1 are not known yet: connect and let discovery finish first.</source>
        <translation>Aún no se conocen los servicios de %1: conéctese y deje que termine el descubrimiento.</translation>
    </message>
    <message>
        <source>Virtual peripheral profiles (*.json)</source>
        <translation>Perfiles de periféricos virtuales (*.json)</translation>
    </message>
    <message>
        <source>Could not save %1:
%2</source>
        <translation>No se pudo guardar %1:
%2</translation>
    </message>
    <message>
        <source>Saved %1 as %2. Load it with File → Load virtual peripherals… or gattscope-sim --profile.</source>
        <translation>%1 guardado como %2. Cárguelo con Archivo → Cargar periféricos virtuales… o gattscope-sim --profile.</translation>
    </message>
    <message>
        <source>Some things could not be copied exactly:</source>
        <translation>Algunas cosas no se pudieron copiar con exactitud:</translation>
    </message>
    <message>
        <source>Load virtual peripherals</source>
        <translation>Cargar periféricos virtuales</translation>
    </message>
    <message>
        <source>Virtual peripheral profiles (*.json);;All files (*)</source>
        <translation>Perfiles de periféricos virtuales (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The virtual peripherals were not loaded; the dongle in use keeps running as it was.

%1</source>
        <translation>No se cargaron los periféricos virtuales; el dongle en uso sigue funcionando como antes.

%1</translation>
    </message>
    <message>
        <source>Built-in virtual peripherals</source>
        <translation>Periféricos virtuales integrados</translation>
    </message>
    <message numerus="yes">
        <source>The Demo dongle restarts with the new devices: %n connection(s) will be closed. Continue?</source>
        <translation>
            <numerusform>El dongle de demostración se reinicia con los nuevos dispositivos: se cerrará %n conexión. ¿Continuar?</numerusform>
            <numerusform>El dongle de demostración se reinicia con los nuevos dispositivos: se cerrarán %n conexiones. ¿Continuar?</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving %1 cancelled: nothing was written.</source>
        <translation>Guardado de %1 cancelado: no se escribió nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) could not be read; the virtual peripheral answers them empty:</source>
        <translation>
            <numerusform>%n valor no se pudo leer; el periférico virtual lo devuelve vacío:</numerusform>
            <numerusform>%n valores no se pudieron leer; el periférico virtual los devuelve vacíos:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::GattTreeModel</name>
    <message>
        <source>%1
This name is the device&apos;s own User Description (0x2901).</source>
        <translation>%1
Este nombre es la User Description (0x2901) propia del dispositivo.</translation>
    </message>
    <message>
        <source>%1
Vendor UUID %2. Double-click (or F2) to give it a name.</source>
        <translation>%1
UUID de fabricante %2. Haga doble clic (o F2) para darle un nombre.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Declaration %1, value %2, last handle %3</source>
        <translation>Declaración %1, valor %2, último handle %3</translation>
    </message>
    <message>
        <source>R read · W write · WnR write without response · N notify · I indicate · Auth signed writes · Ext extended properties</source>
        <translation>R lectura · W escritura · WnR escritura sin respuesta · N notificación · I indicación · Auth escrituras firmadas · Ext propiedades extendidas</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s): %1</source>
        <translation>
            <numerusform>%n byte: %1</numerusform>
            <numerusform>%n bytes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Aún no leído</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
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
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>gattscope::HeartRateView</name>
    <message>
        <source>bpm</source>
        <translation>lpm</translation>
    </message>
    <message>
        <source>RR %1 ms</source>
        <translation>RR %1 ms</translation>
    </message>
    <message>
        <source>Sensor contact</source>
        <translation>Contacto del sensor</translation>
    </message>
    <message>
        <source>No sensor contact</source>
        <translation>Sin contacto del sensor</translation>
    </message>
    <message>
        <source>Contact not reported</source>
        <translation>Contacto no informado</translation>
    </message>
    <message>
        <source>Waiting for data</source>
        <translation>Esperando datos</translation>
    </message>
</context>
<context>
    <name>gattscope::HexEditor</name>
    <message>
        <source>No bytes. Type hex digits to add some.</source>
        <translation>No hay bytes. Escriba dígitos hexadecimales para añadirlos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hex digit</source>
        <translation>&apos;%1&apos; no es un dígito hexadecimal</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Copy as &amp;hex</source>
        <translation>Copiar como &amp;hex</translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation>Copiar como &amp;texto</translation>
    </message>
    <message>
        <source>&amp;Paste hex</source>
        <translation>&amp;Pegar hex</translation>
    </message>
    <message>
        <source>Paste te&amp;xt</source>
        <translation>Pegar te&amp;xto</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Overwrite mode</source>
        <translation>Modo &amp;sobrescribir</translation>
    </message>
    <message>
        <source>The clipboard does not hold hex: %1</source>
        <translation>El portapapeles no contiene hexadecimal: %1</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edición</translation>
    </message>
</context>
<context>
    <name>gattscope::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <extracomment>View → Language: follow the desktop&apos;s language; %1 is that language&apos;s own name.</extracomment>
        <translation>&amp;Sistema (%1)</translation>
    </message>
</context>
<context>
    <name>gattscope::LinkPanel</name>
    <message>
        <source>Connection &amp;parameters…</source>
        <translation>&amp;Parámetros de conexión…</translation>
    </message>
    <message>
        <source>Connection parameters not reported by this backend</source>
        <translation>Este backend no informa de los parámetros de conexión</translation>
    </message>
    <message>
        <source>Interval %1</source>
        <translation>Intervalo %1</translation>
    </message>
    <message>
        <source>Latency %1</source>
        <translation>Latencia %1</translation>
    </message>
    <message>
        <source>Supervision timeout %1</source>
        <translation>Tiempo de supervisión %1</translation>
    </message>
    <message>
        <source>MTU %1</source>
        <translation>MTU %1</translation>
    </message>
    <message>
        <source>Ask the device for a new connection interval, peripheral latency and supervision timeout</source>
        <translation>Pedir al dispositivo un nuevo intervalo de conexión, latencia del periférico y tiempo de supervisión</translation>
    </message>
    <message>
        <source>This backend cannot read or request connection parameters: the system&apos;s Bluetooth stack chooses them</source>
        <translation>Este backend no puede leer ni solicitar parámetros de conexión: los elige la pila Bluetooth del sistema</translation>
    </message>
    <message>
        <source>Requesting connection parameters of %1</source>
        <translation>Solicitando parámetros de conexión de %1</translation>
    </message>
    <message>
        <source>Requesting %1…</source>
        <translation>Solicitando %1…</translation>
    </message>
    <message>
        <source>Request cancelled</source>
        <translation>Solicitud cancelada</translation>
    </message>
    <message>
        <source>The device accepted %1</source>
        <translation>El dispositivo aceptó %1</translation>
    </message>
    <message>
        <source>Request failed: %1</source>
        <translation>La solicitud falló: %1</translation>
    </message>
</context>
<context>
    <name>gattscope::Main</name>
    <message>
        <source>--screenshot-delay takes milliseconds from 0 to %1, not &apos;%2&apos;</source>
        <translation>--screenshot-delay espera milisegundos de 0 a %1, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--window-size takes &lt;width&gt;x&lt;height&gt;, each from %1 to %2 pixels, not &apos;%3&apos;</source>
        <translation>--window-size espera &lt;width&gt;x&lt;height&gt;, cada uno de %1 a %2 píxeles, no &apos;%3&apos;</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (choose one of: %2)</source>
        <translation>idioma desconocido &apos;%1&apos; (elija uno de: %2)</translation>
    </message>
    <message>
        <source>Start on the Demo dongle (same as --backend demo).</source>
        <translation>Iniciar con el dongle de demostración (igual que --backend demo).</translation>
    </message>
    <message>
        <source>Connect to the device with this address or name once it is heard; repeatable (one device after the other).</source>
        <translation>Conectar con el dispositivo de esta dirección o nombre en cuanto se reciba; repetible (un dispositivo tras otro).</translation>
    </message>
    <message>
        <source>After --connect, read the characteristic &lt;uuid&gt;; repeatable.</source>
        <translation>Tras --connect, leer la característica &lt;uuid&gt;; repetible.</translation>
    </message>
    <message>
        <source>After --connect, enable notifications of the characteristic &lt;uuid&gt;; repeatable.</source>
        <translation>Tras --connect, activar las notificaciones de la característica &lt;uuid&gt;; repetible.</translation>
    </message>
    <message>
        <source>After --connect, plot the characteristic &lt;uuid&gt;: its notifications (subscribing), or its value read every second when it only reads. Values that do not decode themselves need a field layout: &lt;uuid&gt;=&lt;layout&gt;, e.g. 6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10=&lt;hhh. Repeatable.</source>
        <translation>Tras --connect, graficar la característica &lt;uuid&gt;: sus notificaciones (con suscripción), o su valor leído cada segundo si solo admite lectura. Los valores que no se decodifican por sí mismos necesitan una estructura de campos: &lt;uuid&gt;=&lt;layout&gt;, p. ej. 6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10=&lt;hhh. Repetible.</translation>
    </message>
    <message>
        <source>Save a PNG of the main window to &lt;file&gt; and quit (after --connect and its steps, if any).</source>
        <translation>Guardar un PNG de la ventana principal en &lt;file&gt; y salir (tras --connect y sus pasos, si los hay).</translation>
    </message>
    <message>
        <source>Milliseconds to wait before the screenshot (0 to %1).</source>
        <translation>Milisegundos de espera antes de la captura de pantalla (0 a %1).</translation>
    </message>
    <message>
        <source>Seconds --connect waits for each device to be heard, and then for its link and services (1 to 600; default 20).</source>
        <translation>Segundos que --connect espera a recibir cada dispositivo y después su enlace y sus servicios (1 a 600; 20 por defecto).</translation>
    </message>
    <message>
        <source>Show the interface in &lt;language&gt; (%1) for this run, instead of the one chosen in View → Language or the system&apos;s.</source>
        <translation>Mostrar la interfaz en &lt;language&gt; (%1) en esta ejecución, en lugar del idioma elegido en Ver → Idioma o el del sistema.</translation>
    </message>
    <message>
        <source>--backend and --demo cannot be used together.</source>
        <translation>--backend y --demo no se pueden usar a la vez.</translation>
    </message>
    <message>
        <source>--timeout takes seconds from 1 to 600, not &apos;%1&apos;</source>
        <translation>--timeout espera segundos de 1 a 600, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--read, --subscribe and --plot need --connect.</source>
        <translation>--read, --subscribe y --plot necesitan --connect.</translation>
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
        <translation>No se pudo abrir %1.</translation>
    </message>
    <message>
        <source>Choose a dongle in the tool bar, or the Demo dongle.</source>
        <translation>Elija un dongle en la barra de herramientas, o el dongle de demostración.</translation>
    </message>
    <message>
        <source>--virtual-peripherals: %1</source>
        <translation>--virtual-peripherals: %1</translation>
    </message>
    <message>
        <source>The virtual peripherals were not loaded.</source>
        <translation>No se cargaron los periféricos virtuales.</translation>
    </message>
    <message>
        <source>--screenshot: could not write %1</source>
        <translation>--screenshot: no se pudo escribir %1</translation>
    </message>
    <message>
        <source>Bluetooth Low Energy GATT explorer.

Options apply to this run only: what you choose in the window (the dongle, File → Load virtual peripherals…, View → Language, the layout) is remembered for the next start, and no option changes it.

Scripted starts (--connect and its steps, --screenshot) exit 1 with one line on stderr when a step fails, 2 for a usage error.</source>
        <translation>Explorador GATT de Bluetooth Low Energy.

Las opciones valen solo para esta ejecución: lo que elige en la ventana (el dongle, Archivo → Cargar periféricos virtuales…, Ver → Idioma, la disposición) se recuerda para el próximo inicio, y ninguna opción lo cambia.

Los inicios con guion (--connect y sus pasos, --screenshot) terminan con 1 y una línea en stderr cuando un paso falla, con 2 ante un error de uso.</translation>
    </message>
    <message>
        <source>Open the backend &lt;uri&gt; at start, for this run (bgapi:auto, bgapi:/dev/ttyACM0, bluez:, bluez:hci1, demo, …); the dongle chosen in the window stays the default.</source>
        <translation>Abrir el backend &lt;uri&gt; al iniciar, para esta ejecución (bgapi:auto, bgapi:/dev/ttyACM0, bluez:, bluez:hci1, demo, …); el dongle elegido en la ventana sigue siendo el predeterminado.</translation>
    </message>
    <message>
        <source>Serve the virtual peripherals of &lt;file&gt; (profile JSON) on the Demo dongle, for this run only, instead of the built-in ones or those of File → Load virtual peripherals… (which stay the default); repeatable.</source>
        <translation>Servir los periféricos virtuales de &lt;file&gt; (perfil JSON) en el dongle de demostración, solo para esta ejecución, en lugar de los integrados o de los de Archivo → Cargar periféricos virtuales… (que siguen siendo los predeterminados); repetible.</translation>
    </message>
    <message>
        <source>Resize the window to &lt;width&gt;x&lt;height&gt;, %1 to %2 pixels each, for this run (screenshots); the saved window layout stays as it was.</source>
        <translation>Cambiar el tamaño de la ventana a &lt;width&gt;x&lt;height&gt;, de %1 a %2 píxeles cada uno, para esta ejecución (capturas de pantalla); la disposición guardada de la ventana no cambia.</translation>
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
        <translation>Conéctese a un dispositivo para explorar sus servicios.

Haga doble clic en un dispositivo del escáner, o selecciónelo y pulse Ctrl+Intro.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Load &amp;virtual peripherals…</source>
        <translation>Cargar periféricos &amp;virtuales…</translation>
    </message>
    <message>
        <source>Serve your own virtual devices (profile JSON files) on the Demo dongle</source>
        <translation>Servir sus propios dispositivos virtuales (archivos de perfil JSON) en el dongle de demostración</translation>
    </message>
    <message>
        <source>Use &amp;built-in virtual peripherals</source>
        <translation>Usar los periféricos virtuales &amp;integrados</translation>
    </message>
    <message>
        <source>Save device as virtual &amp;peripheral…</source>
        <translation>Guardar el dispositivo como &amp;periférico virtual…</translation>
    </message>
    <message>
        <source>Write the current device&apos;s services and values as a profile file that the Demo dongle and gattscope-sim can serve</source>
        <translation>Escribir los servicios y valores del dispositivo actual en un archivo de perfil que el dongle de demostración y gattscope-sim pueden servir</translation>
    </message>
    <message>
        <source>Save traffic &amp;log…</source>
        <translation>Guardar el &amp;registro de tráfico…</translation>
    </message>
    <message>
        <source>Save traffic log as bt&amp;snoop…</source>
        <translation>Guardar el registro de tráfico como bt&amp;snoop…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>&amp;Dispositivo</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Escanear</translation>
    </message>
    <message>
        <source>Start or stop scanning (F5)</source>
        <translation>Iniciar o detener el escaneo (F5)</translation>
    </message>
    <message>
        <source>C&amp;lear device list</source>
        <translation>&amp;Vaciar la lista de dispositivos</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Connect to the device selected in the scanner (Ctrl+Return)</source>
        <translation>Conectar con el dispositivo seleccionado en el escáner (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Disconnect the device of the current tab (Ctrl+D)</source>
        <translation>Desconectar el dispositivo de la pestaña actual (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Leer</translation>
    </message>
    <message>
        <source>Read the selected characteristic or descriptor (Ctrl+R)</source>
        <translation>Leer la característica o el descriptor seleccionado (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Escribir</translation>
    </message>
    <message>
        <source>Write the edited value with a Write Request (Ctrl+W)</source>
        <translation>Escribir el valor editado con un Write Request (Ctrl+W)</translation>
    </message>
    <message>
        <source>Toggle s&amp;ubscription</source>
        <translation>Alternar s&amp;uscripción</translation>
    </message>
    <message>
        <source>Enable or disable notifications of the selected characteristic (Ctrl+Shift+N)</source>
        <translation>Activar o desactivar las notificaciones de la característica seleccionada (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel operations</source>
        <translation>Ca&amp;ncelar operaciones</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About gattscope</source>
        <translation>&amp;Acerca de gattscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source> Dongle: </source>
        <translation> Dongle: </translation>
    </message>
    <message>
        <source>Choose a dongle</source>
        <translation>Elija un dongle</translation>
    </message>
    <message>
        <source>The radio to use: a BLED112 dongle, a Bluetooth adapter, or the Demo dongle</source>
        <translation>La radio que se usará: un dongle BLED112, un adaptador Bluetooth o el dongle de demostración</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Escáner</translation>
    </message>
    <message>
        <source>Traffic log</source>
        <translation>Registro de tráfico</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the running operations (Ctrl+.)</source>
        <translation>Cancelar las operaciones en curso (Ctrl+.)</translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation>%1 (+%2 más)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Choose a dongle first.</source>
        <translation>Elija primero un dongle.</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Conectando con %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>No se pudo conectar con %1: %2</translation>
    </message>
    <message>
        <source>Connect failed</source>
        <translation>Error de conexión</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Conectado con %1.</translation>
    </message>
    <message>
        <source>Dongle error</source>
        <translation>Error del dongle</translation>
    </message>
    <message>
        <source>Save as virtual &amp;peripheral…</source>
        <translation>Guardar como &amp;periférico virtual…</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>Re&amp;conectar</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Cerrar pestaña</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>P&amp;referencias…</translation>
    </message>
    <message>
        <source>Notifications: %1 dropped, %2 evicted</source>
        <translation>Notificaciones: %1 descartadas, %2 desalojadas</translation>
    </message>
    <message>
        <source>Dropped: values the program could not take in while it was busy (gaps in the plots and the recording). Evicted: the oldest values, forgotten to stay within the notification memory of %1 MB (File → Preferences).</source>
        <translation>Descartadas: valores que el programa no pudo recibir mientras estaba ocupado (huecos en las gráficas y la grabación). Desalojadas: los valores más antiguos, olvidados para no superar la memoria de notificaciones de %1 MB (Archivo → Preferencias).</translation>
    </message>
    <message>
        <source>Connecting to %1 cancelled.</source>
        <translation>Conexión con %1 cancelada.</translation>
    </message>
    <message>
        <source>Connect cancelled</source>
        <translation>Conexión cancelada</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Restablecer disposición</translation>
    </message>
    <message>
        <source>Put the docks, the GATT tree, the editor and the plots back where and as large as they were on the first start</source>
        <translation>Devolver los paneles, el árbol GATT, el editor y las gráficas a su lugar y tamaño del primer inicio</translation>
    </message>
    <message>
        <source>Layout reset.</source>
        <translation>Disposición restablecida.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>In the GATT tree, F2 renames a vendor characteristic.</source>
        <translation>En el árbol GATT, F2 cambia el nombre de una característica de fabricante.</translation>
    </message>
    <message>
        <source>No device tab</source>
        <translation>Ninguna pestaña de dispositivo</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) still connected: quitting disconnects them.</source>
        <translation>
            <numerusform>%n dispositivo sigue conectado: salir lo desconecta.</numerusform>
            <numerusform>%n dispositivos siguen conectados: salir los desconecta.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plotted data was not exported: quitting discards it (Plots dock → Export → CSV).</source>
        <translation>Los datos graficados no se han exportado: salir los descarta (Gráficas → Exportar → CSV).</translation>
    </message>
    <message>
        <source>Quit gattscope</source>
        <translation>Salir de gattscope</translation>
    </message>
    <message>
        <source>Quit gattscope?</source>
        <translation>¿Salir de gattscope?</translation>
    </message>
    <message>
        <source>P&amp;air…</source>
        <translation>E&amp;mparejar…</translation>
    </message>
    <message>
        <source>Pair with the device of the current tab and keep the bond</source>
        <translation>Emparejar con el dispositivo de la pestaña actual y conservar la vinculación</translation>
    </message>
    <message>
        <source>&amp;Bonds…</source>
        <translation>&amp;Vinculaciones…</translation>
    </message>
    <message>
        <source>List and remove the bonds the radio holds</source>
        <translation>Listar y eliminar las vinculaciones que guarda la radio</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
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
        <translation>%1 pide una passkey. Escriba los seis dígitos que muestra o que le dieron; Cancelar detiene el emparejamiento.</translation>
    </message>
</context>
<context>
    <name>gattscope::PlotCanvas</name>
    <message>
        <source>No streams yet. Send a notifying or readable characteristic to the plots from the GATT tree&apos;s context menu.</source>
        <translation>Aún no hay flujos. Envíe una característica con notificaciones o legible a las gráficas desde el menú contextual del árbol GATT.</translation>
    </message>
    <message>
        <source>No streams.</source>
        <translation>No hay flujos.</translation>
    </message>
    <message>
        <source>Time (s) since %1</source>
        <translation>Tiempo (s) desde %1</translation>
    </message>
    <message>
        <source>the first sample</source>
        <translation>la primera muestra</translation>
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
        <translation>Gráficas</translation>
    </message>
    <message>
        <source>&amp;Plot</source>
        <translation>&amp;Graficar</translation>
    </message>
    <message>
        <source>Plot the selected characteristic: its notifications, or by polling when it only reads (Ctrl+Shift+P)</source>
        <translation>Graficar la característica seleccionada: sus notificaciones, o por sondeo si solo admite lectura (Ctrl+Mayús+P)</translation>
    </message>
    <message>
        <source>Plot by p&amp;olling…</source>
        <translation>Graficar por s&amp;ondeo…</translation>
    </message>
    <message>
        <source>Read the selected characteristic at an interval and plot its values</source>
        <translation>Leer la característica seleccionada a intervalos y graficar sus valores</translation>
    </message>
    <message>
        <source>Select a characteristic that notifies, indicates or can be read.</source>
        <translation>Seleccione una característica que envíe notificaciones o indicaciones, o que se pueda leer.</translation>
    </message>
    <message>
        <source>Select a characteristic that can be read.</source>
        <translation>Seleccione una característica que se pueda leer.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>There is no characteristic with value handle %1.</source>
        <translation>No hay ninguna característica con el handle de valor %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 no se puede leer.</translation>
    </message>
    <message>
        <source>%1 neither notifies nor indicates.</source>
        <translation>%1 no envía notificaciones ni indicaciones.</translation>
    </message>
    <message>
        <source>%1 cannot be plotted: %2</source>
        <translation>%1 no se puede graficar: %2</translation>
    </message>
    <message>
        <source>Plotting %1.</source>
        <translation>Graficando %1.</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
</context>
<context>
    <name>gattscope::PlotPanel</name>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Freeze the plots. Recording continues; resume to follow the newest data.</source>
        <translation>Congelar las gráficas. La grabación continúa; reanude para seguir los datos más recientes.</translation>
    </message>
    <message>
        <source> Window </source>
        <translation> Ventana </translation>
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
        <translation>Todo</translation>
    </message>
    <message>
        <source>Time span shown while following live data</source>
        <translation>Intervalo de tiempo mostrado al seguir los datos en vivo</translation>
    </message>
    <message>
        <source>Auto-scale Y</source>
        <translation>Escala Y automática</translation>
    </message>
    <message>
        <source>Fit the value axes to the visible data. Off: drag and zoom them too.</source>
        <translation>Ajustar los ejes de valores a los datos visibles. Desactivado: también se pueden arrastrar y ampliar.</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <source>A vertical cursor that follows the mouse and reads every series</source>
        <translation>Un cursor vertical que sigue al ratón y lee todas las series</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Samples as CSV…</source>
        <translation>Muestras como CSV…</translation>
    </message>
    <message>
        <source>Plot as PNG…</source>
        <translation>Gráfica como PNG…</translation>
    </message>
    <message>
        <source>Plot as PDF…</source>
        <translation>Gráfica como PDF…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Forget the recorded points of every plotted stream</source>
        <translation>Descartar los puntos grabados de todos los flujos graficados</translation>
    </message>
    <message>
        <source>  Paused: recording continues</source>
        <translation>  En pausa: la grabación continúa</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>gattscope plots</source>
        <translation>Gráficas de gattscope</translation>
    </message>
    <message>
        <source>Remove this stream from the plots</source>
        <translation>Quitar este flujo de las gráficas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export plots</source>
        <translation>Exportar gráficas</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Show the names of the series beside each plot</source>
        <translation>Mostrar los nombres de las series junto a cada gráfica</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Show the statistics table below the plots</source>
        <translation>Mostrar la tabla de estadísticas bajo las gráficas</translation>
    </message>
</context>
<context>
    <name>gattscope::PlotSetupDialog</name>
    <message>
        <source>Plot %1</source>
        <translation>Graficar %1</translation>
    </message>
    <message>
        <source>gattscope does not know how the values of this characteristic are laid out. Describe their fields:</source>
        <translation>gattscope no sabe cómo están estructurados los valores de esta característica. Describa sus campos:</translation>
    </message>
    <message>
        <source>Like Python&apos;s struct module: &lt; little-endian (default), &gt; big-endian; b/B int8/uint8, h/H int16/uint16, i/I int32/uint32, e/f/d float16/32/64, x a skipped byte, a count before a code repeats it (&lt;3h = &lt;hhh).</source>
        <translation>Como el módulo struct de Python: &lt; little-endian (predeterminado), &gt; big-endian; b/B int8/uint8, h/H int16/uint16, i/I int32/uint32, e/f/d float16/32/64, x un byte omitido, un número delante de un código lo repite (&lt;3h = &lt;hhh).</translation>
    </message>
    <message>
        <source>Field &amp;layout:</source>
        <translation>&amp;Estructura de campos:</translation>
    </message>
    <message>
        <source>x, y, z (comma-separated; empty: defaults)</source>
        <translation>x, y, z (separados por comas; vacío: predeterminados)</translation>
    </message>
    <message>
        <source>Field &amp;names:</source>
        <translation>&amp;Nombres de campos:</translation>
    </message>
    <message>
        <source>offset:</source>
        <translation>desplazamiento:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>E&amp;scala:</translation>
    </message>
    <message>
        <source>Every field is shown as raw × scale + offset</source>
        <translation>Cada campo se muestra como bruto × escala + desplazamiento</translation>
    </message>
    <message>
        <source>e.g. mg, °C</source>
        <translation>p. ej. mg, °C</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time between two reads. A read still running when the next is due is skipped, so a slow link is never flooded.</source>
        <translation>Tiempo entre dos lecturas. Si una lectura sigue en curso cuando toca la siguiente, esta se omite, para no saturar nunca un enlace lento.</translation>
    </message>
    <message>
        <source>Read &amp;every:</source>
        <translation>&amp;Leer cada:</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Graficar</translation>
    </message>
    <message>
        <source>Enter a field layout, e.g. &lt;hhh for three little-endian int16 values.</source>
        <translation>Introduzca una estructura de campos, p. ej. &lt;hhh para tres valores int16 little-endian.</translation>
    </message>
    <message>
        <source>The scale &apos;%1&apos; is not a number.</source>
        <translation>La escala &apos;%1&apos; no es un número.</translation>
    </message>
    <message>
        <source>The scale must not be zero.</source>
        <translation>La escala no puede ser cero.</translation>
    </message>
    <message>
        <source>The offset &apos;%1&apos; is not a number.</source>
        <translation>El desplazamiento &apos;%1&apos; no es un número.</translation>
    </message>
    <message>
        <source>Field layout: %1</source>
        <translation>Estructura de campos: %1</translation>
    </message>
    <message>
        <source>The field layout has no fields.</source>
        <translation>La estructura no tiene campos.</translation>
    </message>
    <message>
        <source>There are more names (%1) than fields (%2).</source>
        <translation>Hay más nombres (%1) que campos (%2).</translation>
    </message>
    <message>
        <source>Each field needs its own name: &apos;%1&apos; is used twice.</source>
        <translation>Cada campo necesita su propio nombre: &apos;%1&apos; se usa dos veces.</translation>
    </message>
    <message numerus="yes">
        <source>Fields: %1 (%n byte(s))</source>
        <translation>
            <numerusform>Campos: %1 (%n byte)</numerusform>
            <numerusform>Campos: %1 (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Current value: %1</source>
        <translation>Valor actual: %1</translation>
    </message>
    <message numerus="yes">
        <source>The current value (%n byte(s)) does not fit: %1</source>
        <translation>
            <numerusform>El valor actual (%n byte) no encaja: %1</numerusform>
            <numerusform>El valor actual (%n bytes) no encaja: %1</numerusform>
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
%2, handle 0x%3
%4 valores recibidos, %5 no decodificables, %6 sin valor</translation>
    </message>
    <message>
        <source>Last decoding error: %1</source>
        <translation>Último error de decodificación: %1</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Mín.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máx.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Rate (Hz)</source>
        <translation>Tasa (Hz)</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>At cursor</source>
        <translation>En el cursor</translation>
    </message>
    <message>
        <source>Packets lost: %1 evicted from the notification memory before they were decoded, %2 dropped on their way in while the program was busy, %3 missing from the counter field. The plots break their lines where values were lost.</source>
        <translation>Paquetes perdidos: %1 desalojados de la memoria de notificaciones antes de decodificarse, %2 descartados a la entrada mientras el programa estaba ocupado, %3 ausentes según el campo contador. Las gráficas cortan sus líneas donde se perdieron valores.</translation>
    </message>
</context>
<context>
    <name>gattscope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Memory for the notifications of every device together. Past it the oldest values are forgotten (plots and the status bar count them); recordings to a file keep everything.</source>
        <translation>Memoria para las notificaciones de todos los dispositivos juntos. Por encima, se olvidan los valores más antiguos (las gráficas y la barra de estado los cuentan); las grabaciones en un archivo lo conservan todo.</translation>
    </message>
    <message>
        <source>Notification &amp;memory:</source>
        <translation>&amp;Memoria de notificaciones:</translation>
    </message>
    <message>
        <source>Rows the traffic log keeps; the oldest go first.</source>
        <translation>Filas que conserva el registro de tráfico; las más antiguas se van primero.</translation>
    </message>
    <message>
        <source>Traffic &amp;log rows:</source>
        <translation>Filas del &amp;registro de tráfico:</translation>
    </message>
    <message>
        <source>Devices the scanner lists; past it the ones heard longest ago are removed. Connected devices always stay.</source>
        <translation>Dispositivos que lista el escáner; por encima, se quitan los recibidos hace más tiempo. Los dispositivos conectados siempre se quedan.</translation>
    </message>
    <message>
        <source>&amp;Scanner devices:</source>
        <translation>Dispositivos del &amp;escáner:</translation>
    </message>
    <message>
        <source>&amp;Read all values after discovery</source>
        <translation>Leer todos los &amp;valores tras el descubrimiento</translation>
    </message>
    <message>
        <source>After connecting, read every readable characteristic and descriptor one after the other, so that the tree shows every value. The status bar shows the progress; Cancel stops it.</source>
        <translation>Tras conectar, leer una tras otra cada característica y cada descriptor legibles, para que el árbol muestre todos los valores. La barra de estado muestra el progreso; «Cancelar» lo detiene.</translation>
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
        <translation>No hay RSSI en los informes de %1: el backend no la proporciona, así que no se grafica nada para ellos.</translation>
    </message>
    <message>
        <source>RSSI over time</source>
        <translation>RSSI en el tiempo</translation>
    </message>
</context>
<context>
    <name>gattscope::ScannerFilterModel</name>
    <message>
        <source>Invalid regular expression at character %1: %2</source>
        <translation>Expresión regular no válida en el carácter %1: %2</translation>
    </message>
</context>
<context>
    <name>gattscope::ScannerModel</name>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1, %2 address</source>
        <translation>%1, dirección %2</translation>
    </message>
    <message>
        <source>Received signal strength of the last report, in dBm</source>
        <translation>Intensidad de la señal recibida del último informe, en dBm</translation>
    </message>
    <message numerus="yes">
        <source>Last seen %1; first seen %2, %n report(s)</source>
        <translation>
            <numerusform>Visto por última vez %1; por primera vez %2, %n informe</numerusform>
            <numerusform>Visto por última vez %1; por primera vez %2, %n informes</numerusform>
        </translation>
    </message>
    <message>
        <source>Last advertising PDU: %1</source>
        <translation>Última PDU de advertising: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not seen for more than %n second(s)</source>
        <translation>
            <numerusform>No visto desde hace más de %n segundo</numerusform>
            <numerusform>No visto desde hace más de %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>RSSI</source>
        <translation>RSSI</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Connectable</source>
        <translation>Conectable</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Signal strength in dBm (higher is closer)</source>
        <translation>Intensidad de la señal en dBm (más alta = más cerca)</translation>
    </message>
    <message>
        <source>Service UUIDs listed in the advert and scan response</source>
        <translation>UUID de servicios del advertising y de la scan response</translation>
    </message>
    <message>
        <source>Company of the manufacturer-specific data</source>
        <translation>Empresa de los datos específicos del fabricante</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>Connected: this window holds a link to it (it may stop advertising meanwhile)</source>
        <translation>Conectado: esta ventana mantiene un enlace con él (puede dejar de hacer advertising mientras tanto)</translation>
    </message>
    <message>
        <source>Only a scan response was heard so far</source>
        <translation>Hasta ahora solo se recibió una scan response</translation>
    </message>
    <message>
        <source>The backend does not report the advertising PDU type (the system&apos;s Bluetooth stack hands out device properties): assumed connectable</source>
        <translation>El backend no indica el tipo de PDU de advertising (la pila Bluetooth del sistema entrega propiedades del dispositivo): se supone conectable</translation>
    </message>
    <message>
        <source>Not connectable: it sends ADV_NONCONN_IND (a broadcaster or beacon)</source>
        <translation>No conectable: envía ADV_NONCONN_IND (un emisor o una baliza)</translation>
    </message>
    <message>
        <source>Not connectable: it sends ADV_SCAN_IND (scannable, not connectable)</source>
        <translation>No conectable: envía ADV_SCAN_IND (escaneable, no conectable)</translation>
    </message>
    <message>
        <source>Not connectable: its advertisements do not accept connections</source>
        <translation>No conectable: su advertising no acepta conexiones</translation>
    </message>
</context>
<context>
    <name>gattscope::ScannerPanel</name>
    <message>
        <source>Hide &amp;stale</source>
        <translation>Ocultar &amp;inactivos</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Filter: name, address, service UUID, manufacturer</source>
        <translation>Filtro: nombre, dirección, UUID de servicio, fabricante</translation>
    </message>
    <message>
        <source>Min. RSSI:</source>
        <translation>RSSI mín.:</translation>
    </message>
    <message>
        <source>Hide devices weaker than this (dBm); leftmost shows all</source>
        <translation>Ocultar los dispositivos más débiles (dBm); a la izquierda del todo se muestran todos</translation>
    </message>
    <message numerus="yes">
        <source>Hide devices not heard for %n second(s)</source>
        <translation>
            <numerusform>Ocultar los dispositivos no recibidos desde hace %n segundo</numerusform>
            <numerusform>Ocultar los dispositivos no recibidos desde hace %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>AD structure</source>
        <translation>Estructura AD</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>Decodificado</translation>
    </message>
    <message>
        <source>Raw bytes</source>
        <translation>Bytes brutos</translation>
    </message>
    <message>
        <source>No devices yet. Choose a dongle and start a scan (F5).</source>
        <translation>Aún no hay dispositivos. Elija un dongle e inicie un escaneo (F5).</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <source>No device matches the filter.</source>
        <translation>Ningún dispositivo coincide con el filtro.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a device to see its advertising data.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Seleccione un dispositivo para ver sus datos de advertising.&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;tt&gt;%2&lt;/tt&gt; (%3) · %4 · %n report(s), last %5</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;tt&gt;%2&lt;/tt&gt; (%3) · %4 · %n informe, último %5</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;tt&gt;%2&lt;/tt&gt; (%3) · %4 · %n informes, último %5</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>RSSI unknown</source>
        <translation>RSSI desconocido</translation>
    </message>
    <message>
        <source>[scan rsp] %1</source>
        <translation>[scan rsp] %1</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Advertising data</source>
        <translation>Datos de advertising</translation>
    </message>
    <message>
        <source>Scan response</source>
        <translation>Scan response</translation>
    </message>
    <message>
        <source>Connect to the selected device</source>
        <translation>Conectar al dispositivo seleccionado</translation>
    </message>
    <message>
        <source>Show hidden (%1)</source>
        <translation>Mostrar ocultos (%1)</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Leave the selected devices out of the list (&quot;Show hidden&quot; lists them again)</source>
        <translation>Quitar de la lista los dispositivos seleccionados («Mostrar ocultos» los vuelve a listar)</translation>
    </message>
    <message>
        <source>&amp;Unhide</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Unhide &amp;all</source>
        <translation>Mostrar &amp;todos</translation>
    </message>
    <message>
        <source>Plot &amp;RSSI over time</source>
        <translation>Graficar &amp;RSSI en el tiempo</translation>
    </message>
    <message>
        <source>Plot the signal strength of the selected devices as reports arrive</source>
        <translation>Graficar la intensidad de señal de los dispositivos seleccionados según llegan los informes</translation>
    </message>
    <message>
        <source>List the devices you hid (they stay hidden until you unhide them or quit)</source>
        <translation>Listar los dispositivos ocultados (siguen ocultos hasta que los muestre o salga)</translation>
    </message>
    <message>
        <source>Regular expression: the filter is one pattern, case-insensitive, searched in name, address, services and manufacturer (^ and $ anchor a field)</source>
        <translation>Expresión regular: el filtro es un solo patrón, sin distinguir mayúsculas, buscado en nombre, dirección, servicios y fabricante (^ y $ anclan un campo)</translation>
    </message>
    <message>
        <source>Regular expression, e.g. ^(heart|motion)</source>
        <translation>Expresión regular, p. ej. ^(heart|motion)</translation>
    </message>
</context>
<context>
    <name>gattscope::StartupScript</name>
    <message>
        <source>&apos;%1&apos; is not a field layout (e.g. &lt;hhh): %2</source>
        <translation>&apos;%1&apos; no es una estructura de campos (p. ej. &lt;hhh): %2</translation>
    </message>
    <message>
        <source>it has no fields</source>
        <translation>no tiene campos</translation>
    </message>
    <message>
        <source>%1 has no characteristic %2</source>
        <translation>%1 no tiene la característica %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID (use 2A37, 0x2A37 or the 128-bit form)</source>
        <translation>&apos;%1&apos; no es un UUID (use 2A37, 0x2A37 o la forma de 128 bits)</translation>
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
        <translation>--connect %1: no se recibió ningún dispositivo llamado &apos;%1&apos; en %2</translation>
    </message>
    <message>
        <source>--connect %1: the connection was not established within %2</source>
        <translation>--connect %1: la conexión no se estableció en %2</translation>
    </message>
    <message>
        <source>--connect %1: %2</source>
        <translation>--connect %1: %2</translation>
    </message>
    <message>
        <source>--connect %1: %2 still running after %3</source>
        <translation>--connect %1: %2 sigue en curso después de %3</translation>
    </message>
    <message>
        <source>--connect %1: discovering its services did not finish within %2</source>
        <translation>--connect %1: el descubrimiento de sus servicios no terminó en %2</translation>
    </message>
    <message>
        <source>--connect %1: could not connect: %2</source>
        <translation>--connect %1: no se pudo conectar: %2</translation>
    </message>
    <message>
        <source>--connect %1: the device&apos;s tab was closed</source>
        <translation>--connect %1: se cerró la pestaña del dispositivo</translation>
    </message>
    <message>
        <source>%1 of %2 cannot be read</source>
        <translation>%1 de %2 no se puede leer</translation>
    </message>
    <message>
        <source>reading %1 of %2 failed: %3</source>
        <translation>la lectura de %1 de %2 falló: %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>%1 of %2 neither notifies nor indicates</source>
        <translation>%1 de %2 no admite ni Notify ni Indicate</translation>
    </message>
    <message>
        <source>subscribing to %1 of %2 failed: %3</source>
        <translation>la suscripción a %1 de %2 falló: %3</translation>
    </message>
    <message>
        <source>%1 disconnected</source>
        <translation>%1 desconectado</translation>
    </message>
</context>
<context>
    <name>gattscope::TrafficLogModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>Decodificado</translation>
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
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Freeze the view; entries keep being recorded and appear on resume</source>
        <translation>Congelar la vista; las entradas se siguen grabando y aparecen al reanudar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Remove every entry</source>
        <translation>Quitar todas las entradas</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the selected rows as text</source>
        <translation>Copiar las filas seleccionadas como texto</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Save the shown entries as CSV, JSON Lines or btsnoop (Wireshark)</source>
        <translation>Guardar las entradas mostradas como CSV, JSON Lines o btsnoop (Wireshark)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n waiting</source>
        <translation>
            <numerusform>, %n en espera</numerusform>
            <numerusform>, %n en espera</numerusform>
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
        <translation>Captura btsnoop para Wireshark (*.btsnoop *.cfa)</translation>
    </message>
    <message>
        <source>Save traffic log as btsnoop</source>
        <translation>Guardar el registro de tráfico como btsnoop</translation>
    </message>
    <message>
        <source>Save traffic log</source>
        <translation>Guardar el registro de tráfico</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>, %n not shown</source>
        <translation>
            <numerusform>, %n no mostrada</numerusform>
            <numerusform>, %n no mostradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n oldest removed</source>
        <translation>
            <numerusform>, %n más antigua quitada</numerusform>
            <numerusform>, %n más antiguas quitadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not shown: notifications that came faster than the log shows them (at most %n row(s) per update; the newest are shown). They are still recorded for the plots and for recordings to a file.</source>
        <translation>
            <numerusform>No mostradas: notificaciones que llegaron más rápido de lo que el registro las muestra (como máximo %n fila por actualización; se muestran las más recientes). Siguen grabándose para las gráficas y las grabaciones en un archivo.</numerusform>
            <numerusform>No mostradas: notificaciones que llegaron más rápido de lo que el registro las muestra (como máximo %n filas por actualización; se muestran las más recientes). Siguen grabándose para las gráficas y las grabaciones en un archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Oldest removed: rows removed to keep the log within %n row(s) (File → Preferences).</source>
        <translation>
            <numerusform>Más antiguas quitadas: filas quitadas para mantener el registro en %n fila (Archivo → Preferencias).</numerusform>
            <numerusform>Más antiguas quitadas: filas quitadas para mantener el registro en %n filas (Archivo → Preferencias).</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: device, handle, name, hex, value… (Ctrl+F)</source>
        <translation>Filtro: dispositivo, handle, nombre, hex, valor… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the traffic log</source>
        <translation>Filtrar el registro de tráfico</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Ambas direcciones</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Sent: writes. Received: reads, notifications and indications.</source>
        <translation>Enviado: escrituras. Recibido: lecturas, notificaciones e indicaciones.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Escrituras</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Indications</source>
        <translation>Indicaciones</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Events: connected, discovered, disconnected, dongle errors, dropped values. Errors: every entry that failed.</source>
        <translation>Eventos: conectado, descubierto, desconectado, errores del dongle, valores descartados. Errores: toda entrada que falló.</translation>
    </message>
    <message>
        <source>Show the entries of one device</source>
        <translation>Mostrar las entradas de un dispositivo</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Todos los dispositivos</translation>
    </message>
    <message numerus="yes">
        <source>Paused — %n waiting</source>
        <translation>
            <numerusform>En pausa — %n en espera</numerusform>
            <numerusform>En pausa — %n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 de %n entrada</numerusform>
            <numerusform>%1 de %n entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::ValueEditor</name>
    <message>
        <source>Type hex digits; Insert toggles overwrite/insert; Tab switches to the ASCII column</source>
        <translation>Escriba dígitos hexadecimales; Insert alterna sobrescribir/insertar; Tab pasa a la columna ASCII</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>UTF-8 text. Bytes that are not UTF-8 appear as \xNN and can be typed that way.</source>
        <translation>Texto UTF-8. Los bytes que no son UTF-8 aparecen como \xNN y se pueden escribir así.</translation>
    </message>
    <message>
        <source>Text (UTF-8)</source>
        <translation>Texto (UTF-8)</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Type a value, e.g. 42 or 23.5</source>
        <translation>Escriba un valor, p. ej. 42 o 23.5</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>Nuevo valor:</translation>
    </message>
    <message>
        <source>e.g. &lt;hhh for three little-endian int16</source>
        <translation>p. ej. &lt;hhh para tres int16 little-endian</translation>
    </message>
    <message>
        <source>A struct-style layout for vendor values: b/B int8/uint8, h/H int16/uint16, i/I int32/uint32, f float32, d float64, x pad byte; &apos;&lt;&apos; little-endian, &apos;&gt;&apos; big-endian</source>
        <translation>Una estructura al estilo struct para valores de fabricante: b/B int8/uint8, h/H int16/uint16, i/I int32/uint32, f float32, d float64, x byte de relleno; &apos;&lt;&apos; little-endian, &apos;&gt;&apos; big-endian</translation>
    </message>
    <message>
        <source>Field layout:</source>
        <translation>Estructura de campos:</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>Tipado</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Leer</translation>
    </message>
    <message>
        <source>Read Request (continues with Read Blob when the value fills the PDU)  Ctrl+R</source>
        <translation>Read Request (sigue con Read Blob cuando el valor llena la PDU)  Ctrl+R</translation>
    </message>
    <message>
        <source>Read &amp;long</source>
        <translation>Lectura &amp;larga</translation>
    </message>
    <message>
        <source>Read Request followed by Read Blob Requests until the value ends</source>
        <translation>Read Request seguido de Read Blob Requests hasta el final del valor</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Escribir</translation>
    </message>
    <message>
        <source>Write Request: the device answers  Ctrl+W</source>
        <translation>Write Request: el dispositivo responde  Ctrl+W</translation>
    </message>
    <message>
        <source>Write w/o &amp;response</source>
        <translation>Escribir sin &amp;respuesta</translation>
    </message>
    <message>
        <source>Write without response (ATT Write Command): no answer from the device</source>
        <translation>Escritura sin respuesta (ATT Write Command): el dispositivo no responde</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 &amp;nbsp; &lt;tt&gt;%3&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 &amp;nbsp; &lt;tt&gt;%3&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a characteristic or descriptor.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Seleccione una característica o un descriptor.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>cached value</source>
        <translation>valor en caché</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) are not valid UTF-8 and are shown as \xNN.</source>
        <translation>
            <numerusform>%n byte no es UTF-8 válido y se muestra como \xNN.</numerusform>
            <numerusform>%n bytes no son UTF-8 válido y se muestran como \xNN.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Read failed: %1</source>
        <translation>Error de lectura: %1</translation>
    </message>
    <message>
        <source>Last read %1</source>
        <translation>Última lectura %1</translation>
    </message>
    <message numerus="yes">
        <source>Read %n byte(s).</source>
        <translation>
            <numerusform>Se leyó %n byte.</numerusform>
            <numerusform>Se leyeron %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read cancelled.</source>
        <translation>Lectura cancelada.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Leyendo %1</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n byte(s)…</source>
        <translation>
            <numerusform>Escribiendo %n byte…</numerusform>
            <numerusform>Escribiendo %n bytes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Write failed: %1</source>
        <translation>Error de escritura: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n byte(s) (no response expected).</source>
        <translation>
            <numerusform>Se envió %n byte (no se espera respuesta).</numerusform>
            <numerusform>Se enviaron %n bytes (no se espera respuesta).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n byte(s); the device accepted them.</source>
        <translation>
            <numerusform>Se escribió %n byte; el dispositivo lo aceptó.</numerusform>
            <numerusform>Se escribieron %n bytes; el dispositivo los aceptó.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write cancelled.</source>
        <translation>Escritura cancelada.</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Escribiendo %1</translation>
    </message>
    <message>
        <source>Nothing to read now.</source>
        <translation>No hay nada que leer ahora.</translation>
    </message>
</context>
</TS>
