<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AlertEvent</name>
    <message>
        <source>gone</source>
        <translation>disparu</translation>
    </message>
    <message>
        <source>no longer among the largest</source>
        <translation>ne fait plus partie des plus grands</translation>
    </message>
    <message>
        <source>rule changed</source>
        <translation>règle modifiée</translation>
    </message>
</context>
<context>
    <name>AlertMetrics</name>
    <message>
        <source>Memory: share of the machine's</source>
        <translation>Mémoire : part de celle de la machine</translation>
    </message>
    <message>
        <source>Memory: system</source>
        <translation>Mémoire : système</translation>
    </message>
    <message>
        <source>Memory: persistent terms</source>
        <translation>Mémoire : termes persistants</translation>
    </message>
    <message>
        <source>Processes: share of the limit</source>
        <translation>Processus : part de la limite</translation>
    </message>
    <message>
        <source>Ports: share of the limit</source>
        <translation>Ports : part de la limite</translation>
    </message>
    <message>
        <source>Atoms: share of the limit</source>
        <translation>Atomes : part de la limite</translation>
    </message>
    <message>
        <source>ETS tables: share of the limit</source>
        <translation>Tables ETS : part de la limite</translation>
    </message>
    <message>
        <source>Run queue per online scheduler</source>
        <translation>File d’exécution par ordonnanceur en ligne</translation>
    </message>
    <message>
        <source>Atoms</source>
        <translation>Atomes</translation>
    </message>
    <message>
        <source>ETS tables</source>
        <translation>Tables ETS</translation>
    </message>
    <message>
        <source>Largest message queue (a process)</source>
        <translation>Plus grande file de messages (un processus)</translation>
    </message>
    <message>
        <source>Largest process memory (a process)</source>
        <translation>Plus grande mémoire de processus (un processus)</translation>
    </message>
    <message>
        <source>Fastest-growing process memory (a process)</source>
        <translation>Mémoire de processus à la plus forte croissance (un processus)</translation>
    </message>
    <message>
        <source>Largest ETS table memory (a table)</source>
        <translation>Plus grande mémoire de table ETS (une table)</translation>
    </message>
    <message>
        <source>Most objects in an ETS table (a table)</source>
        <translation>Plus grand nombre d’objets dans une table ETS (une table)</translation>
    </message>
    <message>
        <source>Fastest-growing ETS table (a table)</source>
        <translation>Table ETS à la plus forte croissance (une table)</translation>
    </message>
    <message>
        <source>Largest port queue (a port)</source>
        <translation>Plus grande file de port (un port)</translation>
    </message>
    <message>
        <source>Fastest-growing port queue (a port)</source>
        <translation>File de port à la plus forte croissance (un port)</translation>
    </message>
    <message>
        <source>Largest distribution queue (a connected node)</source>
        <translation>Plus grande file de distribution (un nœud connecté)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>AllocCollector</name>
    <message>
        <source>The Beamtop agent running on this node is older and cannot read allocators. Disconnect every Beamtop from the node, then connect again.</source>
        <translation>L’agent Beamtop qui tourne sur ce nœud est plus ancien et ne sait pas lire les allocateurs. Déconnectez tous les Beamtop de ce nœud, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Allocators need the Beamtop agent, which this node did not load (reduced mode). Check that the node allows loading code.</source>
        <translation>Les allocateurs nécessitent l’agent Beamtop, que ce nœud n’a pas chargé (mode réduit). Vérifiez que le nœud autorise le chargement de code.</translation>
    </message>
</context>
<context>
    <name>AllocColumns</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>scheduler %1</source>
        <translation>ordonnanceur %1</translation>
    </message>
    <message>
        <source>Allocated (all carriers)</source>
        <translation>Alloué (tous les porteurs)</translation>
    </message>
    <message>
        <source>Used (all blocks)</source>
        <translation>Utilisé (tous les blocs)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Inutilisé</translation>
    </message>
    <message>
        <source>erlang:memory(total)</source>
        <translation>erlang:memory(total)</translation>
    </message>
    <message>
        <source>Resident (RSS)</source>
        <translation>Résident (RSS)</translation>
    </message>
    <message>
        <source>not available (read from /proc on Linux only)</source>
        <translation>non disponible (lu depuis /proc, sous Linux uniquement)</translation>
    </message>
    <message>
        <source>mseg_alloc cache</source>
        <translation>cache de mseg_alloc</translation>
    </message>
    <message>
        <source>none (mseg_alloc is off)</source>
        <translation>aucun (mseg_alloc est désactivé)</translation>
    </message>
    <message numerus="yes">
        <source>hit rate %1 (%2 hits in %3 calls, %Ln instances)</source>
        <translation>
            <numerusform>taux de réussite %1 (%2 réussites sur %3 appels, %Ln instance)</numerusform>
            <numerusform>taux de réussite %1 (%2 réussites sur %3 appels, %Ln instances)</numerusform>
        </translation>
    </message>
    <message>
        <source>; lowest %1 on instance %2</source>
        <translation>; minimum %1 sur l’instance %2</translation>
    </message>
    <message>
        <source>hit rate %1 (%2 hits in %3 calls), %4 cached segments</source>
        <translation>taux de réussite %1 (%2 réussites sur %3 appels), %4 segments en cache</translation>
    </message>
    <message>
        <source>Findings: none</source>
        <translation>Constats : aucun</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>see %1: %2</source>
        <translation>voir %1 : %2</translation>
    </message>
</context>
<context>
    <name>AllocFindings</name>
    <message>
        <source>%1 uses %2 of %3 of carriers (%4 unused): fragmentation.</source>
        <translation>%1 utilise %2 de %3 de porteurs (%4 inutilisés) : fragmentation.</translation>
    </message>
    <message>
        <source>%1 of %2's block bytes (%3 in %4 blocks) are in single-block carriers: large blocks, each in a carrier of its own.</source>
        <translation>%1 des octets de blocs de %2 (%3 dans %4 blocs) sont dans des porteurs à bloc unique : de grands blocs, chacun dans un porteur qui lui est propre.</translation>
    </message>
    <message>
        <source>Blocks from %1 up go there (sbct).</source>
        <translation>Les blocs à partir de %1 y vont (sbct).</translation>
    </message>
    <message>
        <source>The mseg_alloc cache hit rate is %1 on instance %2 (%3 hits in %4 calls): carriers are often created and destroyed rather than reused.</source>
        <translation>Le taux de réussite du cache mseg_alloc est de %1 sur l’instance %2 (%3 réussites sur %4 appels) : les porteurs sont souvent créés et détruits au lieu d’être réutilisés.</translation>
    </message>
    <message>
        <source>The OS counts %1 resident for the node, the allocators %2: %3 is outside them (NIFs or drivers calling malloc directly, thread stacks, the mseg cache, shared libraries).</source>
        <translation>Le système compte %1 de mémoire résidente pour le nœud, les allocateurs %2 : %3 est en dehors d’eux (NIF ou pilotes appelant malloc directement, piles des threads, cache mseg, bibliothèques partagées).</translation>
    </message>
</context>
<context>
    <name>AllocSample</name>
    <message>
        <source>The allocator reading is malformed: %1.</source>
        <translation>La lecture des allocateurs est mal formée : %1.</translation>
    </message>
</context>
<context>
    <name>AppColumns</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>(linked, not children)</source>
        <translation>(liés, pas des enfants)</translation>
    </message>
    <message>
        <source>… %1 children before these</source>
        <translation>… %1 enfants avant ceux-ci</translation>
    </message>
    <message>
        <source>… %1 more children not shown</source>
        <translation>… %1 enfants de plus non affichés</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 en marche</translation>
    </message>
    <message>
        <source>%1, %2 starting</source>
        <translation>%1, %2 en cours de démarrage</translation>
    </message>
    <message>
        <source>%1, %2 loaded only</source>
        <translation>%1, %2 seulement chargées</translation>
    </message>
    <message>
        <source>totals so far from the first sweep of the processes: %1 of %2 counted (partial)</source>
        <translation>totaux provisoires de la première passe sur les processus : %1 sur %2 comptés (partiel)</translation>
    </message>
    <message>
        <source>totals not counted yet: the first sweep of the processes has just begun (partial)</source>
        <translation>totaux pas encore comptés : la première passe sur les processus vient de commencer (partiel)</translation>
    </message>
    <message>
        <source>totals from a sweep of %1 processes %2 ago</source>
        <translation>totaux d’une passe sur %1 processus il y a %2</translation>
    </message>
    <message>
        <source>%1 (the sweep took %2 ms)</source>
        <translation>%1 (la passe a pris %2 ms)</translation>
    </message>
    <message>
        <source>totals not counted yet</source>
        <translation>totaux pas encore comptés</translation>
    </message>
    <message>
        <source>%1; the application controller did not answer (%2): loaded applications only, without status</source>
        <translation>%1 ; le contrôleur d’applications n’a pas répondu (%2) : applications chargées seulement, sans état</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>START</source>
        <translation>DÉMARRAGE</translation>
    </message>
    <message>
        <source>PROCS</source>
        <translation>PROC</translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation>MÉMOIRE</translation>
    </message>
    <message>
        <source>REDS/S</source>
        <translation>RÉD/S</translation>
    </message>
    <message>
        <source>MSGQ</source>
        <translation>FILE MSG</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>(no application)</source>
        <translation>(aucune application)</translation>
    </message>
    <message>
        <source>processes whose group leader belongs to no application</source>
        <translation>processus dont le group leader n’appartient à aucune application</translation>
    </message>
    <message>
        <source>%1, %2 in %3 s</source>
        <translation>%1, %2 en %3 s</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <source>supervisor %1</source>
        <translation>superviseur %1</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>worker</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>lié</translation>
    </message>
    <message>
        <source>linked to the supervisor, not its children</source>
        <translation>lié au superviseur, pas l’un de ses enfants</translation>
    </message>
    <message>
        <source>NOT ANSWERING</source>
        <translation>NE RÉPOND PAS</translation>
    </message>
    <message>
        <source>NOT ANSWERING: %1</source>
        <translation>NE RÉPOND PAS : %1</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>en redémarrage</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>à l’arrêt</translation>
    </message>
    <message>
        <source>gone while read</source>
        <translation>disparu pendant la lecture</translation>
    </message>
    <message numerus="yes">
        <source>%n children</source>
        <translation>
            <numerusform>%n enfant</numerusform>
            <numerusform>%n enfants</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 children</source>
        <translation>%1 enfants sur %2</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>processus</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>mémoire</translation>
    </message>
    <message>
        <source>reductions per second</source>
        <translation>réductions par seconde</translation>
    </message>
    <message>
        <source>message queue</source>
        <translation>file de messages</translation>
    </message>
    <message>
        <source>start order</source>
        <translation>ordre de démarrage</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>QUOI</translation>
    </message>
    <message>
        <source>application</source>
        <translation>application</translation>
    </message>
    <message>
        <source>Supervisors that did not answer in time: %1 (their children are not shown).</source>
        <translation>Superviseurs qui n’ont pas répondu à temps : %1 (leurs enfants ne sont pas affichés).</translation>
    </message>
    <message>
        <source>The node stopped the walk at its limit: some subtrees are missing.</source>
        <translation>Le nœud a arrêté le parcours à sa limite : certains sous-arbres manquent.</translation>
    </message>
    <message>
        <source>%1 of the application's %2 processes are outside its supervision tree.</source>
        <translation>%1 des %2 processus de l’application sont hors de son arbre de supervision.</translation>
    </message>
    <message>
        <source>not read (more processes than a walk reads)</source>
        <translation>non lu (plus de processus qu’un parcours n’en lit)</translation>
    </message>
    <message>
        <source>The tree has more processes than one walk reads: the totals count the %1 read, the others are marked not read.</source>
        <translation>L’arbre a plus de processus qu’un parcours n’en lit : les totaux comptent les %1 lus, les autres sont marqués comme non lus.</translation>
    </message>
</context>
<context>
    <name>ConnectErrorText</name>
    <message>
        <source>That is not a node name</source>
        <translation>Ce n’est pas un nom de nœud</translation>
    </message>
    <message>
        <source>Write it as name@host, for example myapp@%1.</source>
        <translation>Écrivez-le sous la forme nom@hôte, par exemple myapp@%1.</translation>
    </message>
    <message>
        <source>The host is unknown</source>
        <translation>L’hôte est inconnu</translation>
    </message>
    <message>
        <source>Check the part after '@': it must be a host name this computer can resolve, or an IPv4 address.</source>
        <translation>Vérifiez la partie après « @ » : ce doit être un nom d’hôte que cet ordinateur peut résoudre, ou une adresse IPv4.</translation>
    </message>
    <message>
        <source>The host cannot be reached</source>
        <translation>L’hôte est injoignable</translation>
    </message>
    <message>
        <source>Check the network between here and the host: VPN, firewalls, and that the host is up.</source>
        <translation>Vérifiez le réseau entre ici et l’hôte : VPN, pare-feu, et que l’hôte est démarré.</translation>
    </message>
    <message>
        <source>No Erlang node runs on that host</source>
        <translation>Aucun nœud Erlang ne tourne sur cet hôte</translation>
    </message>
    <message>
        <source>EPMD, which every distributed node starts, does not answer there. Check that the node is started with -sname or -name, and the host name.</source>
        <translation>EPMD, que tout nœud distribué démarre, n’y répond pas. Vérifiez que le nœud est démarré avec -sname ou -name, ainsi que le nom d’hôte.</translation>
    </message>
    <message>
        <source>No node by that name</source>
        <translation>Aucun nœud de ce nom</translation>
    </message>
    <message>
        <source>EPMD on the host does not know this name. Check the part before '@' — the node field suggests the names registered there.</source>
        <translation>EPMD sur l’hôte ne connaît pas ce nom. Vérifiez la partie avant « @ » — le champ du nœud propose les noms qui y sont enregistrés.</translation>
    </message>
    <message>
        <source>The cookie is wrong</source>
        <translation>Le cookie est incorrect</translation>
    </message>
    <message>
        <source>Another connection uses the same name</source>
        <translation>Une autre connexion utilise le même nom</translation>
    </message>
    <message>
        <source>The node already has a connection from a node with Beamtop's name. Close the other session and try again.</source>
        <translation>Le nœud a déjà une connexion venant d’un nœud portant le nom de Beamtop. Fermez l’autre session et réessayez.</translation>
    </message>
    <message>
        <source>The node did not answer in time</source>
        <translation>Le nœud n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>It may be overloaded, or a firewall drops the connection. Check the host and try a longer timeout.</source>
        <translation>Il est peut-être surchargé, ou un pare-feu bloque la connexion. Vérifiez l’hôte et essayez un délai d’attente plus long.</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Trop de fichiers ouverts</translation>
    </message>
    <message>
        <source>Beamtop has too many connections open to connect safely. Close some and try again.</source>
        <translation>Beamtop a trop de connexions ouvertes pour se connecter sans risque. Fermez-en quelques-unes et réessayez.</translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation>Connexion impossible</translation>
    </message>
    <message>
        <source>See the details below.</source>
        <translation>Voir les détails ci-dessous.</translation>
    </message>
    <message>
        <source>The node rejected the handshake. Use the cookie the node was started with (given with -setcookie, or in the ~/.erlang.cookie of the user running it).</source>
        <translation>Le nœud a refusé la négociation de connexion. Utilisez le cookie avec lequel le nœud a été démarré (donné par -setcookie, ou dans le ~/.erlang.cookie de l’utilisateur qui l’exécute).</translation>
    </message>
</context>
<context>
    <name>CookieSource</name>
    <message>
        <source>Cannot read the cookie file %1: %2</source>
        <translation>Impossible de lire le fichier de cookie %1 : %2</translation>
    </message>
    <message>
        <source>The cookie file %1 is empty.</source>
        <translation>Le fichier de cookie %1 est vide.</translation>
    </message>
    <message>
        <source>No cookie: give --cookie-file FILE, set BEAMTOP_COOKIE, or create %1.</source>
        <translation>Aucun cookie : indiquez --cookie-file FICHIER, définissez BEAMTOP_COOKIE ou créez %1.</translation>
    </message>
</context>
<context>
    <name>DetailsHtml</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>EtsColumns</name>
    <message>
        <source>%1 tables</source>
        <translation>%1 tables</translation>
    </message>
    <message>
        <source>growth in rows per second</source>
        <translation>croissance en lignes par seconde</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>growth in memory per second</source>
        <translation>croissance de la mémoire par seconde</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>mémoire</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>PROT</source>
        <translation>PROT</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>LIGNES</translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation>MÉMOIRE</translation>
    </message>
    <message>
        <source>ROWS/S</source>
        <translation>LIGNES/S</translation>
    </message>
    <message>
        <source>MEMORY/S</source>
        <translation>MÉMOIRE/S</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>PROPRIÉTAIRE</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (supprimée)</translation>
    </message>
</context>
<context>
    <name>EtsDetailsHtml</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Deleted at %1, before anything could be read of it.</source>
        <translation>Supprimée à %1, avant que rien n’ait pu en être lu.</translation>
    </message>
    <message>
        <source>Deleted at %1; the last data read is shown.</source>
        <translation>Supprimée à %1 ; les dernières données lues sont affichées.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Nommée</translation>
    </message>
    <message>
        <source>yes: reached by its name</source>
        <translation>oui : accessible par son nom</translation>
    </message>
    <message>
        <source>no: reached by its id</source>
        <translation>non : accessible par son identifiant</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Only the owner process can read its rows.</source>
        <translation>Seul le processus propriétaire peut lire ses lignes.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>Lignes/s</translation>
    </message>
    <message>
        <source>Memory/s</source>
        <translation>Mémoire/s</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Heir</source>
        <translation>Héritier</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Could not write %1: %2. Check that the folder %3 exists, that you may write to it and that the disk is not full.</source>
        <translation>Impossible d’écrire %1 : %2. Vérifiez que le dossier %3 existe, que vous avez le droit d’y écrire et que le disque n’est pas plein.</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>Aucun nom de fichier n’a été donné.</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 d %2</source>
        <translation>%1 j %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>LoadMetrics</name>
    <message>
        <source>Scheduler %1</source>
        <translation>Ordonnanceur %1</translation>
    </message>
    <message>
        <source>Dirty CPU scheduler %1</source>
        <translation>Ordonnanceur dirty CPU %1</translation>
    </message>
    <message>
        <source>Dirty I/O scheduler %1</source>
        <translation>Ordonnanceur dirty E/S %1</translation>
    </message>
    <message>
        <source>Scheduler utilisation</source>
        <translation>Utilisation des ordonnanceurs</translation>
    </message>
    <message>
        <source>Busiest minus idlest scheduler</source>
        <translation>Écart entre l’ordonnanceur le plus occupé et le moins occupé</translation>
    </message>
    <message>
        <source>Run queue</source>
        <translation>File d’exécution</translation>
    </message>
    <message>
        <source>Run queue imbalance</source>
        <translation>Déséquilibre des files d’exécution</translation>
    </message>
    <message>
        <source>Memory: total</source>
        <translation>Mémoire : totale</translation>
    </message>
    <message>
        <source>Memory: processes</source>
        <translation>Mémoire : processus</translation>
    </message>
    <message>
        <source>Memory: binary</source>
        <translation>Mémoire : binaires</translation>
    </message>
    <message>
        <source>Memory: ETS</source>
        <translation>Mémoire : ETS</translation>
    </message>
    <message>
        <source>Memory: atoms</source>
        <translation>Mémoire : atomes</translation>
    </message>
    <message>
        <source>Memory: code</source>
        <translation>Mémoire : code</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation>Réductions/s</translation>
    </message>
    <message>
        <source>I/O in/s</source>
        <translation>E/S entrée/s</translation>
    </message>
    <message>
        <source>I/O out/s</source>
        <translation>E/S sortie/s</translation>
    </message>
    <message>
        <source>Garbage collections/s</source>
        <translation>Ramasse-miettes/s</translation>
    </message>
    <message>
        <source>Words reclaimed/s</source>
        <translation>Mots récupérés/s</translation>
    </message>
    <message>
        <source>Used: %1</source>
        <translation>Utilisé : %1</translation>
    </message>
    <message>
        <source>Allocated: %1</source>
        <translation>Alloué : %1</translation>
    </message>
    <message>
        <source>Allocators: allocated</source>
        <translation>Allocateurs : alloué</translation>
    </message>
    <message>
        <source>Allocators: used</source>
        <translation>Allocateurs : utilisé</translation>
    </message>
    <message>
        <source>Allocators: unused</source>
        <translation>Allocateurs : inutilisé</translation>
    </message>
    <message>
        <source>Memory: resident (RSS)</source>
        <translation>Mémoire : résidente (RSS)</translation>
    </message>
    <message>
        <source>Mnesia: commits/s</source>
        <translation>Mnesia : validations/s</translation>
    </message>
    <message>
        <source>Mnesia: failures/s</source>
        <translation>Mnesia : échecs/s</translation>
    </message>
    <message>
        <source>Mnesia: restarts/s</source>
        <translation>Mnesia : redémarrages/s</translation>
    </message>
    <message>
        <source>Mnesia: log writes/s</source>
        <translation>Mnesia : écritures du journal/s</translation>
    </message>
</context>
<context>
    <name>MnesiaSample</name>
    <message>
        <source>not understood</source>
        <translation>non compris</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>NodeName</name>
    <message>
        <source>The node name is empty.</source>
        <translation>Le nom du nœud est vide.</translation>
    </message>
    <message>
        <source>A node name has one '@': %1</source>
        <translation>Un nom de nœud contient un seul « @ » : %1</translation>
    </message>
    <message>
        <source>A node name looks like name@host (for example app@%1), not '%2'.</source>
        <translation>Un nom de nœud a la forme nom@hôte (par exemple app@%1), et non « %2 ».</translation>
    </message>
    <message>
        <source>Both parts of name@host are needed: '%1'.</source>
        <translation>Les deux parties de nom@hôte sont nécessaires : « %1 ».</translation>
    </message>
    <message>
        <source>The node name is too long.</source>
        <translation>Le nom du nœud est trop long.</translation>
    </message>
    <message>
        <source>'%1' is not a valid node name: use letters, digits, '_' and '-' before the '@'.</source>
        <translation>« %1 » n’est pas un nom de nœud valide : utilisez des lettres, des chiffres, « _ » et « - » avant le « @ ».</translation>
    </message>
    <message>
        <source>The host part contains a space: '%1'.</source>
        <translation>La partie hôte contient une espace : « %1 ».</translation>
    </message>
</context>
<context>
    <name>PortColumns</name>
    <message>
        <source>%1 ports and sockets</source>
        <translation>%1 ports et sockets</translation>
    </message>
    <message>
        <source>bytes per second received and sent</source>
        <translation>octets par seconde reçus et envoyés</translation>
    </message>
    <message>
        <source>bytes received and sent</source>
        <translation>octets reçus et envoyés</translation>
    </message>
    <message>
        <source>bytes per second received</source>
        <translation>octets par seconde reçus</translation>
    </message>
    <message>
        <source>bytes received</source>
        <translation>octets reçus</translation>
    </message>
    <message>
        <source>bytes per second sent</source>
        <translation>octets par seconde envoyés</translation>
    </message>
    <message>
        <source>bytes sent</source>
        <translation>octets envoyés</translation>
    </message>
    <message>
        <source>packets per second received</source>
        <translation>paquets par seconde reçus</translation>
    </message>
    <message>
        <source>packets received</source>
        <translation>paquets reçus</translation>
    </message>
    <message>
        <source>packets per second sent</source>
        <translation>paquets par seconde envoyés</translation>
    </message>
    <message>
        <source>packets sent</source>
        <translation>paquets envoyés</translation>
    </message>
    <message>
        <source>change of queued bytes per second</source>
        <translation>variation des octets en file par seconde</translation>
    </message>
    <message>
        <source>bytes queued</source>
        <translation>octets en file</translation>
    </message>
    <message>
        <source>change of memory per second</source>
        <translation>variation de la mémoire par seconde</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>mémoire</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>PROPRIÉTAIRE</translation>
    </message>
    <message>
        <source>LOCAL</source>
        <translation>LOCAL</translation>
    </message>
    <message>
        <source>PEER</source>
        <translation>PAIR</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>RECV</source>
        <translation>REÇUS</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>ENVOYÉS</translation>
    </message>
    <message>
        <source>RECV/S</source>
        <translation>REÇUS/S</translation>
    </message>
    <message>
        <source>SENT/S</source>
        <translation>ENVOYÉS/S</translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>PortDetailsHtml</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>socket:info/1</source>
        <translation>socket:info/1</translation>
    </message>
    <message>
        <source>erlang:port_info/1</source>
        <translation>erlang:port_info/1</translation>
    </message>
    <message>
        <source>The node gave nothing more for this port.</source>
        <translation>Le nœud n’a rien donné de plus pour ce port.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries: see Links &amp; Monitors</source>
        <translation>
            <numerusform>%Ln entrée : voir Liens &amp; moniteurs</numerusform>
            <numerusform>%Ln entrées : voir Liens &amp; moniteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>Adresse locale</translation>
    </message>
    <message>
        <source>Peer address</source>
        <translation>Adresse du pair</translation>
    </message>
    <message>
        <source>Connected process</source>
        <translation>Processus connecté</translation>
    </message>
    <message>
        <source>The node gave no counters for this port.</source>
        <translation>Le nœud n’a donné aucun compteur pour ce port.</translation>
    </message>
    <message>
        <source>Only inet ports and sockets keep traffic counters; see the Overview for the bytes this port has read and written.</source>
        <translation>Seuls les ports et sockets inet tiennent des compteurs de trafic ; voir la Vue d’ensemble pour les octets que ce port a lus et écrits.</translation>
    </message>
    <message>
        <source>Socket counters</source>
        <translation>Compteurs du socket</translation>
    </message>
    <message>
        <source>inet:getstat/1</source>
        <translation>inet:getstat/1</translation>
    </message>
    <message>
        <source>This kind of port has no options to read.</source>
        <translation>Ce type de port n’a aucune option à lire.</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>non pris en charge</translation>
    </message>
    <message>
        <source>could not be read: </source>
        <translation>lecture impossible : </translation>
    </message>
    <message numerus="yes">
        <source>%Ln options are not supported by this kind of port: that is not an error.</source>
        <translation>
            <numerusform>%Ln option n’est pas prise en charge par ce type de port : ce n’est pas une erreur.</numerusform>
            <numerusform>%Ln options ne sont pas prises en charge par ce type de port : ce n’est pas une erreur.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Showing %L1 of %L2.</source>
        <translation>%L1 affichés sur %L2.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Moniteurs</translation>
    </message>
    <message>
        <source>Monitored by</source>
        <translation>Surveillé par</translation>
    </message>
</context>
<context>
    <name>ProcessColumns</name>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation>MÉMOIRE</translation>
    </message>
    <message>
        <source>REDS/S</source>
        <translation>RÉD/S</translation>
    </message>
    <message>
        <source>MSGQ</source>
        <translation>FILE MSG</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>BIN</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>CURRENT FUNCTION</source>
        <translation>FONCTION COURANTE</translation>
    </message>
    <message>
        <source>%1 processes</source>
        <translation>%1 processus</translation>
    </message>
</context>
<context>
    <name>ProcessDetailsHtml</name>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln de plus</numerusform>
            <numerusform>%Ln de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Pid</source>
        <translation>Pid</translation>
    </message>
    <message>
        <source>Registered name</source>
        <translation>Nom enregistré</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Initial call</source>
        <translation>Appel initial</translation>
    </message>
    <message>
        <source>Spawned as</source>
        <translation>Lancé en tant que</translation>
    </message>
    <message>
        <source>Current function</source>
        <translation>Fonction courante</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Traps exits</source>
        <translation>Intercepte les sorties</translation>
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
        <source>Group leader</source>
        <translation>Group leader</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Reductions</source>
        <translation>Réductions</translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation>Réductions/s</translation>
    </message>
    <message>
        <source>measured from the second sample</source>
        <translation>mesuré à partir du deuxième échantillon</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>File de messages</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>%1 (%L2 words)</source>
        <translation>%1 (%L2 mots)</translation>
    </message>
    <message>
        <source>Heap size</source>
        <translation>Taille du tas</translation>
    </message>
    <message>
        <source>Stack size</source>
        <translation>Taille de la pile</translation>
    </message>
    <message>
        <source>Total heap size</source>
        <translation>Taille totale du tas</translation>
    </message>
    <message>
        <source>Binaries</source>
        <translation>Binaires</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %Ln binaries</source>
        <translation>
            <numerusform>%1 dans %Ln binaire</numerusform>
            <numerusform>%1 dans %Ln binaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Largest binaries</source>
        <translation>Plus grands binaires</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln references</source>
        <translation>
            <numerusform>%1, %Ln référence</numerusform>
            <numerusform>%1, %Ln références</numerusform>
        </translation>
    </message>
    <message>
        <source>Garbage collection</source>
        <translation>Ramasse-miettes</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Moniteurs</translation>
    </message>
    <message>
        <source>Monitored by</source>
        <translation>Surveillé par</translation>
    </message>
    <message>
        <source>The process dictionary is empty.</source>
        <translation>Le dictionnaire du processus est vide.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more entries not shown</source>
        <translation>
            <numerusform>%Ln entrée de plus non affichée</numerusform>
            <numerusform>%Ln entrées de plus non affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>No stack trace.</source>
        <translation>Aucune pile d’appels.</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Not available: this process was not started by proc_lib (it is not a gen_server, gen_statem or other OTP behaviour), so it does not answer system messages. Asking would leave a message in its queue for ever.</source>
        <translation>Non disponible : ce processus n’a pas été lancé par proc_lib (ce n’est pas un gen_server, un gen_statem ni un autre comportement OTP), il ne répond donc pas aux messages système. Le lui demander laisserait un message dans sa file pour toujours.</translation>
    </message>
    <message>
        <source>Not available: the process did not answer sys:get_state within a second. It may be busy, blocked in a call, or suspended.</source>
        <translation>Non disponible : le processus n’a pas répondu à sys:get_state dans la seconde. Il est peut-être occupé, bloqué dans un appel ou suspendu.</translation>
    </message>
    <message>
        <source>Not available: the process does not handle sys:get_state (it has no state to give).</source>
        <translation>Non disponible : le processus ne traite pas sys:get_state (il n’a pas d’état à donner).</translation>
    </message>
    <message>
        <source>Not available.</source>
        <translation>Non disponible.</translation>
    </message>
    <message>
        <source>The process has exited; its messages are gone.</source>
        <translation>Le processus s’est terminé ; ses messages ont disparu.</translation>
    </message>
    <message>
        <source>The queue holds %L1 messages. Reading it makes the node copy every one of them (the process's memory, roughly doubled for a moment), so Beamtop asks first. Only the first 100 are sent either way.</source>
        <translation>La file contient %L1 messages. Pour la lire, le nœud doit copier chacun d’eux (la mémoire du processus double à peu près pendant un moment) : Beamtop demande donc d’abord. Dans tous les cas, seuls les 100 premiers sont envoyés.</translation>
    </message>
    <message>
        <source>The message queue is empty.</source>
        <translation>La file de messages est vide.</translation>
    </message>
    <message>
        <source>The first %L1 of %L2 messages, each cut to a readable size.</source>
        <translation>Les %L1 premiers messages sur %L2, chacun tronqué à une taille lisible.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>RankingFields</name>
    <message>
        <source>not ranked: without the agent rows come in the node's order</source>
        <translation>non classé : sans l’agent, les lignes arrivent dans l’ordre du nœud</translation>
    </message>
    <message>
        <source>ranked %1 of %2 so far (partial)</source>
        <translation>%1 sur %2 classés jusqu’ici (partiel)</translation>
    </message>
    <message>
        <source>ranking complete, %1 old; measuring change: rates come with the next full ranking (partial)</source>
        <translation>classement terminé, il y a %1 ; mesure de la variation : les débits arriveront avec le prochain classement complet (partiel)</translation>
    </message>
    <message>
        <source>ranking complete, %1 old</source>
        <translation>classement terminé, il y a %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>RankingProgress</name>
    <message>
        <source>measuring change</source>
        <translation>mesure de la variation</translation>
    </message>
    <message>
        <source>ranking</source>
        <translation>classement</translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>estimation du temps restant</translation>
    </message>
    <message>
        <source>~%1 left at --budget %2</source>
        <translation>~%1 restant avec --budget %2</translation>
    </message>
    <message>
        <source>--budget %1 (more CPU on the node) would take ~%2</source>
        <translation>--budget %1 (plus de CPU sur le nœud) prendrait ~%2</translation>
    </message>
    <message>
        <source>--budget %1: ~%2</source>
        <translation>--budget %1 : ~%2</translation>
    </message>
    <message>
        <source>~%1 left</source>
        <translation>~%1 restant</translation>
    </message>
</context>
<context>
    <name>RecordTextWriter</name>
    <message>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>Load of %1, one line per sample</source>
        <translation>Charge de %1, une ligne par échantillon</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 ligne %2</translation>
    </message>
    <message>
        <source>Processes at 85 % of the process limit (+P): spawning fails at 100 %.</source>
        <translation>Processus à 85 % de la limite de processus (+P) : la création de processus échoue à 100 %.</translation>
    </message>
    <message>
        <source>Ports at 85 % of the port limit (+Q): opening sockets and files fails at 100 %.</source>
        <translation>Ports à 85 % de la limite de ports (+Q) : l’ouverture de sockets et de fichiers échoue à 100 %.</translation>
    </message>
    <message>
        <source>Atoms at 85 % of the atom limit (+t): the node stops when the table is full.</source>
        <translation>Atomes à 85 % de la limite d’atomes (+t) : le nœud s’arrête quand la table est pleine.</translation>
    </message>
    <message>
        <source>ETS tables at 85 % of the table limit.</source>
        <translation>Tables ETS à 85 % de la limite de tables.</translation>
    </message>
    <message>
        <source>A message queue over 10,000 for 10 s: the process does not keep up.</source>
        <translation>Une file de messages au-delà de 10 000 pendant 10 s : le processus ne suit pas.</translation>
    </message>
    <message>
        <source>More than twice as many runnable processes as schedulers for 30 s: the node is CPU-bound.</source>
        <translation>Plus de deux fois plus de processus exécutables que d’ordonnanceurs pendant 30 s : le nœud est limité par le CPU.</translation>
    </message>
    <message>
        <source>Schedulers over 90 % busy for a minute.</source>
        <translation>Ordonnanceurs occupés à plus de 90 % pendant une minute.</translation>
    </message>
    <message>
        <source>The node uses over 85 % of the machine's memory.</source>
        <translation>Le nœud utilise plus de 85 % de la mémoire de la machine.</translation>
    </message>
    <message>
        <source>the file is larger than 4 MiB: not a rules file</source>
        <translation>le fichier dépasse 4 MiB : ce n’est pas un fichier de règles</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <source>a rules file is a JSON object</source>
        <translation>un fichier de règles est un objet JSON</translation>
    </message>
    <message>
        <source>missing; a rules file says "schema": "%1"</source>
        <translation>absent ; un fichier de règles indique "schema": "%1"</translation>
    </message>
    <message>
        <source>"%1" is not "%2"</source>
        <translation>« %1 » n’est pas « %2 »</translation>
    </message>
    <message>
        <source>missing or not a list</source>
        <translation>absent ou pas une liste</translation>
    </message>
    <message>
        <source>a rule is a JSON object</source>
        <translation>une règle est un objet JSON</translation>
    </message>
    <message>
        <source>missing: every rule has an id</source>
        <translation>absent : chaque règle a un id</translation>
    </message>
    <message>
        <source>"%1" is used by an earlier rule</source>
        <translation>« %1 » est déjà utilisé par une règle précédente</translation>
    </message>
    <message>
        <source>missing: the metric the rule watches</source>
        <translation>absent : la métrique que la règle surveille</translation>
    </message>
    <message>
        <source>"%1" is not a metric Beamtop knows</source>
        <translation>« %1 » n’est pas une métrique connue de Beamtop</translation>
    </message>
    <message>
        <source>not a number (write 0.85, "85%" or "2GiB")</source>
        <translation>pas un nombre (écrivez 0.85, "85%" ou "2GiB")</translation>
    </message>
    <message>
        <source>a rule has "above" or "below", not both</source>
        <translation>une règle a "above" ou "below", pas les deux</translation>
    </message>
    <message>
        <source>missing: the threshold, as "above" or "below"</source>
        <translation>absent : le seuil, sous la forme "above" ou "below"</translation>
    </message>
    <message>
        <source>the clear value is above the threshold; it must be at or below it</source>
        <translation>la valeur de retour à la normale est au-dessus du seuil ; elle doit être égale ou inférieure au seuil</translation>
    </message>
    <message>
        <source>the clear value is below the threshold; it must be at or above it</source>
        <translation>la valeur de retour à la normale est au-dessous du seuil ; elle doit être égale ou supérieure au seuil</translation>
    </message>
    <message>
        <source>not a duration (write "30s", "2m" or "1h30m")</source>
        <translation>pas une durée (écrivez "30s", "2m" ou "1h30m")</translation>
    </message>
    <message>
        <source>"%1" is not warning or critical</source>
        <translation>« %1 » n’est ni warning ni critical</translation>
    </message>
    <message>
        <source>not text</source>
        <translation>pas du texte</translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation>ni true ni false</translation>
    </message>
</context>
<context>
    <name>SchedulerSample</name>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Dirty CPU</source>
        <translation>Dirty CPU</translation>
    </message>
    <message>
        <source>Dirty I/O</source>
        <translation>Dirty E/S</translation>
    </message>
    <message>
        <source>The scheduler reading is not a map.</source>
        <translation>La lecture des ordonnanceurs n’est pas une map.</translation>
    </message>
    <message>
        <source>The scheduler reading lacks the scheduler counts.</source>
        <translation>La lecture des ordonnanceurs ne contient pas le nombre d’ordonnanceurs.</translation>
    </message>
    <message>
        <source>The scheduler reading is too long.</source>
        <translation>La lecture des ordonnanceurs est trop longue.</translation>
    </message>
    <message>
        <source>A scheduler wall time is not {Id, Active, Total}.</source>
        <translation>Un temps d’horloge d’ordonnanceur n’est pas de la forme {Id, Active, Total}.</translation>
    </message>
    <message>
        <source>The scheduler reading lacks wall times.</source>
        <translation>La lecture des ordonnanceurs ne contient pas les temps d’horloge.</translation>
    </message>
</context>
<context>
    <name>SessionNotice</name>
    <message>
        <source>The demo node runs on this computer and stops when Beamtop exits.</source>
        <translation>Le nœud de démonstration tourne sur cet ordinateur et s’arrête quand Beamtop se ferme.</translation>
    </message>
    <message>
        <source>The demo node did not start.</source>
        <translation>Le nœud de démonstration n’a pas démarré.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1; loading the agent…</source>
        <translation>Connecté à %1 ; chargement de l’agent…</translation>
    </message>
    <message>
        <source>The connection to %1 was lost at %2. Reconnecting…</source>
        <translation>La connexion à %1 a été perdue à %2. Reconnexion…</translation>
    </message>
    <message>
        <source>The connection to %1 was lost at %2. Showing data from %3; reconnecting…</source>
        <translation>La connexion à %1 a été perdue à %2. Affichage des données de %3 ; reconnexion…</translation>
    </message>
    <message>
        <source>Disconnecting from %1…</source>
        <translation>Déconnexion de %1…</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Impossible de se connecter à %1.</translation>
    </message>
    <message>
        <source>Disconnected from %1. Showing data from %2.</source>
        <translation>Déconnecté de %1. Affichage des données de %2.</translation>
    </message>
    <message>
        <source>The demo node has stopped.</source>
        <translation>Le nœud de démonstration s’est arrêté.</translation>
    </message>
    <message>
        <source>The last refresh from %1 failed; showing data from %2.</source>
        <translation>La dernière actualisation depuis %1 a échoué ; affichage des données de %2.</translation>
    </message>
    <message>
        <source>Refreshing is paused. F5 refreshes once.</source>
        <translation>L’actualisation est en pause. F5 actualise une fois.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Data is late: %1 has not answered for %2. Showing data from %3.</source>
        <translation>Données en retard : %1 ne répond plus depuis %2. Affichage des données de %3.</translation>
    </message>
    <message>
        <source>Data is late: %1 has not answered for %2.</source>
        <translation>Données en retard : %1 ne répond plus depuis %2.</translation>
    </message>
    <message>
        <source>The node may be overloaded. Beamtop keeps asking and shows new data as soon as it comes.</source>
        <translation>Le nœud est peut-être surchargé. Beamtop continue de l’interroger et affiche les nouvelles données dès qu’elles arrivent.</translation>
    </message>
</context>
<context>
    <name>SystemSample</name>
    <message>
        <source>The system overview is not a map.</source>
        <translation>La vue d’ensemble du système n’est pas une map.</translation>
    </message>
    <message>
        <source>The system overview lacks '%1'.</source>
        <translation>La vue d’ensemble du système ne contient pas « %1 ».</translation>
    </message>
    <message>
        <source>The system overview lacks 'memory'.</source>
        <translation>La vue d’ensemble du système ne contient pas « memory ».</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>beamtop::AboutDialog</name>
    <message>
        <source>Show &amp;Licence</source>
        <translation>Afficher la &amp;licence</translation>
    </message>
    <message>
        <source>About Beamtop</source>
        <translation>À propos de Beamtop</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Beamtop %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Beamtop %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>An observer for Erlang and Elixir nodes: it connects as a hidden C node, loads a small agent for the time it is connected, and leaves no trace.</source>
        <translation>Un observateur pour les nœuds Erlang et Elixir : il se connecte comme nœud C caché, charge un petit agent le temps de la connexion et ne laisse aucune trace.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later); see &lt;a href="%1"&gt;%1&lt;/a&gt;.</source>
        <translation>Logiciel libre sous la licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later) ; voir &lt;a href="%1"&gt;%1&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt :</translation>
    </message>
    <message>
        <source>OTP erl_interface:</source>
        <translation>OTP erl_interface :</translation>
    </message>
    <message>
        <source>QtKeychain:</source>
        <translation>QtKeychain :</translation>
    </message>
    <message>
        <source>Runs with:</source>
        <translation>Exécuté avec :</translation>
    </message>
    <message>
        <source>Hide &amp;Licence</source>
        <translation>Masquer la &amp;licence</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (OTP %2)</source>
        <translation>%1 (OTP %2)</translation>
    </message>
    <message>
        <source>The licence text is missing from this build; read it at https://www.gnu.org/licenses/gpl-3.0.html.</source>
        <translation>Le texte de la licence manque dans cette version ; lisez-le sur https://www.gnu.org/licenses/gpl-3.0.html.</translation>
    </message>
</context>
<context>
    <name>beamtop::ActiveAlertModel</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Not known: the entity left the ranking, or the rule changed</source>
        <translation>Inconnue : l’entité a quitté le classement, ou la règle a changé</translation>
    </message>
    <message>
        <source>the node</source>
        <translation>le nœud</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>The latest value read</source>
        <translation>La dernière valeur lue</translation>
    </message>
    <message>
        <source>The rule's threshold; the alert resolves past its clear value</source>
        <translation>Le seuil de la règle ; l’alerte prend fin une fois sa valeur de retour à la normale franchie</translation>
    </message>
    <message>
        <source>The process, ETS table or port the alert is about; double-click or Enter opens it</source>
        <translation>Le processus, la table ETS ou le port que concerne l’alerte ; un double-clic ou Entrée l’ouvre</translation>
    </message>
    <message>
        <source>When the alert fired</source>
        <translation>Quand l’alerte s’est déclenchée</translation>
    </message>
    <message>
        <source>Acknowledged alerts stay until they resolve but no longer count as new</source>
        <translation>Les alertes acquittées restent jusqu’à leur fin mais ne comptent plus comme nouvelles</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
</context>
<context>
    <name>beamtop::ActivityModel</name>
    <message>
        <source>Counter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Per second</source>
        <translation>Par seconde</translation>
    </message>
    <message>
        <source>Since the node started.</source>
        <translation>Depuis le démarrage du nœud.</translation>
    </message>
    <message>
        <source>Over the last refresh interval, by the node's clock.</source>
        <translation>Sur le dernier intervalle d’actualisation, selon l’horloge du nœud.</translation>
    </message>
    <message>
        <source>Needs two samples.</source>
        <translation>Nécessite deux échantillons.</translation>
    </message>
    <message>
        <source>%1 per second over %2 s</source>
        <translation>%1 par seconde sur %2 s</translation>
    </message>
    <message>
        <source>Reductions</source>
        <translation>Réductions</translation>
    </message>
    <message>
        <source>Units of work done by the schedulers.</source>
        <translation>Unités de travail effectuées par les ordonnanceurs.</translation>
    </message>
    <message>
        <source>Run queue</source>
        <translation>File d’exécution</translation>
    </message>
    <message>
        <source>Processes and ports ready to run, waiting for a scheduler, now.</source>
        <translation>Processus et ports prêts à s’exécuter, en attente d’un ordonnanceur, en ce moment.</translation>
    </message>
    <message>
        <source>I/O input</source>
        <translation>Entrées E/S</translation>
    </message>
    <message>
        <source>I/O output</source>
        <translation>Sorties E/S</translation>
    </message>
    <message>
        <source>Garbage collections</source>
        <translation>Ramasse-miettes</translation>
    </message>
    <message>
        <source>Words reclaimed</source>
        <translation>Mots récupérés</translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation>%1 par seconde</translation>
    </message>
    <message>
        <source>Heap words freed by garbage collection.</source>
        <translation>Mots de tas libérés par le ramasse-miettes.</translation>
    </message>
    <message>
        <source>%1 words (%2)</source>
        <translation>%1 mots (%2)</translation>
    </message>
    <message>
        <source>Context switches</source>
        <translation>Changements de contexte</translation>
    </message>
</context>
<context>
    <name>beamtop::AgentClient</name>
    <message>
        <source>no agent</source>
        <translation>pas d’agent</translation>
    </message>
    <message>
        <source>loading agent</source>
        <translation>chargement de l’agent</translation>
    </message>
    <message>
        <source>full (agent loaded)</source>
        <translation>complet (agent chargé)</translation>
    </message>
    <message>
        <source>reduced (no agent)</source>
        <translation>réduit (sans agent)</translation>
    </message>
    <message>
        <source>not loaded (turned off)</source>
        <translation>non chargé (désactivé)</translation>
    </message>
    <message>
        <source>The agent is turned off for this connection.</source>
        <translation>L’agent est désactivé pour cette connexion.</translation>
    </message>
    <message>
        <source>already loaded</source>
        <translation>déjà chargé</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>chargé</translation>
    </message>
    <message>
        <source>The node refused the agent (%1). Plain calls are used instead; some views are limited.</source>
        <translation>Le nœud a refusé l’agent (%1). Des appels simples sont utilisés à la place ; certaines vues sont limitées.</translation>
    </message>
    <message>
        <source>cannot scan</source>
        <translation>analyse lexicale impossible</translation>
    </message>
    <message>
        <source>cannot parse</source>
        <translation>analyse syntaxique impossible</translation>
    </message>
    <message>
        <source>compiled on the node</source>
        <translation>compilé sur le nœud</translation>
    </message>
    <message>
        <source>compiling on the node failed; the compiler application may be missing</source>
        <translation>la compilation sur le nœud a échoué ; l’application compiler est peut-être absente</translation>
    </message>
    <message>
        <source>The agent did not start: %1</source>
        <translation>L’agent n’a pas démarré : %1</translation>
    </message>
    <message>
        <source>already running</source>
        <translation>déjà en cours d’exécution</translation>
    </message>
    <message>
        <source>The agent is not loaded on this node.</source>
        <translation>L’agent n’est pas chargé sur ce nœud.</translation>
    </message>
    <message>
        <source>The agent sent a reply Beamtop does not understand.</source>
        <translation>L’agent a envoyé une réponse que Beamtop ne comprend pas.</translation>
    </message>
    <message>
        <source>The node took too long to answer; it may be overloaded.</source>
        <translation>Le nœud a mis trop de temps à répondre ; il est peut-être surchargé.</translation>
    </message>
    <message>
        <source>The agent on the node is not running; Beamtop reloads it when it reconnects.</source>
        <translation>L’agent ne tourne pas sur le nœud ; Beamtop le recharge à la reconnexion.</translation>
    </message>
    <message>
        <source>It no longer exists on the node.</source>
        <translation>Il n’existe plus sur le nœud.</translation>
    </message>
    <message>
        <source>It was not suspended by Beamtop, so Beamtop does not resume it.</source>
        <translation>Il n’a pas été suspendu par Beamtop, Beamtop ne le reprend donc pas.</translation>
    </message>
    <message>
        <source>The answer would be %1 bytes, over the limit of %2.</source>
        <translation>La réponse ferait %1 octets, au-delà de la limite de %2.</translation>
    </message>
    <message>
        <source>The agent's work failed on the node: %1</source>
        <translation>Le travail de l’agent a échoué sur le nœud : %1</translation>
    </message>
    <message>
        <source>The agent on the node does not know this request (%1); it is another version.</source>
        <translation>L’agent du nœud ne connaît pas cette requête (%1) ; c’est une autre version.</translation>
    </message>
    <message>
        <source>The agent refused the arguments of %1.</source>
        <translation>L’agent a refusé les arguments de %1.</translation>
    </message>
    <message>
        <source>The agent refused: %1</source>
        <translation>L’agent a refusé : %1</translation>
    </message>
    <message>
        <source>The agent did not start: %1 Plain calls are used instead; some views are limited.</source>
        <translation>L’agent n’a pas démarré : %1 Des appels simples sont utilisés à la place ; certaines vues sont limitées.</translation>
    </message>
    <message>
        <source>not loaded (atom table nearly full)</source>
        <translation>non chargé (table des atomes presque pleine)</translation>
    </message>
    <message>
        <source>The node's atom table is nearly full (%L1 of %L2 atoms). Loading the agent would add up to %L3 atoms and leave less than 5 % of the table free, and a full atom table stops the node. Plain calls are used instead; some views are limited. Memory figures stay out until the node has read them itself: the first reading adds about 300 atoms.</source>
        <translation>La table des atomes du nœud est presque pleine (%L1 atomes sur %L2). Charger l’agent ajouterait jusqu’à %L3 atomes et laisserait moins de 5 % de la table libre ; or une table des atomes pleine arrête le nœud. Des appels simples sont utilisés à la place ; certaines vues sont limitées. Les chiffres de mémoire restent absents tant que le nœud ne les a pas lus lui-même : la première lecture ajoute environ 300 atomes.</translation>
    </message>
    <message>
        <source>loaded (the code server was slow)</source>
        <translation>chargé (le serveur de code était lent)</translation>
    </message>
    <message>
        <source>The node is at its process limit: it cannot start the process a call needs, so calls fail until some of its processes end.</source>
        <translation>Le nœud a atteint sa limite de processus : il ne peut pas lancer le processus dont un appel a besoin, les appels échouent donc jusqu’à ce que certains de ses processus se terminent.</translation>
    </message>
</context>
<context>
    <name>beamtop::AlertLog</name>
    <message>
        <source>Could not write the alert log %1: %2</source>
        <translation>Impossible d’écrire le journal des alertes %1 : %2</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>aucun nom de fichier n’a été donné</translation>
    </message>
    <message>
        <source>the folder %1 could not be made</source>
        <translation>le dossier %1 n’a pas pu être créé</translation>
    </message>
    <message>
        <source>%1 could not be replaced</source>
        <translation>%1 n’a pas pu être remplacé</translation>
    </message>
    <message>
        <source>it could not be renamed to %1</source>
        <translation>il n’a pas pu être renommé en %1</translation>
    </message>
</context>
<context>
    <name>beamtop::AlertLogModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The value that fired or resolved the alert</source>
        <translation>La valeur qui a déclenché l’alerte ou y a mis fin</translation>
    </message>
    <message>
        <source>The rule's threshold when it fired, its clear value when it resolved</source>
        <translation>Le seuil de la règle lors du déclenchement, sa valeur de retour à la normale lors de la fin</translation>
    </message>
    <message>
        <source>The rule's note, or why an alert resolved without a value</source>
        <translation>La note de la règle, ou la raison pour laquelle une alerte a pris fin sans valeur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Terminée</translation>
    </message>
</context>
<context>
    <name>beamtop::AlertMonitor</name>
    <message>
        <source>The agent on this node cannot read %1 figures; the rule on %2 waits.</source>
        <translation>L’agent de ce nœud ne sait pas lire les valeurs de %1 ; la règle sur %2 attend.</translation>
    </message>
</context>
<context>
    <name>beamtop::AlertsPage</name>
    <message>
        <source>Active alerts</source>
        <translation>Alertes actives</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acquitter</translation>
    </message>
    <message>
        <source>Mark the selected alerts as seen: they stay until they resolve but no longer count as new (Ctrl+K)</source>
        <translation>Marquer les alertes sélectionnées comme vues : elles restent jusqu’à leur fin mais ne comptent plus comme nouvelles (Ctrl+K)</translation>
    </message>
    <message>
        <source>Acknowledge A&amp;ll</source>
        <translation>Acquitter &amp;tout</translation>
    </message>
    <message>
        <source>Mark every active alert as seen (Ctrl+Shift+K)</source>
        <translation>Marquer toutes les alertes actives comme vues (Ctrl+Maj+K)</translation>
    </message>
    <message>
        <source>&amp;Edit Rules…</source>
        <translation>&amp;Modifier les règles…</translation>
    </message>
    <message>
        <source>The rules that fire alerts on this node: metric, threshold, duration, severity</source>
        <translation>Les règles qui déclenchent des alertes sur ce nœud : métrique, seuil, durée, gravité</translation>
    </message>
    <message>
        <source>Export Log…</source>
        <translation>Exporter le journal…</translation>
    </message>
    <message>
        <source>The log of fired and resolved alerts as CSV or JSON (Ctrl+E)</source>
        <translation>Le journal des alertes déclenchées et terminées, en CSV ou JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Desktop &amp;Notifications</source>
        <translation>&amp;Notifications du bureau</translation>
    </message>
    <message>
        <source>Tell the desktop when an alert fires (every Beamtop window)</source>
        <translation>Prévenir le bureau quand une alerte se déclenche (toutes les fenêtres Beamtop)</translation>
    </message>
    <message>
        <source>Could not read %1 for the alerts</source>
        <translation>Impossible de lire %1 pour les alertes</translation>
    </message>
    <message>
        <source>Some rules could not be read; the others are in force.</source>
        <translation>Certaines règles n’ont pas pu être lues ; les autres sont en vigueur.</translation>
    </message>
    <message>
        <source>No active alerts.</source>
        <translation>Aucune alerte active.</translation>
    </message>
    <message numerus="yes">
        <source>%n active alert(s), %1 not acknowledged.</source>
        <translation>
            <numerusform>%n alerte active, %1 non acquittée.</numerusform>
            <numerusform>%n alertes actives, %1 non acquittées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) in force.</source>
        <translation>
            <numerusform>%n règle en vigueur.</numerusform>
            <numerusform>%n règles en vigueur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules for connections without a profile: %1</source>
        <translation>Règles des connexions sans profil : %1</translation>
    </message>
    <message>
        <source>Rules of this window's profile: %1</source>
        <translation>Règles du profil de cette fenêtre : %1</translation>
    </message>
    <message>
        <source>Export the Alert Log</source>
        <translation>Exporter le journal des alertes</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n log entries to %1.</source>
        <translation>
            <numerusform>%n entrée du journal exportée vers %1.</numerusform>
            <numerusform>%n entrées du journal exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::AllocColumns</name>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>INST</source>
        <translation>INST</translation>
    </message>
    <message>
        <source>CARRIERS</source>
        <translation>PORTEURS</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>UTILISÉ</translation>
    </message>
    <message>
        <source>UNUSED</source>
        <translation>INUTILISÉ</translation>
    </message>
    <message>
        <source>USAGE</source>
        <translation>UTILISATION</translation>
    </message>
    <message>
        <source>IN SBCS</source>
        <translation>EN SBCS</translation>
    </message>
    <message>
        <source>MBC AVG</source>
        <translation>MOY MBC</translation>
    </message>
    <message>
        <source>SBC AVG</source>
        <translation>MOY SBC</translation>
    </message>
</context>
<context>
    <name>beamtop::AllocCommand</name>
    <message>
        <source>The memory allocators: carriers, usage, the mseg cache, and what to change.</source>
        <translation>Les allocateurs de mémoire : porteurs, utilisation, cache mseg et ce qu’il faut changer.</translation>
    </message>
    <message>
        <source>Reads the node's memory allocators in one dump and prints, per allocator type, the carriers it holds, the blocks in them and their usage, then the totals against erlang:memory(total) and the node's resident size, the mseg_alloc cache, and the findings in plain words with the emulator flag to look at (never applied). --instances adds a row per instance (0 is the global one, the others one per scheduler). --format table (or text) for people, csv for the rows, json for the snapshot's allocators section.</source>
        <translation>Lit les allocateurs de mémoire du nœud en un seul relevé et affiche, par type d’allocateur, les porteurs qu’il détient, les blocs qu’ils contiennent et leur utilisation, puis les totaux comparés à erlang:memory(total) et à la taille résidente du nœud, le cache mseg_alloc, et les constats en termes simples avec l’option de l’émulateur à examiner (jamais appliquée). --instances ajoute une ligne par instance (0 est l’instance globale, les autres une par ordonnanceur). --format table (ou text) pour les personnes, csv pour les lignes, json pour la section allocators de l’instantané.</translation>
    </message>
    <message>
        <source>Add each allocator instance under its type, and the mseg cache per instance.</source>
        <translation>Ajouter chaque instance d’allocateur sous son type, et le cache mseg par instance.</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Arguments inattendus : %1</translation>
    </message>
    <message>
        <source>Could not read the allocators: %1</source>
        <translation>Impossible de lire les allocateurs : %1</translation>
    </message>
    <message>
        <source>Could not read the node: %1</source>
        <translation>Impossible de lire le nœud : %1</translation>
    </message>
    <message>
        <source>Memory allocators of %1</source>
        <translation>Allocateurs de mémoire de %1</translation>
    </message>
</context>
<context>
    <name>beamtop::AllocFindingsView</name>
    <message>
        <source>Waiting for the first allocator reading…</source>
        <translation>En attente de la première lecture des allocateurs…</translation>
    </message>
    <message>
        <source>Nothing stands out: no allocator is badly fragmented, large blocks are few, the mseg cache mostly hits, and little of the node's resident size is outside its allocators.</source>
        <translation>Rien ne ressort : aucun allocateur n’est fortement fragmenté, les grands blocs sont rares, le cache mseg réussit la plupart du temps, et une faible part de la taille résidente du nœud se trouve hors de ses allocateurs.</translation>
    </message>
    <message>
        <source>See %1.</source>
        <translation>Voir %1.</translation>
    </message>
</context>
<context>
    <name>beamtop::AllocFragmentModel</name>
    <message>
        <source>Allocator</source>
        <translation>Allocateur</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Inutilisé</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>Porteurs</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blocs</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>In sbcs</source>
        <translation>Dans les sbcs</translation>
    </message>
    <message>
        <source>The weight: (1 − usage) × carrier size, the carrier bytes no block uses. Worst first.</source>
        <translation>Le poids : (1 − utilisation) × taille du porteur, soit les octets du porteur qu’aucun bloc n’utilise. Les pires en premier.</translation>
    </message>
    <message>
        <source>Multiblock carriers (with the pool's) and single-block carriers of this instance.</source>
        <translation>Porteurs multiblocs (y compris ceux du pool) et porteurs à bloc unique de cette instance.</translation>
    </message>
    <message>
        <source>The blocks in them.</source>
        <translation>Les blocs qu’ils contiennent.</translation>
    </message>
    <message>
        <source>Blocks per carrier bytes.</source>
        <translation>Blocs par octet de porteur.</translation>
    </message>
    <message>
        <source>Of the carriers, the single-block ones.</source>
        <translation>Parmi les porteurs, ceux à bloc unique.</translation>
    </message>
    <message>
        <source>Instance %1 (%2)</source>
        <translation>Instance %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (multiblock and pool %2, single-block %3)</source>
        <translation>%1 (multiblocs et pool %2, bloc unique %3)</translation>
    </message>
    <message>
        <source>%1 (multiblock %2, single-block %3)</source>
        <translation>%1 (multiblocs %2, bloc unique %3)</translation>
    </message>
</context>
<context>
    <name>beamtop::AllocSettingsModel</name>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Emulator flag</source>
        <translation>Option de l’émulateur</translation>
    </message>
    <message>
        <source>The erl flag that sets it (+M, the allocator's letter, the setting). Beamtop never changes it.</source>
        <translation>L’option erl qui le définit (+M, la lettre de l’allocateur, le réglage). Beamtop ne la modifie jamais.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
</context>
<context>
    <name>beamtop::AllocTreeModel</name>
    <message>
        <source>%1 carriers holding %2 in %3 blocks (%4 used)</source>
        <translation>%1 porteurs contenant %2 en %3 blocs (%4 utilisés)</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>scheduler %1</source>
        <translation>ordonnanceur %1</translation>
    </message>
    <message>
        <source>Allocator</source>
        <translation>Allocateur</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>Porteurs</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blocs</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Inutilisé</translation>
    </message>
    <message>
        <source>Mbcs carriers</source>
        <translation>Porteurs mbcs</translation>
    </message>
    <message>
        <source>Sbcs carriers</source>
        <translation>Porteurs sbcs</translation>
    </message>
    <message>
        <source>Avg mbcs block</source>
        <translation>Bloc mbcs moyen</translation>
    </message>
    <message>
        <source>Avg sbcs block</source>
        <translation>Bloc sbcs moyen</translation>
    </message>
    <message>
        <source>Sbcs:Mbcs</source>
        <translation>Sbcs:Mbcs</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <source>Carriers max Σ</source>
        <translation>Porteurs max Σ</translation>
    </message>
    <message>
        <source>Blocks max Σ</source>
        <translation>Blocs max Σ</translation>
    </message>
    <message>
        <source>The allocator type; expand it for its instances: the global one, and one per scheduler.</source>
        <translation>Le type d’allocateur ; dépliez-le pour voir ses instances : l’instance globale, et une par ordonnanceur.</translation>
    </message>
    <message>
        <source>How many instances of this allocator the node runs.</source>
        <translation>Le nombre d’instances de cet allocateur que le nœud exécute.</translation>
    </message>
    <message>
        <source>Memory the allocator holds from the operating system: the size of all its carriers.</source>
        <translation>La mémoire que l’allocateur obtient du système d’exploitation : la taille de tous ses porteurs.</translation>
    </message>
    <message>
        <source>Memory in use: the size of all the blocks in its carriers.</source>
        <translation>La mémoire utilisée : la taille de tous les blocs de ses porteurs.</translation>
    </message>
    <message>
        <source>Blocks per carrier bytes. Low usage means carriers sit mostly empty (fragmentation).</source>
        <translation>Octets de blocs par octet de porteur. Une utilisation faible signifie que les porteurs sont en grande partie vides (fragmentation).</translation>
    </message>
    <message>
        <source>Carrier bytes no block uses: what fragmentation costs.</source>
        <translation>Octets de porteurs qu’aucun bloc n’utilise : ce que coûte la fragmentation.</translation>
    </message>
    <message>
        <source>Multiblock carriers: carriers shared by many small blocks.</source>
        <translation>Porteurs multiblocs : porteurs partagés par de nombreux petits blocs.</translation>
    </message>
    <message>
        <source>Single-block carriers: one carrier per block at or above the sbct threshold.</source>
        <translation>Porteurs à bloc unique : un porteur par bloc égal ou supérieur au seuil sbct.</translation>
    </message>
    <message>
        <source>The average size of a block in the multiblock carriers.</source>
        <translation>La taille moyenne d’un bloc dans les porteurs multiblocs.</translation>
    </message>
    <message>
        <source>The average size of a block in the single-block carriers.</source>
        <translation>La taille moyenne d’un bloc dans les porteurs à bloc unique.</translation>
    </message>
    <message>
        <source>Blocks in single-block carriers per block in multiblock carriers.</source>
        <translation>Blocs dans des porteurs à bloc unique par bloc dans des porteurs multiblocs.</translation>
    </message>
    <message>
        <source>Abandoned multiblock carriers in the pool, which any instance of the type may take.</source>
        <translation>Porteurs multiblocs abandonnés dans la réserve, que toute instance du type peut reprendre.</translation>
    </message>
    <message>
        <source>Sum of per-instance peaks (not simultaneous): on a type, each instance's own peak carrier size since the node started, added up. The peaks did not happen at the same time, so the node may never have held this much at once. On an instance: its peak.</source>
        <translation>Somme des pics par instance (non simultanés) : sur un type, le pic de taille des porteurs de chaque instance depuis le démarrage du nœud, additionnés. Les pics ne sont pas survenus au même moment, le nœud n’a donc peut-être jamais détenu autant à la fois. Sur une instance : son pic.</translation>
    </message>
    <message>
        <source>Sum of per-instance peaks (not simultaneous): on a type, each instance's own peak block size since the node started, added up. The peaks did not happen at the same time, so the node may never have used this much at once. On an instance: its peak.</source>
        <translation>Somme des pics par instance (non simultanés) : sur un type, le pic de taille des blocs de chaque instance depuis le démarrage du nœud, additionnés. Les pics ne sont pas survenus au même moment, le nœud n’a donc peut-être jamais utilisé autant à la fois. Sur une instance : son pic.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Réglages : %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 in use (%4)</source>
        <translation>%1 : %2 sur %3 utilisés (%4)</translation>
    </message>
    <message>
        <source>Multiblock: %1</source>
        <translation>Multiblocs : %1</translation>
    </message>
    <message>
        <source>Single-block: %1</source>
        <translation>Bloc unique : %1</translation>
    </message>
    <message>
        <source>Pool: %1</source>
        <translation>Réserve : %1</translation>
    </message>
    <message>
        <source>%1: this instance's peak since the node started</source>
        <translation>%1 : le pic de cette instance depuis le démarrage du nœud</translation>
    </message>
    <message>
        <source>%1: the sum of %2 instances' peaks, which did not happen at the same time</source>
        <translation>%1 : la somme des pics de %2 instances, qui ne sont pas survenus au même moment</translation>
    </message>
    <message>
        <source>%1 blocks in single-block carriers, %2 in multiblock carriers</source>
        <translation>%1 blocs dans des porteurs à bloc unique, %2 dans des porteurs multiblocs</translation>
    </message>
</context>
<context>
    <name>beamtop::AllocatorsSection</name>
    <message>
        <source>the Beamtop agent running on this node is older and cannot read allocators</source>
        <translation>l’agent Beamtop qui tourne sur ce nœud est plus ancien et ne sait pas lire les allocateurs</translation>
    </message>
    <message>
        <source>allocators need the Beamtop agent, which this node did not load (reduced mode)</source>
        <translation>les allocateurs nécessitent l’agent Beamtop, que ce nœud n’a pas chargé (mode réduit)</translation>
    </message>
    <message>
        <source>Allocators</source>
        <translation>Allocateurs</translation>
    </message>
    <message>
        <source>%1 in carriers, %2 used (%3 %), %4 unused</source>
        <translation>%1 dans les porteurs, %2 utilisés (%3 %), %4 inutilisés</translation>
    </message>
    <message>
        <source>  resident (RSS)</source>
        <translation>  résident (RSS)</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>  warning</source>
        <translation>  avertissement</translation>
    </message>
    <message>
        <source>  note</source>
        <translation>  remarque</translation>
    </message>
    <message>
        <source>%1 See %2.</source>
        <translation>%1 Voir %2.</translation>
    </message>
</context>
<context>
    <name>beamtop::AppTreeCollector</name>
    <message>
        <source>The agent on this node comes from an older Beamtop and cannot read supervision trees; reconnect to load this one.</source>
        <translation>L’agent de ce nœud provient d’une version plus ancienne de Beamtop et ne sait pas lire les arbres de supervision ; reconnectez-vous pour charger celui-ci.</translation>
    </message>
    <message>
        <source>Supervision trees are read by the agent, which is not loaded on this node.</source>
        <translation>Les arbres de supervision sont lus par l’agent, qui n’est pas chargé sur ce nœud.</translation>
    </message>
    <message>
        <source>The agent sent a supervision tree Beamtop does not understand.</source>
        <translation>L’agent a envoyé un arbre de supervision que Beamtop ne comprend pas.</translation>
    </message>
</context>
<context>
    <name>beamtop::AppTreeView</name>
    <message>
        <source>Search the Tree</source>
        <translation>Rechercher dans l’arbre</translation>
    </message>
    <message>
        <source>Next Match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <source>Search by name, pid or module (Ctrl+F; Enter or F3: next match)</source>
        <translation>Rechercher par nom, pid ou module (Ctrl+F ; Entrée ou F3 : résultat suivant)</translation>
    </message>
    <message>
        <source>Finds the processes of the tree whose name, id, pid or module contains this text (any case), among the children read. Enter and F3 go to the next one.</source>
        <translation>Trouve les processus de l’arbre dont le nom, l’identifiant, le pid ou le module contient ce texte (sans tenir compte de la casse), parmi les enfants lus. Entrée et F3 passent au suivant.</translation>
    </message>
    <message>
        <source>The order of each supervisor's children. The node sorts them by their subtree totals before it pages them, so the heaviest children of a large supervisor come first.</source>
        <translation>L’ordre des enfants de chaque superviseur. Le nœud les trie selon les totaux de leur sous-arbre avant de les découper en pages, si bien que les enfants les plus lourds d’un grand superviseur viennent en premier.</translation>
    </message>
    <message>
        <source>Start order</source>
        <translation>Ordre de démarrage</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation>Réductions/s</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>File de messages</translation>
    </message>
    <message>
        <source>&amp;Children by:</source>
        <translation>&amp;Enfants par :</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <source>The previous page of this supervisor's children</source>
        <translation>La page précédente des enfants de ce superviseur</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <source>The next page of this supervisor's children</source>
        <translation>La page suivante des enfants de ce superviseur</translation>
    </message>
    <message>
        <source>Double-click an application, or select it and press Enter, to see its supervision tree.</source>
        <translation>Double-cliquez sur une application, ou sélectionnez-la et appuyez sur Entrée, pour voir son arbre de supervision.</translation>
    </message>
    <message>
        <source>Reading the supervision tree of %1…</source>
        <translation>Lecture de l’arbre de supervision de %1…</translation>
    </message>
    <message>
        <source>%1 has no supervision tree: it starts no processes of its own (a library application).</source>
        <translation>%1 n’a pas d’arbre de supervision : elle ne démarre aucun processus propre (application bibliothèque).</translation>
    </message>
    <message>
        <source>%1 is loaded but not started: it has no supervision tree.</source>
        <translation>%1 est chargée mais pas démarrée : elle n’a pas d’arbre de supervision.</translation>
    </message>
    <message>
        <source>%1 is not running: it has no supervision tree to show.</source>
        <translation>%1 n’est pas en marche : elle n’a pas d’arbre de supervision à afficher.</translation>
    </message>
    <message>
        <source>The supervision tree of %1 cannot be read: %2</source>
        <translation>L’arbre de supervision de %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The supervision tree of %1 could not be read: %2
Beamtop tries again at every refresh.</source>
        <translation>L’arbre de supervision de %1 n’a pas pu être lu : %2
Beamtop réessaie à chaque actualisation.</translation>
    </message>
    <message>
        <source>The last walk failed (%1): showing the tree read before.</source>
        <translation>Le dernier parcours a échoué (%1) : affichage de l’arbre lu précédemment.</translation>
    </message>
    <message>
        <source>Walks are spaced out to stay within the agent's budget: this tree is read every %1 (the last walk took %2 on the node).</source>
        <translation>Les parcours sont espacés pour rester dans le budget de l’agent : cet arbre est lu toutes les %1 (le dernier parcours a pris %2 sur le nœud).</translation>
    </message>
    <message>
        <source>The node stopped reading at its limit: some subtrees are missing (their supervisors say so).</source>
        <translation>Le nœud a arrêté la lecture à sa limite : certains sous-arbres manquent (leurs superviseurs l’indiquent).</translation>
    </message>
    <message>
        <source>Show in Processes</source>
        <translation>Afficher dans Processus</translation>
    </message>
    <message>
        <source>%1 of the %2 processes of %3 are outside its supervision tree.</source>
        <translation>%1 des %2 processus de %3 sont hors de son arbre de supervision.</translation>
    </message>
    <message>
        <source>All %1 processes of %2 are in its supervision tree.</source>
        <translation>Les %1 processus de %2 sont tous dans son arbre de supervision.</translation>
    </message>
    <message>
        <source>Children %1–%2 of %3 under %4</source>
        <translation>Enfants %1–%2 sur %3 sous %4</translation>
    </message>
    <message>
        <source>Reading children %1–%2…</source>
        <translation>Lecture des enfants %1–%2…</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>This tree has more processes than one walk reads: the totals count the %1 read, the others are marked not read.</source>
        <translation>Cet arbre a plus de processus qu’un parcours n’en lit : les totaux comptent les %1 lus, les autres sont marqués comme non lus.</translation>
    </message>
</context>
<context>
    <name>beamtop::ApplicationsPage</name>
    <message>
        <source>Filter applications by name or description</source>
        <translation>Filtrer les applications par nom ou description</translation>
    </message>
    <message>
        <source>Shows only the applications whose name, description or version contains this text (any case).</source>
        <translation>N’affiche que les applications dont le nom, la description ou la version contient ce texte (sans tenir compte de la casse).</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltre :</translation>
    </message>
    <message>
        <source>Beamtop's agent is needed to read supervision trees.</source>
        <translation>L’agent de Beamtop est nécessaire pour lire les arbres de supervision.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Copy &amp;Pid</source>
        <translation>Copier le &amp;Pid</translation>
    </message>
    <message>
        <source>&amp;Copy Tree</source>
        <translation>&amp;Copier l’arbre</translation>
    </message>
    <message>
        <source>The rows shown, indented, exact values, tab-separated</source>
        <translation>Les lignes affichées, indentées, valeurs exactes, séparées par des tabulations</translation>
    </message>
    <message>
        <source>The agent loaded on %1 does not offer the applications view.</source>
        <translation>L’agent chargé sur %1 ne propose pas la vue des applications.</translation>
    </message>
    <message>
        <source>Another Beamtop of an older version may have loaded its agent there. Reconnect once it has disconnected.</source>
        <translation>Un autre Beamtop, d’une version plus ancienne, y a peut-être chargé son agent. Reconnectez-vous une fois qu’il s’est déconnecté.</translation>
    </message>
    <message>
        <source>Check that the connection does not turn the agent off (--no-agent) and that the node accepts loading code, then reconnect.</source>
        <translation>Vérifiez que la connexion ne désactive pas l’agent (--no-agent) et que le nœud accepte le chargement de code, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Applications and supervision trees need Beamtop's agent, which is not running on %1.</source>
        <translation>Les applications et les arbres de supervision nécessitent l’agent de Beamtop, qui ne tourne pas sur %1.</translation>
    </message>
    <message>
        <source>Could not read the applications: %1. What is shown is the last reading.</source>
        <translation>Impossible de lire les applications : %1. Les données affichées sont celles de la dernière lecture.</translation>
    </message>
    <message>
        <source>Could not read the applications: %1</source>
        <translation>Impossible de lire les applications : %1</translation>
    </message>
    <message>
        <source>Beamtop tries again at every refresh.</source>
        <translation>Beamtop réessaie à chaque actualisation.</translation>
    </message>
    <message>
        <source>The application controller of %1 did not answer: only the loaded applications are listed, without their status.</source>
        <translation>Le contrôleur d’applications de %1 n’a pas répondu : seules les applications chargées sont listées, sans leur état.</translation>
    </message>
    <message>
        <source>Reading the applications of %1…</source>
        <translation>Lecture des applications de %1…</translation>
    </message>
    <message>
        <source>Nothing read yet.</source>
        <translation>Rien n’a encore été lu.</translation>
    </message>
    <message>
        <source>%1 of %2 applications match</source>
        <translation>%1 applications sur %2 correspondent</translation>
    </message>
    <message>
        <source>%1 applications, %2 running</source>
        <translation>%1 applications, dont %2 en cours d’exécution</translation>
    </message>
    <message>
        <source>first count of the processes: %1 of %2 read</source>
        <translation>premier comptage des processus : %1 sur %2 lus</translation>
    </message>
    <message>
        <source>process totals from %1 ago (counting %2 processes took %3)</source>
        <translation>totaux des processus d’il y a %1 (le comptage de %2 processus a pris %3)</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Supervision tree of %1</source>
        <translation>Arbre de supervision de %1</translation>
    </message>
</context>
<context>
    <name>beamtop::ApplicationsSection</name>
    <message>
        <source>the Beamtop agent running on this node is older and cannot list applications</source>
        <translation>l’agent Beamtop qui tourne sur ce nœud est plus ancien et ne sait pas lister les applications</translation>
    </message>
    <message>
        <source>applications need the Beamtop agent, which this node did not load (reduced mode)</source>
        <translation>les applications nécessitent l’agent Beamtop, que ce nœud n’a pas chargé (mode réduit)</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>  sweep</source>
        <translation>  passe</translation>
    </message>
</context>
<context>
    <name>beamtop::AppsCollector</name>
    <message>
        <source>The agent on this node comes from an older Beamtop and cannot list applications; reconnect to load this one.</source>
        <translation>L’agent de ce nœud provient d’un Beamtop plus ancien et ne sait pas lister les applications ; reconnectez-vous pour charger celui-ci.</translation>
    </message>
    <message>
        <source>Application totals are counted by the agent, which is not loaded on this node.</source>
        <translation>Les totaux par application sont comptés par l’agent, qui n’est pas chargé sur ce nœud.</translation>
    </message>
    <message>
        <source>The agent sent a list of applications Beamtop does not understand.</source>
        <translation>L’agent a envoyé une liste d’applications que Beamtop ne comprend pas.</translation>
    </message>
</context>
<context>
    <name>beamtop::AppsCommand</name>
    <message>
        <source>The applications: status, version, and what their processes add up to.</source>
        <translation>Les applications : statut, version et le total de leurs processus.</translation>
    </message>
    <message>
        <source>Lists every application of the node, running, starting or only loaded, with its version, start type and description, and what its processes add up to: how many, their memory, reductions per second and queued messages. A process belongs to the application of its group leader; the processes of none are the last row. The node sums them in the background within the agent's CPU budget, so the figures are from its last sweep (the output says how old); the first answer waits about a second for the first sweep, then prints what there is, marked partial. Reductions per second need a second sweep, which comes a second later: after a complete first sweep the command waits for it. --format text (or table) for people, csv for the rows, json for the snapshot's applications section. Needs the agent.</source>
        <translation>Liste toutes les applications du nœud, en cours d’exécution, en démarrage ou seulement chargées, avec leur version, leur type de démarrage et leur description, et le total de leurs processus : leur nombre, leur mémoire, les réductions par seconde et les messages en file. Un processus appartient à l’application de son group leader ; les processus sans application forment la dernière ligne. Le nœud fait ces totaux en arrière-plan dans le budget CPU de l’agent, les chiffres viennent donc de sa dernière passe (la sortie indique leur âge) ; la première réponse attend environ une seconde la première passe, puis affiche ce qu’il y a, marqué comme partiel. Les réductions par seconde nécessitent une deuxième passe, qui arrive une seconde plus tard : après une première passe complète, la commande l’attend. --format text (ou table) pour les personnes, csv pour les lignes, json pour la section applications de l’instantané. Nécessite l’agent.</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Arguments inattendus : %1</translation>
    </message>
    <message>
        <source>Could not read the applications: %1</source>
        <translation>Impossible de lire les applications : %1</translation>
    </message>
    <message>
        <source>The Beamtop agent running on %1 is older and cannot list applications.</source>
        <translation>L’agent Beamtop qui tourne sur %1 est plus ancien et ne peut pas lister les applications.</translation>
    </message>
    <message>
        <source>Listing applications needs the Beamtop agent, which %1 did not load (reduced mode).</source>
        <translation>Lister les applications nécessite l’agent Beamtop, que %1 n’a pas chargé (mode réduit).</translation>
    </message>
    <message>
        <source>Applications of %1: %2</source>
        <translation>Applications de %1 : %2</translation>
    </message>
</context>
<context>
    <name>beamtop::AppsTableModel</name>
    <message>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>en démarrage</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>chargée</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Start type</source>
        <translation>Type de démarrage</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation>Réductions/s</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>File de messages</translation>
    </message>
    <message>
        <source>The application; "(no application)" holds the processes whose group leader belongs to none (started from a shell, by rpc, ...). Double-click an application for its supervision tree.</source>
        <translation>L’application ; « (aucune application) » regroupe les processus dont le group leader n’appartient à aucune (démarrés depuis un shell, par rpc…). Double-cliquez sur une application pour voir son arbre de supervision.</translation>
    </message>
    <message>
        <source>running, starting, or loaded (its code is known but it was not started).</source>
        <translation>en marche, en démarrage ou chargée (son code est connu mais elle n’a pas été démarrée).</translation>
    </message>
    <message>
        <source>What a stop of this application does to the node: permanent stops the node, transient does if it stopped abnormally, temporary only reports it.</source>
        <translation>Ce que l’arrêt de cette application fait au nœud : permanent arrête le nœud, transient le fait si elle s’est arrêtée anormalement, temporary se contente de le signaler.</translation>
    </message>
    <message>
        <source>The processes whose group leader is this application's, as the Processes page's application column counts them.</source>
        <translation>Les processus dont le group leader est celui de cette application, tels que les compte la colonne Application de la page Processus.</translation>
    </message>
    <message>
        <source>The memory of those processes, added up.</source>
        <translation>La mémoire de ces processus, additionnée.</translation>
    </message>
    <message>
        <source>The reductions of those processes per second, between the agent's last two counts.</source>
        <translation>Les réductions de ces processus par seconde, entre les deux derniers comptages de l’agent.</translation>
    </message>
    <message>
        <source>The messages waiting in those processes' queues, added up.</source>
        <translation>Les messages en attente dans les files de ces processus, additionnés.</translation>
    </message>
    <message>
        <source>Partial: the first count has reached %1 of %2 processes.</source>
        <translation>Partiel : le premier comptage a atteint %1 processus sur %2.</translation>
    </message>
    <message>
        <source>%1 processes</source>
        <translation>%1 processus</translation>
    </message>
    <message>
        <source>%1 reductions per second</source>
        <translation>%1 réductions par seconde</translation>
    </message>
    <message>
        <source>Not known yet: the rate needs two complete counts of the processes.</source>
        <translation>Pas encore connu : le débit nécessite deux comptages complets des processus.</translation>
    </message>
    <message>
        <source>%1 messages waiting</source>
        <translation>%1 messages en attente</translation>
    </message>
    <message>
        <source>The application controller did not answer: %1</source>
        <translation>Le contrôleur d’applications n’a pas répondu : %1</translation>
    </message>
    <message>
        <source>Not running: no processes of its own.</source>
        <translation>Pas en marche : aucun processus propre.</translation>
    </message>
    <message>
        <source>Not counted yet: the agent's count of the processes has not reached it.</source>
        <translation>Pas encore compté : le comptage des processus par l’agent ne l’a pas encore atteint.</translation>
    </message>
    <message>
        <source>(no application)</source>
        <translation>(aucune application)</translation>
    </message>
    <message>
        <source>Processes whose group leader belongs to no application: started from a shell, by rpc, or by the runtime itself. Double-click to list them on the Processes page.</source>
        <translation>Processus dont le group leader n’appartient à aucune application : démarrés depuis un shell, par rpc ou par le runtime lui-même. Double-cliquez pour les lister sur la page Processus.</translation>
    </message>
    <message>
        <source>Not an application.</source>
        <translation>Pas une application.</translation>
    </message>
</context>
<context>
    <name>beamtop::ChartWidget</name>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>B</source>
        <extracomment>Axis unit: bytes</extracomment>
        <translation>B</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
    <message>
        <source>k</source>
        <extracomment>Axis unit: thousands</extracomment>
        <translation>k</translation>
    </message>
    <message>
        <source>M</source>
        <extracomment>Axis unit: millions</extracomment>
        <translation>M</translation>
    </message>
    <message>
        <source>G</source>
        <extracomment>Axis unit: billions</extracomment>
        <translation>G</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n de plus</numerusform>
            <numerusform>… et %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Chart as Image…</source>
        <translation>Enregistrer le graphique en image…</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Follow the Newest Data</source>
        <translation>Suivre les données les plus récentes</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Courbes</translation>
    </message>
    <message>
        <source>Hide All Lines</source>
        <translation>Masquer toutes les courbes</translation>
    </message>
    <message>
        <source>Show All Lines</source>
        <translation>Afficher toutes les courbes</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>Image SVG</translation>
    </message>
    <message>
        <source>Could not write %1. Check that the folder exists and is writable.</source>
        <translation>Impossible d’écrire %1. Vérifiez que le dossier existe et qu’il est accessible en écriture.</translation>
    </message>
    <message>
        <source>Saved by Beamtop</source>
        <translation>Enregistré par Beamtop</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>An axis unit per second: %1 is "KiB", "M" or nothing (a plain count)</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%</source>
        <extracomment>Axis unit: percent</extracomment>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>beamtop::CliApp</name>
    <message>
        <source>Show the help, of a command when one is given.</source>
        <translation>Afficher l’aide, celle d’une commande si elle est indiquée.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Usage: beamtop-cli [connection options] COMMAND [options]</source>
        <translation>Usage : beamtop-cli [options de connexion] COMMANDE [options]</translation>
    </message>
    <message>
        <source>Beamtop's command line: observe an Erlang or Elixir node headless.</source>
        <translation>La ligne de commande de Beamtop : observer un nœud Erlang ou Elixir sans interface graphique.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Connection options (%1):</source>
        <translation>Options de connexion (%1) :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Run beamtop-cli help COMMAND, or beamtop-cli COMMAND --help, for a command's own options.</source>
        <translation>Lancez beamtop-cli help COMMANDE, ou beamtop-cli COMMANDE --help, pour les options propres à une commande.</translation>
    </message>
    <message>
        <source>Commands: %1.</source>
        <translation>Commandes : %1.</translation>
    </message>
    <message>
        <source>Run beamtop-cli --help for more.</source>
        <translation>Lancez beamtop-cli --help pour en savoir plus.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command '%1'.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage : %1</translation>
    </message>
    <message>
        <source>Run beamtop-cli help %1 for its options.</source>
        <translation>Lancez beamtop-cli help %1 pour ses options.</translation>
    </message>
</context>
<context>
    <name>beamtop::CliConnection</name>
    <message>
        <source>The node, name@host (else BEAMTOP_NODE).</source>
        <translation>Le nœud, nom@hôte (sinon BEAMTOP_NODE).</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>NŒUD</translation>
    </message>
    <message>
        <source>Connect through the saved profile NAME (node, ports, cookie from the system keychain).</source>
        <translation>Se connecter avec le profil enregistré NOM (nœud, ports, cookie depuis le trousseau du système).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Read the cookie from FILE (else BEAMTOP_COOKIE, else ~/.erlang.cookie).</source>
        <translation>Lire le cookie depuis FICHIER (sinon BEAMTOP_COOKIE, sinon ~/.erlang.cookie).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Read the cookie from the first line of standard input.</source>
        <translation>Lire le cookie depuis la première ligne de l’entrée standard.</translation>
    </message>
    <message>
        <source>Timeout for connecting and for each call, in ms (default 5000).</source>
        <translation>Délai pour la connexion et pour chaque appel, en ms (par défaut 5000).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Do not load the agent; use plain calls (reduced mode).</source>
        <translation>Ne pas charger l’agent ; utiliser des appels simples (mode réduit).</translation>
    </message>
    <message>
        <source>Name Beamtop with a long name (default: mirror the node's name).</source>
        <translation>Nommer Beamtop avec un nom long (par défaut : comme le nom du nœud).</translation>
    </message>
    <message>
        <source>Name Beamtop with a short name.</source>
        <translation>Nommer Beamtop avec un nom court.</translation>
    </message>
    <message>
        <source>EPMD port on the node's host (default %1).</source>
        <translation>Port EPMD sur l’hôte du nœud (par défaut %1).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Connect to this distribution port directly, without EPMD (for tunnels).</source>
        <translation>Se connecter directement à ce port de distribution, sans EPMD (pour les tunnels).</translation>
    </message>
    <message>
        <source>How terms are written: auto (Elixir syntax on Elixir nodes), erlang or elixir.</source>
        <translation>Comment les termes sont écrits : auto (syntaxe Elixir sur les nœuds Elixir), erlang ou elixir.</translation>
    </message>
    <message>
        <source>SYNTAX</source>
        <translation>SYNTAXE</translation>
    </message>
    <message>
        <source>Print timings and progress to stderr.</source>
        <translation>Afficher les durées et la progression sur stderr.</translation>
    </message>
    <message>
        <source>Could not read the cookie of the profile “%1” from the system keychain: %2
Beamtop never falls back to keeping the cookie in plain text. You can:
  - point the profile at a cookie file instead:
      beamtop-cli profiles remove %1
      beamtop-cli profiles add %1 --node %3 --cookie-file FILE --keep-cookie-file
  - or give the cookie for this run only: --cookie-file FILE, or --cookie-stdin to pipe it in.</source>
        <translation>Impossible de lire le cookie du profil « %1 » depuis le trousseau du système : %2
Beamtop ne se replie jamais sur un cookie conservé en clair. Vous pouvez :
  - faire pointer le profil vers un fichier de cookie à la place :
      beamtop-cli profiles remove %1
      beamtop-cli profiles add %1 --node %3 --cookie-file FICHIER --keep-cookie-file
  - ou donner le cookie pour cette exécution seulement : --cookie-file FICHIER, ou --cookie-stdin pour le transmettre par un tube.</translation>
    </message>
    <message>
        <source>Run beamtop-cli --help for the commands and connection options.</source>
        <translation>Lancez beamtop-cli --help pour les commandes et les options de connexion.</translation>
    </message>
    <message>
        <source>--%1 takes a port number from 1 to 65535, not “%2”.</source>
        <translation>--%1 attend un numéro de port de 1 à 65535, pas « %2 ».</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of milliseconds.</source>
        <translation>--timeout attend un nombre positif de millisecondes.</translation>
    </message>
    <message>
        <source>--syntax is auto, erlang or elixir.</source>
        <translation>--syntax vaut auto, erlang ou elixir.</translation>
    </message>
    <message>
        <source>--demo starts its own node: --%1 does not go with it.</source>
        <translation>--demo démarre son propre nœud : --%1 ne va pas avec.</translation>
    </message>
    <message>
        <source>Which node? Give --node name@host.</source>
        <translation>Quel nœud ? Indiquez --node nom@hôte.</translation>
    </message>
    <message>
        <source>--profile and --node exclude each other: the profile names the node.</source>
        <translation>--profile et --node s’excluent : le profil nomme le nœud.</translation>
    </message>
    <message>
        <source>No profile called “%1”. beamtop-cli profiles list shows them.</source>
        <translation>Aucun profil nommé « %1 ». beamtop-cli profiles list les affiche.</translation>
    </message>
    <message>
        <source>Pipe the cookie in with --cookie-stdin, or give --cookie-file FILE.</source>
        <translation>Transmettez le cookie par un tube avec --cookie-stdin, ou indiquez --cookie-file FICHIER.</translation>
    </message>
    <message>
        <source>The demo node did not start: %1</source>
        <translation>Le nœud de démonstration n’a pas démarré : %1</translation>
    </message>
    <message>
        <source>The demo node stopped (exit code %1).</source>
        <translation>Le nœud de démonstration s’est arrêté (code de sortie %1).</translation>
    </message>
    <message>
        <source>Could not connect to %1 (%2): %3</source>
        <translation>Impossible de se connecter à %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Lost the connection to %1: %2</source>
        <translation>Connexion à %1 perdue : %2</translation>
    </message>
    <message>
        <source>connected in %1 ms; agent: %2 (%3) in %4 ms</source>
        <translation>connecté en %1 ms ; agent : %2 (%3) en %4 ms</translation>
    </message>
</context>
<context>
    <name>beamtop::ClusterCollector</name>
    <message>
        <source>The node sent a list of nodes Beamtop does not understand.</source>
        <translation>Le nœud a envoyé une liste de nœuds que Beamtop ne comprend pas.</translation>
    </message>
</context>
<context>
    <name>beamtop::ClusterModel</name>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Visible: a node of the cluster (nodes()). Hidden: connected without joining the cluster, like observers, C nodes and remote shells (nodes(hidden)).</source>
        <translation>Visible : un nœud du cluster (nodes()). Caché : connecté sans rejoindre le cluster, comme les observateurs, les nœuds C et les shells distants (nodes(hidden)).</translation>
    </message>
    <message>
        <source>A saved profile for this node; connecting uses it (its cookie and settings).</source>
        <translation>Un profil enregistré pour ce nœud ; la connexion l’utilise (son cookie et ses réglages).</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>caché</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>visible</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No saved profile: connecting uses this node's cookie and settings</source>
        <translation>Aucun profil enregistré : la connexion utilise le cookie et les réglages de ce nœud</translation>
    </message>
</context>
<context>
    <name>beamtop::ClusterPanel</name>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>&amp;Connect in a New Window</source>
        <translation>Se &amp;connecter dans une nouvelle fenêtre</translation>
    </message>
    <message>
        <source>Observe the selected node too (Enter, or double-click): through its saved profile, else with this node's cookie</source>
        <translation>Observer aussi le nœud sélectionné (Entrée, ou double-clic) : avec son profil enregistré, sinon avec le cookie de ce nœud</translation>
    </message>
    <message>
        <source>Not connected.

Once connected, this page lists the nodes that node is connected to.</source>
        <translation>Non connecté.

Une fois connecté, cette page liste les nœuds auxquels ce nœud est connecté.</translation>
    </message>
    <message>
        <source>Nodes %1 is connected to</source>
        <translation>Nœuds auxquels %1 est connecté</translation>
    </message>
    <message>
        <source>Could not read the list: %1</source>
        <translation>Impossible de lire la liste : %1</translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation>En attente de %1…</translation>
    </message>
    <message>
        <source>%1 is not connected to any other node (Beamtop itself aside).</source>
        <translation>%1 n’est connecté à aucun autre nœud (en dehors de Beamtop lui-même).</translation>
    </message>
    <message>
        <source>The first %1 nodes, by name.</source>
        <translation>Les %1 premiers nœuds, par nom.</translation>
    </message>
    <message>
        <source>Double-click a node, or select it and press Enter, to observe it too.</source>
        <translation>Double-cliquez sur un nœud, ou sélectionnez-le et appuyez sur Entrée, pour l’observer aussi.</translation>
    </message>
</context>
<context>
    <name>beamtop::Collector</name>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
</context>
<context>
    <name>beamtop::Command</name>
    <message>
        <source>Connection options:</source>
        <translation>Options de connexion :</translation>
    </message>
    <message>
        <source>[connection options]</source>
        <translation>[options de connexion]</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage : %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Run beamtop-cli help %1 for its options.</source>
        <translation>Lancez beamtop-cli help %1 pour ses options.</translation>
    </message>
    <message>
        <source>How to write the output: %1 (default: %2).</source>
        <translation>Format de la sortie : %1 (par défaut : %2).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Indent JSON output.</source>
        <translation>Indenter la sortie JSON.</translation>
    </message>
    <message>
        <source>--format is one of: %1.</source>
        <translation>--format vaut l’un de : %1.</translation>
    </message>
</context>
<context>
    <name>beamtop::ConnectDialog</name>
    <message>
        <source>Connect to a Node</source>
        <translation>Se connecter à un nœud</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Short names (-sname)</source>
        <translation>Noms courts (-sname)</translation>
    </message>
    <message>
        <source>Long names (-name)</source>
        <translation>Noms longs (-name)</translation>
    </message>
    <message>
        <source>Beamtop names itself the way the node is named; a node started with -name only talks to long names, one started with -sname only to short names.</source>
        <translation>Beamtop se nomme de la même façon que le nœud ; un nœud démarré avec -name ne parle qu’aux noms longs, un nœud démarré avec -sname qu’aux noms courts.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long to wait for the whole connect: name lookup, EPMD and the handshake.</source>
        <translation>Combien de temps attendre l’ensemble de la connexion : résolution du nom, EPMD et négociation.</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>&amp;Nœud :</translation>
    </message>
    <message>
        <source>N&amp;ames:</source>
        <translation>No&amp;ms :</translation>
    </message>
    <message>
        <source>&amp;Cookie:</source>
        <translation>&amp;Cookie :</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>long names: the host part has a dot or is an address</source>
        <translation>noms longs : la partie hôte contient un point ou est une adresse</translation>
    </message>
    <message>
        <source>short names: the host part has no dot</source>
        <translation>noms courts : la partie hôte ne contient pas de point</translation>
    </message>
    <message>
        <source>No cookie to connect with</source>
        <translation>Aucun cookie pour se connecter</translation>
    </message>
    <message>
        <source>Choose where the cookie comes from: the default file, another file, or type it.</source>
        <translation>Choisissez d’où vient le cookie : le fichier par défaut, un autre fichier, ou saisissez-le.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
</context>
<context>
    <name>beamtop::ConnectionTest</name>
    <message>
        <source>Connected to %1, but it did not answer a call.</source>
        <translation>Connecté à %1, mais il n’a pas répondu à un appel.</translation>
    </message>
    <message>
        <source>Connected to %1 (OTP %2).</source>
        <translation>Connecté à %1 (OTP %2).</translation>
    </message>
</context>
<context>
    <name>beamtop::CookieField</name>
    <message>
        <source>From BEAMTOP_COOKIE</source>
        <translation>Depuis BEAMTOP_COOKIE</translation>
    </message>
    <message>
        <source>From ~/.erlang.cookie</source>
        <translation>Depuis ~/.erlang.cookie</translation>
    </message>
    <message>
        <source>From a file</source>
        <translation>Depuis un fichier</translation>
    </message>
    <message>
        <source>Type it</source>
        <translation>Saisir</translation>
    </message>
    <message>
        <source>The BEAMTOP_COOKIE environment variable is set; it is used.</source>
        <translation>La variable d’environnement BEAMTOP_COOKIE est définie ; elle est utilisée.</translation>
    </message>
    <message>
        <source>The cookie file in your home directory, as erl itself uses.</source>
        <translation>Le fichier de cookie de votre dossier personnel, celui qu’utilise erl lui-même.</translation>
    </message>
    <message>
        <source>(environment)</source>
        <translation>(environnement)</translation>
    </message>
    <message>
        <source>Path of a file holding the cookie</source>
        <translation>Chemin d’un fichier contenant le cookie</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>The node's cookie (not shown, not saved)</source>
        <translation>Le cookie du nœud (ni affiché, ni enregistré)</translation>
    </message>
    <message>
        <source>Choose the file that holds the cookie.</source>
        <translation>Choisissez le fichier qui contient le cookie.</translation>
    </message>
    <message>
        <source>Type the cookie.</source>
        <translation>Saisissez le cookie.</translation>
    </message>
    <message>
        <source>Cookie file</source>
        <translation>Fichier de cookie</translation>
    </message>
</context>
<context>
    <name>beamtop::CookiePrompt</name>
    <message>
        <source>Cookie for %1</source>
        <translation>Cookie pour %1</translation>
    </message>
    <message>
        <source>Type the cookie of %1.</source>
        <translation>Saisissez le cookie de %1.</translation>
    </message>
    <message>
        <source>The node's cookie (not shown)</source>
        <translation>Le cookie du nœud (masqué)</translation>
    </message>
    <message>
        <source>From a &amp;File…</source>
        <translation>Depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>Read the cookie from a file such as ~/.erlang.cookie, for this connection</source>
        <translation>Lire le cookie depuis un fichier tel que ~/.erlang.cookie, pour cette connexion</translation>
    </message>
    <message>
        <source>Cookie file</source>
        <translation>Fichier de cookie</translation>
    </message>
    <message>
        <source>&amp;Remember it in the system keychain</source>
        <translation>&amp;Mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Type the cookie for this connection only (kept in memory, asked again next time)</source>
        <translation>&amp;Saisir le cookie pour cette connexion seulement (gardé en mémoire, redemandé la prochaine fois)</translation>
    </message>
    <message>
        <source>&amp;Point the profile at a cookie file, read at each connect (saved in the profile)</source>
        <translation>&amp;Pointer le profil vers un fichier de cookie, lu à chaque connexion (enregistré dans le profil)</translation>
    </message>
    <message>
        <source>Path of a file holding the cookie, e.g. ~/.erlang.cookie</source>
        <translation>Chemin d’un fichier contenant le cookie, par ex. ~/.erlang.cookie</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Cookie file for the profile</source>
        <translation>Fichier de cookie du profil</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
    <message>
        <source>&amp;Cookie:</source>
        <translation>&amp;Cookie :</translation>
    </message>
    <message>
        <source>Beamtop never writes the cookie to a file itself. Choose how to give it the cookie of %1:</source>
        <translation>Beamtop n’écrit jamais lui-même le cookie dans un fichier. Choisissez comment lui donner le cookie de %1 :</translation>
    </message>
    <message>
        <source>Choose the file that holds the cookie.</source>
        <translation>Choisissez le fichier qui contient le cookie.</translation>
    </message>
    <message>
        <source>Type the cookie, or read it from a file.</source>
        <translation>Saisissez le cookie, ou lisez-le depuis un fichier.</translation>
    </message>
</context>
<context>
    <name>beamtop::DemoNode</name>
    <message>
        <source>Could not run %1: %2</source>
        <translation>Impossible d’exécuter %1 : %2</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <source>Preparing the demo node…</source>
        <translation>Préparation du nœud de démonstration…</translation>
    </message>
    <message>
        <source>Starting the demo node (erl)…</source>
        <translation>Démarrage du nœud de démonstration (erl)…</translation>
    </message>
    <message>
        <source>Waiting for the demo node to register with EPMD…</source>
        <translation>Attente de l’enregistrement du nœud de démonstration auprès d’EPMD…</translation>
    </message>
    <message>
        <source>The demo node is running</source>
        <translation>Le nœud de démonstration tourne</translation>
    </message>
    <message>
        <source>The demo node did not start</source>
        <translation>Le nœud de démonstration n’a pas démarré</translation>
    </message>
    <message>
        <source>The demo node has stopped</source>
        <translation>Le nœud de démonstration s’est arrêté</translation>
    </message>
    <message>
        <source>There is no demo node in %1 (beamtop_demo.beam is missing).</source>
        <translation>Il n’y a pas de nœud de démonstration dans %1 (beamtop_demo.beam est absent).</translation>
    </message>
    <message>
        <source>This build of Beamtop does not include the demo node. Build it with the demo sources (resources/demo), or point BEAMTOP_DEMO_EBIN at a directory with the compiled demo.</source>
        <translation>Cette version de Beamtop n’inclut pas le nœud de démonstration. Compilez-la avec les sources de la démonstration (resources/demo), ou faites pointer BEAMTOP_DEMO_EBIN vers un répertoire contenant la démonstration compilée.</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Could not extract the demo node to %1.</source>
        <translation>Impossible d’extraire le nœud de démonstration dans %1.</translation>
    </message>
    <message>
        <source>Could not create a temporary directory for the demo node: %1</source>
        <translation>Impossible de créer un répertoire temporaire pour le nœud de démonstration : %1</translation>
    </message>
    <message>
        <source>Erlang/OTP is not installed here: 'erl' is not on the PATH. Install it (Debian: apt-get install erlang-base erlang-mnesia) and try again.</source>
        <translation>Erlang/OTP n’est pas installé ici : « erl » n’est pas dans le PATH. Installez-le (Debian : apt-get install erlang-base erlang-mnesia) et réessayez.</translation>
    </message>
    <message>
        <source>Could not write the demo node's cookie file in %1.</source>
        <translation>Impossible d’écrire le fichier de cookie du nœud de démonstration dans %1.</translation>
    </message>
    <message>
        <source>The demo node did not register with EPMD within %1 s.</source>
        <translation>Le nœud de démonstration ne s’est pas enregistré auprès d’EPMD en %1 s.</translation>
    </message>
    <message>
        <source>The demo node crashed while starting.</source>
        <translation>Le nœud de démonstration a planté au démarrage.</translation>
    </message>
    <message>
        <source>The demo node stopped while starting (exit code %1).</source>
        <translation>Le nœud de démonstration s’est arrêté au démarrage (code de sortie %1).</translation>
    </message>
</context>
<context>
    <name>beamtop::DesktopNotifier</name>
    <message>
        <source>Critical alert on %1: %2</source>
        <translation>Alerte critique sur %1 : %2</translation>
    </message>
    <message>
        <source>Alert on %1: %2</source>
        <translation>Alerte sur %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n alerts on %1</source>
        <translation>
            <numerusform>%n alerte sur %1</numerusform>
            <numerusform>%n alertes sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 %3 (threshold %4)</source>
        <translation>%1 : %2 %3 (seuil %4)</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n de plus</numerusform>
            <numerusform>et %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>No notification service (%1) and no system tray</source>
        <translation>Aucun service de notification (%1) et aucune zone de notification</translation>
    </message>
    <message>
        <source>Beamtop</source>
        <translation>Beamtop</translation>
    </message>
</context>
<context>
    <name>beamtop::DetailsWindow</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the details again (F5); the live figures above refresh by themselves</source>
        <translation>Relire les détails (F5) ; les chiffres en direct ci-dessus s’actualisent d’eux-mêmes</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Save these details as JSON (%1)</source>
        <translation>Enregistrer ces détails en JSON (%1)</translation>
    </message>
    <message>
        <source>The connection to %1 is down; what is shown is the last data read.</source>
        <translation>La connexion à %1 est coupée ; les données affichées sont les dernières lues.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>What is shown is its last data.</source>
        <translation>Les données affichées sont ses dernières données.</translation>
    </message>
    <message>
        <source>It was gone before its details could be read.</source>
        <translation>Il avait disparu avant que ses détails puissent être lus.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
</context>
<context>
    <name>beamtop::DistCollector</name>
    <message>
        <source>The distribution view needs the agent, which is not loaded on this node.</source>
        <translation>La vue de la distribution nécessite l’agent, qui n’est pas chargé sur ce nœud.</translation>
    </message>
    <message>
        <source>The agent on this node is older and cannot read the distribution.</source>
        <translation>L’agent de ce nœud est plus ancien et ne sait pas lire la distribution.</translation>
    </message>
    <message>
        <source>The agent sent a distribution reading Beamtop does not understand.</source>
        <translation>L’agent a envoyé une lecture de la distribution que Beamtop ne comprend pas.</translation>
    </message>
</context>
<context>
    <name>beamtop::DistCommand</name>
    <message>
        <source>The node's distribution links: connected nodes, their traffic and queues.</source>
        <translation>Les liens de distribution du nœud : nœuds connectés, leur trafic et leurs files.</translation>
    </message>
    <message>
        <source>Lists every node the node is connected to, visible and hidden (Beamtop's own connection is marked), with the peer's address, bytes received and sent in all and per second, the bytes waiting in the output queue against dist_buf_busy_limit (BUSY when it is reached: senders to that node are suspended), and how long nothing has come in over the link. Takes two readings a refresh interval apart so that rates show. --format text (or table) for people, json for the snapshot's distribution section.</source>
        <translation>Liste tous les nœuds auxquels le nœud est connecté, visibles et cachés (la connexion propre de Beamtop est marquée), avec l’adresse du pair, les octets reçus et envoyés au total et par seconde, les octets en attente dans la file de sortie comparés à dist_buf_busy_limit (BUSY quand elle est atteinte : les processus qui envoient vers ce nœud sont suspendus), et depuis combien de temps rien n’est arrivé par le lien. Fait deux relevés à un intervalle d’actualisation d’écart pour que les débits apparaissent. --format text (ou table) pour les personnes, json pour la section distribution de l’instantané.</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Arguments inattendus : %1</translation>
    </message>
    <message>
        <source>Could not read the distribution: %1</source>
        <translation>Impossible de lire la distribution : %1</translation>
    </message>
    <message>
        <source>Distribution of %1</source>
        <translation>Distribution de %1</translation>
    </message>
    <message>
        <source>net_ticktime</source>
        <translation>net_ticktime</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>dist_buf_busy_limit</source>
        <translation>dist_buf_busy_limit</translation>
    </message>
    <message>
        <source>Not connected to any node.</source>
        <translation>Connecté à aucun nœud.</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>NŒUD</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>IN/S</source>
        <translation>ENTR/S</translation>
    </message>
    <message>
        <source>OUT/S</source>
        <translation>SORT/S</translation>
    </message>
    <message>
        <source>IN</source>
        <translation>ENTR</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>SORT</translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>QUIET</source>
        <translation>SILENCE</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>caché</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>%1 (Beamtop)</source>
        <translation>%1 (Beamtop)</translation>
    </message>
    <message>
        <source>%1 BUSY</source>
        <translation>%1 BUSY</translation>
    </message>
</context>
<context>
    <name>beamtop::DistModel</name>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>In/s</source>
        <translation>Entrée/s</translation>
    </message>
    <message>
        <source>Out/s</source>
        <translation>Sortie/s</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Output queue</source>
        <translation>File de sortie</translation>
    </message>
    <message>
        <source>Quiet for</source>
        <translation>Silencieux depuis</translation>
    </message>
    <message>
        <source>Visible: a node of the cluster (nodes()). Hidden: connected without joining the cluster, like observers, C nodes and remote shells (nodes(hidden)).</source>
        <translation>Visible : un nœud du cluster (nodes()). Caché : connecté sans rejoindre le cluster, comme les observateurs, les nœuds C et les shells distants (nodes(hidden)).</translation>
    </message>
    <message>
        <source>The other node's address on this link</source>
        <translation>L’adresse de l’autre nœud sur cette liaison</translation>
    </message>
    <message>
        <source>Bytes per second received from the node, between the last two readings</source>
        <translation>Octets par seconde reçus du nœud, entre les deux dernières lectures</translation>
    </message>
    <message>
        <source>Bytes per second sent to the node, between the last two readings</source>
        <translation>Octets par seconde envoyés au nœud, entre les deux dernières lectures</translation>
    </message>
    <message>
        <source>Bytes received on this link since it was set up</source>
        <translation>Octets reçus sur cette liaison depuis son établissement</translation>
    </message>
    <message>
        <source>Bytes sent on this link since it was set up</source>
        <translation>Octets envoyés sur cette liaison depuis son établissement</translation>
    </message>
    <message>
        <source>Bytes waiting to be sent to the node, against dist_buf_busy_limit: at the limit the link is busy and processes sending to that node are suspended</source>
        <translation>Octets en attente d’envoi vers le nœud, par rapport à dist_buf_busy_limit : à la limite, la liaison est occupée et les processus qui envoient vers ce nœud sont suspendus</translation>
    </message>
    <message>
        <source>How long since anything was received from the node, by Beamtop's readings. A link silent for net_ticktime is taken down by the runtime.</source>
        <translation>Temps écoulé depuis la dernière réception venant du nœud, d’après les lectures de Beamtop. Une liaison silencieuse pendant net_ticktime est coupée par le runtime.</translation>
    </message>
    <message>
        <source>Beamtop (this connection)</source>
        <translation>Beamtop (cette connexion)</translation>
    </message>
    <message>
        <source>The hidden connection this Beamtop reads the node through</source>
        <translation>La connexion cachée par laquelle ce Beamtop lit le nœud</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>caché</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>visible</translation>
    </message>
    <message>
        <source>Not known for this link</source>
        <translation>Inconnu pour cette liaison</translation>
    </message>
    <message>
        <source>Known from the second reading</source>
        <translation>Connu à partir de la deuxième lecture</translation>
    </message>
    <message>
        <source>%1 bytes per second</source>
        <translation>%1 octets par seconde</translation>
    </message>
    <message>
        <source>%1 of the busy limit, %2</source>
        <translation>%1 de la limite d’occupation, %2</translation>
    </message>
    <message>
        <source>%1 — busy</source>
        <translation>%1 — occupée</translation>
    </message>
    <message>
        <source>Busy: processes sending to %1 are suspended until the queue drains</source>
        <translation>Occupée : les processus qui envoient vers %1 sont suspendus jusqu’à ce que la file se vide</translation>
    </message>
</context>
<context>
    <name>beamtop::DistributionSection</name>
    <message>
        <source>the Beamtop agent running on this node is older and cannot read the distribution</source>
        <translation>l’agent Beamtop qui tourne sur ce nœud est plus ancien et ne sait pas lire la distribution</translation>
    </message>
    <message>
        <source>the distribution needs the Beamtop agent, which this node did not load (reduced mode)</source>
        <translation>la distribution nécessite l’agent Beamtop, que ce nœud n’a pas chargé (mode réduit)</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message numerus="yes">
        <source>%n connected node(s), net_ticktime %1 s, busy limit %2</source>
        <translation>
            <numerusform>%n nœud connecté, net_ticktime %1 s, limite d’occupation %2</numerusform>
            <numerusform>%n nœuds connectés, net_ticktime %1 s, limite d’occupation %2</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (%2/s)</source>
        <translation>%1 (%2/s)</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>caché</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>Beamtop</source>
        <translation>Beamtop</translation>
    </message>
    <message>
        <source>BUSY</source>
        <translation>OCCUPÉE</translation>
    </message>
    <message>
        <source>%1 (%2): in %3, out %4, queue %5</source>
        <translation>%1 (%2) : entrée %3, sortie %4, file %5</translation>
    </message>
    <message>
        <source>%1, quiet %2 s</source>
        <translation>%1, silencieux depuis %2 s</translation>
    </message>
    <message>
        <source>  node</source>
        <translation>  nœud</translation>
    </message>
</context>
<context>
    <name>beamtop::EpmdClient</name>
    <message>
        <source>EPMD on %1 did not answer in time.</source>
        <translation>EPMD sur %1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The host '%1' is unknown (it does not resolve to an IPv4 address).</source>
        <translation>L’hôte « %1 » est inconnu (il ne se résout pas en adresse IPv4).</translation>
    </message>
    <message>
        <source>EPMD on %1 closed the connection without an answer.</source>
        <translation>EPMD sur %1 a fermé la connexion sans répondre.</translation>
    </message>
    <message>
        <source>EPMD is not running on %1 (port %2 refused the connection).</source>
        <translation>EPMD ne tourne pas sur %1 (le port %2 a refusé la connexion).</translation>
    </message>
    <message>
        <source>Cannot reach EPMD on %1: %2</source>
        <translation>Impossible de joindre EPMD sur %1 : %2</translation>
    </message>
    <message>
        <source>EPMD on %1 gave an answer Beamtop does not understand.</source>
        <translation>EPMD sur %1 a donné une réponse que Beamtop ne comprend pas.</translation>
    </message>
    <message>
        <source>No node named '%1' is registered with EPMD on %2.</source>
        <translation>Aucun nœud nommé « %1 » n’est enregistré auprès d’EPMD sur %2.</translation>
    </message>
    <message>
        <source>EPMD on %1 sent a truncated answer.</source>
        <translation>EPMD sur %1 a envoyé une réponse tronquée.</translation>
    </message>
    <message>
        <source>EPMD on %1 did not answer.</source>
        <translation>EPMD sur %1 n’a pas répondu.</translation>
    </message>
    <message>
        <source>Nothing listens on %1 port %2: EPMD is not running there.</source>
        <translation>Rien n’écoute sur %1 port %2 : EPMD n’y tourne pas.</translation>
    </message>
    <message>
        <source>EPMD on %1 port %2 did not answer in time.</source>
        <translation>EPMD sur %1 port %2 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Cannot reach %1 port %2: %3</source>
        <translation>Impossible de joindre %1 port %2 : %3</translation>
    </message>
</context>
<context>
    <name>beamtop::EtsCollector</name>
    <message>
        <source>The agent on this node comes from an older Beamtop and cannot list ETS tables; reconnect to load this one.</source>
        <translation>L’agent de ce nœud provient d’une version plus ancienne de Beamtop et ne sait pas lister les tables ETS ; reconnectez-vous pour charger celui-ci.</translation>
    </message>
    <message>
        <source>Listing ETS tables needs the agent, which is not loaded on this node.</source>
        <translation>Lister les tables ETS nécessite l’agent, qui n’est pas chargé sur ce nœud.</translation>
    </message>
</context>
<context>
    <name>beamtop::EtsCommand</name>
    <message>
        <source>The ETS tables ranked by memory, rows or growth.</source>
        <translation>Les tables ETS classées par mémoire, lignes ou croissance.</translation>
    </message>
    <message>
        <source>Ranks every ETS table of the node, private ones included, by memory (bytes) or rows, on the node and within the agent's CPU budget, and prints the first rows: a table for people, CSV or JSON with the keys of the desktop's export. The node re-ranks the whole list at most every 10 s; the rows printed are read fresh each time. --sort growth ranks by how fast memory grows (the change per second over a window, as --window does with either metric). `beamtop-cli ets TABLE` reads a table's rows instead. Needs the agent.</source>
        <translation>Classe toutes les tables ETS du nœud, privées comprises, par mémoire (octets) ou par lignes, sur le nœud et dans le budget CPU de l’agent, et affiche les premières lignes : un tableau pour les personnes, CSV ou JSON avec les clés de l’export du bureau. Le nœud reclasse toute la liste au plus toutes les 10 s ; les lignes affichées sont relues à chaque fois. --sort growth classe selon la vitesse de croissance de la mémoire (la variation par seconde sur une fenêtre, comme --window le fait avec l’une ou l’autre mesure). `beamtop-cli ets TABLE` lit plutôt les lignes d’une table. Nécessite l’agent.</translation>
    </message>
    <message>
        <source>Rank by memory, size (rows) or growth (memory per second); default memory.</source>
        <translation>Classer par mémoire (memory), taille en lignes (size) ou croissance (growth, mémoire par seconde) ; par défaut memory.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>How many tables (default 10, at most 500).</source>
        <translation>Combien de tables (par défaut 10, au plus 500).</translation>
    </message>
    <message>
        <source>Rank by the change over MS milliseconds (per second).</source>
        <translation>Classer selon la variation sur MS millisecondes (par seconde).</translation>
    </message>
    <message>
        <source>Only tables whose name, id, type or owner contains TEXT.</source>
        <translation>Seulement les tables dont le nom, l’id, le type ou le propriétaire contient TEXTE.</translation>
    </message>
    <message>
        <source>Only tables of this type: %1.</source>
        <translation>Seulement les tables de ce type : %1.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Only tables with this protection: %1.</source>
        <translation>Seulement les tables avec cette protection : %1.</translation>
    </message>
    <message>
        <source>PROTECTION</source>
        <translation>PROTECTION</translation>
    </message>
    <message>
        <source>--sort is one of memory, size, growth.</source>
        <translation>--sort vaut memory, size ou growth.</translation>
    </message>
    <message>
        <source>--type is one of %1.</source>
        <translation>--type vaut l’un de %1.</translation>
    </message>
    <message>
        <source>--protection is one of %1.</source>
        <translation>--protection vaut l’un de %1.</translation>
    </message>
    <message>
        <source>Could not read the ETS tables: %1</source>
        <translation>Impossible de lire les tables ETS : %1</translation>
    </message>
    <message>
        <source>%1 ETS tables on %2, ranked by %3</source>
        <translation>%1 tables ETS sur %2, classées par %3</translation>
    </message>
</context>
<context>
    <name>beamtop::EtsDetailsWindow</name>
    <message>
        <source>%1 — %2 (deleted)</source>
        <translation>%1 — %2 (supprimée)</translation>
    </message>
    <message>
        <source>%1 has been deleted (noticed at %2).</source>
        <translation>%1 a été supprimée (constaté à %2).</translation>
    </message>
    <message>
        <source>Export ETS table details</source>
        <translation>Exporter les détails de la table ETS</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>&amp;Info</source>
        <translation>&amp;Infos</translation>
    </message>
    <message>
        <source>C&amp;ontents</source>
        <translation>C&amp;ontenu</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>This table cannot be sampled from %1: %2</source>
        <translation>Cette table ne peut pas être échantillonnée depuis %1 : %2</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Sampling…</source>
        <translation>Échantillonnage…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Rows %1</source>
        <translation>Lignes %1</translation>
    </message>
    <message>
        <source>Memory %1</source>
        <translation>Mémoire %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>%1 rows, %2; sampled every refresh</source>
        <translation>%1 lignes, %2 ; échantillonnée à chaque actualisation</translation>
    </message>
</context>
<context>
    <name>beamtop::EtsExport</name>
    <message>
        <source>The node did not answer during the export (%1). The file was not written; try again, or export one type or a filtered ranking.</source>
        <translation>Le nœud n’a pas répondu pendant l’exportation (%1). Le fichier n’a pas été écrit ; réessayez, ou exportez un seul type ou un classement filtré.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln ETS tables to %1.</source>
        <translation>
            <numerusform>%Ln table ETS exportée vers %1.</numerusform>
            <numerusform>%Ln tables ETS exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::EtsHistoryModel</name>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
</context>
<context>
    <name>beamtop::EtsPage</name>
    <message>
        <source>Export ETS tables</source>
        <translation>Exporter les tables ETS</translation>
    </message>
    <message>
        <source>Copy Table Id</source>
        <translation>Copier l’identifiant de la table</translation>
    </message>
    <message>
        <source>The ETS table list could not be read from %1; showing the last rows read.</source>
        <translation>La liste des tables ETS n’a pas pu être lue depuis %1 ; affichage des dernières lignes lues.</translation>
    </message>
    <message>
        <source>%L1 tables</source>
        <translation>%L1 tables</translation>
    </message>
    <message>
        <source>%L1 of %L2 tables match</source>
        <translation>%L1 tables sur %L2 correspondent</translation>
    </message>
    <message>
        <source>The node has looked at %L1 of %L2 tables</source>
        <translation>Le nœud a examiné %L1 tables sur %L2</translation>
    </message>
    <message>
        <source>selected: %1 has been deleted</source>
        <translation>sélection : %1 a été supprimée</translation>
    </message>
    <message>
        <source>selected: %1, %2 rows, %3</source>
        <translation>sélection : %1, %2 lignes, %3</translation>
    </message>
    <message>
        <source>Show &amp;Contents</source>
        <translation>Afficher le &amp;contenu</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>The selected rows, exact values, tab-separated</source>
        <translation>Les lignes sélectionnées, valeurs exactes, séparées par des tabulations</translation>
    </message>
    <message>
        <source>Copy Table &amp;Id</source>
        <translation>Copier l’&amp;identifiant de la table</translation>
    </message>
    <message>
        <source>Open &amp;Owner</source>
        <translation>Ouvrir le pr&amp;opriétaire</translation>
    </message>
    <message>
        <source>Exporting the ETS tables of %1…</source>
        <translation>Exportation des tables ETS de %1…</translation>
    </message>
</context>
<context>
    <name>beamtop::EtsSampler</name>
    <message>
        <source>Sampling an ETS table needs the agent, which is not loaded on this node.</source>
        <translation>L’échantillonnage d’une table ETS nécessite l’agent, qui n’est pas chargé sur ce nœud.</translation>
    </message>
    <message>
        <source>The agent sent a sample Beamtop does not understand.</source>
        <translation>L’agent a envoyé un échantillon que Beamtop ne comprend pas.</translation>
    </message>
</context>
<context>
    <name>beamtop::EtsSection</name>
    <message>
        <source>the Beamtop agent running on this node is older and cannot list ETS tables</source>
        <translation>l’agent Beamtop qui tourne sur ce nœud est plus ancien et ne sait pas lister les tables ETS</translation>
    </message>
    <message>
        <source>ETS tables need the Beamtop agent, which this node did not load (reduced mode)</source>
        <translation>les tables ETS nécessitent l’agent Beamtop, que ce nœud n’a pas chargé (mode réduit)</translation>
    </message>
    <message>
        <source>ETS tables</source>
        <translation>Tables ETS</translation>
    </message>
    <message>
        <source>Top ETS tables</source>
        <translation>Principales tables ETS</translation>
    </message>
    <message>
        <source>by memory</source>
        <translation>par mémoire</translation>
    </message>
</context>
<context>
    <name>beamtop::EtsTableModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1%2 rows/s</source>
        <translation>%1%2 lignes/s</translation>
    </message>
    <message>
        <source>Named table %1</source>
        <translation>Table nommée %1</translation>
    </message>
    <message>
        <source>%1, not named: reached by its id %2</source>
        <translation>%1, non nommée : accessible par son identifiant %2</translation>
    </message>
    <message>
        <source>Only the owner process can read or write its rows; anyone can read this metadata</source>
        <translation>Seul le processus propriétaire peut lire ou écrire ses lignes ; tout le monde peut lire ces métadonnées</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>No heir: the table is deleted when its owner exits</source>
        <translation>Pas d’héritier : la table est supprimée quand son propriétaire se termine</translation>
    </message>
    <message>
        <source>%1 inherits the table when its owner exits</source>
        <translation>%1 hérite de la table quand son propriétaire se termine</translation>
    </message>
    <message>
        <source>The key is element %1 of each row</source>
        <translation>La clé est l’élément %1 de chaque ligne</translation>
    </message>
    <message>
        <source>Fixed by safe_fixtable (or a traversal in progress): deleted rows stay until it is released</source>
        <translation>Fixée par safe_fixtable (ou par un parcours en cours) : les lignes supprimées restent jusqu’à sa libération</translation>
    </message>
    <message>
        <source>Known from the second refresh that shows this table</source>
        <translation>Connu à partir de la deuxième actualisation qui affiche cette table</translation>
    </message>
    <message>
        <source>%1 rows per second between the last two refreshes</source>
        <translation>%1 lignes par seconde entre les deux dernières actualisations</translation>
    </message>
    <message>
        <source>%1 bytes per second between the last two refreshes</source>
        <translation>%1 octets par seconde entre les deux dernières actualisations</translation>
    </message>
    <message>
        <source>Steady: the row count did not change between the last two refreshes</source>
        <translation>Stable : le nombre de lignes n’a pas changé entre les deux dernières actualisations</translation>
    </message>
    <message>
        <source>Steady: the memory did not change between the last two refreshes</source>
        <translation>Stable : la mémoire n’a pas changé entre les deux dernières actualisations</translation>
    </message>
    <message>
        <source>The table was deleted before Beamtop could read it; it leaves the ranking at the next refresh</source>
        <translation>La table a été supprimée avant que Beamtop puisse la lire ; elle quitte le classement à la prochaine actualisation</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (supprimée)</translation>
    </message>
    <message>
        <source>The table has been deleted; these are its figures last seen at %1. It leaves the ranking at the next refresh.</source>
        <translation>La table a été supprimée ; voici ses derniers chiffres, relevés à %1. Elle quitte le classement à la prochaine actualisation.</translation>
    </message>
    <message>
        <source>%1 (deleted, last seen %2)</source>
        <translation>%1 (supprimée, vue pour la dernière fois à %2)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>Lignes/s</translation>
    </message>
    <message>
        <source>Memory/s</source>
        <translation>Mémoire/s</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Heir</source>
        <translation>Héritier</translation>
    </message>
    <message>
        <source>Keypos</source>
        <translation>Keypos</translation>
    </message>
    <message>
        <source>Read conc.</source>
        <translation>Conc. lecture</translation>
    </message>
    <message>
        <source>Write conc.</source>
        <translation>Conc. écriture</translation>
    </message>
    <message>
        <source>Decentr. counters</source>
        <translation>Compteurs décentr.</translation>
    </message>
    <message>
        <source>Compressed</source>
        <translation>Compressée</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fixée</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Nommée</translation>
    </message>
    <message>
        <source>The table's name; an unnamed table is reached by its id (on hover). "deleted" (greyed, with its last figures) for a table deleted since it was ranked, until it leaves the ranking at the next refresh</source>
        <translation>Le nom de la table ; une table sans nom est accessible par son identifiant (au survol). « supprimée » (grisé, avec ses derniers chiffres) pour une table supprimée depuis son classement, jusqu’à ce qu’elle quitte le classement à la prochaine actualisation</translation>
    </message>
    <message>
        <source>set, ordered_set, bag or duplicate_bag</source>
        <translation>set, ordered_set, bag ou duplicate_bag</translation>
    </message>
    <message>
        <source>public (any process reads and writes), protected (any reads, the owner writes) or private (the owner only)</source>
        <translation>public (tout processus lit et écrit), protected (tous lisent, le propriétaire écrit) ou private (le propriétaire seulement)</translation>
    </message>
    <message>
        <source>Rows (objects) in the table</source>
        <translation>Lignes (objets) de la table</translation>
    </message>
    <message>
        <source>Memory the table takes, in bytes</source>
        <translation>Mémoire occupée par la table, en octets</translation>
    </message>
    <message>
        <source>Which way the ranked figure (rows or memory) goes, and its change per second between the last two refreshes</source>
        <translation>Le sens dans lequel évolue le chiffre classé (lignes ou mémoire), et sa variation par seconde entre les deux dernières actualisations</translation>
    </message>
    <message>
        <source>Rows added (or, negative, removed) per second between the last two refreshes</source>
        <translation>Lignes ajoutées (ou, en négatif, retirées) par seconde entre les deux dernières actualisations</translation>
    </message>
    <message>
        <source>Memory grown (or, negative, freed) per second between the last two refreshes</source>
        <translation>Mémoire gagnée (ou, en négatif, libérée) par seconde entre les deux dernières actualisations</translation>
    </message>
    <message>
        <source>The process that owns the table, by name when it has one</source>
        <translation>Le processus propriétaire de la table, par son nom s’il en a un</translation>
    </message>
    <message>
        <source>The process that inherits the table when its owner exits</source>
        <translation>Le processus qui hérite de la table quand son propriétaire se termine</translation>
    </message>
    <message>
        <source>Which element of a row is its key</source>
        <translation>L’élément d’une ligne qui lui sert de clé</translation>
    </message>
    <message>
        <source>read_concurrency: tuned for many concurrent readers</source>
        <translation>read_concurrency : optimisée pour de nombreux lecteurs simultanés</translation>
    </message>
    <message>
        <source>write_concurrency: true, false or auto</source>
        <translation>write_concurrency : true, false ou auto</translation>
    </message>
    <message>
        <source>decentralized_counters: size and memory counted per scheduler</source>
        <translation>decentralized_counters : taille et mémoire comptées par ordonnanceur</translation>
    </message>
    <message>
        <source>compressed: rows stored in a compact form</source>
        <translation>compressed : lignes stockées sous une forme compacte</translation>
    </message>
    <message>
        <source>Fixed by safe_fixtable or a running traversal</source>
        <translation>Fixée par safe_fixtable ou par un parcours en cours</translation>
    </message>
    <message>
        <source>named_table: reachable by its name</source>
        <translation>named_table : accessible par son nom</translation>
    </message>
    <message>
        <source>%1.
Click to rank every table by its growth on the node (the sliding window).</source>
        <translation>%1.
Cliquez pour classer toutes les tables du nœud selon leur croissance (la fenêtre glissante).</translation>
    </message>
    <message>
        <source>%1.
Click to rank every table by this on the node, biggest first.</source>
        <translation>%1.
Cliquez pour classer toutes les tables du nœud selon ce critère, les plus grandes en premier.</translation>
    </message>
    <message>
        <source>%1.
The node ranks only by rows, memory and their growth: this column does not sort.</source>
        <translation>%1.
Le nœud ne classe que par lignes, par mémoire et par leur croissance : cette colonne ne se trie pas.</translation>
    </message>
</context>
<context>
    <name>beamtop::EtsToolbar</name>
    <message>
        <source>Filter by name, owner or type (Ctrl+F)</source>
        <translation>Filtrer par nom, propriétaire ou type (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows only tables whose name, id, type or owner contains this text (any case). The node does the matching.</source>
        <translation>N’affiche que les tables dont le nom, l’identifiant, le type ou le propriétaire contient ce texte (sans tenir compte de la casse). La correspondance est faite par le nœud.</translation>
    </message>
    <message>
        <source>Rank by growth instead of totals: rows or bytes added per second over the last interval. Alt+W</source>
        <translation>Classer par croissance plutôt que par totaux : lignes ou octets ajoutés par seconde sur le dernier intervalle. Alt+W</translation>
    </message>
    <message>
        <source>Save every table of the ranking (those the type, protection and filter match) as CSV or JSON (Ctrl+E)</source>
        <translation>Enregistrer toutes les tables du classement (celles qui correspondent au type, à la protection et au filtre) en CSV ou JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Nothing on this page changes the node; the connection is read-only.</source>
        <translation>Rien sur cette page ne modifie le nœud ; la connexion est en lecture seule.</translation>
    </message>
    <message>
        <source>Nothing on this page changes the node, even with changes allowed.</source>
        <translation>Rien sur cette page ne modifie le nœud, même lorsque les modifications sont autorisées.</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Show one type of table only (the node filters)</source>
        <translation>N’afficher qu’un seul type de table (le nœud filtre)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>&amp;Protection:</source>
        <translation>&amp;Protection :</translation>
    </message>
    <message>
        <source>Show tables of one protection only (the node filters)</source>
        <translation>N’afficher que les tables d’une seule protection (le nœud filtre)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
</context>
<context>
    <name>beamtop::HistoryChartModel</name>
    <message numerus="yes">
        <source>%1 – %2, %Ln samples</source>
        <translation>
            <numerusform>%1 – %2, %Ln échantillon</numerusform>
            <numerusform>%1 – %2, %Ln échantillons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (mean of %Ln samples; min %2, max %3)</source>
        <translation>
            <numerusform>%1 (moyenne sur %Ln échantillon ; min %2, max %3)</numerusform>
            <numerusform>%1 (moyenne sur %Ln échantillons ; min %2, max %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
</context>
<context>
    <name>beamtop::HistoryChartsBox</name>
    <message>
        <source>Follow the Newest Data</source>
        <translation>Suivre les données les plus récentes</translation>
    </message>
    <message>
        <source>The whole history window again, following new samples (or double-click a chart)</source>
        <translation>De nouveau toute la fenêtre d’historique, en suivant les nouveaux échantillons (ou double-cliquez sur un graphique)</translation>
    </message>
    <message>
        <source>Nothing recorded yet: the charts fill from the session's history as it is read.</source>
        <translation>Rien n’a encore été enregistré : les graphiques se remplissent à partir de l’historique de la session au fil de sa lecture.</translation>
    </message>
    <message>
        <source>Live: the last %1 (the Load page's history window)</source>
        <translation>En direct : dernière période de %1 (la fenêtre d’historique de la page Charge)</translation>
    </message>
    <message>
        <source>%1 – %2 (double-click a chart to follow the newest data)</source>
        <translation>%1 – %2 (double-cliquez sur un graphique pour suivre les données les plus récentes)</translation>
    </message>
</context>
<context>
    <name>beamtop::HistoryModel</name>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuelle</translation>
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
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>The least value over the range shown, down to single samples.</source>
        <translation>La plus petite valeur sur la plage affichée, à l’échantillon près.</translation>
    </message>
    <message>
        <source>The greatest value over the range shown, down to single samples.</source>
        <translation>La plus grande valeur sur la plage affichée, à l’échantillon près.</translation>
    </message>
    <message>
        <source>The mean over the range shown.</source>
        <translation>La moyenne sur la plage affichée.</translation>
    </message>
    <message>
        <source>How fast the value moves: the slope of a straight line through the range shown, per minute.</source>
        <translation>La vitesse à laquelle la valeur évolue : la pente d’une droite passant par la plage affichée, par minute.</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Aucune valeur</translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation>%1 par seconde</translation>
    </message>
    <message>
        <source>%1 bytes per second</source>
        <translation>%1 octets par seconde</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>%1%2/min</source>
        <translation>%1%2/min</translation>
    </message>
    <message>
        <source>No samples with a value yet.</source>
        <translation>Aucun échantillon avec une valeur pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%1 per minute over %Ln samples</source>
        <translation>
            <numerusform>%1 par minute sur %Ln échantillon</numerusform>
            <numerusform>%1 par minute sur %Ln échantillons</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest sample in the range shown.</source>
        <translation>Le dernier échantillon de la plage affichée.</translation>
    </message>
    <message>
        <source>Needs samples over at least %1 s.</source>
        <translation>Nécessite des échantillons sur au moins %1 s.</translation>
    </message>
</context>
<context>
    <name>beamtop::ItemTableView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy &amp;all rows</source>
        <translation>Copier &amp;toutes les lignes</translation>
    </message>
</context>
<context>
    <name>beamtop::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
</context>
<context>
    <name>beamtop::LoadPage</name>
    <message>
        <source>Scheduler utilisation</source>
        <translation>Utilisation des ordonnanceurs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binaires</translation>
    </message>
    <message>
        <source>ETS</source>
        <translation>ETS</translation>
    </message>
    <message>
        <source>Atoms</source>
        <translation>Atomes</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Processes and ports</source>
        <translation>Processus et ports</translation>
    </message>
    <message>
        <source>Ports (right)</source>
        <translation>Ports (à droite)</translation>
    </message>
    <message>
        <source>Reductions per second</source>
        <translation>Réductions par seconde</translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation>Réductions/s</translation>
    </message>
    <message>
        <source>I/O per second</source>
        <translation>E/S par seconde</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Garbage collection</source>
        <translation>Ramasse-miettes</translation>
    </message>
    <message>
        <source>Collections/s</source>
        <translation>Collectes/s</translation>
    </message>
    <message>
        <source>Words reclaimed/s (right)</source>
        <translation>Mots récupérés/s (à droite)</translation>
    </message>
    <message>
        <source>Run queue</source>
        <translation>File d’exécution</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Imbalance</source>
        <translation>Déséquilibre</translation>
    </message>
    <message>
        <source>Spread: how much busier the busiest normal scheduler was than the idlest over the last interval. Imbalance: the longest run queue minus the shortest, now.</source>
        <translation>Écart : de combien l’ordonnanceur normal le plus occupé a été plus chargé que le moins occupé sur le dernier intervalle. Déséquilibre : la plus longue file d’exécution moins la plus courte, maintenant.</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutes</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 heures</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 heures</translation>
    </message>
    <message>
        <source>How much history Beamtop keeps in memory. Longer windows keep older samples as 10 s and 60 s buckets with their least, greatest and mean value, so peaks stay.</source>
        <translation>La quantité d’historique que Beamtop garde en mémoire. Les fenêtres plus longues conservent les échantillons anciens sous forme de tranches de 10 s et de 60 s avec leurs valeurs minimale, maximale et moyenne, afin que les pics restent visibles.</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Historique :</translation>
    </message>
    <message>
        <source>Total and normal schedulers</source>
        <translation>Total et ordonnanceurs normaux</translation>
    </message>
    <message>
        <source>Dirty CPU schedulers</source>
        <translation>Ordonnanceurs dirty CPU</translation>
    </message>
    <message>
        <source>Dirty I/O schedulers</source>
        <translation>Ordonnanceurs dirty E/S</translation>
    </message>
    <message>
        <source>All schedulers</source>
        <translation>Tous les ordonnanceurs</translation>
    </message>
    <message>
        <source>Which lines the utilisation chart draws. Beyond %1 lines the chart has no legend: right-click it to show or hide single schedulers.</source>
        <translation>Les courbes que trace le graphique d’utilisation. Au-delà de %1 courbes, le graphique n’a pas de légende : faites un clic droit dessus pour afficher ou masquer des ordonnanceurs individuels.</translation>
    </message>
    <message>
        <source>&amp;Utilisation chart:</source>
        <translation>Graphique d'&amp;utilisation :</translation>
    </message>
    <message>
        <source>Schedulers</source>
        <translation>Ordonnanceurs</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>Schedulers now</source>
        <translation>Ordonnanceurs en ce moment</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export History…</source>
        <translation>Exporter l’historique…</translation>
    </message>
    <message>
        <source>Every sampled metric over the whole history window, as CSV or JSON (Ctrl+E)</source>
        <translation>Toutes les métriques échantillonnées sur toute la fenêtre d’historique, en CSV ou en JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export Shown Range…</source>
        <translation>Exporter la plage affichée…</translation>
    </message>
    <message>
        <source>The metrics over the range the charts show after zooming or panning (Ctrl+Shift+E)</source>
        <translation>Les métriques sur la plage que montrent les graphiques après un zoom ou un déplacement (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>Save Chart as Image…</source>
        <translation>Enregistrer le graphique en image…</translation>
    </message>
    <message>
        <source>The chart last clicked, as PNG or SVG (Ctrl+Shift+S); right-click a chart for the same</source>
        <translation>Le dernier graphique cliqué, en PNG ou en SVG (Ctrl+Maj+S) ; un clic droit sur un graphique fait de même</translation>
    </message>
    <message>
        <source>Save a Chart as Image</source>
        <translation>Enregistrer un graphique en image</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Follow the Newest Data</source>
        <translation>Suivre les données les plus récentes</translation>
    </message>
    <message>
        <source>Back to the whole window, following new samples (or double-click a chart)</source>
        <translation>Retour à toute la fenêtre, en suivant les nouveaux échantillons (ou double-cliquez sur un graphique)</translation>
    </message>
    <message>
        <source>Could not read the schedulers: %1</source>
        <translation>Impossible de lire les ordonnanceurs : %1</translation>
    </message>
    <message>
        <source>Utilisation needs the node's scheduler_wall_time flag, which Beamtop turns on through its agent for as long as it is connected. Without the agent (reduced mode) only run queues are shown.</source>
        <translation>L’utilisation nécessite l’option scheduler_wall_time du nœud, que Beamtop active par son agent tant qu’il est connecté. Sans l’agent (mode réduit), seules les files d’exécution sont affichées.</translation>
    </message>
    <message>
        <source>Total %1 (normal %2, dirty CPU %3, dirty I/O %4) over %5 s.</source>
        <translation>Total %1 (normaux %2, dirty CPU %3, dirty E/S %4) sur %5 s.</translation>
    </message>
    <message>
        <source>Busiest scheduler %1 at %2, idlest %3 at %4: a spread of %5 points.</source>
        <translation>Ordonnanceur le plus occupé : %1 à %2, le moins occupé : %3 à %4, soit un écart de %5 points.</translation>
    </message>
    <message>
        <source>Measuring utilisation…</source>
        <translation>Mesure de l’utilisation…</translation>
    </message>
    <message>
        <source>Run queues: %1 waiting; scheduler %2 has the longest (%3), scheduler %4 the shortest (%5): an imbalance of %6.</source>
        <translation>Files d’exécution : %1 en attente ; l’ordonnanceur %2 a la plus longue (%3), l’ordonnanceur %4 la plus courte (%5) : un déséquilibre de %6.</translation>
    </message>
    <message>
        <source>Run queue: %1 waiting.</source>
        <translation>File d’exécution : %1 en attente.</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>I/O %1</source>
        <translation>E/S %1</translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation>Personnalisé (%1)</translation>
    </message>
    <message>
        <source>Live: the last %1</source>
        <translation>En direct : dernière période de %1</translation>
    </message>
    <message>
        <source>%1 – %2 (double-click a chart to follow the newest data)</source>
        <translation>%1 – %2 (double-cliquez sur un graphique pour suivre les données les plus récentes)</translation>
    </message>
    <message>
        <source>Over the last %1; trends per minute.</source>
        <translation>Sur la dernière période de %1 ; tendances par minute.</translation>
    </message>
    <message>
        <source>Over the range shown; trends per minute.</source>
        <translation>Sur la plage affichée ; tendances par minute.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check that the folder exists and that you may write there.</source>
        <translation>Impossible d’écrire %1 : %2. Vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>Export the Shown Range</source>
        <translation>Exporter la plage affichée</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <source>CSV, one row per sample</source>
        <translation>CSV, une ligne par échantillon</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
</context>
<context>
    <name>beamtop::MainWindow</name>
    <message>
        <source>Beamtop</source>
        <translation>Beamtop</translation>
    </message>
    <message>
        <source>&amp;Connect to Node…</source>
        <translation>Se &amp;connecter à un nœud…</translation>
    </message>
    <message>
        <source>Connect to an Erlang or Elixir node (%1)</source>
        <translation>Se connecter à un nœud Erlang ou Elixir (%1)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Start &amp;Demo Node</source>
        <translation>Démarrer le nœud de dé&amp;monstration</translation>
    </message>
    <message>
        <source>Start a demo node on this computer and observe it</source>
        <translation>Démarrer un nœud de démonstration sur cet ordinateur et l’observer</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Stop refreshing; what is on screen stays (Ctrl+P)</source>
        <translation>Arrêter l’actualisation ; ce qui est à l’écran reste affiché (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>Refresh once, now (F5)</source>
        <translation>Actualiser une fois, maintenant (F5)</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy exact values: the selected rows, or the whole page</source>
        <translation>Copier les valeurs exactes : les lignes sélectionnées, ou toute la page</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Beamtop</source>
        <translation>À &amp;propos de Beamtop</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>  Refresh every </source>
        <translation>  Actualiser toutes les </translation>
    </message>
    <message>
        <source>Time between refreshes (at least %1 ms)</source>
        <translation>Délai entre deux actualisations (au moins %1 ms)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>%1 — Beamtop</source>
        <translation>%1 — Beamtop</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>Nouvelle &amp;fenêtre</translation>
    </message>
    <message>
        <source>Another window, to observe another node at the same time (%1)</source>
        <translation>Une autre fenêtre, pour observer un autre nœud en même temps (%1)</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profils…</translation>
    </message>
    <message>
        <source>Saved nodes: connect with a double-click, create, edit, share (Ctrl+Shift+O)</source>
        <translation>Nœuds enregistrés : connexion par double-clic, création, modification, partage (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <source>Connect to P&amp;rofile</source>
        <translation>Se connecter à un p&amp;rofil</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Nothing to Export on This Page</source>
        <translation>Rien à exporter sur cette page</translation>
    </message>
    <message>
        <source>Read-&amp;only</source>
        <translation>&amp;Lecture seule</translation>
    </message>
    <message>
        <source>While on, Beamtop does not change the node: no kill, suspend or garbage collection. Every connection starts with it on, unless its profile has read-only unticked. Switching it here lasts for this connection only.</source>
        <translation>Tant qu’il est actif, Beamtop ne modifie pas le nœud : il ne tue ni ne suspend aucun processus et ne lance aucun ramasse-miettes. Chaque connexion démarre avec ce mode actif, sauf si la case lecture seule de son profil est décochée. Le changer ici ne vaut que pour cette connexion.</translation>
    </message>
    <message>
        <source>Changes &amp;Allowed</source>
        <translation>&amp;Modifications autorisées</translation>
    </message>
    <message>
        <source>Term &amp;Syntax</source>
        <translation>&amp;Syntaxe des termes</translation>
    </message>
    <message>
        <source>&amp;Automatic (Elixir on Elixir nodes)</source>
        <translation>&amp;Automatique (Elixir sur les nœuds Elixir)</translation>
    </message>
    <message>
        <source>&amp;Erlang</source>
        <translation>&amp;Erlang</translation>
    </message>
    <message>
        <source>E&amp;lixir</source>
        <translation>E&amp;lixir</translation>
    </message>
    <message>
        <source>%1 (%2) — Beamtop</source>
        <translation>%1 (%2) — Beamtop</translation>
    </message>
    <message>
        <source>Profile “%1”: %2</source>
        <translation>Profil « %1 » : %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Connect through the profile “%1”</source>
        <translation>Se connecter avec le profil « %1 »</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>Aucun profil pour l’instant</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Manage Profiles…</source>
        <translation>Gérer les profils…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>beamtop::MemoryModel</name>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Share of total</source>
        <translation>Part du total</translation>
    </message>
    <message>
        <source>Memory allocated by the runtime for this use (erlang:memory/0).</source>
        <translation>Mémoire allouée par le runtime pour cet usage (erlang:memory/0).</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Process heaps and stacks; %1 of it in use.</source>
        <translation>Tas et piles des processus ; %1 utilisés.</translation>
    </message>
    <message>
        <source>Processes (used)</source>
        <translation>Processus (utilisé)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Everything that is not a process: atoms, binaries, code, ETS and the runtime itself.</source>
        <translation>Tout ce qui n’est pas un processus : atomes, binaires, code, ETS et le runtime lui-même.</translation>
    </message>
    <message>
        <source>Atoms</source>
        <translation>Atomes</translation>
    </message>
    <message>
        <source>Binaries</source>
        <translation>Binaires</translation>
    </message>
    <message>
        <source>Reference-counted binaries (off-heap).</source>
        <translation>Binaires à compteur de références (hors tas).</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>ETS</source>
        <translation>ETS</translation>
    </message>
    <message>
        <source>Other system</source>
        <translation>Autre système</translation>
    </message>
    <message>
        <source>System memory not counted as atoms, binaries, code or ETS.</source>
        <translation>Mémoire système non comptée comme atomes, binaires, code ou ETS.</translation>
    </message>
    <message>
        <source>Persistent terms</source>
        <translation>Termes persistants</translation>
    </message>
</context>
<context>
    <name>beamtop::MemoryPage</name>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Allocators</source>
        <translation>Allocateurs</translation>
    </message>
    <message>
        <source>Most unused carrier space</source>
        <translation>Plus grand espace de porteur inutilisé</translation>
    </message>
    <message>
        <source>mseg_alloc cache</source>
        <translation>Cache mseg_alloc</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Alloué</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Inutilisé</translation>
    </message>
    <message>
        <source>erlang:memory(total)</source>
        <translation>erlang:memory(total)</translation>
    </message>
    <message>
        <source>Resident (OS)</source>
        <translation>Résident (OS)</translation>
    </message>
    <message>
        <source>Carriers allocated, by allocator</source>
        <translation>Porteurs alloués, par allocateur</translation>
    </message>
    <message>
        <source>Blocks used, by allocator</source>
        <translation>Blocs utilisés, par allocateur</translation>
    </message>
    <message>
        <source>Allocated, used and unused</source>
        <translation>Alloué, utilisé et inutilisé</translation>
    </message>
    <message>
        <source>Resident size and erlang:memory(total)</source>
        <translation>Taille résidente et erlang:memory(total)</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Évolution dans le temps</translation>
    </message>
    <message>
        <source>Follow the Newest Data</source>
        <translation>Suivre les données les plus récentes</translation>
    </message>
    <message>
        <source>Back to the whole history window, following new samples (or double-click a chart)</source>
        <translation>Revenir à toute la fenêtre d’historique, en suivant les nouveaux échantillons (ou double-cliquez sur un graphique)</translation>
    </message>
    <message>
        <source>Export Allocator Table…</source>
        <translation>Exporter la table des allocateurs…</translation>
    </message>
    <message>
        <source>Every allocator type, and the instances shown, as CSV or JSON (Ctrl+E)</source>
        <translation>Chaque type d’allocateur, et les instances affichées, en CSV ou JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Save Chart as Image…</source>
        <translation>Enregistrer le graphique en image…</translation>
    </message>
    <message>
        <source>The chart last clicked, as PNG or SVG (Ctrl+Shift+S); right-click a chart for the same</source>
        <translation>Le dernier graphique cliqué, en PNG ou en SVG (Ctrl+Maj+S) ; un clic droit sur un graphique fait de même</translation>
    </message>
    <message>
        <source>Save a Chart as Image</source>
        <translation>Enregistrer un graphique en image</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>&amp;Copy Table</source>
        <translation>&amp;Copier la table</translation>
    </message>
    <message>
        <source>Select an allocator to see its settings.</source>
        <translation>Sélectionnez un allocateur pour voir ses réglages.</translation>
    </message>
    <message>
        <source>This node runs without mseg_alloc (+MMe false, or an OS without it): carriers come straight from the operating system.</source>
        <translation>Ce nœud fonctionne sans mseg_alloc (+MMe false, ou un système qui ne l’a pas) : les porteurs viennent directement du système d’exploitation.</translation>
    </message>
    <message>
        <source>Hit rates below %1 are marked: carriers then come from the operating system rather than the cache. Counts since the node started.</source>
        <translation>Les taux de succès inférieurs à %1 sont signalés : les porteurs viennent alors du système d’exploitation plutôt que du cache. Comptages depuis le démarrage du nœud.</translation>
    </message>
    <message>
        <source>%1: the size of every carrier of the alloc_util allocators, what they hold from the operating system</source>
        <translation>%1 : la taille de tous les porteurs des allocateurs alloc_util, ce qu’ils obtiennent du système d’exploitation</translation>
    </message>
    <message>
        <source>%1: the size of every block in those carriers, %2 of them</source>
        <translation>%1 : la taille de tous les blocs de ces porteurs, soit %2 de leur taille</translation>
    </message>
    <message>
        <source>%1: carrier space no block uses (allocated − used)</source>
        <translation>%1 : l’espace de porteur qu’aucun bloc n’utilise (alloué − utilisé)</translation>
    </message>
    <message>
        <source>%1: what erlang:memory() counts, read at the same moment</source>
        <translation>%1 : ce que compte erlang:memory(), lu au même moment</translation>
    </message>
    <message>
        <source>%1: the node's resident set size, from its /proc status</source>
        <translation>%1 : la taille de l’ensemble résident du nœud, d’après son /proc status</translation>
    </message>
    <message>
        <source>not available on this OS</source>
        <translation>non disponible sur ce système</translation>
    </message>
    <message>
        <source>The node reads its resident size from /proc, which only Linux has.</source>
        <translation>Le nœud lit sa taille résidente dans /proc, qui n’existe que sous Linux.</translation>
    </message>
    <message>
        <source>The node reported no settings for %1.</source>
        <translation>Le nœud n’a signalé aucun réglage pour %1.</translation>
    </message>
    <message>
        <source>Settings of %1:</source>
        <translation>Réglages de %1 :</translation>
    </message>
    <message>
        <source>The allocators can only be read through Beamtop's agent, which is not loaded on this node.</source>
        <translation>Les allocateurs ne peuvent être lus que par l’agent de Beamtop, qui n’est pas chargé sur ce nœud.</translation>
    </message>
    <message>
        <source>%1 Reconnect once the node accepts code loading (or without --no-agent).</source>
        <translation>%1 Reconnectez-vous une fois que le nœud accepte le chargement de code (ou sans --no-agent).</translation>
    </message>
    <message>
        <source>The Beamtop agent running on this node is an older one that cannot read allocators.</source>
        <translation>L’agent Beamtop qui tourne sur ce nœud est une version plus ancienne qui ne sait pas lire les allocateurs.</translation>
    </message>
    <message>
        <source>Another Beamtop loaded it first. It is replaced when the last Beamtop disconnects from the node: close the others, then reconnect.</source>
        <translation>Un autre Beamtop l’a chargé en premier. Il est remplacé quand le dernier Beamtop se déconnecte du nœud : fermez les autres, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Could not read the allocators: %1</source>
        <translation>Impossible de lire les allocateurs : %1</translation>
    </message>
    <message>
        <source>Beamtop tries again at every refresh. What is shown is the last reading.</source>
        <translation>Beamtop réessaie à chaque actualisation. Ce qui est affiché est la dernière lecture.</translation>
    </message>
    <message>
        <source>Live: the last %1 (the Load page's history window)</source>
        <translation>En direct : dernière période de %1 (la fenêtre d’historique de la page Charge)</translation>
    </message>
    <message>
        <source>%1 – %2 (double-click a chart to follow the newest data)</source>
        <translation>%1 – %2 (double-cliquez sur un graphique pour suivre les données les plus récentes)</translation>
    </message>
    <message>
        <source>Allocators' carriers</source>
        <translation>Porteurs des allocateurs</translation>
    </message>
    <message>
        <source>Export the Allocator Table</source>
        <translation>Exporter la table des allocateurs</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Allocated	%1</source>
        <translation>Alloué	%1</translation>
    </message>
    <message>
        <source>Used	%1</source>
        <translation>Utilisé	%1</translation>
    </message>
    <message>
        <source>Unused	%1</source>
        <translation>Inutilisé	%1</translation>
    </message>
    <message>
        <source>erlang:memory(total)	%1</source>
        <translation>erlang:memory(total)	%1</translation>
    </message>
    <message>
        <source>Resident (OS)	%1</source>
        <translation>Résident (OS)	%1</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
</context>
<context>
    <name>beamtop::MnesiaCollector</name>
    <message>
        <source>The agent on this node is older and cannot read Mnesia.</source>
        <translation>L’agent de ce nœud est plus ancien et ne sait pas lire Mnesia.</translation>
    </message>
    <message>
        <source>Mnesia is read by the agent, which is not loaded on this node.</source>
        <translation>Mnesia est lu par l’agent, qui n’est pas chargé sur ce nœud.</translation>
    </message>
    <message>
        <source>The agent sent a Mnesia reading Beamtop does not understand.</source>
        <translation>L’agent a envoyé une lecture de Mnesia que Beamtop ne comprend pas.</translation>
    </message>
</context>
<context>
    <name>beamtop::MnesiaCommand</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1: could not read (%2)</source>
        <translation>%1 : lecture impossible (%2)</translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1 : aucun</translation>
    </message>
    <message>
        <source>%1 (the first %2 of %3)</source>
        <translation>%1 (les %2 premiers sur %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mnesia on the node: db nodes, tables and replicas, locks and transactions.</source>
        <translation>Mnesia sur le nœud : nœuds db, tables et répliques, verrous et transactions.</translation>
    </message>
    <message>
        <source>Reads Mnesia on the node once, without a lock or a transaction: the db nodes running and stopped, this node's role (disc or ram node), the system items (directory, schema location, version, checkpoints, log dump thresholds, ...), every table with its storage type here, type, size, memory in bytes and replicas by storage type, the held locks, the lock queue and the ongoing transactions (capped), and the transaction counters since Mnesia started. Each read has a timeout of its own: what a stuck Mnesia does not answer is named, the rest is shown. A node without Mnesia says so (exit code 0). --format text for people, json for the snapshot's mnesia section.</source>
        <translation>Lit Mnesia sur le nœud une fois, sans verrou ni transaction : les nœuds db en fonctionnement et arrêtés, le rôle de ce nœud (nœud disque ou RAM), les éléments système (répertoire, emplacement du schéma, version, points de contrôle, seuils de vidage du journal, ...), chaque table avec son type de stockage ici, son type, sa taille, sa mémoire en octets et ses répliques par type de stockage, les verrous détenus, la file des verrous et les transactions en cours (plafonnées), et les compteurs de transactions depuis le démarrage de Mnesia. Chaque lecture a son propre délai : ce qu’un Mnesia bloqué ne répond pas est nommé, le reste est affiché. Un nœud sans Mnesia l’indique (code de sortie 0). --format text pour les personnes, json pour la section mnesia de l’instantané.</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Arguments inattendus : %1</translation>
    </message>
    <message>
        <source>Could not read Mnesia: %1</source>
        <translation>Impossible de lire Mnesia : %1</translation>
    </message>
    <message>
        <source>Mnesia is not running on %1 (%2).</source>
        <translation>Mnesia ne tourne pas sur %1 (%2).</translation>
    </message>
    <message>
        <source>loaded, status: %1</source>
        <translation>chargé, statut : %1</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>non chargé</translation>
    </message>
    <message>
        <source>Mnesia on %1</source>
        <translation>Mnesia sur %1</translation>
    </message>
    <message>
        <source>disc node (schema on disc)</source>
        <translation>nœud disque (schéma sur disque)</translation>
    </message>
    <message>
        <source>ram node (diskless)</source>
        <translation>nœud RAM (sans disque)</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>inconnu (%1)</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>db nodes running</source>
        <translation>nœuds db en fonctionnement</translation>
    </message>
    <message>
        <source>db nodes stopped</source>
        <translation>nœuds db arrêtés</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>transactions</translation>
    </message>
    <message>
        <source>%1 commits, %2 failures, %3 restarts, %4 log writes</source>
        <translation>%1 validations, %2 échecs, %3 redémarrages, %4 écritures du journal</translation>
    </message>
    <message>
        <source>Tables (the first %1 of %2)</source>
        <translation>Tables (les %1 premières sur %2)</translation>
    </message>
    <message>
        <source>Tables (%1)</source>
        <translation>Tables (%1)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>STORAGE</source>
        <translation>STOCKAGE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>READ FROM</source>
        <translation>LU DEPUIS</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>DISC</source>
        <translation>DISQUE</translation>
    </message>
    <message>
        <source>DISC_ONLY</source>
        <translation>DISQUE_SEUL</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation>MÉMOIRE</translation>
    </message>
    <message>
        <source>%1.%2: %3</source>
        <translation>%1.%2 : %3</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>Lecture impossible : %1</translation>
    </message>
    <message>
        <source>Held locks</source>
        <translation>Verrous détenus</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>LOCK</source>
        <translation>VERROU</translation>
    </message>
    <message>
        <source>TRANSACTION</source>
        <translation>TRANSACTION</translation>
    </message>
    <message>
        <source>Lock queue</source>
        <translation>File des verrous</translation>
    </message>
    <message>
        <source>OP</source>
        <translation>OP</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>WAITING FOR</source>
        <translation>EN ATTENTE DE</translation>
    </message>
    <message>
        <source>Ongoing transactions</source>
        <translation>Transactions en cours</translation>
    </message>
    <message>
        <source>TID</source>
        <translation>TID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>SEEN FOR</source>
        <translation>VU DEPUIS</translation>
    </message>
</context>
<context>
    <name>beamtop::MnesiaFactsModel</name>
    <message>
        <source>Fact</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>could not read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>Mnesia could not answer this read: %1</source>
        <translation>Mnesia n’a pas pu répondre à cette lecture : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Running db nodes</source>
        <translation>Nœuds db en marche</translation>
    </message>
    <message>
        <source>Stopped db nodes</source>
        <translation>Nœuds db arrêtés</translation>
    </message>
    <message>
        <source>Part of the database but not running Mnesia now:
%1</source>
        <translation>Font partie de la base de données mais n’exécutent pas Mnesia actuellement :
%1</translation>
    </message>
    <message>
        <source>Extra db nodes</source>
        <translation>Nœuds db supplémentaires</translation>
    </message>
    <message>
        <source>This node</source>
        <translation>Ce nœud</translation>
    </message>
    <message>
        <source>disc node</source>
        <translation>nœud disque</translation>
    </message>
    <message>
        <source>The schema is on disc: disc_copies</source>
        <translation>Le schéma est sur disque : disc_copies</translation>
    </message>
    <message>
        <source>RAM node (diskless)</source>
        <translation>nœud RAM (sans disque)</translation>
    </message>
    <message>
        <source>The schema is in RAM only: ram_copies</source>
        <translation>Le schéma est en RAM uniquement : ram_copies</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Schema location</source>
        <translation>Emplacement du schéma</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Répertoire</translation>
    </message>
    <message>
        <source>Uses the directory</source>
        <translation>Utilise le répertoire</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Points de contrôle</translation>
    </message>
    <message>
        <source>Log dump after writes</source>
        <translation>Vidage du journal après écritures</translation>
    </message>
    <message>
        <source>The transaction log is dumped to the table files after this many writes</source>
        <translation>Le journal des transactions est vidé dans les fichiers des tables après ce nombre d’écritures</translation>
    </message>
    <message>
        <source>Log dump interval (ms)</source>
        <translation>Intervalle de vidage du journal (ms)</translation>
    </message>
    <message>
        <source>The transaction log is dumped at least this often, in milliseconds</source>
        <translation>Le journal des transactions est vidé au moins à cette fréquence, en millisecondes</translation>
    </message>
    <message>
        <source>Log dump updates in place</source>
        <translation>Vidage du journal avec mise à jour sur place</translation>
    </message>
    <message>
        <source>Transactions committed</source>
        <translation>Transactions validées</translation>
    </message>
    <message>
        <source>%L1 since Mnesia started</source>
        <translation>%L1 depuis le démarrage de Mnesia</translation>
    </message>
    <message>
        <source>Transactions failed</source>
        <translation>Transactions échouées</translation>
    </message>
    <message>
        <source>Transactions restarted</source>
        <translation>Transactions redémarrées</translation>
    </message>
    <message>
        <source>%L1 since Mnesia started: restarts come from lock contention or a lost node</source>
        <translation>%L1 depuis le démarrage de Mnesia : les redémarrages viennent de la contention sur les verrous ou d’un nœud perdu</translation>
    </message>
    <message>
        <source>Log writes</source>
        <translation>Écritures du journal</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Tables with master nodes</source>
        <translation>Tables avec nœuds maîtres</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>Backend types</source>
        <translation>Types de backend</translation>
    </message>
    <message>
        <source>Core dump directory</source>
        <translation>Répertoire des core dumps</translation>
    </message>
</context>
<context>
    <name>beamtop::MnesiaLocksModel</name>
    <message>
        <source>whole table</source>
        <translation>toute la table</translation>
    </message>
    <message>
        <source>A lock on the whole table</source>
        <translation>Un verrou sur toute la table</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrou</translation>
    </message>
    <message>
        <source>Wants</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>En attente de</translation>
    </message>
    <message>
        <source>The kind of lock held: read, write, sticky_write, ...</source>
        <translation>Le type de verrou détenu : read, write, sticky_write…</translation>
    </message>
    <message>
        <source>The lock the transaction is waiting to get</source>
        <translation>Le verrou que la transaction attend d’obtenir</translation>
    </message>
    <message>
        <source>The transaction's id: its counter and the process coordinating it</source>
        <translation>L’identifiant de la transaction : son compteur et le processus qui la coordonne</translation>
    </message>
    <message>
        <source>The transaction holding the lock this request waits for</source>
        <translation>L’identifiant de la transaction qui détient le verrou qu’attend cette requête</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>beamtop::MnesiaPage</name>
    <message>
        <source>not read</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>the first %1 of %2</source>
        <translation>les %1 premiers sur %2</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Transactions over time</source>
        <translation>Transactions dans le temps</translation>
    </message>
    <message>
        <source>Commits and log writes per second</source>
        <translation>Validations et écritures du journal par seconde</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>Validations</translation>
    </message>
    <message>
        <source>Log writes</source>
        <translation>Écritures du journal</translation>
    </message>
    <message>
        <source>Failures and restarts per second</source>
        <translation>Échecs et redémarrages par seconde</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Redémarrages</translation>
    </message>
    <message>
        <source>&amp;Hide system tables</source>
        <translation>&amp;Masquer les tables système</translation>
    </message>
    <message>
        <source>Leave out Mnesia's own schema table</source>
        <translation>Exclure la table de schéma propre à Mnesia</translation>
    </message>
    <message>
        <source>&amp;Contents…</source>
        <translation>&amp;Contenu…</translation>
    </message>
    <message>
        <source>Read the selected table's rows from this node's copy, dirty: no lock, no transaction</source>
        <translation>Lire les lignes de la table sélectionnée dans la copie de ce nœud, en lecture sale (dirty) : sans verrou, sans transaction</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Locks and transactions</source>
        <translation>Verrous et transactions</translation>
    </message>
    <message>
        <source>Held locks</source>
        <translation>Verrous détenus</translation>
    </message>
    <message>
        <source>Lock queue</source>
        <translation>File des verrous</translation>
    </message>
    <message>
        <source>Ongoing transactions, oldest first</source>
        <translation>Transactions en cours, les plus anciennes d’abord</translation>
    </message>
    <message>
        <source>Reading Mnesia…</source>
        <translation>Lecture de Mnesia…</translation>
    </message>
    <message>
        <source>Mnesia is not running on %1: the application is not loaded.</source>
        <translation>Mnesia ne tourne pas sur %1 : l’application n’est pas chargée.</translation>
    </message>
    <message>
        <source>Mnesia is not running on %1 (it says: %2).</source>
        <translation>Mnesia ne tourne pas sur %1 (il indique : %2).</translation>
    </message>
    <message>
        <source>Mnesia is not running on %1: it is loaded but not started.</source>
        <translation>Mnesia ne tourne pas sur %1 : il est chargé mais pas démarré.</translation>
    </message>
    <message>
        <source>When it runs, this page shows its database (running and stopped db nodes, this node's role, schema and directory), each table with its storage, size, memory and replicas, the transaction rates over time, and the locks and transactions in flight. Beamtop never starts Mnesia; it looks again at every refresh.</source>
        <translation>Quand il tourne, cette page affiche sa base de données (nœuds db en marche et arrêtés, rôle de ce nœud, schéma et répertoire), chaque table avec son stockage, sa taille, sa mémoire et ses répliques, les taux de transactions dans le temps, ainsi que les verrous et transactions en cours. Beamtop ne démarre jamais Mnesia ; il vérifie de nouveau à chaque actualisation.</translation>
    </message>
    <message>
        <source>Tables: %1</source>
        <translation>Tables : %1</translation>
    </message>
    <message>
        <source>system tables hidden: %1</source>
        <translation>tables système masquées : %1</translation>
    </message>
    <message>
        <source>(the node has %1; the first %2 are listed)</source>
        <translation>(le nœud en a %1 ; les %2 premières sont listées)</translation>
    </message>
    <message>
        <source>Select a table to read its rows</source>
        <translation>Sélectionnez une table pour lire ses lignes</translation>
    </message>
    <message>
        <source>%1 has no copy on this node: its rows can only be read where it is held</source>
        <translation>%1 n’a pas de copie sur ce nœud : ses lignes ne peuvent être lues que là où elle est détenue</translation>
    </message>
    <message>
        <source>No copy of %1 on this node</source>
        <translation>Aucune copie de %1 sur ce nœud</translation>
    </message>
    <message>
        <source>Copy Table &amp;Name</source>
        <translation>Copier le &amp;nom de la table</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Copy &amp;All Rows</source>
        <translation>Copier &amp;toutes les lignes</translation>
    </message>
    <message>
        <source>Could not read Mnesia: %1. What is shown is the last reading.</source>
        <translation>Impossible de lire Mnesia : %1. Ce qui est affiché est la dernière lecture.</translation>
    </message>
    <message>
        <source>Could not read Mnesia: %1</source>
        <translation>Impossible de lire Mnesia : %1</translation>
    </message>
    <message>
        <source>Beamtop tries again at every refresh.</source>
        <translation>Beamtop réessaie à chaque actualisation.</translation>
    </message>
    <message>
        <source>Nothing read yet.</source>
        <translation>Rien n’a encore été lu.</translation>
    </message>
    <message>
        <source>Held locks (%1)</source>
        <translation>Verrous détenus (%1)</translation>
    </message>
    <message>
        <source>Lock queue (%1)</source>
        <translation>File des verrous (%1)</translation>
    </message>
    <message>
        <source>Ongoing transactions (%1)</source>
        <translation>Transactions en cours (%1)</translation>
    </message>
</context>
<context>
    <name>beamtop::MnesiaSection</name>
    <message>
        <source>the Beamtop agent running on this node is older and cannot read Mnesia</source>
        <translation>l’agent Beamtop qui tourne sur ce nœud est plus ancien et ne sait pas lire Mnesia</translation>
    </message>
    <message>
        <source>Mnesia needs the Beamtop agent, which this node did not load (reduced mode)</source>
        <translation>Mnesia nécessite l’agent Beamtop, que ce nœud n’a pas chargé (mode réduit)</translation>
    </message>
    <message>
        <source>Mnesia</source>
        <translation>Mnesia</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n db node(s) running, %2 table(s)</source>
        <translation>
            <numerusform>%1 nœud db sur %n en marche, %2 table(s)</numerusform>
            <numerusform>%1 nœuds db sur %n en marche, %2 table(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>  stopped</source>
        <translation>  arrêté</translation>
    </message>
    <message>
        <source>  transactions</source>
        <translation>  transactions</translation>
    </message>
    <message>
        <source>%1 commits, %2 failures, %3 restarts, %4 log writes</source>
        <translation>%1 validations, %2 échecs, %3 redémarrages, %4 écritures du journal</translation>
    </message>
    <message>
        <source>  table</source>
        <translation>  table</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows, %4</source>
        <translation>%1 (%2) : %3 lignes, %4</translation>
    </message>
    <message>
        <source>memory unknown</source>
        <translation>mémoire inconnue</translation>
    </message>
</context>
<context>
    <name>beamtop::MnesiaTablesModel</name>
    <message>
        <source>ram</source>
        <translation>ram</translation>
    </message>
    <message>
        <source>disc</source>
        <translation>disque</translation>
    </message>
    <message>
        <source>disc only</source>
        <translation>disque uniquement</translation>
    </message>
    <message>
        <source>external</source>
        <translation>externe</translation>
    </message>
    <message>
        <source>no local copy</source>
        <translation>pas de copie locale</translation>
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
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Storage here</source>
        <translation>Stockage ici</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>RAM copies</source>
        <translation>Copies RAM</translation>
    </message>
    <message>
        <source>Disc copies</source>
        <translation>Copies disque</translation>
    </message>
    <message>
        <source>Disc-only copies</source>
        <translation>Copies disque seul</translation>
    </message>
    <message>
        <source>External copies</source>
        <translation>Copies externes</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Lue depuis</translation>
    </message>
    <message>
        <source>Majority</source>
        <translation>Majorité</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Load reason</source>
        <translation>Raison du chargement</translation>
    </message>
    <message>
        <source>Local content</source>
        <translation>Contenu local</translation>
    </message>
    <message>
        <source>How this node holds the table: in RAM, on disc with a RAM copy, on disc only, in an external backend, or not at all (reads then go to another node).</source>
        <translation>La façon dont ce nœud détient la table : en RAM, sur disque avec une copie en RAM, sur disque uniquement, dans un backend externe, ou pas du tout (les lectures vont alors vers un autre nœud).</translation>
    </message>
    <message>
        <source>Rows in this node's copy; unknown without a local copy.</source>
        <translation>Lignes de la copie de ce nœud ; inconnu sans copie locale.</translation>
    </message>
    <message>
        <source>What this node's copy takes, in bytes (words converted for RAM and disc copies); unknown without a local copy.</source>
        <translation>Ce qu’occupe la copie de ce nœud, en octets (mots convertis pour les copies RAM et disque) ; inconnu sans copie locale.</translation>
    </message>
    <message>
        <source>The nodes holding a replica of this kind.</source>
        <translation>Les nœuds qui détiennent une réplique de ce type.</translation>
    </message>
    <message>
        <source>The node this node reads the table from (where_to_read); "nowhere" means no copy is reachable.</source>
        <translation>Le nœud depuis lequel ce nœud lit la table (where_to_read) ; « nowhere » signifie qu’aucune copie n’est accessible.</translation>
    </message>
    <message>
        <source>Whether a write needs a majority of the replicas to succeed.</source>
        <translation>Indique si une écriture nécessite une majorité des répliques pour réussir.</translation>
    </message>
    <message>
        <source>The attribute positions with a secondary index.</source>
        <translation>Les positions des attributs dotés d’un index secondaire.</translation>
    </message>
    <message>
        <source>How this node's copy was loaded (from disc, from another node, created, ...).</source>
        <translation>La façon dont la copie de ce nœud a été chargée (depuis le disque, depuis un autre nœud, créée…).</translation>
    </message>
    <message>
        <source>A table whose content is local to each node (local_content): never replicated.</source>
        <translation>Une table dont le contenu est propre à chaque nœud (local_content) : jamais répliquée.</translation>
    </message>
    <message>
        <source>%1 (records: %2)</source>
        <translation>%1 (enregistrements : %2)</translation>
    </message>
    <message>
        <source>Mnesia's own schema table.</source>
        <translation>La table de schéma propre à Mnesia.</translation>
    </message>
    <message>
        <source>%L1 rows</source>
        <translation>%L1 lignes</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No copy on this node: its size would be a remote call.</source>
        <translation>Pas de copie sur ce nœud : sa taille nécessiterait un appel distant.</translation>
    </message>
    <message>
        <source>No copy on this node.</source>
        <translation>Pas de copie sur ce nœud.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>could not read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>Mnesia could not answer this read: %1</source>
        <translation>Mnesia n’a pas pu répondre à cette lecture : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>beamtop::MnesiaTransactionsModel</name>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>The transaction's id: its counter and the process coordinating it</source>
        <translation>L’identifiant de la transaction : son compteur et le processus qui la coordonne</translation>
    </message>
    <message>
        <source>How long Beamtop has seen this transaction running: Mnesia keeps no start time, so this is at least one refresh interval short of its true age.</source>
        <translation>Depuis combien de temps Beamtop voit cette transaction en cours : Mnesia ne conserve pas d’heure de début, cette durée est donc inférieure d’au moins un intervalle d’actualisation à son âge réel.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>First seen in this reading</source>
        <translation>Vue pour la première fois dans cette lecture</translation>
    </message>
</context>
<context>
    <name>beamtop::MsegCacheModel</name>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Réussites</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>En cache</translation>
    </message>
    <message>
        <source>Carriers that came from mseg_alloc's cache per carrier asked for, since the node started. Below %1 the cache is too small for the churn: see +MMmcs.</source>
        <translation>Porteurs provenant du cache de mseg_alloc par porteur demandé, depuis le démarrage du nœud. En dessous de %1, le cache est trop petit pour le renouvellement : voir +MMmcs.</translation>
    </message>
    <message>
        <source>Carriers served from the cache.</source>
        <translation>Porteurs servis depuis le cache.</translation>
    </message>
    <message>
        <source>Carriers asked for (allocations and reallocations of segments).</source>
        <translation>Porteurs demandés (allocations et réallocations de segments).</translation>
    </message>
    <message>
        <source>Segments in the cache now, and their size.</source>
        <translation>Segments actuellement en cache, et leur taille.</translation>
    </message>
    <message>
        <source>mseg_alloc instance %1 (%2)</source>
        <translation>Instance %1 de mseg_alloc (%2)</translation>
    </message>
    <message>
        <source>no calls</source>
        <translation>aucun appel</translation>
    </message>
    <message>
        <source>%1 of %2 calls hit the cache (%3)</source>
        <translation>%1 appels sur %2 ont été servis par le cache (%3)</translation>
    </message>
    <message>
        <source>%1 segments, %2</source>
        <translation>%1 segments, %2</translation>
    </message>
</context>
<context>
    <name>beamtop::NetworkPage</name>
    <message>
        <source>Export ports</source>
        <translation>Exporter les ports</translation>
    </message>
    <message>
        <source>Copy Port Id</source>
        <translation>Copier l’Id du port</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>The port list could not be read from %1; showing the last rows read.</source>
        <translation>La liste des ports n’a pas pu être lue depuis %1 ; affichage des dernières lignes lues.</translation>
    </message>
    <message>
        <source>%L1 of %L2 ports and sockets match</source>
        <translation>%L1 ports et sockets sur %L2 correspondent</translation>
    </message>
    <message>
        <source>%L1 ports and sockets</source>
        <translation>%L1 ports et sockets</translation>
    </message>
    <message>
        <source>%1 of the port limit %2</source>
        <translation>%1 de la limite de ports %2</translation>
    </message>
    <message>
        <source>The node has looked at %L1 of %L2 ports</source>
        <translation>Le nœud a examiné %L1 ports sur %L2</translation>
    </message>
    <message>
        <source>selected: %1 has closed</source>
        <translation>sélection : %1 s’est fermé</translation>
    </message>
    <message>
        <source>selected: %1, %2 received, %3 sent</source>
        <translation>sélection : %1, %2 reçus, %3 envoyés</translation>
    </message>
    <message>
        <source>net_ticktime %1 s</source>
        <translation>net_ticktime %1 s</translation>
    </message>
    <message>
        <source>busy limit %1</source>
        <translation>limite busy %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln connected nodes</source>
        <translation>
            <numerusform>%Ln nœud connecté</numerusform>
            <numerusform>%Ln nœuds connectés</numerusform>
        </translation>
    </message>
    <message>
        <source>A link silent for net_ticktime seconds is taken down. Once a link's output queue reaches dist_buf_busy_limit (%1), processes sending to that node are suspended until it drains.</source>
        <translation>Une liaison silencieuse pendant net_ticktime secondes est coupée. Dès que la file de sortie d’une liaison atteint dist_buf_busy_limit (%1), les processus qui envoient vers ce nœud sont suspendus jusqu’à ce qu’elle se vide.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>lecture…</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>The selected rows, exact values, tab-separated</source>
        <translation>Les lignes sélectionnées, valeurs exactes, séparées par des tabulations</translation>
    </message>
    <message>
        <source>Copy Port &amp;Id</source>
        <translation>Copier l'&amp;Id du port</translation>
    </message>
    <message>
        <source>Open &amp;Owner</source>
        <translation>Ouvrir le &amp;propriétaire</translation>
    </message>
    <message>
        <source>This port has no owner process</source>
        <translation>Ce port n’a pas de processus propriétaire</translation>
    </message>
    <message>
        <source>The port is already closed</source>
        <translation>Le port est déjà fermé</translation>
    </message>
    <message>
        <source>Exporting the ports of %1…</source>
        <translation>Export des ports de %1…</translation>
    </message>
</context>
<context>
    <name>beamtop::NetworkToolbar</name>
    <message>
        <source>Filter by address, owner, name or state (Ctrl+F)</source>
        <translation>Filtrer par adresse, propriétaire, nom ou état (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows only ports whose id, type, name, owner, local or peer address or state contains this text (any case). The node does the matching.</source>
        <translation>N’affiche que les ports dont l’identifiant, le type, le nom, le propriétaire, l’adresse locale ou distante ou l’état contient ce texte (sans tenir compte de la casse). La correspondance est faite par le nœud.</translation>
    </message>
    <message>
        <source>Rank by change over the last interval instead of totals: bytes per second, packets per second, queue growth. Alt+W</source>
        <translation>Classer par variation sur le dernier intervalle plutôt que par totaux : octets par seconde, paquets par seconde, croissance de la file. Alt+W</translation>
    </message>
    <message>
        <source>Save every port of the ranking (those the type and filter match) as CSV or JSON (Ctrl+E)</source>
        <translation>Enregistrer tous les ports du classement (ceux qui correspondent au type et au filtre) en CSV ou JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Closing ports is off for this connection. Turn read-only off in the toolbar to allow it.</source>
        <translation>La fermeture des ports est désactivée pour cette connexion. Désactivez la lecture seule dans la barre d’outils pour l’autoriser.</translation>
    </message>
    <message>
        <source>Actions that change the node (closing ports) are allowed for this connection.</source>
        <translation>Les actions qui modifient le nœud (fermeture de ports) sont autorisées pour cette connexion.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Show one type of port only; the counts are the node's, read every few seconds</source>
        <translation>N’afficher qu’un seul type de port ; les nombres sont ceux du nœud, lus toutes les quelques secondes</translation>
    </message>
</context>
<context>
    <name>beamtop::NodeActions</name>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Read-only mode is on for this connection: turn it off (toolbar: Read-only) to change the node.</source>
        <translation>Le mode lecture seule est actif pour cette connexion : désactivez-le (barre d’outils : Lecture seule) pour modifier le nœud.</translation>
    </message>
    <message>
        <source>Not connected to %1 right now.</source>
        <translation>Pas connecté à %1 en ce moment.</translation>
    </message>
</context>
<context>
    <name>beamtop::NodeConnection</name>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message>
        <source>'%1' is an IPv6 address; Erlang's C-node library only speaks IPv4.</source>
        <translation>« %1 » est une adresse IPv6 ; la bibliothèque C-node d’Erlang ne parle qu’IPv4.</translation>
    </message>
    <message>
        <source>Looking up the host '%1' took too long. Check the name and your DNS.</source>
        <translation>La résolution de l’hôte « %1 » a pris trop de temps. Vérifiez le nom et votre DNS.</translation>
    </message>
    <message>
        <source>The host '%1' is unknown: it does not resolve to an IPv4 address. Check the part after '@'.</source>
        <translation>L’hôte « %1 » est inconnu : il ne se résout pas en adresse IPv4. Vérifiez la partie après « @ ».</translation>
    </message>
    <message>
        <source>The cookie is not valid (too long or contains a NUL byte).</source>
        <translation>Le cookie n’est pas valide (trop long ou contenant un octet NUL).</translation>
    </message>
    <message>
        <source> EPMD there has no nodes registered.</source>
        <translation> EPMD n’y a aucun nœud enregistré.</translation>
    </message>
    <message>
        <source> Registered there: %1.</source>
        <translation> Enregistrés là-bas : %1.</translation>
    </message>
    <message>
        <source>No node named '%1' runs on %2. Check the name before '@' and that the node is started.%3</source>
        <translation>Aucun nœud nommé « %1 » ne tourne sur %2. Vérifiez le nom avant « @ » et que le nœud est démarré.%3</translation>
    </message>
    <message>
        <source>EPMD is not running on %1 (port %2 refused), so no node is reachable there. Check that the node is started, and the host.</source>
        <translation>EPMD ne tourne pas sur %1 (le port %2 a refusé), aucun nœud n’y est donc joignable. Vérifiez que le nœud est démarré, ainsi que l’hôte.</translation>
    </message>
    <message>
        <source>EPMD on %1 did not answer within the connect timeout. Check the host and firewalls (port %2).</source>
        <translation>EPMD sur %1 n’a pas répondu dans le délai de connexion. Vérifiez l’hôte et les pare-feu (port %2).</translation>
    </message>
    <message>
        <source>Beamtop has too many files open to connect safely (limit %1). Close some connections.</source>
        <translation>Beamtop a trop de fichiers ouverts pour se connecter sans risque (limite %1). Fermez quelques connexions.</translation>
    </message>
    <message>
        <source>Beamtop has too many files open to connect safely.</source>
        <translation>Beamtop a trop de fichiers ouverts pour se connecter sans risque.</translation>
    </message>
    <message>
        <source>Could not set up the local C node (ei_connect_xinit failed).</source>
        <translation>Impossible de mettre en place le nœud C local (échec de ei_connect_xinit).</translation>
    </message>
    <message>
        <source>%1 did not complete the handshake within %2 ms. The node may be overloaded or a firewall may drop port %3.</source>
        <translation>%1 n’a pas terminé la négociation en %2 ms. Le nœud est peut-être surchargé, ou un pare-feu bloque le port %3.</translation>
    </message>
    <message>
        <source>%1 is unreachable. Check the host and the network.</source>
        <translation>%1 est injoignable. Vérifiez l’hôte et le réseau.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1 port %2. Check the port (and the tunnel, if you use one).</source>
        <translation>Rien n’accepte de connexions sur %1 port %2. Vérifiez le port (et le tunnel, si vous en utilisez un).</translation>
    </message>
    <message>
        <source>'%1' is registered with EPMD but its port %2 refuses connections: the node may be stopping. Try again in a moment.</source>
        <translation>« %1 » est enregistré auprès d’EPMD mais son port %2 refuse les connexions : le nœud est peut-être en train de s’arrêter. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>%1 already has a connection from a node named '%2'. Choose another name or close the other session.</source>
        <translation>%1 a déjà une connexion d’un nœud nommé « %2 ». Choisissez un autre nom ou fermez l’autre session.</translation>
    </message>
    <message>
        <source>The request could not be encoded.</source>
        <translation>La requête n’a pas pu être encodée.</translation>
    </message>
    <message>
        <source>Sending to the node failed; the connection is gone.</source>
        <translation>L’envoi au nœud a échoué ; la connexion est perdue.</translation>
    </message>
    <message>
        <source>Not connected to the node.</source>
        <translation>Pas connecté au nœud.</translation>
    </message>
    <message>
        <source>Could not make a request id.</source>
        <translation>Impossible de créer un identifiant de requête.</translation>
    </message>
    <message>
        <source>The reply was larger than the %1 MiB limit and was dropped.</source>
        <translation>La réponse dépassait la limite de %1 MiB et a été abandonnée.</translation>
    </message>
    <message>
        <source>The node stopped sending in the middle of a message.</source>
        <translation>Le nœud a cessé d’envoyer au milieu d’un message.</translation>
    </message>
    <message>
        <source>The node closed the connection.</source>
        <translation>Le nœud a fermé la connexion.</translation>
    </message>
    <message>
        <source>The reply could not be decoded: %1</source>
        <translation>La réponse n’a pas pu être décodée : %1</translation>
    </message>
    <message>
        <source>The reply did not come from rex.</source>
        <translation>La réponse ne provenait pas de rex.</translation>
    </message>
    <message>
        <source>The call failed on the node.</source>
        <translation>L’appel a échoué sur le nœud.</translation>
    </message>
    <message>
        <source>No traffic from the node for more than its tick time (%1 s): the link is dead.</source>
        <translation>Aucun trafic du nœud depuis plus longtemps que son tick time (%1 s) : la liaison est morte.</translation>
    </message>
    <message>
        <source>The node did not answer in time.</source>
        <translation>Le nœud n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>No cookie was given. Give the node's cookie (the contents of its .erlang.cookie).</source>
        <translation>Aucun cookie n’a été donné. Indiquez le cookie du nœud (le contenu de son .erlang.cookie).</translation>
    </message>
    <message>
        <source>%1 rejected the handshake: the cookie is wrong. Check that it matches the node's cookie (erlang:get_cookie() on the node).</source>
        <translation>%1 a refusé la négociation : le cookie est incorrect. Vérifiez qu’il correspond au cookie du nœud (erlang:get_cookie() sur le nœud).</translation>
    </message>
    <message>
        <source>The reply announced %1 MiB, over the %2 MiB limit; it was skipped unread.</source>
        <translation>La réponse annonçait %1 MiB, au-delà de la limite de %2 MiB ; elle a été ignorée sans être lue.</translation>
    </message>
</context>
<context>
    <name>beamtop::NodeFactsModel</name>
    <message>
        <source>Fact</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>OTP release</source>
        <translation>Version d’OTP</translation>
    </message>
    <message>
        <source>ERTS version</source>
        <translation>Version d’ERTS</translation>
    </message>
    <message>
        <source>Elixir version</source>
        <translation>Version d’Elixir</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Temps de fonctionnement</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d’exploitation</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Word size</source>
        <translation>Taille de mot</translation>
    </message>
    <message>
        <source>%1 bytes (%2-bit)</source>
        <translation>%1 octets (%2 bits)</translation>
    </message>
    <message>
        <source>%1 online</source>
        <translation>%1 en ligne</translation>
    </message>
    <message>
        <source>%1 available</source>
        <translation>%1 disponibles</translation>
    </message>
    <message>
        <source>Logical processors</source>
        <translation>Processeurs logiques</translation>
    </message>
    <message>
        <source>Schedulers</source>
        <translation>Ordonnanceurs</translation>
    </message>
    <message>
        <source>%1 of %2 online</source>
        <translation>%1 sur %2 en ligne</translation>
    </message>
    <message>
        <source>%1 schedulers, %2 online</source>
        <translation>%1 ordonnanceurs, %2 en ligne</translation>
    </message>
    <message>
        <source>Dirty schedulers</source>
        <translation>Ordonnanceurs dirty</translation>
    </message>
    <message>
        <source>%1 CPU (%2 online), %3 I/O</source>
        <translation>%1 CPU (%2 en ligne), %3 E/S</translation>
    </message>
    <message>
        <source>Async threads</source>
        <translation>Threads asynchrones</translation>
    </message>
    <message>
        <source>Kernel poll</source>
        <translation>Kernel poll</translation>
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
        <source>Connected nodes</source>
        <translation>Nœuds connectés</translation>
    </message>
</context>
<context>
    <name>beamtop::NodeNameEdit</name>
    <message>
        <source>name@host, for example myapp@%1</source>
        <translation>nom@hôte, par exemple myapp@%1</translation>
    </message>
    <message>
        <source>No nodes are registered on %1.</source>
        <translation>Aucun nœud n’est enregistré sur %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) registered on %1.</source>
        <translation>
            <numerusform>%n nœud enregistré sur %1.</numerusform>
            <numerusform>%n nœuds enregistrés sur %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::NodeSession</name>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Loading the agent</source>
        <translation>Chargement de l’agent</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Disconnected, reconnecting</source>
        <translation>Déconnecté, reconnexion</translation>
    </message>
    <message>
        <source>Disconnecting</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
</context>
<context>
    <name>beamtop::NodesCommand</name>
    <message>
        <source>The nodes registered with EPMD on a host, like epmd -names.</source>
        <translation>Les nœuds enregistrés auprès d’EPMD sur un hôte, comme epmd -names.</translation>
    </message>
    <message>
        <source>Host whose EPMD to ask (default localhost).</source>
        <translation>Hôte dont interroger l’EPMD (par défaut localhost).</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HÔTE</translation>
    </message>
    <message>
        <source>EPMD port on that host (default %1).</source>
        <translation>Port EPMD sur cet hôte (par défaut %1).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Timeout in ms (default 5000).</source>
        <translation>Délai en ms (par défaut 5000).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Arguments inattendus : %1</translation>
    </message>
    <message>
        <source>--epmd-port takes a port number from 1 to 65535, not “%1”.</source>
        <translation>--epmd-port attend un numéro de port de 1 à 65535, pas « %1 ».</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of milliseconds.</source>
        <translation>--timeout attend un nombre positif de millisecondes.</translation>
    </message>
    <message>
        <source>No nodes are registered with EPMD on %1.</source>
        <translation>Aucun nœud n’est enregistré auprès d’EPMD sur %1.</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>NŒUD</translation>
    </message>
</context>
<context>
    <name>beamtop::Page</name>
    <message>
        <source>Not connected.

Connect to a node with File ▸ Connect (Ctrl+O), or try the demo node with File ▸ Start demo node.</source>
        <translation>Non connecté.

Connectez-vous à un nœud avec Fichier ▸ Se connecter à un nœud (Ctrl+O), ou essayez le nœud de démonstration avec Fichier ▸ Démarrer le nœud de démonstration.</translation>
    </message>
</context>
<context>
    <name>beamtop::PageRegistry</name>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Mnesia</source>
        <translation>Mnesia</translation>
    </message>
    <message>
        <source>ETS</source>
        <translation>ETS</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
</context>
<context>
    <name>beamtop::PortActions</name>
    <message>
        <source>Closing %1 failed: %2</source>
        <translation>La fermeture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Closed %1.</source>
        <translation>%1 fermé.</translation>
    </message>
    <message>
        <source>C&amp;lose Port…</source>
        <translation>&amp;Fermer le port…</translation>
    </message>
    <message>
        <source>Close port</source>
        <translation>Fermer le port</translation>
    </message>
    <message>
        <source>Close %1 on %2?</source>
        <translation>Fermer %1 sur %2 ?</translation>
    </message>
    <message>
        <source>The port closes at once, whatever it is doing: a connection drops and data still queued is lost. Its owner finds it closed on its next use.</source>
        <translation>Le port se ferme immédiatement, quoi qu’il soit en train de faire : une connexion tombe et les données encore en file sont perdues. Son propriétaire le trouvera fermé à sa prochaine utilisation.</translation>
    </message>
    <message>
        <source>Close Port</source>
        <translation>Fermer le port</translation>
    </message>
</context>
<context>
    <name>beamtop::PortCollector</name>
    <message>
        <source>The agent sent port counts Beamtop does not understand.</source>
        <translation>L’agent a envoyé des comptes de ports que Beamtop ne comprend pas.</translation>
    </message>
    <message>
        <source>The agent on this node comes from an older Beamtop and cannot list ports; reconnect to load this one.</source>
        <translation>L’agent de ce nœud provient d’un Beamtop plus ancien et ne sait pas lister les ports ; reconnectez-vous pour charger celui-ci.</translation>
    </message>
    <message>
        <source>Listing ports and sockets needs the agent, which is not loaded on this node.</source>
        <translation>Lister les ports et les sockets nécessite l’agent, qui n’est pas chargé sur ce nœud.</translation>
    </message>
</context>
<context>
    <name>beamtop::PortCommand</name>
    <message>
        <source>One port or socket in detail, by its id.</source>
        <translation>Un port ou un socket en détail, par son id.</translation>
    </message>
    <message>
        <source>Shows one port or socket of the node: its type, owner, addresses and state, everything erlang:port_info/1 says (socket:info/1 for sockets of the socket module), its statistics (inet:getstat/1, or a socket's counters), every option it answers (options the port does not have are marked unsupported) and its links and monitors. Give the id as the node prints it: #Port&lt;0.5&gt;, 5 for the same port, or #Socket&lt;0.1.2.3&gt;.</source>
        <translation>Affiche un port ou un socket du nœud : son type, son propriétaire, ses adresses et son état, tout ce que dit erlang:port_info/1 (socket:info/1 pour les sockets du module socket), ses statistiques (inet:getstat/1, ou les compteurs d’un socket), chaque option à laquelle il répond (les options que le port n’a pas sont marquées non prises en charge) et ses liens et moniteurs. Indiquez l’id tel que le nœud l’affiche : #Port&lt;0.5&gt;, 5 pour le même port, ou #Socket&lt;0.1.2.3&gt;.</translation>
    </message>
    <message>
        <source>'port' needs a port id, like #Port&lt;0.5&gt;, 5 or #Socket&lt;0.1.2.3&gt;.</source>
        <translation>« port » attend un id de port, comme #Port&lt;0.5&gt;, 5 ou #Socket&lt;0.1.2.3&gt;.</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Arguments inattendus : %1</translation>
    </message>
    <message>
        <source>'%1' is not a port id (write it like #Port&lt;0.5&gt;, 5 or #Socket&lt;0.1.2.3&gt;).</source>
        <translation>« %1 » n’est pas un id de port (écrivez-le comme #Port&lt;0.5&gt;, 5 ou #Socket&lt;0.1.2.3&gt;).</translation>
    </message>
    <message>
        <source>Could not read port %1: %2</source>
        <translation>Impossible de lire le port %1 : %2</translation>
    </message>
    <message>
        <source>No port %1 is open on %2.</source>
        <translation>Aucun port %1 n’est ouvert sur %2.</translation>
    </message>
    <message>
        <source>Socket %1 on %2</source>
        <translation>Socket %1 sur %2</translation>
    </message>
    <message>
        <source>Port %1 on %2</source>
        <translation>Port %1 sur %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>Socket info</source>
        <translation>Infos du socket</translation>
    </message>
    <message>
        <source>Port info</source>
        <translation>Infos du port</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>none for this kind of port</source>
        <translation>aucune pour ce genre de port</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>(unsupported)</source>
        <translation>(non pris en charge)</translation>
    </message>
    <message>
        <source>(error: %1)</source>
        <translation>(erreur : %1)</translation>
    </message>
    <message>
        <source>Links and monitors</source>
        <translation>Liens et moniteurs</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln de plus</numerusform>
            <numerusform>%Ln de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Moniteurs</translation>
    </message>
    <message>
        <source>Monitored by</source>
        <translation>Surveillé par</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>beamtop::PortDetailsWindow</name>
    <message>
        <source>Close Port…</source>
        <translation>Fermer le port…</translation>
    </message>
    <message>
        <source>Received/s</source>
        <translation>Reçus/s</translation>
    </message>
    <message>
        <source>Sent/s</source>
        <translation>Envoyés/s</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>&amp;Addresses &amp;&amp; State</source>
        <translation>&amp;Adresses &amp;&amp; état</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistiques</translation>
    </message>
    <message>
        <source>O&amp;ptions</source>
        <translation>O&amp;ptions</translation>
    </message>
    <message>
        <source>&amp;Links &amp;&amp; Monitors</source>
        <translation>&amp;Liens &amp;&amp; moniteurs</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>This port cannot be sampled from %1: %2</source>
        <translation>Ce port ne peut pas être échantillonné depuis %1 : %2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 — %2 (closed)</source>
        <translation>%1 — %2 (fermé)</translation>
    </message>
    <message>
        <source>%1 has closed (noticed at %2).</source>
        <translation>%1 s’est fermé (constaté à %2).</translation>
    </message>
    <message>
        <source>Export port details</source>
        <translation>Exporter les détails du port</translation>
    </message>
    <message>
        <source>The port is already closed</source>
        <translation>Le port est déjà fermé</translation>
    </message>
    <message>
        <source>Close this port on %1 (asks first)</source>
        <translation>Fermer ce port sur %1 (demande d’abord confirmation)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Sampling…</source>
        <translation>Échantillonnage…</translation>
    </message>
    <message>
        <source>Received/s %1</source>
        <translation>Reçus/s %1</translation>
    </message>
    <message>
        <source>Sent/s %1</source>
        <translation>Envoyés/s %1</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>File %1</translation>
    </message>
    <message>
        <source>Memory %1</source>
        <translation>Mémoire %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>%1 received, %2 sent in all; sampled every refresh</source>
        <translation>%1 reçus, %2 envoyés au total ; échantillonné à chaque actualisation</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 est fermé.</translation>
    </message>
</context>
<context>
    <name>beamtop::PortExport</name>
    <message>
        <source>The node did not answer during the export (%1). The file was not written; try again, or export one type or a filtered ranking.</source>
        <translation>Le nœud n’a pas répondu pendant l’exportation (%1). Le fichier n’a pas été écrit ; réessayez, ou exportez un seul type ou un classement filtré.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln ports and sockets to %1.</source>
        <translation>
            <numerusform>%Ln port ou socket exporté vers %1.</numerusform>
            <numerusform>%Ln ports et sockets exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::PortHistoryModel</name>
    <message>
        <source>Received/s</source>
        <translation>Reçus/s</translation>
    </message>
    <message>
        <source>Sent/s</source>
        <translation>Envoyés/s</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>beamtop::PortInspector</name>
    <message>
        <source>Port details need the agent, which is not loaded on this node.</source>
        <translation>Les détails des ports nécessitent l’agent, qui n’est pas chargé sur ce nœud.</translation>
    </message>
    <message>
        <source>The agent on this node is older and cannot show port details.</source>
        <translation>L’agent de ce nœud est plus ancien et ne sait pas afficher les détails des ports.</translation>
    </message>
    <message>
        <source>The agent sent port details Beamtop does not understand.</source>
        <translation>L’agent a envoyé des détails de port que Beamtop ne comprend pas.</translation>
    </message>
    <message>
        <source>Read-only mode is on for this connection: turn it off to change the node.</source>
        <translation>Le mode lecture seule est activé pour cette connexion : désactivez-le pour modifier le nœud.</translation>
    </message>
    <message>
        <source>Closing a port needs the agent, which is not loaded on this node.</source>
        <translation>La fermeture d’un port nécessite l’agent, qui n’est pas chargé sur ce nœud.</translation>
    </message>
</context>
<context>
    <name>beamtop::PortSampler</name>
    <message>
        <source>Sampling a port needs the agent, which is not loaded on this node.</source>
        <translation>L’échantillonnage d’un port nécessite l’agent, qui n’est pas chargé sur ce nœud.</translation>
    </message>
    <message>
        <source>The agent sent a sample Beamtop does not understand.</source>
        <translation>L’agent a envoyé un échantillon que Beamtop ne comprend pas.</translation>
    </message>
</context>
<context>
    <name>beamtop::PortTableModel</name>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>SCTP</source>
        <translation>SCTP</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>socket</translation>
    </message>
    <message>
        <source>spawned</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Known from the second refresh that shows this port</source>
        <translation>Connu à partir de la deuxième actualisation qui affiche ce port</translation>
    </message>
    <message>
        <source>%1 bytes per second %2</source>
        <translation>%1 octets par seconde %2</translation>
    </message>
    <message>
        <source>%1 received + %2 sent</source>
        <translation>%1 reçus + %2 envoyés</translation>
    </message>
    <message>
        <source>%1 bytes per second received and sent</source>
        <translation>%1 octets par seconde reçus et envoyés</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçus</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyés</translation>
    </message>
    <message>
        <source>Not counted: plain ports count bytes only</source>
        <translation>Non compté : les ports simples ne comptent que les octets</translation>
    </message>
    <message>
        <source>Sockets of the socket module have no port queue</source>
        <translation>Les sockets du module socket n’ont pas de file de port</translation>
    </message>
    <message>
        <source>%1 waiting to be sent: the peer or the network is not keeping up</source>
        <translation>%1 en attente d’envoi : le pair ou le réseau ne suit pas</translation>
    </message>
    <message>
        <source>Not reported for sockets of the socket module</source>
        <translation>Non signalé pour les sockets du module socket</translation>
    </message>
    <message>
        <source>Operating-system process %1</source>
        <translation>Processus du système d’exploitation %1</translation>
    </message>
    <message>
        <source>%1 packets per second over the last interval</source>
        <translation>%1 paquets par seconde sur le dernier intervalle</translation>
    </message>
    <message>
        <source>The queue grew by %1 per second over the last interval</source>
        <translation>La file a augmenté de %1 par seconde sur le dernier intervalle</translation>
    </message>
    <message>
        <source>Grew by %1 per second over the last interval</source>
        <translation>A augmenté de %1 par seconde sur le dernier intervalle</translation>
    </message>
    <message>
        <source>The port closed before Beamtop could read it; it leaves the ranking at the next refresh</source>
        <translation>Le port s’est fermé avant que Beamtop ait pu le lire ; il quitte le classement à la prochaine actualisation</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>The port has closed; these are its figures last seen at %1. It leaves the ranking at the next refresh.</source>
        <translation>Le port s’est fermé ; voici ses derniers chiffres, vus à %1. Il quitte le classement à la prochaine actualisation.</translation>
    </message>
    <message>
        <source>closed, last seen %1</source>
        <translation>fermé, vu pour la dernière fois à %1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>I/O</source>
        <translation>E/S</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>I/O/s</source>
        <translation>E/S/s</translation>
    </message>
    <message>
        <source>Recv/s</source>
        <translation>Reçus/s</translation>
    </message>
    <message>
        <source>Sent/s</source>
        <translation>Envoyés/s</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Paquets entrants</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Paquets sortants</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Packets in/s</source>
        <translation>Paquets entrants/s</translation>
    </message>
    <message>
        <source>Packets out/s</source>
        <translation>Paquets sortants/s</translation>
    </message>
    <message>
        <source>Queue growth/s</source>
        <translation>Croissance de la file/s</translation>
    </message>
    <message>
        <source>Memory growth/s</source>
        <translation>Croissance de la mémoire/s</translation>
    </message>
    <message>
        <source>Change/s</source>
        <translation>Variation/s</translation>
    </message>
    <message>
        <source>OS pid</source>
        <translation>Pid OS</translation>
    </message>
    <message>
        <source>The port or socket, as the node prints it</source>
        <translation>Le port ou le socket, tel que le nœud l’affiche</translation>
    </message>
    <message>
        <source>TCP, UDP or SCTP (inet ports), socket (the socket module), spawned (an OS process), file, or other drivers</source>
        <translation>TCP, UDP ou SCTP (ports inet), socket (le module socket), programme (un processus du système d’exploitation), fichier, ou autres pilotes</translation>
    </message>
    <message>
        <source>The driver's name, the command of a spawned port, or domain/type/protocol for a socket</source>
        <translation>Le nom du pilote, la commande d’un port de programme, ou domaine/type/protocole pour un socket</translation>
    </message>
    <message>
        <source>The process the port is connected to (its owner), by name when it has one</source>
        <translation>Le processus auquel le port est connecté (son propriétaire), par son nom s’il en a un</translation>
    </message>
    <message>
        <source>The local address and port</source>
        <translation>L’adresse et le port locaux</translation>
    </message>
    <message>
        <source>The address and port of the other end</source>
        <translation>L’adresse et le port de l’autre extrémité</translation>
    </message>
    <message>
        <source>listening, connected, accepting, …; "closed" (greyed, with its last figures) for a port closed since it was ranked, until it leaves the ranking at the next refresh</source>
        <translation>en écoute, connecté, en acceptation, … ; « fermé » (grisé, avec ses derniers chiffres) pour un port fermé depuis son classement, jusqu’à ce qu’il quitte le classement à la prochaine actualisation</translation>
    </message>
    <message>
        <source>Bytes received and sent since the port opened</source>
        <translation>Octets reçus et envoyés depuis l’ouverture du port</translation>
    </message>
    <message>
        <source>Bytes received since the port opened</source>
        <translation>Octets reçus depuis l’ouverture du port</translation>
    </message>
    <message>
        <source>Bytes sent since the port opened</source>
        <translation>Octets envoyés depuis l’ouverture du port</translation>
    </message>
    <message>
        <source>Bytes received and sent per second, between the last two refreshes</source>
        <translation>Octets reçus et envoyés par seconde, entre les deux dernières actualisations</translation>
    </message>
    <message>
        <source>Bytes received per second, between the last two refreshes</source>
        <translation>Octets reçus par seconde, entre les deux dernières actualisations</translation>
    </message>
    <message>
        <source>Bytes sent per second, between the last two refreshes</source>
        <translation>Octets envoyés par seconde, entre les deux dernières actualisations</translation>
    </message>
    <message>
        <source>Packets received (inet ports and sockets)</source>
        <translation>Paquets reçus (ports inet et sockets)</translation>
    </message>
    <message>
        <source>Packets sent (inet ports and sockets)</source>
        <translation>Paquets envoyés (ports inet et sockets)</translation>
    </message>
    <message>
        <source>Bytes waiting in the port's queue to be sent: marked when not zero</source>
        <translation>Octets en attente d’envoi dans la file du port : signalé quand ce n’est pas zéro</translation>
    </message>
    <message>
        <source>Memory the runtime has allocated for the port</source>
        <translation>Mémoire que le runtime a allouée pour le port</translation>
    </message>
    <message>
        <source>Change per second of the ranked figure over the last interval (sliding window)</source>
        <translation>Variation par seconde du chiffre classé sur le dernier intervalle (fenêtre glissante)</translation>
    </message>
    <message>
        <source>The operating-system process of a spawned port</source>
        <translation>Le processus du système d’exploitation d’un port de programme</translation>
    </message>
    <message>
        <source>%1.
Click to rank every port by this on the node, biggest first.</source>
        <translation>%1.
Cliquez pour classer tous les ports du nœud selon cette colonne, du plus grand au plus petit.</translation>
    </message>
    <message>
        <source>%1.
The node ranks only by bytes, rates, packets, queue and memory: this column does not sort.</source>
        <translation>%1.
Le nœud ne classe que par octets, débits, paquets, file et mémoire : cette colonne ne se trie pas.</translation>
    </message>
</context>
<context>
    <name>beamtop::PortTypesModel</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Ports and sockets of this type on the node now</source>
        <translation>Ports et sockets de ce type actuellement sur le nœud</translation>
    </message>
    <message>
        <source>Share of all ports and sockets</source>
        <translation>Part de l’ensemble des ports et sockets</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%L1 ports (the node allows %L3) and %L2 sockets</source>
        <translation>%L1 ports (le nœud en autorise %L3) et %L2 sockets</translation>
    </message>
    <message>
        <source>%L1 ports and %L2 sockets</source>
        <translation>%L1 ports et %L2 sockets</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Pas encore lu</translation>
    </message>
</context>
<context>
    <name>beamtop::PortsCommand</name>
    <message>
        <source>The ports and sockets ranked by I/O, bytes, packets, queue or memory.</source>
        <translation>Les ports et sockets classés par E/S, octets, paquets, file ou mémoire.</translation>
    </message>
    <message>
        <source>Ranks every port and socket of the node (TCP, UDP and SCTP ports, sockets of the socket module, spawned programs, files...) by a metric, on the node and within the agent's CPU budget, and prints the first rows: a table for people, CSV or JSON with the keys of the desktop's export. io is bytes received plus sent. --window ranks by the change per second over a window (with io: the busiest right now); --watch prints again at every interval. The first answer comes within about a second: if the node has not finished ranking by then, it says how much it has ranked (partial). Needs the agent.</source>
        <translation>Classe tous les ports et sockets du nœud (ports TCP, UDP et SCTP, sockets du module socket, programmes lancés, fichiers, ...) selon une mesure, sur le nœud et dans le budget CPU de l’agent, et affiche les premières lignes : un tableau pour les personnes, CSV ou JSON avec les clés de l’export du bureau. io correspond aux octets reçus plus envoyés. --window classe selon la variation par seconde sur une fenêtre (avec io : les plus actifs en ce moment) ; --watch réaffiche à chaque intervalle. La première réponse arrive en une seconde environ : si le nœud n’a pas fini de classer d’ici là, il indique quelle part il a classée (partiel). Nécessite l’agent.</translation>
    </message>
    <message>
        <source>Rank by %1 (default io: bytes received and sent).</source>
        <translation>Classer par %1 (par défaut io : octets reçus et envoyés).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>How many ports (default 10, at most 500).</source>
        <translation>Combien de ports (par défaut 10, au plus 500).</translation>
    </message>
    <message>
        <source>Rank by the change over MS milliseconds (per second).</source>
        <translation>Classer selon la variation sur MS millisecondes (par seconde).</translation>
    </message>
    <message>
        <source>Only ports whose id, type, name, owner, addresses or state contains TEXT.</source>
        <translation>Seulement les ports dont l’id, le type, le nom, le propriétaire, les adresses ou l’état contient TEXTE.</translation>
    </message>
    <message>
        <source>Only ports of this type: %1.</source>
        <translation>Seulement les ports de ce type : %1.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>--sort is one of %1.</source>
        <translation>--sort vaut l’un de %1.</translation>
    </message>
    <message>
        <source>--type is one of %1.</source>
        <translation>--type vaut l’un de %1.</translation>
    </message>
    <message>
        <source>Could not read the ports: %1</source>
        <translation>Impossible de lire les ports : %1</translation>
    </message>
    <message>
        <source>%1 ports and sockets</source>
        <translation>%1 ports et sockets</translation>
    </message>
    <message>
        <source>%1 %2 ports</source>
        <translation>%1 %2 ports</translation>
    </message>
    <message>
        <source>%1 on %2, ranked by %3</source>
        <translation>%1 sur %2, classés par %3</translation>
    </message>
</context>
<context>
    <name>beamtop::PortsSection</name>
    <message>
        <source>the Beamtop agent running on this node is older and cannot list ports</source>
        <translation>l’agent Beamtop qui tourne sur ce nœud est plus ancien et ne sait pas lister les ports</translation>
    </message>
    <message>
        <source>ports need the Beamtop agent, which this node did not load (reduced mode)</source>
        <translation>les ports nécessitent l’agent Beamtop, que ce nœud n’a pas chargé (mode réduit)</translation>
    </message>
    <message>
        <source>the Beamtop agent running on this node cannot count ports by type</source>
        <translation>l’agent Beamtop qui tourne sur ce nœud ne sait pas compter les ports par type</translation>
    </message>
    <message>
        <source>the node did not answer in time</source>
        <translation>le nœud n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source> (port limit %1)</source>
        <translation> (limite de ports %1)</translation>
    </message>
    <message>
        <source>%1 ports, %2 sockets%3</source>
        <translation>%1 ports, %2 sockets%3</translation>
    </message>
    <message>
        <source>  by type</source>
        <translation>  par type</translation>
    </message>
    <message>
        <source>counts unavailable: %1</source>
        <translation>comptes indisponibles : %1</translation>
    </message>
    <message>
        <source>Top ports</source>
        <translation>Ports principaux</translation>
    </message>
    <message>
        <source>by I/O</source>
        <translation>par E/S</translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessActions</name>
    <message>
        <source>%1 of %2 failed: %3</source>
        <translation>%1 de %2 a échoué : %3</translation>
    </message>
    <message>
        <source>Garbage collected %1.</source>
        <translation>Ramasse-miettes effectué sur %1.</translation>
    </message>
    <message>
        <source>Suspended %1.</source>
        <translation>%1 suspendu.</translation>
    </message>
    <message>
        <source>Resumed %1.</source>
        <translation>%1 repris.</translation>
    </message>
    <message>
        <source>Killed %1.</source>
        <translation>%1 tué.</translation>
    </message>
    <message>
        <source>Garbage collection</source>
        <translation>Ramasse-miettes</translation>
    </message>
    <message>
        <source>Suspending</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Killing</source>
        <translation>Arrêt forcé</translation>
    </message>
    <message>
        <source>&amp;Garbage Collect</source>
        <translation>Lancer le &amp;ramasse-miettes</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <source>&amp;Kill…</source>
        <translation>&amp;Tuer…</translation>
    </message>
    <message>
        <source>Kill process</source>
        <translation>Tuer le processus</translation>
    </message>
    <message>
        <source>Kill %1 on %2?</source>
        <translation>Tuer %1 sur %2 ?</translation>
    </message>
    <message>
        <source>The process exits with reason kill, which it cannot trap. Processes linked to it get an exit signal, and its supervisor may restart it.</source>
        <translation>Le processus se termine avec la raison kill, qu’il ne peut pas intercepter. Les processus qui lui sont liés reçoivent un signal de sortie, et son superviseur peut le redémarrer.</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Tuer</translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessCollector</name>
    <message>
        <source>This node has %L1 processes: listing them needs the agent, which is not loaded.</source>
        <translation>Ce nœud a %L1 processus : les lister nécessite l’agent, qui n’est pas chargé.</translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessCommand</name>
    <message>
        <source>One process in detail, by pid or registered name.</source>
        <translation>Un processus en détail, par pid ou nom enregistré.</translation>
    </message>
    <message>
        <source>Shows one process: what it is, what it runs, its memory, links and monitors, stack trace, dictionary and state, and with --messages the first messages in its queue. Give a pid (&lt;0.123.0&gt; or #PID&lt;0.123.0&gt;) or a registered name as the node writes it: code_server, or MyApp.Cache on an Elixir node ('Elixir.MyApp.Cache' in Erlang syntax).</source>
        <translation>Affiche un processus : ce qu’il est, ce qu’il exécute, sa mémoire, ses liens et moniteurs, sa pile d’appels, son dictionnaire et son état, et avec --messages les premiers messages de sa file. Indiquez un pid (&lt;0.123.0&gt; ou #PID&lt;0.123.0&gt;) ou un nom enregistré tel que le nœud l’écrit : code_server, ou MyApp.Cache sur un nœud Elixir ('Elixir.MyApp.Cache' en syntaxe Erlang).</translation>
    </message>
    <message>
        <source>Include the first N messages (at most 100: more reads 100).</source>
        <translation>Inclure les N premiers messages (au plus 100 : davantage lit 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Copy the message queue even when it holds over 10,000 messages.</source>
        <translation>Copier la file de messages même quand elle contient plus de 10 000 messages.</translation>
    </message>
    <message>
        <source>'process' needs a pid, like &lt;0.123.0&gt;, or a registered name, like code_server.</source>
        <translation>« process » attend un pid, comme &lt;0.123.0&gt;, ou un nom enregistré, comme code_server.</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Arguments inattendus : %1</translation>
    </message>
    <message>
        <source>'%1' is neither a pid nor a name.</source>
        <translation>« %1 » n’est ni un pid ni un nom.</translation>
    </message>
    <message>
        <source>--messages takes a number from 0 to 100.</source>
        <translation>--messages attend un nombre de 0 à 100.</translation>
    </message>
    <message>
        <source>--messages: at most %1 messages are read; showing the first %1.</source>
        <translation>--messages : au plus %1 messages sont lus ; affichage des %1 premiers.</translation>
    </message>
    <message>
        <source>No process is registered as %1 on %2.</source>
        <translation>Aucun processus n’est enregistré sous le nom %1 sur %2.</translation>
    </message>
    <message>
        <source>No process %1 is alive on %2.</source>
        <translation>Aucun processus %1 n’est en vie sur %2.</translation>
    </message>
    <message>
        <source>The queue holds %L1 messages; copying it costs the node memory. Add --force to copy it anyway (only %2 are sent).</source>
        <translation>La file contient %L1 messages ; la copier coûte de la mémoire au nœud. Ajoutez --force pour la copier quand même (seuls %2 sont envoyés).</translation>
    </message>
    <message>
        <source>Process %1 on %2</source>
        <translation>Processus %1 sur %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>Registered name</source>
        <translation>Nom enregistré</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Initial call</source>
        <translation>Appel initial</translation>
    </message>
    <message>
        <source>Spawned as</source>
        <translation>Lancé en tant que</translation>
    </message>
    <message>
        <source>Current function</source>
        <translation>Fonction courante</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Traps exits</source>
        <translation>Intercepte les sorties</translation>
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
        <source>Group leader</source>
        <translation>Group leader</translation>
    </message>
    <message>
        <source>Reductions</source>
        <translation>Réductions</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>File de messages</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Heap size</source>
        <translation>Taille du tas</translation>
    </message>
    <message>
        <source>Stack size</source>
        <translation>Taille de la pile</translation>
    </message>
    <message>
        <source>Total heap size</source>
        <translation>Taille totale du tas</translation>
    </message>
    <message>
        <source>%L1 words</source>
        <translation>%L1 mots</translation>
    </message>
    <message>
        <source>Binaries</source>
        <translation>Binaires</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %Ln binaries</source>
        <translation>
            <numerusform>%1 dans %Ln binaire</numerusform>
            <numerusform>%1 dans %Ln binaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Moniteurs</translation>
    </message>
    <message>
        <source>Monitored by</source>
        <translation>Surveillé par</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln de plus</numerusform>
            <numerusform>%Ln de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Stack trace</source>
        <translation>Pile d’appels</translation>
    </message>
    <message>
        <source>Dictionary (%L1)</source>
        <translation>Dictionnaire (%L1)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>not available (%1)</source>
        <translation>non disponible (%1)</translation>
    </message>
    <message>
        <source>Messages: %L1 in the queue, not read (add --force)</source>
        <translation>Messages : %L1 dans la file, non lus (ajoutez --force)</translation>
    </message>
    <message>
        <source>Messages (%L1 of %L2)</source>
        <translation>Messages (%L1 sur %L2)</translation>
    </message>
    <message>
        <source>PID|NAME</source>
        <translation>PID|NOM</translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessDetailsWindow</name>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Read the First %1 Messages…</source>
        <translation>Lire les %1 premiers messages…</translation>
    </message>
    <message>
        <source>Read Again</source>
        <translation>Relire</translation>
    </message>
    <message>
        <source>Read the first %1 messages again</source>
        <translation>Relire les %1 premiers messages</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation>Réductions/s</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>File de messages</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Messages</translation>
    </message>
    <message>
        <source>&amp;Dictionary</source>
        <translation>&amp;Dictionnaire</translation>
    </message>
    <message>
        <source>Stack &amp;Trace</source>
        <translation>&amp;Pile d’appels</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;État</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 — %2 (dead)</source>
        <translation>%1 — %2 (mort)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Sampling…</source>
        <translation>Échantillonnage…</translation>
    </message>
    <message>
        <source>Memory %1 · Reductions/s %2 · Queue %3 · %4</source>
        <translation>Mémoire %1 · Réductions/s %2 · File %3 · %4</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>Memory %1, queue %2 messages; sampled every refresh</source>
        <translation>Mémoire %1, file de %2 messages ; échantillonné à chaque actualisation</translation>
    </message>
    <message>
        <source>Reading the messages…</source>
        <translation>Lecture des messages…</translation>
    </message>
    <message>
        <source>Read a long message queue</source>
        <translation>Lire une longue file de messages</translation>
    </message>
    <message>
        <source>Read the first %1 of %L2 messages of %3?</source>
        <translation>Lire les %1 premiers des %L2 messages de %3 ?</translation>
    </message>
    <message>
        <source>To read any of them the node copies the whole queue — all %L1 messages — into a list inside the process that reads it, so for a moment it needs about as much memory again as the messages take (the process uses %2 now), and the copy takes time in proportion. Only the first %3 are sent to Beamtop.</source>
        <translation>Pour lire ne serait-ce que l’un d’eux, le nœud copie toute la file — les %L1 messages — dans une liste au sein du processus qui la lit : pendant un moment, il lui faut donc à peu près autant de mémoire en plus que n’en occupent les messages (le processus utilise %2 actuellement), et la copie prend un temps proportionnel. Seuls les %3 premiers sont envoyés à Beamtop.</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>une quantité inconnue</translation>
    </message>
    <message>
        <source>Copy and Read</source>
        <translation>Copier et lire</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1 has exited (noticed at %2).</source>
        <translation>%1 s’est terminé (constaté à %2).</translation>
    </message>
    <message>
        <source>No process is registered as %1 now.</source>
        <translation>Aucun processus n’est actuellement enregistré sous le nom %1.</translation>
    </message>
    <message>
        <source>Port %1 is closed.</source>
        <translation>Le port %1 est fermé.</translation>
    </message>
    <message>
        <source>Export process details</source>
        <translation>Exporter les détails du processus</translation>
    </message>
    <message>
        <source>This process cannot be sampled from %1: %2</source>
        <translation>Ce processus ne peut pas être échantillonné depuis %1 : %2</translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessExport</name>
    <message>
        <source>The node did not answer during the export (%1). The file was not written; try again, or export a filtered ranking.</source>
        <translation>Le nœud n’a pas répondu pendant l’export (%1). Le fichier n’a pas été écrit ; réessayez, ou exportez un classement filtré.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln processes to %1.</source>
        <translation>
            <numerusform>%Ln processus exporté vers %1.</numerusform>
            <numerusform>%Ln processus exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessHistoryModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation>Réductions/s</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>File de messages</translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessInspector</name>
    <message>
        <source>'%1' is not a pid (write it like &lt;0.123.0&gt;).</source>
        <translation>« %1 » n’est pas un pid (écrivez-le sous la forme &lt;0.123.0&gt;).</translation>
    </message>
    <message>
        <source>Process details need the agent, which is not loaded on this node.</source>
        <translation>Les détails des processus nécessitent l’agent, qui n’est pas chargé sur ce nœud.</translation>
    </message>
    <message>
        <source>Reading messages needs the agent, which is not loaded on this node.</source>
        <translation>La lecture des messages nécessite l’agent, qui n’est pas chargé sur ce nœud.</translation>
    </message>
    <message>
        <source>Read-only mode is on for this connection: turn it off to change the node.</source>
        <translation>Le mode lecture seule est activé pour cette connexion : désactivez-le pour modifier le nœud.</translation>
    </message>
    <message>
        <source>Suspending and resuming need the agent, which is not loaded.</source>
        <translation>Suspendre et reprendre nécessitent l’agent, qui n’est pas chargé.</translation>
    </message>
    <message>
        <source>The port is closed.</source>
        <translation>Le port est fermé.</translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessSampler</name>
    <message>
        <source>The agent sent a sample Beamtop does not understand.</source>
        <translation>L’agent a envoyé un échantillon que Beamtop ne comprend pas.</translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessTableModel</name>
    <message>
        <source>%1 reductions per second</source>
        <translation>%1 réductions par seconde</translation>
    </message>
    <message>
        <source>Known from the second refresh that shows this process</source>
        <translation>Connu à partir de la deuxième actualisation qui affiche ce processus</translation>
    </message>
    <message>
        <source>%1 words (%2)</source>
        <translation>%1 mots (%2)</translation>
    </message>
    <message>
        <source>The queue grew by %1 messages per second over the last interval</source>
        <translation>La file a augmenté de %1 messages par seconde sur le dernier intervalle</translation>
    </message>
    <message>
        <source>The heap grew by %1 words per second over the last interval</source>
        <translation>Le tas a augmenté de %1 mots par seconde sur le dernier intervalle</translation>
    </message>
    <message>
        <source>%1 reductions per second over the last interval</source>
        <translation>%1 réductions par seconde sur le dernier intervalle</translation>
    </message>
    <message>
        <source>Grew by %1 per second over the last interval</source>
        <translation>A augmenté de %1 par seconde sur le dernier intervalle</translation>
    </message>
    <message>
        <source>Pid</source>
        <translation>Pid</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Initial call</source>
        <translation>Appel initial</translation>
    </message>
    <message>
        <source>Current function</source>
        <translation>Fonction courante</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Reductions</source>
        <translation>Réductions</translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation>Réductions/s</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binaires</translation>
    </message>
    <message>
        <source>Heap</source>
        <translation>Tas</translation>
    </message>
    <message>
        <source>Memory growth/s</source>
        <translation>Croissance de la mémoire/s</translation>
    </message>
    <message>
        <source>Queue growth/s</source>
        <translation>Croissance de la file/s</translation>
    </message>
    <message>
        <source>Binary growth/s</source>
        <translation>Croissance des binaires/s</translation>
    </message>
    <message>
        <source>Heap growth/s</source>
        <translation>Croissance du tas/s</translation>
    </message>
    <message>
        <source>Reductions/s (window)</source>
        <translation>Réductions/s (fenêtre)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>The process identifier, as the node prints it</source>
        <translation>L’identifiant du processus, tel que le nœud l’affiche</translation>
    </message>
    <message>
        <source>Registered name, else process label, else the initial call</source>
        <translation>Nom enregistré, sinon étiquette du processus, sinon l’appel initial</translation>
    </message>
    <message>
        <source>The function the process started in (for OTP processes, what proc_lib recorded)</source>
        <translation>La fonction dans laquelle le processus a démarré (pour les processus OTP, ce que proc_lib a enregistré)</translation>
    </message>
    <message>
        <source>The function the process is executing or waiting in</source>
        <translation>La fonction que le processus exécute ou dans laquelle il attend</translation>
    </message>
    <message>
        <source>Memory of the process: heap, stack, message queue and internal structures</source>
        <translation>Mémoire du processus : tas, pile, file de messages et structures internes</translation>
    </message>
    <message>
        <source>Reductions (units of work) since the process started</source>
        <translation>Réductions (unités de travail) depuis le démarrage du processus</translation>
    </message>
    <message>
        <source>Reductions per second: how busy the process is now</source>
        <translation>Réductions par seconde : l’activité actuelle du processus</translation>
    </message>
    <message>
        <source>Messages waiting in the process's queue</source>
        <translation>Messages en attente dans la file du processus</translation>
    </message>
    <message>
        <source>Size of the reference-counted binaries the process holds</source>
        <translation>Taille des binaires à compteur de références que détient le processus</translation>
    </message>
    <message>
        <source>Total heap size, all heap fragments included</source>
        <translation>Taille totale du tas, tous les fragments de tas compris</translation>
    </message>
    <message>
        <source>Change per second of the ranked figure over the last interval (sliding window)</source>
        <translation>Variation par seconde du chiffre classé sur le dernier intervalle (fenêtre glissante)</translation>
    </message>
    <message>
        <source>The OTP application the process belongs to (from its group leader)</source>
        <translation>L’application OTP à laquelle appartient le processus (d’après son group leader)</translation>
    </message>
    <message>
        <source>%1.
Click to rank every process by this on the node, biggest first.</source>
        <translation>%1.
Cliquez pour classer tous les processus du nœud selon cette colonne, du plus grand au plus petit.</translation>
    </message>
    <message>
        <source>%1.
The node ranks only by memory, reductions, reductions/s, queue, binary and heap: this column does not sort.</source>
        <translation>%1.
Le nœud ne classe que par mémoire, réductions, réductions/s, file, binaires et tas : cette colonne ne se trie pas.</translation>
    </message>
    <message>
        <source>The process exited before Beamtop could read it; it leaves the ranking at the next refresh</source>
        <translation>Le processus s’est terminé avant que Beamtop ait pu le lire ; il quitte le classement à la prochaine actualisation</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>The process has exited; these are its figures last seen at %1. It leaves the ranking at the next refresh.</source>
        <translation>Le processus s’est terminé ; voici ses derniers chiffres, vus à %1. Il quitte le classement à la prochaine actualisation.</translation>
    </message>
    <message>
        <source>exited, last seen %1</source>
        <translation>terminé, vu pour la dernière fois à %1</translation>
    </message>
    <message>
        <source>running, runnable, waiting, garbage_collecting, suspended or exiting; "exited" (greyed, with its last figures) for a process gone since it was ranked, until it leaves the ranking at the next refresh</source>
        <translation>running, runnable, waiting, garbage_collecting, suspended ou exiting ; « terminé » (grisé, avec ses derniers chiffres) pour un processus disparu depuis son classement, jusqu’à ce qu’il quitte le classement à la prochaine actualisation</translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessesPage</name>
    <message>
        <source>Rank by &amp;Memory</source>
        <translation>Classer par &amp;mémoire</translation>
    </message>
    <message>
        <source>Rank by &amp;Reductions</source>
        <translation>Classer par &amp;réductions</translation>
    </message>
    <message>
        <source>Rank by Reductions per &amp;Second</source>
        <translation>Classer par réductions par &amp;seconde</translation>
    </message>
    <message>
        <source>Rank by Message &amp;Queue</source>
        <translation>Classer par &amp;file de messages</translation>
    </message>
    <message>
        <source>Rank by &amp;Binary Memory</source>
        <translation>Classer par mémoire &amp;binaire</translation>
    </message>
    <message>
        <source>Rank by &amp;Total Heap</source>
        <translation>Classer par &amp;tas total</translation>
    </message>
    <message>
        <source>Copy Pid</source>
        <translation>Copier le pid</translation>
    </message>
    <message>
        <source>Rows are in pid order: ranking and filtering need Beamtop's agent, which is not loaded on this node.</source>
        <translation>Les lignes sont dans l’ordre des pid : le classement et le filtrage nécessitent l’agent de Beamtop, qui n’est pas chargé sur ce nœud.</translation>
    </message>
    <message>
        <source>Rows are in pid order</source>
        <translation>Les lignes sont dans l’ordre des pid</translation>
    </message>
    <message>
        <source>The process list</source>
        <translation>La liste des processus</translation>
    </message>
    <message>
        <source>The process list could not be read from %1; showing the last rows read.</source>
        <translation>La liste des processus n’a pas pu être lue depuis %1 ; affichage des dernières lignes lues.</translation>
    </message>
    <message>
        <source>%L1 of %L2 processes match</source>
        <translation>%L1 processus sur %L2 correspondent</translation>
    </message>
    <message>
        <source>%L1 processes</source>
        <translation>%L1 processus</translation>
    </message>
    <message>
        <source>The node has looked at %L1 of %L2 processes</source>
        <translation>Le nœud a examiné %L1 processus sur %L2</translation>
    </message>
    <message>
        <source>agent: %1 of one scheduler (budget %2)</source>
        <translation>agent : %1 d’un ordonnanceur (budget %2)</translation>
    </message>
    <message>
        <source>agent budget %1 of one scheduler</source>
        <translation>budget de l’agent : %1 d’un ordonnanceur</translation>
    </message>
    <message>
        <source>selected: %1 has exited</source>
        <translation>sélection : %1 s’est terminé</translation>
    </message>
    <message>
        <source>selected: %1, %2, queue %3</source>
        <translation>sélection : %1, %2, file %3</translation>
    </message>
    <message>
        <source>Copy &amp;Pid</source>
        <translation>Copier le &amp;pid</translation>
    </message>
    <message>
        <source>Export processes</source>
        <translation>Exporter les processus</translation>
    </message>
    <message>
        <source>Exporting the processes of %1…</source>
        <translation>Exportation des processus de %1…</translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessesSection</name>
    <message>
        <source>Could not read the processes: %1</source>
        <translation>Impossible de lire les processus : %1</translation>
    </message>
    <message>
        <source>Top processes</source>
        <translation>Principaux processus</translation>
    </message>
    <message>
        <source>by memory</source>
        <translation>par mémoire</translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessesToolbar</name>
    <message>
        <source>Filter by pid, name, function or application (Ctrl+F)</source>
        <translation>Filtrer par pid, nom, fonction ou application (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows only processes whose pid, name, initial call, current function or application contains this text (any case). The node does the matching.</source>
        <translation>N’affiche que les processus dont le pid, le nom, l’appel initial, la fonction courante ou l’application contient ce texte (sans tenir compte de la casse). La correspondance est faite par le nœud.</translation>
    </message>
    <message>
        <source>Agent budget:</source>
        <translation>Budget de l’agent :</translation>
    </message>
    <message>
        <source> % of a scheduler</source>
        <translation> % d’un ordonnanceur</translation>
    </message>
    <message>
        <source>How much of one scheduler the agent may spend on the node, ranking in the background included. More ranks a large node sooner; the rows on screen are refreshed every tick either way.</source>
        <translation>La part d’un ordonnanceur que l’agent peut consommer sur le nœud, classement en arrière-plan compris. Une valeur plus élevée classe plus vite un grand nœud ; les lignes à l’écran sont actualisées à chaque cycle de toute façon.</translation>
    </message>
    <message>
        <source>Rank by change over the last interval instead of totals: reductions per second, memory growth, queue growth (like recon:proc_window). Alt+W</source>
        <translation>Classer par variation sur le dernier intervalle plutôt que par totaux : réductions par seconde, croissance de la mémoire, croissance de la file (comme recon:proc_window). Alt+W</translation>
    </message>
    <message>
        <source>Save every process of the ranking (those the filter matches) as CSV or JSON (Ctrl+E)</source>
        <translation>Enregistrer tous les processus du classement (ceux qui correspondent au filtre) en CSV ou JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Killing, suspending and garbage collecting processes are off for this connection. Turn read-only off in the toolbar to allow them.</source>
        <translation>Les actions tuer, suspendre et ramasse-miettes sur les processus sont désactivées pour cette connexion. Désactivez la lecture seule dans la barre d’outils pour les autoriser.</translation>
    </message>
    <message>
        <source>Actions that change the node (kill, suspend, garbage collect) are allowed for this connection.</source>
        <translation>Les actions qui modifient le nœud (tuer, suspendre, ramasse-miettes) sont autorisées pour cette connexion.</translation>
    </message>
</context>
<context>
    <name>beamtop::Profile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Le nom dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The connect timeout must be between %1 and %2 seconds.</source>
        <translation>Le délai de connexion doit être compris entre %1 et %2 secondes.</translation>
    </message>
    <message>
        <source>The refresh interval must be between %1 and %2 seconds.</source>
        <translation>L’intervalle d’actualisation doit être compris entre %1 et %2 secondes.</translation>
    </message>
    <message>
        <source>Choose the file that holds the cookie.</source>
        <translation>Choisissez le fichier qui contient le cookie.</translation>
    </message>
    <message>
        <source>The colour tag “%1” is not a colour like #3366cc.</source>
        <translation>L’étiquette de couleur « %1 » n’est pas une couleur comme #3366cc.</translation>
    </message>
    <message>
        <source>“name_mode” is auto, short or long, not “%1”.</source>
        <translation>« name_mode » vaut auto, short ou long, et non « %1 ».</translation>
    </message>
    <message>
        <source>“syntax” is auto, erlang or elixir, not “%1”.</source>
        <translation>« syntax » vaut auto, erlang ou elixir, et non « %1 ».</translation>
    </message>
    <message>
        <source>“cookie_source” is keychain, file, ask or default, not “%1”.</source>
        <translation>« cookie_source » vaut keychain, file, ask ou default, et non « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is not a port number (0 to 65535).</source>
        <translation>« %1 » n’est pas un numéro de port (de 0 à 65535).</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3.</source>
        <translation>« %1 » doit être un nombre entier de %2 à %3.</translation>
    </message>
</context>
<context>
    <name>beamtop::ProfileCookie</name>
    <message>
        <source>The profile “%1” asks for the cookie at each connect.</source>
        <translation>Le profil « %1 » demande le cookie à chaque connexion.</translation>
    </message>
    <message>
        <source>No cookie is saved for “%1” in %2 yet.</source>
        <translation>Aucun cookie n’est encore enregistré pour « %1 » dans %2.</translation>
    </message>
</context>
<context>
    <name>beamtop::ProfileEditor</name>
    <message>
        <source>Red (production)</source>
        <translation>Rouge (production)</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Edit Profile “%1”</source>
        <translation>Modifier le profil « %1 »</translation>
    </message>
    <message>
        <source>What you call this node, e.g. Billing (production)</source>
        <translation>Le nom que vous donnez à ce nœud, par ex. Facturation (production)</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Short names (-sname)</source>
        <translation>Noms courts (-sname)</translation>
    </message>
    <message>
        <source>Long names (-name)</source>
        <translation>Noms longs (-name)</translation>
    </message>
    <message>
        <source>Beamtop names itself the way the node is named; Auto follows the node name's host part.</source>
        <translation>Beamtop se nomme de la même façon que le nœud ; Auto suit la partie hôte du nom du nœud.</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <source>Where EPMD listens on the node's host; the default honours ERL_EPMD_PORT.</source>
        <translation>Le port sur lequel EPMD écoute sur l’hôte du nœud ; la valeur par défaut respecte ERL_EPMD_PORT.</translation>
    </message>
    <message>
        <source>Ask EPMD</source>
        <translation>Demander à EPMD</translation>
    </message>
    <message>
        <source>Connect straight to this distribution port without asking EPMD: for SSH port forwards and firewalled EPMD. Pin the node's port with -kernel inet_dist_listen_min P inet_dist_listen_max P.</source>
        <translation>Se connecter directement à ce port de distribution sans interroger EPMD : pour les redirections de port SSH et un EPMD derrière un pare-feu. Fixez le port du nœud avec -kernel inet_dist_listen_min P inet_dist_listen_max P.</translation>
    </message>
    <message>
        <source>How long to wait for the whole connect: name lookup, EPMD and the handshake.</source>
        <translation>Combien de temps attendre l’ensemble de la connexion : résolution du nom, EPMD et négociation.</translation>
    </message>
    <message>
        <source>How often the window of this node refreshes at first.</source>
        <translation>La fréquence d’actualisation initiale de la fenêtre de ce nœud.</translation>
    </message>
    <message>
        <source>&amp;Read-only: no actions that change the node (kill, suspend, garbage collect)</source>
        <translation>Lecture &amp;seule : aucune action qui modifie le nœud (tuer, suspendre, ramasse-miettes)</translation>
    </message>
    <message>
        <source>Auto (Elixir syntax on Elixir nodes)</source>
        <translation>Auto (syntaxe Elixir sur les nœuds Elixir)</translation>
    </message>
    <message>
        <source>Erlang</source>
        <translation>Erlang</translation>
    </message>
    <message>
        <source>Elixir</source>
        <translation>Elixir</translation>
    </message>
    <message>
        <source>A colour shown on the window of this node, to tell production from the rest</source>
        <translation>Une couleur affichée sur la fenêtre de ce nœud, pour distinguer la production du reste</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Autre…</translation>
    </message>
    <message>
        <source>Colour tag</source>
        <translation>Étiquette de couleur</translation>
    </message>
    <message>
        <source>In the system keychain</source>
        <translation>Dans le trousseau du système</translation>
    </message>
    <message>
        <source>In a file, read at each connect</source>
        <translation>Dans un fichier, lu à chaque connexion</translation>
    </message>
    <message>
        <source>Nowhere: ask at each connect</source>
        <translation>Nulle part : demander à chaque connexion</translation>
    </message>
    <message>
        <source>BEAMTOP_COOKIE, else ~/.erlang.cookie</source>
        <translation>BEAMTOP_COOKIE, sinon ~/.erlang.cookie</translation>
    </message>
    <message>
        <source>From ~/.&amp;erlang.cookie</source>
        <translation>Depuis ~/.&amp;erlang.cookie</translation>
    </message>
    <message>
        <source>Take the cookie from %1</source>
        <translation>Prendre le cookie depuis %1</translation>
    </message>
    <message>
        <source>From a File…</source>
        <translation>Depuis un fichier…</translation>
    </message>
    <message>
        <source>Cookie file</source>
        <translation>Fichier de cookie</translation>
    </message>
    <message>
        <source>Path of a file holding the cookie</source>
        <translation>Chemin d’un fichier contenant le cookie</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Beamtop asks for the cookie each time it connects and keeps it in memory only.</source>
        <translation>Beamtop demande le cookie à chaque connexion et ne le garde qu’en mémoire.</translation>
    </message>
    <message>
        <source>As for a connection without a profile: the BEAMTOP_COOKIE environment variable, else the file ~/.erlang.cookie.</source>
        <translation>Comme pour une connexion sans profil : la variable d’environnement BEAMTOP_COOKIE, sinon le fichier ~/.erlang.cookie.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>N&amp;ode:</source>
        <translation>Nœu&amp;d :</translation>
    </message>
    <message>
        <source>N&amp;ames:</source>
        <translation>No&amp;ms :</translation>
    </message>
    <message>
        <source>&amp;Keep the cookie:</source>
        <translation>Conser&amp;ver le cookie :</translation>
    </message>
    <message>
        <source>&amp;Cookie:</source>
        <translation>&amp;Cookie :</translation>
    </message>
    <message>
        <source>&amp;EPMD port:</source>
        <translation>&amp;Port EPMD :</translation>
    </message>
    <message>
        <source>&amp;Distribution port:</source>
        <translation>Port de d&amp;istribution :</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>Dé&amp;lai :</translation>
    </message>
    <message>
        <source>Re&amp;fresh every:</source>
        <translation>Intervalle d’&amp;actualisation :</translation>
    </message>
    <message>
        <source>Term &amp;syntax:</source>
        <translation>S&amp;yntaxe des termes :</translation>
    </message>
    <message>
        <source>Colour &amp;tag:</source>
        <translation>Étiquette de c&amp;ouleur :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <source>T&amp;est Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connect once with these settings, without loading anything onto the node</source>
        <translation>Se connecter une fois avec ces réglages, sans rien charger sur le nœud</translation>
    </message>
    <message>
        <source>Saved in the keychain; type to replace it</source>
        <translation>Enregistré dans le trousseau ; saisissez-en un autre pour le remplacer</translation>
    </message>
    <message>
        <source>The node's cookie, kept in the system keychain</source>
        <translation>Le cookie du nœud, conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Cookie read from %1; it goes to the system keychain when you save.</source>
        <translation>Cookie lu depuis %1 ; il ira dans le trousseau du système à l’enregistrement.</translation>
    </message>
    <message>
        <source>The cookie could not be saved in the system keychain, so the profile was not saved. %1 Beamtop does not write cookies to files itself; choose another way to keep it:</source>
        <translation>Le cookie n’a pas pu être enregistré dans le trousseau du système, le profil n’a donc pas été enregistré. %1 Beamtop n’écrit pas lui-même de cookies dans des fichiers ; choisissez une autre façon de le conserver :</translation>
    </message>
    <message>
        <source>Use a Cookie File</source>
        <translation>Utiliser un fichier de cookie</translation>
    </message>
    <message>
        <source>Choose the file that holds the cookie, then save.</source>
        <translation>Choisissez le fichier qui contient le cookie, puis enregistrez.</translation>
    </message>
    <message>
        <source>Ask at Each Connect</source>
        <translation>Demander à chaque connexion</translation>
    </message>
    <message>
        <source>Beamtop will ask for the cookie at each connect. Save to keep this.</source>
        <translation>Beamtop demandera le cookie à chaque connexion. Enregistrez pour conserver ce choix.</translation>
    </message>
    <message>
        <source>Another profile is already called “%1”.</source>
        <translation>Un autre profil s’appelle déjà « %1 ».</translation>
    </message>
    <message>
        <source>Type the cookie, or take it from ~/.erlang.cookie or a file: it goes to the system keychain.</source>
        <translation>Saisissez le cookie, ou prenez-le depuis ~/.erlang.cookie ou un fichier : il ira dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Saving the cookie in %1…</source>
        <translation>Enregistrement du cookie dans %1…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>This profile asks for the cookie at each connect: connect to test it.</source>
        <translation>Ce profil demande le cookie à chaque connexion : connectez-vous pour le tester.</translation>
    </message>
    <message>
        <source>Type the cookie to test the connection.</source>
        <translation>Saisissez le cookie pour tester la connexion.</translation>
    </message>
</context>
<context>
    <name>beamtop::ProfileLauncher</name>
    <message>
        <source>There is no profile called “%1”.</source>
        <translation>Il n’existe aucun profil nommé « %1 ».</translation>
    </message>
    <message>
        <source>File ▸ Profiles (Ctrl+Shift+O) lists the saved profiles; beamtop-cli profiles list too.</source>
        <translation>Fichier ▸ Profils (Ctrl+Maj+O) liste les profils enregistrés ; la commande beamtop-cli profiles list aussi.</translation>
    </message>
    <message>
        <source>Reading the cookie of %1 from the system keychain…</source>
        <translation>Lecture du cookie de %1 dans le trousseau du système…</translation>
    </message>
    <message>
        <source>No cookie for %1: %2</source>
        <translation>Aucun cookie pour %1 : %2</translation>
    </message>
    <message>
        <source>Edit the profile (File ▸ Profiles) to point it at the right cookie.</source>
        <translation>Modifiez le profil (Fichier ▸ Profils) pour le faire pointer vers le bon cookie.</translation>
    </message>
    <message>
        <source>Connecting with the cookie from %1, but the profile could not be changed to use it.</source>
        <translation>Connexion avec le cookie provenant de %1, mais le profil n’a pas pu être modifié pour l’utiliser.</translation>
    </message>
    <message>
        <source>Cookie not saved</source>
        <translation>Cookie non enregistré</translation>
    </message>
    <message>
        <source>The cookie for %1 is used for this connection but could not be saved in the system keychain. %2</source>
        <translation>Le cookie de %1 est utilisé pour cette connexion mais n’a pas pu être enregistré dans le trousseau du système. %2</translation>
    </message>
</context>
<context>
    <name>beamtop::ProfileListModel</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Last connected</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Where the cookie is kept. Beamtop never writes a cookie to a file itself.</source>
        <translation>L’endroit où le cookie est conservé. Beamtop n’écrit jamais lui-même de cookie dans un fichier.</translation>
    </message>
    <message>
        <source>When Beamtop last connected through this profile (recent ones first when sorted)</source>
        <translation>La dernière fois que Beamtop s’est connecté par ce profil (les plus récents d’abord lors du tri)</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Trousseau du système</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Fichier %1</translation>
    </message>
    <message>
        <source>Asked at each connect</source>
        <translation>Demandé à chaque connexion</translation>
    </message>
    <message>
        <source>BEAMTOP_COOKIE or ~/.erlang.cookie</source>
        <translation>BEAMTOP_COOKIE ou ~/.erlang.cookie</translation>
    </message>
    <message>
        <source> (port %1)</source>
        <translation> (port %1)</translation>
    </message>
    <message>
        <source>, distribution port %1, EPMD not consulted</source>
        <translation>, port de distribution %1, EPMD non consulté</translation>
    </message>
    <message>
        <source>, EPMD on port %1</source>
        <translation>, EPMD sur le port %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>beamtop::ProfileManager</name>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
    <message>
        <source>Connect to the selected node (Enter, or double-click)</source>
        <translation>Se connecter au nœud sélectionné (Entrée, ou double-clic)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Save a new node</source>
        <translation>Enregistrer un nouveau nœud</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the selected profile</source>
        <translation>Modifier le profil sélectionné</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;upliquer…</translation>
    </message>
    <message>
        <source>A new profile like the selected one, with its cookie</source>
        <translation>Un nouveau profil semblable au profil sélectionné, avec son cookie</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected profile and its cookie from the keychain</source>
        <translation>Supprimer le profil sélectionné et son cookie du trousseau</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connect once, without loading anything onto the node</source>
        <translation>Se connecter une fois, sans rien charger sur le nœud</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Add profiles from a JSON file someone shared (no cookies in it)</source>
        <translation>Ajouter des profils depuis un fichier JSON partagé par quelqu’un (sans cookies)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save every profile as JSON to share with your team (without cookies)</source>
        <translation>Enregistrer tous les profils en JSON pour les partager avec votre équipe (sans les cookies)</translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation>Importer des profils</translation>
    </message>
    <message>
        <source>Beamtop profiles (*.json);;All files (*)</source>
        <translation>Profils Beamtop (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Profiles</source>
        <translation>Exporter les profils</translation>
    </message>
    <message>
        <source>Beamtop profiles (*.json)</source>
        <translation>Profils Beamtop (*.json)</translation>
    </message>
    <message>
        <source>No profiles yet. New… saves a node with its cookie in the system keychain; then a double-click connects.</source>
        <translation>Aucun profil pour l’instant. Nouveau… enregistre un nœud avec son cookie dans le trousseau du système ; un double-clic suffit ensuite pour se connecter.</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>The cookie of the original could not be read; type it for the copy.</source>
        <translation>Le cookie de l’original n’a pas pu être lu ; saisissez-le pour la copie.</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>« %1 » supprimé.</translation>
    </message>
    <message>
        <source>“%1” deleted, but its cookie is still in the system keychain (service beamtop, key %2).</source>
        <translation>« %1 » supprimé, mais son cookie est toujours dans le trousseau du système (service beamtop, clé %2).</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its cookie?</source>
        <translation>Supprimer le profil « %1 » et son cookie ?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>Profiles imported from %1: %2. Cookies are not shared: Beamtop asks for each at the first connect.</source>
        <translation>Profils importés depuis %1 : %2. Les cookies ne sont pas partagés : Beamtop demande chacun d’eux à la première connexion.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Profiles exported to %1, without cookies: %2.</source>
        <translation>Profils exportés vers %1, sans les cookies : %2.</translation>
    </message>
</context>
<context>
    <name>beamtop::ProfileStore</name>
    <message>
        <source>Another profile is already called “%1”.</source>
        <translation>Un autre profil s’appelle déjà « %1 ».</translation>
    </message>
    <message>
        <source>Could not write %1; check that the directory exists and is writable.</source>
        <translation>Impossible d’écrire %1 ; vérifiez que le répertoire existe et qu’il est accessible en écriture.</translation>
    </message>
    <message>
        <source>This is not a JSON file (%1 at byte %2).</source>
        <translation>Ce n’est pas un fichier JSON (%1 à l’octet %2).</translation>
    </message>
    <message>
        <source>This is not a Beamtop profile list (its “schema” is not %1).</source>
        <translation>Ce n’est pas une liste de profils Beamtop (son « schema » n’est pas %1).</translation>
    </message>
    <message>
        <source>The file lists %1 profiles; only the first %2 are read.</source>
        <translation>Le fichier liste %1 profils ; seuls les %2 premiers sont lus.</translation>
    </message>
    <message>
        <source>Entry %1 is not an object; skipped.</source>
        <translation>L’entrée %1 n’est pas un objet ; ignorée.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) skipped: %3</source>
        <translation>Entrée %1 (%2) ignorée : %3</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>“%1” updated.</source>
        <translation>« %1 » mis à jour.</translation>
    </message>
    <message>
        <source>“%1” added.</source>
        <translation>« %1 » ajouté.</translation>
    </message>
    <message>
        <source>“%1” not imported: %2</source>
        <translation>« %1 » non importé : %2</translation>
    </message>
</context>
<context>
    <name>beamtop::ProfilesCommand</name>
    <message>
        <source>list | show NAME | add NAME | remove NAME</source>
        <translation>list | show NOM | add NOM | remove NOM</translation>
    </message>
    <message>
        <source>The saved nodes (profiles) shared with the desktop app: list, show, add, remove.</source>
        <translation>Les nœuds enregistrés (profils) partagés avec l’application de bureau : list, show, add, remove.</translation>
    </message>
    <message>
        <source>Manages the profiles the desktop app and beamtop-cli share (connect through one with --profile NAME). 'profiles add NAME --node NODE' keeps the cookie in the system keychain, read from --cookie-file or --cookie-stdin, never from the command line; with --keep-cookie-file the profile reads the file at each connect instead, with --ask-cookie it keeps no cookie and you pipe it in with --cookie-stdin when connecting. 'profiles remove NAME' removes the keychain entry too.</source>
        <translation>Gère les profils que partagent l’application de bureau et beamtop-cli (connectez-vous par l’un d’eux avec --profile NOM). « profiles add NOM --node NŒUD » conserve le cookie dans le trousseau du système, lu depuis --cookie-file ou --cookie-stdin, jamais depuis la ligne de commande ; avec --keep-cookie-file, le profil lit plutôt le fichier à chaque connexion, avec --ask-cookie il ne conserve aucun cookie et vous le transmettez par un tube avec --cookie-stdin à la connexion. « profiles remove NOM » supprime aussi l’entrée du trousseau.</translation>
    </message>
    <message>
        <source>add: the node, name@host.</source>
        <translation>add : le nœud, nom@hôte.</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>NŒUD</translation>
    </message>
    <message>
        <source>add: read the cookie from FILE into the keychain.</source>
        <translation>add : lire le cookie depuis FICHIER et le mettre dans le trousseau.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>add: read the cookie from --cookie-file at each connect instead of keeping it in the keychain.</source>
        <translation>add : lire le cookie depuis --cookie-file à chaque connexion au lieu de le conserver dans le trousseau.</translation>
    </message>
    <message>
        <source>add: read the cookie from the first line of standard input.</source>
        <translation>add : lire le cookie depuis la première ligne de l’entrée standard.</translation>
    </message>
    <message>
        <source>add: keep no cookie; give it at each connect (--cookie-stdin).</source>
        <translation>add : ne conserver aucun cookie ; le donner à chaque connexion (--cookie-stdin).</translation>
    </message>
    <message>
        <source>add: name Beamtop with a long name.</source>
        <translation>add : nommer Beamtop avec un nom long.</translation>
    </message>
    <message>
        <source>add: name Beamtop with a short name.</source>
        <translation>add : nommer Beamtop avec un nom court.</translation>
    </message>
    <message>
        <source>add: EPMD port on the node's host.</source>
        <translation>add : port EPMD sur l’hôte du nœud.</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>add: connect to this distribution port directly, without EPMD.</source>
        <translation>add : se connecter directement à ce port de distribution, sans EPMD.</translation>
    </message>
    <message>
        <source>add: connect timeout in ms.</source>
        <translation>add : délai de connexion en ms.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>add: how terms are written: auto, erlang or elixir.</source>
        <translation>add : comment les termes sont écrits : auto, erlang ou elixir.</translation>
    </message>
    <message>
        <source>SYNTAX</source>
        <translation>SYNTAXE</translation>
    </message>
    <message>
        <source>'profiles' needs what to do: list, show, add or remove.</source>
        <translation>« profiles » attend ce qu’il faut faire : list, show, add ou remove.</translation>
    </message>
    <message>
        <source>'profiles %1' is not known: list, show, add or remove.</source>
        <translation>« profiles %1 » est inconnu : list, show, add ou remove.</translation>
    </message>
    <message>
        <source>'profiles %1' needs the profile's name.</source>
        <translation>« profiles %1 » attend le nom du profil.</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Arguments inattendus : %1</translation>
    </message>
    <message>
        <source>Cannot read the cookie from standard input.</source>
        <translation>Impossible de lire le cookie depuis l’entrée standard.</translation>
    </message>
    <message>
        <source>Cookie (not shown): </source>
        <translation>Cookie (non affiché) : </translation>
    </message>
    <message>
        <source>No cookie on standard input: pipe it in, e.g. --cookie-stdin &lt; cookie-file.</source>
        <translation>Aucun cookie sur l’entrée standard : transmettez-le par un tube, par ex. --cookie-stdin &lt; cookie-file.</translation>
    </message>
    <message>
        <source>No profiles yet. Add one: beamtop-cli profiles add NAME --node NODE --cookie-file FILE</source>
        <translation>Aucun profil pour l’instant. Ajoutez-en un : beamtop-cli profiles add NOM --node NŒUD --cookie-file FICHIER</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>COOKIE</source>
        <translation>COOKIE</translation>
    </message>
    <message>
        <source>LAST CONNECTED</source>
        <translation>DERN. CONNEXION</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>No profile called “%1”. beamtop-cli profiles list shows them.</source>
        <translation>Aucun profil nommé « %1 ». beamtop-cli profiles list les affiche.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>EPMD port</source>
        <translation>Port EPMD</translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>par défaut (%1)</translation>
    </message>
    <message>
        <source>Distribution port</source>
        <translation>Port de distribution</translation>
    </message>
    <message>
        <source>%1 (EPMD not consulted)</source>
        <translation>%1 (EPMD non consulté)</translation>
    </message>
    <message>
        <source>from EPMD</source>
        <translation>depuis EPMD</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>Délai de connexion</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Intervalle d’actualisation</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
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
        <source>Syntax</source>
        <translation>Syntaxe</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>in the system keychain (service beamtop, key %1)</source>
        <translation>dans le trousseau du système (service beamtop, clé %1)</translation>
    </message>
    <message>
        <source>read from %1 at each connect</source>
        <translation>lu depuis %1 à chaque connexion</translation>
    </message>
    <message>
        <source>asked at each connect (--cookie-stdin)</source>
        <translation>demandé à chaque connexion (--cookie-stdin)</translation>
    </message>
    <message>
        <source>BEAMTOP_COOKIE, else ~/.erlang.cookie</source>
        <translation>BEAMTOP_COOKIE, sinon ~/.erlang.cookie</translation>
    </message>
    <message>
        <source>Last connected</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>A profile called “%1” exists already; remove it first (beamtop-cli profiles remove %1).</source>
        <translation>Un profil nommé « %1 » existe déjà ; supprimez-le d’abord (beamtop-cli profiles remove %1).</translation>
    </message>
    <message>
        <source>Which node? Give --node name@host.</source>
        <translation>Quel nœud ? Indiquez --node nom@hôte.</translation>
    </message>
    <message>
        <source>--%1 takes a port number.</source>
        <translation>--%1 attend un numéro de port.</translation>
    </message>
    <message>
        <source>Give the cookie one way: --cookie-file FILE, --cookie-stdin or --ask-cookie.</source>
        <translation>Donnez le cookie d’une seule façon : --cookie-file FICHIER, --cookie-stdin ou --ask-cookie.</translation>
    </message>
    <message>
        <source>--keep-cookie-file goes with --cookie-file FILE.</source>
        <translation>--keep-cookie-file va avec --cookie-file FICHIER.</translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation>Profil « %1 » enregistré.</translation>
    </message>
    <message>
        <source>The cookie could not be saved in the system keychain, so the profile was not saved.</source>
        <translation>Le cookie n’a pas pu être enregistré dans le trousseau du système, le profil n’a donc pas été enregistré.</translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation>Le trousseau a répondu : %1</translation>
    </message>
    <message>
        <source>Without a keychain, Beamtop does not store cookies itself. Instead, either point the profile at the cookie file (add --keep-cookie-file) or have it ask at each connect (--ask-cookie, then --cookie-stdin when connecting).</source>
        <translation>Sans trousseau, Beamtop ne stocke pas les cookies lui-même. À la place, faites pointer le profil vers le fichier de cookie (ajoutez --keep-cookie-file) ou faites-lui demander le cookie à chaque connexion (--ask-cookie, puis --cookie-stdin à la connexion).</translation>
    </message>
    <message>
        <source>Profile “%1” saved; its cookie is in the system keychain.</source>
        <translation>Profil « %1 » enregistré ; son cookie est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Profile “%1” removed.</source>
        <translation>Profil « %1 » supprimé.</translation>
    </message>
    <message>
        <source>Profile “%1” and its cookie removed.</source>
        <translation>Profil « %1 » et son cookie supprimés.</translation>
    </message>
    <message>
        <source>Profile “%1” removed, but its cookie could not be deleted from the system keychain: %2</source>
        <translation>Profil « %1 » supprimé, mais son cookie n’a pas pu être effacé du trousseau du système : %2</translation>
    </message>
    <message>
        <source>Delete it yourself later: secret-tool clear server beamtop user %1</source>
        <translation>Effacez-le vous-même plus tard : secret-tool clear server beamtop user %1</translation>
    </message>
</context>
<context>
    <name>beamtop::RankedCollector</name>
    <message>
        <source>The agent sent a ranking Beamtop does not understand.</source>
        <translation>L’agent a envoyé un classement que Beamtop ne comprend pas.</translation>
    </message>
    <message>
        <source>Ranking needs the agent, which is not loaded on this node.</source>
        <translation>Le classement nécessite l’agent, qui n’est pas chargé sur ce nœud.</translation>
    </message>
</context>
<context>
    <name>beamtop::RankedCommand</name>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Keep printing, one table or document per interval.</source>
        <translation>Continuer d’afficher, un tableau ou document par intervalle.</translation>
    </message>
    <message>
        <source>Milliseconds between refreshes with --watch (default 1000).</source>
        <translation>Millisecondes entre les actualisations avec --watch (par défaut 1000).</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Arguments inattendus : %1</translation>
    </message>
    <message>
        <source>Data is late: the node has not answered for %1 s; still asking.</source>
        <translation>Données en retard : le nœud ne répond plus depuis %1 s ; la demande continue.</translation>
    </message>
    <message>
        <source>The node answers again.</source>
        <translation>Le nœud répond de nouveau.</translation>
    </message>
    <message>
        <source>--count takes a number from 1 to %1.</source>
        <translation>--count attend un nombre de 1 à %1.</translation>
    </message>
    <message>
        <source>--interval takes a number of milliseconds.</source>
        <translation>--interval attend un nombre de millisecondes.</translation>
    </message>
    <message>
        <source>--window takes milliseconds, at least 250.</source>
        <translation>--window attend des millisecondes, au moins 250.</translation>
    </message>
</context>
<context>
    <name>beamtop::RankedExport</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The node's rows are larger than a reply may be; no file was written.</source>
        <translation>Les lignes du nœud sont plus grandes que ce qu’une réponse peut contenir ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The node's ranking did not move on between two pages; no file was written. Try again.</source>
        <translation>Le classement du nœud n’a pas avancé entre deux pages ; aucun fichier n’a été écrit. Réessayez.</translation>
    </message>
</context>
<context>
    <name>beamtop::RankedTableModelBase</name>
    <message>
        <source>Not fetched yet: it comes when the row is on screen</source>
        <translation>Pas encore récupéré : la valeur arrive quand la ligne est affichée</translation>
    </message>
</context>
<context>
    <name>beamtop::RankedTablePage</name>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>last refresh failed</source>
        <translation>la dernière actualisation a échoué</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln sélectionné</numerusform>
            <numerusform>%Ln sélectionnés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::RankedToolbar</name>
    <message>
        <source>Sliding Window</source>
        <translation>Fenêtre glissante</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Changes allowed</source>
        <translation>Modifications autorisées</translation>
    </message>
</context>
<context>
    <name>beamtop::RankingStatusLine</name>
    <message>
        <source>Ranking: %v of %m</source>
        <translation>Classement : %v sur %m</translation>
    </message>
    <message>
        <source>Not connected. Connect to a node with File ▸ Connect (Ctrl+O).</source>
        <translation>Non connecté. Connectez-vous à un nœud avec Fichier ▸ Se connecter à un nœud (Ctrl+O).</translation>
    </message>
    <message>
        <source>first ranking in progress: the rows so far are partial</source>
        <translation>premier classement en cours : les lignes obtenues jusqu’ici sont partielles</translation>
    </message>
    <message>
        <source>ranked %1 ago</source>
        <translation>classé il y a %1</translation>
    </message>
    <message>
        <source> (a full ranking takes %1)</source>
        <translation> (un classement complet prend %1)</translation>
    </message>
    <message>
        <source>measuring change: rates come with the next full ranking</source>
        <translation>mesure de la variation : les débits arriveront avec le prochain classement complet</translation>
    </message>
</context>
<context>
    <name>beamtop::RecordCommand</name>
    <message>
        <source>The load metrics over time, as CSV, JSON or text.</source>
        <translation>Les mesures de charge dans le temps, en CSV, JSON ou texte.</translation>
    </message>
    <message>
        <source>Records what the desktop's Load page charts (scheduler utilisation, memory, processes and ports, reductions, I/O, garbage collection, run queue) and, in CSV and JSON, the memory allocators (allocated and used bytes per type, the totals, the resident size): a first sample, then one row per interval for the duration. Ctrl+C or SIGTERM end it early with a whole document.</source>
        <translation>Enregistre ce que tracent les graphiques de la page Charge du bureau (utilisation des ordonnanceurs, mémoire, processus et ports, réductions, E/S, ramasse-miettes, file d’exécution) et, en CSV et JSON, les allocateurs de mémoire (octets alloués et utilisés par type, les totaux, la taille résidente) : un premier échantillon, puis une ligne par intervalle pendant la durée. Ctrl+C ou SIGTERM y mettent fin plus tôt avec un document complet.</translation>
    </message>
    <message>
        <source>For how long, like 90s, 15m or 2h (default 60s).</source>
        <translation>Pendant combien de temps, comme 90s, 15m ou 2h (par défaut 60s).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>Milliseconds between samples, at least 100 (default 1000).</source>
        <translation>Millisecondes entre les échantillons, au moins 100 (par défaut 1000).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrire dans FICHIER au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Arguments inattendus : %1</translation>
    </message>
    <message>
        <source>--duration takes a time like 90s, 15m or 2h.</source>
        <translation>--duration attend une durée comme 90s, 15m ou 2h.</translation>
    </message>
    <message>
        <source>record: --interval takes at least 100 ms.</source>
        <translation>record : --interval attend au moins 100 ms.</translation>
    </message>
    <message>
        <source>Could not read the schedulers (their columns stay empty in this row): %1</source>
        <translation>Impossible de lire les ordonnanceurs (leurs colonnes restent vides dans cette ligne) : %1</translation>
    </message>
    <message>
        <source>Could not read the allocators (their columns stay empty in this row): %1</source>
        <translation>Impossible de lire les allocateurs (leurs colonnes restent vides dans cette ligne) : %1</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2. Check that the directory exists and is writable.</source>
        <translation>Impossible d’écrire dans %1 : %2. Vérifiez que le répertoire existe et est accessible en écriture.</translation>
    </message>
    <message numerus="yes">
        <source>%n samples in a row failed; the recording ends here: %1</source>
        <translation>
            <numerusform>%n échantillon de suite a échoué ; l’enregistrement s’arrête ici : %1</numerusform>
            <numerusform>%n échantillons de suite ont échoué ; l’enregistrement s’arrête ici : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The first sample failed, trying again: %1</source>
        <translation>Le premier échantillon a échoué, nouvel essai : %1</translation>
    </message>
    <message>
        <source>Skipped a sample: %1</source>
        <translation>Échantillon sauté : %1</translation>
    </message>
    <message numerus="yes">
        <source>Interrupted: the recording ends with %n samples.</source>
        <translation>
            <numerusform>Interrompu : l’enregistrement se termine avec %n échantillon.</numerusform>
            <numerusform>Interrompu : l’enregistrement se termine avec %n échantillons.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the recording failed: %1</source>
        <translation>L’écriture de l’enregistrement a échoué : %1</translation>
    </message>
</context>
<context>
    <name>beamtop::RecordTextWriter</name>
    <message>
        <source>UTIL</source>
        <translation>UTIL</translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation>MÉMOIRE</translation>
    </message>
    <message>
        <source>PROCS</source>
        <translation>PROC</translation>
    </message>
    <message>
        <source>PORTS</source>
        <translation>PORTS</translation>
    </message>
    <message>
        <source>REDS/S</source>
        <translation>RÉD/S</translation>
    </message>
    <message>
        <source>IO IN/S</source>
        <translation>E/S ENTR/S</translation>
    </message>
    <message>
        <source>IO OUT/S</source>
        <translation>E/S SORT/S</translation>
    </message>
    <message>
        <source>GC/S</source>
        <translation>GC/S</translation>
    </message>
    <message>
        <source>RUN Q</source>
        <translation>FILE EX</translation>
    </message>
</context>
<context>
    <name>beamtop::RuleEditor</name>
    <message>
        <source>Alert Rules</source>
        <translation>Règles d’alerte</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Reset to &amp;Defaults</source>
        <translation>Rétablir les valeurs par &amp;défaut</translation>
    </message>
    <message>
        <source>Replace every rule by the set that works on any node without editing</source>
        <translation>Remplacer toutes les règles par l’ensemble qui fonctionne sur n’importe quel nœud sans modification</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>boite_aux_lettres</translation>
    </message>
    <message>
        <source>A name for the rule, unique among these rules: the log and beamtop-cli watch call it by it</source>
        <translation>Un nom pour la règle, unique parmi ces règles : le journal et beamtop-cli watch la désignent par ce nom</translation>
    </message>
    <message>
        <source>What the rule watches. Metrics marked “largest” name the process, table or port at fault</source>
        <translation>Ce que la règle surveille. Les métriques marquées « plus grand » nomment le processus, la table ou le port en cause</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>above</source>
        <translation>au-dessus de</translation>
    </message>
    <message>
        <source>below</source>
        <translation>en dessous de</translation>
    </message>
    <message>
        <source>e.g. 85%, 1.5GiB, 10k</source>
        <translation>par ex. 85%, 1.5GiB, 10k</translation>
    </message>
    <message>
        <source>Fires past this value. Units: % for ratios, B/KiB/MiB/GiB (or kB/MB/GB) for bytes, k/M/G for counts</source>
        <translation>Se déclenche au-delà de cette valeur. Unités : % pour les ratios, B/KiB/MiB/GiB (ou kB/MB/GB) pour les octets, k/M/G pour les nombres</translation>
    </message>
    <message>
        <source>the threshold</source>
        <translation>le seuil</translation>
    </message>
    <message>
        <source>A firing alert resolves only once the value is back past this one, so a value hovering at the threshold does not flap. Empty: the threshold</source>
        <translation>Une alerte déclenchée ne prend fin qu’une fois la valeur revenue au-delà de celle-ci, de sorte qu’une valeur qui oscille autour du seuil ne fait pas alterner l’alerte. Vide : le seuil</translation>
    </message>
    <message>
        <source>0s</source>
        <translation>0s</translation>
    </message>
    <message>
        <source>How long the value must stay past the threshold before the alert fires: 30s, 2m, 1h30m</source>
        <translation>Durée pendant laquelle la valeur doit rester au-delà du seuil avant que l’alerte se déclenche : 30s, 2m, 1h30m</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>optional: what to do about it</source>
        <translation>facultatif : que faire dans ce cas</translation>
    </message>
    <message>
        <source>Shown with the alert</source>
        <translation>Affichée avec l’alerte</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>Acti&amp;vée</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Métrique :</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Condition :</translation>
    </message>
    <message>
        <source>C&amp;lears past:</source>
        <translation>Seuil de &amp;fin :</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pendant :</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>Write the rules to %1 and apply them now</source>
        <translation>Écrire les règles dans %1 et les appliquer maintenant</translation>
    </message>
    <message>
        <source>it needs a name</source>
        <translation>elle doit avoir un nom</translation>
    </message>
    <message>
        <source>its name may hold letters, digits and _ . : - only</source>
        <translation>son nom ne peut contenir que des lettres, des chiffres et _ . : -</translation>
    </message>
    <message>
        <source>“%1” is not a metric Beamtop knows</source>
        <translation>« %1 » n’est pas une métrique que Beamtop connaît</translation>
    </message>
    <message>
        <source>it needs a threshold</source>
        <translation>elle doit avoir un seuil</translation>
    </message>
    <message>
        <source>the threshold “%1” is not a number (write 0.85, 85%, 2GiB or 10k)</source>
        <translation>le seuil « %1 » n’est pas un nombre (écrivez 0.85, 85%, 2GiB ou 10k)</translation>
    </message>
    <message>
        <source>the threshold is a ratio between 0 and 1: write 85% or 0.85, not %1</source>
        <translation>le seuil est un ratio entre 0 et 1 : écrivez 85% ou 0.85, et non %1</translation>
    </message>
    <message>
        <source>the clear value “%1” is not a number</source>
        <translation>la valeur de fin « %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>the clear value must not be above the threshold: the alert resolves once the value is below it</source>
        <translation>la valeur de fin ne doit pas être au-dessus du seuil : l’alerte prend fin dès que la valeur passe en dessous</translation>
    </message>
    <message>
        <source>the clear value must not be below the threshold: the alert resolves once the value is above it</source>
        <translation>la valeur de fin ne doit pas être en dessous du seuil : l’alerte prend fin dès que la valeur passe au-dessus</translation>
    </message>
    <message>
        <source>“%1” is not a duration (write 30s, 2m or 1h30m)</source>
        <translation>« %1 » n’est pas une durée (écrivez 30s, 2m ou 1h30m)</translation>
    </message>
    <message>
        <source>another rule has the same name</source>
        <translation>une autre règle porte le même nom</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Règle %1</translation>
    </message>
    <message>
        <source>Rule %1 (%2)</source>
        <translation>Règle %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>en dessous de %1</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>au-dessus de %1</translation>
    </message>
    <message>
        <source>, clears at %1</source>
        <translation>, fin à %1</translation>
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
        <source>ratio: 85% or 0.85</source>
        <translation>ratio : 85% ou 0.85</translation>
    </message>
    <message>
        <source>bytes: 512MiB, 2GiB</source>
        <translation>octets : 512MiB, 2GiB</translation>
    </message>
    <message>
        <source>bytes per second: 10MiB</source>
        <translation>octets par seconde : 10MiB</translation>
    </message>
    <message>
        <source>per second: 50k</source>
        <translation>par seconde : 50k</translation>
    </message>
    <message>
        <source>a count: 10000 or 10k</source>
        <translation>un nombre : 10000 ou 10k</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Could not save the rules: %1</source>
        <translation>Impossible d’enregistrer les règles : %1</translation>
    </message>
</context>
<context>
    <name>beamtop::RuleStore</name>
    <message>
        <source>Could not read the rules file %1: %2</source>
        <translation>Impossible de lire le fichier de règles %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a rules file: it is larger than %2 MiB.</source>
        <translation>%1 n’est pas un fichier de règles : il dépasse %2 MiB.</translation>
    </message>
    <message>
        <source>Could not make the folder %1 for the rules; check that you may write to its parent.</source>
        <translation>Impossible de créer le dossier %1 pour les règles ; vérifiez que vous pouvez écrire dans son dossier parent.</translation>
    </message>
</context>
<context>
    <name>beamtop::RulesCommand</name>
    <message>
        <source>The alert rules in force, as a beamtop.rules/1 document to edit.</source>
        <translation>Les règles d’alerte en vigueur, sous forme de document beamtop.rules/1 à modifier.</translation>
    </message>
    <message>
        <source>Prints the alert rules that beamtop-cli watch and the desktop app use, without connecting: those of --rules FILE, else the profile's (--profile NAME) or the file for connections without a profile, else the default rules. Save the output, edit it and give it to watch --rules, or save it as the file --verbose names, where the rules are kept. A file with faults: the rules it gives are printed, each fault is said on stderr with its line and key, and the exit code is 1.</source>
        <translation>Affiche les règles d’alerte qu’utilisent beamtop-cli watch et l’application de bureau, sans se connecter : celles de --rules FICHIER, sinon celles du profil (--profile NOM) ou du fichier des connexions sans profil, sinon les règles par défaut. Enregistrez la sortie, modifiez-la et donnez-la à watch --rules, ou enregistrez-la dans le fichier que nomme --verbose, où les règles sont conservées. Un fichier avec des erreurs : les règles qu’il donne sont affichées, chaque erreur est signalée sur stderr avec sa ligne et sa clé, et le code de sortie est 1.</translation>
    </message>
    <message>
        <source>The rules kept for the saved profile NAME.</source>
        <translation>Les règles conservées pour le profil enregistré NOM.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Read the rules from FILE (a beamtop.rules/1 document).</source>
        <translation>Lire les règles depuis FICHIER (un document beamtop.rules/1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Say on stderr which file the rules come from.</source>
        <translation>Indiquer sur stderr de quel fichier viennent les règles.</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Arguments inattendus : %1</translation>
    </message>
    <message>
        <source>--rules takes a file name.</source>
        <translation>--rules attend un nom de fichier.</translation>
    </message>
    <message>
        <source>--rules and --profile exclude each other: the file is the rules.</source>
        <translation>--rules et --profile s’excluent : le fichier, ce sont les règles.</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier inexistant</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>pas un fichier</translation>
    </message>
    <message>
        <source>Cannot read the rules file %1: %2</source>
        <translation>Impossible de lire le fichier de règles %1 : %2</translation>
    </message>
    <message>
        <source>No profile called “%1”. beamtop-cli profiles list shows them.</source>
        <translation>Aucun profil nommé « %1 ». beamtop-cli profiles list les affiche.</translation>
    </message>
    <message>
        <source>Rules from %1</source>
        <translation>Règles de %1</translation>
    </message>
    <message>
        <source>No rules file at %1: the default rules.</source>
        <translation>Aucun fichier de règles à %1 : les règles par défaut.</translation>
    </message>
</context>
<context>
    <name>beamtop::SchedulerBars</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A scheduler's tooltip, first line: the scheduler and its type, e.g. "3 (dirty CPU)"</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Run queue: %1</source>
        <translation>File d’exécution : %1</translation>
    </message>
    <message>
        <source>No scheduler readings yet.</source>
        <translation>Aucune mesure des ordonnanceurs pour l’instant.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>beamtop::SchedulerModel</name>
    <message>
        <source>Scheduler</source>
        <translation>Ordonnanceur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Asleep</source>
        <translation>Endormi</translation>
    </message>
    <message>
        <source>Run queue</source>
        <translation>File d’exécution</translation>
    </message>
    <message>
        <source>Share of the last interval the scheduler was busy: running processes, ports, NIFs or garbage collection (scheduler_wall_time).</source>
        <translation>Part du dernier intervalle pendant laquelle l’ordonnanceur était occupé : exécution de processus, de ports, de NIF ou ramasse-miettes (scheduler_wall_time).</translation>
    </message>
    <message>
        <source>Share of the last interval the scheduler had nothing to run and slept or waited for work.</source>
        <translation>Part du dernier intervalle pendant laquelle l’ordonnanceur n’avait rien à exécuter et dormait ou attendait du travail.</translation>
    </message>
    <message>
        <source>Processes and ports waiting for this scheduler now. Dirty schedulers of a kind share one queue.</source>
        <translation>Processus et ports qui attendent actuellement cet ordonnanceur. Les ordonnanceurs dirty d’un même type partagent une seule file.</translation>
    </message>
    <message>
        <source>Scheduler %1</source>
        <translation>Ordonnanceur %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Scheduler id %1 on the node.</source>
        <translation>Identifiant d’ordonnanceur %1 sur le nœud.</translation>
    </message>
    <message>
        <source>Scheduler id %1 on the node; offline (schedulers_online).</source>
        <translation>Identifiant d’ordonnanceur %1 sur le nœud ; hors ligne (schedulers_online).</translation>
    </message>
    <message>
        <source>Needs two samples.</source>
        <translation>Nécessite deux échantillons.</translation>
    </message>
    <message>
        <source>Utilisation needs the scheduler_wall_time flag, which only the agent can hold.</source>
        <translation>L’utilisation nécessite l’option scheduler_wall_time, que seul l’agent peut maintenir.</translation>
    </message>
    <message>
        <source>over %1 s</source>
        <translation>sur %1 s</translation>
    </message>
    <message>
        <source>%1 busy %2</source>
        <translation>%1 occupé %2</translation>
    </message>
    <message>
        <source>%1 asleep %2</source>
        <translation>%1 endormi %2</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>Shared by all %1 schedulers.</source>
        <translation>Partagée par les %1 ordonnanceurs.</translation>
    </message>
</context>
<context>
    <name>beamtop::SchedulersSection</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>unavailable: the node's scheduler_wall_time is off (reduced mode, no agent)</source>
        <translation>indisponible : l’option scheduler_wall_time du nœud est désactivée (mode réduit, pas d’agent)</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>pas encore mesurée</translation>
    </message>
    <message>
        <source>%1 over %2 s</source>
        <translation>%1 sur %2 s</translation>
    </message>
    <message>
        <source>  normal</source>
        <translation>  normaux</translation>
    </message>
    <message>
        <source>  dirty CPU</source>
        <translation>  dirty CPU</translation>
    </message>
    <message>
        <source>  dirty IO</source>
        <translation>  dirty E/S</translation>
    </message>
</context>
<context>
    <name>beamtop::SecondsSpinBox</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>beamtop::SecretStore</name>
    <message>
        <source>no answer after %1 ms</source>
        <translation>pas de réponse après %1 ms</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>No cookie is saved in the system keychain for this profile yet.</source>
        <translation>Aucun cookie n’est encore enregistré dans le trousseau du système pour ce profil.</translation>
    </message>
    <message>
        <source>No system keychain is available. Beamtop keeps cookies in the Secret Service (GNOME Keyring, KeePassXC) or KWallet; none answered, or it is locked. Check that one runs and is unlocked in your desktop session.</source>
        <translation>Aucun trousseau système n’est disponible. Beamtop conserve les cookies dans le Secret Service (GNOME Keyring, KeePassXC) ou KWallet ; aucun n’a répondu, ou il est verrouillé. Vérifiez que l’un d’eux tourne et qu’il est déverrouillé dans votre session de bureau.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Check that it is unlocked and that you allowed Beamtop to use it.</source>
        <translation>Le trousseau du système a refusé l’accès. Vérifiez qu’il est déverrouillé et que vous avez autorisé Beamtop à l’utiliser.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. It may be waiting for you to unlock it (look for a password prompt), or it may be stuck; restarting your keyring service helps then.</source>
        <translation>Le trousseau du système n’a pas répondu à temps. Il attend peut-être que vous le déverrouilliez (cherchez une demande de mot de passe), ou il est peut-être bloqué ; redémarrer votre service de trousseau aide alors.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Le trousseau du système a signalé une erreur.</translation>
    </message>
</context>
<context>
    <name>beamtop::SeriesHistoryModel</name>
    <message numerus="yes">
        <source>%1 (the largest of %n samples)</source>
        <translation>
            <numerusform>%1 (le plus grand de %n échantillon)</numerusform>
            <numerusform>%1 (le plus grand de %n échantillons)</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
</context>
<context>
    <name>beamtop::SessionStatusBar</name>
    <message>
        <source>The node Beamtop observes</source>
        <translation>Le nœud que Beamtop observe</translation>
    </message>
    <message>
        <source>OTP release and ERTS version of the node</source>
        <translation>Version OTP et version d’ERTS du nœud</translation>
    </message>
    <message>
        <source>Share of one scheduler that Beamtop's agent used on the node since the last refresh</source>
        <translation>Part d’un ordonnanceur utilisée par l’agent de Beamtop sur le nœud depuis la dernière actualisation</translation>
    </message>
    <message>
        <source>When the data on screen was sampled</source>
        <translation>Moment où les données à l’écran ont été échantillonnées</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connected, waiting for data</source>
        <translation>Connecté, en attente de données</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Dernier problème : %1</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent : %1</translation>
    </message>
    <message>
        <source>The agent is %1 on the node (in %2 ms). It unloads itself when Beamtop disconnects.</source>
        <translation>L’agent est %1 sur le nœud (en %2 ms). Il se décharge lui-même quand Beamtop se déconnecte.</translation>
    </message>
    <message>
        <source>OTP %1 · ERTS %2</source>
        <translation>OTP %1 · ERTS %2</translation>
    </message>
    <message>
        <source> · Elixir %1</source>
        <translation> · Elixir %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mise à jour : %1</translation>
    </message>
    <message>
        <source>agent %1 CPU</source>
        <translation>agent %1 CPU</translation>
    </message>
    <message>
        <source>attempt %1 in %2</source>
        <translation>tentative %1 dans %2</translation>
    </message>
    <message>
        <source>Disconnected, reconnecting (%1)</source>
        <translation>Déconnecté, reconnexion (%1)</translation>
    </message>
    <message>
        <source>Actions enabled</source>
        <translation>Actions activées</translation>
    </message>
    <message>
        <source>Actions enabled (profile %1)</source>
        <translation>Actions activées (profil %1)</translation>
    </message>
    <message>
        <source>Kill, suspend and garbage collection can change this node. Read-only in the toolbar turns them off for this connection.</source>
        <translation>Tuer, suspendre et lancer le ramasse-miettes peuvent modifier ce nœud. L’option Lecture seule de la barre d’outils les désactive pour cette connexion.</translation>
    </message>
    <message>
        <source>Agent: —</source>
        <translation>Agent : —</translation>
    </message>
    <message>
        <source>Data is late: the node has not answered for %1</source>
        <translation>Données en retard : le nœud ne répond plus depuis %1</translation>
    </message>
    <message>
        <source>The node is slow to answer; it may be overloaded. Beamtop keeps asking and shows new data as soon as it comes.</source>
        <translation>Le nœud est lent à répondre ; il est peut-être surchargé. Beamtop continue de l’interroger et affiche les nouvelles données dès qu’elles arrivent.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alerte</numerusform>
            <numerusform>%n alertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active alert(s), %1 not acknowledged: %2. Click to show the Alerts page.</source>
        <translation>
            <numerusform>%n alerte active, %1 à acquitter : %2. Cliquez pour afficher la page Alertes.</numerusform>
            <numerusform>%n alertes actives, dont %1 à acquitter : %2. Cliquez pour afficher la page Alertes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::ShortcutsDialog</name>
    <message>
        <source>Everywhere in the window</source>
        <translation>Partout dans la fenêtre</translation>
    </message>
    <message>
        <source>In tables and trees</source>
        <translation>Dans les tables et les arbres</translation>
    </message>
    <message>
        <source>Open the selected row's details (Processes, Network, ETS, Applications, Alerts); on the Cluster page, connect to the selected node</source>
        <translation>Ouvrir les détails de la ligne sélectionnée (Processus, Réseau, ETS, Applications, Alertes) ; sur la page Cluster, se connecter au nœud sélectionné</translation>
    </message>
    <message>
        <source>Clear the search in a table's contents window</source>
        <translation>Effacer la recherche dans la fenêtre du contenu d’une table</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>beamtop::SnapshotCommand</name>
    <message>
        <source>The node at a glance: system, schedulers and the top processes by memory.</source>
        <translation>Le nœud d’un coup d’œil : système, ordonnanceurs et principaux processus par mémoire.</translation>
    </message>
    <message>
        <source>Prints the node's system overview, its schedulers' utilisation and the 50 processes using the most memory, as the beamtop.snapshot/1 JSON document or as text. With --repeat, one snapshot per interval on one connection (JSON Lines); rates are null in the first. On a node too large to rank within about a second, the processes are those ranked so far, marked partial with the share ranked.</source>
        <translation>Affiche la vue d’ensemble du système du nœud, l’utilisation de ses ordonnanceurs et les 50 processus qui utilisent le plus de mémoire, sous forme de document JSON beamtop.snapshot/1 ou de texte. Avec --repeat, un instantané par intervalle sur une seule connexion (JSON Lines) ; les débits sont null dans le premier. Sur un nœud trop grand pour être classé en une seconde environ, les processus sont ceux classés jusque-là, marqués partiels avec la part classée.</translation>
    </message>
    <message>
        <source>Take N snapshots on one connection.</source>
        <translation>Prendre N instantanés sur une seule connexion.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Milliseconds between snapshots (default 1000).</source>
        <translation>Millisecondes entre les instantanés (par défaut 1000).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Share of one scheduler the agent may spend on the node, ranking included (default 0.02).</source>
        <translation>Part d’un ordonnanceur que l’agent peut dépenser sur le nœud, classement compris (par défaut 0.02).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Arguments inattendus : %1</translation>
    </message>
    <message>
        <source>--repeat takes a positive number.</source>
        <translation>--repeat attend un nombre positif.</translation>
    </message>
    <message>
        <source>--interval takes a number of milliseconds.</source>
        <translation>--interval attend un nombre de millisecondes.</translation>
    </message>
    <message>
        <source>--budget takes a fraction between 0 and 1, e.g. 0.02 for 2 %.</source>
        <translation>--budget attend une fraction entre 0 et 1, par ex. 0.02 pour 2 %.</translation>
    </message>
    <message>
        <source>snapshot in %1 ms, %2 bytes from the node for the system overview</source>
        <translation>instantané en %1 ms, %2 octets depuis le nœud pour la vue d’ensemble du système</translation>
    </message>
</context>
<context>
    <name>beamtop::SnapshotSection</name>
    <message>
        <source>the node did not answer in time</source>
        <translation>le nœud n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>indisponible : %1</translation>
    </message>
    <message>
        <source>%1, %2 of %3</source>
        <translation>%1, %2 sur %3</translation>
    </message>
    <message>
        <source>%1, %2 of the %3 ranked so far</source>
        <translation>%1, %2 sur les %3 classés jusqu’ici</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
</context>
<context>
    <name>beamtop::SupTreeModel</name>
    <message>
        <source>%1, %2 in %3 s</source>
        <translation>%1, %2 en %3 s</translation>
    </message>
    <message>
        <source>0 of %1 children shown</source>
        <translation>0 enfant affiché sur %1</translation>
    </message>
    <message>
        <source>%1 of %2 children shown (%3–%4)</source>
        <translation>%1 enfants affichés sur %2 (%3–%4)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Pid</source>
        <translation>Pid</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation>Réductions/s</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>File de messages</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrage</translation>
    </message>
    <message>
        <source>Shutdown</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>The registered name, else the child id; a dynamic child by its pid. "Linked processes" holds the processes linked to a supervisor that are not its children.</source>
        <translation>Le nom enregistré, sinon l’identifiant de l’enfant ; un enfant dynamique par son pid. « Processus liés » regroupe les processus liés à un superviseur qui ne sont pas ses enfants.</translation>
    </message>
    <message>
        <source>supervisor, worker, or linked (linked to the supervisor without being its child).</source>
        <translation>superviseur, worker, ou lié (lié au superviseur sans être son enfant).</translation>
    </message>
    <message>
        <source>The processes of this whole subtree, this one included.</source>
        <translation>Les processus de tout ce sous-arbre, celui-ci compris.</translation>
    </message>
    <message>
        <source>The memory of this whole subtree's processes.</source>
        <translation>La mémoire des processus de tout ce sous-arbre.</translation>
    </message>
    <message>
        <source>The reductions of this whole subtree's processes per second.</source>
        <translation>Les réductions par seconde des processus de tout ce sous-arbre.</translation>
    </message>
    <message>
        <source>The messages waiting in this whole subtree's queues.</source>
        <translation>Les messages en attente dans les files de tout ce sous-arbre.</translation>
    </message>
    <message>
        <source>When the supervisor restarts the child: permanent always, transient after an abnormal exit, temporary never.</source>
        <translation>Quand le superviseur redémarre l’enfant : permanent toujours, transient après une sortie anormale, temporary jamais.</translation>
    </message>
    <message>
        <source>How the supervisor stops the child: the time it waits, infinity, or brutal_kill.</source>
        <translation>Comment le superviseur arrête l’enfant : le temps qu’il attend, infinity ou brutal_kill.</translation>
    </message>
    <message>
        <source>The callback modules the child names for code upgrades (dynamic: asked at upgrade).</source>
        <translation>Les modules de callback que l’enfant déclare pour les mises à jour de code (dynamic : demandés lors de la mise à jour).</translation>
    </message>
    <message>
        <source>The supervisor's restart strategy, and at most how many restarts in how many seconds before it gives up.</source>
        <translation>La stratégie de redémarrage du superviseur, et le nombre maximal de redémarrages en un nombre de secondes donné avant qu’il abandonne.</translation>
    </message>
    <message>
        <source>running; not answering (a supervisor busy, hung or restarting past the call timeout); restarting; not running (a static child without a process); gone (died while the tree was read).</source>
        <translation>en marche ; ne répond pas (un superviseur occupé, bloqué ou en redémarrage au-delà du délai d’appel) ; en redémarrage ; arrêté (un enfant statique sans processus) ; disparu (mort pendant la lecture de l’arbre).</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>worker</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>lié</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>ne répond pas</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>en redémarrage</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>disparu</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <source>Linked processes</source>
        <translation>Processus liés</translation>
    </message>
    <message>
        <source>Subtree: %1
This process alone: %2</source>
        <translation>Sous-arbre : %1
Ce processus seul : %2</translation>
    </message>
    <message>
        <source>Processes linked to the supervisor that are not its children.</source>
        <translation>Processus liés au superviseur qui ne sont pas ses enfants.</translation>
    </message>
    <message>
        <source>Child id: %1</source>
        <translation>Identifiant de l’enfant : %1</translation>
    </message>
    <message>
        <source>Registered as %1</source>
        <translation>Enregistré sous le nom %1</translation>
    </message>
    <message>
        <source>Process %1</source>
        <translation>Processus %1</translation>
    </message>
    <message>
        <source>A group, not a process.</source>
        <translation>Un groupe, pas un processus.</translation>
    </message>
    <message>
        <source>No process: %1</source>
        <translation>Pas de processus : %1</translation>
    </message>
    <message>
        <source>%1 processes in this subtree</source>
        <translation>%1 processus dans ce sous-arbre</translation>
    </message>
    <message>
        <source>%1 processes</source>
        <translation>%1 processus</translation>
    </message>
    <message>
        <source>The totals count all the children, shown or not.</source>
        <translation>Les totaux comptent tous les enfants, affichés ou non.</translation>
    </message>
    <message>
        <source>Not known yet: the rate needs two complete counts of the processes.</source>
        <translation>Pas encore connu : le débit nécessite deux comptages complets des processus.</translation>
    </message>
    <message>
        <source>%1 reductions per second</source>
        <translation>%1 réductions par seconde</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 messages waiting</source>
        <translation>%1 messages en attente</translation>
    </message>
    <message>
        <source>%1: at most %2 restarts in %3 seconds, else the supervisor gives up and exits.</source>
        <translation>%1 : au plus %2 redémarrages en %3 secondes, sinon le superviseur abandonne et se termine.</translation>
    </message>
    <message>
        <source>Did not answer within the call timeout: its children are not shown.</source>
        <translation>N’a pas répondu dans le délai d’appel : ses enfants ne sont pas affichés.</translation>
    </message>
    <message>
        <source>Did not answer: %1</source>
        <translation>N’a pas répondu : %1</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>non lu</translation>
    </message>
</context>
<context>
    <name>beamtop::SystemLimitsModel</name>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Share of the limit in use. The node fails when a limit is reached (atoms: it crashes).</source>
        <translation>Part de la limite utilisée. Le nœud échoue quand une limite est atteinte (atomes : il s’arrête brutalement).</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Atoms</source>
        <translation>Atomes</translation>
    </message>
    <message>
        <source>ETS tables</source>
        <translation>Tables ETS</translation>
    </message>
</context>
<context>
    <name>beamtop::SystemPage</name>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
</context>
<context>
    <name>beamtop::SystemSection</name>
    <message>
        <source>Could not read the system overview: %1</source>
        <translation>Impossible de lire la vue d’ensemble du système : %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>OTP / ERTS</source>
        <translation>OTP / ERTS</translation>
    </message>
    <message>
        <source>Elixir</source>
        <translation>Elixir</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Temps de fonctionnement</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Schedulers</source>
        <translation>Ordonnanceurs</translation>
    </message>
    <message>
        <source>%1/%2 online, %3 dirty CPU, %4 dirty IO</source>
        <translation>%1/%2 en ligne, %3 dirty CPU, %4 dirty E/S</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Atoms</source>
        <translation>Atomes</translation>
    </message>
    <message>
        <source>ETS tables</source>
        <translation>Tables ETS</translation>
    </message>
    <message>
        <source>Memory total</source>
        <translation>Mémoire totale</translation>
    </message>
    <message>
        <source>  processes</source>
        <translation>  processus</translation>
    </message>
    <message>
        <source>  binary</source>
        <translation>  binaires</translation>
    </message>
    <message>
        <source>  ets</source>
        <translation>  ets</translation>
    </message>
    <message>
        <source>  code</source>
        <translation>  code</translation>
    </message>
    <message>
        <source>  atom</source>
        <translation>  atomes</translation>
    </message>
    <message>
        <source>Run queue</source>
        <translation>File d’exécution</translation>
    </message>
    <message>
        <source>Reductions</source>
        <translation>Réductions</translation>
    </message>
    <message>
        <source>IO in / out</source>
        <translation>E/S entrée / sortie</translation>
    </message>
    <message>
        <source>GCs / words reclaimed</source>
        <translation>GC / mots récupérés</translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation>Réductions/s</translation>
    </message>
</context>
<context>
    <name>beamtop::TableBrowser</name>
    <message>
        <source>Elixir</source>
        <translation>Elixir</translation>
    </message>
    <message>
        <source>Erlang</source>
        <translation>Erlang</translation>
    </message>
    <message>
        <source>The connection to the node was lost while reading %1; the rows shown so far stay. Read again once it is back.</source>
        <translation>La connexion au nœud a été perdue pendant la lecture de %1 ; les lignes déjà affichées restent. Relisez une fois la connexion rétablie.</translation>
    </message>
    <message>
        <source>The agent on this node is older and cannot read table contents.</source>
        <translation>L’agent de ce nœud est plus ancien et ne sait pas lire le contenu des tables.</translation>
    </message>
    <message>
        <source>Table contents are read by the agent, which is not loaded on this node.</source>
        <translation>Le contenu des tables est lu par l’agent, qui n’est pas chargé sur ce nœud.</translation>
    </message>
    <message>
        <source>The agent sent rows Beamtop does not understand.</source>
        <translation>L’agent a envoyé des lignes que Beamtop ne comprend pas.</translation>
    </message>
    <message>
        <source>The node did not answer in time while reading %1: it may be busy. Try again, or read fewer rows.</source>
        <translation>Le nœud n’a pas répondu à temps pendant la lecture de %1 : il est peut-être occupé. Réessayez, ou lisez moins de lignes.</translation>
    </message>
    <message>
        <source>Reading %1 took longer than %2 s on the node, so it was stopped: the node may be busy. Try again, or search by key, which reads only the rows under it.</source>
        <translation>La lecture de %1 a duré plus de %2 s sur le nœud, elle a donc été arrêtée : le nœud est peut-être occupé. Réessayez, ou cherchez par clé, ce qui ne lit que les lignes de cette clé.</translation>
    </message>
    <message>
        <source>The node could not read the search "%1": %2. Check that it is a term in %3 syntax, like %4.</source>
        <translation>Le nœud n’a pas pu lire la recherche « %1 » : %2. Vérifiez qu’il s’agit d’un terme en syntaxe %3, comme %4.</translation>
    </message>
    <message>
        <source>The node has no ETS table %1. Check its name or id; a table named by reference is gone once deleted.</source>
        <translation>Le nœud n’a pas de table ETS %1. Vérifiez son nom ou son identifiant ; une table désignée par référence disparaît une fois supprimée.</translation>
    </message>
    <message>
        <source>The node has no Mnesia table %1. Check its name on the Mnesia page.</source>
        <translation>Le nœud n’a pas de table Mnesia %1. Vérifiez son nom sur la page Mnesia.</translation>
    </message>
    <message>
        <source>Mnesia is not running on this node, so %1 cannot be read here.</source>
        <translation>Mnesia ne tourne pas sur ce nœud, %1 ne peut donc pas être lue ici.</translation>
    </message>
    <message>
        <source>This node holds no copy of %1: read it on a node that has one (see its replicas on the Mnesia page).</source>
        <translation>Ce nœud ne détient aucune copie de %1 : lisez-la sur un nœud qui en a une (voir ses répliques sur la page Mnesia).</translation>
    </message>
    <message>
        <source>%1 is stored by a backend (%2) whose rows Beamtop cannot read dirty.</source>
        <translation>%1 est stockée par un backend (%2) dont Beamtop ne peut pas lire les lignes en mode dirty.</translation>
    </message>
    <message>
        <source>The node could not go on from the last page of %1 (the table may have been replaced); read it again from the start.</source>
        <translation>Le nœud n’a pas pu continuer après la dernière page de %1 (la table a peut-être été remplacée) ; relisez-la depuis le début.</translation>
    </message>
    <message>
        <source>%1 was deleted on the node; the rows read before stay shown.</source>
        <translation>%1 a été supprimée sur le nœud ; les lignes lues auparavant restent affichées.</translation>
    </message>
    <message>
        <source>There is no table named %1 on the node: it was deleted, or never existed under that name. A table made without named_table is read by its id (#Ref&lt;…&gt;), as the ETS list shows it.</source>
        <translation>Il n’y a pas de table nommée %1 sur le nœud : elle a été supprimée, ou n’a jamais existé sous ce nom. Une table créée sans named_table se lit par son identifiant (#Ref&lt;…&gt;), tel que la liste ETS l’affiche.</translation>
    </message>
    <message>
        <source>There is no table %1 on the node: it was deleted, or never existed under that name.</source>
        <translation>Il n’y a pas de table %1 sur le nœud : elle a été supprimée, ou n’a jamais existé sous ce nom.</translation>
    </message>
    <message>
        <source>%1 is a private table: only its owner process can read a private table's rows. Its size and configuration are shown, not its contents.</source>
        <translation>%1 est une table privée : seul son processus propriétaire peut lire les lignes d’une table privée. Sa taille et sa configuration sont affichées, pas son contenu.</translation>
    </message>
    <message>
        <source>Nothing can match: the search names the atom %1, which does not exist on the node, so no row holds it.</source>
        <translation>Aucune correspondance possible : la recherche nomme l’atome %1, qui n’existe pas sur le nœud, donc aucune ligne ne le contient.</translation>
    </message>
</context>
<context>
    <name>beamtop::TableContentsView</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Match pattern</source>
        <translation>Motif de correspondance</translation>
    </message>
    <message>
        <source>Key: the rows under one key (one lookup on the node). Match pattern: the rows a pattern matches, '_' for any part (a scan on the node, capped).</source>
        <translation>Clé : les lignes d’une clé (une seule recherche sur le nœud). Motif de correspondance : les lignes qui correspondent à un motif, '_' pour n’importe quelle partie (un parcours sur le nœud, plafonné).</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>&amp;Copy Row</source>
        <translation>&amp;Copier la ligne</translation>
    </message>
    <message>
        <source>Copy the selected rows as terms, one a line</source>
        <translation>Copier les lignes sélectionnées sous forme de termes, une par ligne</translation>
    </message>
    <message>
        <source>Load More</source>
        <translation>Charger la suite</translation>
    </message>
    <message>
        <source>Read the next page of rows on the node</source>
        <translation>Lire la page de lignes suivante sur le nœud</translation>
    </message>
    <message>
        <source>&amp;Rows Read…</source>
        <translation>&amp;Lignes lues…</translation>
    </message>
    <message>
        <source>Save the rows read so far as CSV or JSON</source>
        <translation>Enregistrer les lignes lues jusqu’ici en CSV ou en JSON</translation>
    </message>
    <message>
        <source>&amp;All Rows…</source>
        <translation>&amp;Toutes les lignes…</translation>
    </message>
    <message>
        <source>Read every row of the table on the node, page by page, and save them as CSV or JSON</source>
        <translation>Lire toutes les lignes de la table sur le nœud, page par page, et les enregistrer en CSV ou en JSON</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Key in %1 syntax, e.g. %2 — Enter searches, Esc shows all rows</source>
        <translation>Clé en syntaxe %1, par ex. %2 — Entrée lance la recherche, Échap affiche toutes les lignes</translation>
    </message>
    <message>
        <source>Match pattern in %1 syntax, e.g. %2 — Enter searches, Esc shows all rows</source>
        <translation>Motif de correspondance en syntaxe %1, par ex. %2 — Entrée lance la recherche, Échap affiche toutes les lignes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows of the last page were too large to send within the page's byte cap and are not shown.</source>
        <translation>
            <numerusform>%Ln ligne de la dernière page était trop grande pour être envoyée dans la limite d’octets de la page et n’est pas affichée.</numerusform>
            <numerusform>%Ln lignes de la dernière page étaient trop grandes pour être envoyées dans la limite d’octets de la page et ne sont pas affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Private table of %1 rows</source>
        <translation>Table privée de %1 lignes</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%1 rows found in %2</source>
        <translation>
            <numerusform>%1 ligne trouvée en %2</numerusform>
            <numerusform>%1 lignes trouvées en %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows read of %2</source>
        <translation>
            <numerusform>%1 ligne lue sur %2</numerusform>
            <numerusform>%1 lignes lues sur %2</numerusform>
        </translation>
    </message>
    <message>
        <source>scanned %1 rows, the scan cap was reached</source>
        <translation>%1 lignes parcourues, la limite de parcours a été atteinte</translation>
    </message>
    <message>
        <source>scanned %1 rows</source>
        <translation>%1 lignes parcourues</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>lecture…</translation>
    </message>
    <message>
        <source>search complete</source>
        <translation>recherche terminée</translation>
    </message>
    <message>
        <source>all rows read</source>
        <translation>toutes les lignes ont été lues</translation>
    </message>
    <message>
        <source>Copy &amp;Key</source>
        <translation>Copier la &amp;clé</translation>
    </message>
    <message>
        <source>&amp;Search This Key</source>
        <translation>&amp;Rechercher cette clé</translation>
    </message>
    <message>
        <source>Load &amp;More</source>
        <translation>Charger la &amp;suite</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export Rows Read</source>
        <translation>Exporter les lignes lues</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1.</source>
        <translation>
            <numerusform>%Ln ligne exportée vers %1.</numerusform>
            <numerusform>%Ln lignes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <translation>nombre inconnu</translation>
    </message>
    <message>
        <source>Export All Rows</source>
        <translation>Exporter toutes les lignes</translation>
    </message>
    <message>
        <source>Read all %1 rows of %2 on %3?</source>
        <translation>Lire toutes les lignes (%1) de %2 sur %3 ?</translation>
    </message>
    <message>
        <source>Beamtop reads the table on the node in pages of %1 rows, each bounded in time, and writes them to the file as they come. A big table takes a while and adds work on the node; you can cancel while it reads.</source>
        <translation>Beamtop lit la table sur le nœud par pages de %1 lignes, chacune limitée dans le temps, et les écrit dans le fichier au fur et à mesure. Une grande table prend du temps et ajoute du travail au nœud ; vous pouvez annuler pendant la lecture.</translation>
    </message>
    <message>
        <source>Reading %1 on the node…</source>
        <translation>Lecture de %1 sur le nœud…</translation>
    </message>
</context>
<context>
    <name>beamtop::TableContentsWindow</name>
    <message>
        <source>Mnesia table %1 — %2</source>
        <translation>Table Mnesia %1 — %2</translation>
    </message>
    <message>
        <source>ETS table %1 — %2</source>
        <translation>Table ETS %1 — %2</translation>
    </message>
    <message>
        <source>The connection to %1 is down; the rows shown are those read before.</source>
        <translation>La connexion à %1 est coupée ; les lignes affichées sont celles lues auparavant.</translation>
    </message>
</context>
<context>
    <name>beamtop::TableRowsCommand</name>
    <message>
        <source>A Mnesia table's rows, read dirty from this node's copy.</source>
        <translation>Les lignes d’une table Mnesia, lues en lecture sale (dirty) dans la copie de ce nœud.</translation>
    </message>
    <message>
        <source>An ETS table's rows, read on the node in pages.</source>
        <translation>Les lignes d’une table ETS, lues sur le nœud par pages.</translation>
    </message>
    <message>
        <source>Reads the rows of a Mnesia table from this node's copy, dirty: no lock, no transaction. TABLE is the table's name.</source>
        <translation>Lit les lignes d’une table Mnesia dans la copie de ce nœud, en lecture sale (dirty) : sans verrou, sans transaction. TABLE est le nom de la table.</translation>
    </message>
    <message>
        <source>Reads the rows of an ETS table. TABLE is its name, or its id as the node prints it (#Ref&lt;...&gt;). A private table's rows can only be read by its owner process.</source>
        <translation>Lit les lignes d’une table ETS. TABLE est son nom, ou son id tel que le nœud l’affiche (#Ref&lt;...&gt;). Les lignes d’une table privée ne peuvent être lues que par son processus propriétaire.</translation>
    </message>
    <message>
        <source>Rows are read on the node in pages of at most %1 (never the whole table at once), each bounded in time and bytes, and written in the node's syntax (Elixir on Elixir nodes), deep or long parts cut to '...'. --key reads the rows under one key; --match the rows a match pattern matches ('_' for any part), scanning at most 100,000 rows per page: the summary says when that cap was reached. Both are written in the node's syntax and parsed on the node. Text is one row a line, then a summary; JSON is {node, table, size, rows, done, scanned, scan_capped}.</source>
        <translation>Les lignes sont lues sur le nœud par pages d’au plus %1 (jamais toute la table d’un coup), chacune bornée en temps et en octets, et écrites dans la syntaxe du nœud (Elixir sur les nœuds Elixir), les parties profondes ou longues coupées en '...'. --key lit les lignes sous une clé ; --match les lignes qui correspondent à un motif ('_' pour n’importe quelle partie), en parcourant au plus 100 000 lignes par page : le résumé indique quand cette limite a été atteinte. Les deux s’écrivent dans la syntaxe du nœud et sont analysés sur le nœud. Le texte donne une ligne de table par ligne, puis un résumé ; le JSON est {node, table, size, rows, done, scanned, scan_capped}.</translation>
    </message>
    <message>
        <source>Read at most N rows (default: %1).</source>
        <translation>Lire au plus N lignes (par défaut : %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Only the rows this match pattern matches, e.g. {user, '_', 42}.</source>
        <translation>Seulement les lignes qui correspondent à ce motif, par ex. {user, '_', 42}.</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>MOTIF</translation>
    </message>
    <message>
        <source>Only the rows under this key, e.g. alice or {user, 42}.</source>
        <translation>Seulement les lignes sous cette clé, par ex. alice ou {user, 42}.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>'%1' needs a table.</source>
        <translation>« %1 » attend une table.</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Arguments inattendus : %1</translation>
    </message>
    <message>
        <source>--rows takes a number of rows, 1 or more.</source>
        <translation>--rows attend un nombre de lignes, 1 ou plus.</translation>
    </message>
    <message>
        <source>--match and --key cannot be used together.</source>
        <translation>--match et --key ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>--match needs a pattern.</source>
        <translation>--match attend un motif.</translation>
    </message>
    <message>
        <source>--key needs a key.</source>
        <translation>--key attend une clé.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 rows read of %2</source>
        <translation>%1 lignes lues sur %2</translation>
    </message>
    <message>
        <source>%1 rows found in %2</source>
        <translation>%1 lignes trouvées dans %2</translation>
    </message>
    <message>
        <source>scanned %1 rows, the scan cap was reached</source>
        <translation>%1 lignes parcourues, la limite de parcours a été atteinte</translation>
    </message>
    <message>
        <source>scanned %1 rows</source>
        <translation>%1 lignes parcourues</translation>
    </message>
    <message>
        <source>more follow (--rows)</source>
        <translation>il y en a d’autres (--rows)</translation>
    </message>
    <message>
        <source>%1 rows were too large to send within a page's byte cap and are left out.</source>
        <translation>%1 lignes étaient trop grandes pour être envoyées dans la limite d’octets d’une page et sont omises.</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLE</translation>
    </message>
</context>
<context>
    <name>beamtop::TableRowsExport</name>
    <message>
        <source>Export stopped, no file was written: %1</source>
        <translation>Export arrêté, aucun fichier n’a été écrit : %1</translation>
    </message>
    <message>
        <source>Export stopped before the end; no file was written.</source>
        <translation>Export arrêté avant la fin ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>No file was written: %1</source>
        <translation>Aucun fichier n’a été écrit : %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows of %1 to %2.</source>
        <translation>
            <numerusform>%Ln ligne de %1 exportée vers %2.</numerusform>
            <numerusform>%Ln lignes de %1 exportées vers %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>beamtop::TableRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>The whole row: the rows read are not all tuples of one size</source>
        <translation>La ligne entière : les lignes lues ne sont pas toutes des tuples de même taille</translation>
    </message>
    <message>
        <source>%1 · key</source>
        <translation>%1 · clé</translation>
    </message>
    <message>
        <source>Element %1 of each row: the key</source>
        <translation>Élément %1 de chaque ligne : la clé</translation>
    </message>
    <message>
        <source>Element %1 of each row</source>
        <translation>Élément %1 de chaque ligne</translation>
    </message>
</context>
<context>
    <name>beamtop::Theme</name>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <extracomment>View ▸ Theme: the look of the desktop Beamtop runs on</extracomment>
        <translation>&amp;Système</translation>
    </message>
</context>
<context>
    <name>beamtop::TopCommand</name>
    <message>
        <source>The processes ranked by memory, reductions, message queue, binaries or heap.</source>
        <translation>Les processus classés par mémoire, réductions, file de messages, binaires ou tas.</translation>
    </message>
    <message>
        <source>Ranks every process of the node by a metric, on the node and within the agent's CPU budget, and prints the first rows: a table for people, CSV or JSON with the keys of the desktop's export. --window ranks by the change per second over a window, like recon:proc_window; --watch prints again at every interval. The first answer comes within about a second, whatever the node's size: if the node has not finished ranking by then, it says how much it has ranked (partial), and --watch prints better answers as the ranking completes. --complete waits for a complete ranking instead.</source>
        <translation>Classe tous les processus du nœud selon une mesure, sur le nœud et dans le budget CPU de l’agent, et affiche les premières lignes : un tableau pour les personnes, CSV ou JSON avec les clés de l’export du bureau. --window classe selon la variation par seconde sur une fenêtre, comme recon:proc_window ; --watch réaffiche à chaque intervalle. La première réponse arrive en une seconde environ, quelle que soit la taille du nœud : si le nœud n’a pas fini de classer d’ici là, il indique quelle part il a classée (partiel), et --watch affiche de meilleures réponses à mesure que le classement s’achève. --complete attend plutôt un classement complet.</translation>
    </message>
    <message>
        <source>Rank by memory, reductions, message_queue_len, binary_memory or total_heap_size (default memory).</source>
        <translation>Classer par memory, reductions, message_queue_len, binary_memory ou total_heap_size (par défaut memory).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>How many processes (default 10, at most 500).</source>
        <translation>Combien de processus (par défaut 10, au plus 500).</translation>
    </message>
    <message>
        <source>Rank by the change over MS milliseconds (per second), like recon:proc_window.</source>
        <translation>Classer selon la variation sur MS millisecondes (par seconde), comme recon:proc_window.</translation>
    </message>
    <message>
        <source>Only processes whose pid, name, initial call, current function or application contains TEXT.</source>
        <translation>Seulement les processus dont le pid, le nom, l’appel initial, la fonction courante ou l’application contient TEXTE.</translation>
    </message>
    <message>
        <source>Wait for a complete ranking, however long the node takes at its budget (a progress bar on stderr when it is a terminal).</source>
        <translation>Attendre un classement complet, quel que soit le temps que prend le nœud avec son budget (une barre de progression sur stderr si c’est un terminal).</translation>
    </message>
    <message>
        <source>Share of one scheduler the agent may spend on the node, ranking included (default 0.02).</source>
        <translation>Part d’un ordonnanceur que l’agent peut dépenser sur le nœud, classement compris (par défaut 0.02).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>--sort is one of memory, reductions, message_queue_len, binary_memory, total_heap_size.</source>
        <translation>--sort vaut memory, reductions, message_queue_len, binary_memory ou total_heap_size.</translation>
    </message>
    <message>
        <source>--budget takes a fraction between 0 and 1, e.g. 0.02 for 2 %.</source>
        <translation>--budget attend une fraction entre 0 et 1, par ex. 0.02 pour 2 %.</translation>
    </message>
    <message>
        <source>Could not read the processes: %1</source>
        <translation>Impossible de lire les processus : %1</translation>
    </message>
    <message>
        <source>%1 processes on %2, ranked by %3%4</source>
        <translation>%1 processus sur %2, classés par %3%4</translation>
    </message>
    <message>
        <source> change per second</source>
        <translation> variation par seconde</translation>
    </message>
</context>
<context>
    <name>beamtop::TreeCommand</name>
    <message>
        <source>An application's supervision tree, with each subtree's processes and memory.</source>
        <translation>L’arbre de supervision d’une application, avec les processus et la mémoire de chaque sous-arbre.</translation>
    </message>
    <message>
        <source>Reads the supervision tree of the application APP (as the node's syntax writes it: my_app, or :my_app on an Elixir node) once and prints it: every supervisor with its restart strategy and intensity, and under it its children, workers and supervisors, each with what its whole subtree adds up to: processes, memory, reductions per second and queued messages. Processes linked to a supervisor that are not its children are listed apart. A supervisor that does not answer is marked and the rest of the tree still comes. --sort orders each supervisor's children (the node sorts before it cuts to --limit, so the heaviest come first). --format text draws the tree, json writes it for scripts. Needs the agent.</source>
        <translation>Lit une fois l’arbre de supervision de l’application APP (telle que l’écrit la syntaxe du nœud : my_app, ou :my_app sur un nœud Elixir) et l’affiche : chaque superviseur avec sa stratégie et son intensité de redémarrage, et en dessous ses enfants, workers et superviseurs, chacun avec le total de tout son sous-arbre : processus, mémoire, réductions par seconde et messages en file. Les processus liés à un superviseur qui ne sont pas ses enfants sont listés à part. Un superviseur qui ne répond pas est marqué et le reste de l’arbre arrive quand même. --sort ordonne les enfants de chaque superviseur (le nœud trie avant de couper à --limit, donc les plus lourds viennent en premier). --format text dessine l’arbre, json l’écrit pour les scripts. Nécessite l’agent.</translation>
    </message>
    <message>
        <source>Levels below the top supervisor (default %1).</source>
        <translation>Niveaux sous le superviseur de tête (par défaut %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Order of each supervisor's children: start (as the supervisor lists them), processes, memory, reductions or message_queue; default start.</source>
        <translation>Ordre des enfants de chaque superviseur : start (comme le superviseur les liste), processes, memory, reductions ou message_queue ; par défaut start.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>Children per supervisor (default 100, at most %1).</source>
        <translation>Enfants par superviseur (par défaut 100, au plus %1).</translation>
    </message>
    <message>
        <source>Which application? Give its name: beamtop-cli tree APP.</source>
        <translation>Quelle application ? Indiquez son nom : beamtop-cli tree APP.</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Arguments inattendus : %1</translation>
    </message>
    <message>
        <source>'%1' is not an application name.</source>
        <translation>« %1 » n’est pas un nom d’application.</translation>
    </message>
    <message>
        <source>--depth takes a number from 0 to %1.</source>
        <translation>--depth attend un nombre de 0 à %1.</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit attend un nombre de 1 à %1.</translation>
    </message>
    <message>
        <source>--sort is one of start, processes, memory, reductions, message_queue.</source>
        <translation>--sort vaut start, processes, memory, reductions ou message_queue.</translation>
    </message>
    <message>
        <source>Could not read the supervision tree of %1: %2</source>
        <translation>Impossible de lire l’arbre de supervision de %1 : %2</translation>
    </message>
    <message>
        <source>The Beamtop agent running on %1 is older and cannot read supervision trees.</source>
        <translation>L’agent Beamtop qui tourne sur %1 est plus ancien et ne peut pas lire les arbres de supervision.</translation>
    </message>
    <message>
        <source>Reading a supervision tree needs the Beamtop agent, which %1 did not load (reduced mode).</source>
        <translation>Lire un arbre de supervision nécessite l’agent Beamtop, que %1 n’a pas chargé (mode réduit).</translation>
    </message>
    <message>
        <source>%1 is running on %2 but has no supervision tree: it is a library application, with no processes of its own.</source>
        <translation>%1 tourne sur %2 mais n’a pas d’arbre de supervision : c’est une application bibliothèque, sans processus propres.</translation>
    </message>
    <message>
        <source>No application %1 is running on %2.</source>
        <translation>Aucune application %1 ne tourne sur %2.</translation>
    </message>
    <message>
        <source>The node says: %1</source>
        <translation>Le nœud indique : %1</translation>
    </message>
    <message>
        <source>beamtop-cli apps lists the node's applications.</source>
        <translation>beamtop-cli apps liste les applications du nœud.</translation>
    </message>
    <message>
        <source>Supervision tree of %1 on %2, children by %3</source>
        <translation>Arbre de supervision de %1 sur %2, enfants par %3</translation>
    </message>
    <message>
        <source>walked in %1 ms on the node</source>
        <translation>parcouru en %1 ms sur le nœud</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>APP</translation>
    </message>
</context>
<context>
    <name>beamtop::WatchCommand</name>
    <message>
        <source>Evaluates alert rules against a node and prints each alert that fires or resolves.</source>
        <translation>Évalue des règles d’alerte sur un nœud et affiche chaque alerte qui se déclenche ou prend fin.</translation>
    </message>
    <message>
        <source>Watches a node with alert rules (beamtop-cli rules prints them): those of --rules FILE, else the profile's (--profile NAME) or the file for connections without a profile, else the default rules. Prints one line per change: an alert fired or resolved, as JSON (one object per line: event, rule, severity, metric, value, threshold, entity, at) or text. Runs until --duration has passed or Ctrl+C (exit code 0); with --exit-on it ends with exit code 5 as soon as an alert of that severity or worse fires, for cron and CI jobs.</source>
        <translation>Surveille un nœud avec des règles d’alerte (beamtop-cli rules les affiche) : celles de --rules FICHIER, sinon celles du profil (--profile NOM) ou du fichier des connexions sans profil, sinon les règles par défaut. Affiche une ligne par changement : une alerte déclenchée ou terminée, en JSON (un objet par ligne : event, rule, severity, metric, value, threshold, entity, at) ou en texte. Tourne jusqu’à ce que --duration soit écoulé ou jusqu’à Ctrl+C (code de sortie 0) ; avec --exit-on, il se termine avec le code de sortie 5 dès qu’une alerte de cette gravité ou pire se déclenche, pour les tâches cron et CI.</translation>
    </message>
    <message>
        <source>Read the rules from FILE (a beamtop.rules/1 document).</source>
        <translation>Lire les règles depuis FICHIER (un document beamtop.rules/1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Stop after this long, like 90s, 15m or 1h30m (default: until Ctrl+C).</source>
        <translation>S’arrêter après cette durée, comme 90s, 15m ou 1h30m (par défaut : jusqu’à Ctrl+C).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>Milliseconds between readings, at least 100 (default 1000).</source>
        <translation>Millisecondes entre les relevés, au moins 100 (par défaut 1000).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>End with exit code 5 when an alert of SEVERITY (warning or critical) or worse fires.</source>
        <translation>Se terminer avec le code de sortie 5 quand une alerte de GRAVITÉ (warning ou critical) ou pire se déclenche.</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVITÉ</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Arguments inattendus : %1</translation>
    </message>
    <message>
        <source>--duration takes a time like 90s, 15m or 1h30m, up to 7 days.</source>
        <translation>--duration attend une durée comme 90s, 15m ou 1h30m, jusqu’à 7 jours.</translation>
    </message>
    <message>
        <source>watch: --interval takes at least 100 ms.</source>
        <translation>watch : --interval attend au moins 100 ms.</translation>
    </message>
    <message>
        <source>--exit-on is warning or critical.</source>
        <translation>--exit-on vaut warning ou critical.</translation>
    </message>
    <message>
        <source>No profile called “%1”. beamtop-cli profiles list shows them.</source>
        <translation>Aucun profil nommé « %1 ». beamtop-cli profiles list les affiche.</translation>
    </message>
    <message>
        <source>Nothing to watch: %1 has no enabled rules.</source>
        <translation>Rien à surveiller : %1 n’a aucune règle activée.</translation>
    </message>
    <message>
        <source>the rule set</source>
        <translation>le jeu de règles</translation>
    </message>
    <message>
        <source>Watching %1 with %2 (%3 enabled); Ctrl+C ends.</source>
        <translation>Surveillance de %1 avec %2 (%3 activées) ; Ctrl+C pour terminer.</translation>
    </message>
    <message>
        <source>the default rules</source>
        <translation>les règles par défaut</translation>
    </message>
    <message>
        <source>Without the agent (reduced mode) these rules cannot be evaluated: %1.</source>
        <translation>Sans l’agent (mode réduit), ces règles ne peuvent pas être évaluées : %1.</translation>
    </message>
    <message>
        <source>Could not read %1 (its rules wait for it): %2</source>
        <translation>Impossible de lire %1 (ses règles l’attendent) : %2</translation>
    </message>
    <message>
        <source>Could not read the node's metrics (their rules wait for them): %1</source>
        <translation>Impossible de lire les mesures du nœud (leurs règles les attendent) : %1</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::AlertsPage</name>
    <message>
        <source>Could not read %1 for the alerts: %2</source>
        <translation>Impossible de lire %1 pour les alertes : %2</translation>
    </message>
    <message>
        <source>no active alerts</source>
        <translation>aucune alerte active</translation>
    </message>
    <message numerus="yes">
        <source>%n active, %1 not acknowledged</source>
        <translation>
            <numerusform>%n active, %1 non acquittées</numerusform>
            <numerusform>%n actives, %1 non acquittées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) in force</source>
        <translation>
            <numerusform>%n règle en vigueur</numerusform>
            <numerusform>%n règles en vigueur</numerusform>
        </translation>
    </message>
    <message>
        <source>the log file could not be written: %1</source>
        <translation>le fichier journal n’a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actives</translation>
    </message>
    <message>
        <source>Nothing is firing.</source>
        <translation>Rien ne se déclenche.</translation>
    </message>
    <message>
        <source>Log, newest first</source>
        <translation>Journal, le plus récent en premier</translation>
    </message>
    <message>
        <source>No alert has fired or resolved yet.</source>
        <translation>Aucune alerte ne s’est encore déclenchée ni n’a pris fin.</translation>
    </message>
    <message>
        <source>Select an active alert to acknowledge it.</source>
        <translation>Sélectionnez une alerte active pour l’acquitter.</translation>
    </message>
    <message>
        <source>Acknowledged %1.</source>
        <translation>%1 acquittée.</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n alert(s).</source>
        <translation>
            <numerusform>%n alerte acquittée.</numerusform>
            <numerusform>%n alertes acquittées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an alert about a process has details to open.</source>
        <translation>Seule une alerte concernant un processus a des détails à ouvrir.</translation>
    </message>
    <message>
        <source>acknowledge the selected alert</source>
        <translation>acquitter l’alerte sélectionnée</translation>
    </message>
    <message>
        <source>acknowledge every alert</source>
        <translation>acquitter toutes les alertes</translation>
    </message>
    <message>
        <source>move in the active alerts or the log</source>
        <translation>se déplacer dans les alertes actives ou le journal</translation>
    </message>
    <message>
        <source>Enter, o</source>
        <translation>Entrée, o</translation>
    </message>
    <message>
        <source>the details of the process an alert is about</source>
        <translation>les détails du processus que concerne une alerte</translation>
    </message>
    <message>
        <source>a acknowledge · A all · l log</source>
        <translation>a acquitter · A toutes · l journal</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::ApplicationsPage</name>
    <message>
        <source>Application / process</source>
        <translation>Application / processus</translation>
    </message>
    <message>
        <source>children %1–%2 of %3 (&lt; &gt; page)</source>
        <translation>enfants %1–%2 sur %3 (&lt; &gt; page)</translation>
    </message>
    <message>
        <source>the supervision tree could not be read: %1</source>
        <translation>l’arbre de supervision n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>à l’arrêt</translation>
    </message>
    <message>
        <source>supervision trees need the agent</source>
        <translation>les arbres de supervision nécessitent l’agent</translation>
    </message>
    <message>
        <source>reading the supervision tree…</source>
        <translation>lecture de l’arbre de supervision…</translation>
    </message>
    <message>
        <source>%1 of %2 applications running</source>
        <translation>%1 applications sur %2 en cours d’exécution</translation>
    </message>
    <message>
        <source>counting processes: %1</source>
        <translation>comptage des processus : %1</translation>
    </message>
    <message>
        <source>totals %1 old</source>
        <translation>totaux vieux de %1</translation>
    </message>
    <message>
        <source>the application controller did not answer: %1</source>
        <translation>le contrôleur d’applications n’a pas répondu : %1</translation>
    </message>
    <message>
        <source>tree walked in %1</source>
        <translation>arbre parcouru en %1</translation>
    </message>
    <message>
        <source>cut at the walk's caps</source>
        <translation>coupé aux limites du parcours</translation>
    </message>
    <message>
        <source>last read failed: %1</source>
        <translation>la dernière lecture a échoué : %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>The applications need the agent, which is not loaded on %1.</source>
        <translation>Les applications nécessitent l’agent, qui n’est pas chargé sur %1.</translation>
    </message>
    <message>
        <source>The applications could not be read: %1</source>
        <translation>Les applications n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>Reading the applications…</source>
        <translation>Lecture des applications…</translation>
    </message>
    <message>
        <source>Select a supervisor with more children than one page (or one of them).</source>
        <translation>Sélectionnez un superviseur qui a plus d’enfants qu’une page (ou l’un d’eux).</translation>
    </message>
    <message>
        <source>Reading children %1–%2 of %3…</source>
        <translation>Lecture des enfants %1–%2 sur %3…</translation>
    </message>
    <message>
        <source>Select a process of the tree to see its details.</source>
        <translation>Sélectionnez un processus de l’arbre pour voir ses détails.</translation>
    </message>
    <message>
        <source>Enter, Right</source>
        <translation>Entrée, Droite</translation>
    </message>
    <message>
        <source>open an application's supervision tree, or a supervisor</source>
        <translation>ouvrir l’arbre de supervision d’une application, ou un superviseur</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>close it, or go up to its parent</source>
        <translation>le fermer, ou remonter à son parent</translation>
    </message>
    <message>
        <source>order by processes</source>
        <translation>trier par processus</translation>
    </message>
    <message>
        <source>order by memory</source>
        <translation>trier par mémoire</translation>
    </message>
    <message>
        <source>order by reductions per second</source>
        <translation>trier par réductions par seconde</translation>
    </message>
    <message>
        <source>order by message queue</source>
        <translation>trier par file de messages</translation>
    </message>
    <message>
        <source>order by name (the tree in start order)</source>
        <translation>trier par nom (l’arbre dans l’ordre de démarrage)</translation>
    </message>
    <message>
        <source>previous, next page of a large supervisor's children</source>
        <translation>page précédente, suivante des enfants d’un grand superviseur</translation>
    </message>
    <message>
        <source>the selected process's details (Enter on a worker too)</source>
        <translation>les détails du processus sélectionné (Entrée aussi sur un worker)</translation>
    </message>
    <message>
        <source>Enter/Right open · Left close · P M R Q N order · &lt; &gt; page</source>
        <translation>Entrée/Droite ouvrir · Gauche fermer · P M R Q N trier · &lt; &gt; page</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::EtsPage</name>
    <message>
        <source>%L1 tables</source>
        <translation>%L1 tables</translation>
    </message>
    <message>
        <source>%L1 of %L2 tables match</source>
        <translation>%L1 tables sur %L2 correspondent</translation>
    </message>
    <message>
        <source>by memory growth</source>
        <translation>par croissance de la mémoire</translation>
    </message>
    <message>
        <source>by memory</source>
        <translation>par mémoire</translation>
    </message>
    <message>
        <source>by rows added</source>
        <translation>par lignes ajoutées</translation>
    </message>
    <message>
        <source>by rows</source>
        <translation>par lignes</translation>
    </message>
    <message>
        <source>filter: %1</source>
        <translation>filtre : %1</translation>
    </message>
    <message>
        <source>ETS tables</source>
        <translation>Tables ETS</translation>
    </message>
    <message>
        <source>Could not read the tables: %1</source>
        <translation>Impossible de lire les tables : %1</translation>
    </message>
    <message>
        <source>The node has no ETS tables.</source>
        <translation>Le nœud n’a aucune table ETS.</translation>
    </message>
    <message>
        <source>No table matches the filter.</source>
        <translation>Aucune table ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Reading the ETS tables…</source>
        <translation>Lecture des tables ETS…</translation>
    </message>
    <message>
        <source>Filter tables: </source>
        <translation>Filtrer les tables : </translation>
    </message>
    <message>
        <source>Select a table to see its owner process's details.</source>
        <translation>Sélectionnez une table pour voir les détails de son processus propriétaire.</translation>
    </message>
    <message>
        <source>rank by memory</source>
        <translation>classer par mémoire</translation>
    </message>
    <message>
        <source>rank by size (rows)</source>
        <translation>classer par taille (lignes)</translation>
    </message>
    <message>
        <source>sliding window: rank by growth</source>
        <translation>fenêtre glissante : classer par croissance</translation>
    </message>
    <message>
        <source>filter on the node (name, type, owner)</source>
        <translation>filtrer sur le nœud (nom, type, propriétaire)</translation>
    </message>
    <message>
        <source>the selected table's owner process</source>
        <translation>le processus propriétaire de la table sélectionnée</translation>
    </message>
    <message>
        <source>Up, Down, PgUp, PgDn</source>
        <translation>Haut, Bas, PgPréc, PgSuiv</translation>
    </message>
    <message>
        <source>move</source>
        <translation>se déplacer</translation>
    </message>
    <message>
        <source>M S sort · w window · / filter · o owner</source>
        <translation>M S tri · w fenêtre · / filtre · o propriétaire</translation>
    </message>
    <message>
        <source>ETS</source>
        <translation>ETS</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::HomePage</name>
    <message>
        <source>Reading the node…</source>
        <translation>Lecture du nœud…</translation>
    </message>
    <message>
        <source>OTP %1 (ERTS %2)</source>
        <translation>OTP %1 (ERTS %2)</translation>
    </message>
    <message>
        <source>Elixir %1</source>
        <translation>Elixir %1</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>actif depuis %1</translation>
    </message>
    <message>
        <source>%1 schedulers, %2 CPUs</source>
        <translation>%1 ordonnanceurs, %2 CPU</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>(processes %1, binary %2, ETS %3)</source>
        <translation>(processus %1, binaires %2, ETS %3)</translation>
    </message>
    <message>
        <source>Run queue</source>
        <translation>File d’exécution</translation>
    </message>
    <message>
        <source>Reductions</source>
        <translation>Réductions</translation>
    </message>
    <message>
        <source>I/O</source>
        <translation>E/S</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 entrant, %2 sortant</translation>
    </message>
    <message>
        <source>Atoms</source>
        <translation>Atomes</translation>
    </message>
    <message>
        <source>ETS tables</source>
        <translation>Tables ETS</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>%1 of %2 schedulers</source>
        <translation>%1 ordonnanceurs sur %2</translation>
    </message>
    <message>
        <source>needs the agent (scheduler_wall_time)</source>
        <translation>nécessite l’agent (scheduler_wall_time)</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>mesure…</translation>
    </message>
    <message>
        <source>last refresh failed: %1</source>
        <translation>la dernière actualisation a échoué : %1</translation>
    </message>
    <message>
        <source>Processes in pid order</source>
        <translation>Processus dans l’ordre des pid</translation>
    </message>
    <message>
        <source>Top processes by reductions/s</source>
        <translation>Principaux processus par réductions/s</translation>
    </message>
    <message>
        <source>Top processes by memory</source>
        <translation>Principaux processus par mémoire</translation>
    </message>
    <message>
        <source>Reading the processes…</source>
        <translation>Lecture des processus…</translation>
    </message>
    <message>
        <source>top processes by memory</source>
        <translation>principaux processus par mémoire</translation>
    </message>
    <message>
        <source>top processes by reductions per second</source>
        <translation>principaux processus par réductions par seconde</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>details of the selected process</source>
        <translation>détails du processus sélectionné</translation>
    </message>
    <message>
        <source>arrows, PgUp, PgDn</source>
        <translation>flèches, PgPréc, PgSuiv</translation>
    </message>
    <message>
        <source>move (Home, End: first, last)</source>
        <translation>se déplacer (Début, Fin : premier, dernier)</translation>
    </message>
    <message>
        <source>M/R memory or reductions/s · Enter details</source>
        <translation>M/R mémoire ou réductions/s · Entrée détails</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::LoadPage</name>
    <message>
        <source>C%1</source>
        <translation>C%1</translation>
    </message>
    <message>
        <source>I%1</source>
        <translation>I%1</translation>
    </message>
    <message>
        <source>Could not read the schedulers: %1</source>
        <translation>Impossible de lire les ordonnanceurs : %1</translation>
    </message>
    <message>
        <source>utilisation needs the agent (scheduler_wall_time)</source>
        <translation>l’utilisation nécessite l’agent (scheduler_wall_time)</translation>
    </message>
    <message>
        <source>measuring utilisation…</source>
        <translation>mesure de l’utilisation…</translation>
    </message>
    <message>
        <source>total %1 (normal %2, dirty CPU %3, dirty I/O %4)</source>
        <translation>total %1 (normaux %2, dirty CPU %3, dirty E/S %4)</translation>
    </message>
    <message>
        <source>spread %1 pts (busiest %2, idlest %3)</source>
        <translation>écart %1 pts (le plus occupé %2, le moins occupé %3)</translation>
    </message>
    <message>
        <source>run queue %1</source>
        <translation>file d’exécution %1</translation>
    </message>
    <message>
        <source>imbalance %1</source>
        <translation>déséquilibre %1</translation>
    </message>
    <message>
        <source>%1 of %2 online</source>
        <translation>%1 sur %2 en ligne</translation>
    </message>
    <message>
        <source>%1 busy</source>
        <translation>occupation %1</translation>
    </message>
    <message>
        <source> q %1</source>
        <translation> f %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>one cell per sample, newest right; max over the line</source>
        <translation>une cellule par échantillon, la plus récente à droite ; max sur la ligne</translation>
    </message>
    <message>
        <source>Recording the first samples…</source>
        <translation>Enregistrement des premiers échantillons…</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>max %1</translation>
    </message>
    <message>
        <source>Schedulers</source>
        <translation>Ordonnanceurs</translation>
    </message>
    <message>
        <source>Reading the schedulers…</source>
        <translation>Lecture des ordonnanceurs…</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::MemoryPage</name>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Reading memory…</source>
        <translation>Lecture de la mémoire…</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>%1 in carriers, %2 used</source>
        <translation>%1 dans les porteurs, %2 utilisés</translation>
    </message>
    <message>
        <source>RSS %1</source>
        <translation>RSS %1</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>Allocators</source>
        <translation>Allocateurs</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more findings</source>
        <translation>
            <numerusform>… et %Ln autre constat</numerusform>
            <numerusform>… et %Ln autres constats</numerusform>
        </translation>
    </message>
    <message>
        <source>The allocators are read by the agent, which is not loaded on %1.</source>
        <translation>Les allocateurs sont lus par l’agent, qui n’est pas chargé sur %1.</translation>
    </message>
    <message>
        <source>Reading the allocators…</source>
        <translation>Lecture des allocateurs…</translation>
    </message>
    <message>
        <source>Enter, Right</source>
        <translation>Entrée, Droite</translation>
    </message>
    <message>
        <source>show an allocator's instances</source>
        <translation>afficher les instances d’un allocateur</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>hide them, or go to the allocator</source>
        <translation>les masquer, ou aller à l’allocateur</translation>
    </message>
    <message>
        <source>move in the memory table or the allocators</source>
        <translation>se déplacer dans la table de mémoire ou les allocateurs</translation>
    </message>
    <message>
        <source>Enter/Right instances · Left back · m memory/allocators</source>
        <translation>Entrée/Droite instances · Gauche retour · m mémoire/allocateurs</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::MnesiaPage</name>
    <message>
        <source>Mnesia is not running on %1: the application is not loaded.</source>
        <translation>Mnesia ne tourne pas sur %1 : l’application n’est pas chargée.</translation>
    </message>
    <message>
        <source>Mnesia is not running on %1 (it says: %2).</source>
        <translation>Mnesia ne tourne pas sur %1 (il indique : %2).</translation>
    </message>
    <message>
        <source>Mnesia is not running on %1: it is loaded but not started.</source>
        <translation>Mnesia ne tourne pas sur %1 : il est chargé mais pas démarré.</translation>
    </message>
    <message>
        <source>When it runs, this page shows its tables with their storage, size, memory and replicas, the database (db nodes, this node's role, schema and directory), and the locks and transactions in flight. Beamtop never starts Mnesia; it looks again at every refresh.</source>
        <translation>Quand il tourne, cette page affiche ses tables avec leur stockage, leur taille, leur mémoire et leurs répliques, la base de données (nœuds db, rôle de ce nœud, schéma et répertoire), et les verrous et transactions en cours. Beamtop ne démarre jamais Mnesia ; il vérifie de nouveau à chaque actualisation.</translation>
    </message>
    <message>
        <source>Mnesia</source>
        <translation>Mnesia</translation>
    </message>
    <message>
        <source>Mnesia could not be read: %1</source>
        <translation>Mnesia n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Reading Mnesia…</source>
        <translation>Lecture de Mnesia…</translation>
    </message>
    <message>
        <source>%1 of %2 db nodes running</source>
        <translation>%1 nœuds db sur %2 en fonctionnement</translation>
    </message>
    <message>
        <source>disc node</source>
        <translation>nœud disque</translation>
    </message>
    <message>
        <source>RAM node</source>
        <translation>nœud RAM</translation>
    </message>
    <message>
        <source>%1 commits, %2 failures</source>
        <translation>%1 validations, %2 échecs</translation>
    </message>
    <message>
        <source>%1 locks held</source>
        <translation>%1 verrous détenus</translation>
    </message>
    <message>
        <source>%1 transactions</source>
        <translation>%1 transactions</translation>
    </message>
    <message>
        <source>last read failed: %1</source>
        <translation>la dernière lecture a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tables (%1 system hidden: s shows them)</source>
        <translation>
            <numerusform>%Ln table (%1 tables système masquées : s les affiche)</numerusform>
            <numerusform>%Ln tables (%1 tables système masquées : s les affiche)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tables</source>
        <translation>
            <numerusform>%Ln table</numerusform>
            <numerusform>%Ln tables</numerusform>
        </translation>
    </message>
    <message>
        <source>the first %1 of %2</source>
        <translation>les %1 premiers sur %2</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>%1: could not read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: %2 (the first %3)</source>
        <translation>%1 : %2 (les %3 premiers)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Locks held</source>
        <translation>Verrous détenus</translation>
    </message>
    <message>
        <source>Lock queue</source>
        <translation>File des verrous</translation>
    </message>
    <message>
        <source>Transactions in flight, oldest first</source>
        <translation>Transactions en cours, les plus anciennes en premier</translation>
    </message>
    <message>
        <source>the tables</source>
        <translation>les tables</translation>
    </message>
    <message>
        <source>the database: db nodes, role, directory, version, counters</source>
        <translation>la base de données : nœuds db, rôle, répertoire, version, compteurs</translation>
    </message>
    <message>
        <source>the locks held, the lock queue and the transactions in flight</source>
        <translation>les verrous détenus, la file des verrous et les transactions en cours</translation>
    </message>
    <message>
        <source>show or hide the system tables (the schema)</source>
        <translation>afficher ou masquer les tables système (le schéma)</translation>
    </message>
    <message>
        <source>t tables · f database · l locks · s system tables</source>
        <translation>t tables · f base de données · l verrous · s tables système</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::NetworkPage</name>
    <message numerus="yes">
        <source>%Ln connected nodes</source>
        <translation>
            <numerusform>%Ln nœud connecté</numerusform>
            <numerusform>%Ln nœuds connectés</numerusform>
        </translation>
    </message>
    <message>
        <source>net_ticktime %1 s</source>
        <translation>net_ticktime %1 s</translation>
    </message>
    <message>
        <source>busy limit %1</source>
        <translation>limite busy %1</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>lecture…</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>%L1 of %L2 match</source>
        <translation>%L1 sur %L2 correspondent</translation>
    </message>
    <message>
        <source>%L1 ports and sockets</source>
        <translation>%L1 ports et sockets</translation>
    </message>
    <message>
        <source>%1 of the port limit</source>
        <translation>%1 de la limite de ports</translation>
    </message>
    <message>
        <source>type: %1</source>
        <translation>type : %1</translation>
    </message>
    <message>
        <source>filter: %1</source>
        <translation>filtre : %1</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Could not read the ports: %1</source>
        <translation>Impossible de lire les ports : %1</translation>
    </message>
    <message>
        <source>No port or socket matches.</source>
        <translation>Aucun port ni socket ne correspond.</translation>
    </message>
    <message>
        <source>Reading the ports…</source>
        <translation>Lecture des ports…</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>No other node is connected.</source>
        <translation>Aucun autre nœud n’est connecté.</translation>
    </message>
    <message>
        <source>Filter ports: </source>
        <translation>Filtrer les ports : </translation>
    </message>
    <message>
        <source>Select a port with an owner process to see the owner's details.</source>
        <translation>Sélectionnez un port qui a un processus propriétaire pour voir les détails du propriétaire.</translation>
    </message>
    <message>
        <source>rank ports by I/O (bytes received and sent)</source>
        <translation>classer les ports par E/S (octets reçus et envoyés)</translation>
    </message>
    <message>
        <source>rank by bytes received</source>
        <translation>classer par octets reçus</translation>
    </message>
    <message>
        <source>rank by bytes sent</source>
        <translation>classer par octets envoyés</translation>
    </message>
    <message>
        <source>rank by packets received</source>
        <translation>classer par paquets reçus</translation>
    </message>
    <message>
        <source>rank by queue</source>
        <translation>classer par file</translation>
    </message>
    <message>
        <source>rank by memory</source>
        <translation>classer par mémoire</translation>
    </message>
    <message>
        <source>sliding window: rank by rates</source>
        <translation>fenêtre glissante : classer par débits</translation>
    </message>
    <message>
        <source>next port type (TCP, UDP, ..., all)</source>
        <translation>type de port suivant (TCP, UDP, ..., tous)</translation>
    </message>
    <message>
        <source>filter on the node</source>
        <translation>filtrer sur le nœud</translation>
    </message>
    <message>
        <source>the selected port's owner process</source>
        <translation>le processus propriétaire du port sélectionné</translation>
    </message>
    <message>
        <source>move in the ports or the distribution links</source>
        <translation>se déplacer dans les ports ou les liens de distribution</translation>
    </message>
    <message>
        <source>I R S P Q M sort · w window · t type · / filter · o owner · d links</source>
        <translation>I R S P Q M tri · w fenêtre · t type · / filtre · o propriétaire · d liens</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::ProcessActionKeys</name>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 a échoué : %3</translation>
    </message>
    <message>
        <source>Garbage collected %1.</source>
        <translation>Ramasse-miettes effectué sur %1.</translation>
    </message>
    <message>
        <source>Suspended %1.</source>
        <translation>%1 suspendu.</translation>
    </message>
    <message>
        <source>Resumed %1.</source>
        <translation>%1 repris.</translation>
    </message>
    <message>
        <source>Killed %1.</source>
        <translation>%1 tué.</translation>
    </message>
    <message>
        <source>kill, suspend or resume, garbage collect (--allow-actions; asks first)</source>
        <translation>tuer, suspendre ou reprendre, ramasse-miettes (--allow-actions ; demande d’abord)</translation>
    </message>
    <message>
        <source>Garbage collecting</source>
        <translation>Ramasse-miettes</translation>
    </message>
    <message>
        <source>Suspending</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Killing</source>
        <translation>Arrêt forcé</translation>
    </message>
    <message>
        <source>Kill %1 on %2? (untrappable; its supervisor may restart it)</source>
        <translation>Tuer %1 sur %2 ? (impossible à intercepter ; son superviseur peut le redémarrer)</translation>
    </message>
    <message>
        <source>Suspend %1 on %2? (S resumes it; so does Beamtop leaving)</source>
        <translation>Suspendre %1 sur %2 ? (S le reprend ; le départ de Beamtop aussi)</translation>
    </message>
    <message>
        <source>Resume %1 on %2?</source>
        <translation>Reprendre %1 sur %2 ?</translation>
    </message>
    <message>
        <source>Garbage collect %1 on %2?</source>
        <translation>Lancer le ramasse-miettes sur %1 sur %2 ?</translation>
    </message>
    <message>
        <source>Needs --allow-actions: kill, suspend and garbage collection are off.</source>
        <translation>Nécessite --allow-actions : tuer, suspendre et le ramasse-miettes sont désactivés.</translation>
    </message>
    <message>
        <source>Not connected: the node cannot be changed now.</source>
        <translation>Non connecté : le nœud ne peut pas être modifié maintenant.</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::ProcessDetails</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>This process cannot be sampled: %1</source>
        <translation>Ce processus ne peut pas être échantillonné : %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Dictionary</source>
        <translation>Dictionnaire</translation>
    </message>
    <message>
        <source>Stack trace</source>
        <translation>Pile d’appels</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Read the first %1 of %2 messages of %3? The node copies the whole queue first (the process uses %4).</source>
        <translation>Lire les %1 premiers des %2 messages de %3 ? Le nœud copie d’abord toute la file (le processus utilise %4).</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>une quantité inconnue</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>sampling…</source>
        <translation>échantillonnage…</translation>
    </message>
    <message>
        <source>memory %1 · reductions/s %2 · queue %3 · %4</source>
        <translation>mémoire %1 · réductions/s %2 · file %3 · %4</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 de plus</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Pid</source>
        <translation>Pid</translation>
    </message>
    <message>
        <source>Registered name</source>
        <translation>Nom enregistré</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Initial call</source>
        <translation>Appel initial</translation>
    </message>
    <message>
        <source>Spawned as</source>
        <translation>Lancé en tant que</translation>
    </message>
    <message>
        <source>Current function</source>
        <translation>Fonction courante</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Traps exits</source>
        <translation>Intercepte les sorties</translation>
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
        <source>Group leader</source>
        <translation>Group leader</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Reductions</source>
        <translation>Réductions</translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation>Réductions/s</translation>
    </message>
    <message>
        <source>measured from the second sample</source>
        <translation>mesuré à partir du deuxième échantillon</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>File de messages</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>%1 (%2 words)</source>
        <translation>%1 (%2 mots)</translation>
    </message>
    <message>
        <source>Heap size</source>
        <translation>Taille du tas</translation>
    </message>
    <message>
        <source>Stack size</source>
        <translation>Taille de la pile</translation>
    </message>
    <message>
        <source>Total heap size</source>
        <translation>Taille totale du tas</translation>
    </message>
    <message>
        <source>Binaries</source>
        <translation>Binaires</translation>
    </message>
    <message>
        <source>%1 in %2 binaries</source>
        <translation>%1 dans %2 binaires</translation>
    </message>
    <message>
        <source>Largest binaries</source>
        <translation>Plus grands binaires</translation>
    </message>
    <message>
        <source>%1, %2 references</source>
        <translation>%1, %2 références</translation>
    </message>
    <message>
        <source>Garbage collection</source>
        <translation>Ramasse-miettes</translation>
    </message>
    <message>
        <source>Links and monitors</source>
        <translation>Liens et moniteurs</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Moniteurs</translation>
    </message>
    <message>
        <source>Monitored by</source>
        <translation>Surveillé par</translation>
    </message>
    <message>
        <source>The process has exited; its messages are gone.</source>
        <translation>Le processus s’est terminé ; ses messages ont disparu.</translation>
    </message>
    <message>
        <source>Reading the messages…</source>
        <translation>Lecture des messages…</translation>
    </message>
    <message>
        <source>The queue holds %1 messages. Reading it makes the node copy every one of them (the process's memory, roughly doubled for a moment), so Beamtop asks first. Only the first %2 are sent either way. Press f to read them.</source>
        <translation>La file contient %1 messages. La lire oblige le nœud à les copier tous (la mémoire du processus, à peu près doublée un instant), Beamtop demande donc d’abord. Seuls les %2 premiers sont envoyés dans tous les cas. Appuyez sur f pour les lire.</translation>
    </message>
    <message>
        <source>The message queue is empty.</source>
        <translation>La file de messages est vide.</translation>
    </message>
    <message>
        <source>The first %1 of %2 messages, each cut to a readable size.</source>
        <translation>Les %1 premiers des %2 messages, chacun coupé à une taille lisible.</translation>
    </message>
    <message>
        <source>The process dictionary is empty.</source>
        <translation>Le dictionnaire du processus est vide.</translation>
    </message>
    <message>
        <source>%1 more entries not shown</source>
        <translation>%1 entrées de plus non affichées</translation>
    </message>
    <message>
        <source>No stack trace.</source>
        <translation>Aucune pile d’appels.</translation>
    </message>
    <message>
        <source>Not available: this process was not started by proc_lib (it is not a gen_server, gen_statem or other OTP behaviour), so it does not answer system messages. Asking would leave a message in its queue for ever.</source>
        <translation>Non disponible : ce processus n’a pas été lancé par proc_lib (ce n’est pas un gen_server, un gen_statem ni un autre comportement OTP), il ne répond donc pas aux messages système. Le lui demander laisserait un message dans sa file pour toujours.</translation>
    </message>
    <message>
        <source>Not available: the process did not answer sys:get_state within a second. It may be busy, blocked in a call, or suspended.</source>
        <translation>Non disponible : le processus n’a pas répondu à sys:get_state dans la seconde. Il est peut-être occupé, bloqué dans un appel ou suspendu.</translation>
    </message>
    <message>
        <source>Not available: the process does not handle sys:get_state (it has no state to give).</source>
        <translation>Non disponible : le processus ne traite pas sys:get_state (il n’a pas d’état à donner).</translation>
    </message>
    <message>
        <source>Not available.</source>
        <translation>Non disponible.</translation>
    </message>
    <message>
        <source>%1 has exited.</source>
        <translation>%1 s’est terminé.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Process %1</source>
        <translation>Processus %1</translation>
    </message>
    <message>
        <source>%1 has exited (noticed at %2); what is shown is the last data read.</source>
        <translation>%1 s’est terminé (constaté à %2) ; ce qui est affiché est la dernière donnée lue.</translation>
    </message>
    <message>
        <source> %1-%2 of %3 </source>
        <translation> %1-%2 sur %3 </translation>
    </message>
    <message>
        <source>Left Right</source>
        <translation>Gauche Droite</translation>
    </message>
    <message>
        <source>previous / next tab</source>
        <translation>onglet précédent / suivant</translation>
    </message>
    <message>
        <source>overview, messages, dictionary, stack trace, state</source>
        <translation>vue d’ensemble, messages, dictionnaire, pile d’appels, état</translation>
    </message>
    <message>
        <source>Up, Down, PgUp, PgDn</source>
        <translation>Haut, Bas, PgPréc, PgSuiv</translation>
    </message>
    <message>
        <source>scroll (Home, End: top, bottom)</source>
        <translation>défiler (Début, Fin : haut, bas)</translation>
    </message>
    <message>
        <source>read the details (and messages) again</source>
        <translation>relire les détails (et les messages)</translation>
    </message>
    <message>
        <source>read a queue over %1 messages (asks first)</source>
        <translation>lire une file de plus de %1 messages (demande d’abord)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>close the details</source>
        <translation>fermer les détails</translation>
    </message>
    <message>
        <source>Left/Right tabs · Esc close</source>
        <translation>Gauche/Droite onglets · Échap fermer</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::ProcessesPage</name>
    <message>
        <source>Rows are in pid order: ranking and filtering need Beamtop's agent, which is not loaded on this node.</source>
        <translation>Les lignes sont dans l’ordre des pid : le classement et le filtrage nécessitent l’agent de Beamtop, qui n’est pas chargé sur ce nœud.</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>mémoire</translation>
    </message>
    <message>
        <source>reductions</source>
        <translation>réductions</translation>
    </message>
    <message>
        <source>message queue</source>
        <translation>file de messages</translation>
    </message>
    <message>
        <source>heap</source>
        <translation>tas</translation>
    </message>
    <message>
        <source>binary memory</source>
        <translation>mémoire binaire</translation>
    </message>
    <message>
        <source>by %1 growth per second (window)</source>
        <translation>par croissance de %1 par seconde (fenêtre)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>filter "%1"</source>
        <translation>filtre « %1 »</translation>
    </message>
    <message>
        <source>%1 processes</source>
        <translation>%1 processus</translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>%1 sur %2 correspondent</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>The process list could not be read; showing the last rows read: %1</source>
        <translation>La liste des processus n’a pas pu être lue ; affichage des dernières lignes lues : %1</translation>
    </message>
    <message>
        <source>No processes.</source>
        <translation>Aucun processus.</translation>
    </message>
    <message>
        <source>No process matches "%1".</source>
        <translation>Aucun processus ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Reading the processes…</source>
        <translation>Lecture des processus…</translation>
    </message>
    <message>
        <source>Filter (on the node; empty: all): </source>
        <translation>Filtre (sur le nœud ; vide : tous) : </translation>
    </message>
    <message>
        <source>rank by memory, reductions, message queue, heap, binary memory</source>
        <translation>classer par mémoire, réductions, file de messages, tas, mémoire binaire</translation>
    </message>
    <message>
        <source>sliding window: rank by growth per second (R: reductions/s)</source>
        <translation>fenêtre glissante : classer par croissance par seconde (R : réductions/s)</translation>
    </message>
    <message>
        <source>filter on the node (text, app:NAME)</source>
        <translation>filtrer sur le nœud (texte, app:NOM)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>details of the selected process</source>
        <translation>détails du processus sélectionné</translation>
    </message>
    <message>
        <source>arrows, PgUp, PgDn</source>
        <translation>flèches, PgPréc, PgSuiv</translation>
    </message>
    <message>
        <source>move (Home, End: first, last)</source>
        <translation>se déplacer (Début, Fin : premier, dernier)</translation>
    </message>
    <message>
        <source>M R Q H B sort · w window · / filter</source>
        <translation>M R Q H B tri · w fenêtre · / filtre</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::Terminal</name>
    <message>
        <source>beamtop-cli tui needs a terminal: standard output is not one.</source>
        <translation>beamtop-cli tui nécessite un terminal : la sortie standard n’en est pas un.</translation>
    </message>
    <message>
        <source>beamtop-cli tui needs a terminal: standard input is not one.</source>
        <translation>beamtop-cli tui nécessite un terminal : l’entrée standard n’en est pas un.</translation>
    </message>
    <message>
        <source>beamtop-cli tui cannot drive this terminal (TERM=%1).</source>
        <translation>beamtop-cli tui ne sait pas piloter ce terminal (TERM=%1).</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::TuiCommand</name>
    <message>
        <source>Watches a node full-screen in the terminal, page by page, like the desktop app.</source>
        <translation>Surveille un nœud en plein écran dans le terminal, page par page, comme l’application de bureau.</translation>
    </message>
    <message>
        <source>Shows a node live in the terminal: 1 Home, 2 Processes, 3 Load, 4 Memory, 5 Network, 6 ETS, 7 Mnesia, 8 Applications, 9 Alerts. Tab and the digits switch pages, space pauses, + and - change the refresh interval, F1 or ? lists every key, q quits. A lost link is retried until it comes back. Alert rules are those of --rules FILE, else the profile's, else the defaults. Colours follow the terminal; NO_COLOR or --no-color turns them off.</source>
        <translation>Affiche un nœud en direct dans le terminal : 1 Accueil, 2 Processus, 3 Charge, 4 Mémoire, 5 Réseau, 6 ETS, 7 Mnesia, 8 Applications, 9 Alertes. Tab et les chiffres changent de page, espace met en pause, + et - changent l’intervalle d’actualisation, F1 ou ? liste toutes les touches, q quitte. Une liaison perdue est retentée jusqu’à ce qu’elle revienne. Les règles d’alerte sont celles de --rules FICHIER, sinon celles du profil, sinon celles par défaut. Les couleurs suivent le terminal ; NO_COLOR ou --no-color les désactive.</translation>
    </message>
    <message>
        <source>No colours (also when NO_COLOR is set).</source>
        <translation>Pas de couleurs (de même quand NO_COLOR est défini).</translation>
    </message>
    <message>
        <source>Draw lines, bars and charts with ASCII characters only.</source>
        <translation>Dessiner les lignes, barres et graphiques uniquement avec des caractères ASCII.</translation>
    </message>
    <message>
        <source>Allow kill, suspend and garbage collection of processes (each asks first). Off: the node is only read.</source>
        <translation>Permettre de tuer, suspendre et lancer le ramasse-miettes sur des processus (chaque action demande d’abord). Désactivé : le nœud est seulement lu.</translation>
    </message>
    <message>
        <source>Start the bundled demo node and watch it (stopped on exit); no --node needed.</source>
        <translation>Démarrer le nœud de démonstration fourni et le surveiller (arrêté à la sortie) ; pas besoin de --node.</translation>
    </message>
    <message>
        <source>Refresh every MS milliseconds (default 1000; + and - change it).</source>
        <translation>Actualiser toutes les MS millisecondes (par défaut 1000 ; + et - le changent).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Alert rules from FILE (a beamtop.rules/1 document).</source>
        <translation>Règles d’alerte depuis FICHIER (un document beamtop.rules/1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Share of one scheduler the agent may spend on the node, ranking included (default 0.02).</source>
        <translation>Part d’un ordonnanceur que l’agent peut dépenser sur le nœud, classement compris (par défaut 0.02).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>tui takes no arguments: %1</source>
        <translation>tui ne prend aucun argument : %1</translation>
    </message>
    <message>
        <source>tui: --interval takes at least 100 ms.</source>
        <translation>tui : --interval attend au moins 100 ms.</translation>
    </message>
    <message>
        <source>--budget takes a fraction between 0 and 1, e.g. 0.02 for 2 %.</source>
        <translation>--budget attend une fraction entre 0 et 1, par ex. 0.02 pour 2 %.</translation>
    </message>
    <message>
        <source>No profile called “%1”. beamtop-cli profiles list shows them.</source>
        <translation>Aucun profil nommé « %1 ». beamtop-cli profiles list les affiche.</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::TuiParts</name>
    <message>
        <source>not ranked (no agent): in the node's order</source>
        <translation>non classé (sans agent) : dans l’ordre du nœud</translation>
    </message>
    <message>
        <source>ranking: %1 looked at</source>
        <translation>classement : %1 examinés</translation>
    </message>
    <message>
        <source>ranking…</source>
        <translation>classement…</translation>
    </message>
    <message>
        <source>measuring the window…</source>
        <translation>mesure de la fenêtre…</translation>
    </message>
    <message>
        <source>ranked %1 ago</source>
        <translation>classé il y a %1</translation>
    </message>
    <message>
        <source>ranked just now</source>
        <translation>classé à l’instant</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The link to %1 is lost; reconnecting…</source>
        <translation>La liaison avec %1 est perdue ; reconnexion…</translation>
    </message>
    <message>
        <source>Disconnected from %1.</source>
        <translation>Déconnecté de %1.</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::TuiScreen</name>
    <message>
        <source>Link to %1 lost: reconnecting…</source>
        <translation>Liaison avec %1 perdue : reconnexion…</translation>
    </message>
    <message>
        <source>Link to %1 lost: %2</source>
        <translation>Liaison avec %1 perdue : %2</translation>
    </message>
    <message>
        <source>Link to %1 lost: reconnecting (attempt %2)…</source>
        <translation>Liaison avec %1 perdue : reconnexion (tentative %2)…</translation>
    </message>
    <message>
        <source>Terminal too small</source>
        <translation>Terminal trop petit</translation>
    </message>
    <message>
        <source>y: yes    n, Esc: no</source>
        <translation>y : oui    n, Échap : non</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alerte</numerusform>
            <numerusform>%n alertes</numerusform>
        </translation>
    </message>
    <message>
        <source>late %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <source>waiting for data</source>
        <translation>en attente de données</translation>
    </message>
    <message>
        <source>reconnecting (%1)</source>
        <translation>reconnexion (%1)</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>toutes les %1</translation>
    </message>
    <message>
        <source>agent %1 CPU</source>
        <translation>agent %1 CPU</translation>
    </message>
    <message>
        <source>actions on</source>
        <translation>actions activées</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>F1 help</source>
        <translation>F1 aide</translation>
    </message>
    <message>
        <source>1-9, click</source>
        <translation>1-9, clic</translation>
    </message>
    <message>
        <source>show a page</source>
        <translation>afficher une page</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>next, previous page</source>
        <translation>page suivante, précédente</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espace</translation>
    </message>
    <message>
        <source>pause or resume</source>
        <translation>mettre en pause ou reprendre</translation>
    </message>
    <message>
        <source>+ -</source>
        <translation>+ -</translation>
    </message>
    <message>
        <source>refresh more or less often</source>
        <translation>actualiser plus ou moins souvent</translation>
    </message>
    <message>
        <source>r, F5</source>
        <translation>r, F5</translation>
    </message>
    <message>
        <source>refresh now</source>
        <translation>actualiser maintenant</translation>
    </message>
    <message>
        <source>F1, ?</source>
        <translation>F1, ?</translation>
    </message>
    <message>
        <source>this help</source>
        <translation>cette aide</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>close what is over the page</source>
        <translation>fermer ce qui recouvre la page</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>draw the whole screen again</source>
        <translation>redessiner tout l’écran</translation>
    </message>
    <message>
        <source>q, Ctrl+C</source>
        <translation>q, Ctrl+C</translation>
    </message>
    <message>
        <source>quit (Beamtop leaves the node as it found it)</source>
        <translation>quitter (Beamtop laisse le nœud tel qu’il l’a trouvé)</translation>
    </message>
    <message>
        <source>Keys everywhere</source>
        <translation>Touches partout</translation>
    </message>
    <message>
        <source>On this page (%1)</source>
        <translation>Sur cette page (%1)</translation>
    </message>
    <message>
        <source>Refreshing every %1</source>
        <translation>Actualisation toutes les %1</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::TuiTreeRows</name>
    <message>
        <source>… %L1 of %L2 listed</source>
        <translation>… %L1 listés sur %L2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Observe an Erlang or Elixir node.</source>
        <translation>Observer un nœud Erlang ou Elixir.</translation>
    </message>
    <message>
        <source>Connect to NODE (name@host) at start.</source>
        <translation>Se connecter à NŒUD (nom@hôte) au démarrage.</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>NŒUD</translation>
    </message>
    <message>
        <source>Read the cookie from FILE (else BEAMTOP_COOKIE, else ~/.erlang.cookie).</source>
        <translation>Lire le cookie depuis FICHIER (sinon BEAMTOP_COOKIE, sinon ~/.erlang.cookie).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Start the bundled demo node on this computer and observe it.</source>
        <translation>Démarrer le nœud de démonstration fourni sur cet ordinateur et l’observer.</translation>
    </message>
    <message>
        <source>Do not load the agent; use plain calls (reduced mode).</source>
        <translation>Ne pas charger l’agent ; utiliser des appels simples (mode réduit).</translation>
    </message>
    <message>
        <source>Connect through the saved profile NAME (its cookie from the system keychain).</source>
        <translation>Se connecter avec le profil enregistré NOM (son cookie provenant du trousseau du système).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>beamtop: --demo, --connect and --profile exclude each other.
</source>
        <translation>beamtop: --demo, --connect et --profile s’excluent mutuellement.
</translation>
    </message>
</context>
</TS>