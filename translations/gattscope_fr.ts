<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>gattscope::AboutDialog</name>
    <message>
        <source>About gattscope</source>
        <translation>À propos de gattscope</translation>
    </message>
    <message>
        <source>&lt;h2&gt;gattscope %1&lt;/h2&gt;&lt;p&gt;A desktop explorer for Bluetooth Low Energy GATT devices.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3. QCustomPlot draws the plots.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;gattscope %1&lt;/h2&gt;&lt;p&gt;Un explorateur de bureau pour les appareils GATT Bluetooth Low Energy.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3. QCustomPlot dessine les graphiques.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Bluetooth assigned numbers&lt;/b&gt; (names of services, characteristics, descriptors, company identifiers and appearances) come from the Nordic Semiconductor &lt;i&gt;bluetooth-numbers-database&lt;/i&gt;, used under the BSD 3-clause licence below.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les &lt;b&gt;numéros attribués Bluetooth&lt;/b&gt; (noms des services, caractéristiques, descripteurs, identifiants d&apos;entreprise et apparences) proviennent de la &lt;i&gt;bluetooth-numbers-database&lt;/i&gt; de Nordic Semiconductor, utilisée sous la licence BSD à 3 clauses ci-dessous.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The licence text is missing from this build.</source>
        <translation>Le texte de la licence manque dans cette version.</translation>
    </message>
</context>
<context>
    <name>gattscope::AppCatalog</name>
    <message>
        <source>A virtual BLED112 with virtual devices, in this program: no hardware needed</source>
        <translation>Un BLED112 virtuel avec des appareils virtuels, dans ce programme&#xa0;: aucun matériel nécessaire</translation>
    </message>
</context>
<context>
    <name>gattscope::BackendController</name>
    <message>
        <source>The adapter is switched on.</source>
        <translation>L&apos;adaptateur est allumé.</translation>
    </message>
    <message>
        <source>Could not switch the adapter on: %1</source>
        <translation>Impossible d&apos;allumer l&apos;adaptateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Switching %1 on</source>
        <translation>Allumage de %1</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Switch On</source>
        <translation>Allumer</translation>
    </message>
    <message>
        <source>Switch it on to scan and connect?</source>
        <translation>L&apos;allumer pour scanner et se connecter&#xa0;?</translation>
    </message>
    <message>
        <source>The Bluetooth adapter %1 is switched off.</source>
        <translation>L&apos;adaptateur Bluetooth %1 est éteint.</translation>
    </message>
    <message>
        <source>Bluetooth adapter switched off</source>
        <translation>Adaptateur Bluetooth éteint</translation>
    </message>
    <message>
        <source>%1 · switched off</source>
        <translation>%1 · éteint</translation>
    </message>
    <message>
        <source>The adapter is switched off. Switch it on to scan.</source>
        <translation>L&apos;adaptateur est éteint. Allumez-le pour scanner.</translation>
    </message>
    <message>
        <source>The dongle is back.</source>
        <translation>Le dongle est de retour.</translation>
    </message>
    <message>
        <source>Looking for %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <source>%1 plugged in: choose it in the tool bar to use it.</source>
        <translation>%1 branché&#xa0;: choisissez-le dans la barre d&apos;outils pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>No dongle found</source>
        <translation>Aucun dongle trouvé</translation>
    </message>
    <message>
        <source>No Bluetooth dongle found: using the Demo dongle, a virtual BLED112 with virtual devices. Plug in a BLED112 and pick it in the tool bar.</source>
        <translation>Aucun dongle Bluetooth trouvé&#xa0;: utilisation du dongle de démo, un BLED112 virtuel avec des appareils virtuels. Branchez un BLED112 et choisissez-le dans la barre d&apos;outils.</translation>
    </message>
    <message>
        <source>No dongle found. Plug in a BLED112 or start gattscope with --demo.</source>
        <translation>Aucun dongle trouvé. Branchez un BLED112 ou lancez gattscope avec --demo.</translation>
    </message>
    <message>
        <source>No dongle found.</source>
        <translation>Aucun dongle trouvé.</translation>
    </message>
    <message>
        <source>Choose a dongle in the tool bar.</source>
        <translation>Choisissez un dongle dans la barre d&apos;outils.</translation>
    </message>
    <message>
        <source>Several dongles were found; choose one in the tool bar.</source>
        <translation>Plusieurs dongles ont été trouvés&#xa0;; choisissez-en un dans la barre d&apos;outils.</translation>
    </message>
    <message>
        <source>no backend for this URI</source>
        <translation>aucun backend pour cette URI</translation>
    </message>
    <message>
        <source>Your virtual peripherals could not be loaded (%1); the Demo dongle serves its built-in devices.</source>
        <translation>Vos périphériques virtuels n&apos;ont pas pu être chargés (%1)&#xa0;; le dongle de démo sert ses appareils intégrés.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not open %1. Choose another dongle.</source>
        <translation>Impossible d&apos;ouvrir %1. Choisissez un autre dongle.</translation>
    </message>
    <message>
        <source>Dongle error: %1</source>
        <translation>Erreur du dongle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <source>Could not open the dongle: %1</source>
        <translation>Impossible d&apos;ouvrir le dongle&#xa0;: %1</translation>
    </message>
    <message>
        <source>The dongle did not open: %1</source>
        <translation>Le dongle ne s&apos;est pas ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>No devices yet. Press F5 to scan.</source>
        <translation>Aucun appareil pour l&apos;instant. Appuyez sur F5 pour scanner.</translation>
    </message>
    <message>
        <source>No dongle</source>
        <translation>Aucun dongle</translation>
    </message>
    <message>
        <source>%1 (your virtual peripherals)</source>
        <translation>%1 (vos périphériques virtuels)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Serving: %1</source>
        <translation>Sert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scanning… no devices heard yet.</source>
        <translation>Scan en cours… aucun appareil reçu pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Choose a dongle first.</source>
        <translation>Choisissez d&apos;abord un dongle.</translation>
    </message>
    <message>
        <source>Could not start scanning: %1</source>
        <translation>Impossible de démarrer le scan&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not stop scanning: %1</source>
        <translation>Impossible d&apos;arrêter le scan&#xa0;: %1</translation>
    </message>
    <message>
        <source>This build has no Demo dongle.</source>
        <translation>Cette version n&apos;a pas de dongle de démo.</translation>
    </message>
    <message>
        <source>Virtual peripherals not loaded: %1</source>
        <translation>Périphériques virtuels non chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The Demo dongle serves its built-in virtual devices.</source>
        <translation>Le dongle de démo sert ses appareils virtuels intégrés.</translation>
    </message>
    <message numerus="yes">
        <source>The Demo dongle now serves the virtual peripherals of %n file(s).</source>
        <translation>
            <numerusform>Le dongle de démo sert maintenant les périphériques virtuels de %n fichier.</numerusform>
            <numerusform>Le dongle de démo sert maintenant les périphériques virtuels de %n fichiers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::BondsDialog</name>
    <message>
        <source>Bonds</source>
        <translation>Liaisons (bonding)</translation>
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
        <translation>Taille de clé</translation>
    </message>
    <message>
        <source>MITM</source>
        <translation>MITM</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected bond: the device must pair again</source>
        <translation>Supprimer la liaison sélectionnée : l’appareil devra refaire l’appairage</translation>
    </message>
    <message>
        <source>Remove &amp;all</source>
        <translation>Supprimer &amp;tout</translation>
    </message>
    <message>
        <source>Delete every bond the radio holds</source>
        <translation>Supprimer toutes les liaisons que la radio conserve</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>No dongle is open.</source>
        <translation>Aucun dongle n’est ouvert.</translation>
    </message>
    <message>
        <source>This backend (%1) cannot list or remove bonds: the system keeps them (on Linux, bluetoothctl devices Paired and bluetoothctl remove).</source>
        <translation>Ce backend (%1) ne peut ni lister ni supprimer les liaisons&#xa0;: le système les conserve (sous Linux, bluetoothctl devices Paired et bluetoothctl remove).</translation>
    </message>
    <message>
        <source>Reading the bonds…</source>
        <translation>Lecture des liaisons…</translation>
    </message>
    <message>
        <source>This backend cannot list bonds: %1</source>
        <translation>Ce backend ne peut pas lister les liaisons&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the bonds: %1</source>
        <translation>Impossible de lire les liaisons&#xa0;: %1</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(inconnu)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>The radio holds no bonds.</source>
        <translation>La radio ne conserve aucune liaison.</translation>
    </message>
    <message numerus="yes">
        <source>The radio holds %n bond(s).</source>
        <translation>
            <numerusform>La radio conserve %n liaison.</numerusform>
            <numerusform>La radio conserve %n liaisons.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing every bond…</source>
        <translation>Suppression de toutes les liaisons…</translation>
    </message>
    <message>
        <source>Removing bond %1…</source>
        <translation>Suppression de la liaison %1…</translation>
    </message>
    <message>
        <source>This backend cannot remove bonds: %1</source>
        <translation>Ce backend ne peut pas supprimer les liaisons&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot remove the bond: %1</source>
        <translation>Impossible de supprimer la liaison&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>gattscope::CccdEditor</name>
    <message>
        <source>&amp;Notify (bit 0)</source>
        <translation>&amp;Notification (bit 0)</translation>
    </message>
    <message>
        <source>&amp;Indicate (bit 1)</source>
        <translation>&amp;Indication (bit 1)</translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation>Abonnement&#xa0;:</translation>
    </message>
    <message>
        <source>The raw descriptor value in hex. Any bytes may be written; the device decides.</source>
        <translation>La valeur brute du descripteur en hexadécimal. Tous les octets peuvent être écrits&#xa0;; l&apos;appareil décide.</translation>
    </message>
    <message>
        <source>e.g. 01 00</source>
        <translation>p. ex. 01 00</translation>
    </message>
    <message>
        <source>Raw value:</source>
        <translation>Valeur brute&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>É&amp;crire</translation>
    </message>
    <message>
        <source>Write Request with the raw value</source>
        <translation>Write Request avec la valeur brute</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <source>Read the descriptor back from the device</source>
        <translation>Relire le descripteur depuis l&apos;appareil</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a Client Characteristic Configuration descriptor.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Sélectionnez un descripteur Client Characteristic Configuration.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Client Characteristic Configuration&lt;/b&gt; %1 of &lt;b&gt;%2&lt;/b&gt; (value %3)</source>
        <translation>&lt;b&gt;Client Characteristic Configuration&lt;/b&gt; %1 de &lt;b&gt;%2&lt;/b&gt; (valeur %3)</translation>
    </message>
    <message>
        <source>Ask the device to send notifications</source>
        <translation>Demander à l&apos;appareil d&apos;envoyer des notifications</translation>
    </message>
    <message>
        <source>The characteristic does not declare Notify; the device may refuse</source>
        <translation>La caractéristique ne déclare pas Notify&#xa0;; l&apos;appareil peut refuser</translation>
    </message>
    <message>
        <source>Ask the device to send indications</source>
        <translation>Demander à l&apos;appareil d&apos;envoyer des indications</translation>
    </message>
    <message>
        <source>The characteristic does not declare Indicate; the device may refuse</source>
        <translation>La caractéristique ne déclare pas Indicate&#xa0;; l&apos;appareil peut refuser</translation>
    </message>
    <message>
        <source>Last known value: %1</source>
        <translation>Dernière valeur connue&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (not the 2 bytes a CCCD holds)</source>
        <translation>%1 (pas les 2 octets d&apos;un CCCD)</translation>
    </message>
    <message>
        <source>notifications</source>
        <translation>notifications</translation>
    </message>
    <message>
        <source>indications</source>
        <translation>indications</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivées</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source> on</source>
        <translation> activées</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>The device accepted %1.</source>
        <translation>L&apos;appareil a accepté %1.</translation>
    </message>
    <message>
        <source>The device refused %1: %2</source>
        <translation>L&apos;appareil a refusé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Write cancelled.</source>
        <translation>Écriture annulée.</translation>
    </message>
    <message>
        <source>Writing CCCD of %1</source>
        <translation>Écriture du CCCD de %1</translation>
    </message>
    <message>
        <source>The device holds %1.</source>
        <translation>L&apos;appareil contient %1.</translation>
    </message>
    <message>
        <source>Read failed: %1</source>
        <translation>Échec de la lecture&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read cancelled.</source>
        <translation>Lecture annulée.</translation>
    </message>
    <message>
        <source>Reading CCCD of %1</source>
        <translation>Lecture du CCCD de %1</translation>
    </message>
</context>
<context>
    <name>gattscope::ConnectionParametersDialog</name>
    <message>
        <source>Connection Parameters</source>
        <translation>Paramètres de connexion</translation>
    </message>
    <message>
        <source>Ask %1 to use new connection parameters. The device may accept other values than those asked for; the link panel shows what it runs with.</source>
        <translation>Demande à %1 d&apos;utiliser de nouveaux paramètres de connexion. L&apos;appareil peut accepter d&apos;autres valeurs que celles demandées&#xa0;; le panneau de liaison montre celles avec lesquelles il fonctionne.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>7.5 ms to 4 s, in steps of 1.25 ms</source>
        <translation>7,5 ms à 4 s, par pas de 1,25 ms</translation>
    </message>
    <message>
        <source>Connection &amp;interval:</source>
        <translation>&amp;Intervalle de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Connection events the device may skip when it has nothing to send: 0 to 499</source>
        <translation>Événements de connexion que l&apos;appareil peut sauter quand il n&apos;a rien à envoyer&#xa0;: 0 à 499</translation>
    </message>
    <message>
        <source>Peripheral &amp;latency:</source>
        <translation>&amp;Latence du périphérique&#xa0;:</translation>
    </message>
    <message>
        <source>100 ms to 32 s, in steps of 10 ms; longer than (1 + latency) × interval × 2</source>
        <translation>100 ms à 32 s, par pas de 10 ms&#xa0;; plus long que (1 + latence) × intervalle × 2</translation>
    </message>
    <message>
        <source>&amp;Supervision timeout:</source>
        <translation>Délai de &amp;supervision&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Demander</translation>
    </message>
    <message>
        <source>The connection interval must lie between 7.5 ms and 4 s.</source>
        <translation>L&apos;intervalle de connexion doit être compris entre 7,5 ms et 4 s.</translation>
    </message>
    <message>
        <source>The connection interval must be a multiple of 1.25 ms.</source>
        <translation>L&apos;intervalle de connexion doit être un multiple de 1,25 ms.</translation>
    </message>
    <message>
        <source>The peripheral latency must lie between 0 and 499 connection events.</source>
        <translation>La latence du périphérique doit être comprise entre 0 et 499 événements de connexion.</translation>
    </message>
    <message>
        <source>The supervision timeout must lie between 100 ms and 32 s.</source>
        <translation>Le délai de supervision doit être compris entre 100 ms et 32 s.</translation>
    </message>
    <message>
        <source>The supervision timeout must be a multiple of 10 ms.</source>
        <translation>Le délai de supervision doit être un multiple de 10 ms.</translation>
    </message>
    <message>
        <source>The supervision timeout must be longer than (1 + latency) × interval × 2 = %1.</source>
        <translation>Le délai de supervision doit être plus long que (1 + latence) × intervalle × 2 = %1.</translation>
    </message>
    <message>
        <source>Requests %1 (interval / latency / supervision timeout).</source>
        <translation>Demande %1 (intervalle / latence / délai de supervision).</translation>
    </message>
</context>
<context>
    <name>gattscope::CoreBridge</name>
    <message>
        <source>Parse error</source>
        <translation>Erreur d&apos;analyse</translation>
    </message>
</context>
<context>
    <name>gattscope::DeviceTab</name>
    <message>
        <source>&amp;Subscribe</source>
        <translation>S&apos;&amp;abonner</translation>
    </message>
    <message>
        <source>Enable notifications (or indications) of the selected characteristic</source>
        <translation>Activer les notifications (ou indications) de la caractéristique sélectionnée</translation>
    </message>
    <message>
        <source>Re&amp;discover</source>
        <translation>Re&amp;découvrir</translation>
    </message>
    <message>
        <source>Discover services, characteristics and descriptors again</source>
        <translation>Découvrir à nouveau les services, caractéristiques et descripteurs</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>Re&amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <source>&amp;Plot notifications</source>
        <translation>&amp;Tracer les notifications</translation>
    </message>
    <message>
        <source>Subscribe if needed and plot the decoded values as they arrive (Ctrl+Shift+P)</source>
        <translation>S&apos;abonner si nécessaire et tracer les valeurs décodées à leur arrivée (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Plot by p&amp;olling…</source>
        <translation>Tracer par interr&amp;ogation…</translation>
    </message>
    <message>
        <source>Read the characteristic at an interval and plot the decoded values</source>
        <translation>Lire la caractéristique à intervalle régulier et tracer les valeurs décodées</translation>
    </message>
    <message>
        <source>Select a characteristic or descriptor to see and edit its value.</source>
        <translation>Sélectionnez une caractéristique ou un descripteur pour voir et modifier sa valeur.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;tt&gt;%2&lt;/tt&gt; &amp;nbsp; %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;tt&gt;%2&lt;/tt&gt; &amp;nbsp; %3</translation>
    </message>
    <message>
        <source>%1 disconnected: %2</source>
        <translation>%1 déconnecté&#xa0;: %2</translation>
    </message>
    <message>
        <source>Discovery failed: %1</source>
        <translation>Échec de la découverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Discovering %1</source>
        <translation>Découverte de %1</translation>
    </message>
    <message>
        <source>Disconnecting %1</source>
        <translation>Déconnexion de %1</translation>
    </message>
    <message>
        <source>Subscribing failed: %1</source>
        <translation>Échec de l&apos;abonnement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Subscribing to %1</source>
        <translation>Abonnement à %1</translation>
    </message>
    <message>
        <source>Unsubscribing from %1</source>
        <translation>Désabonnement de %1</translation>
    </message>
    <message>
        <source>Reading the names of %1</source>
        <translation>Lecture des noms de %1</translation>
    </message>
    <message>
        <source>Reading descriptors of %1</source>
        <translation>Lecture des descripteurs de %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Select a characteristic or descriptor to read</source>
        <translation>Sélectionnez une caractéristique ou un descripteur à lire</translation>
    </message>
    <message>
        <source>%1 cannot be read (no Read property)</source>
        <translation>%1 ne peut pas être lu (pas de propriété Read)</translation>
    </message>
    <message>
        <source>Select a characteristic or descriptor to write</source>
        <translation>Sélectionnez une caractéristique ou un descripteur à écrire</translation>
    </message>
    <message>
        <source>%1 cannot be written (no Write property)</source>
        <translation>%1 ne peut pas être écrit (pas de propriété Write)</translation>
    </message>
    <message>
        <source>P&amp;air…</source>
        <translation>&amp;Appairer…</translation>
    </message>
    <message>
        <source>Pair and retry</source>
        <translation>Appairer et réessayer</translation>
    </message>
    <message>
        <source>Raise the link&apos;s security level and let the system pair (this backend cannot take a passkey or tell whether pairing worked)</source>
        <translation>Élever le niveau de sécurité de la liaison et laisser le système faire l’appairage (ce backend ne peut ni recevoir de passkey ni dire si l’appairage a réussi)</translation>
    </message>
    <message>
        <source>Pair with the device and keep the bond (asks for a passkey when the device wants one)</source>
        <translation>Appairer l’appareil et conserver la liaison (demande le passkey si l’appareil en exige un)</translation>
    </message>
    <message>
        <source>%1 needs a paired (encrypted) link: %2</source>
        <translation>%1 exige une liaison appairée (chiffrée)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Pairing is already running</source>
        <translation>L’appairage est déjà en cours</translation>
    </message>
    <message>
        <source>Enter %1 on %2 to pair.</source>
        <translation>Saisissez %1 sur %2 pour l’appairage.</translation>
    </message>
    <message>
        <source>Pairing with %1</source>
        <translation>Appairage avec %1</translation>
    </message>
    <message>
        <source>Security level raised for %1; the system pairs when the device asks (a read of a protected value tells whether it worked).</source>
        <translation>Niveau de sécurité élevé pour %1&#xa0;; le système fait l’appairage quand l’appareil le demande (la lecture d’une valeur protégée dira s’il a réussi).</translation>
    </message>
    <message>
        <source>Paired with %1: %2.</source>
        <translation>Appairé avec %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Pairing with %1 cancelled.</source>
        <translation>Appairage avec %1 annulé.</translation>
    </message>
    <message>
        <source>Pairing with %1 failed: %2</source>
        <translation>Échec de l’appairage avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading the values of %1</source>
        <translation>Lecture des valeurs de %1</translation>
    </message>
    <message numerus="yes">
        <source>Read the values of %1; %n could not be read (the traffic log says why).</source>
        <translation>
            <numerusform>Valeurs de %1 lues&#xa0;; %n n&apos;a pas pu être lue (le journal du trafic dit pourquoi).</numerusform>
            <numerusform>Valeurs de %1 lues&#xa0;; %n n&apos;ont pas pu être lues (le journal du trafic dit pourquoi).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 disconnected while its values were read: %2 of %3 read.</source>
        <translation>%1 s&apos;est déconnecté pendant la lecture de ses valeurs&#xa0;: %2 sur %3 lues.</translation>
    </message>
</context>
<context>
    <name>gattscope::FilesController</name>
    <message>
        <source>The device&apos;s services are not known yet: wait for discovery to finish.</source>
        <translation>Les services de l&apos;appareil ne sont pas encore connus&#xa0;: attendez la fin de la découverte.</translation>
    </message>
    <message>
        <source>Save as virtual peripheral</source>
        <translation>Enregistrer comme périphérique virtuel</translation>
    </message>
    <message>
        <source>The services of %1 are not known yet: connect and let discovery finish first.</source>
        <translation>Les services de %1 ne sont pas encore connus&#xa0;: connectez-vous et laissez d&apos;abord la découverte se terminer.</translation>
    </message>
    <message>
        <source>Virtual peripheral profiles (*.json)</source>
        <translation>Profils de périphériques virtuels (*.json)</translation>
    </message>
    <message>
        <source>Could not save %1:
%2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Saved %1 as %2. Load it with File → Load virtual peripherals… or gattscope-sim --profile.</source>
        <translation>%1 enregistré sous %2. Chargez-le avec Fichier → Charger des périphériques virtuels… ou gattscope-sim --profile.</translation>
    </message>
    <message>
        <source>Some things could not be copied exactly:</source>
        <translation>Certains éléments n&apos;ont pas pu être copiés à l&apos;identique&#xa0;:</translation>
    </message>
    <message>
        <source>Load virtual peripherals</source>
        <translation>Charger des périphériques virtuels</translation>
    </message>
    <message>
        <source>Virtual peripheral profiles (*.json);;All files (*)</source>
        <translation>Profils de périphériques virtuels (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The virtual peripherals were not loaded; the dongle in use keeps running as it was.

%1</source>
        <translation>Les périphériques virtuels n&apos;ont pas été chargés&#xa0;; le dongle utilisé continue de fonctionner comme avant.

%1</translation>
    </message>
    <message>
        <source>Built-in virtual peripherals</source>
        <translation>Périphériques virtuels intégrés</translation>
    </message>
    <message numerus="yes">
        <source>The Demo dongle restarts with the new devices: %n connection(s) will be closed. Continue?</source>
        <translation>
            <numerusform>Le dongle de démo redémarre avec les nouveaux appareils&#xa0;: %n connexion sera fermée. Continuer&#xa0;?</numerusform>
            <numerusform>Le dongle de démo redémarre avec les nouveaux appareils&#xa0;: %n connexions seront fermées. Continuer&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving %1 cancelled: nothing was written.</source>
        <translation>Enregistrement de %1 annulé&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) could not be read; the virtual peripheral answers them empty:</source>
        <translation>
            <numerusform>%n valeur n&apos;a pas pu être lue&#xa0;; le périphérique virtuel la renvoie vide&#xa0;:</numerusform>
            <numerusform>%n valeurs n&apos;ont pas pu être lues&#xa0;; le périphérique virtuel les renvoie vides&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::GattTreeModel</name>
    <message>
        <source>%1
This name is the device&apos;s own User Description (0x2901).</source>
        <translation>%1
Ce nom est la User Description (0x2901) propre à l&apos;appareil.</translation>
    </message>
    <message>
        <source>%1
Vendor UUID %2. Double-click (or F2) to give it a name.</source>
        <translation>%1
UUID propriétaire %2. Double-cliquez (ou F2) pour lui donner un nom.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Declaration %1, value %2, last handle %3</source>
        <translation>Déclaration %1, valeur %2, dernier handle %3</translation>
    </message>
    <message>
        <source>R read · W write · WnR write without response · N notify · I indicate · Auth signed writes · Ext extended properties</source>
        <translation>R lecture · W écriture · WnR écriture sans réponse · N notification · I indication · Auth écritures signées · Ext propriétés étendues</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s): %1</source>
        <translation>
            <numerusform>%n octet&#xa0;: %1</numerusform>
            <numerusform>%n octets&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Pas encore lu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
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
        <translation>Contact du capteur</translation>
    </message>
    <message>
        <source>No sensor contact</source>
        <translation>Pas de contact du capteur</translation>
    </message>
    <message>
        <source>Contact not reported</source>
        <translation>Contact non signalé</translation>
    </message>
    <message>
        <source>Waiting for data</source>
        <translation>En attente de données</translation>
    </message>
</context>
<context>
    <name>gattscope::HexEditor</name>
    <message>
        <source>No bytes. Type hex digits to add some.</source>
        <translation>Aucun octet. Tapez des chiffres hexadécimaux pour en ajouter.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hex digit</source>
        <translation>« %1 » n&apos;est pas un chiffre hexadécimal</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Copy as &amp;hex</source>
        <translation>Copier en &amp;hexadécimal</translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation>Copier en &amp;texte</translation>
    </message>
    <message>
        <source>&amp;Paste hex</source>
        <translation>&amp;Coller de l&apos;hexadécimal</translation>
    </message>
    <message>
        <source>Paste te&amp;xt</source>
        <translation>Coller du te&amp;xte</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Overwrite mode</source>
        <translation>Mode &amp;écrasement</translation>
    </message>
    <message>
        <source>The clipboard does not hold hex: %1</source>
        <translation>Le presse-papiers ne contient pas d&apos;hexadécimal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
</context>
<context>
    <name>gattscope::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <extracomment>View → Language: follow the desktop&apos;s language; %1 is that language&apos;s own name.</extracomment>
        <translation>&amp;Système (%1)</translation>
    </message>
</context>
<context>
    <name>gattscope::LinkPanel</name>
    <message>
        <source>Connection &amp;parameters…</source>
        <translation>&amp;Paramètres de connexion…</translation>
    </message>
    <message>
        <source>Connection parameters not reported by this backend</source>
        <translation>Paramètres de connexion non fournis par ce backend</translation>
    </message>
    <message>
        <source>Interval %1</source>
        <translation>Intervalle %1</translation>
    </message>
    <message>
        <source>Latency %1</source>
        <translation>Latence %1</translation>
    </message>
    <message>
        <source>Supervision timeout %1</source>
        <translation>Délai de supervision %1</translation>
    </message>
    <message>
        <source>MTU %1</source>
        <translation>MTU %1</translation>
    </message>
    <message>
        <source>Ask the device for a new connection interval, peripheral latency and supervision timeout</source>
        <translation>Demander à l&apos;appareil un nouvel intervalle de connexion, une nouvelle latence et un nouveau délai de supervision</translation>
    </message>
    <message>
        <source>This backend cannot read or request connection parameters: the system&apos;s Bluetooth stack chooses them</source>
        <translation>Ce backend ne peut ni lire ni demander les paramètres de connexion&#xa0;: la pile Bluetooth du système les choisit</translation>
    </message>
    <message>
        <source>Requesting connection parameters of %1</source>
        <translation>Demande des paramètres de connexion de %1</translation>
    </message>
    <message>
        <source>Requesting %1…</source>
        <translation>Demande de %1…</translation>
    </message>
    <message>
        <source>Request cancelled</source>
        <translation>Demande annulée</translation>
    </message>
    <message>
        <source>The device accepted %1</source>
        <translation>L&apos;appareil a accepté %1</translation>
    </message>
    <message>
        <source>Request failed: %1</source>
        <translation>Échec de la demande&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>gattscope::Main</name>
    <message>
        <source>--screenshot-delay takes milliseconds from 0 to %1, not &apos;%2&apos;</source>
        <translation>--screenshot-delay attend des millisecondes de 0 à %1, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--window-size takes &lt;width&gt;x&lt;height&gt;, each from %1 to %2 pixels, not &apos;%3&apos;</source>
        <translation>--window-size attend &lt;width&gt;x&lt;height&gt;, chacun de %1 à %2 pixels, pas «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (choose one of: %2)</source>
        <translation>langue inconnue « %1 » (au choix&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Start on the Demo dongle (same as --backend demo).</source>
        <translation>Démarrer sur le dongle de démo (comme --backend demo).</translation>
    </message>
    <message>
        <source>Connect to the device with this address or name once it is heard; repeatable (one device after the other).</source>
        <translation>Se connecter à l&apos;appareil de cette adresse ou de ce nom dès qu&apos;il est reçu&#xa0;; répétable (un appareil après l&apos;autre).</translation>
    </message>
    <message>
        <source>After --connect, read the characteristic &lt;uuid&gt;; repeatable.</source>
        <translation>Après --connect, lire la caractéristique &lt;uuid&gt;&#xa0;; répétable.</translation>
    </message>
    <message>
        <source>After --connect, enable notifications of the characteristic &lt;uuid&gt;; repeatable.</source>
        <translation>Après --connect, activer les notifications de la caractéristique &lt;uuid&gt;&#xa0;; répétable.</translation>
    </message>
    <message>
        <source>After --connect, plot the characteristic &lt;uuid&gt;: its notifications (subscribing), or its value read every second when it only reads. Values that do not decode themselves need a field layout: &lt;uuid&gt;=&lt;layout&gt;, e.g. 6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10=&lt;hhh. Repeatable.</source>
        <translation>Après --connect, tracer la caractéristique &lt;uuid&gt;&#xa0;: ses notifications (avec abonnement), ou sa valeur lue chaque seconde si elle est seulement lisible. Les valeurs qui ne se décodent pas d&apos;elles-mêmes demandent une disposition des champs&#xa0;: &lt;uuid&gt;=&lt;layout&gt;, p. ex. 6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10=&lt;hhh. Répétable.</translation>
    </message>
    <message>
        <source>Save a PNG of the main window to &lt;file&gt; and quit (after --connect and its steps, if any).</source>
        <translation>Enregistrer un PNG de la fenêtre principale dans &lt;file&gt; et quitter (après --connect et ses étapes, le cas échéant).</translation>
    </message>
    <message>
        <source>Milliseconds to wait before the screenshot (0 to %1).</source>
        <translation>Millisecondes d&apos;attente avant la capture d&apos;écran (0 à %1).</translation>
    </message>
    <message>
        <source>Seconds --connect waits for each device to be heard, and then for its link and services (1 to 600; default 20).</source>
        <translation>Secondes pendant lesquelles --connect attend que chaque appareil soit entendu, puis sa liaison et ses services (1 à 600&#xa0;; 20 par défaut).</translation>
    </message>
    <message>
        <source>Show the interface in &lt;language&gt; (%1) for this run, instead of the one chosen in View → Language or the system&apos;s.</source>
        <translation>Afficher l&apos;interface en &lt;language&gt; (%1) pour cette exécution, au lieu de la langue choisie dans Affichage → Langue ou de celle du système.</translation>
    </message>
    <message>
        <source>--backend and --demo cannot be used together.</source>
        <translation>--backend et --demo ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>--timeout takes seconds from 1 to 600, not &apos;%1&apos;</source>
        <translation>--timeout attend des secondes de 1 à 600, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--read, --subscribe and --plot need --connect.</source>
        <translation>--read, --subscribe et --plot nécessitent --connect.</translation>
    </message>
    <message>
        <source>--backend %1: %2</source>
        <translation>--backend %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>gattscope</source>
        <translation>gattscope</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>Impossible d&apos;ouvrir %1.</translation>
    </message>
    <message>
        <source>Choose a dongle in the tool bar, or the Demo dongle.</source>
        <translation>Choisissez un dongle dans la barre d&apos;outils, ou le dongle de démo.</translation>
    </message>
    <message>
        <source>--virtual-peripherals: %1</source>
        <translation>--virtual-peripherals&#xa0;: %1</translation>
    </message>
    <message>
        <source>The virtual peripherals were not loaded.</source>
        <translation>Les périphériques virtuels n&apos;ont pas été chargés.</translation>
    </message>
    <message>
        <source>--screenshot: could not write %1</source>
        <translation>--screenshot&#xa0;: impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>Bluetooth Low Energy GATT explorer.

Options apply to this run only: what you choose in the window (the dongle, File → Load virtual peripherals…, View → Language, the layout) is remembered for the next start, and no option changes it.

Scripted starts (--connect and its steps, --screenshot) exit 1 with one line on stderr when a step fails, 2 for a usage error.</source>
        <translation>Explorateur GATT Bluetooth Low Energy.

Les options ne valent que pour ce lancement&#xa0;: ce que vous choisissez dans la fenêtre (le dongle, Fichier → Charger des périphériques virtuels…, Affichage → Langue, la disposition) est mémorisé pour le prochain démarrage, et aucune option ne le modifie.

Les démarrages scriptés (--connect et ses étapes, --screenshot) se terminent avec 1 et une ligne sur stderr quand une étape échoue, avec 2 pour une erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <source>Open the backend &lt;uri&gt; at start, for this run (bgapi:auto, bgapi:/dev/ttyACM0, bluez:, bluez:hci1, demo, …); the dongle chosen in the window stays the default.</source>
        <translation>Ouvrir le backend &lt;uri&gt; au démarrage, pour ce lancement (bgapi:auto, bgapi:/dev/ttyACM0, bluez:, bluez:hci1, demo, …)&#xa0;; le dongle choisi dans la fenêtre reste celui par défaut.</translation>
    </message>
    <message>
        <source>Serve the virtual peripherals of &lt;file&gt; (profile JSON) on the Demo dongle, for this run only, instead of the built-in ones or those of File → Load virtual peripherals… (which stay the default); repeatable.</source>
        <translation>Servir les périphériques virtuels de &lt;file&gt; (profil JSON) sur le dongle de démo, pour ce lancement seulement, au lieu des périphériques intégrés ou de ceux de Fichier → Charger des périphériques virtuels… (qui restent ceux par défaut)&#xa0;; répétable.</translation>
    </message>
    <message>
        <source>Resize the window to &lt;width&gt;x&lt;height&gt;, %1 to %2 pixels each, for this run (screenshots); the saved window layout stays as it was.</source>
        <translation>Redimensionner la fenêtre à &lt;width&gt;x&lt;height&gt;, de %1 à %2 pixels chacun, pour ce lancement (captures d&apos;écran)&#xa0;; la disposition enregistrée de la fenêtre reste inchangée.</translation>
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
        <translation>Connectez-vous à un appareil pour parcourir ses services.

Double-cliquez sur un appareil dans le scanner, ou sélectionnez-le et appuyez sur Ctrl+Entrée.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Load &amp;virtual peripherals…</source>
        <translation>Charger des périphériques &amp;virtuels…</translation>
    </message>
    <message>
        <source>Serve your own virtual devices (profile JSON files) on the Demo dongle</source>
        <translation>Servir vos propres appareils virtuels (fichiers de profil JSON) sur le dongle de démo</translation>
    </message>
    <message>
        <source>Use &amp;built-in virtual peripherals</source>
        <translation>Utiliser les périphériques virtuels &amp;intégrés</translation>
    </message>
    <message>
        <source>Save device as virtual &amp;peripheral…</source>
        <translation>Enregistrer l&apos;appareil comme &amp;périphérique virtuel…</translation>
    </message>
    <message>
        <source>Write the current device&apos;s services and values as a profile file that the Demo dongle and gattscope-sim can serve</source>
        <translation>Écrire les services et valeurs de l&apos;appareil courant dans un fichier de profil que le dongle de démo et gattscope-sim peuvent servir</translation>
    </message>
    <message>
        <source>Save traffic &amp;log…</source>
        <translation>Enregistrer le &amp;journal du trafic…</translation>
    </message>
    <message>
        <source>Save traffic log as bt&amp;snoop…</source>
        <translation>Enregistrer le journal du trafic en bt&amp;snoop…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>&amp;Appareil</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Scanner</translation>
    </message>
    <message>
        <source>Start or stop scanning (F5)</source>
        <translation>Démarrer ou arrêter le scan (F5)</translation>
    </message>
    <message>
        <source>C&amp;lear device list</source>
        <translation>&amp;Vider la liste des appareils</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>Connect to the device selected in the scanner (Ctrl+Return)</source>
        <translation>Se connecter à l&apos;appareil sélectionné dans le scanner (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>Disconnect the device of the current tab (Ctrl+D)</source>
        <translation>Déconnecter l&apos;appareil de l&apos;onglet courant (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <source>Read the selected characteristic or descriptor (Ctrl+R)</source>
        <translation>Lire la caractéristique ou le descripteur sélectionné (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>É&amp;crire</translation>
    </message>
    <message>
        <source>Write the edited value with a Write Request (Ctrl+W)</source>
        <translation>Écrire la valeur modifiée avec un Write Request (Ctrl+W)</translation>
    </message>
    <message>
        <source>Toggle s&amp;ubscription</source>
        <translation>Basculer l&apos;a&amp;bonnement</translation>
    </message>
    <message>
        <source>Enable or disable notifications of the selected characteristic (Ctrl+Shift+N)</source>
        <translation>Activer ou désactiver les notifications de la caractéristique sélectionnée (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel operations</source>
        <translation>A&amp;nnuler les opérations</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About gattscope</source>
        <translation>À &amp;propos de gattscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source> Dongle: </source>
        <translation> Dongle&#xa0;: </translation>
    </message>
    <message>
        <source>Choose a dongle</source>
        <translation>Choisir un dongle</translation>
    </message>
    <message>
        <source>The radio to use: a BLED112 dongle, a Bluetooth adapter, or the Demo dongle</source>
        <translation>La radio à utiliser&#xa0;: un dongle BLED112, un adaptateur Bluetooth ou le dongle de démo</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Traffic log</source>
        <translation>Journal du trafic</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the running operations (Ctrl+.)</source>
        <translation>Annuler les opérations en cours (Ctrl+.)</translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation>%1 (+%2 autres)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Choose a dongle first.</source>
        <translation>Choisissez d&apos;abord un dongle.</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connect failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>Dongle error</source>
        <translation>Erreur du dongle</translation>
    </message>
    <message>
        <source>Save as virtual &amp;peripheral…</source>
        <translation>Enregistrer comme &amp;périphérique virtuel…</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>Re&amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Fermer l&apos;onglet</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>P&amp;références…</translation>
    </message>
    <message>
        <source>Notifications: %1 dropped, %2 evicted</source>
        <translation>Notifications&#xa0;: %1 perdues, %2 évincées</translation>
    </message>
    <message>
        <source>Dropped: values the program could not take in while it was busy (gaps in the plots and the recording). Evicted: the oldest values, forgotten to stay within the notification memory of %1 MB (File → Preferences).</source>
        <translation>Perdues&#xa0;: valeurs que le programme n&apos;a pas pu recevoir pendant qu&apos;il était occupé (trous dans les graphiques et l&apos;enregistrement). Évincées&#xa0;: les valeurs les plus anciennes, oubliées pour rester dans la mémoire des notifications de %1&#xa0;Mo (Fichier → Préférences).</translation>
    </message>
    <message>
        <source>Connecting to %1 cancelled.</source>
        <translation>Connexion à %1 annulée.</translation>
    </message>
    <message>
        <source>Connect cancelled</source>
        <translation>Connexion annulée</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>Put the docks, the GATT tree, the editor and the plots back where and as large as they were on the first start</source>
        <translation>Remettre les docks, l&apos;arbre GATT, l&apos;éditeur et les graphiques à leur place et à leur taille du premier démarrage</translation>
    </message>
    <message>
        <source>Layout reset.</source>
        <translation>Disposition réinitialisée.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>In the GATT tree, F2 renames a vendor characteristic.</source>
        <translation>Dans l&apos;arbre GATT, F2 renomme une caractéristique propriétaire.</translation>
    </message>
    <message>
        <source>No device tab</source>
        <translation>Aucun onglet d&apos;appareil</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) still connected: quitting disconnects them.</source>
        <translation>
            <numerusform>%n appareil encore connecté&#xa0;: quitter le déconnecte.</numerusform>
            <numerusform>%n appareils encore connectés&#xa0;: quitter les déconnecte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plotted data was not exported: quitting discards it (Plots dock → Export → CSV).</source>
        <translation>Les données tracées n&apos;ont pas été exportées&#xa0;: quitter les supprime (Graphiques → Exporter → CSV).</translation>
    </message>
    <message>
        <source>Quit gattscope</source>
        <translation>Quitter gattscope</translation>
    </message>
    <message>
        <source>Quit gattscope?</source>
        <translation>Quitter gattscope&#xa0;?</translation>
    </message>
    <message>
        <source>P&amp;air…</source>
        <translation>&amp;Appairer…</translation>
    </message>
    <message>
        <source>Pair with the device of the current tab and keep the bond</source>
        <translation>Appairer l’appareil de l’onglet courant et conserver la liaison</translation>
    </message>
    <message>
        <source>&amp;Bonds…</source>
        <translation>&amp;Liaisons…</translation>
    </message>
    <message>
        <source>List and remove the bonds the radio holds</source>
        <translation>Lister et supprimer les liaisons que la radio conserve</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
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
        <translation>%1 demande un passkey. Saisissez les six chiffres qu’il affiche ou qui vous ont été donnés&#xa0;; Annuler arrête l’appairage.</translation>
    </message>
</context>
<context>
    <name>gattscope::PlotCanvas</name>
    <message>
        <source>No streams yet. Send a notifying or readable characteristic to the plots from the GATT tree&apos;s context menu.</source>
        <translation>Aucun flux pour l&apos;instant. Envoyez une caractéristique à notifications ou lisible vers les graphiques depuis le menu contextuel de l&apos;arbre GATT.</translation>
    </message>
    <message>
        <source>No streams.</source>
        <translation>Aucun flux.</translation>
    </message>
    <message>
        <source>Time (s) since %1</source>
        <translation>Temps (s) depuis %1</translation>
    </message>
    <message>
        <source>the first sample</source>
        <translation>le premier échantillon</translation>
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
        <translation>%1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>%1: –</source>
        <translation>%1&#xa0;: –</translation>
    </message>
</context>
<context>
    <name>gattscope::PlotController</name>
    <message>
        <source>Plots</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>&amp;Plot</source>
        <translation>&amp;Tracer</translation>
    </message>
    <message>
        <source>Plot the selected characteristic: its notifications, or by polling when it only reads (Ctrl+Shift+P)</source>
        <translation>Tracer la caractéristique sélectionnée&#xa0;: ses notifications, ou par interrogation si elle est seulement lisible (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Plot by p&amp;olling…</source>
        <translation>Tracer par interr&amp;ogation…</translation>
    </message>
    <message>
        <source>Read the selected characteristic at an interval and plot its values</source>
        <translation>Lire la caractéristique sélectionnée à intervalle régulier et tracer ses valeurs</translation>
    </message>
    <message>
        <source>Select a characteristic that notifies, indicates or can be read.</source>
        <translation>Sélectionnez une caractéristique qui envoie des notifications ou des indications, ou qui peut être lue.</translation>
    </message>
    <message>
        <source>Select a characteristic that can be read.</source>
        <translation>Sélectionnez une caractéristique lisible.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>There is no characteristic with value handle %1.</source>
        <translation>Il n&apos;y a pas de caractéristique avec le handle de valeur %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 neither notifies nor indicates.</source>
        <translation>%1 n&apos;envoie ni notifications ni indications.</translation>
    </message>
    <message>
        <source>%1 cannot be plotted: %2</source>
        <translation>Impossible de tracer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Plotting %1.</source>
        <translation>Tracé de %1.</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
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
        <translation>Figer les graphiques. L&apos;enregistrement continue&#xa0;; reprenez pour suivre les données les plus récentes.</translation>
    </message>
    <message>
        <source> Window </source>
        <translation> Fenêtre </translation>
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
        <translation>Tout</translation>
    </message>
    <message>
        <source>Time span shown while following live data</source>
        <translation>Durée affichée pendant le suivi des données en direct</translation>
    </message>
    <message>
        <source>Auto-scale Y</source>
        <translation>Échelle Y auto</translation>
    </message>
    <message>
        <source>Fit the value axes to the visible data. Off: drag and zoom them too.</source>
        <translation>Ajuster les axes des valeurs aux données visibles. Désactivé&#xa0;: on peut aussi les déplacer et les zoomer.</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Curseur</translation>
    </message>
    <message>
        <source>A vertical cursor that follows the mouse and reads every series</source>
        <translation>Un curseur vertical qui suit la souris et lit chaque série</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Samples as CSV…</source>
        <translation>Échantillons en CSV…</translation>
    </message>
    <message>
        <source>Plot as PNG…</source>
        <translation>Graphique en PNG…</translation>
    </message>
    <message>
        <source>Plot as PDF…</source>
        <translation>Graphique en PDF…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Forget the recorded points of every plotted stream</source>
        <translation>Oublier les points enregistrés de chaque flux tracé</translation>
    </message>
    <message>
        <source>  Paused: recording continues</source>
        <translation>  En pause&#xa0;: l&apos;enregistrement continue</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>gattscope plots</source>
        <translation>Graphiques gattscope</translation>
    </message>
    <message>
        <source>Remove this stream from the plots</source>
        <translation>Retirer ce flux des graphiques</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export plots</source>
        <translation>Exporter les graphiques</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Show the names of the series beside each plot</source>
        <translation>Afficher les noms des séries à côté de chaque graphique</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Show the statistics table below the plots</source>
        <translation>Afficher le tableau des statistiques sous les graphiques</translation>
    </message>
</context>
<context>
    <name>gattscope::PlotSetupDialog</name>
    <message>
        <source>Plot %1</source>
        <translation>Tracer %1</translation>
    </message>
    <message>
        <source>gattscope does not know how the values of this characteristic are laid out. Describe their fields:</source>
        <translation>gattscope ne sait pas comment les valeurs de cette caractéristique sont structurées. Décrivez leurs champs&#xa0;:</translation>
    </message>
    <message>
        <source>Like Python&apos;s struct module: &lt; little-endian (default), &gt; big-endian; b/B int8/uint8, h/H int16/uint16, i/I int32/uint32, e/f/d float16/32/64, x a skipped byte, a count before a code repeats it (&lt;3h = &lt;hhh).</source>
        <translation>Comme le module struct de Python&#xa0;: &lt; little-endian (par défaut), &gt; big-endian&#xa0;; b/B int8/uint8, h/H int16/uint16, i/I int32/uint32, e/f/d float16/32/64, x un octet ignoré, un nombre devant un code le répète (&lt;3h = &lt;hhh).</translation>
    </message>
    <message>
        <source>Field &amp;layout:</source>
        <translation>&amp;Disposition des champs&#xa0;:</translation>
    </message>
    <message>
        <source>x, y, z (comma-separated; empty: defaults)</source>
        <translation>x, y, z (séparés par des virgules&#xa0;; vide&#xa0;: par défaut)</translation>
    </message>
    <message>
        <source>Field &amp;names:</source>
        <translation>&amp;Noms des champs&#xa0;:</translation>
    </message>
    <message>
        <source>offset:</source>
        <translation>décalage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>É&amp;chelle&#xa0;:</translation>
    </message>
    <message>
        <source>Every field is shown as raw × scale + offset</source>
        <translation>Chaque champ est affiché comme brut × échelle + décalage</translation>
    </message>
    <message>
        <source>e.g. mg, °C</source>
        <translation>p. ex. mg, °C</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time between two reads. A read still running when the next is due is skipped, so a slow link is never flooded.</source>
        <translation>Temps entre deux lectures. Une lecture encore en cours quand la suivante est due fait sauter celle-ci, pour ne jamais saturer une liaison lente.</translation>
    </message>
    <message>
        <source>Read &amp;every:</source>
        <translation>&amp;Lire toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Tracer</translation>
    </message>
    <message>
        <source>Enter a field layout, e.g. &lt;hhh for three little-endian int16 values.</source>
        <translation>Saisissez une disposition des champs, p. ex. &lt;hhh pour trois valeurs int16 little-endian.</translation>
    </message>
    <message>
        <source>The scale &apos;%1&apos; is not a number.</source>
        <translation>L&apos;échelle « %1 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The scale must not be zero.</source>
        <translation>L&apos;échelle ne doit pas être nulle.</translation>
    </message>
    <message>
        <source>The offset &apos;%1&apos; is not a number.</source>
        <translation>Le décalage « %1 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Field layout: %1</source>
        <translation>Disposition des champs&#xa0;: %1</translation>
    </message>
    <message>
        <source>The field layout has no fields.</source>
        <translation>La disposition n&apos;a aucun champ.</translation>
    </message>
    <message>
        <source>There are more names (%1) than fields (%2).</source>
        <translation>Il y a plus de noms (%1) que de champs (%2).</translation>
    </message>
    <message>
        <source>Each field needs its own name: &apos;%1&apos; is used twice.</source>
        <translation>Chaque champ doit avoir son propre nom&#xa0;: « %1 » est utilisé deux fois.</translation>
    </message>
    <message numerus="yes">
        <source>Fields: %1 (%n byte(s))</source>
        <translation>
            <numerusform>Champs&#xa0;: %1 (%n octet)</numerusform>
            <numerusform>Champs&#xa0;: %1 (%n octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>Current value: %1</source>
        <translation>Valeur actuelle&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The current value (%n byte(s)) does not fit: %1</source>
        <translation>
            <numerusform>La valeur actuelle (%n octet) ne correspond pas&#xa0;: %1</numerusform>
            <numerusform>La valeur actuelle (%n octets) ne correspond pas&#xa0;: %1</numerusform>
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
%4 valeurs reçues, %5 non décodables, %6 sans valeur</translation>
    </message>
    <message>
        <source>Last decoding error: %1</source>
        <translation>Dernière erreur de décodage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernière</translation>
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
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Rate (Hz)</source>
        <translation>Débit (Hz)</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Perdus</translation>
    </message>
    <message>
        <source>At cursor</source>
        <translation>Au curseur</translation>
    </message>
    <message>
        <source>Packets lost: %1 evicted from the notification memory before they were decoded, %2 dropped on their way in while the program was busy, %3 missing from the counter field. The plots break their lines where values were lost.</source>
        <translation>Paquets perdus&#xa0;: %1 évincés de la mémoire des notifications avant d&apos;être décodés, %2 perdus à l&apos;arrivée pendant que le programme était occupé, %3 manquants d&apos;après le champ compteur. Les graphiques interrompent leurs lignes là où des valeurs ont été perdues.</translation>
    </message>
</context>
<context>
    <name>gattscope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source> MB</source>
        <translation>&#xa0;Mo</translation>
    </message>
    <message>
        <source>Memory for the notifications of every device together. Past it the oldest values are forgotten (plots and the status bar count them); recordings to a file keep everything.</source>
        <translation>Mémoire pour les notifications de tous les appareils ensemble. Au-delà, les valeurs les plus anciennes sont oubliées (les graphiques et la barre d&apos;état les comptent)&#xa0;; les enregistrements dans un fichier gardent tout.</translation>
    </message>
    <message>
        <source>Notification &amp;memory:</source>
        <translation>&amp;Mémoire des notifications&#xa0;:</translation>
    </message>
    <message>
        <source>Rows the traffic log keeps; the oldest go first.</source>
        <translation>Lignes que le journal du trafic conserve&#xa0;; les plus anciennes partent en premier.</translation>
    </message>
    <message>
        <source>Traffic &amp;log rows:</source>
        <translation>Lignes du journal du &amp;trafic&#xa0;:</translation>
    </message>
    <message>
        <source>Devices the scanner lists; past it the ones heard longest ago are removed. Connected devices always stay.</source>
        <translation>Appareils que liste le scanner&#xa0;; au-delà, ceux entendus il y a le plus longtemps sont retirés. Les appareils connectés restent toujours.</translation>
    </message>
    <message>
        <source>&amp;Scanner devices:</source>
        <translation>Appareils du &amp;scanner&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Read all values after discovery</source>
        <translation>Lire toutes les &amp;valeurs après la découverte</translation>
    </message>
    <message>
        <source>After connecting, read every readable characteristic and descriptor one after the other, so that the tree shows every value. The status bar shows the progress; Cancel stops it.</source>
        <translation>Après la connexion, lire l&apos;une après l&apos;autre chaque caractéristique et chaque descripteur lisibles, pour que l&apos;arbre montre toutes les valeurs. La barre d&apos;état montre la progression&#xa0;; «&#xa0;Annuler&#xa0;» l&apos;arrête.</translation>
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
        <translation>Pas de RSSI dans les rapports de %1 : le backend ne la fournit pas, rien n&apos;est donc tracé pour eux.</translation>
    </message>
    <message>
        <source>RSSI over time</source>
        <translation>RSSI dans le temps</translation>
    </message>
</context>
<context>
    <name>gattscope::ScannerFilterModel</name>
    <message>
        <source>Invalid regular expression at character %1: %2</source>
        <translation>Expression régulière invalide au caractère %1 : %2</translation>
    </message>
</context>
<context>
    <name>gattscope::ScannerModel</name>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1, %2 address</source>
        <translation>%1, adresse %2</translation>
    </message>
    <message>
        <source>Received signal strength of the last report, in dBm</source>
        <translation>Puissance du signal reçu du dernier rapport, en dBm</translation>
    </message>
    <message numerus="yes">
        <source>Last seen %1; first seen %2, %n report(s)</source>
        <translation>
            <numerusform>Vu pour la dernière fois %1&#xa0;; pour la première fois %2, %n rapport</numerusform>
            <numerusform>Vu pour la dernière fois %1&#xa0;; pour la première fois %2, %n rapports</numerusform>
        </translation>
    </message>
    <message>
        <source>Last advertising PDU: %1</source>
        <translation>Dernière PDU d&apos;advertising&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not seen for more than %n second(s)</source>
        <translation>
            <numerusform>Pas vu depuis plus de %n seconde</numerusform>
            <numerusform>Pas vu depuis plus de %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Vu en dernier</translation>
    </message>
    <message>
        <source>Connectable</source>
        <translation>Connectable</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Signal strength in dBm (higher is closer)</source>
        <translation>Puissance du signal en dBm (plus élevée = plus proche)</translation>
    </message>
    <message>
        <source>Service UUIDs listed in the advert and scan response</source>
        <translation>UUID de services listés dans l&apos;advertising et la scan response</translation>
    </message>
    <message>
        <source>Company of the manufacturer-specific data</source>
        <translation>Entreprise des données spécifiques au fabricant</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>Connected: this window holds a link to it (it may stop advertising meanwhile)</source>
        <translation>Connecté : cette fenêtre a une liaison avec lui (il peut cesser son advertising entre-temps)</translation>
    </message>
    <message>
        <source>Only a scan response was heard so far</source>
        <translation>Seule une scan response a été reçue jusqu&apos;ici</translation>
    </message>
    <message>
        <source>The backend does not report the advertising PDU type (the system&apos;s Bluetooth stack hands out device properties): assumed connectable</source>
        <translation>Le backend ne fournit pas le type de PDU d&apos;advertising (la pile Bluetooth du système donne les propriétés de l&apos;appareil) : supposé connectable</translation>
    </message>
    <message>
        <source>Not connectable: it sends ADV_NONCONN_IND (a broadcaster or beacon)</source>
        <translation>Non connectable : il envoie ADV_NONCONN_IND (un émetteur ou une balise)</translation>
    </message>
    <message>
        <source>Not connectable: it sends ADV_SCAN_IND (scannable, not connectable)</source>
        <translation>Non connectable : il envoie ADV_SCAN_IND (scannable, non connectable)</translation>
    </message>
    <message>
        <source>Not connectable: its advertisements do not accept connections</source>
        <translation>Non connectable : son advertising n&apos;accepte pas de connexion</translation>
    </message>
</context>
<context>
    <name>gattscope::ScannerPanel</name>
    <message>
        <source>Hide &amp;stale</source>
        <translation>Masquer les &amp;inactifs</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>Filter: name, address, service UUID, manufacturer</source>
        <translation>Filtre&#xa0;: nom, adresse, UUID de service, fabricant</translation>
    </message>
    <message>
        <source>Min. RSSI:</source>
        <translation>RSSI min.&#xa0;:</translation>
    </message>
    <message>
        <source>Hide devices weaker than this (dBm); leftmost shows all</source>
        <translation>Masquer les appareils plus faibles (dBm)&#xa0;; tout à gauche affiche tout</translation>
    </message>
    <message numerus="yes">
        <source>Hide devices not heard for %n second(s)</source>
        <translation>
            <numerusform>Masquer les appareils non reçus depuis %n seconde</numerusform>
            <numerusform>Masquer les appareils non reçus depuis %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>AD structure</source>
        <translation>Structure AD</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>Décodé</translation>
    </message>
    <message>
        <source>Raw bytes</source>
        <translation>Octets bruts</translation>
    </message>
    <message>
        <source>No devices yet. Choose a dongle and start a scan (F5).</source>
        <translation>Aucun appareil pour l&apos;instant. Choisissez un dongle et lancez un scan (F5).</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <source>No device matches the filter.</source>
        <translation>Aucun appareil ne correspond au filtre.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a device to see its advertising data.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Sélectionnez un appareil pour voir ses données d&apos;advertising.&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;tt&gt;%2&lt;/tt&gt; (%3) · %4 · %n report(s), last %5</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;tt&gt;%2&lt;/tt&gt; (%3) · %4 · %n rapport, dernier %5</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;tt&gt;%2&lt;/tt&gt; (%3) · %4 · %n rapports, dernier %5</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>RSSI unknown</source>
        <translation>RSSI inconnu</translation>
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
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Advertising data</source>
        <translation>Données d&apos;advertising</translation>
    </message>
    <message>
        <source>Scan response</source>
        <translation>Scan response</translation>
    </message>
    <message>
        <source>Connect to the selected device</source>
        <translation>Connecter l&apos;appareil sélectionné</translation>
    </message>
    <message>
        <source>Show hidden (%1)</source>
        <translation>Afficher les masqués (%1)</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Leave the selected devices out of the list (&quot;Show hidden&quot; lists them again)</source>
        <translation>Retirer les appareils sélectionnés de la liste (« Afficher les masqués » les liste à nouveau)</translation>
    </message>
    <message>
        <source>&amp;Unhide</source>
        <translation>&amp;Démasquer</translation>
    </message>
    <message>
        <source>Unhide &amp;all</source>
        <translation>Tout dé&amp;masquer</translation>
    </message>
    <message>
        <source>Plot &amp;RSSI over time</source>
        <translation>Tracer la &amp;RSSI dans le temps</translation>
    </message>
    <message>
        <source>Plot the signal strength of the selected devices as reports arrive</source>
        <translation>Tracer la puissance du signal des appareils sélectionnés à l&apos;arrivée des rapports</translation>
    </message>
    <message>
        <source>List the devices you hid (they stay hidden until you unhide them or quit)</source>
        <translation>Lister les appareils masqués (ils restent masqués jusqu&apos;à ce que vous les démasquiez ou quittiez)</translation>
    </message>
    <message>
        <source>Regular expression: the filter is one pattern, case-insensitive, searched in name, address, services and manufacturer (^ and $ anchor a field)</source>
        <translation>Expression régulière : le filtre est un seul motif, sans distinction de casse, cherché dans le nom, l&apos;adresse, les services et le fabricant (^ et $ ancrent un champ)</translation>
    </message>
    <message>
        <source>Regular expression, e.g. ^(heart|motion)</source>
        <translation>Expression régulière, par ex. ^(heart|motion)</translation>
    </message>
</context>
<context>
    <name>gattscope::StartupScript</name>
    <message>
        <source>&apos;%1&apos; is not a field layout (e.g. &lt;hhh): %2</source>
        <translation>« %1 » n&apos;est pas une disposition des champs (p. ex. &lt;hhh)&#xa0;: %2</translation>
    </message>
    <message>
        <source>it has no fields</source>
        <translation>elle n&apos;a aucun champ</translation>
    </message>
    <message>
        <source>%1 has no characteristic %2</source>
        <translation>%1 n&apos;a pas de caractéristique %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID (use 2A37, 0x2A37 or the 128-bit form)</source>
        <translation>« %1 » n&apos;est pas une UUID (utilisez 2A37, 0x2A37 ou la forme 128 bits)</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n&#xa0;s</numerusform>
            <numerusform>%n&#xa0;s</numerusform>
        </translation>
    </message>
    <message>
        <source>--connect %1: no device called &apos;%1&apos; was heard within %2</source>
        <translation>--connect %1&#xa0;: aucun appareil nommé «&#xa0;%1&#xa0;» n&apos;a été entendu en %2</translation>
    </message>
    <message>
        <source>--connect %1: the connection was not established within %2</source>
        <translation>--connect %1&#xa0;: la connexion n&apos;a pas été établie en %2</translation>
    </message>
    <message>
        <source>--connect %1: %2</source>
        <translation>--connect %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--connect %1: %2 still running after %3</source>
        <translation>--connect %1&#xa0;: %2 toujours en cours après %3</translation>
    </message>
    <message>
        <source>--connect %1: discovering its services did not finish within %2</source>
        <translation>--connect %1&#xa0;: la découverte de ses services ne s&apos;est pas terminée en %2</translation>
    </message>
    <message>
        <source>--connect %1: could not connect: %2</source>
        <translation>--connect %1&#xa0;: connexion impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>--connect %1: the device&apos;s tab was closed</source>
        <translation>--connect %1&#xa0;: l&apos;onglet de l&apos;appareil a été fermé</translation>
    </message>
    <message>
        <source>%1 of %2 cannot be read</source>
        <translation>%1 de %2 ne peut pas être lu</translation>
    </message>
    <message>
        <source>reading %1 of %2 failed: %3</source>
        <translation>la lecture de %1 de %2 a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1 of %2 neither notifies nor indicates</source>
        <translation>%1 de %2 ne prend en charge ni Notify ni Indicate</translation>
    </message>
    <message>
        <source>subscribing to %1 of %2 failed: %3</source>
        <translation>l&apos;abonnement à %1 de %2 a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 disconnected</source>
        <translation>%1 déconnecté</translation>
    </message>
</context>
<context>
    <name>gattscope::TrafficLogModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>Décodé</translation>
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
        <translation>Figer la vue&#xa0;; les entrées continuent d&apos;être enregistrées et apparaissent à la reprise</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove every entry</source>
        <translation>Supprimer toutes les entrées</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the selected rows as text</source>
        <translation>Copier les lignes sélectionnées en texte</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save the shown entries as CSV, JSON Lines or btsnoop (Wireshark)</source>
        <translation>Enregistrer les entrées affichées en CSV, JSON Lines ou btsnoop (Wireshark)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n waiting</source>
        <translation>
            <numerusform>, %n en attente</numerusform>
            <numerusform>, %n en attente</numerusform>
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
        <translation>Capture btsnoop pour Wireshark (*.btsnoop *.cfa)</translation>
    </message>
    <message>
        <source>Save traffic log as btsnoop</source>
        <translation>Enregistrer le journal du trafic en btsnoop</translation>
    </message>
    <message>
        <source>Save traffic log</source>
        <translation>Enregistrer le journal du trafic</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>, %n not shown</source>
        <translation>
            <numerusform>, %n non affichée</numerusform>
            <numerusform>, %n non affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n oldest removed</source>
        <translation>
            <numerusform>, %n plus ancienne retirée</numerusform>
            <numerusform>, %n plus anciennes retirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not shown: notifications that came faster than the log shows them (at most %n row(s) per update; the newest are shown). They are still recorded for the plots and for recordings to a file.</source>
        <translation>
            <numerusform>Non affichées&#xa0;: notifications arrivées plus vite que le journal ne les affiche (au plus %n ligne par mise à jour&#xa0;; les plus récentes sont affichées). Elles restent enregistrées pour les graphiques et les enregistrements dans un fichier.</numerusform>
            <numerusform>Non affichées&#xa0;: notifications arrivées plus vite que le journal ne les affiche (au plus %n lignes par mise à jour&#xa0;; les plus récentes sont affichées). Elles restent enregistrées pour les graphiques et les enregistrements dans un fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Oldest removed: rows removed to keep the log within %n row(s) (File → Preferences).</source>
        <translation>
            <numerusform>Plus anciennes retirées&#xa0;: lignes retirées pour garder le journal dans la limite de %n ligne (Fichier → Préférences).</numerusform>
            <numerusform>Plus anciennes retirées&#xa0;: lignes retirées pour garder le journal dans la limite de %n lignes (Fichier → Préférences).</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: device, handle, name, hex, value… (Ctrl+F)</source>
        <translation>Filtre&#xa0;: appareil, handle, nom, hex, valeur… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the traffic log</source>
        <translation>Filtrer le journal du trafic</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Les deux sens</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Sent: writes. Received: reads, notifications and indications.</source>
        <translation>Envoyé&#xa0;: écritures. Reçu&#xa0;: lectures, notifications et indications.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lectures</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Écritures</translation>
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
        <translation>Événements</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Events: connected, discovered, disconnected, dongle errors, dropped values. Errors: every entry that failed.</source>
        <translation>Événements&#xa0;: connecté, découvert, déconnecté, erreurs du dongle, valeurs perdues. Erreurs&#xa0;: toute entrée en échec.</translation>
    </message>
    <message>
        <source>Show the entries of one device</source>
        <translation>Afficher les entrées d&apos;un appareil</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Tous les appareils</translation>
    </message>
    <message numerus="yes">
        <source>Paused — %n waiting</source>
        <translation>
            <numerusform>En pause — %n en attente</numerusform>
            <numerusform>En pause — %n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 sur %n entrée</numerusform>
            <numerusform>%1 sur %n entrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gattscope::ValueEditor</name>
    <message>
        <source>Type hex digits; Insert toggles overwrite/insert; Tab switches to the ASCII column</source>
        <translation>Tapez des chiffres hexadécimaux&#xa0;; Inser bascule écrasement/insertion&#xa0;; Tab passe à la colonne ASCII</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>UTF-8 text. Bytes that are not UTF-8 appear as \xNN and can be typed that way.</source>
        <translation>Texte UTF-8. Les octets qui ne sont pas de l&apos;UTF-8 apparaissent sous la forme \xNN et peuvent être saisis ainsi.</translation>
    </message>
    <message>
        <source>Text (UTF-8)</source>
        <translation>Texte (UTF-8)</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Type a value, e.g. 42 or 23.5</source>
        <translation>Saisissez une valeur, p. ex. 42 ou 23.5</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>Nouvelle valeur&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. &lt;hhh for three little-endian int16</source>
        <translation>p. ex. &lt;hhh pour trois int16 little-endian</translation>
    </message>
    <message>
        <source>A struct-style layout for vendor values: b/B int8/uint8, h/H int16/uint16, i/I int32/uint32, f float32, d float64, x pad byte; &apos;&lt;&apos; little-endian, &apos;&gt;&apos; big-endian</source>
        <translation>Une disposition de type struct pour les valeurs propriétaires&#xa0;: b/B int8/uint8, h/H int16/uint16, i/I int32/uint32, f float32, d float64, x octet de remplissage&#xa0;; &apos;&lt;&apos; little-endian, &apos;&gt;&apos; big-endian</translation>
    </message>
    <message>
        <source>Field layout:</source>
        <translation>Disposition des champs&#xa0;:</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>Typée</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <source>Read Request (continues with Read Blob when the value fills the PDU)  Ctrl+R</source>
        <translation>Read Request (continue par Read Blob quand la valeur remplit la PDU)  Ctrl+R</translation>
    </message>
    <message>
        <source>Read &amp;long</source>
        <translation>Lecture &amp;longue</translation>
    </message>
    <message>
        <source>Read Request followed by Read Blob Requests until the value ends</source>
        <translation>Read Request suivi de Read Blob Requests jusqu&apos;à la fin de la valeur</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>É&amp;crire</translation>
    </message>
    <message>
        <source>Write Request: the device answers  Ctrl+W</source>
        <translation>Write Request&#xa0;: l&apos;appareil répond  Ctrl+W</translation>
    </message>
    <message>
        <source>Write w/o &amp;response</source>
        <translation>Écrire sans &amp;réponse</translation>
    </message>
    <message>
        <source>Write without response (ATT Write Command): no answer from the device</source>
        <translation>Écriture sans réponse (ATT Write Command)&#xa0;: aucune réponse de l&apos;appareil</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 &amp;nbsp; &lt;tt&gt;%3&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 &amp;nbsp; &lt;tt&gt;%3&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a characteristic or descriptor.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Sélectionnez une caractéristique ou un descripteur.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>cached value</source>
        <translation>valeur en cache</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) are not valid UTF-8 and are shown as \xNN.</source>
        <translation>
            <numerusform>%n octet n&apos;est pas de l&apos;UTF-8 valide et est affiché sous la forme \xNN.</numerusform>
            <numerusform>%n octets ne sont pas de l&apos;UTF-8 valide et sont affichés sous la forme \xNN.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Read failed: %1</source>
        <translation>Échec de la lecture&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last read %1</source>
        <translation>Dernière lecture %1</translation>
    </message>
    <message numerus="yes">
        <source>Read %n byte(s).</source>
        <translation>
            <numerusform>%n octet lu.</numerusform>
            <numerusform>%n octets lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read cancelled.</source>
        <translation>Lecture annulée.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n byte(s)…</source>
        <translation>
            <numerusform>Écriture de %n octet…</numerusform>
            <numerusform>Écriture de %n octets…</numerusform>
        </translation>
    </message>
    <message>
        <source>Write failed: %1</source>
        <translation>Échec de l&apos;écriture&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n byte(s) (no response expected).</source>
        <translation>
            <numerusform>%n octet envoyé (aucune réponse attendue).</numerusform>
            <numerusform>%n octets envoyés (aucune réponse attendue).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n byte(s); the device accepted them.</source>
        <translation>
            <numerusform>%n octet écrit&#xa0;; l&apos;appareil l&apos;a accepté.</numerusform>
            <numerusform>%n octets écrits&#xa0;; l&apos;appareil les a acceptés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write cancelled.</source>
        <translation>Écriture annulée.</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Écriture de %1</translation>
    </message>
    <message>
        <source>Nothing to read now.</source>
        <translation>Rien à lire pour le moment.</translation>
    </message>
</context>
</TS>
