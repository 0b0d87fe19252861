<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>gattscope::AboutDialog</name>
    <message>
        <source>About gattscope</source>
        <translation>gattscope について</translation>
    </message>
    <message>
        <source>&lt;h2&gt;gattscope %1&lt;/h2&gt;&lt;p&gt;A desktop explorer for Bluetooth Low Energy GATT devices.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3. QCustomPlot draws the plots.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;gattscope %1&lt;/h2&gt;&lt;p&gt;Bluetooth Low Energy GATT デバイス用のデスクトップエクスプローラー。&lt;/p&gt;&lt;p&gt;Qt %2 でビルド、Qt %3 で実行中。プロットの描画には QCustomPlot を使用しています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Bluetooth assigned numbers&lt;/b&gt; (names of services, characteristics, descriptors, company identifiers and appearances) come from the Nordic Semiconductor &lt;i&gt;bluetooth-numbers-database&lt;/i&gt;, used under the BSD 3-clause licence below.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bluetooth Assigned Numbers&lt;/b&gt;（サービス、キャラクタリスティック、ディスクリプタ、企業 ID、Appearance の名前）は Nordic Semiconductor の &lt;i&gt;bluetooth-numbers-database&lt;/i&gt; に由来し、以下の BSD 3 条項ライセンスの下で使用しています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The licence text is missing from this build.</source>
        <translation>このビルドにはライセンス文がありません。</translation>
    </message>
</context>
<context>
    <name>gattscope::AppCatalog</name>
    <message>
        <source>A virtual BLED112 with virtual devices, in this program: no hardware needed</source>
        <translation>このプログラム内の仮想デバイス付き仮想 BLED112: ハードウェア不要</translation>
    </message>
</context>
<context>
    <name>gattscope::BackendController</name>
    <message>
        <source>The adapter is switched on.</source>
        <translation>アダプターをオンにしました。</translation>
    </message>
    <message>
        <source>Could not switch the adapter on: %1</source>
        <translation>アダプターをオンにできませんでした: %1</translation>
    </message>
    <message>
        <source>Switching %1 on</source>
        <translation>%1 をオンにしています</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>今はしない</translation>
    </message>
    <message>
        <source>Switch On</source>
        <translation>オンにする</translation>
    </message>
    <message>
        <source>Switch it on to scan and connect?</source>
        <translation>スキャンと接続のためにオンにしますか？</translation>
    </message>
    <message>
        <source>The Bluetooth adapter %1 is switched off.</source>
        <translation>Bluetooth アダプター %1 の電源がオフです。</translation>
    </message>
    <message>
        <source>Bluetooth adapter switched off</source>
        <translation>Bluetooth アダプターの電源がオフです</translation>
    </message>
    <message>
        <source>%1 · switched off</source>
        <translation>%1 · 電源オフ</translation>
    </message>
    <message>
        <source>The adapter is switched off. Switch it on to scan.</source>
        <translation>アダプターの電源がオフです。スキャンするにはオンにしてください。</translation>
    </message>
    <message>
        <source>The dongle is back.</source>
        <translation>ドングルが復帰しました。</translation>
    </message>
    <message>
        <source>Looking for %1…</source>
        <translation>%1 を探しています…</translation>
    </message>
    <message>
        <source>%1 plugged in: choose it in the tool bar to use it.</source>
        <translation>%1 が接続されました。使うにはツールバーで選択してください。</translation>
    </message>
    <message>
        <source>No dongle found</source>
        <translation>ドングルが見つかりません</translation>
    </message>
    <message>
        <source>No Bluetooth dongle found: using the Demo dongle, a virtual BLED112 with virtual devices. Plug in a BLED112 and pick it in the tool bar.</source>
        <translation>Bluetooth ドングルが見つかりません。仮想デバイス付きの仮想 BLED112 であるデモドングルを使用します。BLED112 を接続してツールバーで選択してください。</translation>
    </message>
    <message>
        <source>No dongle found. Plug in a BLED112 or start gattscope with --demo.</source>
        <translation>ドングルが見つかりません。BLED112 を接続するか、gattscope を --demo 付きで起動してください。</translation>
    </message>
    <message>
        <source>No dongle found.</source>
        <translation>ドングルが見つかりません。</translation>
    </message>
    <message>
        <source>Choose a dongle in the tool bar.</source>
        <translation>ツールバーでドングルを選択してください。</translation>
    </message>
    <message>
        <source>Several dongles were found; choose one in the tool bar.</source>
        <translation>複数のドングルが見つかりました。ツールバーで 1 つ選択してください。</translation>
    </message>
    <message>
        <source>no backend for this URI</source>
        <translation>この URI のバックエンドはありません</translation>
    </message>
    <message>
        <source>Your virtual peripherals could not be loaded (%1); the Demo dongle serves its built-in devices.</source>
        <translation>仮想ペリフェラルを読み込めませんでした（%1）。デモドングルは内蔵のデバイスを提供します。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>Could not open %1. Choose another dongle.</source>
        <translation>%1 を開けませんでした。別のドングルを選択してください。</translation>
    </message>
    <message>
        <source>Dongle error: %1</source>
        <translation>ドングルエラー: %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 を開いています</translation>
    </message>
    <message>
        <source>Could not open the dongle: %1</source>
        <translation>ドングルを開けませんでした: %1</translation>
    </message>
    <message>
        <source>The dongle did not open: %1</source>
        <translation>ドングルが開きませんでした: %1</translation>
    </message>
    <message>
        <source>No devices yet. Press F5 to scan.</source>
        <translation>デバイスはまだありません。F5 でスキャンします。</translation>
    </message>
    <message>
        <source>No dongle</source>
        <translation>ドングルなし</translation>
    </message>
    <message>
        <source>%1 (your virtual peripherals)</source>
        <translation>%1（独自の仮想ペリフェラル）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Serving: %1</source>
        <translation>提供中: %1</translation>
    </message>
    <message>
        <source>Scanning… no devices heard yet.</source>
        <translation>スキャン中… まだデバイスを受信していません。</translation>
    </message>
    <message>
        <source>Choose a dongle first.</source>
        <translation>まずドングルを選択してください。</translation>
    </message>
    <message>
        <source>Could not start scanning: %1</source>
        <translation>スキャンを開始できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not stop scanning: %1</source>
        <translation>スキャンを停止できませんでした: %1</translation>
    </message>
    <message>
        <source>This build has no Demo dongle.</source>
        <translation>このビルドにはデモドングルがありません。</translation>
    </message>
    <message>
        <source>Virtual peripherals not loaded: %1</source>
        <translation>仮想ペリフェラルは読み込まれていません: %1</translation>
    </message>
    <message>
        <source>The Demo dongle serves its built-in virtual devices.</source>
        <translation>デモドングルは内蔵の仮想デバイスを提供します。</translation>
    </message>
    <message numerus="yes">
        <source>The Demo dongle now serves the virtual peripherals of %n file(s).</source>
        <translation>
            <numerusform>デモドングルは %n 個のファイルの仮想ペリフェラルを提供しています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::BondsDialog</name>
    <message>
        <source>Bonds</source>
        <translation>ボンディング</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>ハンドル</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Key size</source>
        <translation>鍵長</translation>
    </message>
    <message>
        <source>MITM</source>
        <translation>MITM</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Delete the selected bond: the device must pair again</source>
        <translation>選択したボンディングを削除します。デバイスは再度ペアリングが必要になります</translation>
    </message>
    <message>
        <source>Remove &amp;all</source>
        <translation>すべて削除(&amp;A)</translation>
    </message>
    <message>
        <source>Delete every bond the radio holds</source>
        <translation>無線機が保持するすべてのボンディングを削除します</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>No dongle is open.</source>
        <translation>ドングルが開かれていません。</translation>
    </message>
    <message>
        <source>This backend (%1) cannot list or remove bonds: the system keeps them (on Linux, bluetoothctl devices Paired and bluetoothctl remove).</source>
        <translation>このバックエンド（%1）はボンディングの一覧表示も削除もできません。ボンディングはシステムが保持しています（Linux では bluetoothctl devices Paired と bluetoothctl remove）。</translation>
    </message>
    <message>
        <source>Reading the bonds…</source>
        <translation>ボンディングを読み取り中…</translation>
    </message>
    <message>
        <source>This backend cannot list bonds: %1</source>
        <translation>このバックエンドはボンディングを一覧表示できません：%1</translation>
    </message>
    <message>
        <source>Cannot read the bonds: %1</source>
        <translation>ボンディングを読み取れません：%1</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>（不明）</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>The radio holds no bonds.</source>
        <translation>無線機にボンディングはありません。</translation>
    </message>
    <message numerus="yes">
        <source>The radio holds %n bond(s).</source>
        <translation>
            <numerusform>無線機に %n 件のボンディングがあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing every bond…</source>
        <translation>すべてのボンディングを削除中…</translation>
    </message>
    <message>
        <source>Removing bond %1…</source>
        <translation>ボンディング %1 を削除中…</translation>
    </message>
    <message>
        <source>This backend cannot remove bonds: %1</source>
        <translation>このバックエンドはボンディングを削除できません：%1</translation>
    </message>
    <message>
        <source>Cannot remove the bond: %1</source>
        <translation>ボンディングを削除できません：%1</translation>
    </message>
</context>
<context>
    <name>gattscope::CccdEditor</name>
    <message>
        <source>&amp;Notify (bit 0)</source>
        <translation>通知（ビット 0）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Indicate (bit 1)</source>
        <translation>インディケーション（ビット 1）(&amp;I)</translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation>購読:</translation>
    </message>
    <message>
        <source>The raw descriptor value in hex. Any bytes may be written; the device decides.</source>
        <translation>ディスクリプタの生の値（16 進）。任意のバイトを書き込めます。判断はデバイスが行います。</translation>
    </message>
    <message>
        <source>e.g. 01 00</source>
        <translation>例: 01 00</translation>
    </message>
    <message>
        <source>Raw value:</source>
        <translation>生の値:</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>書き込み(&amp;W)</translation>
    </message>
    <message>
        <source>Write Request with the raw value</source>
        <translation>生の値で Write Request を送る</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>読み取り(&amp;R)</translation>
    </message>
    <message>
        <source>Read the descriptor back from the device</source>
        <translation>デバイスからディスクリプタを読み直す</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a Client Characteristic Configuration descriptor.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Client Characteristic Configuration ディスクリプタを選択してください。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Client Characteristic Configuration&lt;/b&gt; %1 of &lt;b&gt;%2&lt;/b&gt; (value %3)</source>
        <translation>&lt;b&gt;%2&lt;/b&gt; の &lt;b&gt;Client Characteristic Configuration&lt;/b&gt; %1（値 %3）</translation>
    </message>
    <message>
        <source>Ask the device to send notifications</source>
        <translation>デバイスに通知の送信を要求する</translation>
    </message>
    <message>
        <source>The characteristic does not declare Notify; the device may refuse</source>
        <translation>このキャラクタリスティックは Notify を宣言していません。デバイスが拒否する可能性があります</translation>
    </message>
    <message>
        <source>Ask the device to send indications</source>
        <translation>デバイスにインディケーションの送信を要求する</translation>
    </message>
    <message>
        <source>The characteristic does not declare Indicate; the device may refuse</source>
        <translation>このキャラクタリスティックは Indicate を宣言していません。デバイスが拒否する可能性があります</translation>
    </message>
    <message>
        <source>Last known value: %1</source>
        <translation>最後に確認した値: %1</translation>
    </message>
    <message>
        <source>%1 (not the 2 bytes a CCCD holds)</source>
        <translation>%1（CCCD の 2 バイトではありません）</translation>
    </message>
    <message>
        <source>notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>indications</source>
        <translation>インディケーション</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source> and </source>
        <translation>と</translation>
    </message>
    <message>
        <source> on</source>
        <translation> オン</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 を書き込み中…</translation>
    </message>
    <message>
        <source>The device accepted %1.</source>
        <translation>デバイスが %1 を受け入れました。</translation>
    </message>
    <message>
        <source>The device refused %1: %2</source>
        <translation>デバイスが %1 を拒否しました: %2</translation>
    </message>
    <message>
        <source>Write cancelled.</source>
        <translation>書き込みを取り消しました。</translation>
    </message>
    <message>
        <source>Writing CCCD of %1</source>
        <translation>%1 の CCCD を書き込み中</translation>
    </message>
    <message>
        <source>The device holds %1.</source>
        <translation>デバイスの値は %1 です。</translation>
    </message>
    <message>
        <source>Read failed: %1</source>
        <translation>読み取りに失敗しました: %1</translation>
    </message>
    <message>
        <source>Read cancelled.</source>
        <translation>読み取りを取り消しました。</translation>
    </message>
    <message>
        <source>Reading CCCD of %1</source>
        <translation>%1 の CCCD を読み取り中</translation>
    </message>
</context>
<context>
    <name>gattscope::ConnectionParametersDialog</name>
    <message>
        <source>Connection Parameters</source>
        <translation>接続パラメータ</translation>
    </message>
    <message>
        <source>Ask %1 to use new connection parameters. The device may accept other values than those asked for; the link panel shows what it runs with.</source>
        <translation>%1 に新しい接続パラメータを使うよう要求します。デバイスは要求と異なる値を受け入れることがあります。実際に使われている値はリンクパネルに表示されます。</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>7.5 ms to 4 s, in steps of 1.25 ms</source>
        <translation>7.5 ms～4 s、1.25 ms 刻み</translation>
    </message>
    <message>
        <source>Connection &amp;interval:</source>
        <translation>コネクションインターバル(&amp;I):</translation>
    </message>
    <message>
        <source>Connection events the device may skip when it has nothing to send: 0 to 499</source>
        <translation>送信するものがないときにデバイスが省略できるコネクションイベント数：0～499</translation>
    </message>
    <message>
        <source>Peripheral &amp;latency:</source>
        <translation>ペリフェラルレイテンシ(&amp;L):</translation>
    </message>
    <message>
        <source>100 ms to 32 s, in steps of 10 ms; longer than (1 + latency) × interval × 2</source>
        <translation>100 ms～32 s、10 ms 刻み。(1 + レイテンシ) × インターバル × 2 より長いこと</translation>
    </message>
    <message>
        <source>&amp;Supervision timeout:</source>
        <translation>スーパービジョンタイムアウト(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>要求(&amp;R)</translation>
    </message>
    <message>
        <source>The connection interval must lie between 7.5 ms and 4 s.</source>
        <translation>コネクションインターバルは 7.5 ms～4 s の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The connection interval must be a multiple of 1.25 ms.</source>
        <translation>コネクションインターバルは 1.25 ms の倍数で指定してください。</translation>
    </message>
    <message>
        <source>The peripheral latency must lie between 0 and 499 connection events.</source>
        <translation>ペリフェラルレイテンシは 0～499 コネクションイベントの範囲で指定してください。</translation>
    </message>
    <message>
        <source>The supervision timeout must lie between 100 ms and 32 s.</source>
        <translation>スーパービジョンタイムアウトは 100 ms～32 s の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The supervision timeout must be a multiple of 10 ms.</source>
        <translation>スーパービジョンタイムアウトは 10 ms の倍数で指定してください。</translation>
    </message>
    <message>
        <source>The supervision timeout must be longer than (1 + latency) × interval × 2 = %1.</source>
        <translation>スーパービジョンタイムアウトは (1 + レイテンシ) × インターバル × 2 = %1 より長くしてください。</translation>
    </message>
    <message>
        <source>Requests %1 (interval / latency / supervision timeout).</source>
        <translation>%1 を要求します（インターバル / レイテンシ / スーパービジョンタイムアウト）。</translation>
    </message>
</context>
<context>
    <name>gattscope::CoreBridge</name>
    <message>
        <source>Parse error</source>
        <translation>解析エラー</translation>
    </message>
</context>
<context>
    <name>gattscope::DeviceTab</name>
    <message>
        <source>&amp;Subscribe</source>
        <translation>購読(&amp;S)</translation>
    </message>
    <message>
        <source>Enable notifications (or indications) of the selected characteristic</source>
        <translation>選択したキャラクタリスティックの通知（またはインディケーション）を有効にする</translation>
    </message>
    <message>
        <source>Re&amp;discover</source>
        <translation>再探索(&amp;D)</translation>
    </message>
    <message>
        <source>Discover services, characteristics and descriptors again</source>
        <translation>サービス、キャラクタリスティック、ディスクリプタを再探索する</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>再接続(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>読み取り(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Plot notifications</source>
        <translation>通知をプロット(&amp;P)</translation>
    </message>
    <message>
        <source>Subscribe if needed and plot the decoded values as they arrive (Ctrl+Shift+P)</source>
        <translation>必要なら購読し、デコードした値を受信次第プロットする（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Plot by p&amp;olling…</source>
        <translation>ポーリングでプロット(&amp;O)…</translation>
    </message>
    <message>
        <source>Read the characteristic at an interval and plot the decoded values</source>
        <translation>キャラクタリスティックを一定間隔で読み取り、デコードした値をプロットする</translation>
    </message>
    <message>
        <source>Select a characteristic or descriptor to see and edit its value.</source>
        <translation>キャラクタリスティックまたはディスクリプタを選択すると、値を表示・編集できます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;tt&gt;%2&lt;/tt&gt; &amp;nbsp; %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;tt&gt;%2&lt;/tt&gt; &amp;nbsp; %3</translation>
    </message>
    <message>
        <source>%1 disconnected: %2</source>
        <translation>%1 が切断されました: %2</translation>
    </message>
    <message>
        <source>Discovery failed: %1</source>
        <translation>探索に失敗しました: %1</translation>
    </message>
    <message>
        <source>Discovering %1</source>
        <translation>%1 を探索中</translation>
    </message>
    <message>
        <source>Disconnecting %1</source>
        <translation>%1 を切断中</translation>
    </message>
    <message>
        <source>Subscribing failed: %1</source>
        <translation>購読に失敗しました: %1</translation>
    </message>
    <message>
        <source>Subscribing to %1</source>
        <translation>%1 を購読中</translation>
    </message>
    <message>
        <source>Unsubscribing from %1</source>
        <translation>%1 の購読を解除中</translation>
    </message>
    <message>
        <source>Reading the names of %1</source>
        <translation>%1 の名前を読み取り中</translation>
    </message>
    <message>
        <source>Reading descriptors of %1</source>
        <translation>%1 のディスクリプタを読み取り中</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Select a characteristic or descriptor to read</source>
        <translation>読み取るキャラクタリスティックまたはディスクリプタを選択してください</translation>
    </message>
    <message>
        <source>%1 cannot be read (no Read property)</source>
        <translation>%1 は読み取れません（Read プロパティなし）</translation>
    </message>
    <message>
        <source>Select a characteristic or descriptor to write</source>
        <translation>書き込むキャラクタリスティックまたはディスクリプタを選択してください</translation>
    </message>
    <message>
        <source>%1 cannot be written (no Write property)</source>
        <translation>%1 には書き込めません（Write プロパティなし）</translation>
    </message>
    <message>
        <source>P&amp;air…</source>
        <translation>ペアリング(&amp;A)…</translation>
    </message>
    <message>
        <source>Pair and retry</source>
        <translation>ペアリングして再試行</translation>
    </message>
    <message>
        <source>Raise the link&apos;s security level and let the system pair (this backend cannot take a passkey or tell whether pairing worked)</source>
        <translation>リンクのセキュリティレベルを上げ、ペアリングはシステムに任せます（このバックエンドはパスキーを受け付けず、ペアリングの成否も報告しません）</translation>
    </message>
    <message>
        <source>Pair with the device and keep the bond (asks for a passkey when the device wants one)</source>
        <translation>デバイスとペアリングし、ボンディングを保持します（デバイスが求めるときはパスキーを尋ねます）</translation>
    </message>
    <message>
        <source>%1 needs a paired (encrypted) link: %2</source>
        <translation>%1 にはペアリング済み（暗号化）のリンクが必要です：%2</translation>
    </message>
    <message>
        <source>Pairing is already running</source>
        <translation>ペアリングはすでに実行中です</translation>
    </message>
    <message>
        <source>Enter %1 on %2 to pair.</source>
        <translation>ペアリングするには %2 で %1 を入力してください。</translation>
    </message>
    <message>
        <source>Pairing with %1</source>
        <translation>%1 とペアリング中</translation>
    </message>
    <message>
        <source>Security level raised for %1; the system pairs when the device asks (a read of a protected value tells whether it worked).</source>
        <translation>%1 のセキュリティレベルを上げました。デバイスが求めるとシステムがペアリングします（成否は保護された値の読み取りでわかります）。</translation>
    </message>
    <message>
        <source>Paired with %1: %2.</source>
        <translation>%1 とペアリングしました：%2。</translation>
    </message>
    <message>
        <source>Pairing with %1 cancelled.</source>
        <translation>%1 とのペアリングをキャンセルしました。</translation>
    </message>
    <message>
        <source>Pairing with %1 failed: %2</source>
        <translation>%1 とのペアリングに失敗しました：%2</translation>
    </message>
    <message>
        <source>Reading the values of %1</source>
        <translation>%1 の値を読み取り中</translation>
    </message>
    <message numerus="yes">
        <source>Read the values of %1; %n could not be read (the traffic log says why).</source>
        <translation>
            <numerusform>%1 の値を読み取りました。%n 件は読み取れませんでした（理由は通信ログにあります）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 disconnected while its values were read: %2 of %3 read.</source>
        <translation>%1 は値の読み取り中に切断されました：%3 件中 %2 件を読み取り済み。</translation>
    </message>
</context>
<context>
    <name>gattscope::FilesController</name>
    <message>
        <source>The device&apos;s services are not known yet: wait for discovery to finish.</source>
        <translation>デバイスのサービスはまだ分かりません。探索が終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>Save as virtual peripheral</source>
        <translation>仮想ペリフェラルとして保存</translation>
    </message>
    <message>
        <source>The services of %1 are not known yet: connect and let discovery finish first.</source>
        <translation>%1 のサービスはまだ分かりません。先に接続して探索を完了させてください。</translation>
    </message>
    <message>
        <source>Virtual peripheral profiles (*.json)</source>
        <translation>仮想ペリフェラルプロファイル (*.json)</translation>
    </message>
    <message>
        <source>Could not save %1:
%2</source>
        <translation>%1 を保存できませんでした:
%2</translation>
    </message>
    <message>
        <source>Saved %1 as %2. Load it with File → Load virtual peripherals… or gattscope-sim --profile.</source>
        <translation>%1 を %2 として保存しました。ファイル → 仮想ペリフェラルを読み込む… または gattscope-sim --profile で読み込めます。</translation>
    </message>
    <message>
        <source>Some things could not be copied exactly:</source>
        <translation>正確にコピーできなかった項目があります:</translation>
    </message>
    <message>
        <source>Load virtual peripherals</source>
        <translation>仮想ペリフェラルの読み込み</translation>
    </message>
    <message>
        <source>Virtual peripheral profiles (*.json);;All files (*)</source>
        <translation>仮想ペリフェラルプロファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The virtual peripherals were not loaded; the dongle in use keeps running as it was.

%1</source>
        <translation>仮想ペリフェラルは読み込まれませんでした。使用中のドングルはそのまま動作を続けます。

%1</translation>
    </message>
    <message>
        <source>Built-in virtual peripherals</source>
        <translation>内蔵の仮想ペリフェラル</translation>
    </message>
    <message numerus="yes">
        <source>The Demo dongle restarts with the new devices: %n connection(s) will be closed. Continue?</source>
        <translation>
            <numerusform>デモドングルは新しいデバイスで再起動し、%n 件の接続が閉じられます。続行しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving %1 cancelled: nothing was written.</source>
        <translation>%1 の保存をキャンセルしました。何も書き込まれていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) could not be read; the virtual peripheral answers them empty:</source>
        <translation>
            <numerusform>%n 件の値を読み取れませんでした。仮想ペリフェラルは空の値を返します：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::GattTreeModel</name>
    <message>
        <source>%1
This name is the device&apos;s own User Description (0x2901).</source>
        <translation>%1
この名前はデバイス自身の User Description（0x2901）です。</translation>
    </message>
    <message>
        <source>%1
Vendor UUID %2. Double-click (or F2) to give it a name.</source>
        <translation>%1
ベンダー UUID %2。ダブルクリック（または F2）で名前を付けられます。</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Declaration %1, value %2, last handle %3</source>
        <translation>宣言 %1、値 %2、最終ハンドル %3</translation>
    </message>
    <message>
        <source>R read · W write · WnR write without response · N notify · I indicate · Auth signed writes · Ext extended properties</source>
        <translation>R 読み取り · W 書き込み · WnR 応答なし書き込み · N 通知 · I インディケーション · Auth 署名付き書き込み · Ext 拡張プロパティ</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s): %1</source>
        <translation>
            <numerusform>%n バイト: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>未読み取り</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>ハンドル</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
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
        <translation>センサー接触あり</translation>
    </message>
    <message>
        <source>No sensor contact</source>
        <translation>センサー接触なし</translation>
    </message>
    <message>
        <source>Contact not reported</source>
        <translation>接触状態の報告なし</translation>
    </message>
    <message>
        <source>Waiting for data</source>
        <translation>データ待ち</translation>
    </message>
</context>
<context>
    <name>gattscope::HexEditor</name>
    <message>
        <source>No bytes. Type hex digits to add some.</source>
        <translation>バイトがありません。16 進数字を入力すると追加されます。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hex digit</source>
        <translation>&apos;%1&apos; は 16 進数字ではありません</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Copy as &amp;hex</source>
        <translation>16 進でコピー(&amp;H)</translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation>テキストでコピー(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Paste hex</source>
        <translation>16 進を貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Paste te&amp;xt</source>
        <translation>テキストを貼り付け(&amp;X)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Overwrite mode</source>
        <translation>上書きモード(&amp;O)</translation>
    </message>
    <message>
        <source>The clipboard does not hold hex: %1</source>
        <translation>クリップボードの内容は 16 進ではありません: %1</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
</context>
<context>
    <name>gattscope::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <extracomment>View → Language: follow the desktop&apos;s language; %1 is that language&apos;s own name.</extracomment>
        <translation>システム（%1）(&amp;S)</translation>
    </message>
</context>
<context>
    <name>gattscope::LinkPanel</name>
    <message>
        <source>Connection &amp;parameters…</source>
        <translation>接続パラメータ(&amp;P)…</translation>
    </message>
    <message>
        <source>Connection parameters not reported by this backend</source>
        <translation>このバックエンドは接続パラメータを報告しません</translation>
    </message>
    <message>
        <source>Interval %1</source>
        <translation>インターバル %1</translation>
    </message>
    <message>
        <source>Latency %1</source>
        <translation>レイテンシ %1</translation>
    </message>
    <message>
        <source>Supervision timeout %1</source>
        <translation>スーパービジョンタイムアウト %1</translation>
    </message>
    <message>
        <source>MTU %1</source>
        <translation>MTU %1</translation>
    </message>
    <message>
        <source>Ask the device for a new connection interval, peripheral latency and supervision timeout</source>
        <translation>デバイスに新しいコネクションインターバル、ペリフェラルレイテンシ、スーパービジョンタイムアウトを要求します</translation>
    </message>
    <message>
        <source>This backend cannot read or request connection parameters: the system&apos;s Bluetooth stack chooses them</source>
        <translation>このバックエンドは接続パラメータの読み取りも要求もできません。システムの Bluetooth スタックが決めます</translation>
    </message>
    <message>
        <source>Requesting connection parameters of %1</source>
        <translation>%1 の接続パラメータを要求中</translation>
    </message>
    <message>
        <source>Requesting %1…</source>
        <translation>%1 を要求中…</translation>
    </message>
    <message>
        <source>Request cancelled</source>
        <translation>要求をキャンセルしました</translation>
    </message>
    <message>
        <source>The device accepted %1</source>
        <translation>デバイスは %1 を受け入れました</translation>
    </message>
    <message>
        <source>Request failed: %1</source>
        <translation>要求に失敗しました：%1</translation>
    </message>
</context>
<context>
    <name>gattscope::Main</name>
    <message>
        <source>--screenshot-delay takes milliseconds from 0 to %1, not &apos;%2&apos;</source>
        <translation>--screenshot-delay には 0～%1 のミリ秒を指定します（&apos;%2&apos; ではありません）</translation>
    </message>
    <message>
        <source>--window-size takes &lt;width&gt;x&lt;height&gt;, each from %1 to %2 pixels, not &apos;%3&apos;</source>
        <translation>--window-size には &lt;width&gt;x&lt;height&gt;（それぞれ %1～%2 ピクセル）を指定します（&apos;%3&apos; ではありません）</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (choose one of: %2)</source>
        <translation>不明な言語 &apos;%1&apos;（選択肢: %2）</translation>
    </message>
    <message>
        <source>Start on the Demo dongle (same as --backend demo).</source>
        <translation>デモドングルで起動する（--backend demo と同じ）。</translation>
    </message>
    <message>
        <source>Connect to the device with this address or name once it is heard; repeatable (one device after the other).</source>
        <translation>このアドレスまたは名前のデバイスを受信したら接続する。複数指定可（1 台ずつ順に）。</translation>
    </message>
    <message>
        <source>After --connect, read the characteristic &lt;uuid&gt;; repeatable.</source>
        <translation>--connect の後、キャラクタリスティック &lt;uuid&gt; を読み取る。複数指定可。</translation>
    </message>
    <message>
        <source>After --connect, enable notifications of the characteristic &lt;uuid&gt;; repeatable.</source>
        <translation>--connect の後、キャラクタリスティック &lt;uuid&gt; の通知を有効にする。複数指定可。</translation>
    </message>
    <message>
        <source>After --connect, plot the characteristic &lt;uuid&gt;: its notifications (subscribing), or its value read every second when it only reads. Values that do not decode themselves need a field layout: &lt;uuid&gt;=&lt;layout&gt;, e.g. 6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10=&lt;hhh. Repeatable.</source>
        <translation>--connect の後、キャラクタリスティック &lt;uuid&gt; をプロットする: 通知（購読して）、または読み取りのみの場合は毎秒読み取った値。自動でデコードできない値にはフィールドレイアウトが必要: &lt;uuid&gt;=&lt;layout&gt;、例: 6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10=&lt;hhh。複数指定可。</translation>
    </message>
    <message>
        <source>Save a PNG of the main window to &lt;file&gt; and quit (after --connect and its steps, if any).</source>
        <translation>メインウィンドウの PNG を &lt;file&gt; に保存して終了する（--connect とその手順がある場合はその後）。</translation>
    </message>
    <message>
        <source>Milliseconds to wait before the screenshot (0 to %1).</source>
        <translation>スクリーンショットまでの待ち時間（ミリ秒、0～%1）。</translation>
    </message>
    <message>
        <source>Seconds --connect waits for each device to be heard, and then for its link and services (1 to 600; default 20).</source>
        <translation>--connect が各デバイスの受信を、その後リンクとサービスを待つ秒数（1～600、既定 20）。</translation>
    </message>
    <message>
        <source>Show the interface in &lt;language&gt; (%1) for this run, instead of the one chosen in View → Language or the system&apos;s.</source>
        <translation>今回の起動では、表示 → 言語 で選んだ言語やシステムの言語ではなく &lt;language&gt;（%1）で表示する。</translation>
    </message>
    <message>
        <source>--backend and --demo cannot be used together.</source>
        <translation>--backend と --demo は同時に使えません。</translation>
    </message>
    <message>
        <source>--timeout takes seconds from 1 to 600, not &apos;%1&apos;</source>
        <translation>--timeout には 1～600 の秒数を指定します（&apos;%1&apos; ではありません）</translation>
    </message>
    <message>
        <source>--read, --subscribe and --plot need --connect.</source>
        <translation>--read、--subscribe、--plot には --connect が必要です。</translation>
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
        <translation>%1 を開けませんでした。</translation>
    </message>
    <message>
        <source>Choose a dongle in the tool bar, or the Demo dongle.</source>
        <translation>ツールバーでドングルかデモドングルを選んでください。</translation>
    </message>
    <message>
        <source>--virtual-peripherals: %1</source>
        <translation>--virtual-peripherals: %1</translation>
    </message>
    <message>
        <source>The virtual peripherals were not loaded.</source>
        <translation>仮想ペリフェラルは読み込まれませんでした。</translation>
    </message>
    <message>
        <source>--screenshot: could not write %1</source>
        <translation>--screenshot: %1 に書き込めませんでした</translation>
    </message>
    <message>
        <source>Bluetooth Low Energy GATT explorer.

Options apply to this run only: what you choose in the window (the dongle, File → Load virtual peripherals…, View → Language, the layout) is remembered for the next start, and no option changes it.

Scripted starts (--connect and its steps, --screenshot) exit 1 with one line on stderr when a step fails, 2 for a usage error.</source>
        <translation>Bluetooth Low Energy GATT エクスプローラー。

オプションはこの起動にだけ適用されます。ウィンドウで選んだもの（ドングル、ファイル → 仮想ペリフェラルを読み込む…、表示 → 言語、レイアウト）は次回の起動のために保存され、オプションで変わることはありません。

スクリプト起動（--connect とその手順、--screenshot）は、手順が失敗すると stderr に 1 行出力して終了コード 1 で、使い方の誤りでは 2 で終了します。</translation>
    </message>
    <message>
        <source>Open the backend &lt;uri&gt; at start, for this run (bgapi:auto, bgapi:/dev/ttyACM0, bluez:, bluez:hci1, demo, …); the dongle chosen in the window stays the default.</source>
        <translation>起動時にバックエンド &lt;uri&gt; を開く（この起動のみ。bgapi:auto、bgapi:/dev/ttyACM0、bluez:、bluez:hci1、demo など）。ウィンドウで選んだドングルが既定のまま残ります。</translation>
    </message>
    <message>
        <source>Serve the virtual peripherals of &lt;file&gt; (profile JSON) on the Demo dongle, for this run only, instead of the built-in ones or those of File → Load virtual peripherals… (which stay the default); repeatable.</source>
        <translation>この起動に限り、内蔵のものや「ファイル → 仮想ペリフェラルを読み込む…」で選んだもの（既定のまま残ります）の代わりに &lt;file&gt;（プロファイル JSON）の仮想ペリフェラルをデモドングルで提供する。複数指定可。</translation>
    </message>
    <message>
        <source>Resize the window to &lt;width&gt;x&lt;height&gt;, %1 to %2 pixels each, for this run (screenshots); the saved window layout stays as it was.</source>
        <translation>この起動に限り、ウィンドウを &lt;width&gt;x&lt;height&gt;（それぞれ %1～%2 ピクセル）にリサイズします（スクリーンショット用）。保存されたウィンドウレイアウトは変わりません。</translation>
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
        <translation>デバイスに接続するとサービスを閲覧できます。

スキャナーでデバイスをダブルクリックするか、選択して Ctrl+Return を押してください。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Load &amp;virtual peripherals…</source>
        <translation>仮想ペリフェラルを読み込む(&amp;V)…</translation>
    </message>
    <message>
        <source>Serve your own virtual devices (profile JSON files) on the Demo dongle</source>
        <translation>独自の仮想デバイス（プロファイル JSON ファイル）をデモドングルで提供する</translation>
    </message>
    <message>
        <source>Use &amp;built-in virtual peripherals</source>
        <translation>内蔵の仮想ペリフェラルを使う(&amp;B)</translation>
    </message>
    <message>
        <source>Save device as virtual &amp;peripheral…</source>
        <translation>デバイスを仮想ペリフェラルとして保存(&amp;P)…</translation>
    </message>
    <message>
        <source>Write the current device&apos;s services and values as a profile file that the Demo dongle and gattscope-sim can serve</source>
        <translation>現在のデバイスのサービスと値を、デモドングルと gattscope-sim で提供できるプロファイルファイルに書き出す</translation>
    </message>
    <message>
        <source>Save traffic &amp;log…</source>
        <translation>通信ログを保存(&amp;L)…</translation>
    </message>
    <message>
        <source>Save traffic log as bt&amp;snoop…</source>
        <translation>通信ログを btsnoop で保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>デバイス(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>スキャン(&amp;S)</translation>
    </message>
    <message>
        <source>Start or stop scanning (F5)</source>
        <translation>スキャンを開始・停止する（F5）</translation>
    </message>
    <message>
        <source>C&amp;lear device list</source>
        <translation>デバイス一覧をクリア(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>Connect to the device selected in the scanner (Ctrl+Return)</source>
        <translation>スキャナーで選択したデバイスに接続する（Ctrl+Return）</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <source>Disconnect the device of the current tab (Ctrl+D)</source>
        <translation>現在のタブのデバイスを切断する（Ctrl+D）</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>読み取り(&amp;R)</translation>
    </message>
    <message>
        <source>Read the selected characteristic or descriptor (Ctrl+R)</source>
        <translation>選択したキャラクタリスティックまたはディスクリプタを読み取る（Ctrl+R）</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>書き込み(&amp;W)</translation>
    </message>
    <message>
        <source>Write the edited value with a Write Request (Ctrl+W)</source>
        <translation>編集した値を Write Request で書き込む（Ctrl+W）</translation>
    </message>
    <message>
        <source>Toggle s&amp;ubscription</source>
        <translation>購読の切り替え(&amp;U)</translation>
    </message>
    <message>
        <source>Enable or disable notifications of the selected characteristic (Ctrl+Shift+N)</source>
        <translation>選択したキャラクタリスティックの通知を有効・無効にする（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Ca&amp;ncel operations</source>
        <translation>操作をキャンセル(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About gattscope</source>
        <translation>gattscope について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source> Dongle: </source>
        <translation> ドングル: </translation>
    </message>
    <message>
        <source>Choose a dongle</source>
        <translation>ドングルを選択</translation>
    </message>
    <message>
        <source>The radio to use: a BLED112 dongle, a Bluetooth adapter, or the Demo dongle</source>
        <translation>使用する無線: BLED112 ドングル、Bluetooth アダプター、またはデモドングル</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>スキャナー</translation>
    </message>
    <message>
        <source>Traffic log</source>
        <translation>通信ログ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the running operations (Ctrl+.)</source>
        <translation>実行中の操作をキャンセルする（Ctrl+.）</translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation>%1（他 %2 件）</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Choose a dongle first.</source>
        <translation>まずドングルを選択してください。</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>%1 に接続中</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続中…</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>%1 に接続できませんでした: %2</translation>
    </message>
    <message>
        <source>Connect failed</source>
        <translation>接続に失敗しました</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>%1 に接続しました。</translation>
    </message>
    <message>
        <source>Dongle error</source>
        <translation>ドングルエラー</translation>
    </message>
    <message>
        <source>Save as virtual &amp;peripheral…</source>
        <translation>仮想ペリフェラルとして保存(&amp;P)…</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>再接続(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>タブを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>設定(&amp;R)…</translation>
    </message>
    <message>
        <source>Notifications: %1 dropped, %2 evicted</source>
        <translation>通知: %1 件破棄、%2 件追い出し</translation>
    </message>
    <message>
        <source>Dropped: values the program could not take in while it was busy (gaps in the plots and the recording). Evicted: the oldest values, forgotten to stay within the notification memory of %1 MB (File → Preferences).</source>
        <translation>破棄: プログラムがビジーの間に受け取れなかった値（プロットと記録の欠落）。追い出し: 通知メモリ %1 MB に収めるために忘れた最も古い値（ファイル → 設定）。</translation>
    </message>
    <message>
        <source>Connecting to %1 cancelled.</source>
        <translation>%1 への接続を取り消しました。</translation>
    </message>
    <message>
        <source>Connect cancelled</source>
        <translation>接続を取り消し</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>レイアウトをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>Put the docks, the GATT tree, the editor and the plots back where and as large as they were on the first start</source>
        <translation>ドック、GATT ツリー、エディター、プロットを初回起動時の位置と大きさに戻す</translation>
    </message>
    <message>
        <source>Layout reset.</source>
        <translation>レイアウトをリセットしました。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>In the GATT tree, F2 renames a vendor characteristic.</source>
        <translation>GATT ツリーでは F2 でベンダーのキャラクタリスティックの名前を変更できます。</translation>
    </message>
    <message>
        <source>No device tab</source>
        <translation>デバイスタブがありません</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) still connected: quitting disconnects them.</source>
        <translation>
            <numerusform>%n 台のデバイスがまだ接続されています。終了すると切断されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The plotted data was not exported: quitting discards it (Plots dock → Export → CSV).</source>
        <translation>プロットしたデータはエクスポートされていません。終了すると破棄されます（プロット → エクスポート → CSV）。</translation>
    </message>
    <message>
        <source>Quit gattscope</source>
        <translation>gattscope の終了</translation>
    </message>
    <message>
        <source>Quit gattscope?</source>
        <translation>gattscope を終了しますか？</translation>
    </message>
    <message>
        <source>P&amp;air…</source>
        <translation>ペアリング(&amp;A)…</translation>
    </message>
    <message>
        <source>Pair with the device of the current tab and keep the bond</source>
        <translation>現在のタブのデバイスとペアリングし、ボンディングを保持します</translation>
    </message>
    <message>
        <source>&amp;Bonds…</source>
        <translation>ボンディング(&amp;B)…</translation>
    </message>
    <message>
        <source>List and remove the bonds the radio holds</source>
        <translation>無線機が保持するボンディングを一覧表示・削除します</translation>
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
        <translation>パスキー</translation>
    </message>
    <message>
        <source>%1 asks for a passkey. Type the six digits it shows or that you were given; Cancel stops pairing.</source>
        <translation>%1 がパスキーを求めています。表示された、または渡された 6 桁の数字を入力してください。キャンセルするとペアリングを中止します。</translation>
    </message>
</context>
<context>
    <name>gattscope::PlotCanvas</name>
    <message>
        <source>No streams yet. Send a notifying or readable characteristic to the plots from the GATT tree&apos;s context menu.</source>
        <translation>ストリームはまだありません。GATT ツリーのコンテキストメニューから、通知または読み取りに対応したキャラクタリスティックをプロットに送ってください。</translation>
    </message>
    <message>
        <source>No streams.</source>
        <translation>ストリームはありません。</translation>
    </message>
    <message>
        <source>Time (s) since %1</source>
        <translation>%1 からの時間（秒）</translation>
    </message>
    <message>
        <source>the first sample</source>
        <translation>最初のサンプル</translation>
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
        <translation>プロット</translation>
    </message>
    <message>
        <source>&amp;Plot</source>
        <translation>プロット(&amp;P)</translation>
    </message>
    <message>
        <source>Plot the selected characteristic: its notifications, or by polling when it only reads (Ctrl+Shift+P)</source>
        <translation>選択したキャラクタリスティックをプロットする: 通知、または読み取りのみの場合はポーリングで（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Plot by p&amp;olling…</source>
        <translation>ポーリングでプロット(&amp;O)…</translation>
    </message>
    <message>
        <source>Read the selected characteristic at an interval and plot its values</source>
        <translation>選択したキャラクタリスティックを一定間隔で読み取り、値をプロットする</translation>
    </message>
    <message>
        <source>Select a characteristic that notifies, indicates or can be read.</source>
        <translation>通知、インディケーション、または読み取りに対応したキャラクタリスティックを選択してください。</translation>
    </message>
    <message>
        <source>Select a characteristic that can be read.</source>
        <translation>読み取り可能なキャラクタリスティックを選択してください。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>There is no characteristic with value handle %1.</source>
        <translation>値ハンドル %1 のキャラクタリスティックはありません。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 は読み取れません。</translation>
    </message>
    <message>
        <source>%1 neither notifies nor indicates.</source>
        <translation>%1 は通知もインディケーションも送りません。</translation>
    </message>
    <message>
        <source>%1 cannot be plotted: %2</source>
        <translation>%1 をプロットできません: %2</translation>
    </message>
    <message>
        <source>Plotting %1.</source>
        <translation>%1 をプロットしています。</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>切断</translation>
    </message>
</context>
<context>
    <name>gattscope::PlotPanel</name>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Freeze the plots. Recording continues; resume to follow the newest data.</source>
        <translation>プロットを固定します。記録は続きます。再開すると最新のデータに追従します。</translation>
    </message>
    <message>
        <source> Window </source>
        <translation> 表示幅 </translation>
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
        <translation>10 分</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Time span shown while following live data</source>
        <translation>ライブデータ追従時に表示する時間幅</translation>
    </message>
    <message>
        <source>Auto-scale Y</source>
        <translation>Y 軸自動スケール</translation>
    </message>
    <message>
        <source>Fit the value axes to the visible data. Off: drag and zoom them too.</source>
        <translation>値の軸を表示中のデータに合わせます。オフ: 軸もドラッグ・ズームできます。</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>カーソル</translation>
    </message>
    <message>
        <source>A vertical cursor that follows the mouse and reads every series</source>
        <translation>マウスに追従して全系列の値を読み取る縦カーソル</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Samples as CSV…</source>
        <translation>サンプルを CSV で…</translation>
    </message>
    <message>
        <source>Plot as PNG…</source>
        <translation>プロットを PNG で…</translation>
    </message>
    <message>
        <source>Plot as PDF…</source>
        <translation>プロットを PDF で…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Forget the recorded points of every plotted stream</source>
        <translation>プロット中の全ストリームの記録済みの点を破棄する</translation>
    </message>
    <message>
        <source>  Paused: recording continues</source>
        <translation>  一時停止中: 記録は継続しています</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>gattscope plots</source>
        <translation>gattscope プロット</translation>
    </message>
    <message>
        <source>Remove this stream from the plots</source>
        <translation>このストリームをプロットから削除する</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Export plots</source>
        <translation>プロットのエクスポート</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <source>Show the names of the series beside each plot</source>
        <translation>各プロットの横に系列名を表示する</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>Show the statistics table below the plots</source>
        <translation>プロットの下に統計表を表示する</translation>
    </message>
</context>
<context>
    <name>gattscope::PlotSetupDialog</name>
    <message>
        <source>Plot %1</source>
        <translation>%1 のプロット</translation>
    </message>
    <message>
        <source>gattscope does not know how the values of this characteristic are laid out. Describe their fields:</source>
        <translation>gattscope はこのキャラクタリスティックの値の構成を知りません。フィールドを記述してください:</translation>
    </message>
    <message>
        <source>Like Python&apos;s struct module: &lt; little-endian (default), &gt; big-endian; b/B int8/uint8, h/H int16/uint16, i/I int32/uint32, e/f/d float16/32/64, x a skipped byte, a count before a code repeats it (&lt;3h = &lt;hhh).</source>
        <translation>Python の struct モジュールと同様: &lt; リトルエンディアン（既定）、&gt; ビッグエンディアン、b/B int8/uint8、h/H int16/uint16、i/I int32/uint32、e/f/d float16/32/64、x 読み飛ばす 1 バイト、コードの前の数は繰り返し回数（&lt;3h = &lt;hhh）。</translation>
    </message>
    <message>
        <source>Field &amp;layout:</source>
        <translation>フィールドレイアウト(&amp;L):</translation>
    </message>
    <message>
        <source>x, y, z (comma-separated; empty: defaults)</source>
        <translation>x, y, z（カンマ区切り、空なら既定）</translation>
    </message>
    <message>
        <source>Field &amp;names:</source>
        <translation>フィールド名(&amp;N):</translation>
    </message>
    <message>
        <source>offset:</source>
        <translation>オフセット:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>スケール(&amp;S):</translation>
    </message>
    <message>
        <source>Every field is shown as raw × scale + offset</source>
        <translation>各フィールドは 生の値 × スケール + オフセット で表示されます</translation>
    </message>
    <message>
        <source>e.g. mg, °C</source>
        <translation>例: mg、°C</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>単位(&amp;U):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Time between two reads. A read still running when the next is due is skipped, so a slow link is never flooded.</source>
        <translation>読み取りの間隔。次の読み取り時刻に前の読み取りが終わっていなければ次をスキップするので、遅いリンクがあふれることはありません。</translation>
    </message>
    <message>
        <source>Read &amp;every:</source>
        <translation>読み取り間隔(&amp;E):</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>プロット</translation>
    </message>
    <message>
        <source>Enter a field layout, e.g. &lt;hhh for three little-endian int16 values.</source>
        <translation>フィールドレイアウトを入力してください。例: リトルエンディアンの int16 値 3 つなら &lt;hhh。</translation>
    </message>
    <message>
        <source>The scale &apos;%1&apos; is not a number.</source>
        <translation>スケール &apos;%1&apos; は数値ではありません。</translation>
    </message>
    <message>
        <source>The scale must not be zero.</source>
        <translation>スケールに 0 は使えません。</translation>
    </message>
    <message>
        <source>The offset &apos;%1&apos; is not a number.</source>
        <translation>オフセット &apos;%1&apos; は数値ではありません。</translation>
    </message>
    <message>
        <source>Field layout: %1</source>
        <translation>フィールドレイアウト: %1</translation>
    </message>
    <message>
        <source>The field layout has no fields.</source>
        <translation>フィールドレイアウトにフィールドがありません。</translation>
    </message>
    <message>
        <source>There are more names (%1) than fields (%2).</source>
        <translation>名前（%1）がフィールド（%2）より多くあります。</translation>
    </message>
    <message>
        <source>Each field needs its own name: &apos;%1&apos; is used twice.</source>
        <translation>各フィールドには固有の名前が必要です: &apos;%1&apos; が 2 回使われています。</translation>
    </message>
    <message numerus="yes">
        <source>Fields: %1 (%n byte(s))</source>
        <translation>
            <numerusform>フィールド: %1（%n バイト）</numerusform>
        </translation>
    </message>
    <message>
        <source>Current value: %1</source>
        <translation>現在の値: %1</translation>
    </message>
    <message numerus="yes">
        <source>The current value (%n byte(s)) does not fit: %1</source>
        <translation>
            <numerusform>現在の値（%n バイト）が合いません: %1</numerusform>
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
%2、ハンドル 0x%3
受信 %4 件、デコード不可 %5 件、値なし %6 件</translation>
    </message>
    <message>
        <source>Last decoding error: %1</source>
        <translation>最後のデコードエラー: %1</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
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
        <translation>レート (Hz)</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>欠落</translation>
    </message>
    <message>
        <source>At cursor</source>
        <translation>カーソル位置</translation>
    </message>
    <message>
        <source>Packets lost: %1 evicted from the notification memory before they were decoded, %2 dropped on their way in while the program was busy, %3 missing from the counter field. The plots break their lines where values were lost.</source>
        <translation>失われたパケット: デコード前に通知メモリから追い出されたもの %1、プログラムがビジーの間に受信時に破棄されたもの %2、カウンターフィールドから欠落しているもの %3。値が失われた箇所ではプロットの線が途切れます。</translation>
    </message>
</context>
<context>
    <name>gattscope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Memory for the notifications of every device together. Past it the oldest values are forgotten (plots and the status bar count them); recordings to a file keep everything.</source>
        <translation>すべてのデバイスの通知を合わせたメモリ。超えると最も古い値から忘れられます（プロットとステータスバーで件数を表示）。ファイルへの記録はすべて保持します。</translation>
    </message>
    <message>
        <source>Notification &amp;memory:</source>
        <translation>通知メモリ(&amp;M):</translation>
    </message>
    <message>
        <source>Rows the traffic log keeps; the oldest go first.</source>
        <translation>通信ログが保持する行数。古いものから削除されます。</translation>
    </message>
    <message>
        <source>Traffic &amp;log rows:</source>
        <translation>通信ログの行数(&amp;L):</translation>
    </message>
    <message>
        <source>Devices the scanner lists; past it the ones heard longest ago are removed. Connected devices always stay.</source>
        <translation>スキャナーに表示するデバイス数。超えると最も長く受信していないものから削除されます。接続中のデバイスは常に残ります。</translation>
    </message>
    <message>
        <source>&amp;Scanner devices:</source>
        <translation>スキャナーのデバイス数(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Read all values after discovery</source>
        <translation>探索後にすべての値を読み取る(&amp;R)</translation>
    </message>
    <message>
        <source>After connecting, read every readable characteristic and descriptor one after the other, so that the tree shows every value. The status bar shows the progress; Cancel stops it.</source>
        <translation>接続後、読み取り可能なキャラクタリスティックとディスクリプタを順に読み取り、ツリーにすべての値を表示します。ステータスバーに進捗が表示され、「キャンセル」で中止できます。</translation>
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
        <translation>%1 のレポートに RSSI がありません: バックエンドが報告しないため、プロットされません。</translation>
    </message>
    <message>
        <source>RSSI over time</source>
        <translation>RSSI の推移</translation>
    </message>
</context>
<context>
    <name>gattscope::ScannerFilterModel</name>
    <message>
        <source>Invalid regular expression at character %1: %2</source>
        <translation>正規表現が不正です（%1 文字目）: %2</translation>
    </message>
</context>
<context>
    <name>gattscope::ScannerModel</name>
    <message>
        <source>(unnamed)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1, %2 address</source>
        <translation>%1、%2 アドレス</translation>
    </message>
    <message>
        <source>Received signal strength of the last report, in dBm</source>
        <translation>最後のレポートの受信信号強度（dBm）</translation>
    </message>
    <message numerus="yes">
        <source>Last seen %1; first seen %2, %n report(s)</source>
        <translation>
            <numerusform>最終受信 %1、初回受信 %2、レポート %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Last advertising PDU: %1</source>
        <translation>最後のアドバタイズ PDU: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not seen for more than %n second(s)</source>
        <translation>
            <numerusform>%n 秒以上受信していません</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>RSSI</source>
        <translation>RSSI</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終受信</translation>
    </message>
    <message>
        <source>Connectable</source>
        <translation>接続可能</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>メーカー</translation>
    </message>
    <message>
        <source>Signal strength in dBm (higher is closer)</source>
        <translation>信号強度（dBm、高いほど近い）</translation>
    </message>
    <message>
        <source>Service UUIDs listed in the advert and scan response</source>
        <translation>アドバタイズとスキャンレスポンスに含まれるサービス UUID</translation>
    </message>
    <message>
        <source>Company of the manufacturer-specific data</source>
        <translation>メーカー固有データの企業</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>Connected: this window holds a link to it (it may stop advertising meanwhile)</source>
        <translation>接続中: このウィンドウがリンクを保持しています（その間アドバタイズを止めることがあります）</translation>
    </message>
    <message>
        <source>Only a scan response was heard so far</source>
        <translation>これまでスキャンレスポンスしか受信していません</translation>
    </message>
    <message>
        <source>The backend does not report the advertising PDU type (the system&apos;s Bluetooth stack hands out device properties): assumed connectable</source>
        <translation>バックエンドがアドバタイズ PDU の種類を報告しません（システムの Bluetooth スタックがデバイスのプロパティを渡します）: 接続可能とみなします</translation>
    </message>
    <message>
        <source>Not connectable: it sends ADV_NONCONN_IND (a broadcaster or beacon)</source>
        <translation>接続不可: ADV_NONCONN_IND を送信しています（ブロードキャスターまたはビーコン）</translation>
    </message>
    <message>
        <source>Not connectable: it sends ADV_SCAN_IND (scannable, not connectable)</source>
        <translation>接続不可: ADV_SCAN_IND を送信しています（スキャン可能、接続不可）</translation>
    </message>
    <message>
        <source>Not connectable: its advertisements do not accept connections</source>
        <translation>接続不可: アドバタイズが接続を受け付けません</translation>
    </message>
</context>
<context>
    <name>gattscope::ScannerPanel</name>
    <message>
        <source>Hide &amp;stale</source>
        <translation>古いものを隠す(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>Filter: name, address, service UUID, manufacturer</source>
        <translation>フィルター: 名前、アドレス、サービス UUID、メーカー</translation>
    </message>
    <message>
        <source>Min. RSSI:</source>
        <translation>最小 RSSI:</translation>
    </message>
    <message>
        <source>Hide devices weaker than this (dBm); leftmost shows all</source>
        <translation>これより弱いデバイスを隠す（dBm）。左端ですべて表示</translation>
    </message>
    <message numerus="yes">
        <source>Hide devices not heard for %n second(s)</source>
        <translation>
            <numerusform>%n 秒間受信していないデバイスを隠す</numerusform>
        </translation>
    </message>
    <message>
        <source>AD structure</source>
        <translation>AD 構造</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>デコード結果</translation>
    </message>
    <message>
        <source>Raw bytes</source>
        <translation>生のバイト</translation>
    </message>
    <message>
        <source>No devices yet. Choose a dongle and start a scan (F5).</source>
        <translation>デバイスはまだありません。ドングルを選んでスキャンを開始してください（F5）。</translation>
    </message>
    <message>
        <source>any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <source>No device matches the filter.</source>
        <translation>フィルターに一致するデバイスはありません。</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a device to see its advertising data.&lt;/i&gt;</source>
        <translation>&lt;i&gt;デバイスを選択するとアドバタイズデータを表示します。&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;tt&gt;%2&lt;/tt&gt; (%3) · %4 · %n report(s), last %5</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;tt&gt;%2&lt;/tt&gt;（%3）· %4 · レポート %n 件、最終 %5</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>RSSI unknown</source>
        <translation>RSSI 不明</translation>
    </message>
    <message>
        <source>[scan rsp] %1</source>
        <translation>[スキャンレスポンス] %1</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Advertising data</source>
        <translation>アドバタイズデータ</translation>
    </message>
    <message>
        <source>Scan response</source>
        <translation>スキャンレスポンス</translation>
    </message>
    <message>
        <source>Connect to the selected device</source>
        <translation>選択したデバイスに接続</translation>
    </message>
    <message>
        <source>Show hidden (%1)</source>
        <translation>非表示を表示 (%1)</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>非表示(&amp;H)</translation>
    </message>
    <message>
        <source>Leave the selected devices out of the list (&quot;Show hidden&quot; lists them again)</source>
        <translation>選択したデバイスを一覧から外します（「非表示を表示」で再び一覧に出ます）</translation>
    </message>
    <message>
        <source>&amp;Unhide</source>
        <translation>再表示(&amp;U)</translation>
    </message>
    <message>
        <source>Unhide &amp;all</source>
        <translation>すべて再表示(&amp;A)</translation>
    </message>
    <message>
        <source>Plot &amp;RSSI over time</source>
        <translation>RSSI の推移をプロット(&amp;R)</translation>
    </message>
    <message>
        <source>Plot the signal strength of the selected devices as reports arrive</source>
        <translation>選択したデバイスの信号強度をレポート受信ごとにプロットします</translation>
    </message>
    <message>
        <source>List the devices you hid (they stay hidden until you unhide them or quit)</source>
        <translation>非表示にしたデバイスを一覧に出します（再表示するか終了するまで非表示のままです）</translation>
    </message>
    <message>
        <source>Regular expression: the filter is one pattern, case-insensitive, searched in name, address, services and manufacturer (^ and $ anchor a field)</source>
        <translation>正規表現: フィルターは 1 つのパターンで、大文字小文字を区別せず、名前・アドレス・サービス・メーカーを検索します（^ と $ は各フィールドの先頭と末尾）</translation>
    </message>
    <message>
        <source>Regular expression, e.g. ^(heart|motion)</source>
        <translation>正規表現（例: ^(heart|motion)）</translation>
    </message>
</context>
<context>
    <name>gattscope::StartupScript</name>
    <message>
        <source>&apos;%1&apos; is not a field layout (e.g. &lt;hhh): %2</source>
        <translation>&apos;%1&apos; はフィールドレイアウトではありません（例: &lt;hhh）: %2</translation>
    </message>
    <message>
        <source>it has no fields</source>
        <translation>フィールドがありません</translation>
    </message>
    <message>
        <source>%1 has no characteristic %2</source>
        <translation>%1 にキャラクタリスティック %2 はありません</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID (use 2A37, 0x2A37 or the 128-bit form)</source>
        <translation>&apos;%1&apos; は UUID ではありません（2A37、0x2A37 または 128 ビット形式を使ってください）</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>--connect %1: no device called &apos;%1&apos; was heard within %2</source>
        <translation>--connect %1: &apos;%1&apos; という名前のデバイスを %2 以内に受信できませんでした</translation>
    </message>
    <message>
        <source>--connect %1: the connection was not established within %2</source>
        <translation>--connect %1: %2 以内に接続が確立されませんでした</translation>
    </message>
    <message>
        <source>--connect %1: %2</source>
        <translation>--connect %1: %2</translation>
    </message>
    <message>
        <source>--connect %1: %2 still running after %3</source>
        <translation>--connect %1: %3 経過しても %2 が実行中です</translation>
    </message>
    <message>
        <source>--connect %1: discovering its services did not finish within %2</source>
        <translation>--connect %1: サービスの探索が %2 以内に終わりませんでした</translation>
    </message>
    <message>
        <source>--connect %1: could not connect: %2</source>
        <translation>--connect %1: 接続できませんでした: %2</translation>
    </message>
    <message>
        <source>--connect %1: the device&apos;s tab was closed</source>
        <translation>--connect %1: デバイスのタブが閉じられました</translation>
    </message>
    <message>
        <source>%1 of %2 cannot be read</source>
        <translation>%2 の %1 は読み取れません</translation>
    </message>
    <message>
        <source>reading %1 of %2 failed: %3</source>
        <translation>%2 の %1 の読み取りに失敗しました: %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>%1 of %2 neither notifies nor indicates</source>
        <translation>%2 の %1 は Notify も Indicate もサポートしていません</translation>
    </message>
    <message>
        <source>subscribing to %1 of %2 failed: %3</source>
        <translation>%2 の %1 の購読に失敗しました: %3</translation>
    </message>
    <message>
        <source>%1 disconnected</source>
        <translation>%1 が切断されました</translation>
    </message>
</context>
<context>
    <name>gattscope::TrafficLogModel</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>ハンドル</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>16 進</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>デコード結果</translation>
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
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Freeze the view; entries keep being recorded and appear on resume</source>
        <translation>表示を固定します。エントリーは記録され続け、再開時に表示されます</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Remove every entry</source>
        <translation>すべてのエントリーを削除する</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the selected rows as text</source>
        <translation>選択した行をテキストとしてコピーする</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save the shown entries as CSV, JSON Lines or btsnoop (Wireshark)</source>
        <translation>表示中のエントリーを CSV、JSON Lines、btsnoop（Wireshark）で保存する</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n waiting</source>
        <translation>
            <numerusform>、待機 %n 件</numerusform>
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
        <translation>Wireshark 用 btsnoop キャプチャ (*.btsnoop *.cfa)</translation>
    </message>
    <message>
        <source>Save traffic log as btsnoop</source>
        <translation>通信ログを btsnoop で保存</translation>
    </message>
    <message>
        <source>Save traffic log</source>
        <translation>通信ログの保存</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>, %n not shown</source>
        <translation>
            <numerusform>、%n 件非表示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n oldest removed</source>
        <translation>
            <numerusform>、古いもの %n 件を削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not shown: notifications that came faster than the log shows them (at most %n row(s) per update; the newest are shown). They are still recorded for the plots and for recordings to a file.</source>
        <translation>
            <numerusform>非表示: ログの表示より速く届いた通知（1 回の更新で最大 %n 行、最新のものを表示）。プロットとファイルへの記録には引き続き記録されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Oldest removed: rows removed to keep the log within %n row(s) (File → Preferences).</source>
        <translation>
            <numerusform>古いものを削除: ログを %n 行以内に保つために削除した行（ファイル → 設定）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: device, handle, name, hex, value… (Ctrl+F)</source>
        <translation>フィルター: デバイス、ハンドル、名前、16 進、値…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter the traffic log</source>
        <translation>通信ログを絞り込む</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>両方向</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Sent: writes. Received: reads, notifications and indications.</source>
        <translation>送信: 書き込み。受信: 読み取り、通知、インディケーション。</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Indications</source>
        <translation>インディケーション</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Events: connected, discovered, disconnected, dongle errors, dropped values. Errors: every entry that failed.</source>
        <translation>イベント: 接続、探索、切断、ドングルのエラー、破棄された値。エラー: 失敗したすべてのエントリ。</translation>
    </message>
    <message>
        <source>Show the entries of one device</source>
        <translation>1 台のデバイスのエントリを表示</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>すべてのデバイス</translation>
    </message>
    <message numerus="yes">
        <source>Paused — %n waiting</source>
        <translation>
            <numerusform>一時停止中 — 待機 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%n 件中 %1 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::ValueEditor</name>
    <message>
        <source>Type hex digits; Insert toggles overwrite/insert; Tab switches to the ASCII column</source>
        <translation>16 進数字を入力。Insert で上書き/挿入を切り替え、Tab で ASCII 列に移動</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>16 進</translation>
    </message>
    <message>
        <source>UTF-8 text. Bytes that are not UTF-8 appear as \xNN and can be typed that way.</source>
        <translation>UTF-8 テキスト。UTF-8 でないバイトは \xNN と表示され、その形で入力できます。</translation>
    </message>
    <message>
        <source>Text (UTF-8)</source>
        <translation>テキスト (UTF-8)</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>値:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>Type a value, e.g. 42 or 23.5</source>
        <translation>値を入力（例: 42 や 23.5）</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>新しい値:</translation>
    </message>
    <message>
        <source>e.g. &lt;hhh for three little-endian int16</source>
        <translation>例: リトルエンディアン int16 × 3 なら &lt;hhh</translation>
    </message>
    <message>
        <source>A struct-style layout for vendor values: b/B int8/uint8, h/H int16/uint16, i/I int32/uint32, f float32, d float64, x pad byte; &apos;&lt;&apos; little-endian, &apos;&gt;&apos; big-endian</source>
        <translation>ベンダー値用の struct 形式のレイアウト: b/B int8/uint8、h/H int16/uint16、i/I int32/uint32、f float32、d float64、x パディングバイト、&apos;&lt;&apos; リトルエンディアン、&apos;&gt;&apos; ビッグエンディアン</translation>
    </message>
    <message>
        <source>Field layout:</source>
        <translation>フィールドレイアウト:</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>型付き</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>読み取り(&amp;R)</translation>
    </message>
    <message>
        <source>Read Request (continues with Read Blob when the value fills the PDU)  Ctrl+R</source>
        <translation>Read Request（値が PDU いっぱいなら Read Blob で続行）  Ctrl+R</translation>
    </message>
    <message>
        <source>Read &amp;long</source>
        <translation>ロング読み取り(&amp;L)</translation>
    </message>
    <message>
        <source>Read Request followed by Read Blob Requests until the value ends</source>
        <translation>Read Request の後、値の終わりまで Read Blob Request を続ける</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>書き込み(&amp;W)</translation>
    </message>
    <message>
        <source>Write Request: the device answers  Ctrl+W</source>
        <translation>Write Request: デバイスが応答します  Ctrl+W</translation>
    </message>
    <message>
        <source>Write w/o &amp;response</source>
        <translation>応答なし書き込み(&amp;R)</translation>
    </message>
    <message>
        <source>Write without response (ATT Write Command): no answer from the device</source>
        <translation>応答なし書き込み（ATT Write Command）: デバイスは応答しません</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 &amp;nbsp; &lt;tt&gt;%3&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 &amp;nbsp; &lt;tt&gt;%3&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a characteristic or descriptor.&lt;/i&gt;</source>
        <translation>&lt;i&gt;キャラクタリスティックまたはディスクリプタを選択してください。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>cached value</source>
        <translation>キャッシュされた値</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) are not valid UTF-8 and are shown as \xNN.</source>
        <translation>
            <numerusform>%n バイトが有効な UTF-8 ではないため \xNN で表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み取り中…</translation>
    </message>
    <message>
        <source>Read failed: %1</source>
        <translation>読み取りに失敗しました: %1</translation>
    </message>
    <message>
        <source>Last read %1</source>
        <translation>最終読み取り %1</translation>
    </message>
    <message numerus="yes">
        <source>Read %n byte(s).</source>
        <translation>
            <numerusform>%n バイト読み取りました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Read cancelled.</source>
        <translation>読み取りを取り消しました。</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 を読み取り中</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n byte(s)…</source>
        <translation>
            <numerusform>%n バイトを書き込み中…</numerusform>
        </translation>
    </message>
    <message>
        <source>Write failed: %1</source>
        <translation>書き込みに失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n byte(s) (no response expected).</source>
        <translation>
            <numerusform>%n バイト送信しました（応答なし）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n byte(s); the device accepted them.</source>
        <translation>
            <numerusform>%n バイト書き込み、デバイスが受け入れました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write cancelled.</source>
        <translation>書き込みを取り消しました。</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>%1 を書き込み中</translation>
    </message>
    <message>
        <source>Nothing to read now.</source>
        <translation>今は読み取るものがありません。</translation>
    </message>
</context>
</TS>
