<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>gattscope::AboutDialog</name>
    <message>
        <source>About gattscope</source>
        <translation>关于 gattscope</translation>
    </message>
    <message>
        <source>&lt;h2&gt;gattscope %1&lt;/h2&gt;&lt;p&gt;A desktop explorer for Bluetooth Low Energy GATT devices.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3. QCustomPlot draws the plots.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;gattscope %1&lt;/h2&gt;&lt;p&gt;用于低功耗蓝牙 GATT 设备的桌面浏览器。&lt;/p&gt;&lt;p&gt;使用 Qt %2 构建，运行于 Qt %3。图表由 QCustomPlot 绘制。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Bluetooth assigned numbers&lt;/b&gt; (names of services, characteristics, descriptors, company identifiers and appearances) come from the Nordic Semiconductor &lt;i&gt;bluetooth-numbers-database&lt;/i&gt;, used under the BSD 3-clause licence below.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;蓝牙分配编号&lt;/b&gt;（服务、特征、描述符、公司标识符和外观的名称）来自 Nordic Semiconductor 的 &lt;i&gt;bluetooth-numbers-database&lt;/i&gt;，按以下 BSD 三条款许可证使用。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The licence text is missing from this build.</source>
        <translation>此构建缺少许可证文本。</translation>
    </message>
</context>
<context>
    <name>gattscope::AppCatalog</name>
    <message>
        <source>A virtual BLED112 with virtual devices, in this program: no hardware needed</source>
        <translation>本程序内带虚拟设备的虚拟 BLED112：无需硬件</translation>
    </message>
</context>
<context>
    <name>gattscope::BackendController</name>
    <message>
        <source>The adapter is switched on.</source>
        <translation>适配器已打开。</translation>
    </message>
    <message>
        <source>Could not switch the adapter on: %1</source>
        <translation>无法打开适配器：%1</translation>
    </message>
    <message>
        <source>Switching %1 on</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Switch On</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Switch it on to scan and connect?</source>
        <translation>要打开它以进行扫描和连接吗？</translation>
    </message>
    <message>
        <source>The Bluetooth adapter %1 is switched off.</source>
        <translation>蓝牙适配器 %1 已关闭。</translation>
    </message>
    <message>
        <source>Bluetooth adapter switched off</source>
        <translation>蓝牙适配器已关闭</translation>
    </message>
    <message>
        <source>%1 · switched off</source>
        <translation>%1 · 已关闭</translation>
    </message>
    <message>
        <source>The adapter is switched off. Switch it on to scan.</source>
        <translation>适配器已关闭。请打开它以进行扫描。</translation>
    </message>
    <message>
        <source>The dongle is back.</source>
        <translation>Dongle 已恢复。</translation>
    </message>
    <message>
        <source>Looking for %1…</source>
        <translation>正在查找 %1…</translation>
    </message>
    <message>
        <source>%1 plugged in: choose it in the tool bar to use it.</source>
        <translation>已插入 %1：在工具栏中选择即可使用。</translation>
    </message>
    <message>
        <source>No dongle found</source>
        <translation>未找到 Dongle</translation>
    </message>
    <message>
        <source>No Bluetooth dongle found: using the Demo dongle, a virtual BLED112 with virtual devices. Plug in a BLED112 and pick it in the tool bar.</source>
        <translation>未找到蓝牙 Dongle：正在使用演示 Dongle（带虚拟设备的虚拟 BLED112）。请插入 BLED112 并在工具栏中选择。</translation>
    </message>
    <message>
        <source>No dongle found. Plug in a BLED112 or start gattscope with --demo.</source>
        <translation>未找到 Dongle。请插入 BLED112，或使用 --demo 启动 gattscope。</translation>
    </message>
    <message>
        <source>No dongle found.</source>
        <translation>未找到 Dongle。</translation>
    </message>
    <message>
        <source>Choose a dongle in the tool bar.</source>
        <translation>请在工具栏中选择一个 Dongle。</translation>
    </message>
    <message>
        <source>Several dongles were found; choose one in the tool bar.</source>
        <translation>找到多个 Dongle；请在工具栏中选择一个。</translation>
    </message>
    <message>
        <source>no backend for this URI</source>
        <translation>此 URI 没有对应的后端</translation>
    </message>
    <message>
        <source>Your virtual peripherals could not be loaded (%1); the Demo dongle serves its built-in devices.</source>
        <translation>无法加载您的虚拟外设（%1）；演示 Dongle 将提供其内置设备。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Could not open %1. Choose another dongle.</source>
        <translation>无法打开 %1。请选择其他 Dongle。</translation>
    </message>
    <message>
        <source>Dongle error: %1</source>
        <translation>Dongle 错误：%1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <source>Could not open the dongle: %1</source>
        <translation>无法打开 Dongle：%1</translation>
    </message>
    <message>
        <source>The dongle did not open: %1</source>
        <translation>Dongle 未打开：%1</translation>
    </message>
    <message>
        <source>No devices yet. Press F5 to scan.</source>
        <translation>尚无设备。按 F5 开始扫描。</translation>
    </message>
    <message>
        <source>No dongle</source>
        <translation>无 Dongle</translation>
    </message>
    <message>
        <source>%1 (your virtual peripherals)</source>
        <translation>%1（您的虚拟外设）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Serving: %1</source>
        <translation>正在提供：%1</translation>
    </message>
    <message>
        <source>Scanning… no devices heard yet.</source>
        <translation>正在扫描… 尚未收到任何设备。</translation>
    </message>
    <message>
        <source>Choose a dongle first.</source>
        <translation>请先选择一个 Dongle。</translation>
    </message>
    <message>
        <source>Could not start scanning: %1</source>
        <translation>无法开始扫描：%1</translation>
    </message>
    <message>
        <source>Could not stop scanning: %1</source>
        <translation>无法停止扫描：%1</translation>
    </message>
    <message>
        <source>This build has no Demo dongle.</source>
        <translation>此构建没有演示 Dongle。</translation>
    </message>
    <message>
        <source>Virtual peripherals not loaded: %1</source>
        <translation>未加载虚拟外设：%1</translation>
    </message>
    <message>
        <source>The Demo dongle serves its built-in virtual devices.</source>
        <translation>演示 Dongle 提供其内置虚拟设备。</translation>
    </message>
    <message numerus="yes">
        <source>The Demo dongle now serves the virtual peripherals of %n file(s).</source>
        <translation>
            <numerusform>演示 Dongle 现在提供 %n 个文件中的虚拟外设。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::BondsDialog</name>
    <message>
        <source>Bonds</source>
        <translation>绑定</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>句柄</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Key size</source>
        <translation>密钥长度</translation>
    </message>
    <message>
        <source>MITM</source>
        <translation>MITM</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Delete the selected bond: the device must pair again</source>
        <translation>删除所选绑定：设备需要重新配对</translation>
    </message>
    <message>
        <source>Remove &amp;all</source>
        <translation>全部删除(&amp;A)</translation>
    </message>
    <message>
        <source>Delete every bond the radio holds</source>
        <translation>删除无线模块保存的所有绑定</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>No dongle is open.</source>
        <translation>没有打开的 Dongle。</translation>
    </message>
    <message>
        <source>This backend (%1) cannot list or remove bonds: the system keeps them (on Linux, bluetoothctl devices Paired and bluetoothctl remove).</source>
        <translation>此后端（%1）无法列出或删除绑定：绑定由系统保存（Linux 上使用 bluetoothctl devices Paired 和 bluetoothctl remove）。</translation>
    </message>
    <message>
        <source>Reading the bonds…</source>
        <translation>正在读取绑定…</translation>
    </message>
    <message>
        <source>This backend cannot list bonds: %1</source>
        <translation>此后端无法列出绑定：%1</translation>
    </message>
    <message>
        <source>Cannot read the bonds: %1</source>
        <translation>无法读取绑定：%1</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>（未知）</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>The radio holds no bonds.</source>
        <translation>无线模块中没有绑定。</translation>
    </message>
    <message numerus="yes">
        <source>The radio holds %n bond(s).</source>
        <translation>
            <numerusform>无线模块中有 %n 个绑定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing every bond…</source>
        <translation>正在删除所有绑定…</translation>
    </message>
    <message>
        <source>Removing bond %1…</source>
        <translation>正在删除绑定 %1…</translation>
    </message>
    <message>
        <source>This backend cannot remove bonds: %1</source>
        <translation>此后端无法删除绑定：%1</translation>
    </message>
    <message>
        <source>Cannot remove the bond: %1</source>
        <translation>无法删除绑定：%1</translation>
    </message>
</context>
<context>
    <name>gattscope::CccdEditor</name>
    <message>
        <source>&amp;Notify (bit 0)</source>
        <translation>通知（位 0）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Indicate (bit 1)</source>
        <translation>指示（位 1）(&amp;I)</translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation>订阅：</translation>
    </message>
    <message>
        <source>The raw descriptor value in hex. Any bytes may be written; the device decides.</source>
        <translation>十六进制的描述符原始值。可写入任意字节，由设备决定是否接受。</translation>
    </message>
    <message>
        <source>e.g. 01 00</source>
        <translation>例如 01 00</translation>
    </message>
    <message>
        <source>Raw value:</source>
        <translation>原始值：</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>写入(&amp;W)</translation>
    </message>
    <message>
        <source>Write Request with the raw value</source>
        <translation>用原始值发送 Write Request</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>读取(&amp;R)</translation>
    </message>
    <message>
        <source>Read the descriptor back from the device</source>
        <translation>从设备重新读取描述符</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a Client Characteristic Configuration descriptor.&lt;/i&gt;</source>
        <translation>&lt;i&gt;请选择一个客户端特征配置描述符（CCCD）。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Client Characteristic Configuration&lt;/b&gt; %1 of &lt;b&gt;%2&lt;/b&gt; (value %3)</source>
        <translation>&lt;b&gt;%2&lt;/b&gt; 的&lt;b&gt;客户端特征配置&lt;/b&gt; %1（值 %3）</translation>
    </message>
    <message>
        <source>Ask the device to send notifications</source>
        <translation>请求设备发送通知</translation>
    </message>
    <message>
        <source>The characteristic does not declare Notify; the device may refuse</source>
        <translation>该特征未声明 Notify，设备可能会拒绝</translation>
    </message>
    <message>
        <source>Ask the device to send indications</source>
        <translation>请求设备发送指示</translation>
    </message>
    <message>
        <source>The characteristic does not declare Indicate; the device may refuse</source>
        <translation>该特征未声明 Indicate，设备可能会拒绝</translation>
    </message>
    <message>
        <source>Last known value: %1</source>
        <translation>最后已知值：%1</translation>
    </message>
    <message>
        <source>%1 (not the 2 bytes a CCCD holds)</source>
        <translation>%1（不是 CCCD 应有的 2 个字节）</translation>
    </message>
    <message>
        <source>notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>indications</source>
        <translation>指示</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source> on</source>
        <translation>已开启</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>The device accepted %1.</source>
        <translation>设备已接受 %1。</translation>
    </message>
    <message>
        <source>The device refused %1: %2</source>
        <translation>设备拒绝了 %1：%2</translation>
    </message>
    <message>
        <source>Write cancelled.</source>
        <translation>写入已取消。</translation>
    </message>
    <message>
        <source>Writing CCCD of %1</source>
        <translation>正在写入 %1 的 CCCD</translation>
    </message>
    <message>
        <source>The device holds %1.</source>
        <translation>设备中的值为 %1。</translation>
    </message>
    <message>
        <source>Read failed: %1</source>
        <translation>读取失败：%1</translation>
    </message>
    <message>
        <source>Read cancelled.</source>
        <translation>读取已取消。</translation>
    </message>
    <message>
        <source>Reading CCCD of %1</source>
        <translation>正在读取 %1 的 CCCD</translation>
    </message>
</context>
<context>
    <name>gattscope::ConnectionParametersDialog</name>
    <message>
        <source>Connection Parameters</source>
        <translation>连接参数</translation>
    </message>
    <message>
        <source>Ask %1 to use new connection parameters. The device may accept other values than those asked for; the link panel shows what it runs with.</source>
        <translation>请求 %1 使用新的连接参数。设备可能接受与请求不同的值；链路面板显示实际使用的值。</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>7.5 ms to 4 s, in steps of 1.25 ms</source>
        <translation>7.5 ms 至 4 s，步长 1.25 ms</translation>
    </message>
    <message>
        <source>Connection &amp;interval:</source>
        <translation>连接间隔(&amp;I)：</translation>
    </message>
    <message>
        <source>Connection events the device may skip when it has nothing to send: 0 to 499</source>
        <translation>设备无数据发送时可跳过的连接事件数：0 至 499</translation>
    </message>
    <message>
        <source>Peripheral &amp;latency:</source>
        <translation>从机延迟(&amp;L)：</translation>
    </message>
    <message>
        <source>100 ms to 32 s, in steps of 10 ms; longer than (1 + latency) × interval × 2</source>
        <translation>100 ms 至 32 s，步长 10 ms；须大于 (1 + 延迟) × 间隔 × 2</translation>
    </message>
    <message>
        <source>&amp;Supervision timeout:</source>
        <translation>监督超时(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>请求(&amp;R)</translation>
    </message>
    <message>
        <source>The connection interval must lie between 7.5 ms and 4 s.</source>
        <translation>连接间隔必须在 7.5 ms 到 4 s 之间。</translation>
    </message>
    <message>
        <source>The connection interval must be a multiple of 1.25 ms.</source>
        <translation>连接间隔必须是 1.25 ms 的整数倍。</translation>
    </message>
    <message>
        <source>The peripheral latency must lie between 0 and 499 connection events.</source>
        <translation>从机延迟必须在 0 到 499 个连接事件之间。</translation>
    </message>
    <message>
        <source>The supervision timeout must lie between 100 ms and 32 s.</source>
        <translation>监督超时必须在 100 ms 到 32 s 之间。</translation>
    </message>
    <message>
        <source>The supervision timeout must be a multiple of 10 ms.</source>
        <translation>监督超时必须是 10 ms 的整数倍。</translation>
    </message>
    <message>
        <source>The supervision timeout must be longer than (1 + latency) × interval × 2 = %1.</source>
        <translation>监督超时必须大于 (1 + 延迟) × 间隔 × 2 = %1。</translation>
    </message>
    <message>
        <source>Requests %1 (interval / latency / supervision timeout).</source>
        <translation>将请求 %1（间隔 / 延迟 / 监督超时）。</translation>
    </message>
</context>
<context>
    <name>gattscope::CoreBridge</name>
    <message>
        <source>Parse error</source>
        <translation>解析错误</translation>
    </message>
</context>
<context>
    <name>gattscope::DeviceTab</name>
    <message>
        <source>&amp;Subscribe</source>
        <translation>订阅(&amp;S)</translation>
    </message>
    <message>
        <source>Enable notifications (or indications) of the selected characteristic</source>
        <translation>启用所选特征的通知（或指示）</translation>
    </message>
    <message>
        <source>Re&amp;discover</source>
        <translation>重新发现(&amp;D)</translation>
    </message>
    <message>
        <source>Discover services, characteristics and descriptors again</source>
        <translation>重新发现服务、特征和描述符</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>重新连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>读取(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Plot notifications</source>
        <translation>绘制通知(&amp;P)</translation>
    </message>
    <message>
        <source>Subscribe if needed and plot the decoded values as they arrive (Ctrl+Shift+P)</source>
        <translation>必要时订阅，并在数据到达时绘制解码后的值（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Plot by p&amp;olling…</source>
        <translation>通过轮询绘制(&amp;O)…</translation>
    </message>
    <message>
        <source>Read the characteristic at an interval and plot the decoded values</source>
        <translation>按间隔读取特征并绘制解码后的值</translation>
    </message>
    <message>
        <source>Select a characteristic or descriptor to see and edit its value.</source>
        <translation>选择一个特征或描述符以查看和编辑其值。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;tt&gt;%2&lt;/tt&gt; &amp;nbsp; %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;tt&gt;%2&lt;/tt&gt; &amp;nbsp; %3</translation>
    </message>
    <message>
        <source>%1 disconnected: %2</source>
        <translation>%1 已断开：%2</translation>
    </message>
    <message>
        <source>Discovery failed: %1</source>
        <translation>发现失败：%1</translation>
    </message>
    <message>
        <source>Discovering %1</source>
        <translation>正在发现 %1</translation>
    </message>
    <message>
        <source>Disconnecting %1</source>
        <translation>正在断开 %1</translation>
    </message>
    <message>
        <source>Subscribing failed: %1</source>
        <translation>订阅失败：%1</translation>
    </message>
    <message>
        <source>Subscribing to %1</source>
        <translation>正在订阅 %1</translation>
    </message>
    <message>
        <source>Unsubscribing from %1</source>
        <translation>正在取消订阅 %1</translation>
    </message>
    <message>
        <source>Reading the names of %1</source>
        <translation>正在读取 %1 的名称</translation>
    </message>
    <message>
        <source>Reading descriptors of %1</source>
        <translation>正在读取 %1 的描述符</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Select a characteristic or descriptor to read</source>
        <translation>请选择要读取的特征或描述符</translation>
    </message>
    <message>
        <source>%1 cannot be read (no Read property)</source>
        <translation>%1 无法读取（没有 Read 属性）</translation>
    </message>
    <message>
        <source>Select a characteristic or descriptor to write</source>
        <translation>请选择要写入的特征或描述符</translation>
    </message>
    <message>
        <source>%1 cannot be written (no Write property)</source>
        <translation>%1 无法写入（没有 Write 属性）</translation>
    </message>
    <message>
        <source>P&amp;air…</source>
        <translation>配对(&amp;A)…</translation>
    </message>
    <message>
        <source>Pair and retry</source>
        <translation>配对并重试</translation>
    </message>
    <message>
        <source>Raise the link&apos;s security level and let the system pair (this backend cannot take a passkey or tell whether pairing worked)</source>
        <translation>提高链路的安全级别并由系统完成配对（此后端无法输入配对码，也无法告知配对是否成功）</translation>
    </message>
    <message>
        <source>Pair with the device and keep the bond (asks for a passkey when the device wants one)</source>
        <translation>与设备配对并保留绑定（设备需要时会询问配对码）</translation>
    </message>
    <message>
        <source>%1 needs a paired (encrypted) link: %2</source>
        <translation>%1 需要已配对（加密）的链路：%2</translation>
    </message>
    <message>
        <source>Pairing is already running</source>
        <translation>配对已在进行中</translation>
    </message>
    <message>
        <source>Enter %1 on %2 to pair.</source>
        <translation>请在 %2 上输入 %1 以完成配对。</translation>
    </message>
    <message>
        <source>Pairing with %1</source>
        <translation>正在与 %1 配对</translation>
    </message>
    <message>
        <source>Security level raised for %1; the system pairs when the device asks (a read of a protected value tells whether it worked).</source>
        <translation>已提高 %1 的安全级别；设备请求时由系统配对（读取受保护的值即可知道是否成功）。</translation>
    </message>
    <message>
        <source>Paired with %1: %2.</source>
        <translation>已与 %1 配对：%2。</translation>
    </message>
    <message>
        <source>Pairing with %1 cancelled.</source>
        <translation>已取消与 %1 的配对。</translation>
    </message>
    <message>
        <source>Pairing with %1 failed: %2</source>
        <translation>与 %1 配对失败：%2</translation>
    </message>
    <message>
        <source>Reading the values of %1</source>
        <translation>正在读取 %1 的值</translation>
    </message>
    <message numerus="yes">
        <source>Read the values of %1; %n could not be read (the traffic log says why).</source>
        <translation>
            <numerusform>已读取 %1 的值；%n 个无法读取（原因见通信日志）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 disconnected while its values were read: %2 of %3 read.</source>
        <translation>%1 在读取其值时断开连接：已读取 %2/%3。</translation>
    </message>
</context>
<context>
    <name>gattscope::FilesController</name>
    <message>
        <source>The device&apos;s services are not known yet: wait for discovery to finish.</source>
        <translation>尚不知道设备的服务：请等待发现完成。</translation>
    </message>
    <message>
        <source>Save as virtual peripheral</source>
        <translation>另存为虚拟外设</translation>
    </message>
    <message>
        <source>The services of %1 are not known yet: connect and let discovery finish first.</source>
        <translation>尚不知道 %1 的服务：请先连接并等待发现完成。</translation>
    </message>
    <message>
        <source>Virtual peripheral profiles (*.json)</source>
        <translation>虚拟外设配置文件 (*.json)</translation>
    </message>
    <message>
        <source>Could not save %1:
%2</source>
        <translation>无法保存 %1：
%2</translation>
    </message>
    <message>
        <source>Saved %1 as %2. Load it with File → Load virtual peripherals… or gattscope-sim --profile.</source>
        <translation>已将 %1 保存为 %2。可通过“文件 → 加载虚拟外设…”或 gattscope-sim --profile 加载。</translation>
    </message>
    <message>
        <source>Some things could not be copied exactly:</source>
        <translation>有些内容无法精确复制：</translation>
    </message>
    <message>
        <source>Load virtual peripherals</source>
        <translation>加载虚拟外设</translation>
    </message>
    <message>
        <source>Virtual peripheral profiles (*.json);;All files (*)</source>
        <translation>虚拟外设配置文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The virtual peripherals were not loaded; the dongle in use keeps running as it was.

%1</source>
        <translation>未加载虚拟外设；正在使用的 Dongle 保持原状继续运行。

%1</translation>
    </message>
    <message>
        <source>Built-in virtual peripherals</source>
        <translation>内置虚拟外设</translation>
    </message>
    <message numerus="yes">
        <source>The Demo dongle restarts with the new devices: %n connection(s) will be closed. Continue?</source>
        <translation>
            <numerusform>演示 Dongle 将以新设备重新启动：%n 个连接将被关闭。是否继续？</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving %1 cancelled: nothing was written.</source>
        <translation>已取消保存 %1：未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) could not be read; the virtual peripheral answers them empty:</source>
        <translation>
            <numerusform>%n 个值无法读取；虚拟外设将返回空值：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::GattTreeModel</name>
    <message>
        <source>%1
This name is the device&apos;s own User Description (0x2901).</source>
        <translation>%1
此名称是设备自己的用户描述（0x2901）。</translation>
    </message>
    <message>
        <source>%1
Vendor UUID %2. Double-click (or F2) to give it a name.</source>
        <translation>%1
厂商 UUID %2。双击（或按 F2）可为其命名。</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Declaration %1, value %2, last handle %3</source>
        <translation>声明 %1，值 %2，末句柄 %3</translation>
    </message>
    <message>
        <source>R read · W write · WnR write without response · N notify · I indicate · Auth signed writes · Ext extended properties</source>
        <translation>R 读取 · W 写入 · WnR 无响应写入 · N 通知 · I 指示 · Auth 签名写入 · Ext 扩展属性</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s): %1</source>
        <translation>
            <numerusform>%n 字节：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>尚未读取</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>句柄</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>gattscope::HeartRateView</name>
    <message>
        <source>bpm</source>
        <translation>次/分</translation>
    </message>
    <message>
        <source>RR %1 ms</source>
        <translation>RR %1 ms</translation>
    </message>
    <message>
        <source>Sensor contact</source>
        <translation>传感器已接触</translation>
    </message>
    <message>
        <source>No sensor contact</source>
        <translation>传感器未接触</translation>
    </message>
    <message>
        <source>Contact not reported</source>
        <translation>未报告接触状态</translation>
    </message>
    <message>
        <source>Waiting for data</source>
        <translation>正在等待数据</translation>
    </message>
</context>
<context>
    <name>gattscope::HexEditor</name>
    <message>
        <source>No bytes. Type hex digits to add some.</source>
        <translation>没有字节。输入十六进制数字即可添加。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hex digit</source>
        <translation>“%1”不是十六进制数字</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Copy as &amp;hex</source>
        <translation>复制为十六进制(&amp;H)</translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation>复制为文本(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Paste hex</source>
        <translation>粘贴十六进制(&amp;P)</translation>
    </message>
    <message>
        <source>Paste te&amp;xt</source>
        <translation>粘贴文本(&amp;X)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Overwrite mode</source>
        <translation>覆盖模式(&amp;O)</translation>
    </message>
    <message>
        <source>The clipboard does not hold hex: %1</source>
        <translation>剪贴板中不是十六进制：%1</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
</context>
<context>
    <name>gattscope::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <extracomment>View → Language: follow the desktop&apos;s language; %1 is that language&apos;s own name.</extracomment>
        <translation>跟随系统（%1）(&amp;S)</translation>
    </message>
</context>
<context>
    <name>gattscope::LinkPanel</name>
    <message>
        <source>Connection &amp;parameters…</source>
        <translation>连接参数(&amp;P)…</translation>
    </message>
    <message>
        <source>Connection parameters not reported by this backend</source>
        <translation>此后端不报告连接参数</translation>
    </message>
    <message>
        <source>Interval %1</source>
        <translation>间隔 %1</translation>
    </message>
    <message>
        <source>Latency %1</source>
        <translation>延迟 %1</translation>
    </message>
    <message>
        <source>Supervision timeout %1</source>
        <translation>监督超时 %1</translation>
    </message>
    <message>
        <source>MTU %1</source>
        <translation>MTU %1</translation>
    </message>
    <message>
        <source>Ask the device for a new connection interval, peripheral latency and supervision timeout</source>
        <translation>请求设备使用新的连接间隔、从机延迟和监督超时</translation>
    </message>
    <message>
        <source>This backend cannot read or request connection parameters: the system&apos;s Bluetooth stack chooses them</source>
        <translation>此后端无法读取或请求连接参数：由系统的蓝牙协议栈决定</translation>
    </message>
    <message>
        <source>Requesting connection parameters of %1</source>
        <translation>正在请求 %1 的连接参数</translation>
    </message>
    <message>
        <source>Requesting %1…</source>
        <translation>正在请求 %1…</translation>
    </message>
    <message>
        <source>Request cancelled</source>
        <translation>请求已取消</translation>
    </message>
    <message>
        <source>The device accepted %1</source>
        <translation>设备已接受 %1</translation>
    </message>
    <message>
        <source>Request failed: %1</source>
        <translation>请求失败：%1</translation>
    </message>
</context>
<context>
    <name>gattscope::Main</name>
    <message>
        <source>--screenshot-delay takes milliseconds from 0 to %1, not &apos;%2&apos;</source>
        <translation>--screenshot-delay 需要 0 到 %1 之间的毫秒数，而不是“%2”</translation>
    </message>
    <message>
        <source>--window-size takes &lt;width&gt;x&lt;height&gt;, each from %1 to %2 pixels, not &apos;%3&apos;</source>
        <translation>--window-size 需要 &lt;width&gt;x&lt;height&gt;，每项 %1 到 %2 像素，而不是“%3”</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (choose one of: %2)</source>
        <translation>未知语言“%1”（可选：%2）</translation>
    </message>
    <message>
        <source>Start on the Demo dongle (same as --backend demo).</source>
        <translation>使用演示 Dongle 启动（等同于 --backend demo）。</translation>
    </message>
    <message>
        <source>Connect to the device with this address or name once it is heard; repeatable (one device after the other).</source>
        <translation>一旦收到具有此地址或名称的设备就连接；可重复（逐个连接设备）。</translation>
    </message>
    <message>
        <source>After --connect, read the characteristic &lt;uuid&gt;; repeatable.</source>
        <translation>--connect 之后读取特征 &lt;uuid&gt;；可重复。</translation>
    </message>
    <message>
        <source>After --connect, enable notifications of the characteristic &lt;uuid&gt;; repeatable.</source>
        <translation>--connect 之后启用特征 &lt;uuid&gt; 的通知；可重复。</translation>
    </message>
    <message>
        <source>After --connect, plot the characteristic &lt;uuid&gt;: its notifications (subscribing), or its value read every second when it only reads. Values that do not decode themselves need a field layout: &lt;uuid&gt;=&lt;layout&gt;, e.g. 6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10=&lt;hhh. Repeatable.</source>
        <translation>--connect 之后绘制特征 &lt;uuid&gt;：绘制其通知（会订阅），若只可读则每秒读取其值。无法自行解码的值需要字段布局：&lt;uuid&gt;=&lt;layout&gt;，例如 6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10=&lt;hhh。可重复。</translation>
    </message>
    <message>
        <source>Save a PNG of the main window to &lt;file&gt; and quit (after --connect and its steps, if any).</source>
        <translation>将主窗口保存为 PNG 到 &lt;file&gt; 后退出（如有 --connect 及其步骤，则在其后）。</translation>
    </message>
    <message>
        <source>Milliseconds to wait before the screenshot (0 to %1).</source>
        <translation>截图前等待的毫秒数（0 到 %1）。</translation>
    </message>
    <message>
        <source>Seconds --connect waits for each device to be heard, and then for its link and services (1 to 600; default 20).</source>
        <translation>--connect 等待收到每个设备、再等待其连接和服务的秒数（1 到 600；默认 20）。</translation>
    </message>
    <message>
        <source>Show the interface in &lt;language&gt; (%1) for this run, instead of the one chosen in View → Language or the system&apos;s.</source>
        <translation>本次运行以 &lt;language&gt;（%1）显示界面，而不使用“视图 → 语言”中选择的语言或系统语言。</translation>
    </message>
    <message>
        <source>--backend and --demo cannot be used together.</source>
        <translation>--backend 和 --demo 不能同时使用。</translation>
    </message>
    <message>
        <source>--timeout takes seconds from 1 to 600, not &apos;%1&apos;</source>
        <translation>--timeout 需要 1 到 600 之间的秒数，而不是“%1”</translation>
    </message>
    <message>
        <source>--read, --subscribe and --plot need --connect.</source>
        <translation>--read、--subscribe 和 --plot 需要 --connect。</translation>
    </message>
    <message>
        <source>--backend %1: %2</source>
        <translation>--backend %1：%2</translation>
    </message>
    <message>
        <source>gattscope</source>
        <translation>gattscope</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>Choose a dongle in the tool bar, or the Demo dongle.</source>
        <translation>请在工具栏中选择一个 Dongle，或选择演示 Dongle。</translation>
    </message>
    <message>
        <source>--virtual-peripherals: %1</source>
        <translation>--virtual-peripherals：%1</translation>
    </message>
    <message>
        <source>The virtual peripherals were not loaded.</source>
        <translation>未加载虚拟外设。</translation>
    </message>
    <message>
        <source>--screenshot: could not write %1</source>
        <translation>--screenshot：无法写入 %1</translation>
    </message>
    <message>
        <source>Bluetooth Low Energy GATT explorer.

Options apply to this run only: what you choose in the window (the dongle, File → Load virtual peripherals…, View → Language, the layout) is remembered for the next start, and no option changes it.

Scripted starts (--connect and its steps, --screenshot) exit 1 with one line on stderr when a step fails, 2 for a usage error.</source>
        <translation>低功耗蓝牙 GATT 浏览器。

选项仅对本次运行有效：在窗口中所做的选择（Dongle、文件 → 加载虚拟外设…、视图 → 语言、布局）会保存供下次启动使用，任何选项都不会更改它们。

脚本化启动（--connect 及其步骤、--screenshot）在某一步失败时于 stderr 输出一行并以 1 退出，用法错误时以 2 退出。</translation>
    </message>
    <message>
        <source>Open the backend &lt;uri&gt; at start, for this run (bgapi:auto, bgapi:/dev/ttyACM0, bluez:, bluez:hci1, demo, …); the dongle chosen in the window stays the default.</source>
        <translation>启动时打开后端 &lt;uri&gt;，仅限本次运行（bgapi:auto、bgapi:/dev/ttyACM0、bluez:、bluez:hci1、demo 等）；窗口中选择的 Dongle 仍为默认值。</translation>
    </message>
    <message>
        <source>Serve the virtual peripherals of &lt;file&gt; (profile JSON) on the Demo dongle, for this run only, instead of the built-in ones or those of File → Load virtual peripherals… (which stay the default); repeatable.</source>
        <translation>仅在本次运行中，在演示 Dongle 上提供 &lt;file&gt;（配置文件 JSON）中的虚拟外设，代替内置外设或通过“文件 → 加载虚拟外设…”选择的外设（它们仍为默认值）；可重复。</translation>
    </message>
    <message>
        <source>Resize the window to &lt;width&gt;x&lt;height&gt;, %1 to %2 pixels each, for this run (screenshots); the saved window layout stays as it was.</source>
        <translation>仅在本次运行中将窗口大小调整为 &lt;width&gt;x&lt;height&gt;，每项 %1 到 %2 像素（用于截图）；保存的窗口布局保持不变。</translation>
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
        <translation>连接设备以浏览其服务。

在扫描器中双击设备，或选中后按 Ctrl+Return。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Load &amp;virtual peripherals…</source>
        <translation>加载虚拟外设(&amp;V)…</translation>
    </message>
    <message>
        <source>Serve your own virtual devices (profile JSON files) on the Demo dongle</source>
        <translation>在演示 Dongle 上提供您自己的虚拟设备（配置文件 JSON）</translation>
    </message>
    <message>
        <source>Use &amp;built-in virtual peripherals</source>
        <translation>使用内置虚拟外设(&amp;B)</translation>
    </message>
    <message>
        <source>Save device as virtual &amp;peripheral…</source>
        <translation>将设备另存为虚拟外设(&amp;P)…</translation>
    </message>
    <message>
        <source>Write the current device&apos;s services and values as a profile file that the Demo dongle and gattscope-sim can serve</source>
        <translation>将当前设备的服务和值写入配置文件，供演示 Dongle 和 gattscope-sim 提供</translation>
    </message>
    <message>
        <source>Save traffic &amp;log…</source>
        <translation>保存通信日志(&amp;L)…</translation>
    </message>
    <message>
        <source>Save traffic log as bt&amp;snoop…</source>
        <translation>将通信日志保存为 btsnoop(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>设备(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>扫描(&amp;S)</translation>
    </message>
    <message>
        <source>Start or stop scanning (F5)</source>
        <translation>开始或停止扫描（F5）</translation>
    </message>
    <message>
        <source>C&amp;lear device list</source>
        <translation>清空设备列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Connect to the device selected in the scanner (Ctrl+Return)</source>
        <translation>连接扫描器中选中的设备（Ctrl+Return）</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开(&amp;D)</translation>
    </message>
    <message>
        <source>Disconnect the device of the current tab (Ctrl+D)</source>
        <translation>断开当前标签页的设备（Ctrl+D）</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>读取(&amp;R)</translation>
    </message>
    <message>
        <source>Read the selected characteristic or descriptor (Ctrl+R)</source>
        <translation>读取所选特征或描述符（Ctrl+R）</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>写入(&amp;W)</translation>
    </message>
    <message>
        <source>Write the edited value with a Write Request (Ctrl+W)</source>
        <translation>用 Write Request 写入编辑后的值（Ctrl+W）</translation>
    </message>
    <message>
        <source>Toggle s&amp;ubscription</source>
        <translation>切换订阅(&amp;U)</translation>
    </message>
    <message>
        <source>Enable or disable notifications of the selected characteristic (Ctrl+Shift+N)</source>
        <translation>启用或禁用所选特征的通知（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Ca&amp;ncel operations</source>
        <translation>取消操作(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About gattscope</source>
        <translation>关于 gattscope(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source> Dongle: </source>
        <translation> Dongle：</translation>
    </message>
    <message>
        <source>Choose a dongle</source>
        <translation>选择 Dongle</translation>
    </message>
    <message>
        <source>The radio to use: a BLED112 dongle, a Bluetooth adapter, or the Demo dongle</source>
        <translation>要使用的射频：BLED112 Dongle、蓝牙适配器或演示 Dongle</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫描器</translation>
    </message>
    <message>
        <source>Traffic log</source>
        <translation>通信日志</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the running operations (Ctrl+.)</source>
        <translation>取消正在进行的操作（Ctrl+.）</translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation>%1（另有 %2 项）</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Choose a dongle first.</source>
        <translation>请先选择一个 Dongle。</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>正在连接 %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>Connect failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>已连接 %1。</translation>
    </message>
    <message>
        <source>Dongle error</source>
        <translation>Dongle 错误</translation>
    </message>
    <message>
        <source>Save as virtual &amp;peripheral…</source>
        <translation>另存为虚拟外设(&amp;P)…</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>重新连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>首选项(&amp;R)…</translation>
    </message>
    <message>
        <source>Notifications: %1 dropped, %2 evicted</source>
        <translation>通知：丢弃 %1 条，淘汰 %2 条</translation>
    </message>
    <message>
        <source>Dropped: values the program could not take in while it was busy (gaps in the plots and the recording). Evicted: the oldest values, forgotten to stay within the notification memory of %1 MB (File → Preferences).</source>
        <translation>丢弃：程序繁忙时未能接收的值（图表和记录中的缺口）。淘汰：为保持在 %1 MB 通知内存之内而遗忘的最旧的值（文件 → 首选项）。</translation>
    </message>
    <message>
        <source>Connecting to %1 cancelled.</source>
        <translation>连接 %1 已取消。</translation>
    </message>
    <message>
        <source>Connect cancelled</source>
        <translation>连接已取消</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>Put the docks, the GATT tree, the editor and the plots back where and as large as they were on the first start</source>
        <translation>将停靠窗口、GATT 树、编辑器和图表恢复到首次启动时的位置和大小</translation>
    </message>
    <message>
        <source>Layout reset.</source>
        <translation>布局已重置。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>In the GATT tree, F2 renames a vendor characteristic.</source>
        <translation>在 GATT 树中，按 F2 可重命名厂商特征。</translation>
    </message>
    <message>
        <source>No device tab</source>
        <translation>没有设备标签页</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) still connected: quitting disconnects them.</source>
        <translation>
            <numerusform>仍有 %n 个设备处于连接状态：退出将断开它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>The plotted data was not exported: quitting discards it (Plots dock → Export → CSV).</source>
        <translation>绘制的数据尚未导出：退出将丢弃这些数据（图表 → 导出 → CSV）。</translation>
    </message>
    <message>
        <source>Quit gattscope</source>
        <translation>退出 gattscope</translation>
    </message>
    <message>
        <source>Quit gattscope?</source>
        <translation>退出 gattscope？</translation>
    </message>
    <message>
        <source>P&amp;air…</source>
        <translation>配对(&amp;A)…</translation>
    </message>
    <message>
        <source>Pair with the device of the current tab and keep the bond</source>
        <translation>与当前标签页的设备配对并保留绑定</translation>
    </message>
    <message>
        <source>&amp;Bonds…</source>
        <translation>绑定(&amp;B)…</translation>
    </message>
    <message>
        <source>List and remove the bonds the radio holds</source>
        <translation>列出并删除无线模块保存的绑定</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%2/%3）</translation>
    </message>
</context>
<context>
    <name>gattscope::PasskeyDialog</name>
    <message>
        <source>Passkey</source>
        <translation>配对码</translation>
    </message>
    <message>
        <source>%1 asks for a passkey. Type the six digits it shows or that you were given; Cancel stops pairing.</source>
        <translation>%1 请求配对码。请输入其显示的或您获得的六位数字；“取消”将停止配对。</translation>
    </message>
</context>
<context>
    <name>gattscope::PlotCanvas</name>
    <message>
        <source>No streams yet. Send a notifying or readable characteristic to the plots from the GATT tree&apos;s context menu.</source>
        <translation>尚无数据流。请通过 GATT 树的右键菜单，将支持通知或可读的特征发送到图表。</translation>
    </message>
    <message>
        <source>No streams.</source>
        <translation>没有数据流。</translation>
    </message>
    <message>
        <source>Time (s) since %1</source>
        <translation>自%1起的时间（秒）</translation>
    </message>
    <message>
        <source>the first sample</source>
        <translation>第一个样本</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>t = %1 s</source>
        <translation>t = %1 s</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>%1: –</source>
        <translation>%1：–</translation>
    </message>
</context>
<context>
    <name>gattscope::PlotController</name>
    <message>
        <source>Plots</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>&amp;Plot</source>
        <translation>绘图(&amp;P)</translation>
    </message>
    <message>
        <source>Plot the selected characteristic: its notifications, or by polling when it only reads (Ctrl+Shift+P)</source>
        <translation>绘制所选特征：绘制其通知，若只可读则通过轮询（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Plot by p&amp;olling…</source>
        <translation>通过轮询绘制(&amp;O)…</translation>
    </message>
    <message>
        <source>Read the selected characteristic at an interval and plot its values</source>
        <translation>按间隔读取所选特征并绘制其值</translation>
    </message>
    <message>
        <source>Select a characteristic that notifies, indicates or can be read.</source>
        <translation>请选择支持通知、指示或可读的特征。</translation>
    </message>
    <message>
        <source>Select a characteristic that can be read.</source>
        <translation>请选择可读的特征。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>There is no characteristic with value handle %1.</source>
        <translation>没有值句柄为 %1 的特征。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 不可读。</translation>
    </message>
    <message>
        <source>%1 neither notifies nor indicates.</source>
        <translation>%1 既不发送通知也不发送指示。</translation>
    </message>
    <message>
        <source>%1 cannot be plotted: %2</source>
        <translation>无法绘制 %1：%2</translation>
    </message>
    <message>
        <source>Plotting %1.</source>
        <translation>正在绘制 %1。</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开</translation>
    </message>
</context>
<context>
    <name>gattscope::PlotPanel</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Freeze the plots. Recording continues; resume to follow the newest data.</source>
        <translation>冻结图表。记录仍在继续；恢复后将跟随最新数据。</translation>
    </message>
    <message>
        <source> Window </source>
        <translation> 时间窗 </translation>
    </message>
    <message>
        <source>10 s</source>
        <translation>10 秒</translation>
    </message>
    <message>
        <source>60 s</source>
        <translation>60 秒</translation>
    </message>
    <message>
        <source>10 min</source>
        <translation>10 分钟</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Time span shown while following live data</source>
        <translation>跟随实时数据时显示的时间跨度</translation>
    </message>
    <message>
        <source>Auto-scale Y</source>
        <translation>Y 轴自动缩放</translation>
    </message>
    <message>
        <source>Fit the value axes to the visible data. Off: drag and zoom them too.</source>
        <translation>使数值轴适应可见数据。关闭时：数值轴也可拖动和缩放。</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>游标</translation>
    </message>
    <message>
        <source>A vertical cursor that follows the mouse and reads every series</source>
        <translation>跟随鼠标并读取所有序列的垂直游标</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Samples as CSV…</source>
        <translation>样本导出为 CSV…</translation>
    </message>
    <message>
        <source>Plot as PNG…</source>
        <translation>图表导出为 PNG…</translation>
    </message>
    <message>
        <source>Plot as PDF…</source>
        <translation>图表导出为 PDF…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Forget the recorded points of every plotted stream</source>
        <translation>丢弃所有已绘制数据流的记录点</translation>
    </message>
    <message>
        <source>  Paused: recording continues</source>
        <translation>  已暂停：记录仍在继续</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>gattscope plots</source>
        <translation>gattscope 图表</translation>
    </message>
    <message>
        <source>Remove this stream from the plots</source>
        <translation>从图表中移除此数据流</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export plots</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Show the names of the series beside each plot</source>
        <translation>在每个图表旁显示序列名称</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Show the statistics table below the plots</source>
        <translation>在图表下方显示统计表</translation>
    </message>
</context>
<context>
    <name>gattscope::PlotSetupDialog</name>
    <message>
        <source>Plot %1</source>
        <translation>绘制 %1</translation>
    </message>
    <message>
        <source>gattscope does not know how the values of this characteristic are laid out. Describe their fields:</source>
        <translation>gattscope 不知道此特征的值是如何排布的。请描述其字段：</translation>
    </message>
    <message>
        <source>Like Python&apos;s struct module: &lt; little-endian (default), &gt; big-endian; b/B int8/uint8, h/H int16/uint16, i/I int32/uint32, e/f/d float16/32/64, x a skipped byte, a count before a code repeats it (&lt;3h = &lt;hhh).</source>
        <translation>与 Python 的 struct 模块相同：&lt; 小端（默认），&gt; 大端；b/B int8/uint8，h/H int16/uint16，i/I int32/uint32，e/f/d float16/32/64，x 跳过一个字节，代码前的数字表示重复次数（&lt;3h = &lt;hhh）。</translation>
    </message>
    <message>
        <source>Field &amp;layout:</source>
        <translation>字段布局(&amp;L)：</translation>
    </message>
    <message>
        <source>x, y, z (comma-separated; empty: defaults)</source>
        <translation>x, y, z（逗号分隔；留空则使用默认值）</translation>
    </message>
    <message>
        <source>Field &amp;names:</source>
        <translation>字段名称(&amp;N)：</translation>
    </message>
    <message>
        <source>offset:</source>
        <translation>偏移：</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>缩放(&amp;S)：</translation>
    </message>
    <message>
        <source>Every field is shown as raw × scale + offset</source>
        <translation>每个字段显示为 原始值 × 缩放 + 偏移</translation>
    </message>
    <message>
        <source>e.g. mg, °C</source>
        <translation>例如 mg、°C</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Time between two reads. A read still running when the next is due is skipped, so a slow link is never flooded.</source>
        <translation>两次读取之间的时间。若下一次到期时上一次读取仍在进行，则跳过下一次，因此慢速链路不会被淹没。</translation>
    </message>
    <message>
        <source>Read &amp;every:</source>
        <translation>读取间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>绘制</translation>
    </message>
    <message>
        <source>Enter a field layout, e.g. &lt;hhh for three little-endian int16 values.</source>
        <translation>请输入字段布局，例如 &lt;hhh 表示三个小端 int16 值。</translation>
    </message>
    <message>
        <source>The scale &apos;%1&apos; is not a number.</source>
        <translation>缩放“%1”不是数字。</translation>
    </message>
    <message>
        <source>The scale must not be zero.</source>
        <translation>缩放不能为零。</translation>
    </message>
    <message>
        <source>The offset &apos;%1&apos; is not a number.</source>
        <translation>偏移“%1”不是数字。</translation>
    </message>
    <message>
        <source>Field layout: %1</source>
        <translation>字段布局：%1</translation>
    </message>
    <message>
        <source>The field layout has no fields.</source>
        <translation>字段布局中没有字段。</translation>
    </message>
    <message>
        <source>There are more names (%1) than fields (%2).</source>
        <translation>名称（%1 个）多于字段（%2 个）。</translation>
    </message>
    <message>
        <source>Each field needs its own name: &apos;%1&apos; is used twice.</source>
        <translation>每个字段都需要自己的名称：“%1”被使用了两次。</translation>
    </message>
    <message numerus="yes">
        <source>Fields: %1 (%n byte(s))</source>
        <translation>
            <numerusform>字段：%1（%n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>Current value: %1</source>
        <translation>当前值：%1</translation>
    </message>
    <message numerus="yes">
        <source>The current value (%n byte(s)) does not fit: %1</source>
        <translation>
            <numerusform>当前值（%n 字节）不匹配：%1</numerusform>
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
%2，句柄 0x%3
收到 %4 个值，%5 个无法解码，%6 个无值</translation>
    </message>
    <message>
        <source>Last decoding error: %1</source>
        <translation>最后一次解码错误：%1</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Rate (Hz)</source>
        <translation>速率 (Hz)</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>At cursor</source>
        <translation>游标处</translation>
    </message>
    <message>
        <source>Packets lost: %1 evicted from the notification memory before they were decoded, %2 dropped on their way in while the program was busy, %3 missing from the counter field. The plots break their lines where values were lost.</source>
        <translation>丢失的数据包：解码前被淘汰出通知内存的 %1 个，程序繁忙时在接收途中丢弃的 %2 个，计数字段显示缺失的 %3 个。图表在值丢失处断开线条。</translation>
    </message>
</context>
<context>
    <name>gattscope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Memory for the notifications of every device together. Past it the oldest values are forgotten (plots and the status bar count them); recordings to a file keep everything.</source>
        <translation>所有设备的通知共用的内存。超出后最旧的值会被遗忘（图表和状态栏会统计数量）；记录到文件的数据全部保留。</translation>
    </message>
    <message>
        <source>Notification &amp;memory:</source>
        <translation>通知内存(&amp;M)：</translation>
    </message>
    <message>
        <source>Rows the traffic log keeps; the oldest go first.</source>
        <translation>通信日志保留的行数；最旧的先被删除。</translation>
    </message>
    <message>
        <source>Traffic &amp;log rows:</source>
        <translation>通信日志行数(&amp;L)：</translation>
    </message>
    <message>
        <source>Devices the scanner lists; past it the ones heard longest ago are removed. Connected devices always stay.</source>
        <translation>扫描器列出的设备数；超出后删除最久未收到的设备。已连接的设备始终保留。</translation>
    </message>
    <message>
        <source>&amp;Scanner devices:</source>
        <translation>扫描器设备数(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Read all values after discovery</source>
        <translation>发现后读取所有值(&amp;R)</translation>
    </message>
    <message>
        <source>After connecting, read every readable characteristic and descriptor one after the other, so that the tree shows every value. The status bar shows the progress; Cancel stops it.</source>
        <translation>连接后依次读取每个可读的特征和描述符，使树中显示所有值。状态栏显示进度；“取消”可停止。</translation>
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
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No RSSI in the reports of %1: the backend does not report it, so nothing is plotted for them.</source>
        <translation>%1 的报告中没有 RSSI：后端不提供它，因此不为其绘制任何内容。</translation>
    </message>
    <message>
        <source>RSSI over time</source>
        <translation>RSSI 随时间变化</translation>
    </message>
</context>
<context>
    <name>gattscope::ScannerFilterModel</name>
    <message>
        <source>Invalid regular expression at character %1: %2</source>
        <translation>正则表达式无效（第 %1 个字符）：%2</translation>
    </message>
</context>
<context>
    <name>gattscope::ScannerModel</name>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1, %2 address</source>
        <translation>%1，%2 地址</translation>
    </message>
    <message>
        <source>Received signal strength of the last report, in dBm</source>
        <translation>最后一次报告的接收信号强度（dBm）</translation>
    </message>
    <message numerus="yes">
        <source>Last seen %1; first seen %2, %n report(s)</source>
        <translation>
            <numerusform>最后一次收到 %1；首次收到 %2，共 %n 次报告</numerusform>
        </translation>
    </message>
    <message>
        <source>Last advertising PDU: %1</source>
        <translation>最后一个广播 PDU：%1</translation>
    </message>
    <message numerus="yes">
        <source>Not seen for more than %n second(s)</source>
        <translation>
            <numerusform>超过 %n 秒未收到</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>RSSI</source>
        <translation>RSSI</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后收到</translation>
    </message>
    <message>
        <source>Connectable</source>
        <translation>可连接</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Signal strength in dBm (higher is closer)</source>
        <translation>信号强度，单位 dBm（越高越近）</translation>
    </message>
    <message>
        <source>Service UUIDs listed in the advert and scan response</source>
        <translation>广播和扫描响应中列出的服务 UUID</translation>
    </message>
    <message>
        <source>Company of the manufacturer-specific data</source>
        <translation>厂商自定义数据所属的公司</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Connected: this window holds a link to it (it may stop advertising meanwhile)</source>
        <translation>已连接：此窗口与它保持着链路（其间它可能停止广播）</translation>
    </message>
    <message>
        <source>Only a scan response was heard so far</source>
        <translation>目前只收到了扫描响应</translation>
    </message>
    <message>
        <source>The backend does not report the advertising PDU type (the system&apos;s Bluetooth stack hands out device properties): assumed connectable</source>
        <translation>后端不报告广播 PDU 类型（系统的蓝牙协议栈只提供设备属性）：假定可连接</translation>
    </message>
    <message>
        <source>Not connectable: it sends ADV_NONCONN_IND (a broadcaster or beacon)</source>
        <translation>不可连接：它发送 ADV_NONCONN_IND（广播者或信标）</translation>
    </message>
    <message>
        <source>Not connectable: it sends ADV_SCAN_IND (scannable, not connectable)</source>
        <translation>不可连接：它发送 ADV_SCAN_IND（可扫描，不可连接）</translation>
    </message>
    <message>
        <source>Not connectable: its advertisements do not accept connections</source>
        <translation>不可连接：它的广播不接受连接</translation>
    </message>
</context>
<context>
    <name>gattscope::ScannerPanel</name>
    <message>
        <source>Hide &amp;stale</source>
        <translation>隐藏过时设备(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Filter: name, address, service UUID, manufacturer</source>
        <translation>过滤：名称、地址、服务 UUID、厂商</translation>
    </message>
    <message>
        <source>Min. RSSI:</source>
        <translation>最小 RSSI：</translation>
    </message>
    <message>
        <source>Hide devices weaker than this (dBm); leftmost shows all</source>
        <translation>隐藏信号弱于此值的设备（dBm）；最左端显示全部</translation>
    </message>
    <message numerus="yes">
        <source>Hide devices not heard for %n second(s)</source>
        <translation>
            <numerusform>隐藏 %n 秒内未收到的设备</numerusform>
        </translation>
    </message>
    <message>
        <source>AD structure</source>
        <translation>AD 结构</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>解码</translation>
    </message>
    <message>
        <source>Raw bytes</source>
        <translation>原始字节</translation>
    </message>
    <message>
        <source>No devices yet. Choose a dongle and start a scan (F5).</source>
        <translation>尚无设备。请选择 Dongle 并开始扫描（F5）。</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <source>No device matches the filter.</source>
        <translation>没有符合过滤条件的设备。</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a device to see its advertising data.&lt;/i&gt;</source>
        <translation>&lt;i&gt;选择一个设备以查看其广播数据。&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;tt&gt;%2&lt;/tt&gt; (%3) · %4 · %n report(s), last %5</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;tt&gt;%2&lt;/tt&gt;（%3）· %4 · %n 次报告，最后 %5</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>RSSI unknown</source>
        <translation>RSSI 未知</translation>
    </message>
    <message>
        <source>[scan rsp] %1</source>
        <translation>[扫描响应] %1</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Advertising data</source>
        <translation>广播数据</translation>
    </message>
    <message>
        <source>Scan response</source>
        <translation>扫描响应</translation>
    </message>
    <message>
        <source>Connect to the selected device</source>
        <translation>连接到所选设备</translation>
    </message>
    <message>
        <source>Show hidden (%1)</source>
        <translation>显示已隐藏 (%1)</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
        <source>Leave the selected devices out of the list (&quot;Show hidden&quot; lists them again)</source>
        <translation>将所选设备从列表中移除（“显示已隐藏”可再次列出）</translation>
    </message>
    <message>
        <source>&amp;Unhide</source>
        <translation>取消隐藏(&amp;U)</translation>
    </message>
    <message>
        <source>Unhide &amp;all</source>
        <translation>全部取消隐藏(&amp;A)</translation>
    </message>
    <message>
        <source>Plot &amp;RSSI over time</source>
        <translation>绘制 RSSI 随时间变化(&amp;R)</translation>
    </message>
    <message>
        <source>Plot the signal strength of the selected devices as reports arrive</source>
        <translation>在报告到达时绘制所选设备的信号强度</translation>
    </message>
    <message>
        <source>List the devices you hid (they stay hidden until you unhide them or quit)</source>
        <translation>列出已隐藏的设备（在取消隐藏或退出之前一直隐藏）</translation>
    </message>
    <message>
        <source>Regular expression: the filter is one pattern, case-insensitive, searched in name, address, services and manufacturer (^ and $ anchor a field)</source>
        <translation>正则表达式：过滤器为单个模式，不区分大小写，在名称、地址、服务和制造商中搜索（^ 和 $ 锚定一个字段）</translation>
    </message>
    <message>
        <source>Regular expression, e.g. ^(heart|motion)</source>
        <translation>正则表达式，例如 ^(heart|motion)</translation>
    </message>
</context>
<context>
    <name>gattscope::StartupScript</name>
    <message>
        <source>&apos;%1&apos; is not a field layout (e.g. &lt;hhh): %2</source>
        <translation>“%1”不是字段布局（例如 &lt;hhh）：%2</translation>
    </message>
    <message>
        <source>it has no fields</source>
        <translation>没有字段</translation>
    </message>
    <message>
        <source>%1 has no characteristic %2</source>
        <translation>%1 没有特征 %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID (use 2A37, 0x2A37 or the 128-bit form)</source>
        <translation>“%1”不是 UUID（请使用 2A37、0x2A37 或 128 位形式）</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>--connect %1: no device called &apos;%1&apos; was heard within %2</source>
        <translation>--connect %1：在 %2 内未收到名为“%1”的设备</translation>
    </message>
    <message>
        <source>--connect %1: the connection was not established within %2</source>
        <translation>--connect %1：在 %2 内未建立连接</translation>
    </message>
    <message>
        <source>--connect %1: %2</source>
        <translation>--connect %1：%2</translation>
    </message>
    <message>
        <source>--connect %1: %2 still running after %3</source>
        <translation>--connect %1：%3 后 %2 仍在进行</translation>
    </message>
    <message>
        <source>--connect %1: discovering its services did not finish within %2</source>
        <translation>--connect %1：服务发现未在 %2 内完成</translation>
    </message>
    <message>
        <source>--connect %1: could not connect: %2</source>
        <translation>--connect %1：无法连接：%2</translation>
    </message>
    <message>
        <source>--connect %1: the device&apos;s tab was closed</source>
        <translation>--connect %1：设备的标签页已关闭</translation>
    </message>
    <message>
        <source>%1 of %2 cannot be read</source>
        <translation>%2 的 %1 无法读取</translation>
    </message>
    <message>
        <source>reading %1 of %2 failed: %3</source>
        <translation>读取 %2 的 %1 失败：%3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 of %2 neither notifies nor indicates</source>
        <translation>%2 的 %1 既不支持 Notify 也不支持 Indicate</translation>
    </message>
    <message>
        <source>subscribing to %1 of %2 failed: %3</source>
        <translation>订阅 %2 的 %1 失败：%3</translation>
    </message>
    <message>
        <source>%1 disconnected</source>
        <translation>%1 已断开</translation>
    </message>
</context>
<context>
    <name>gattscope::TrafficLogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>句柄</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>解码</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>device name (address)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>gattscope::TrafficLogPanel</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Freeze the view; entries keep being recorded and appear on resume</source>
        <translation>冻结视图；条目会继续记录，并在恢复时显示</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Remove every entry</source>
        <translation>删除所有条目</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected rows as text</source>
        <translation>将选中的行复制为文本</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save the shown entries as CSV, JSON Lines or btsnoop (Wireshark)</source>
        <translation>将显示的条目保存为 CSV、JSON Lines 或 btsnoop（Wireshark）</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 个条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n waiting</source>
        <translation>
            <numerusform>，%n 个等待中</numerusform>
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
        <translation>用于 Wireshark 的 btsnoop 抓包 (*.btsnoop *.cfa)</translation>
    </message>
    <message>
        <source>Save traffic log as btsnoop</source>
        <translation>将通信日志保存为 btsnoop</translation>
    </message>
    <message>
        <source>Save traffic log</source>
        <translation>保存通信日志</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>, %n not shown</source>
        <translation>
            <numerusform>，%n 条未显示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n oldest removed</source>
        <translation>
            <numerusform>，已删除最旧的 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not shown: notifications that came faster than the log shows them (at most %n row(s) per update; the newest are shown). They are still recorded for the plots and for recordings to a file.</source>
        <translation>
            <numerusform>未显示：到达速度超过日志显示速度的通知（每次更新最多 %n 行；显示最新的）。它们仍会被记录，用于图表和文件记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Oldest removed: rows removed to keep the log within %n row(s) (File → Preferences).</source>
        <translation>
            <numerusform>已删除最旧的：为使日志保持在 %n 行以内而删除的行（文件 → 首选项）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: device, handle, name, hex, value… (Ctrl+F)</source>
        <translation>过滤：设备、句柄、名称、十六进制、值…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter the traffic log</source>
        <translation>过滤通信日志</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>双向</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Sent: writes. Received: reads, notifications and indications.</source>
        <translation>发送：写入。接收：读取、通知和指示。</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Indications</source>
        <translation>指示</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Events: connected, discovered, disconnected, dongle errors, dropped values. Errors: every entry that failed.</source>
        <translation>事件：已连接、已发现、已断开、Dongle 错误、丢弃的值。错误：所有失败的条目。</translation>
    </message>
    <message>
        <source>Show the entries of one device</source>
        <translation>显示某个设备的条目</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>所有设备</translation>
    </message>
    <message numerus="yes">
        <source>Paused — %n waiting</source>
        <translation>
            <numerusform>已暂停 — %n 个等待中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 / %n 个条目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::ValueEditor</name>
    <message>
        <source>Type hex digits; Insert toggles overwrite/insert; Tab switches to the ASCII column</source>
        <translation>输入十六进制数字；Insert 切换覆盖/插入；Tab 切换到 ASCII 列</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>UTF-8 text. Bytes that are not UTF-8 appear as \xNN and can be typed that way.</source>
        <translation>UTF-8 文本。非 UTF-8 的字节显示为 \xNN，也可以这样输入。</translation>
    </message>
    <message>
        <source>Text (UTF-8)</source>
        <translation>文本 (UTF-8)</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>值：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Type a value, e.g. 42 or 23.5</source>
        <translation>输入一个值，例如 42 或 23.5</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>新值：</translation>
    </message>
    <message>
        <source>e.g. &lt;hhh for three little-endian int16</source>
        <translation>例如 &lt;hhh 表示三个小端 int16</translation>
    </message>
    <message>
        <source>A struct-style layout for vendor values: b/B int8/uint8, h/H int16/uint16, i/I int32/uint32, f float32, d float64, x pad byte; &apos;&lt;&apos; little-endian, &apos;&gt;&apos; big-endian</source>
        <translation>用于厂商自定义值的 struct 风格布局：b/B int8/uint8，h/H int16/uint16，i/I int32/uint32，f float32，d float64，x 填充字节；&apos;&lt;&apos; 小端，&apos;&gt;&apos; 大端</translation>
    </message>
    <message>
        <source>Field layout:</source>
        <translation>字段布局：</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>类型化</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>读取(&amp;R)</translation>
    </message>
    <message>
        <source>Read Request (continues with Read Blob when the value fills the PDU)  Ctrl+R</source>
        <translation>Read Request（值填满 PDU 时继续发送 Read Blob）  Ctrl+R</translation>
    </message>
    <message>
        <source>Read &amp;long</source>
        <translation>长读取(&amp;L)</translation>
    </message>
    <message>
        <source>Read Request followed by Read Blob Requests until the value ends</source>
        <translation>先发 Read Request，再发 Read Blob Request 直到值结束</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>写入(&amp;W)</translation>
    </message>
    <message>
        <source>Write Request: the device answers  Ctrl+W</source>
        <translation>Write Request：设备会应答  Ctrl+W</translation>
    </message>
    <message>
        <source>Write w/o &amp;response</source>
        <translation>无响应写入(&amp;R)</translation>
    </message>
    <message>
        <source>Write without response (ATT Write Command): no answer from the device</source>
        <translation>无响应写入（ATT Write Command）：设备不应答</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 &amp;nbsp; &lt;tt&gt;%3&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 &amp;nbsp; &lt;tt&gt;%3&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a characteristic or descriptor.&lt;/i&gt;</source>
        <translation>&lt;i&gt;请选择一个特征或描述符。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>cached value</source>
        <translation>缓存值</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) are not valid UTF-8 and are shown as \xNN.</source>
        <translation>
            <numerusform>%n 个字节不是有效的 UTF-8，显示为 \xNN。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Read failed: %1</source>
        <translation>读取失败：%1</translation>
    </message>
    <message>
        <source>Last read %1</source>
        <translation>最后读取于 %1</translation>
    </message>
    <message numerus="yes">
        <source>Read %n byte(s).</source>
        <translation>
            <numerusform>已读取 %n 字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>Read cancelled.</source>
        <translation>读取已取消。</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n byte(s)…</source>
        <translation>
            <numerusform>正在写入 %n 字节…</numerusform>
        </translation>
    </message>
    <message>
        <source>Write failed: %1</source>
        <translation>写入失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n byte(s) (no response expected).</source>
        <translation>
            <numerusform>已发送 %n 字节（无需应答）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n byte(s); the device accepted them.</source>
        <translation>
            <numerusform>已写入 %n 字节，设备已接受。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write cancelled.</source>
        <translation>写入已取消。</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <source>Nothing to read now.</source>
        <translation>现在没有可读取的内容。</translation>
    </message>
</context>
</TS>
