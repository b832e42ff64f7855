<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AlertEvent</name>
    <message>
        <source>gone</source>
        <translation>verschwunden</translation>
    </message>
    <message>
        <source>no longer among the largest</source>
        <translation>nicht mehr unter den größten</translation>
    </message>
    <message>
        <source>rule changed</source>
        <translation>Regel geändert</translation>
    </message>
</context>
<context>
    <name>AlertMetrics</name>
    <message>
        <source>Memory: share of the machine's</source>
        <translation>Speicher: Anteil am Speicher der Maschine</translation>
    </message>
    <message>
        <source>Memory: system</source>
        <translation>Speicher: System</translation>
    </message>
    <message>
        <source>Memory: persistent terms</source>
        <translation>Speicher: persistente Terme</translation>
    </message>
    <message>
        <source>Processes: share of the limit</source>
        <translation>Prozesse: Anteil an der Grenze</translation>
    </message>
    <message>
        <source>Ports: share of the limit</source>
        <translation>Ports: Anteil an der Grenze</translation>
    </message>
    <message>
        <source>Atoms: share of the limit</source>
        <translation>Atome: Anteil an der Grenze</translation>
    </message>
    <message>
        <source>ETS tables: share of the limit</source>
        <translation>ETS-Tabellen: Anteil an der Grenze</translation>
    </message>
    <message>
        <source>Run queue per online scheduler</source>
        <translation>Ausführungswarteschlange pro Online-Scheduler</translation>
    </message>
    <message>
        <source>Atoms</source>
        <translation>Atome</translation>
    </message>
    <message>
        <source>ETS tables</source>
        <translation>ETS-Tabellen</translation>
    </message>
    <message>
        <source>Largest message queue (a process)</source>
        <translation>Längste Nachrichtenwarteschlange (ein Prozess)</translation>
    </message>
    <message>
        <source>Largest process memory (a process)</source>
        <translation>Größter Prozessspeicher (ein Prozess)</translation>
    </message>
    <message>
        <source>Fastest-growing process memory (a process)</source>
        <translation>Am schnellsten wachsender Prozessspeicher (ein Prozess)</translation>
    </message>
    <message>
        <source>Largest ETS table memory (a table)</source>
        <translation>Größter ETS-Tabellenspeicher (eine Tabelle)</translation>
    </message>
    <message>
        <source>Most objects in an ETS table (a table)</source>
        <translation>Meiste Objekte in einer ETS-Tabelle (eine Tabelle)</translation>
    </message>
    <message>
        <source>Fastest-growing ETS table (a table)</source>
        <translation>Am schnellsten wachsende ETS-Tabelle (eine Tabelle)</translation>
    </message>
    <message>
        <source>Largest port queue (a port)</source>
        <translation>Längste Port-Warteschlange (ein Port)</translation>
    </message>
    <message>
        <source>Fastest-growing port queue (a port)</source>
        <translation>Am schnellsten wachsende Port-Warteschlange (ein Port)</translation>
    </message>
    <message>
        <source>Largest distribution queue (a connected node)</source>
        <translation>Längste Distributions-Warteschlange (ein verbundener Knoten)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>AllocCollector</name>
    <message>
        <source>The Beamtop agent running on this node is older and cannot read allocators. Disconnect every Beamtop from the node, then connect again.</source>
        <translation>Der Beamtop-Agent auf diesem Knoten ist älter und kann keine Allokatoren lesen. Trennen Sie alle Beamtop-Instanzen vom Knoten und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <source>Allocators need the Beamtop agent, which this node did not load (reduced mode). Check that the node allows loading code.</source>
        <translation>Allokatoren benötigen den Beamtop-Agenten, den dieser Knoten nicht geladen hat (reduzierter Modus). Prüfen Sie, ob der Knoten das Laden von Code erlaubt.</translation>
    </message>
</context>
<context>
    <name>AllocColumns</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>scheduler %1</source>
        <translation>Scheduler %1</translation>
    </message>
    <message>
        <source>Allocated (all carriers)</source>
        <translation>Reserviert (alle Carrier)</translation>
    </message>
    <message>
        <source>Used (all blocks)</source>
        <translation>Benutzt (alle Blöcke)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Ungenutzt</translation>
    </message>
    <message>
        <source>erlang:memory(total)</source>
        <translation>erlang:memory(total)</translation>
    </message>
    <message>
        <source>Resident (RSS)</source>
        <translation>Resident (RSS)</translation>
    </message>
    <message>
        <source>not available (read from /proc on Linux only)</source>
        <translation>nicht verfügbar (wird nur unter Linux aus /proc gelesen)</translation>
    </message>
    <message>
        <source>mseg_alloc cache</source>
        <translation>mseg_alloc-Cache</translation>
    </message>
    <message>
        <source>none (mseg_alloc is off)</source>
        <translation>keiner (mseg_alloc ist ausgeschaltet)</translation>
    </message>
    <message numerus="yes">
        <source>hit rate %1 (%2 hits in %3 calls, %Ln instances)</source>
        <translation>
            <numerusform>Trefferquote %1 (%2 Treffer bei %3 Aufrufen, %Ln Instanz)</numerusform>
            <numerusform>Trefferquote %1 (%2 Treffer bei %3 Aufrufen, %Ln Instanzen)</numerusform>
        </translation>
    </message>
    <message>
        <source>; lowest %1 on instance %2</source>
        <translation>; am niedrigsten %1 bei Instanz %2</translation>
    </message>
    <message>
        <source>hit rate %1 (%2 hits in %3 calls), %4 cached segments</source>
        <translation>Trefferquote %1 (%2 Treffer bei %3 Aufrufen), %4 zwischengespeicherte Segmente</translation>
    </message>
    <message>
        <source>Findings: none</source>
        <translation>Befunde: keine</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>see %1: %2</source>
        <translation>siehe %1: %2</translation>
    </message>
</context>
<context>
    <name>AllocFindings</name>
    <message>
        <source>%1 uses %2 of %3 of carriers (%4 unused): fragmentation.</source>
        <translation>%1 nutzt %2 von %3 an Carriern (%4 ungenutzt): Fragmentierung.</translation>
    </message>
    <message>
        <source>%1 of %2's block bytes (%3 in %4 blocks) are in single-block carriers: large blocks, each in a carrier of its own.</source>
        <translation>%1 der Block-Bytes von %2 (%3 in %4 Blöcken) liegen in Single-Block-Carriern: große Blöcke, jeder in einem eigenen Carrier.</translation>
    </message>
    <message>
        <source>Blocks from %1 up go there (sbct).</source>
        <translation>Blöcke ab %1 landen dort (sbct).</translation>
    </message>
    <message>
        <source>The mseg_alloc cache hit rate is %1 on instance %2 (%3 hits in %4 calls): carriers are often created and destroyed rather than reused.</source>
        <translation>Die Trefferquote des mseg_alloc-Caches beträgt %1 auf Instanz %2 (%3 Treffer bei %4 Aufrufen): Carrier werden oft erzeugt und zerstört statt wiederverwendet.</translation>
    </message>
    <message>
        <source>The OS counts %1 resident for the node, the allocators %2: %3 is outside them (NIFs or drivers calling malloc directly, thread stacks, the mseg cache, shared libraries).</source>
        <translation>Das Betriebssystem zählt %1 resident für den Knoten, die Allokatoren %2: %3 liegen außerhalb von ihnen (NIFs oder Treiber, die malloc direkt aufrufen, Thread-Stacks, der mseg-Cache, gemeinsame Bibliotheken).</translation>
    </message>
</context>
<context>
    <name>AllocSample</name>
    <message>
        <source>The allocator reading is malformed: %1.</source>
        <translation>Die Allokator-Messung ist fehlerhaft: %1.</translation>
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
        <translation>(verlinkt, keine Kinder)</translation>
    </message>
    <message>
        <source>… %1 children before these</source>
        <translation>… %1 Kinder davor</translation>
    </message>
    <message>
        <source>… %1 more children not shown</source>
        <translation>… %1 weitere Kinder nicht angezeigt</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 laufend</translation>
    </message>
    <message>
        <source>%1, %2 starting</source>
        <translation>%1, %2 startend</translation>
    </message>
    <message>
        <source>%1, %2 loaded only</source>
        <translation>%1, %2 nur geladen</translation>
    </message>
    <message>
        <source>totals so far from the first sweep of the processes: %1 of %2 counted (partial)</source>
        <translation>Summen bisher aus dem ersten Durchlauf der Prozesse: %1 von %2 gezählt (unvollständig)</translation>
    </message>
    <message>
        <source>totals not counted yet: the first sweep of the processes has just begun (partial)</source>
        <translation>Summen noch nicht gezählt: Der erste Durchlauf der Prozesse hat gerade begonnen (unvollständig)</translation>
    </message>
    <message>
        <source>totals from a sweep of %1 processes %2 ago</source>
        <translation>Summen aus einem Durchlauf über %1 Prozesse vor %2</translation>
    </message>
    <message>
        <source>%1 (the sweep took %2 ms)</source>
        <translation>%1 (der Durchlauf dauerte %2 ms)</translation>
    </message>
    <message>
        <source>totals not counted yet</source>
        <translation>Summen noch nicht gezählt</translation>
    </message>
    <message>
        <source>%1; the application controller did not answer (%2): loaded applications only, without status</source>
        <translation>%1; der Application-Controller hat nicht geantwortet (%2): nur geladene Anwendungen, ohne Status</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>START</source>
        <translation>START</translation>
    </message>
    <message>
        <source>PROCS</source>
        <translation>PROZ.</translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation>SPEICHER</translation>
    </message>
    <message>
        <source>REDS/S</source>
        <translation>RED./S</translation>
    </message>
    <message>
        <source>MSGQ</source>
        <translation>NACHR.</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>(no application)</source>
        <translation>(keine Anwendung)</translation>
    </message>
    <message>
        <source>processes whose group leader belongs to no application</source>
        <translation>Prozesse, deren Group Leader zu keiner Anwendung gehört</translation>
    </message>
    <message>
        <source>%1, %2 in %3 s</source>
        <translation>%1, %2 in %3 s</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>supervisor %1</source>
        <translation>Supervisor %1</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>verlinkt</translation>
    </message>
    <message>
        <source>linked to the supervisor, not its children</source>
        <translation>mit dem Supervisor verlinkt, nicht mit seinen Kindern</translation>
    </message>
    <message>
        <source>NOT ANSWERING</source>
        <translation>ANTWORTET NICHT</translation>
    </message>
    <message>
        <source>NOT ANSWERING: %1</source>
        <translation>ANTWORTET NICHT: %1</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>startet neu</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>gone while read</source>
        <translation>beim Lesen verschwunden</translation>
    </message>
    <message numerus="yes">
        <source>%n children</source>
        <translation>
            <numerusform>%n Kind</numerusform>
            <numerusform>%n Kinder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 children</source>
        <translation>%1 von %2 Kindern</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>reductions per second</source>
        <translation>Reduktionen pro Sekunde</translation>
    </message>
    <message>
        <source>message queue</source>
        <translation>Nachrichtenwarteschlange</translation>
    </message>
    <message>
        <source>start order</source>
        <translation>Startreihenfolge</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Supervisors that did not answer in time: %1 (their children are not shown).</source>
        <translation>Supervisoren, die nicht rechtzeitig geantwortet haben: %1 (ihre Kinder werden nicht angezeigt).</translation>
    </message>
    <message>
        <source>The node stopped the walk at its limit: some subtrees are missing.</source>
        <translation>Der Knoten hat den Durchgang an seiner Grenze abgebrochen: Einige Teilbäume fehlen.</translation>
    </message>
    <message>
        <source>%1 of the application's %2 processes are outside its supervision tree.</source>
        <translation>%1 der %2 Prozesse der Anwendung liegen außerhalb ihres Supervisor-Baums.</translation>
    </message>
    <message>
        <source>not read (more processes than a walk reads)</source>
        <translation>nicht gelesen (mehr Prozesse, als ein Durchgang liest)</translation>
    </message>
    <message>
        <source>The tree has more processes than one walk reads: the totals count the %1 read, the others are marked not read.</source>
        <translation>Der Baum hat mehr Prozesse, als ein Durchgang liest: Die Summen zählen die %1 gelesenen, die übrigen sind als nicht gelesen markiert.</translation>
    </message>
</context>
<context>
    <name>ConnectErrorText</name>
    <message>
        <source>That is not a node name</source>
        <translation>Das ist kein Knotenname</translation>
    </message>
    <message>
        <source>Write it as name@host, for example myapp@%1.</source>
        <translation>Geben Sie ihn als name@host ein, zum Beispiel myapp@%1.</translation>
    </message>
    <message>
        <source>The host is unknown</source>
        <translation>Der Host ist unbekannt</translation>
    </message>
    <message>
        <source>Check the part after '@': it must be a host name this computer can resolve, or an IPv4 address.</source>
        <translation>Prüfen Sie den Teil nach „@“: Er muss ein Hostname sein, den dieser Computer auflösen kann, oder eine IPv4-Adresse.</translation>
    </message>
    <message>
        <source>The host cannot be reached</source>
        <translation>Der Host ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Check the network between here and the host: VPN, firewalls, and that the host is up.</source>
        <translation>Prüfen Sie das Netzwerk zwischen hier und dem Host: VPN, Firewalls und ob der Host läuft.</translation>
    </message>
    <message>
        <source>No Erlang node runs on that host</source>
        <translation>Auf diesem Host läuft kein Erlang-Knoten</translation>
    </message>
    <message>
        <source>EPMD, which every distributed node starts, does not answer there. Check that the node is started with -sname or -name, and the host name.</source>
        <translation>EPMD, das jeder verteilte Knoten startet, antwortet dort nicht. Prüfen Sie, ob der Knoten mit -sname oder -name gestartet wurde, und prüfen Sie den Hostnamen.</translation>
    </message>
    <message>
        <source>No node by that name</source>
        <translation>Kein Knoten mit diesem Namen</translation>
    </message>
    <message>
        <source>EPMD on the host does not know this name. Check the part before '@' — the node field suggests the names registered there.</source>
        <translation>EPMD auf dem Host kennt diesen Namen nicht. Prüfen Sie den Teil vor „@“ – das Knotenfeld schlägt die dort registrierten Namen vor.</translation>
    </message>
    <message>
        <source>The cookie is wrong</source>
        <translation>Das Cookie ist falsch</translation>
    </message>
    <message>
        <source>Another connection uses the same name</source>
        <translation>Eine andere Verbindung verwendet denselben Namen</translation>
    </message>
    <message>
        <source>The node already has a connection from a node with Beamtop's name. Close the other session and try again.</source>
        <translation>Der Knoten hat bereits eine Verbindung von einem Knoten mit dem Namen von Beamtop. Schließen Sie die andere Sitzung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The node did not answer in time</source>
        <translation>Der Knoten hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>It may be overloaded, or a firewall drops the connection. Check the host and try a longer timeout.</source>
        <translation>Er ist möglicherweise überlastet, oder eine Firewall verwirft die Verbindung. Prüfen Sie den Host und versuchen Sie es mit einem längeren Zeitlimit.</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Zu viele offene Dateien</translation>
    </message>
    <message>
        <source>Beamtop has too many connections open to connect safely. Close some and try again.</source>
        <translation>Beamtop hat zu viele Verbindungen geöffnet, um sicher eine weitere aufzubauen. Schließen Sie einige und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <source>See the details below.</source>
        <translation>Details finden Sie unten.</translation>
    </message>
    <message>
        <source>The node rejected the handshake. Use the cookie the node was started with (given with -setcookie, or in the ~/.erlang.cookie of the user running it).</source>
        <translation>Der Knoten hat den Handshake abgelehnt. Verwenden Sie das Cookie, mit dem der Knoten gestartet wurde (angegeben mit -setcookie oder in der Datei ~/.erlang.cookie des Benutzers, unter dem er läuft).</translation>
    </message>
</context>
<context>
    <name>CookieSource</name>
    <message>
        <source>Cannot read the cookie file %1: %2</source>
        <translation>Die Cookie-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The cookie file %1 is empty.</source>
        <translation>Die Cookie-Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>No cookie: give --cookie-file FILE, set BEAMTOP_COOKIE, or create %1.</source>
        <translation>Kein Cookie: Geben Sie --cookie-file DATEI an, setzen Sie BEAMTOP_COOKIE oder legen Sie %1 an.</translation>
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
        <translation>%1 Tabellen</translation>
    </message>
    <message>
        <source>growth in rows per second</source>
        <translation>Wachstum der Zeilen pro Sekunde</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>growth in memory per second</source>
        <translation>Wachstum des Speichers pro Sekunde</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABELLE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>PROT</source>
        <translation>SCHUTZ</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>ZEILEN</translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation>SPEICHER</translation>
    </message>
    <message>
        <source>ROWS/S</source>
        <translation>ZEILEN/S</translation>
    </message>
    <message>
        <source>MEMORY/S</source>
        <translation>SPEICHER/S</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>BESITZER</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
</context>
<context>
    <name>EtsDetailsHtml</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Deleted at %1, before anything could be read of it.</source>
        <translation>Gelöscht um %1, bevor etwas davon gelesen werden konnte.</translation>
    </message>
    <message>
        <source>Deleted at %1; the last data read is shown.</source>
        <translation>Gelöscht um %1; die zuletzt gelesenen Daten werden angezeigt.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Benannt</translation>
    </message>
    <message>
        <source>yes: reached by its name</source>
        <translation>ja: über ihren Namen erreichbar</translation>
    </message>
    <message>
        <source>no: reached by its id</source>
        <translation>nein: über ihre ID erreichbar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Schutz</translation>
    </message>
    <message>
        <source>Only the owner process can read its rows.</source>
        <translation>Nur der Besitzerprozess kann ihre Zeilen lesen.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>Zeilen/s</translation>
    </message>
    <message>
        <source>Memory/s</source>
        <translation>Speicher/s</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Heir</source>
        <translation>Erbe</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Could not write %1: %2. Check that the folder %3 exists, that you may write to it and that the disk is not full.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner %3 existiert, ob Sie darin schreiben dürfen und ob der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>Es wurde kein Dateiname angegeben.</translation>
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
        <translation>%1 Bytes</translation>
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
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
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
        <translation>%1 d %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>LoadMetrics</name>
    <message>
        <source>Scheduler %1</source>
        <translation>Scheduler %1</translation>
    </message>
    <message>
        <source>Dirty CPU scheduler %1</source>
        <translation>Dirty-CPU-Scheduler %1</translation>
    </message>
    <message>
        <source>Dirty I/O scheduler %1</source>
        <translation>Dirty-I/O-Scheduler %1</translation>
    </message>
    <message>
        <source>Scheduler utilisation</source>
        <translation>Scheduler-Auslastung</translation>
    </message>
    <message>
        <source>Busiest minus idlest scheduler</source>
        <translation>Auslastungsspanne der Scheduler (höchste minus niedrigste)</translation>
    </message>
    <message>
        <source>Run queue</source>
        <translation>Ausführungswarteschlange</translation>
    </message>
    <message>
        <source>Run queue imbalance</source>
        <translation>Ungleichgewicht der Ausführungswarteschlangen</translation>
    </message>
    <message>
        <source>Memory: total</source>
        <translation>Speicher: gesamt</translation>
    </message>
    <message>
        <source>Memory: processes</source>
        <translation>Speicher: Prozesse</translation>
    </message>
    <message>
        <source>Memory: binary</source>
        <translation>Speicher: Binary</translation>
    </message>
    <message>
        <source>Memory: ETS</source>
        <translation>Speicher: ETS</translation>
    </message>
    <message>
        <source>Memory: atoms</source>
        <translation>Speicher: Atome</translation>
    </message>
    <message>
        <source>Memory: code</source>
        <translation>Speicher: Code</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation>Reduktionen/s</translation>
    </message>
    <message>
        <source>I/O in/s</source>
        <translation>I/O ein/s</translation>
    </message>
    <message>
        <source>I/O out/s</source>
        <translation>I/O aus/s</translation>
    </message>
    <message>
        <source>Garbage collections/s</source>
        <translation>Garbage Collections/s</translation>
    </message>
    <message>
        <source>Words reclaimed/s</source>
        <translation>Freigegebene Wörter/s</translation>
    </message>
    <message>
        <source>Used: %1</source>
        <translation>Benutzt: %1</translation>
    </message>
    <message>
        <source>Allocated: %1</source>
        <translation>Reserviert: %1</translation>
    </message>
    <message>
        <source>Allocators: allocated</source>
        <translation>Allokatoren: reserviert</translation>
    </message>
    <message>
        <source>Allocators: used</source>
        <translation>Allokatoren: benutzt</translation>
    </message>
    <message>
        <source>Allocators: unused</source>
        <translation>Allokatoren: ungenutzt</translation>
    </message>
    <message>
        <source>Memory: resident (RSS)</source>
        <translation>Speicher: resident (RSS)</translation>
    </message>
    <message>
        <source>Mnesia: commits/s</source>
        <translation>Mnesia: Commits/s</translation>
    </message>
    <message>
        <source>Mnesia: failures/s</source>
        <translation>Mnesia: Fehlschläge/s</translation>
    </message>
    <message>
        <source>Mnesia: restarts/s</source>
        <translation>Mnesia: Neustarts/s</translation>
    </message>
    <message>
        <source>Mnesia: log writes/s</source>
        <translation>Mnesia: Log-Schreibvorgänge/s</translation>
    </message>
</context>
<context>
    <name>MnesiaSample</name>
    <message>
        <source>not understood</source>
        <translation>nicht verstanden</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>NodeName</name>
    <message>
        <source>The node name is empty.</source>
        <translation>Der Knotenname ist leer.</translation>
    </message>
    <message>
        <source>A node name has one '@': %1</source>
        <translation>Ein Knotenname enthält genau ein „@“: %1</translation>
    </message>
    <message>
        <source>A node name looks like name@host (for example app@%1), not '%2'.</source>
        <translation>Ein Knotenname hat die Form name@host (zum Beispiel app@%1), nicht „%2“.</translation>
    </message>
    <message>
        <source>Both parts of name@host are needed: '%1'.</source>
        <translation>Beide Teile von name@host werden benötigt: „%1“.</translation>
    </message>
    <message>
        <source>The node name is too long.</source>
        <translation>Der Knotenname ist zu lang.</translation>
    </message>
    <message>
        <source>'%1' is not a valid node name: use letters, digits, '_' and '-' before the '@'.</source>
        <translation>„%1“ ist kein gültiger Knotenname: Verwenden Sie vor dem „@“ Buchstaben, Ziffern, „_“ und „-“.</translation>
    </message>
    <message>
        <source>The host part contains a space: '%1'.</source>
        <translation>Der Host-Teil enthält ein Leerzeichen: „%1“.</translation>
    </message>
</context>
<context>
    <name>PortColumns</name>
    <message>
        <source>%1 ports and sockets</source>
        <translation>%1 Ports und Sockets</translation>
    </message>
    <message>
        <source>bytes per second received and sent</source>
        <translation>Bytes pro Sekunde empfangen und gesendet</translation>
    </message>
    <message>
        <source>bytes received and sent</source>
        <translation>Bytes empfangen und gesendet</translation>
    </message>
    <message>
        <source>bytes per second received</source>
        <translation>Bytes pro Sekunde empfangen</translation>
    </message>
    <message>
        <source>bytes received</source>
        <translation>Bytes empfangen</translation>
    </message>
    <message>
        <source>bytes per second sent</source>
        <translation>Bytes pro Sekunde gesendet</translation>
    </message>
    <message>
        <source>bytes sent</source>
        <translation>Bytes gesendet</translation>
    </message>
    <message>
        <source>packets per second received</source>
        <translation>Pakete pro Sekunde empfangen</translation>
    </message>
    <message>
        <source>packets received</source>
        <translation>Pakete empfangen</translation>
    </message>
    <message>
        <source>packets per second sent</source>
        <translation>Pakete pro Sekunde gesendet</translation>
    </message>
    <message>
        <source>packets sent</source>
        <translation>Pakete gesendet</translation>
    </message>
    <message>
        <source>change of queued bytes per second</source>
        <translation>Änderung der Bytes in der Warteschlange pro Sekunde</translation>
    </message>
    <message>
        <source>bytes queued</source>
        <translation>Bytes in der Warteschlange</translation>
    </message>
    <message>
        <source>change of memory per second</source>
        <translation>Änderung des Speichers pro Sekunde</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>BESITZER</translation>
    </message>
    <message>
        <source>LOCAL</source>
        <translation>LOKAL</translation>
    </message>
    <message>
        <source>PEER</source>
        <translation>GEGENSTELLE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>RECV</source>
        <translation>EMPF.</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>GES.</translation>
    </message>
    <message>
        <source>RECV/S</source>
        <translation>EMPF./S</translation>
    </message>
    <message>
        <source>SENT/S</source>
        <translation>GES./S</translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation>WARTESCHL.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
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
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>PortDetailsHtml</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
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
        <translation>Der Knoten hat für diesen Port nichts weiter geliefert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries: see Links &amp; Monitors</source>
        <translation>
            <numerusform>%Ln Eintrag: siehe Links &amp; Monitore</numerusform>
            <numerusform>%Ln Einträge: siehe Links &amp; Monitore</numerusform>
        </translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>Lokale Adresse</translation>
    </message>
    <message>
        <source>Peer address</source>
        <translation>Adresse der Gegenstelle</translation>
    </message>
    <message>
        <source>Connected process</source>
        <translation>Verbundener Prozess</translation>
    </message>
    <message>
        <source>The node gave no counters for this port.</source>
        <translation>Der Knoten hat für diesen Port keine Zähler geliefert.</translation>
    </message>
    <message>
        <source>Only inet ports and sockets keep traffic counters; see the Overview for the bytes this port has read and written.</source>
        <translation>Nur inet-Ports und Sockets führen Verkehrszähler; die Bytes, die dieser Port gelesen und geschrieben hat, finden Sie in der Übersicht.</translation>
    </message>
    <message>
        <source>Socket counters</source>
        <translation>Socket-Zähler</translation>
    </message>
    <message>
        <source>inet:getstat/1</source>
        <translation>inet:getstat/1</translation>
    </message>
    <message>
        <source>This kind of port has no options to read.</source>
        <translation>Diese Art von Port hat keine Optionen, die sich lesen lassen.</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>nicht unterstützt</translation>
    </message>
    <message>
        <source>could not be read: </source>
        <translation>konnte nicht gelesen werden: </translation>
    </message>
    <message numerus="yes">
        <source>%Ln options are not supported by this kind of port: that is not an error.</source>
        <translation>
            <numerusform>%Ln Option wird von dieser Art von Port nicht unterstützt: Das ist kein Fehler.</numerusform>
            <numerusform>%Ln Optionen werden von dieser Art von Port nicht unterstützt: Das ist kein Fehler.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Showing %L1 of %L2.</source>
        <translation>%L1 von %L2 werden angezeigt.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Monitore</translation>
    </message>
    <message>
        <source>Monitored by</source>
        <translation>Überwacht von</translation>
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
        <translation>NAME</translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation>SPEICHER</translation>
    </message>
    <message>
        <source>REDS/S</source>
        <translation>RED./S</translation>
    </message>
    <message>
        <source>MSGQ</source>
        <translation>NACHR.-WS</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>BIN</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>CURRENT FUNCTION</source>
        <translation>AKTUELLE FUNKTION</translation>
    </message>
    <message>
        <source>%1 processes</source>
        <translation>%1 Prozesse</translation>
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
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln weiterer Eintrag</numerusform>
            <numerusform>%Ln weitere Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Pid</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Registered name</source>
        <translation>Registrierter Name</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Initial call</source>
        <translation>Initialer Aufruf</translation>
    </message>
    <message>
        <source>Spawned as</source>
        <translation>Gestartet als</translation>
    </message>
    <message>
        <source>Current function</source>
        <translation>Aktuelle Funktion</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Traps exits</source>
        <translation>Fängt Exits ab</translation>
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
        <source>Group leader</source>
        <translation>Group Leader</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Reductions</source>
        <translation>Reduktionen</translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation>Reduktionen/s</translation>
    </message>
    <message>
        <source>measured from the second sample</source>
        <translation>gemessen ab dem zweiten Messpunkt</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>Nachrichtenwarteschlange</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>%1 (%L2 words)</source>
        <translation>%1 (%L2 Wörter)</translation>
    </message>
    <message>
        <source>Heap size</source>
        <translation>Heap-Größe</translation>
    </message>
    <message>
        <source>Stack size</source>
        <translation>Stack-Größe</translation>
    </message>
    <message>
        <source>Total heap size</source>
        <translation>Gesamte Heap-Größe</translation>
    </message>
    <message>
        <source>Binaries</source>
        <translation>Binaries</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %Ln binaries</source>
        <translation>
            <numerusform>%1 in %Ln Binary</numerusform>
            <numerusform>%1 in %Ln Binaries</numerusform>
        </translation>
    </message>
    <message>
        <source>Largest binaries</source>
        <translation>Größte Binaries</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln references</source>
        <translation>
            <numerusform>%1, %Ln Referenz</numerusform>
            <numerusform>%1, %Ln Referenzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Garbage collection</source>
        <translation>Garbage Collection</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Monitore</translation>
    </message>
    <message>
        <source>Monitored by</source>
        <translation>Überwacht von</translation>
    </message>
    <message>
        <source>The process dictionary is empty.</source>
        <translation>Das Prozess-Dictionary ist leer.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more entries not shown</source>
        <translation>
            <numerusform>%Ln weiterer Eintrag nicht angezeigt</numerusform>
            <numerusform>%Ln weitere Einträge nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>No stack trace.</source>
        <translation>Kein Stacktrace.</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Not available: this process was not started by proc_lib (it is not a gen_server, gen_statem or other OTP behaviour), so it does not answer system messages. Asking would leave a message in its queue for ever.</source>
        <translation>Nicht verfügbar: Dieser Prozess wurde nicht mit proc_lib gestartet (er ist kein gen_server, gen_statem oder anderes OTP-Behaviour) und beantwortet daher keine Systemnachrichten. Eine Anfrage würde für immer eine Nachricht in seiner Warteschlange hinterlassen.</translation>
    </message>
    <message>
        <source>Not available: the process did not answer sys:get_state within a second. It may be busy, blocked in a call, or suspended.</source>
        <translation>Nicht verfügbar: Der Prozess hat sys:get_state nicht innerhalb einer Sekunde beantwortet. Er ist möglicherweise beschäftigt, in einem Aufruf blockiert oder angehalten.</translation>
    </message>
    <message>
        <source>Not available: the process does not handle sys:get_state (it has no state to give).</source>
        <translation>Nicht verfügbar: Der Prozess verarbeitet sys:get_state nicht (er hat keinen Zustand, den er liefern könnte).</translation>
    </message>
    <message>
        <source>Not available.</source>
        <translation>Nicht verfügbar.</translation>
    </message>
    <message>
        <source>The process has exited; its messages are gone.</source>
        <translation>Der Prozess wurde beendet; seine Nachrichten sind verloren.</translation>
    </message>
    <message>
        <source>The queue holds %L1 messages. Reading it makes the node copy every one of them (the process's memory, roughly doubled for a moment), so Beamtop asks first. Only the first 100 are sent either way.</source>
        <translation>Die Warteschlange enthält %L1 Nachrichten. Um sie zu lesen, muss der Knoten jede einzelne kopieren (der Speicher des Prozesses verdoppelt sich dabei kurzzeitig ungefähr), deshalb fragt Beamtop vorher nach. In jedem Fall werden nur die ersten 100 gesendet.</translation>
    </message>
    <message>
        <source>The message queue is empty.</source>
        <translation>Die Nachrichtenwarteschlange ist leer.</translation>
    </message>
    <message>
        <source>The first %L1 of %L2 messages, each cut to a readable size.</source>
        <translation>Die ersten %L1 von %L2 Nachrichten, jeweils auf eine lesbare Größe gekürzt.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>RankingFields</name>
    <message>
        <source>not ranked: without the agent rows come in the node's order</source>
        <translation>keine Rangliste: Ohne den Agenten kommen die Zeilen in der Reihenfolge des Knotens</translation>
    </message>
    <message>
        <source>ranked %1 of %2 so far (partial)</source>
        <translation>bisher %1 von %2 eingeordnet (unvollständig)</translation>
    </message>
    <message>
        <source>ranking complete, %1 old; measuring change: rates come with the next full ranking (partial)</source>
        <translation>Rangliste vollständig, %1 alt; Änderung wird gemessen: Raten kommen mit der nächsten vollständigen Rangliste (unvollständig)</translation>
    </message>
    <message>
        <source>ranking complete, %1 old</source>
        <translation>Rangliste vollständig, %1 alt</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
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
        <translation>Änderung wird gemessen</translation>
    </message>
    <message>
        <source>ranking</source>
        <translation>Rangliste wird erstellt</translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>verbleibende Zeit wird geschätzt</translation>
    </message>
    <message>
        <source>~%1 left at --budget %2</source>
        <translation>noch ~%1 bei --budget %2</translation>
    </message>
    <message>
        <source>--budget %1 (more CPU on the node) would take ~%2</source>
        <translation>--budget %1 (mehr CPU auf dem Knoten) würde ~%2 dauern</translation>
    </message>
    <message>
        <source>--budget %1: ~%2</source>
        <translation>--budget %1: ~%2</translation>
    </message>
    <message>
        <source>~%1 left</source>
        <translation>noch ~%1</translation>
    </message>
</context>
<context>
    <name>RecordTextWriter</name>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>Load of %1, one line per sample</source>
        <translation>Last von %1, eine Zeile pro Messpunkt</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Processes at 85 % of the process limit (+P): spawning fails at 100 %.</source>
        <translation>Prozesse bei 85 % der Prozessgrenze (+P): Bei 100 % schlägt das Starten neuer Prozesse fehl.</translation>
    </message>
    <message>
        <source>Ports at 85 % of the port limit (+Q): opening sockets and files fails at 100 %.</source>
        <translation>Ports bei 85 % der Portgrenze (+Q): Bei 100 % schlägt das Öffnen von Sockets und Dateien fehl.</translation>
    </message>
    <message>
        <source>Atoms at 85 % of the atom limit (+t): the node stops when the table is full.</source>
        <translation>Atome bei 85 % der Atomgrenze (+t): Der Knoten hält an, wenn die Tabelle voll ist.</translation>
    </message>
    <message>
        <source>ETS tables at 85 % of the table limit.</source>
        <translation>ETS-Tabellen bei 85 % der Tabellengrenze.</translation>
    </message>
    <message>
        <source>A message queue over 10,000 for 10 s: the process does not keep up.</source>
        <translation>Eine Nachrichtenwarteschlange 10 s lang über 10.000: Der Prozess kommt nicht hinterher.</translation>
    </message>
    <message>
        <source>More than twice as many runnable processes as schedulers for 30 s: the node is CPU-bound.</source>
        <translation>30 s lang mehr als doppelt so viele lauffähige Prozesse wie Scheduler: Der Knoten ist CPU-gebunden.</translation>
    </message>
    <message>
        <source>Schedulers over 90 % busy for a minute.</source>
        <translation>Scheduler eine Minute lang über 90 % ausgelastet.</translation>
    </message>
    <message>
        <source>The node uses over 85 % of the machine's memory.</source>
        <translation>Der Knoten belegt über 85 % des Arbeitsspeichers der Maschine.</translation>
    </message>
    <message>
        <source>the file is larger than 4 MiB: not a rules file</source>
        <translation>die Datei ist größer als 4 MiB: keine Regeldatei</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>a rules file is a JSON object</source>
        <translation>eine Regeldatei ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>missing; a rules file says "schema": "%1"</source>
        <translation>fehlt; eine Regeldatei enthält "schema": "%1"</translation>
    </message>
    <message>
        <source>"%1" is not "%2"</source>
        <translation>„%1“ ist nicht „%2“</translation>
    </message>
    <message>
        <source>missing or not a list</source>
        <translation>fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>a rule is a JSON object</source>
        <translation>eine Regel ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>missing: every rule has an id</source>
        <translation>fehlt: Jede Regel hat eine id</translation>
    </message>
    <message>
        <source>"%1" is used by an earlier rule</source>
        <translation>„%1“ wird bereits von einer früheren Regel verwendet</translation>
    </message>
    <message>
        <source>missing: the metric the rule watches</source>
        <translation>fehlt: die Metrik, die die Regel überwacht</translation>
    </message>
    <message>
        <source>"%1" is not a metric Beamtop knows</source>
        <translation>„%1“ ist keine Metrik, die Beamtop kennt</translation>
    </message>
    <message>
        <source>not a number (write 0.85, "85%" or "2GiB")</source>
        <translation>keine Zahl (schreiben Sie 0.85, "85%" oder "2GiB")</translation>
    </message>
    <message>
        <source>a rule has "above" or "below", not both</source>
        <translation>eine Regel hat "above" oder "below", nicht beides</translation>
    </message>
    <message>
        <source>missing: the threshold, as "above" or "below"</source>
        <translation>fehlt: der Schwellwert, als "above" oder "below"</translation>
    </message>
    <message>
        <source>the clear value is above the threshold; it must be at or below it</source>
        <translation>der Entwarnungswert liegt über dem Schwellwert; er muss auf oder unter ihm liegen</translation>
    </message>
    <message>
        <source>the clear value is below the threshold; it must be at or above it</source>
        <translation>der Entwarnungswert liegt unter dem Schwellwert; er muss auf oder über ihm liegen</translation>
    </message>
    <message>
        <source>not a duration (write "30s", "2m" or "1h30m")</source>
        <translation>keine Dauer (schreiben Sie "30s", "2m" oder "1h30m")</translation>
    </message>
    <message>
        <source>"%1" is not warning or critical</source>
        <translation>„%1“ ist weder warning noch critical</translation>
    </message>
    <message>
        <source>not text</source>
        <translation>kein Text</translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation>weder true noch false</translation>
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
        <translation>Dirty I/O</translation>
    </message>
    <message>
        <source>The scheduler reading is not a map.</source>
        <translation>Die Scheduler-Messung ist keine Map.</translation>
    </message>
    <message>
        <source>The scheduler reading lacks the scheduler counts.</source>
        <translation>Der Scheduler-Messung fehlen die Scheduler-Anzahlen.</translation>
    </message>
    <message>
        <source>The scheduler reading is too long.</source>
        <translation>Die Scheduler-Messung ist zu lang.</translation>
    </message>
    <message>
        <source>A scheduler wall time is not {Id, Active, Total}.</source>
        <translation>Eine Scheduler-Wall-Time ist nicht {Id, Active, Total}.</translation>
    </message>
    <message>
        <source>The scheduler reading lacks wall times.</source>
        <translation>Der Scheduler-Messung fehlen die Wall-Times.</translation>
    </message>
</context>
<context>
    <name>SessionNotice</name>
    <message>
        <source>The demo node runs on this computer and stops when Beamtop exits.</source>
        <translation>Der Demo-Knoten läuft auf diesem Computer und wird beendet, wenn Beamtop beendet wird.</translation>
    </message>
    <message>
        <source>The demo node did not start.</source>
        <translation>Der Demo-Knoten ist nicht gestartet.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1; loading the agent…</source>
        <translation>Mit %1 verbunden; der Agent wird geladen…</translation>
    </message>
    <message>
        <source>The connection to %1 was lost at %2. Reconnecting…</source>
        <translation>Die Verbindung zu %1 ist um %2 abgebrochen. Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>The connection to %1 was lost at %2. Showing data from %3; reconnecting…</source>
        <translation>Die Verbindung zu %1 ist um %2 abgebrochen. Angezeigt werden Daten von %3; Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Disconnecting from %1…</source>
        <translation>Verbindung zu %1 wird getrennt…</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Es konnte keine Verbindung zu %1 hergestellt werden.</translation>
    </message>
    <message>
        <source>Disconnected from %1. Showing data from %2.</source>
        <translation>Verbindung zu %1 getrennt. Angezeigt werden Daten von %2.</translation>
    </message>
    <message>
        <source>The demo node has stopped.</source>
        <translation>Der Demo-Knoten wurde beendet.</translation>
    </message>
    <message>
        <source>The last refresh from %1 failed; showing data from %2.</source>
        <translation>Die letzte Aktualisierung von %1 ist fehlgeschlagen; angezeigt werden Daten von %2.</translation>
    </message>
    <message>
        <source>Refreshing is paused. F5 refreshes once.</source>
        <translation>Die Aktualisierung ist angehalten. F5 aktualisiert einmal.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Data is late: %1 has not answered for %2. Showing data from %3.</source>
        <translation>Daten verspätet: %1 hat seit %2 nicht geantwortet. Angezeigt werden Daten von %3.</translation>
    </message>
    <message>
        <source>Data is late: %1 has not answered for %2.</source>
        <translation>Daten verspätet: %1 hat seit %2 nicht geantwortet.</translation>
    </message>
    <message>
        <source>The node may be overloaded. Beamtop keeps asking and shows new data as soon as it comes.</source>
        <translation>Der Knoten ist möglicherweise überlastet. Beamtop fragt weiter nach und zeigt neue Daten an, sobald sie eintreffen.</translation>
    </message>
</context>
<context>
    <name>SystemSample</name>
    <message>
        <source>The system overview is not a map.</source>
        <translation>Die Systemübersicht ist keine Map.</translation>
    </message>
    <message>
        <source>The system overview lacks '%1'.</source>
        <translation>Der Systemübersicht fehlt „%1“.</translation>
    </message>
    <message>
        <source>The system overview lacks 'memory'.</source>
        <translation>Der Systemübersicht fehlt „memory“.</translation>
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
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>beamtop::AboutDialog</name>
    <message>
        <source>Show &amp;Licence</source>
        <translation>&amp;Lizenz anzeigen</translation>
    </message>
    <message>
        <source>About Beamtop</source>
        <translation>Über Beamtop</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Beamtop %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Beamtop %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>An observer for Erlang and Elixir nodes: it connects as a hidden C node, loads a small agent for the time it is connected, and leaves no trace.</source>
        <translation>Ein Beobachter für Erlang- und Elixir-Knoten: Er verbindet sich als versteckter C-Knoten, lädt für die Dauer der Verbindung einen kleinen Agenten und hinterlässt keine Spuren.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later); see &lt;a href="%1"&gt;%1&lt;/a&gt;.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder später (GPL-3.0-or-later); siehe &lt;a href="%1"&gt;%1&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>OTP erl_interface:</source>
        <translation>OTP erl_interface:</translation>
    </message>
    <message>
        <source>QtKeychain:</source>
        <translation>QtKeychain:</translation>
    </message>
    <message>
        <source>Runs with:</source>
        <translation>Läuft mit:</translation>
    </message>
    <message>
        <source>Hide &amp;Licence</source>
        <translation>Lizenz &amp;ausblenden</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (OTP %2)</source>
        <translation>%1 (OTP %2)</translation>
    </message>
    <message>
        <source>The licence text is missing from this build; read it at https://www.gnu.org/licenses/gpl-3.0.html.</source>
        <translation>Der Lizenztext fehlt in diesem Build; Sie finden ihn unter https://www.gnu.org/licenses/gpl-3.0.html.</translation>
    </message>
</context>
<context>
    <name>beamtop::ActiveAlertModel</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Not known: the entity left the ranking, or the rule changed</source>
        <translation>Nicht bekannt: Das Objekt hat die Rangliste verlassen, oder die Regel hat sich geändert</translation>
    </message>
    <message>
        <source>the node</source>
        <translation>der Knoten</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellwert</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>The latest value read</source>
        <translation>Der zuletzt gelesene Wert</translation>
    </message>
    <message>
        <source>The rule's threshold; the alert resolves past its clear value</source>
        <translation>Der Schwellwert der Regel; der Alarm wird aufgehoben, sobald der Wert seinen Entwarnungswert passiert</translation>
    </message>
    <message>
        <source>The process, ETS table or port the alert is about; double-click or Enter opens it</source>
        <translation>Der Prozess, die ETS-Tabelle oder der Port, den der Alarm betrifft; Doppelklick oder Eingabe öffnet ihn</translation>
    </message>
    <message>
        <source>When the alert fired</source>
        <translation>Wann der Alarm ausgelöst wurde</translation>
    </message>
    <message>
        <source>Acknowledged alerts stay until they resolve but no longer count as new</source>
        <translation>Bestätigte Alarme bleiben bestehen, bis sie aufgehoben werden, zählen aber nicht mehr als neu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>beamtop::ActivityModel</name>
    <message>
        <source>Counter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Per second</source>
        <translation>Pro Sekunde</translation>
    </message>
    <message>
        <source>Since the node started.</source>
        <translation>Seit dem Start des Knotens.</translation>
    </message>
    <message>
        <source>Over the last refresh interval, by the node's clock.</source>
        <translation>Über das letzte Aktualisierungsintervall, nach der Uhr des Knotens.</translation>
    </message>
    <message>
        <source>Needs two samples.</source>
        <translation>Benötigt zwei Stichproben.</translation>
    </message>
    <message>
        <source>%1 per second over %2 s</source>
        <translation>%1 pro Sekunde über %2 s</translation>
    </message>
    <message>
        <source>Reductions</source>
        <translation>Reduktionen</translation>
    </message>
    <message>
        <source>Units of work done by the schedulers.</source>
        <translation>Von den Schedulern geleistete Arbeitseinheiten.</translation>
    </message>
    <message>
        <source>Run queue</source>
        <translation>Ausführungswarteschlange</translation>
    </message>
    <message>
        <source>Processes and ports ready to run, waiting for a scheduler, now.</source>
        <translation>Prozesse und Ports, die jetzt lauffähig sind und auf einen Scheduler warten.</translation>
    </message>
    <message>
        <source>I/O input</source>
        <translation>I/O-Eingabe</translation>
    </message>
    <message>
        <source>I/O output</source>
        <translation>I/O-Ausgabe</translation>
    </message>
    <message>
        <source>Garbage collections</source>
        <translation>Garbage Collections</translation>
    </message>
    <message>
        <source>Words reclaimed</source>
        <translation>Freigegebene Wörter</translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation>%1 pro Sekunde</translation>
    </message>
    <message>
        <source>Heap words freed by garbage collection.</source>
        <translation>Von der Garbage Collection freigegebene Heap-Wörter.</translation>
    </message>
    <message>
        <source>%1 words (%2)</source>
        <translation>%1 Wörter (%2)</translation>
    </message>
    <message>
        <source>Context switches</source>
        <translation>Kontextwechsel</translation>
    </message>
</context>
<context>
    <name>beamtop::AgentClient</name>
    <message>
        <source>no agent</source>
        <translation>kein Agent</translation>
    </message>
    <message>
        <source>loading agent</source>
        <translation>Agent wird geladen</translation>
    </message>
    <message>
        <source>full (agent loaded)</source>
        <translation>vollständig (Agent geladen)</translation>
    </message>
    <message>
        <source>reduced (no agent)</source>
        <translation>reduziert (kein Agent)</translation>
    </message>
    <message>
        <source>not loaded (turned off)</source>
        <translation>nicht geladen (ausgeschaltet)</translation>
    </message>
    <message>
        <source>The agent is turned off for this connection.</source>
        <translation>Der Agent ist für diese Verbindung ausgeschaltet.</translation>
    </message>
    <message>
        <source>already loaded</source>
        <translation>bereits geladen</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>geladen</translation>
    </message>
    <message>
        <source>The node refused the agent (%1). Plain calls are used instead; some views are limited.</source>
        <translation>Der Knoten hat den Agenten abgelehnt (%1). Stattdessen werden einfache Aufrufe verwendet; einige Ansichten sind eingeschränkt.</translation>
    </message>
    <message>
        <source>cannot scan</source>
        <translation>Scannen nicht möglich</translation>
    </message>
    <message>
        <source>cannot parse</source>
        <translation>Parsen nicht möglich</translation>
    </message>
    <message>
        <source>compiled on the node</source>
        <translation>auf dem Knoten kompiliert</translation>
    </message>
    <message>
        <source>compiling on the node failed; the compiler application may be missing</source>
        <translation>Kompilieren auf dem Knoten fehlgeschlagen; möglicherweise fehlt die Anwendung compiler</translation>
    </message>
    <message>
        <source>The agent did not start: %1</source>
        <translation>Der Agent ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>already running</source>
        <translation>läuft bereits</translation>
    </message>
    <message>
        <source>The agent is not loaded on this node.</source>
        <translation>Der Agent ist auf diesem Knoten nicht geladen.</translation>
    </message>
    <message>
        <source>The agent sent a reply Beamtop does not understand.</source>
        <translation>Der Agent hat eine Antwort gesendet, die Beamtop nicht versteht.</translation>
    </message>
    <message>
        <source>The node took too long to answer; it may be overloaded.</source>
        <translation>Der Knoten hat zu lange für die Antwort gebraucht; er ist möglicherweise überlastet.</translation>
    </message>
    <message>
        <source>The agent on the node is not running; Beamtop reloads it when it reconnects.</source>
        <translation>Der Agent auf dem Knoten läuft nicht; Beamtop lädt ihn neu, wenn die Verbindung wiederhergestellt wird.</translation>
    </message>
    <message>
        <source>It no longer exists on the node.</source>
        <translation>Er existiert auf dem Knoten nicht mehr.</translation>
    </message>
    <message>
        <source>It was not suspended by Beamtop, so Beamtop does not resume it.</source>
        <translation>Er wurde nicht von Beamtop angehalten, daher setzt Beamtop ihn nicht fort.</translation>
    </message>
    <message>
        <source>The answer would be %1 bytes, over the limit of %2.</source>
        <translation>Die Antwort wäre %1 Bytes groß und damit über der Grenze von %2.</translation>
    </message>
    <message>
        <source>The agent's work failed on the node: %1</source>
        <translation>Die Arbeit des Agenten ist auf dem Knoten fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The agent on the node does not know this request (%1); it is another version.</source>
        <translation>Der Agent auf dem Knoten kennt diese Anfrage nicht (%1); er hat eine andere Version.</translation>
    </message>
    <message>
        <source>The agent refused the arguments of %1.</source>
        <translation>Der Agent hat die Argumente von %1 abgelehnt.</translation>
    </message>
    <message>
        <source>The agent refused: %1</source>
        <translation>Der Agent hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>The agent did not start: %1 Plain calls are used instead; some views are limited.</source>
        <translation>Der Agent ist nicht gestartet: %1 Stattdessen werden einfache Aufrufe verwendet; einige Ansichten sind eingeschränkt.</translation>
    </message>
    <message>
        <source>not loaded (atom table nearly full)</source>
        <translation>nicht geladen (Atomtabelle fast voll)</translation>
    </message>
    <message>
        <source>The node's atom table is nearly full (%L1 of %L2 atoms). Loading the agent would add up to %L3 atoms and leave less than 5 % of the table free, and a full atom table stops the node. Plain calls are used instead; some views are limited. Memory figures stay out until the node has read them itself: the first reading adds about 300 atoms.</source>
        <translation>Die Atomtabelle des Knotens ist fast voll (%L1 von %L2 Atomen). Das Laden des Agenten würde bis zu %L3 Atome hinzufügen und weniger als 5 % der Tabelle frei lassen, und eine volle Atomtabelle hält den Knoten an. Stattdessen werden einfache Aufrufe verwendet; einige Ansichten sind eingeschränkt. Speicherwerte bleiben aus, bis der Knoten sie selbst gelesen hat: Das erste Lesen fügt etwa 300 Atome hinzu.</translation>
    </message>
    <message>
        <source>loaded (the code server was slow)</source>
        <translation>geladen (der Code-Server war langsam)</translation>
    </message>
    <message>
        <source>The node is at its process limit: it cannot start the process a call needs, so calls fail until some of its processes end.</source>
        <translation>Der Knoten hat seine Prozessgrenze erreicht: Er kann den Prozess, den ein Aufruf braucht, nicht starten, daher schlagen Aufrufe fehl, bis einige seiner Prozesse enden.</translation>
    </message>
</context>
<context>
    <name>beamtop::AlertLog</name>
    <message>
        <source>Could not write the alert log %1: %2</source>
        <translation>Das Alarmprotokoll %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>es wurde kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>the folder %1 could not be made</source>
        <translation>der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 could not be replaced</source>
        <translation>%1 konnte nicht ersetzt werden</translation>
    </message>
    <message>
        <source>it could not be renamed to %1</source>
        <translation>die Datei konnte nicht in %1 umbenannt werden</translation>
    </message>
</context>
<context>
    <name>beamtop::AlertLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellwert</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>The value that fired or resolved the alert</source>
        <translation>Der Wert, der den Alarm ausgelöst oder aufgehoben hat</translation>
    </message>
    <message>
        <source>The rule's threshold when it fired, its clear value when it resolved</source>
        <translation>Der Schwellwert der Regel beim Auslösen, ihr Entwarnungswert beim Aufheben</translation>
    </message>
    <message>
        <source>The rule's note, or why an alert resolved without a value</source>
        <translation>Der Hinweis der Regel, oder warum ein Alarm ohne Wert aufgehoben wurde</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Aufgehoben</translation>
    </message>
</context>
<context>
    <name>beamtop::AlertMonitor</name>
    <message>
        <source>The agent on this node cannot read %1 figures; the rule on %2 waits.</source>
        <translation>Der Agent auf diesem Knoten kann keine %1-Werte lesen; die Regel für %2 wartet.</translation>
    </message>
</context>
<context>
    <name>beamtop::AlertsPage</name>
    <message>
        <source>Active alerts</source>
        <translation>Aktive Alarme</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Mark the selected alerts as seen: they stay until they resolve but no longer count as new (Ctrl+K)</source>
        <translation>Die ausgewählten Alarme als gesehen markieren: Sie bleiben bestehen, bis sie aufgehoben werden, zählen aber nicht mehr als neu (Strg+K)</translation>
    </message>
    <message>
        <source>Acknowledge A&amp;ll</source>
        <translation>&amp;Alle bestätigen</translation>
    </message>
    <message>
        <source>Mark every active alert as seen (Ctrl+Shift+K)</source>
        <translation>Alle aktiven Alarme als gesehen markieren (Strg+Umschalt+K)</translation>
    </message>
    <message>
        <source>&amp;Edit Rules…</source>
        <translation>&amp;Regeln bearbeiten…</translation>
    </message>
    <message>
        <source>The rules that fire alerts on this node: metric, threshold, duration, severity</source>
        <translation>Die Regeln, die auf diesem Knoten Alarme auslösen: Metrik, Schwellwert, Dauer, Schweregrad</translation>
    </message>
    <message>
        <source>Export Log…</source>
        <translation>Protokoll exportieren…</translation>
    </message>
    <message>
        <source>The log of fired and resolved alerts as CSV or JSON (Ctrl+E)</source>
        <translation>Das Protokoll der ausgelösten und aufgehobenen Alarme als CSV oder JSON (Strg+E)</translation>
    </message>
    <message>
        <source>Desktop &amp;Notifications</source>
        <translation>Desktop-Be&amp;nachrichtigungen</translation>
    </message>
    <message>
        <source>Tell the desktop when an alert fires (every Beamtop window)</source>
        <translation>Den Desktop benachrichtigen, wenn ein Alarm ausgelöst wird (alle Beamtop-Fenster)</translation>
    </message>
    <message>
        <source>Could not read %1 for the alerts</source>
        <translation>%1 konnte für die Alarme nicht gelesen werden</translation>
    </message>
    <message>
        <source>Some rules could not be read; the others are in force.</source>
        <translation>Einige Regeln konnten nicht gelesen werden; die übrigen sind in Kraft.</translation>
    </message>
    <message>
        <source>No active alerts.</source>
        <translation>Keine aktiven Alarme.</translation>
    </message>
    <message numerus="yes">
        <source>%n active alert(s), %1 not acknowledged.</source>
        <translation>
            <numerusform>%n aktiver Alarm, %1 nicht bestätigt.</numerusform>
            <numerusform>%n aktive Alarme, %1 nicht bestätigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) in force.</source>
        <translation>
            <numerusform>%n Regel ist in Kraft.</numerusform>
            <numerusform>%n Regeln sind in Kraft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules for connections without a profile: %1</source>
        <translation>Regeln für Verbindungen ohne Profil: %1</translation>
    </message>
    <message>
        <source>Rules of this window's profile: %1</source>
        <translation>Regeln des Profils dieses Fensters: %1</translation>
    </message>
    <message>
        <source>Export the Alert Log</source>
        <translation>Alarmprotokoll exportieren</translation>
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
            <numerusform>%n Protokolleintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Protokolleinträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::AllocColumns</name>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>INST</source>
        <translation>INST.</translation>
    </message>
    <message>
        <source>CARRIERS</source>
        <translation>CARRIER</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>BENUTZT</translation>
    </message>
    <message>
        <source>UNUSED</source>
        <translation>UNGENUTZT</translation>
    </message>
    <message>
        <source>USAGE</source>
        <translation>AUSLASTUNG</translation>
    </message>
    <message>
        <source>IN SBCS</source>
        <translation>IN SBCS</translation>
    </message>
    <message>
        <source>MBC AVG</source>
        <translation>Ø MBC</translation>
    </message>
    <message>
        <source>SBC AVG</source>
        <translation>Ø SBC</translation>
    </message>
</context>
<context>
    <name>beamtop::AllocCommand</name>
    <message>
        <source>The memory allocators: carriers, usage, the mseg cache, and what to change.</source>
        <translation>Die Speicher-Allokatoren: Carrier, Auslastung, der mseg-Cache und was zu ändern ist.</translation>
    </message>
    <message>
        <source>Reads the node's memory allocators in one dump and prints, per allocator type, the carriers it holds, the blocks in them and their usage, then the totals against erlang:memory(total) and the node's resident size, the mseg_alloc cache, and the findings in plain words with the emulator flag to look at (never applied). --instances adds a row per instance (0 is the global one, the others one per scheduler). --format table (or text) for people, csv for the rows, json for the snapshot's allocators section.</source>
        <translation>Liest die Speicher-Allokatoren des Knotens in einem Abzug und gibt pro Allokatortyp die Carrier aus, die er hält, die Blöcke darin und ihre Auslastung, dann die Summen im Vergleich zu erlang:memory(total) und zur residenten Größe des Knotens, den mseg_alloc-Cache und die Befunde in einfachen Worten mit dem Emulator-Flag, das Sie prüfen sollten (es wird nie angewendet). --instances fügt eine Zeile pro Instanz hinzu (0 ist die globale, die anderen je eine pro Scheduler). --format table (oder text) für Menschen, csv für die Zeilen, json für den Abschnitt allocators des Schnappschusses.</translation>
    </message>
    <message>
        <source>Add each allocator instance under its type, and the mseg cache per instance.</source>
        <translation>Jede Allokator-Instanz unter ihrem Typ hinzufügen, und den mseg-Cache pro Instanz.</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Unerwartete Argumente: %1</translation>
    </message>
    <message>
        <source>Could not read the allocators: %1</source>
        <translation>Die Allokatoren konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the node: %1</source>
        <translation>Der Knoten konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Memory allocators of %1</source>
        <translation>Speicher-Allokatoren von %1</translation>
    </message>
</context>
<context>
    <name>beamtop::AllocFindingsView</name>
    <message>
        <source>Waiting for the first allocator reading…</source>
        <translation>Warten auf die erste Allokator-Messung…</translation>
    </message>
    <message>
        <source>Nothing stands out: no allocator is badly fragmented, large blocks are few, the mseg cache mostly hits, and little of the node's resident size is outside its allocators.</source>
        <translation>Nichts fällt auf: Kein Allokator ist stark fragmentiert, große Blöcke sind selten, der mseg-Cache trifft meistens, und wenig von der residenten Größe des Knotens liegt außerhalb seiner Allokatoren.</translation>
    </message>
    <message>
        <source>See %1.</source>
        <translation>Siehe %1.</translation>
    </message>
</context>
<context>
    <name>beamtop::AllocFragmentModel</name>
    <message>
        <source>Allocator</source>
        <translation>Allokator</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Ungenutzt</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blöcke</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>In sbcs</source>
        <translation>In sbcs</translation>
    </message>
    <message>
        <source>The weight: (1 − usage) × carrier size, the carrier bytes no block uses. Worst first.</source>
        <translation>Die Gewichtung: (1 − Auslastung) × Carrier-Größe, also die Carrier-Bytes, die kein Block nutzt. Die schlechtesten zuerst.</translation>
    </message>
    <message>
        <source>Multiblock carriers (with the pool's) and single-block carriers of this instance.</source>
        <translation>Multiblock-Carrier (einschließlich derer des Pools) und Single-Block-Carrier dieser Instanz.</translation>
    </message>
    <message>
        <source>The blocks in them.</source>
        <translation>Die Blöcke darin.</translation>
    </message>
    <message>
        <source>Blocks per carrier bytes.</source>
        <translation>Block-Bytes pro Carrier-Bytes.</translation>
    </message>
    <message>
        <source>Of the carriers, the single-block ones.</source>
        <translation>Von den Carriern die Single-Block-Carrier.</translation>
    </message>
    <message>
        <source>Instance %1 (%2)</source>
        <translation>Instanz %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (multiblock and pool %2, single-block %3)</source>
        <translation>%1 (Multiblock und Pool %2, Single-Block %3)</translation>
    </message>
    <message>
        <source>%1 (multiblock %2, single-block %3)</source>
        <translation>%1 (Multiblock %2, Single-Block %3)</translation>
    </message>
</context>
<context>
    <name>beamtop::AllocSettingsModel</name>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Emulator flag</source>
        <translation>Emulator-Flag</translation>
    </message>
    <message>
        <source>The erl flag that sets it (+M, the allocator's letter, the setting). Beamtop never changes it.</source>
        <translation>Das erl-Flag, das sie festlegt (+M, der Buchstabe des Allokators, die Einstellung). Beamtop ändert es nie.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
</context>
<context>
    <name>beamtop::AllocTreeModel</name>
    <message>
        <source>%1 carriers holding %2 in %3 blocks (%4 used)</source>
        <translation>%1 Carrier mit %2 in %3 Blöcken (%4 benutzt)</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>scheduler %1</source>
        <translation>Scheduler %1</translation>
    </message>
    <message>
        <source>Allocator</source>
        <translation>Allokator</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blöcke</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Ungenutzt</translation>
    </message>
    <message>
        <source>Mbcs carriers</source>
        <translation>Mbcs-Carrier</translation>
    </message>
    <message>
        <source>Sbcs carriers</source>
        <translation>Sbcs-Carrier</translation>
    </message>
    <message>
        <source>Avg mbcs block</source>
        <translation>Ø Mbcs-Block</translation>
    </message>
    <message>
        <source>Avg sbcs block</source>
        <translation>Ø Sbcs-Block</translation>
    </message>
    <message>
        <source>Sbcs:Mbcs</source>
        <translation>Sbcs:Mbcs</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Carriers max Σ</source>
        <translation>Carrier max. Σ</translation>
    </message>
    <message>
        <source>Blocks max Σ</source>
        <translation>Blöcke max. Σ</translation>
    </message>
    <message>
        <source>The allocator type; expand it for its instances: the global one, and one per scheduler.</source>
        <translation>Der Allokatortyp; klappen Sie ihn auf, um seine Instanzen zu sehen: die globale und eine pro Scheduler.</translation>
    </message>
    <message>
        <source>How many instances of this allocator the node runs.</source>
        <translation>Wie viele Instanzen dieses Allokators der Knoten betreibt.</translation>
    </message>
    <message>
        <source>Memory the allocator holds from the operating system: the size of all its carriers.</source>
        <translation>Speicher, den der Allokator vom Betriebssystem hält: die Größe all seiner Carrier.</translation>
    </message>
    <message>
        <source>Memory in use: the size of all the blocks in its carriers.</source>
        <translation>Benutzter Speicher: die Größe aller Blöcke in seinen Carriern.</translation>
    </message>
    <message>
        <source>Blocks per carrier bytes. Low usage means carriers sit mostly empty (fragmentation).</source>
        <translation>Block-Bytes pro Carrier-Byte. Eine niedrige Auslastung bedeutet, dass die Carrier größtenteils leer sind (Fragmentierung).</translation>
    </message>
    <message>
        <source>Carrier bytes no block uses: what fragmentation costs.</source>
        <translation>Carrier-Bytes, die kein Block nutzt: die Kosten der Fragmentierung.</translation>
    </message>
    <message>
        <source>Multiblock carriers: carriers shared by many small blocks.</source>
        <translation>Multiblock-Carrier: Carrier, die sich viele kleine Blöcke teilen.</translation>
    </message>
    <message>
        <source>Single-block carriers: one carrier per block at or above the sbct threshold.</source>
        <translation>Single-Block-Carrier: ein Carrier pro Block ab dem Schwellwert sbct.</translation>
    </message>
    <message>
        <source>The average size of a block in the multiblock carriers.</source>
        <translation>Die durchschnittliche Größe eines Blocks in den Multiblock-Carriern.</translation>
    </message>
    <message>
        <source>The average size of a block in the single-block carriers.</source>
        <translation>Die durchschnittliche Größe eines Blocks in den Single-Block-Carriern.</translation>
    </message>
    <message>
        <source>Blocks in single-block carriers per block in multiblock carriers.</source>
        <translation>Blöcke in Single-Block-Carriern pro Block in Multiblock-Carriern.</translation>
    </message>
    <message>
        <source>Abandoned multiblock carriers in the pool, which any instance of the type may take.</source>
        <translation>Aufgegebene Multiblock-Carrier im Pool, die jede Instanz des Typs übernehmen kann.</translation>
    </message>
    <message>
        <source>Sum of per-instance peaks (not simultaneous): on a type, each instance's own peak carrier size since the node started, added up. The peaks did not happen at the same time, so the node may never have held this much at once. On an instance: its peak.</source>
        <translation>Summe der Spitzenwerte je Instanz (nicht gleichzeitig): Bei einem Typ werden die Spitzen der Carrier-Größe jeder Instanz seit dem Start des Knotens addiert. Die Spitzen traten nicht zur selben Zeit auf, daher hat der Knoten möglicherweise nie so viel auf einmal gehalten. Bei einer Instanz: ihre Spitze.</translation>
    </message>
    <message>
        <source>Sum of per-instance peaks (not simultaneous): on a type, each instance's own peak block size since the node started, added up. The peaks did not happen at the same time, so the node may never have used this much at once. On an instance: its peak.</source>
        <translation>Summe der Spitzenwerte je Instanz (nicht gleichzeitig): Bei einem Typ werden die Spitzen der Blockgröße jeder Instanz seit dem Start des Knotens addiert. Die Spitzen traten nicht zur selben Zeit auf, daher hat der Knoten möglicherweise nie so viel auf einmal benutzt. Bei einer Instanz: ihre Spitze.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 in use (%4)</source>
        <translation>%1: %2 von %3 benutzt (%4)</translation>
    </message>
    <message>
        <source>Multiblock: %1</source>
        <translation>Multiblock: %1</translation>
    </message>
    <message>
        <source>Single-block: %1</source>
        <translation>Single-Block: %1</translation>
    </message>
    <message>
        <source>Pool: %1</source>
        <translation>Pool: %1</translation>
    </message>
    <message>
        <source>%1: this instance's peak since the node started</source>
        <translation>%1: die Spitze dieser Instanz seit dem Start des Knotens</translation>
    </message>
    <message>
        <source>%1: the sum of %2 instances' peaks, which did not happen at the same time</source>
        <translation>%1: die Summe der Spitzen von %2 Instanzen, die nicht zur selben Zeit auftraten</translation>
    </message>
    <message>
        <source>%1 blocks in single-block carriers, %2 in multiblock carriers</source>
        <translation>%1 Blöcke in Single-Block-Carriern, %2 in Multiblock-Carriern</translation>
    </message>
</context>
<context>
    <name>beamtop::AllocatorsSection</name>
    <message>
        <source>the Beamtop agent running on this node is older and cannot read allocators</source>
        <translation>der auf diesem Knoten laufende Beamtop-Agent ist älter und kann keine Allokatoren lesen</translation>
    </message>
    <message>
        <source>allocators need the Beamtop agent, which this node did not load (reduced mode)</source>
        <translation>Allokatoren brauchen den Beamtop-Agenten, den dieser Knoten nicht geladen hat (reduzierter Modus)</translation>
    </message>
    <message>
        <source>Allocators</source>
        <translation>Allokatoren</translation>
    </message>
    <message>
        <source>%1 in carriers, %2 used (%3 %), %4 unused</source>
        <translation>%1 in Carriern, %2 benutzt (%3 %), %4 ungenutzt</translation>
    </message>
    <message>
        <source>  resident (RSS)</source>
        <translation>  resident (RSS)</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>  warning</source>
        <translation>  Warnung</translation>
    </message>
    <message>
        <source>  note</source>
        <translation>  Hinweis</translation>
    </message>
    <message>
        <source>%1 See %2.</source>
        <translation>%1 Siehe %2.</translation>
    </message>
</context>
<context>
    <name>beamtop::AppTreeCollector</name>
    <message>
        <source>The agent on this node comes from an older Beamtop and cannot read supervision trees; reconnect to load this one.</source>
        <translation>Der Agent auf diesem Knoten stammt von einem älteren Beamtop und kann keine Supervisor-Bäume lesen; verbinden Sie sich neu, um diesen zu laden.</translation>
    </message>
    <message>
        <source>Supervision trees are read by the agent, which is not loaded on this node.</source>
        <translation>Supervisor-Bäume werden vom Agenten gelesen, der auf diesem Knoten nicht geladen ist.</translation>
    </message>
    <message>
        <source>The agent sent a supervision tree Beamtop does not understand.</source>
        <translation>Der Agent hat einen Supervisor-Baum gesendet, den Beamtop nicht versteht.</translation>
    </message>
</context>
<context>
    <name>beamtop::AppTreeView</name>
    <message>
        <source>Search the Tree</source>
        <translation>Im Baum suchen</translation>
    </message>
    <message>
        <source>Next Match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Search by name, pid or module (Ctrl+F; Enter or F3: next match)</source>
        <translation>Nach Name, PID oder Modul suchen (Strg+F; Eingabe oder F3: nächster Treffer)</translation>
    </message>
    <message>
        <source>Finds the processes of the tree whose name, id, pid or module contains this text (any case), among the children read. Enter and F3 go to the next one.</source>
        <translation>Findet die Prozesse des Baums, deren Name, ID, PID oder Modul diesen Text enthält (ohne Beachtung der Groß-/Kleinschreibung), unter den gelesenen Kindern. Eingabe und F3 springen zum nächsten.</translation>
    </message>
    <message>
        <source>The order of each supervisor's children. The node sorts them by their subtree totals before it pages them, so the heaviest children of a large supervisor come first.</source>
        <translation>Die Reihenfolge der Kinder jedes Supervisors. Der Knoten sortiert sie nach den Summen ihrer Teilbäume, bevor er sie seitenweise liefert, sodass die schwersten Kinder eines großen Supervisors zuerst kommen.</translation>
    </message>
    <message>
        <source>Start order</source>
        <translation>Startreihenfolge</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation>Reduktionen/s</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>Nachrichtenwarteschlange</translation>
    </message>
    <message>
        <source>&amp;Children by:</source>
        <translation>&amp;Kinder nach:</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorherige</translation>
    </message>
    <message>
        <source>The previous page of this supervisor's children</source>
        <translation>Die vorherige Seite der Kinder dieses Supervisors</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächste</translation>
    </message>
    <message>
        <source>The next page of this supervisor's children</source>
        <translation>Die nächste Seite der Kinder dieses Supervisors</translation>
    </message>
    <message>
        <source>Double-click an application, or select it and press Enter, to see its supervision tree.</source>
        <translation>Doppelklicken Sie auf eine Anwendung oder wählen Sie sie aus und drücken Sie die Eingabetaste, um ihren Supervisor-Baum zu sehen.</translation>
    </message>
    <message>
        <source>Reading the supervision tree of %1…</source>
        <translation>Der Supervisor-Baum von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 has no supervision tree: it starts no processes of its own (a library application).</source>
        <translation>%1 hat keinen Supervisor-Baum: Die Anwendung startet keine eigenen Prozesse (eine Bibliotheksanwendung).</translation>
    </message>
    <message>
        <source>%1 is loaded but not started: it has no supervision tree.</source>
        <translation>%1 ist geladen, aber nicht gestartet: Die Anwendung hat keinen Supervisor-Baum.</translation>
    </message>
    <message>
        <source>%1 is not running: it has no supervision tree to show.</source>
        <translation>%1 läuft nicht: Es gibt keinen Supervisor-Baum anzuzeigen.</translation>
    </message>
    <message>
        <source>The supervision tree of %1 cannot be read: %2</source>
        <translation>Der Supervisor-Baum von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The supervision tree of %1 could not be read: %2
Beamtop tries again at every refresh.</source>
        <translation>Der Supervisor-Baum von %1 konnte nicht gelesen werden: %2
Beamtop versucht es bei jeder Aktualisierung erneut.</translation>
    </message>
    <message>
        <source>The last walk failed (%1): showing the tree read before.</source>
        <translation>Der letzte Durchgang ist fehlgeschlagen (%1): Der zuvor gelesene Baum wird angezeigt.</translation>
    </message>
    <message>
        <source>Walks are spaced out to stay within the agent's budget: this tree is read every %1 (the last walk took %2 on the node).</source>
        <translation>Die Durchgänge finden in größeren Abständen statt, um im Budget des Agenten zu bleiben: Dieser Baum wird alle %1 gelesen (der letzte Durchgang dauerte %2 auf dem Knoten).</translation>
    </message>
    <message>
        <source>The node stopped reading at its limit: some subtrees are missing (their supervisors say so).</source>
        <translation>Der Knoten hat das Lesen an seiner Grenze abgebrochen: Einige Teilbäume fehlen (ihre Supervisoren weisen darauf hin).</translation>
    </message>
    <message>
        <source>Show in Processes</source>
        <translation>Unter „Prozesse“ anzeigen</translation>
    </message>
    <message>
        <source>%1 of the %2 processes of %3 are outside its supervision tree.</source>
        <translation>%1 der %2 Prozesse von %3 liegen außerhalb des Supervisor-Baums der Anwendung.</translation>
    </message>
    <message>
        <source>All %1 processes of %2 are in its supervision tree.</source>
        <translation>Alle %1 Prozesse von %2 liegen im Supervisor-Baum der Anwendung.</translation>
    </message>
    <message>
        <source>Children %1–%2 of %3 under %4</source>
        <translation>Kinder %1–%2 von %3 unter %4</translation>
    </message>
    <message>
        <source>Reading children %1–%2…</source>
        <translation>Kinder %1–%2 werden gelesen…</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>This tree has more processes than one walk reads: the totals count the %1 read, the others are marked not read.</source>
        <translation>Dieser Baum hat mehr Prozesse, als ein Durchgang liest: Die Summen zählen die %1 gelesenen, die übrigen sind als nicht gelesen markiert.</translation>
    </message>
</context>
<context>
    <name>beamtop::ApplicationsPage</name>
    <message>
        <source>Filter applications by name or description</source>
        <translation>Anwendungen nach Name oder Beschreibung filtern</translation>
    </message>
    <message>
        <source>Shows only the applications whose name, description or version contains this text (any case).</source>
        <translation>Zeigt nur die Anwendungen, deren Name, Beschreibung oder Version diesen Text enthält (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <source>Beamtop's agent is needed to read supervision trees.</source>
        <translation>Zum Lesen von Supervisor-Bäumen wird der Agent von Beamtop benötigt.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Copy &amp;Pid</source>
        <translation>&amp;PID kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy Tree</source>
        <translation>&amp;Baum kopieren</translation>
    </message>
    <message>
        <source>The rows shown, indented, exact values, tab-separated</source>
        <translation>Die angezeigten Zeilen, eingerückt, mit exakten Werten, durch Tabulatoren getrennt</translation>
    </message>
    <message>
        <source>The agent loaded on %1 does not offer the applications view.</source>
        <translation>Der auf %1 geladene Agent bietet die Anwendungsansicht nicht an.</translation>
    </message>
    <message>
        <source>Another Beamtop of an older version may have loaded its agent there. Reconnect once it has disconnected.</source>
        <translation>Möglicherweise hat ein anderes, älteres Beamtop seinen Agenten dort geladen. Verbinden Sie sich neu, sobald es die Verbindung getrennt hat.</translation>
    </message>
    <message>
        <source>Check that the connection does not turn the agent off (--no-agent) and that the node accepts loading code, then reconnect.</source>
        <translation>Prüfen Sie, dass die Verbindung den Agenten nicht ausschaltet (--no-agent) und dass der Knoten das Laden von Code zulässt, und verbinden Sie sich dann neu.</translation>
    </message>
    <message>
        <source>Applications and supervision trees need Beamtop's agent, which is not running on %1.</source>
        <translation>Anwendungen und Supervisor-Bäume brauchen den Agenten von Beamtop, der auf %1 nicht läuft.</translation>
    </message>
    <message>
        <source>Could not read the applications: %1. What is shown is the last reading.</source>
        <translation>Die Anwendungen konnten nicht gelesen werden: %1. Angezeigt wird der letzte gelesene Stand.</translation>
    </message>
    <message>
        <source>Could not read the applications: %1</source>
        <translation>Die Anwendungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Beamtop tries again at every refresh.</source>
        <translation>Beamtop versucht es bei jeder Aktualisierung erneut.</translation>
    </message>
    <message>
        <source>The application controller of %1 did not answer: only the loaded applications are listed, without their status.</source>
        <translation>Der Application-Controller von %1 hat nicht geantwortet: Nur die geladenen Anwendungen werden aufgeführt, ohne ihren Status.</translation>
    </message>
    <message>
        <source>Reading the applications of %1…</source>
        <translation>Die Anwendungen von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Nothing read yet.</source>
        <translation>Noch nichts gelesen.</translation>
    </message>
    <message>
        <source>%1 of %2 applications match</source>
        <translation>%1 von %2 Anwendungen passen</translation>
    </message>
    <message>
        <source>%1 applications, %2 running</source>
        <translation>%1 Anwendungen, %2 laufen</translation>
    </message>
    <message>
        <source>first count of the processes: %1 of %2 read</source>
        <translation>erste Zählung der Prozesse: %1 von %2 gelesen</translation>
    </message>
    <message>
        <source>process totals from %1 ago (counting %2 processes took %3)</source>
        <translation>Prozesssummen von vor %1 (das Zählen von %2 Prozessen dauerte %3)</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Supervision tree of %1</source>
        <translation>Supervisor-Baum von %1</translation>
    </message>
</context>
<context>
    <name>beamtop::ApplicationsSection</name>
    <message>
        <source>the Beamtop agent running on this node is older and cannot list applications</source>
        <translation>der auf diesem Knoten laufende Beamtop-Agent ist älter und kann keine Anwendungen auflisten</translation>
    </message>
    <message>
        <source>applications need the Beamtop agent, which this node did not load (reduced mode)</source>
        <translation>Anwendungen brauchen den Beamtop-Agenten, den dieser Knoten nicht geladen hat (reduzierter Modus)</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>  sweep</source>
        <translation>  Durchlauf</translation>
    </message>
</context>
<context>
    <name>beamtop::AppsCollector</name>
    <message>
        <source>The agent on this node comes from an older Beamtop and cannot list applications; reconnect to load this one.</source>
        <translation>Der Agent auf diesem Knoten stammt von einem älteren Beamtop und kann keine Anwendungen auflisten; verbinden Sie sich neu, um diesen hier zu laden.</translation>
    </message>
    <message>
        <source>Application totals are counted by the agent, which is not loaded on this node.</source>
        <translation>Anwendungssummen werden vom Agenten gezählt, der auf diesem Knoten nicht geladen ist.</translation>
    </message>
    <message>
        <source>The agent sent a list of applications Beamtop does not understand.</source>
        <translation>Der Agent hat eine Anwendungsliste gesendet, die Beamtop nicht versteht.</translation>
    </message>
</context>
<context>
    <name>beamtop::AppsCommand</name>
    <message>
        <source>The applications: status, version, and what their processes add up to.</source>
        <translation>Die Anwendungen: Status, Version und was ihre Prozesse zusammen ausmachen.</translation>
    </message>
    <message>
        <source>Lists every application of the node, running, starting or only loaded, with its version, start type and description, and what its processes add up to: how many, their memory, reductions per second and queued messages. A process belongs to the application of its group leader; the processes of none are the last row. The node sums them in the background within the agent's CPU budget, so the figures are from its last sweep (the output says how old); the first answer waits about a second for the first sweep, then prints what there is, marked partial. Reductions per second need a second sweep, which comes a second later: after a complete first sweep the command waits for it. --format text (or table) for people, csv for the rows, json for the snapshot's applications section. Needs the agent.</source>
        <translation>Listet jede Anwendung des Knotens auf, ob laufend, startend oder nur geladen, mit ihrer Version, ihrem Starttyp und ihrer Beschreibung, und was ihre Prozesse zusammen ausmachen: wie viele, ihr Speicher, Reduktionen pro Sekunde und Nachrichten in der Warteschlange. Ein Prozess gehört zur Anwendung seines Group Leaders; die Prozesse ohne Anwendung bilden die letzte Zeile. Der Knoten summiert sie im Hintergrund innerhalb des CPU-Budgets des Agenten, daher stammen die Werte aus seinem letzten Durchlauf (die Ausgabe sagt, wie alt sie sind); die erste Antwort wartet etwa eine Sekunde auf den ersten Durchlauf und gibt dann aus, was vorliegt, als unvollständig markiert. Reduktionen pro Sekunde brauchen einen zweiten Durchlauf, der eine Sekunde später kommt: Nach einem vollständigen ersten Durchlauf wartet der Befehl darauf. --format text (oder table) für Menschen, csv für die Zeilen, json für den Abschnitt applications des Schnappschusses. Benötigt den Agenten.</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Unerwartete Argumente: %1</translation>
    </message>
    <message>
        <source>Could not read the applications: %1</source>
        <translation>Die Anwendungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The Beamtop agent running on %1 is older and cannot list applications.</source>
        <translation>Der Beamtop-Agent auf %1 ist älter und kann keine Anwendungen auflisten.</translation>
    </message>
    <message>
        <source>Listing applications needs the Beamtop agent, which %1 did not load (reduced mode).</source>
        <translation>Das Auflisten der Anwendungen benötigt den Beamtop-Agenten, den %1 nicht geladen hat (reduzierter Modus).</translation>
    </message>
    <message>
        <source>Applications of %1: %2</source>
        <translation>Anwendungen von %1: %2</translation>
    </message>
</context>
<context>
    <name>beamtop::AppsTableModel</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>geladen</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Start type</source>
        <translation>Starttyp</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation>Reduktionen/s</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>Nachrichtenwarteschlange</translation>
    </message>
    <message>
        <source>The application; "(no application)" holds the processes whose group leader belongs to none (started from a shell, by rpc, ...). Double-click an application for its supervision tree.</source>
        <translation>Die Anwendung; „(keine Anwendung)“ enthält die Prozesse, deren Group Leader zu keiner gehört (aus einer Shell gestartet, per rpc, ...). Doppelklicken Sie auf eine Anwendung, um ihren Supervisor-Baum zu sehen.</translation>
    </message>
    <message>
        <source>running, starting, or loaded (its code is known but it was not started).</source>
        <translation>läuft, startet oder geladen (ihr Code ist bekannt, aber sie wurde nicht gestartet).</translation>
    </message>
    <message>
        <source>What a stop of this application does to the node: permanent stops the node, transient does if it stopped abnormally, temporary only reports it.</source>
        <translation>Was das Beenden dieser Anwendung für den Knoten bedeutet: permanent beendet den Knoten, transient nur, wenn sie abnormal beendet wurde, temporary meldet es nur.</translation>
    </message>
    <message>
        <source>The processes whose group leader is this application's, as the Processes page's application column counts them.</source>
        <translation>Die Prozesse, deren Group Leader der dieser Anwendung ist, so wie die Anwendungsspalte der Seite „Prozesse“ sie zählt.</translation>
    </message>
    <message>
        <source>The memory of those processes, added up.</source>
        <translation>Der Speicher dieser Prozesse, zusammengezählt.</translation>
    </message>
    <message>
        <source>The reductions of those processes per second, between the agent's last two counts.</source>
        <translation>Die Reduktionen dieser Prozesse pro Sekunde, zwischen den letzten beiden Zählungen des Agenten.</translation>
    </message>
    <message>
        <source>The messages waiting in those processes' queues, added up.</source>
        <translation>Die Nachrichten, die in den Warteschlangen dieser Prozesse warten, zusammengezählt.</translation>
    </message>
    <message>
        <source>Partial: the first count has reached %1 of %2 processes.</source>
        <translation>Unvollständig: Die erste Zählung hat %1 von %2 Prozessen erreicht.</translation>
    </message>
    <message>
        <source>%1 processes</source>
        <translation>%1 Prozesse</translation>
    </message>
    <message>
        <source>%1 reductions per second</source>
        <translation>%1 Reduktionen pro Sekunde</translation>
    </message>
    <message>
        <source>Not known yet: the rate needs two complete counts of the processes.</source>
        <translation>Noch nicht bekannt: Die Rate benötigt zwei vollständige Zählungen der Prozesse.</translation>
    </message>
    <message>
        <source>%1 messages waiting</source>
        <translation>%1 Nachrichten wartend</translation>
    </message>
    <message>
        <source>The application controller did not answer: %1</source>
        <translation>Der Application-Controller hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>Not running: no processes of its own.</source>
        <translation>Läuft nicht: keine eigenen Prozesse.</translation>
    </message>
    <message>
        <source>Not counted yet: the agent's count of the processes has not reached it.</source>
        <translation>Noch nicht gezählt: Die Zählung der Prozesse durch den Agenten hat sie noch nicht erreicht.</translation>
    </message>
    <message>
        <source>(no application)</source>
        <translation>(keine Anwendung)</translation>
    </message>
    <message>
        <source>Processes whose group leader belongs to no application: started from a shell, by rpc, or by the runtime itself. Double-click to list them on the Processes page.</source>
        <translation>Prozesse, deren Group Leader zu keiner Anwendung gehört: aus einer Shell gestartet, per rpc oder von der Laufzeitumgebung selbst. Doppelklicken Sie, um sie auf der Seite „Prozesse“ aufzulisten.</translation>
    </message>
    <message>
        <source>Not an application.</source>
        <translation>Keine Anwendung.</translation>
    </message>
</context>
<context>
    <name>beamtop::ChartWidget</name>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
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
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Chart as Image…</source>
        <translation>Diagramm als Bild speichern…</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Follow the Newest Data</source>
        <translation>Den neuesten Daten folgen</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linien</translation>
    </message>
    <message>
        <source>Hide All Lines</source>
        <translation>Alle Linien ausblenden</translation>
    </message>
    <message>
        <source>Show All Lines</source>
        <translation>Alle Linien einblenden</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>SVG-Bild</translation>
    </message>
    <message>
        <source>Could not write %1. Check that the folder exists and is writable.</source>
        <translation>%1 konnte nicht geschrieben werden. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Saved by Beamtop</source>
        <translation>Gespeichert von Beamtop</translation>
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
        <translation>Die Hilfe anzeigen, die eines Befehls, wenn einer angegeben ist.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Usage: beamtop-cli [connection options] COMMAND [options]</source>
        <translation>Aufruf: beamtop-cli [Verbindungsoptionen] BEFEHL [Optionen]</translation>
    </message>
    <message>
        <source>Beamtop's command line: observe an Erlang or Elixir node headless.</source>
        <translation>Die Befehlszeile von Beamtop: einen Erlang- oder Elixir-Knoten ohne Oberfläche beobachten.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Connection options (%1):</source>
        <translation>Verbindungsoptionen (%1):</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Run beamtop-cli help COMMAND, or beamtop-cli COMMAND --help, for a command's own options.</source>
        <translation>Führen Sie beamtop-cli help BEFEHL oder beamtop-cli BEFEHL --help aus, um die eigenen Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>Commands: %1.</source>
        <translation>Befehle: %1.</translation>
    </message>
    <message>
        <source>Run beamtop-cli --help for more.</source>
        <translation>Mehr mit beamtop-cli --help.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command '%1'.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Run beamtop-cli help %1 for its options.</source>
        <translation>Die Optionen zeigt beamtop-cli help %1.</translation>
    </message>
</context>
<context>
    <name>beamtop::CliConnection</name>
    <message>
        <source>The node, name@host (else BEAMTOP_NODE).</source>
        <translation>Der Knoten, name@host (sonst BEAMTOP_NODE).</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>KNOTEN</translation>
    </message>
    <message>
        <source>Connect through the saved profile NAME (node, ports, cookie from the system keychain).</source>
        <translation>Über das gespeicherte Profil NAME verbinden (Knoten, Ports, Cookie aus dem Schlüsselbund des Systems).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Read the cookie from FILE (else BEAMTOP_COOKIE, else ~/.erlang.cookie).</source>
        <translation>Das Cookie aus DATEI lesen (sonst BEAMTOP_COOKIE, sonst ~/.erlang.cookie).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Read the cookie from the first line of standard input.</source>
        <translation>Das Cookie aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Timeout for connecting and for each call, in ms (default 5000).</source>
        <translation>Zeitlimit für den Verbindungsaufbau und für jeden Aufruf, in ms (Standard 5000).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Do not load the agent; use plain calls (reduced mode).</source>
        <translation>Den Agenten nicht laden; einfache Aufrufe verwenden (reduzierter Modus).</translation>
    </message>
    <message>
        <source>Name Beamtop with a long name (default: mirror the node's name).</source>
        <translation>Beamtop einen langen Namen geben (Standard: wie der Name des Knotens).</translation>
    </message>
    <message>
        <source>Name Beamtop with a short name.</source>
        <translation>Beamtop einen kurzen Namen geben.</translation>
    </message>
    <message>
        <source>EPMD port on the node's host (default %1).</source>
        <translation>EPMD-Port auf dem Host des Knotens (Standard %1).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Connect to this distribution port directly, without EPMD (for tunnels).</source>
        <translation>Direkt mit diesem Distributionsport verbinden, ohne EPMD (für Tunnel).</translation>
    </message>
    <message>
        <source>How terms are written: auto (Elixir syntax on Elixir nodes), erlang or elixir.</source>
        <translation>Wie Terme geschrieben werden: auto (Elixir-Syntax auf Elixir-Knoten), erlang oder elixir.</translation>
    </message>
    <message>
        <source>SYNTAX</source>
        <translation>SYNTAX</translation>
    </message>
    <message>
        <source>Print timings and progress to stderr.</source>
        <translation>Zeiten und Fortschritt auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>Could not read the cookie of the profile “%1” from the system keychain: %2
Beamtop never falls back to keeping the cookie in plain text. You can:
  - point the profile at a cookie file instead:
      beamtop-cli profiles remove %1
      beamtop-cli profiles add %1 --node %3 --cookie-file FILE --keep-cookie-file
  - or give the cookie for this run only: --cookie-file FILE, or --cookie-stdin to pipe it in.</source>
        <translation>Das Cookie des Profils „%1“ konnte nicht aus dem Schlüsselbund des Systems gelesen werden: %2
Beamtop weicht nie darauf aus, das Cookie im Klartext zu speichern. Sie können:
  - das Profil stattdessen auf eine Cookie-Datei verweisen lassen:
      beamtop-cli profiles remove %1
      beamtop-cli profiles add %1 --node %3 --cookie-file DATEI --keep-cookie-file
  - oder das Cookie nur für diesen Aufruf angeben: --cookie-file DATEI, oder --cookie-stdin, um es per Pipe zu übergeben.</translation>
    </message>
    <message>
        <source>Run beamtop-cli --help for the commands and connection options.</source>
        <translation>Die Befehle und Verbindungsoptionen zeigt beamtop-cli --help.</translation>
    </message>
    <message>
        <source>--%1 takes a port number from 1 to 65535, not “%2”.</source>
        <translation>--%1 erwartet eine Portnummer von 1 bis 65535, nicht „%2“.</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of milliseconds.</source>
        <translation>--timeout erwartet eine positive Anzahl von Millisekunden.</translation>
    </message>
    <message>
        <source>--syntax is auto, erlang or elixir.</source>
        <translation>--syntax ist auto, erlang oder elixir.</translation>
    </message>
    <message>
        <source>--demo starts its own node: --%1 does not go with it.</source>
        <translation>--demo startet einen eigenen Knoten: --%1 passt nicht dazu.</translation>
    </message>
    <message>
        <source>Which node? Give --node name@host.</source>
        <translation>Welcher Knoten? Geben Sie --node name@host an.</translation>
    </message>
    <message>
        <source>--profile and --node exclude each other: the profile names the node.</source>
        <translation>--profile und --node schließen einander aus: Das Profil nennt den Knoten.</translation>
    </message>
    <message>
        <source>No profile called “%1”. beamtop-cli profiles list shows them.</source>
        <translation>Es gibt kein Profil namens „%1“. beamtop-cli profiles list zeigt sie an.</translation>
    </message>
    <message>
        <source>Pipe the cookie in with --cookie-stdin, or give --cookie-file FILE.</source>
        <translation>Übergeben Sie das Cookie per Pipe mit --cookie-stdin, oder geben Sie --cookie-file DATEI an.</translation>
    </message>
    <message>
        <source>The demo node did not start: %1</source>
        <translation>Der Demo-Knoten ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The demo node stopped (exit code %1).</source>
        <translation>Der Demo-Knoten wurde beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>Could not connect to %1 (%2): %3</source>
        <translation>Verbindung zu %1 (%2) nicht möglich: %3</translation>
    </message>
    <message>
        <source>Lost the connection to %1: %2</source>
        <translation>Verbindung zu %1 verloren: %2</translation>
    </message>
    <message>
        <source>connected in %1 ms; agent: %2 (%3) in %4 ms</source>
        <translation>verbunden in %1 ms; Agent: %2 (%3) in %4 ms</translation>
    </message>
</context>
<context>
    <name>beamtop::ClusterCollector</name>
    <message>
        <source>The node sent a list of nodes Beamtop does not understand.</source>
        <translation>Der Knoten hat eine Knotenliste gesendet, die Beamtop nicht versteht.</translation>
    </message>
</context>
<context>
    <name>beamtop::ClusterModel</name>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Visible: a node of the cluster (nodes()). Hidden: connected without joining the cluster, like observers, C nodes and remote shells (nodes(hidden)).</source>
        <translation>Sichtbar: ein Knoten des Clusters (nodes()). Versteckt: verbunden, ohne dem Cluster beizutreten, wie Observer, C-Knoten und Remote-Shells (nodes(hidden)).</translation>
    </message>
    <message>
        <source>A saved profile for this node; connecting uses it (its cookie and settings).</source>
        <translation>Ein gespeichertes Profil für diesen Knoten; beim Verbinden wird es verwendet (sein Cookie und seine Einstellungen).</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>versteckt</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>sichtbar</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No saved profile: connecting uses this node's cookie and settings</source>
        <translation>Kein gespeichertes Profil: Beim Verbinden werden das Cookie und die Einstellungen dieses Knotens verwendet</translation>
    </message>
</context>
<context>
    <name>beamtop::ClusterPanel</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>&amp;Connect in a New Window</source>
        <translation>In neuem Fenster &amp;verbinden</translation>
    </message>
    <message>
        <source>Observe the selected node too (Enter, or double-click): through its saved profile, else with this node's cookie</source>
        <translation>Auch den ausgewählten Knoten beobachten (Eingabe oder Doppelklick): über sein gespeichertes Profil, sonst mit dem Cookie dieses Knotens</translation>
    </message>
    <message>
        <source>Not connected.

Once connected, this page lists the nodes that node is connected to.</source>
        <translation>Nicht verbunden.

Sobald eine Verbindung besteht, listet diese Seite die Knoten auf, mit denen dieser Knoten verbunden ist.</translation>
    </message>
    <message>
        <source>Nodes %1 is connected to</source>
        <translation>Knoten, mit denen %1 verbunden ist</translation>
    </message>
    <message>
        <source>Could not read the list: %1</source>
        <translation>Die Liste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation>Warten auf %1…</translation>
    </message>
    <message>
        <source>%1 is not connected to any other node (Beamtop itself aside).</source>
        <translation>%1 ist mit keinem anderen Knoten verbunden (abgesehen von Beamtop selbst).</translation>
    </message>
    <message>
        <source>The first %1 nodes, by name.</source>
        <translation>Die ersten %1 Knoten, nach Name.</translation>
    </message>
    <message>
        <source>Double-click a node, or select it and press Enter, to observe it too.</source>
        <translation>Doppelklicken Sie auf einen Knoten oder wählen Sie ihn aus und drücken Sie die Eingabetaste, um ihn ebenfalls zu beobachten.</translation>
    </message>
</context>
<context>
    <name>beamtop::Collector</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>beamtop::Command</name>
    <message>
        <source>Connection options:</source>
        <translation>Verbindungsoptionen:</translation>
    </message>
    <message>
        <source>[connection options]</source>
        <translation>[Verbindungsoptionen]</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Run beamtop-cli help %1 for its options.</source>
        <translation>Die Optionen zeigt beamtop-cli help %1.</translation>
    </message>
    <message>
        <source>How to write the output: %1 (default: %2).</source>
        <translation>Wie die Ausgabe geschrieben wird: %1 (Standard: %2).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Indent JSON output.</source>
        <translation>JSON-Ausgabe einrücken.</translation>
    </message>
    <message>
        <source>--format is one of: %1.</source>
        <translation>--format ist eines von: %1.</translation>
    </message>
</context>
<context>
    <name>beamtop::ConnectDialog</name>
    <message>
        <source>Connect to a Node</source>
        <translation>Mit einem Knoten verbinden</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Short names (-sname)</source>
        <translation>Kurze Namen (-sname)</translation>
    </message>
    <message>
        <source>Long names (-name)</source>
        <translation>Lange Namen (-name)</translation>
    </message>
    <message>
        <source>Beamtop names itself the way the node is named; a node started with -name only talks to long names, one started with -sname only to short names.</source>
        <translation>Beamtop wählt seine Namensart passend zum Knoten: Ein mit -name gestarteter Knoten spricht nur mit Knoten mit langen Namen, einer mit -sname nur mit Knoten mit kurzen Namen.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long to wait for the whole connect: name lookup, EPMD and the handshake.</source>
        <translation>Wie lange auf den gesamten Verbindungsaufbau gewartet wird: Namensauflösung, EPMD und Handshake.</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>&amp;Knoten:</translation>
    </message>
    <message>
        <source>N&amp;ames:</source>
        <translation>&amp;Namen:</translation>
    </message>
    <message>
        <source>&amp;Cookie:</source>
        <translation>&amp;Cookie:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>long names: the host part has a dot or is an address</source>
        <translation>lange Namen: Der Host-Teil enthält einen Punkt oder ist eine Adresse</translation>
    </message>
    <message>
        <source>short names: the host part has no dot</source>
        <translation>kurze Namen: Der Host-Teil enthält keinen Punkt</translation>
    </message>
    <message>
        <source>No cookie to connect with</source>
        <translation>Kein Cookie für die Verbindung</translation>
    </message>
    <message>
        <source>Choose where the cookie comes from: the default file, another file, or type it.</source>
        <translation>Wählen Sie, woher das Cookie kommt: aus der Standarddatei, aus einer anderen Datei, oder geben Sie es ein.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>beamtop::ConnectionTest</name>
    <message>
        <source>Connected to %1, but it did not answer a call.</source>
        <translation>Mit %1 verbunden, aber der Knoten hat auf einen Aufruf nicht geantwortet.</translation>
    </message>
    <message>
        <source>Connected to %1 (OTP %2).</source>
        <translation>Mit %1 verbunden (OTP %2).</translation>
    </message>
</context>
<context>
    <name>beamtop::CookieField</name>
    <message>
        <source>From BEAMTOP_COOKIE</source>
        <translation>Aus BEAMTOP_COOKIE</translation>
    </message>
    <message>
        <source>From ~/.erlang.cookie</source>
        <translation>Aus ~/.erlang.cookie</translation>
    </message>
    <message>
        <source>From a file</source>
        <translation>Aus einer Datei</translation>
    </message>
    <message>
        <source>Type it</source>
        <translation>Eingeben</translation>
    </message>
    <message>
        <source>The BEAMTOP_COOKIE environment variable is set; it is used.</source>
        <translation>Die Umgebungsvariable BEAMTOP_COOKIE ist gesetzt; sie wird verwendet.</translation>
    </message>
    <message>
        <source>The cookie file in your home directory, as erl itself uses.</source>
        <translation>Die Cookie-Datei in Ihrem Home-Verzeichnis, wie erl selbst sie verwendet.</translation>
    </message>
    <message>
        <source>(environment)</source>
        <translation>(Umgebung)</translation>
    </message>
    <message>
        <source>Path of a file holding the cookie</source>
        <translation>Pfad einer Datei, die das Cookie enthält</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>The node's cookie (not shown, not saved)</source>
        <translation>Das Cookie des Knotens (wird weder angezeigt noch gespeichert)</translation>
    </message>
    <message>
        <source>Choose the file that holds the cookie.</source>
        <translation>Wählen Sie die Datei, die das Cookie enthält.</translation>
    </message>
    <message>
        <source>Type the cookie.</source>
        <translation>Geben Sie das Cookie ein.</translation>
    </message>
    <message>
        <source>Cookie file</source>
        <translation>Cookie-Datei</translation>
    </message>
</context>
<context>
    <name>beamtop::CookiePrompt</name>
    <message>
        <source>Cookie for %1</source>
        <translation>Cookie für %1</translation>
    </message>
    <message>
        <source>Type the cookie of %1.</source>
        <translation>Geben Sie das Cookie von %1 ein.</translation>
    </message>
    <message>
        <source>The node's cookie (not shown)</source>
        <translation>Das Cookie des Knotens (wird nicht angezeigt)</translation>
    </message>
    <message>
        <source>From a &amp;File…</source>
        <translation>Aus &amp;Datei…</translation>
    </message>
    <message>
        <source>Read the cookie from a file such as ~/.erlang.cookie, for this connection</source>
        <translation>Das Cookie für diese Verbindung aus einer Datei wie ~/.erlang.cookie lesen</translation>
    </message>
    <message>
        <source>Cookie file</source>
        <translation>Cookie-Datei</translation>
    </message>
    <message>
        <source>&amp;Remember it in the system keychain</source>
        <translation>Im &amp;Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>&amp;Type the cookie for this connection only (kept in memory, asked again next time)</source>
        <translation>Cookie nur für diese Verbindung &amp;eingeben (im Speicher gehalten, beim nächsten Mal erneut abgefragt)</translation>
    </message>
    <message>
        <source>&amp;Point the profile at a cookie file, read at each connect (saved in the profile)</source>
        <translation>&amp;Profil auf eine Cookie-Datei verweisen lassen, die bei jeder Verbindung gelesen wird (im Profil gespeichert)</translation>
    </message>
    <message>
        <source>Path of a file holding the cookie, e.g. ~/.erlang.cookie</source>
        <translation>Pfad einer Datei mit dem Cookie, z. B. ~/.erlang.cookie</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Cookie file for the profile</source>
        <translation>Cookie-Datei für das Profil</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Cookie:</source>
        <translation>&amp;Cookie:</translation>
    </message>
    <message>
        <source>Beamtop never writes the cookie to a file itself. Choose how to give it the cookie of %1:</source>
        <translation>Beamtop schreibt das Cookie nie selbst in eine Datei. Wählen Sie, wie Sie das Cookie von %1 angeben:</translation>
    </message>
    <message>
        <source>Choose the file that holds the cookie.</source>
        <translation>Wählen Sie die Datei, die das Cookie enthält.</translation>
    </message>
    <message>
        <source>Type the cookie, or read it from a file.</source>
        <translation>Geben Sie das Cookie ein oder lesen Sie es aus einer Datei.</translation>
    </message>
</context>
<context>
    <name>beamtop::DemoNode</name>
    <message>
        <source>Could not run %1: %2</source>
        <translation>%1 konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Preparing the demo node…</source>
        <translation>Demo-Knoten wird vorbereitet…</translation>
    </message>
    <message>
        <source>Starting the demo node (erl)…</source>
        <translation>Demo-Knoten wird gestartet (erl)…</translation>
    </message>
    <message>
        <source>Waiting for the demo node to register with EPMD…</source>
        <translation>Warten, bis sich der Demo-Knoten bei EPMD registriert…</translation>
    </message>
    <message>
        <source>The demo node is running</source>
        <translation>Der Demo-Knoten läuft</translation>
    </message>
    <message>
        <source>The demo node did not start</source>
        <translation>Der Demo-Knoten ist nicht gestartet</translation>
    </message>
    <message>
        <source>The demo node has stopped</source>
        <translation>Der Demo-Knoten wurde beendet</translation>
    </message>
    <message>
        <source>There is no demo node in %1 (beamtop_demo.beam is missing).</source>
        <translation>In %1 gibt es keinen Demo-Knoten (beamtop_demo.beam fehlt).</translation>
    </message>
    <message>
        <source>This build of Beamtop does not include the demo node. Build it with the demo sources (resources/demo), or point BEAMTOP_DEMO_EBIN at a directory with the compiled demo.</source>
        <translation>Diese Version von Beamtop enthält den Demo-Knoten nicht. Erstellen Sie sie mit den Demo-Quellen (resources/demo) oder lassen Sie BEAMTOP_DEMO_EBIN auf ein Verzeichnis mit der kompilierten Demo zeigen.</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>%1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not extract the demo node to %1.</source>
        <translation>Der Demo-Knoten konnte nicht nach %1 entpackt werden.</translation>
    </message>
    <message>
        <source>Could not create a temporary directory for the demo node: %1</source>
        <translation>Für den Demo-Knoten konnte kein temporäres Verzeichnis angelegt werden: %1</translation>
    </message>
    <message>
        <source>Erlang/OTP is not installed here: 'erl' is not on the PATH. Install it (Debian: apt-get install erlang-base erlang-mnesia) and try again.</source>
        <translation>Erlang/OTP ist hier nicht installiert: „erl“ ist nicht im PATH. Installieren Sie es (Debian: apt-get install erlang-base erlang-mnesia) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not write the demo node's cookie file in %1.</source>
        <translation>Die Cookie-Datei des Demo-Knotens konnte nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>The demo node did not register with EPMD within %1 s.</source>
        <translation>Der Demo-Knoten hat sich nicht innerhalb von %1 s bei EPMD registriert.</translation>
    </message>
    <message>
        <source>The demo node crashed while starting.</source>
        <translation>Der Demo-Knoten ist beim Starten abgestürzt.</translation>
    </message>
    <message>
        <source>The demo node stopped while starting (exit code %1).</source>
        <translation>Der Demo-Knoten wurde beim Starten beendet (Exit-Code %1).</translation>
    </message>
</context>
<context>
    <name>beamtop::DesktopNotifier</name>
    <message>
        <source>Critical alert on %1: %2</source>
        <translation>Kritischer Alarm auf %1: %2</translation>
    </message>
    <message>
        <source>Alert on %1: %2</source>
        <translation>Alarm auf %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n alerts on %1</source>
        <translation>
            <numerusform>%n Alarm auf %1</numerusform>
            <numerusform>%n Alarme auf %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 %3 (threshold %4)</source>
        <translation>%1: %2 %3 (Schwellwert %4)</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>No notification service (%1) and no system tray</source>
        <translation>Kein Benachrichtigungsdienst (%1) und kein Infobereich der Taskleiste</translation>
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
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the details again (F5); the live figures above refresh by themselves</source>
        <translation>Die Details erneut lesen (F5); die Live-Werte oben aktualisieren sich von selbst</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>Save these details as JSON (%1)</source>
        <translation>Diese Details als JSON speichern (%1)</translation>
    </message>
    <message>
        <source>The connection to %1 is down; what is shown is the last data read.</source>
        <translation>Die Verbindung zu %1 ist unterbrochen; angezeigt werden die zuletzt gelesenen Daten.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>What is shown is its last data.</source>
        <translation>Angezeigt werden die zuletzt gelesenen Daten.</translation>
    </message>
    <message>
        <source>It was gone before its details could be read.</source>
        <translation>Er war verschwunden, bevor seine Details gelesen werden konnten.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>beamtop::DistCollector</name>
    <message>
        <source>The distribution view needs the agent, which is not loaded on this node.</source>
        <translation>Die Distributionsansicht benötigt den Agenten, der auf diesem Knoten nicht geladen ist.</translation>
    </message>
    <message>
        <source>The agent on this node is older and cannot read the distribution.</source>
        <translation>Der Agent auf diesem Knoten ist älter und kann die Distribution nicht lesen.</translation>
    </message>
    <message>
        <source>The agent sent a distribution reading Beamtop does not understand.</source>
        <translation>Der Agent hat eine Distributionsmessung gesendet, die Beamtop nicht versteht.</translation>
    </message>
</context>
<context>
    <name>beamtop::DistCommand</name>
    <message>
        <source>The node's distribution links: connected nodes, their traffic and queues.</source>
        <translation>Die Distributionsverbindungen des Knotens: verbundene Knoten, ihr Datenverkehr und ihre Warteschlangen.</translation>
    </message>
    <message>
        <source>Lists every node the node is connected to, visible and hidden (Beamtop's own connection is marked), with the peer's address, bytes received and sent in all and per second, the bytes waiting in the output queue against dist_buf_busy_limit (BUSY when it is reached: senders to that node are suspended), and how long nothing has come in over the link. Takes two readings a refresh interval apart so that rates show. --format text (or table) for people, json for the snapshot's distribution section.</source>
        <translation>Listet jeden Knoten auf, mit dem der Knoten verbunden ist, sichtbar und versteckt (die eigene Verbindung von Beamtop ist markiert), mit der Adresse der Gegenstelle, den empfangenen und gesendeten Bytes insgesamt und pro Sekunde, den Bytes, die in der Ausgabewarteschlange warten, im Vergleich zu dist_buf_busy_limit (BELEGT, wenn es erreicht ist: Sender an diesen Knoten werden angehalten), und wie lange über die Verbindung nichts hereingekommen ist. Nimmt zwei Messungen im Abstand eines Aktualisierungsintervalls, damit Raten angezeigt werden. --format text (oder table) für Menschen, json für den Abschnitt distribution des Schnappschusses.</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Unerwartete Argumente: %1</translation>
    </message>
    <message>
        <source>Could not read the distribution: %1</source>
        <translation>Die Distribution konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Distribution of %1</source>
        <translation>Distribution von %1</translation>
    </message>
    <message>
        <source>net_ticktime</source>
        <translation>net_ticktime</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
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
        <translation>Mit keinem Knoten verbunden.</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>KNOTEN</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>IN/S</source>
        <translation>EIN/S</translation>
    </message>
    <message>
        <source>OUT/S</source>
        <translation>AUS/S</translation>
    </message>
    <message>
        <source>IN</source>
        <translation>EIN</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>AUS</translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation>WARTESCHL.</translation>
    </message>
    <message>
        <source>QUIET</source>
        <translation>STILL</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>versteckt</translation>
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
        <translation>%1 BELEGT</translation>
    </message>
</context>
<context>
    <name>beamtop::DistModel</name>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>In/s</source>
        <translation>Ein/s</translation>
    </message>
    <message>
        <source>Out/s</source>
        <translation>Aus/s</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Output queue</source>
        <translation>Ausgabewarteschlange</translation>
    </message>
    <message>
        <source>Quiet for</source>
        <translation>Inaktiv seit</translation>
    </message>
    <message>
        <source>Visible: a node of the cluster (nodes()). Hidden: connected without joining the cluster, like observers, C nodes and remote shells (nodes(hidden)).</source>
        <translation>Sichtbar: ein Knoten des Clusters (nodes()). Versteckt: verbunden, ohne dem Cluster beizutreten, wie Observer, C-Knoten und Remote-Shells (nodes(hidden)).</translation>
    </message>
    <message>
        <source>The other node's address on this link</source>
        <translation>Die Adresse des anderen Knotens auf dieser Verbindung</translation>
    </message>
    <message>
        <source>Bytes per second received from the node, between the last two readings</source>
        <translation>Vom Knoten empfangene Bytes pro Sekunde, zwischen den letzten beiden Messungen</translation>
    </message>
    <message>
        <source>Bytes per second sent to the node, between the last two readings</source>
        <translation>An den Knoten gesendete Bytes pro Sekunde, zwischen den letzten beiden Messungen</translation>
    </message>
    <message>
        <source>Bytes received on this link since it was set up</source>
        <translation>Auf dieser Verbindung seit ihrem Aufbau empfangene Bytes</translation>
    </message>
    <message>
        <source>Bytes sent on this link since it was set up</source>
        <translation>Auf dieser Verbindung seit ihrem Aufbau gesendete Bytes</translation>
    </message>
    <message>
        <source>Bytes waiting to be sent to the node, against dist_buf_busy_limit: at the limit the link is busy and processes sending to that node are suspended</source>
        <translation>Bytes, die darauf warten, an den Knoten gesendet zu werden, gemessen an dist_buf_busy_limit: An der Grenze ist die Verbindung ausgelastet, und Prozesse, die an diesen Knoten senden, werden angehalten</translation>
    </message>
    <message>
        <source>How long since anything was received from the node, by Beamtop's readings. A link silent for net_ticktime is taken down by the runtime.</source>
        <translation>Wie lange vom Knoten nichts mehr empfangen wurde, nach den Messungen von Beamtop. Eine Verbindung, die net_ticktime lang still ist, wird von der Laufzeitumgebung abgebaut.</translation>
    </message>
    <message>
        <source>Beamtop (this connection)</source>
        <translation>Beamtop (diese Verbindung)</translation>
    </message>
    <message>
        <source>The hidden connection this Beamtop reads the node through</source>
        <translation>Die versteckte Verbindung, über die dieses Beamtop den Knoten liest</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>versteckt</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>sichtbar</translation>
    </message>
    <message>
        <source>Not known for this link</source>
        <translation>Für diese Verbindung nicht bekannt</translation>
    </message>
    <message>
        <source>Known from the second reading</source>
        <translation>Ab der zweiten Messung bekannt</translation>
    </message>
    <message>
        <source>%1 bytes per second</source>
        <translation>%1 Bytes pro Sekunde</translation>
    </message>
    <message>
        <source>%1 of the busy limit, %2</source>
        <translation>%1 der Busy-Grenze, %2</translation>
    </message>
    <message>
        <source>%1 — busy</source>
        <translation>%1 — ausgelastet</translation>
    </message>
    <message>
        <source>Busy: processes sending to %1 are suspended until the queue drains</source>
        <translation>Ausgelastet: Prozesse, die an %1 senden, sind angehalten, bis die Warteschlange abgearbeitet ist</translation>
    </message>
</context>
<context>
    <name>beamtop::DistributionSection</name>
    <message>
        <source>the Beamtop agent running on this node is older and cannot read the distribution</source>
        <translation>der Beamtop-Agent auf diesem Knoten ist älter und kann die Distribution nicht lesen</translation>
    </message>
    <message>
        <source>the distribution needs the Beamtop agent, which this node did not load (reduced mode)</source>
        <translation>die Distribution benötigt den Beamtop-Agenten, den dieser Knoten nicht geladen hat (reduzierter Modus)</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message numerus="yes">
        <source>%n connected node(s), net_ticktime %1 s, busy limit %2</source>
        <translation>
            <numerusform>%n verbundener Knoten, net_ticktime %1 s, Busy-Grenze %2</numerusform>
            <numerusform>%n verbundene Knoten, net_ticktime %1 s, Busy-Grenze %2</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2/s)</source>
        <translation>%1 (%2/s)</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>versteckt</translation>
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
        <translation>AUSGELASTET</translation>
    </message>
    <message>
        <source>%1 (%2): in %3, out %4, queue %5</source>
        <translation>%1 (%2): ein %3, aus %4, Warteschlange %5</translation>
    </message>
    <message>
        <source>%1, quiet %2 s</source>
        <translation>%1, inaktiv seit %2 s</translation>
    </message>
    <message>
        <source>  node</source>
        <translation>  Knoten</translation>
    </message>
</context>
<context>
    <name>beamtop::EpmdClient</name>
    <message>
        <source>EPMD on %1 did not answer in time.</source>
        <translation>EPMD auf %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The host '%1' is unknown (it does not resolve to an IPv4 address).</source>
        <translation>Der Host „%1“ ist unbekannt (er wird nicht zu einer IPv4-Adresse aufgelöst).</translation>
    </message>
    <message>
        <source>EPMD on %1 closed the connection without an answer.</source>
        <translation>EPMD auf %1 hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>EPMD is not running on %1 (port %2 refused the connection).</source>
        <translation>EPMD läuft nicht auf %1 (Port %2 hat die Verbindung abgelehnt).</translation>
    </message>
    <message>
        <source>Cannot reach EPMD on %1: %2</source>
        <translation>EPMD auf %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>EPMD on %1 gave an answer Beamtop does not understand.</source>
        <translation>EPMD auf %1 hat eine Antwort gegeben, die Beamtop nicht versteht.</translation>
    </message>
    <message>
        <source>No node named '%1' is registered with EPMD on %2.</source>
        <translation>Bei EPMD auf %2 ist kein Knoten namens „%1“ registriert.</translation>
    </message>
    <message>
        <source>EPMD on %1 sent a truncated answer.</source>
        <translation>EPMD auf %1 hat eine abgeschnittene Antwort gesendet.</translation>
    </message>
    <message>
        <source>EPMD on %1 did not answer.</source>
        <translation>EPMD auf %1 hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Nothing listens on %1 port %2: EPMD is not running there.</source>
        <translation>Auf %1 lauscht nichts an Port %2: EPMD läuft dort nicht.</translation>
    </message>
    <message>
        <source>EPMD on %1 port %2 did not answer in time.</source>
        <translation>EPMD auf %1 Port %2 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Cannot reach %1 port %2: %3</source>
        <translation>%1 Port %2 ist nicht erreichbar: %3</translation>
    </message>
</context>
<context>
    <name>beamtop::EtsCollector</name>
    <message>
        <source>The agent on this node comes from an older Beamtop and cannot list ETS tables; reconnect to load this one.</source>
        <translation>Der Agent auf diesem Knoten stammt von einem älteren Beamtop und kann keine ETS-Tabellen auflisten; verbinden Sie sich neu, um diesen zu laden.</translation>
    </message>
    <message>
        <source>Listing ETS tables needs the agent, which is not loaded on this node.</source>
        <translation>Das Auflisten von ETS-Tabellen benötigt den Agenten, der auf diesem Knoten nicht geladen ist.</translation>
    </message>
</context>
<context>
    <name>beamtop::EtsCommand</name>
    <message>
        <source>The ETS tables ranked by memory, rows or growth.</source>
        <translation>Die ETS-Tabellen nach Speicher, Zeilen oder Wachstum geordnet.</translation>
    </message>
    <message>
        <source>Ranks every ETS table of the node, private ones included, by memory (bytes) or rows, on the node and within the agent's CPU budget, and prints the first rows: a table for people, CSV or JSON with the keys of the desktop's export. The node re-ranks the whole list at most every 10 s; the rows printed are read fresh each time. --sort growth ranks by how fast memory grows (the change per second over a window, as --window does with either metric). `beamtop-cli ets TABLE` reads a table's rows instead. Needs the agent.</source>
        <translation>Ordnet jede ETS-Tabelle des Knotens, private eingeschlossen, nach Speicher (Bytes) oder Zeilen, auf dem Knoten und innerhalb des CPU-Budgets des Agenten, und gibt die ersten Zeilen aus: eine Tabelle für Menschen, CSV oder JSON mit den Schlüsseln des Exports der Desktop-Anwendung. Der Knoten ordnet die ganze Liste höchstens alle 10 s neu; die ausgegebenen Zeilen werden jedes Mal frisch gelesen. --sort growth ordnet danach, wie schnell der Speicher wächst (die Änderung pro Sekunde über ein Fenster, wie es --window mit beiden Metriken tut). `beamtop-cli ets TABELLE` liest stattdessen die Zeilen einer Tabelle. Benötigt den Agenten.</translation>
    </message>
    <message>
        <source>Rank by memory, size (rows) or growth (memory per second); default memory.</source>
        <translation>Nach memory (Speicher), size (Zeilen) oder growth (Speicher pro Sekunde) ordnen; Standard memory.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>How many tables (default 10, at most 500).</source>
        <translation>Wie viele Tabellen (Standard 10, höchstens 500).</translation>
    </message>
    <message>
        <source>Rank by the change over MS milliseconds (per second).</source>
        <translation>Nach der Änderung über MS Millisekunden ordnen (pro Sekunde).</translation>
    </message>
    <message>
        <source>Only tables whose name, id, type or owner contains TEXT.</source>
        <translation>Nur Tabellen, deren Name, ID, Typ oder Besitzer TEXT enthält.</translation>
    </message>
    <message>
        <source>Only tables of this type: %1.</source>
        <translation>Nur Tabellen dieses Typs: %1.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>Only tables with this protection: %1.</source>
        <translation>Nur Tabellen mit diesem Schutz: %1.</translation>
    </message>
    <message>
        <source>PROTECTION</source>
        <translation>SCHUTZ</translation>
    </message>
    <message>
        <source>--sort is one of memory, size, growth.</source>
        <translation>--sort ist eines von memory, size, growth.</translation>
    </message>
    <message>
        <source>--type is one of %1.</source>
        <translation>--type ist eines von %1.</translation>
    </message>
    <message>
        <source>--protection is one of %1.</source>
        <translation>--protection ist eines von %1.</translation>
    </message>
    <message>
        <source>Could not read the ETS tables: %1</source>
        <translation>Die ETS-Tabellen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 ETS tables on %2, ranked by %3</source>
        <translation>%1 ETS-Tabellen auf %2, geordnet nach %3</translation>
    </message>
</context>
<context>
    <name>beamtop::EtsDetailsWindow</name>
    <message>
        <source>%1 — %2 (deleted)</source>
        <translation>%1 — %2 (gelöscht)</translation>
    </message>
    <message>
        <source>%1 has been deleted (noticed at %2).</source>
        <translation>%1 wurde gelöscht (bemerkt um %2).</translation>
    </message>
    <message>
        <source>Export ETS table details</source>
        <translation>ETS-Tabellendetails exportieren</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>&amp;Info</source>
        <translation>&amp;Info</translation>
    </message>
    <message>
        <source>C&amp;ontents</source>
        <translation>I&amp;nhalt</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>This table cannot be sampled from %1: %2</source>
        <translation>Diese Tabelle kann auf %1 nicht abgetastet werden: %2</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Sampling…</source>
        <translation>Abtastung läuft…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Rows %1</source>
        <translation>Zeilen %1</translation>
    </message>
    <message>
        <source>Memory %1</source>
        <translation>Speicher %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>%1 rows, %2; sampled every refresh</source>
        <translation>%1 Zeilen, %2; bei jeder Aktualisierung abgetastet</translation>
    </message>
</context>
<context>
    <name>beamtop::EtsExport</name>
    <message>
        <source>The node did not answer during the export (%1). The file was not written; try again, or export one type or a filtered ranking.</source>
        <translation>Der Knoten hat während des Exports nicht geantwortet (%1). Die Datei wurde nicht geschrieben; versuchen Sie es erneut oder exportieren Sie einen einzelnen Typ oder eine gefilterte Rangliste.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln ETS tables to %1.</source>
        <translation>
            <numerusform>%Ln ETS-Tabelle nach %1 exportiert.</numerusform>
            <numerusform>%Ln ETS-Tabellen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::EtsHistoryModel</name>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
</context>
<context>
    <name>beamtop::EtsPage</name>
    <message>
        <source>Export ETS tables</source>
        <translation>ETS-Tabellen exportieren</translation>
    </message>
    <message>
        <source>Copy Table Id</source>
        <translation>Tabellen-ID kopieren</translation>
    </message>
    <message>
        <source>The ETS table list could not be read from %1; showing the last rows read.</source>
        <translation>Die Liste der ETS-Tabellen konnte nicht von %1 gelesen werden; die zuletzt gelesenen Zeilen werden angezeigt.</translation>
    </message>
    <message>
        <source>%L1 tables</source>
        <translation>%L1 Tabellen</translation>
    </message>
    <message>
        <source>%L1 of %L2 tables match</source>
        <translation>%L1 von %L2 Tabellen passen</translation>
    </message>
    <message>
        <source>The node has looked at %L1 of %L2 tables</source>
        <translation>Der Knoten hat %L1 von %L2 Tabellen geprüft</translation>
    </message>
    <message>
        <source>selected: %1 has been deleted</source>
        <translation>ausgewählt: %1 wurde gelöscht</translation>
    </message>
    <message>
        <source>selected: %1, %2 rows, %3</source>
        <translation>ausgewählt: %1, %2 Zeilen, %3</translation>
    </message>
    <message>
        <source>Show &amp;Contents</source>
        <translation>&amp;Inhalt anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>The selected rows, exact values, tab-separated</source>
        <translation>Die ausgewählten Zeilen, exakte Werte, durch Tabulatoren getrennt</translation>
    </message>
    <message>
        <source>Copy Table &amp;Id</source>
        <translation>Tabellen-I&amp;D kopieren</translation>
    </message>
    <message>
        <source>Open &amp;Owner</source>
        <translation>&amp;Besitzer öffnen</translation>
    </message>
    <message>
        <source>Exporting the ETS tables of %1…</source>
        <translation>Die ETS-Tabellen von %1 werden exportiert…</translation>
    </message>
</context>
<context>
    <name>beamtop::EtsSampler</name>
    <message>
        <source>Sampling an ETS table needs the agent, which is not loaded on this node.</source>
        <translation>Zum Abtasten einer ETS-Tabelle wird der Agent benötigt, der auf diesem Knoten nicht geladen ist.</translation>
    </message>
    <message>
        <source>The agent sent a sample Beamtop does not understand.</source>
        <translation>Der Agent hat Messwerte gesendet, die Beamtop nicht versteht.</translation>
    </message>
</context>
<context>
    <name>beamtop::EtsSection</name>
    <message>
        <source>the Beamtop agent running on this node is older and cannot list ETS tables</source>
        <translation>der Beamtop-Agent auf diesem Knoten ist älter und kann keine ETS-Tabellen auflisten</translation>
    </message>
    <message>
        <source>ETS tables need the Beamtop agent, which this node did not load (reduced mode)</source>
        <translation>ETS-Tabellen benötigen den Beamtop-Agenten, den dieser Knoten nicht geladen hat (reduzierter Modus)</translation>
    </message>
    <message>
        <source>ETS tables</source>
        <translation>ETS-Tabellen</translation>
    </message>
    <message>
        <source>Top ETS tables</source>
        <translation>Top-ETS-Tabellen</translation>
    </message>
    <message>
        <source>by memory</source>
        <translation>nach Speicher</translation>
    </message>
</context>
<context>
    <name>beamtop::EtsTableModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1%2 rows/s</source>
        <translation>%1%2 Zeilen/s</translation>
    </message>
    <message>
        <source>Named table %1</source>
        <translation>Benannte Tabelle %1</translation>
    </message>
    <message>
        <source>%1, not named: reached by its id %2</source>
        <translation>%1, nicht benannt: erreichbar über ihre ID %2</translation>
    </message>
    <message>
        <source>Only the owner process can read or write its rows; anyone can read this metadata</source>
        <translation>Nur der Besitzerprozess kann ihre Zeilen lesen oder schreiben; diese Metadaten kann jeder lesen</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>No heir: the table is deleted when its owner exits</source>
        <translation>Kein Erbe: Die Tabelle wird gelöscht, wenn ihr Besitzer beendet wird</translation>
    </message>
    <message>
        <source>%1 inherits the table when its owner exits</source>
        <translation>%1 erbt die Tabelle, wenn ihr Besitzer beendet wird</translation>
    </message>
    <message>
        <source>The key is element %1 of each row</source>
        <translation>Der Schlüssel ist Element %1 jeder Zeile</translation>
    </message>
    <message>
        <source>Fixed by safe_fixtable (or a traversal in progress): deleted rows stay until it is released</source>
        <translation>Durch safe_fixtable fixiert (oder eine laufende Traversierung): Gelöschte Zeilen bleiben erhalten, bis die Fixierung aufgehoben wird</translation>
    </message>
    <message>
        <source>Known from the second refresh that shows this table</source>
        <translation>Bekannt ab der zweiten Aktualisierung, die diese Tabelle zeigt</translation>
    </message>
    <message>
        <source>%1 rows per second between the last two refreshes</source>
        <translation>%1 Zeilen pro Sekunde zwischen den letzten beiden Aktualisierungen</translation>
    </message>
    <message>
        <source>%1 bytes per second between the last two refreshes</source>
        <translation>%1 Bytes pro Sekunde zwischen den letzten beiden Aktualisierungen</translation>
    </message>
    <message>
        <source>Steady: the row count did not change between the last two refreshes</source>
        <translation>Gleichbleibend: Die Zeilenzahl hat sich zwischen den letzten beiden Aktualisierungen nicht geändert</translation>
    </message>
    <message>
        <source>Steady: the memory did not change between the last two refreshes</source>
        <translation>Gleichbleibend: Der Speicher hat sich zwischen den letzten beiden Aktualisierungen nicht geändert</translation>
    </message>
    <message>
        <source>The table was deleted before Beamtop could read it; it leaves the ranking at the next refresh</source>
        <translation>Die Tabelle wurde gelöscht, bevor Beamtop sie lesen konnte; sie verlässt die Rangliste bei der nächsten Aktualisierung</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>The table has been deleted; these are its figures last seen at %1. It leaves the ranking at the next refresh.</source>
        <translation>Die Tabelle wurde gelöscht; dies sind ihre zuletzt um %1 gesehenen Werte. Sie verlässt die Rangliste bei der nächsten Aktualisierung.</translation>
    </message>
    <message>
        <source>%1 (deleted, last seen %2)</source>
        <translation>%1 (gelöscht, zuletzt gesehen %2)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Schutz</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>Zeilen/s</translation>
    </message>
    <message>
        <source>Memory/s</source>
        <translation>Speicher/s</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Heir</source>
        <translation>Erbe</translation>
    </message>
    <message>
        <source>Keypos</source>
        <translation>Keypos</translation>
    </message>
    <message>
        <source>Read conc.</source>
        <translation>Lese-Nebenl.</translation>
    </message>
    <message>
        <source>Write conc.</source>
        <translation>Schreib-Nebenl.</translation>
    </message>
    <message>
        <source>Decentr. counters</source>
        <translation>Dezentr. Zähler</translation>
    </message>
    <message>
        <source>Compressed</source>
        <translation>Komprimiert</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fixiert</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Benannt</translation>
    </message>
    <message>
        <source>The table's name; an unnamed table is reached by its id (on hover). "deleted" (greyed, with its last figures) for a table deleted since it was ranked, until it leaves the ranking at the next refresh</source>
        <translation>Der Name der Tabelle; eine unbenannte Tabelle wird über ihre ID erreicht (beim Darüberfahren). „gelöscht“ (ausgegraut, mit ihren letzten Werten) steht für eine Tabelle, die seit ihrer Einordnung gelöscht wurde, bis sie bei der nächsten Aktualisierung die Rangliste verlässt</translation>
    </message>
    <message>
        <source>set, ordered_set, bag or duplicate_bag</source>
        <translation>set, ordered_set, bag oder duplicate_bag</translation>
    </message>
    <message>
        <source>public (any process reads and writes), protected (any reads, the owner writes) or private (the owner only)</source>
        <translation>public (jeder Prozess liest und schreibt), protected (jeder liest, der Besitzer schreibt) oder private (nur der Besitzer)</translation>
    </message>
    <message>
        <source>Rows (objects) in the table</source>
        <translation>Zeilen (Objekte) in der Tabelle</translation>
    </message>
    <message>
        <source>Memory the table takes, in bytes</source>
        <translation>Speicher, den die Tabelle belegt, in Bytes</translation>
    </message>
    <message>
        <source>Which way the ranked figure (rows or memory) goes, and its change per second between the last two refreshes</source>
        <translation>In welche Richtung sich der eingeordnete Wert (Zeilen oder Speicher) bewegt, und seine Änderung pro Sekunde zwischen den letzten beiden Aktualisierungen</translation>
    </message>
    <message>
        <source>Rows added (or, negative, removed) per second between the last two refreshes</source>
        <translation>Hinzugefügte (oder, negativ, entfernte) Zeilen pro Sekunde zwischen den letzten beiden Aktualisierungen</translation>
    </message>
    <message>
        <source>Memory grown (or, negative, freed) per second between the last two refreshes</source>
        <translation>Gewachsener (oder, negativ, freigegebener) Speicher pro Sekunde zwischen den letzten beiden Aktualisierungen</translation>
    </message>
    <message>
        <source>The process that owns the table, by name when it has one</source>
        <translation>Der Prozess, dem die Tabelle gehört, mit Namen, wenn er einen hat</translation>
    </message>
    <message>
        <source>The process that inherits the table when its owner exits</source>
        <translation>Der Prozess, der die Tabelle erbt, wenn ihr Besitzer beendet wird</translation>
    </message>
    <message>
        <source>Which element of a row is its key</source>
        <translation>Welches Element einer Zeile ihr Schlüssel ist</translation>
    </message>
    <message>
        <source>read_concurrency: tuned for many concurrent readers</source>
        <translation>read_concurrency: auf viele gleichzeitige Leser abgestimmt</translation>
    </message>
    <message>
        <source>write_concurrency: true, false or auto</source>
        <translation>write_concurrency: true, false oder auto</translation>
    </message>
    <message>
        <source>decentralized_counters: size and memory counted per scheduler</source>
        <translation>decentralized_counters: Größe und Speicher werden pro Scheduler gezählt</translation>
    </message>
    <message>
        <source>compressed: rows stored in a compact form</source>
        <translation>compressed: Zeilen werden in kompakter Form gespeichert</translation>
    </message>
    <message>
        <source>Fixed by safe_fixtable or a running traversal</source>
        <translation>Durch safe_fixtable oder eine laufende Traversierung fixiert</translation>
    </message>
    <message>
        <source>named_table: reachable by its name</source>
        <translation>named_table: über ihren Namen erreichbar</translation>
    </message>
    <message>
        <source>%1.
Click to rank every table by its growth on the node (the sliding window).</source>
        <translation>%1.
Klicken Sie, um alle Tabellen auf dem Knoten nach ihrem Wachstum einzuordnen (das gleitende Fenster).</translation>
    </message>
    <message>
        <source>%1.
Click to rank every table by this on the node, biggest first.</source>
        <translation>%1.
Klicken Sie, um alle Tabellen auf dem Knoten danach einzuordnen, die größten zuerst.</translation>
    </message>
    <message>
        <source>%1.
The node ranks only by rows, memory and their growth: this column does not sort.</source>
        <translation>%1.
Der Knoten ordnet nur nach Zeilen, Speicher und deren Wachstum: Nach dieser Spalte wird nicht sortiert.</translation>
    </message>
</context>
<context>
    <name>beamtop::EtsToolbar</name>
    <message>
        <source>Filter by name, owner or type (Ctrl+F)</source>
        <translation>Nach Name, Besitzer oder Typ filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Shows only tables whose name, id, type or owner contains this text (any case). The node does the matching.</source>
        <translation>Zeigt nur Tabellen, deren Name, ID, Typ oder Besitzer diesen Text enthält (ohne Beachtung der Groß-/Kleinschreibung). Der Knoten führt den Abgleich durch.</translation>
    </message>
    <message>
        <source>Rank by growth instead of totals: rows or bytes added per second over the last interval. Alt+W</source>
        <translation>Nach Wachstum statt nach Summen ordnen: pro Sekunde hinzugekommene Zeilen oder Bytes im letzten Intervall. Alt+W</translation>
    </message>
    <message>
        <source>Save every table of the ranking (those the type, protection and filter match) as CSV or JSON (Ctrl+E)</source>
        <translation>Alle Tabellen der Rangliste (die zu Typ, Schutz und Filter passen) als CSV oder JSON speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Nothing on this page changes the node; the connection is read-only.</source>
        <translation>Nichts auf dieser Seite verändert den Knoten; die Verbindung ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Nothing on this page changes the node, even with changes allowed.</source>
        <translation>Nichts auf dieser Seite verändert den Knoten, auch wenn Änderungen erlaubt sind.</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Show one type of table only (the node filters)</source>
        <translation>Nur einen Tabellentyp anzeigen (der Knoten filtert)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>&amp;Protection:</source>
        <translation>&amp;Schutz:</translation>
    </message>
    <message>
        <source>Show tables of one protection only (the node filters)</source>
        <translation>Nur Tabellen mit einem bestimmten Schutz anzeigen (der Knoten filtert)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>beamtop::HistoryChartModel</name>
    <message numerus="yes">
        <source>%1 – %2, %Ln samples</source>
        <translation>
            <numerusform>%1 – %2, %Ln Stichprobe</numerusform>
            <numerusform>%1 – %2, %Ln Stichproben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (mean of %Ln samples; min %2, max %3)</source>
        <translation>
            <numerusform>%1 (Mittelwert aus %Ln Stichprobe; Min. %2, Max. %3)</numerusform>
            <numerusform>%1 (Mittelwert aus %Ln Stichproben; Min. %2, Max. %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>beamtop::HistoryChartsBox</name>
    <message>
        <source>Follow the Newest Data</source>
        <translation>Den neuesten Daten folgen</translation>
    </message>
    <message>
        <source>The whole history window again, following new samples (or double-click a chart)</source>
        <translation>Zurück zum gesamten Verlaufsfenster, neuen Messpunkten folgend (oder doppelklicken Sie auf ein Diagramm)</translation>
    </message>
    <message>
        <source>Nothing recorded yet: the charts fill from the session's history as it is read.</source>
        <translation>Noch nichts aufgezeichnet: Die Diagramme füllen sich aus dem Verlauf der Sitzung, während er gelesen wird.</translation>
    </message>
    <message>
        <source>Live: the last %1 (the Load page's history window)</source>
        <translation>Live: die letzten %1 (das Verlaufsfenster der Seite „Last“)</translation>
    </message>
    <message>
        <source>%1 – %2 (double-click a chart to follow the newest data)</source>
        <translation>%1 – %2 (doppelklicken Sie auf ein Diagramm, um den neuesten Daten zu folgen)</translation>
    </message>
</context>
<context>
    <name>beamtop::HistoryModel</name>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>The least value over the range shown, down to single samples.</source>
        <translation>Der kleinste Wert im angezeigten Bereich, bis hinunter zu einzelnen Stichproben.</translation>
    </message>
    <message>
        <source>The greatest value over the range shown, down to single samples.</source>
        <translation>Der größte Wert im angezeigten Bereich, bis hinunter zu einzelnen Stichproben.</translation>
    </message>
    <message>
        <source>The mean over the range shown.</source>
        <translation>Der Mittelwert im angezeigten Bereich.</translation>
    </message>
    <message>
        <source>How fast the value moves: the slope of a straight line through the range shown, per minute.</source>
        <translation>Wie schnell sich der Wert bewegt: die Steigung einer Geraden durch den angezeigten Bereich, pro Minute.</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Kein Wert</translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation>%1 pro Sekunde</translation>
    </message>
    <message>
        <source>%1 bytes per second</source>
        <translation>%1 Bytes pro Sekunde</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
    <message>
        <source>%1%2/min</source>
        <translation>%1%2/min</translation>
    </message>
    <message>
        <source>No samples with a value yet.</source>
        <translation>Noch keine Stichproben mit einem Wert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 per minute over %Ln samples</source>
        <translation>
            <numerusform>%1 pro Minute über %Ln Stichprobe</numerusform>
            <numerusform>%1 pro Minute über %Ln Stichproben</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest sample in the range shown.</source>
        <translation>Die neueste Stichprobe im angezeigten Bereich.</translation>
    </message>
    <message>
        <source>Needs samples over at least %1 s.</source>
        <translation>Benötigt Stichproben über mindestens %1 s.</translation>
    </message>
</context>
<context>
    <name>beamtop::ItemTableView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;all rows</source>
        <translation>&amp;Alle Zeilen kopieren</translation>
    </message>
</context>
<context>
    <name>beamtop::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>beamtop::LoadPage</name>
    <message>
        <source>Scheduler utilisation</source>
        <translation>Scheduler-Auslastung</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binary</translation>
    </message>
    <message>
        <source>ETS</source>
        <translation>ETS</translation>
    </message>
    <message>
        <source>Atoms</source>
        <translation>Atome</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Processes and ports</source>
        <translation>Prozesse und Ports</translation>
    </message>
    <message>
        <source>Ports (right)</source>
        <translation>Ports (rechts)</translation>
    </message>
    <message>
        <source>Reductions per second</source>
        <translation>Reduktionen pro Sekunde</translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation>Reduktionen/s</translation>
    </message>
    <message>
        <source>I/O per second</source>
        <translation>E/A pro Sekunde</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Garbage collection</source>
        <translation>Garbage Collection</translation>
    </message>
    <message>
        <source>Collections/s</source>
        <translation>GC-Läufe/s</translation>
    </message>
    <message>
        <source>Words reclaimed/s (right)</source>
        <translation>Freigegebene Wörter/s (rechts)</translation>
    </message>
    <message>
        <source>Run queue</source>
        <translation>Ausführungswarteschlange</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Imbalance</source>
        <translation>Ungleichgewicht</translation>
    </message>
    <message>
        <source>Spread: how much busier the busiest normal scheduler was than the idlest over the last interval. Imbalance: the longest run queue minus the shortest, now.</source>
        <translation>Spanne: wie viel stärker der am meisten ausgelastete normale Scheduler im letzten Intervall beschäftigt war als der am wenigsten ausgelastete. Ungleichgewicht: die längste Ausführungswarteschlange minus die kürzeste, jetzt.</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 Stunden</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>How much history Beamtop keeps in memory. Longer windows keep older samples as 10 s and 60 s buckets with their least, greatest and mean value, so peaks stay.</source>
        <translation>Wie viel Verlauf Beamtop im Speicher hält. Längere Fenster halten ältere Messpunkte als 10-s- und 60-s-Intervalle mit ihrem kleinsten, größten und mittleren Wert, damit Spitzen erhalten bleiben.</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Verlauf:</translation>
    </message>
    <message>
        <source>Total and normal schedulers</source>
        <translation>Gesamt und normale Scheduler</translation>
    </message>
    <message>
        <source>Dirty CPU schedulers</source>
        <translation>Dirty-CPU-Scheduler</translation>
    </message>
    <message>
        <source>Dirty I/O schedulers</source>
        <translation>Dirty-E/A-Scheduler</translation>
    </message>
    <message>
        <source>All schedulers</source>
        <translation>Alle Scheduler</translation>
    </message>
    <message>
        <source>Which lines the utilisation chart draws. Beyond %1 lines the chart has no legend: right-click it to show or hide single schedulers.</source>
        <translation>Welche Linien das Auslastungsdiagramm zeichnet. Ab mehr als %1 Linien hat das Diagramm keine Legende: Klicken Sie mit der rechten Maustaste darauf, um einzelne Scheduler ein- oder auszublenden.</translation>
    </message>
    <message>
        <source>&amp;Utilisation chart:</source>
        <translation>&amp;Auslastungsdiagramm:</translation>
    </message>
    <message>
        <source>Schedulers</source>
        <translation>Scheduler</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>Schedulers now</source>
        <translation>Scheduler jetzt</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export History…</source>
        <translation>Verlauf exportieren…</translation>
    </message>
    <message>
        <source>Every sampled metric over the whole history window, as CSV or JSON (Ctrl+E)</source>
        <translation>Alle abgetasteten Messwerte über das ganze Verlaufsfenster, als CSV oder JSON (Strg+E)</translation>
    </message>
    <message>
        <source>Export Shown Range…</source>
        <translation>Angezeigten Bereich exportieren…</translation>
    </message>
    <message>
        <source>The metrics over the range the charts show after zooming or panning (Ctrl+Shift+E)</source>
        <translation>Die Messwerte über den Bereich, den die Diagramme nach dem Zoomen oder Verschieben zeigen (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Save Chart as Image…</source>
        <translation>Diagramm als Bild speichern…</translation>
    </message>
    <message>
        <source>The chart last clicked, as PNG or SVG (Ctrl+Shift+S); right-click a chart for the same</source>
        <translation>Das zuletzt angeklickte Diagramm, als PNG oder SVG (Strg+Umschalt+S); dasselbe erreichen Sie mit einem Rechtsklick auf ein Diagramm</translation>
    </message>
    <message>
        <source>Save a Chart as Image</source>
        <translation>Ein Diagramm als Bild speichern</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Follow the Newest Data</source>
        <translation>Den neuesten Daten folgen</translation>
    </message>
    <message>
        <source>Back to the whole window, following new samples (or double-click a chart)</source>
        <translation>Zurück zum gesamten Fenster, neuen Messpunkten folgend (oder doppelklicken Sie auf ein Diagramm)</translation>
    </message>
    <message>
        <source>Could not read the schedulers: %1</source>
        <translation>Die Scheduler konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Utilisation needs the node's scheduler_wall_time flag, which Beamtop turns on through its agent for as long as it is connected. Without the agent (reduced mode) only run queues are shown.</source>
        <translation>Die Auslastung braucht das Flag scheduler_wall_time des Knotens, das Beamtop über seinen Agenten einschaltet, solange es verbunden ist. Ohne den Agenten (reduzierter Modus) werden nur Ausführungswarteschlangen angezeigt.</translation>
    </message>
    <message>
        <source>Total %1 (normal %2, dirty CPU %3, dirty I/O %4) over %5 s.</source>
        <translation>Gesamt %1 (normal %2, Dirty-CPU %3, Dirty-E/A %4) über %5 s.</translation>
    </message>
    <message>
        <source>Busiest scheduler %1 at %2, idlest %3 at %4: a spread of %5 points.</source>
        <translation>Am meisten ausgelastet ist Scheduler %1 mit %2, am wenigsten %3 mit %4: eine Spanne von %5 Punkten.</translation>
    </message>
    <message>
        <source>Measuring utilisation…</source>
        <translation>Auslastung wird gemessen…</translation>
    </message>
    <message>
        <source>Run queues: %1 waiting; scheduler %2 has the longest (%3), scheduler %4 the shortest (%5): an imbalance of %6.</source>
        <translation>Ausführungswarteschlangen: %1 wartend; Scheduler %2 hat die längste (%3), Scheduler %4 die kürzeste (%5): ein Ungleichgewicht von %6.</translation>
    </message>
    <message>
        <source>Run queue: %1 waiting.</source>
        <translation>Ausführungswarteschlange: %1 wartend.</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>I/O %1</source>
        <translation>E/A %1</translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation>Benutzerdefiniert (%1)</translation>
    </message>
    <message>
        <source>Live: the last %1</source>
        <translation>Live: die letzten %1</translation>
    </message>
    <message>
        <source>%1 – %2 (double-click a chart to follow the newest data)</source>
        <translation>%1 – %2 (doppelklicken Sie auf ein Diagramm, um den neuesten Daten zu folgen)</translation>
    </message>
    <message>
        <source>Over the last %1; trends per minute.</source>
        <translation>Über die letzten %1; Trends pro Minute.</translation>
    </message>
    <message>
        <source>Over the range shown; trends per minute.</source>
        <translation>Über den angezeigten Bereich; Trends pro Minute.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check that the folder exists and that you may write there.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner existiert und ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>Export the Shown Range</source>
        <translation>Den angezeigten Bereich exportieren</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV, one row per sample</source>
        <translation>CSV, eine Zeile pro Messpunkt</translation>
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
        <translation>Mit Knoten &amp;verbinden…</translation>
    </message>
    <message>
        <source>Connect to an Erlang or Elixir node (%1)</source>
        <translation>Mit einem Erlang- oder Elixir-Knoten verbinden (%1)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Verbindung &amp;trennen</translation>
    </message>
    <message>
        <source>Start &amp;Demo Node</source>
        <translation>&amp;Demo-Knoten starten</translation>
    </message>
    <message>
        <source>Start a demo node on this computer and observe it</source>
        <translation>Einen Demo-Knoten auf diesem Computer starten und beobachten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Stop refreshing; what is on screen stays (Ctrl+P)</source>
        <translation>Die Aktualisierung anhalten; was auf dem Bildschirm steht, bleibt (Strg+P)</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Refresh once, now (F5)</source>
        <translation>Einmal aktualisieren, jetzt (F5)</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy exact values: the selected rows, or the whole page</source>
        <translation>Exakte Werte kopieren: die ausgewählten Zeilen oder die ganze Seite</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
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
        <source>&amp;About Beamtop</source>
        <translation>Ü&amp;ber Beamtop</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>  Refresh every </source>
        <translation>  Aktualisieren alle </translation>
    </message>
    <message>
        <source>Time between refreshes (at least %1 ms)</source>
        <translation>Zeit zwischen den Aktualisierungen (mindestens %1 ms)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>%1 — Beamtop</source>
        <translation>%1 — Beamtop</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>Neues &amp;Fenster</translation>
    </message>
    <message>
        <source>Another window, to observe another node at the same time (%1)</source>
        <translation>Ein weiteres Fenster, um gleichzeitig einen anderen Knoten zu beobachten (%1)</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>P&amp;rofile…</translation>
    </message>
    <message>
        <source>Saved nodes: connect with a double-click, create, edit, share (Ctrl+Shift+O)</source>
        <translation>Gespeicherte Knoten: per Doppelklick verbinden, anlegen, bearbeiten, weitergeben (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>Connect to P&amp;rofile</source>
        <translation>Mit Pr&amp;ofil verbinden</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Nothing to Export on This Page</source>
        <translation>Auf dieser Seite gibt es nichts zu exportieren</translation>
    </message>
    <message>
        <source>Read-&amp;only</source>
        <translation>Nur &amp;lesen</translation>
    </message>
    <message>
        <source>While on, Beamtop does not change the node: no kill, suspend or garbage collection. Every connection starts with it on, unless its profile has read-only unticked. Switching it here lasts for this connection only.</source>
        <translation>Solange dies eingeschaltet ist, verändert Beamtop den Knoten nicht: kein zwangsweises Beenden, kein Anhalten und keine Garbage Collection. Jede Verbindung beginnt damit eingeschaltet, es sei denn, in ihrem Profil ist „schreibgeschützt“ abgewählt. Eine Umschaltung hier gilt nur für diese Verbindung.</translation>
    </message>
    <message>
        <source>Changes &amp;Allowed</source>
        <translation>Änderungen &amp;erlaubt</translation>
    </message>
    <message>
        <source>Term &amp;Syntax</source>
        <translation>Term-&amp;Syntax</translation>
    </message>
    <message>
        <source>&amp;Automatic (Elixir on Elixir nodes)</source>
        <translation>&amp;Automatisch (Elixir auf Elixir-Knoten)</translation>
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
        <translation>Profil „%1“: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Connect through the profile “%1”</source>
        <translation>Über das Profil „%1“ verbinden</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>Noch keine Profile</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Manage Profiles…</source>
        <translation>Profile verwalten…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>beamtop::MemoryModel</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Share of total</source>
        <translation>Anteil am Gesamtwert</translation>
    </message>
    <message>
        <source>Memory allocated by the runtime for this use (erlang:memory/0).</source>
        <translation>Von der Laufzeitumgebung für diesen Zweck zugewiesener Speicher (erlang:memory/0).</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Process heaps and stacks; %1 of it in use.</source>
        <translation>Heaps und Stacks der Prozesse; davon %1 benutzt.</translation>
    </message>
    <message>
        <source>Processes (used)</source>
        <translation>Prozesse (benutzt)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Everything that is not a process: atoms, binaries, code, ETS and the runtime itself.</source>
        <translation>Alles, was kein Prozess ist: Atome, Binaries, Code, ETS und die Laufzeitumgebung selbst.</translation>
    </message>
    <message>
        <source>Atoms</source>
        <translation>Atome</translation>
    </message>
    <message>
        <source>Binaries</source>
        <translation>Binaries</translation>
    </message>
    <message>
        <source>Reference-counted binaries (off-heap).</source>
        <translation>Referenzgezählte Binaries (außerhalb des Heaps).</translation>
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
        <translation>Sonstiges System</translation>
    </message>
    <message>
        <source>System memory not counted as atoms, binaries, code or ETS.</source>
        <translation>Systemspeicher, der nicht als Atome, Binaries, Code oder ETS gezählt wird.</translation>
    </message>
    <message>
        <source>Persistent terms</source>
        <translation>Persistente Terme</translation>
    </message>
</context>
<context>
    <name>beamtop::MemoryPage</name>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Allocators</source>
        <translation>Allokatoren</translation>
    </message>
    <message>
        <source>Most unused carrier space</source>
        <translation>Größter ungenutzter Carrier-Platz</translation>
    </message>
    <message>
        <source>mseg_alloc cache</source>
        <translation>mseg_alloc-Cache</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Benutzt</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Ungenutzt</translation>
    </message>
    <message>
        <source>erlang:memory(total)</source>
        <translation>erlang:memory(total)</translation>
    </message>
    <message>
        <source>Resident (OS)</source>
        <translation>Resident (Betriebssystem)</translation>
    </message>
    <message>
        <source>Carriers allocated, by allocator</source>
        <translation>Reservierte Carrier, nach Allokator</translation>
    </message>
    <message>
        <source>Blocks used, by allocator</source>
        <translation>Benutzte Blöcke, nach Allokator</translation>
    </message>
    <message>
        <source>Allocated, used and unused</source>
        <translation>Reserviert, benutzt und ungenutzt</translation>
    </message>
    <message>
        <source>Resident size and erlang:memory(total)</source>
        <translation>Residente Größe und erlang:memory(total)</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Im Zeitverlauf</translation>
    </message>
    <message>
        <source>Follow the Newest Data</source>
        <translation>Den neuesten Daten folgen</translation>
    </message>
    <message>
        <source>Back to the whole history window, following new samples (or double-click a chart)</source>
        <translation>Zurück zum ganzen Verlaufsfenster, neuen Stichproben folgend (oder doppelklicken Sie auf ein Diagramm)</translation>
    </message>
    <message>
        <source>Export Allocator Table…</source>
        <translation>Allokatortabelle exportieren…</translation>
    </message>
    <message>
        <source>Every allocator type, and the instances shown, as CSV or JSON (Ctrl+E)</source>
        <translation>Alle Allokatortypen und die angezeigten Instanzen als CSV oder JSON (Strg+E)</translation>
    </message>
    <message>
        <source>Save Chart as Image…</source>
        <translation>Diagramm als Bild speichern…</translation>
    </message>
    <message>
        <source>The chart last clicked, as PNG or SVG (Ctrl+Shift+S); right-click a chart for the same</source>
        <translation>Das zuletzt angeklickte Diagramm als PNG oder SVG (Strg+Umschalt+S); ein Rechtsklick auf ein Diagramm bietet dasselbe</translation>
    </message>
    <message>
        <source>Save a Chart as Image</source>
        <translation>Ein Diagramm als Bild speichern</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>&amp;Copy Table</source>
        <translation>Tabelle &amp;kopieren</translation>
    </message>
    <message>
        <source>Select an allocator to see its settings.</source>
        <translation>Wählen Sie einen Allokator aus, um seine Einstellungen zu sehen.</translation>
    </message>
    <message>
        <source>This node runs without mseg_alloc (+MMe false, or an OS without it): carriers come straight from the operating system.</source>
        <translation>Dieser Knoten läuft ohne mseg_alloc (+MMe false oder ein Betriebssystem ohne ihn): Carrier kommen direkt vom Betriebssystem.</translation>
    </message>
    <message>
        <source>Hit rates below %1 are marked: carriers then come from the operating system rather than the cache. Counts since the node started.</source>
        <translation>Trefferquoten unter %1 sind markiert: Carrier kommen dann vom Betriebssystem statt aus dem Cache. Zählungen seit dem Start des Knotens.</translation>
    </message>
    <message>
        <source>%1: the size of every carrier of the alloc_util allocators, what they hold from the operating system</source>
        <translation>%1: die Größe aller Carrier der alloc_util-Allokatoren, also was sie vom Betriebssystem halten</translation>
    </message>
    <message>
        <source>%1: the size of every block in those carriers, %2 of them</source>
        <translation>%1: die Größe aller Blöcke in diesen Carriern, %2 davon</translation>
    </message>
    <message>
        <source>%1: carrier space no block uses (allocated − used)</source>
        <translation>%1: Carrier-Platz, den kein Block nutzt (reserviert − benutzt)</translation>
    </message>
    <message>
        <source>%1: what erlang:memory() counts, read at the same moment</source>
        <translation>%1: was erlang:memory() zählt, im selben Moment gelesen</translation>
    </message>
    <message>
        <source>%1: the node's resident set size, from its /proc status</source>
        <translation>%1: die residente Größe (Resident Set Size) des Knotens, aus seinem /proc-Status</translation>
    </message>
    <message>
        <source>not available on this OS</source>
        <translation>auf diesem Betriebssystem nicht verfügbar</translation>
    </message>
    <message>
        <source>The node reads its resident size from /proc, which only Linux has.</source>
        <translation>Der Knoten liest seine residente Größe aus /proc, das es nur unter Linux gibt.</translation>
    </message>
    <message>
        <source>The node reported no settings for %1.</source>
        <translation>Der Knoten hat keine Einstellungen für %1 gemeldet.</translation>
    </message>
    <message>
        <source>Settings of %1:</source>
        <translation>Einstellungen von %1:</translation>
    </message>
    <message>
        <source>The allocators can only be read through Beamtop's agent, which is not loaded on this node.</source>
        <translation>Die Allokatoren können nur über den Agenten von Beamtop gelesen werden, der auf diesem Knoten nicht geladen ist.</translation>
    </message>
    <message>
        <source>%1 Reconnect once the node accepts code loading (or without --no-agent).</source>
        <translation>%1 Verbinden Sie sich neu, sobald der Knoten das Laden von Code akzeptiert (oder ohne --no-agent).</translation>
    </message>
    <message>
        <source>The Beamtop agent running on this node is an older one that cannot read allocators.</source>
        <translation>Der Beamtop-Agent auf diesem Knoten ist eine ältere Version, die keine Allokatoren lesen kann.</translation>
    </message>
    <message>
        <source>Another Beamtop loaded it first. It is replaced when the last Beamtop disconnects from the node: close the others, then reconnect.</source>
        <translation>Ein anderes Beamtop hat ihn zuerst geladen. Er wird ersetzt, wenn sich das letzte Beamtop vom Knoten trennt: Schließen Sie die anderen und verbinden Sie sich dann neu.</translation>
    </message>
    <message>
        <source>Could not read the allocators: %1</source>
        <translation>Die Allokatoren konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Beamtop tries again at every refresh. What is shown is the last reading.</source>
        <translation>Beamtop versucht es bei jeder Aktualisierung erneut. Angezeigt wird der letzte gelesene Stand.</translation>
    </message>
    <message>
        <source>Live: the last %1 (the Load page's history window)</source>
        <translation>Live: die letzten %1 (das Verlaufsfenster der Seite „Last“)</translation>
    </message>
    <message>
        <source>%1 – %2 (double-click a chart to follow the newest data)</source>
        <translation>%1 – %2 (doppelklicken Sie auf ein Diagramm, um den neuesten Daten zu folgen)</translation>
    </message>
    <message>
        <source>Allocators' carriers</source>
        <translation>Carrier der Allokatoren</translation>
    </message>
    <message>
        <source>Export the Allocator Table</source>
        <translation>Allokatortabelle exportieren</translation>
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
        <translation>Reserviert	%1</translation>
    </message>
    <message>
        <source>Used	%1</source>
        <translation>Benutzt	%1</translation>
    </message>
    <message>
        <source>Unused	%1</source>
        <translation>Ungenutzt	%1</translation>
    </message>
    <message>
        <source>erlang:memory(total)	%1</source>
        <translation>erlang:memory(total)	%1</translation>
    </message>
    <message>
        <source>Resident (OS)	%1</source>
        <translation>Resident (Betriebssystem)	%1</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>beamtop::MnesiaCollector</name>
    <message>
        <source>The agent on this node is older and cannot read Mnesia.</source>
        <translation>Der Agent auf diesem Knoten ist älter und kann Mnesia nicht lesen.</translation>
    </message>
    <message>
        <source>Mnesia is read by the agent, which is not loaded on this node.</source>
        <translation>Mnesia wird vom Agenten gelesen, der auf diesem Knoten nicht geladen ist.</translation>
    </message>
    <message>
        <source>The agent sent a Mnesia reading Beamtop does not understand.</source>
        <translation>Der Agent hat eine Mnesia-Messung gesendet, die Beamtop nicht versteht.</translation>
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
        <translation>%1: konnte nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1: keine</translation>
    </message>
    <message>
        <source>%1 (the first %2 of %3)</source>
        <translation>%1 (die ersten %2 von %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mnesia on the node: db nodes, tables and replicas, locks and transactions.</source>
        <translation>Mnesia auf dem Knoten: db-Knoten, Tabellen und Replikate, Sperren und Transaktionen.</translation>
    </message>
    <message>
        <source>Reads Mnesia on the node once, without a lock or a transaction: the db nodes running and stopped, this node's role (disc or ram node), the system items (directory, schema location, version, checkpoints, log dump thresholds, ...), every table with its storage type here, type, size, memory in bytes and replicas by storage type, the held locks, the lock queue and the ongoing transactions (capped), and the transaction counters since Mnesia started. Each read has a timeout of its own: what a stuck Mnesia does not answer is named, the rest is shown. A node without Mnesia says so (exit code 0). --format text for people, json for the snapshot's mnesia section.</source>
        <translation>Liest Mnesia auf dem Knoten einmal, ohne Sperre oder Transaktion: die laufenden und gestoppten db-Knoten, die Rolle dieses Knotens (Disk- oder RAM-Knoten), die Systemeinträge (Verzeichnis, Ort des Schemas, Version, Checkpoints, Schwellwerte für das Schreiben des Logs, ...), jede Tabelle mit ihrer Speicherart hier, Typ, Größe, Speicher in Bytes und Replikaten nach Speicherart, die gehaltenen Sperren, die Sperrwarteschlange und die laufenden Transaktionen (begrenzt) sowie die Transaktionszähler seit dem Start von Mnesia. Jeder Lesevorgang hat ein eigenes Zeitlimit: Was ein hängendes Mnesia nicht beantwortet, wird genannt, der Rest wird angezeigt. Ein Knoten ohne Mnesia sagt das (Exit-Code 0). --format text für Menschen, json für den Abschnitt mnesia des Schnappschusses.</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Unerwartete Argumente: %1</translation>
    </message>
    <message>
        <source>Could not read Mnesia: %1</source>
        <translation>Mnesia konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Mnesia is not running on %1 (%2).</source>
        <translation>Mnesia läuft nicht auf %1 (%2).</translation>
    </message>
    <message>
        <source>loaded, status: %1</source>
        <translation>geladen, Status: %1</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <source>Mnesia on %1</source>
        <translation>Mnesia auf %1</translation>
    </message>
    <message>
        <source>disc node (schema on disc)</source>
        <translation>Disk-Knoten (Schema auf der Festplatte)</translation>
    </message>
    <message>
        <source>ram node (diskless)</source>
        <translation>RAM-Knoten (ohne Festplatte)</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>db nodes running</source>
        <translation>laufende db-Knoten</translation>
    </message>
    <message>
        <source>db nodes stopped</source>
        <translation>gestoppte db-Knoten</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>%1 commits, %2 failures, %3 restarts, %4 log writes</source>
        <translation>%1 Commits, %2 Fehlschläge, %3 Neustarts, %4 Log-Schreibvorgänge</translation>
    </message>
    <message>
        <source>Tables (the first %1 of %2)</source>
        <translation>Tabellen (die ersten %1 von %2)</translation>
    </message>
    <message>
        <source>Tables (%1)</source>
        <translation>Tabellen (%1)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STORAGE</source>
        <translation>ABLAGE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>READ FROM</source>
        <translation>LESEN VON</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>DISC</source>
        <translation>DISC</translation>
    </message>
    <message>
        <source>DISC_ONLY</source>
        <translation>DISC_ONLY</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation>SPEICHER</translation>
    </message>
    <message>
        <source>%1.%2: %3</source>
        <translation>%1.%2: %3</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>Konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Held locks</source>
        <translation>Gehaltene Sperren</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABELLE</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHL.</translation>
    </message>
    <message>
        <source>LOCK</source>
        <translation>SPERRE</translation>
    </message>
    <message>
        <source>TRANSACTION</source>
        <translation>TRANSAKTION</translation>
    </message>
    <message>
        <source>Lock queue</source>
        <translation>Sperrwarteschlange</translation>
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
        <translation>WARTET AUF</translation>
    </message>
    <message>
        <source>Ongoing transactions</source>
        <translation>Laufende Transaktionen</translation>
    </message>
    <message>
        <source>TID</source>
        <translation>TID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>SEEN FOR</source>
        <translation>GESEHEN</translation>
    </message>
</context>
<context>
    <name>beamtop::MnesiaFactsModel</name>
    <message>
        <source>Fact</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>could not read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Mnesia could not answer this read: %1</source>
        <translation>Mnesia konnte diese Abfrage nicht beantworten: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Running db nodes</source>
        <translation>Laufende DB-Knoten</translation>
    </message>
    <message>
        <source>Stopped db nodes</source>
        <translation>Gestoppte DB-Knoten</translation>
    </message>
    <message>
        <source>Part of the database but not running Mnesia now:
%1</source>
        <translation>Teil der Datenbank, aber Mnesia läuft dort gerade nicht:
%1</translation>
    </message>
    <message>
        <source>Extra db nodes</source>
        <translation>Zusätzliche DB-Knoten</translation>
    </message>
    <message>
        <source>This node</source>
        <translation>Dieser Knoten</translation>
    </message>
    <message>
        <source>disc node</source>
        <translation>Disk-Knoten</translation>
    </message>
    <message>
        <source>The schema is on disc: disc_copies</source>
        <translation>Das Schema liegt auf der Disk: disc_copies</translation>
    </message>
    <message>
        <source>RAM node (diskless)</source>
        <translation>RAM-Knoten (ohne Disk)</translation>
    </message>
    <message>
        <source>The schema is in RAM only: ram_copies</source>
        <translation>Das Schema liegt nur im RAM: ram_copies</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Schema location</source>
        <translation>Speicherort des Schemas</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Uses the directory</source>
        <translation>Verwendet das Verzeichnis</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Checkpoints</translation>
    </message>
    <message>
        <source>Log dump after writes</source>
        <translation>Log-Dump nach Schreibvorgängen</translation>
    </message>
    <message>
        <source>The transaction log is dumped to the table files after this many writes</source>
        <translation>Das Transaktionslog wird nach so vielen Schreibvorgängen in die Tabellendateien geschrieben</translation>
    </message>
    <message>
        <source>Log dump interval (ms)</source>
        <translation>Log-Dump-Intervall (ms)</translation>
    </message>
    <message>
        <source>The transaction log is dumped at least this often, in milliseconds</source>
        <translation>Das Transaktionslog wird mindestens so oft in die Tabellendateien geschrieben, in Millisekunden</translation>
    </message>
    <message>
        <source>Log dump updates in place</source>
        <translation>Log-Dump aktualisiert direkt</translation>
    </message>
    <message>
        <source>Transactions committed</source>
        <translation>Abgeschlossene Transaktionen</translation>
    </message>
    <message>
        <source>%L1 since Mnesia started</source>
        <translation>%L1 seit dem Start von Mnesia</translation>
    </message>
    <message>
        <source>Transactions failed</source>
        <translation>Fehlgeschlagene Transaktionen</translation>
    </message>
    <message>
        <source>Transactions restarted</source>
        <translation>Neu gestartete Transaktionen</translation>
    </message>
    <message>
        <source>%L1 since Mnesia started: restarts come from lock contention or a lost node</source>
        <translation>%L1 seit dem Start von Mnesia: Neustarts entstehen durch Sperrkonflikte oder einen verlorenen Knoten</translation>
    </message>
    <message>
        <source>Log writes</source>
        <translation>Log-Schreibvorgänge</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Tables with master nodes</source>
        <translation>Tabellen mit Master-Knoten</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Abonnenten</translation>
    </message>
    <message>
        <source>Backend types</source>
        <translation>Backend-Typen</translation>
    </message>
    <message>
        <source>Core dump directory</source>
        <translation>Core-Dump-Verzeichnis</translation>
    </message>
</context>
<context>
    <name>beamtop::MnesiaLocksModel</name>
    <message>
        <source>whole table</source>
        <translation>ganze Tabelle</translation>
    </message>
    <message>
        <source>A lock on the whole table</source>
        <translation>Eine Sperre auf die ganze Tabelle</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Wants</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <source>The kind of lock held: read, write, sticky_write, ...</source>
        <translation>Die Art der gehaltenen Sperre: read, write, sticky_write, ...</translation>
    </message>
    <message>
        <source>The lock the transaction is waiting to get</source>
        <translation>Die Sperre, auf die die Transaktion wartet</translation>
    </message>
    <message>
        <source>The transaction's id: its counter and the process coordinating it</source>
        <translation>Die ID der Transaktion: ihr Zähler und der Prozess, der sie koordiniert</translation>
    </message>
    <message>
        <source>The transaction holding the lock this request waits for</source>
        <translation>Die Transaktion, die die Sperre hält, auf die diese Anfrage wartet</translation>
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
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the first %1 of %2</source>
        <translation>die ersten %1 von %2</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Transactions over time</source>
        <translation>Transaktionen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Commits and log writes per second</source>
        <translation>Commits und Log-Schreibvorgänge pro Sekunde</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <source>Log writes</source>
        <translation>Log-Schreibvorgänge</translation>
    </message>
    <message>
        <source>Failures and restarts per second</source>
        <translation>Fehlschläge und Neustarts pro Sekunde</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Neustarts</translation>
    </message>
    <message>
        <source>&amp;Hide system tables</source>
        <translation>&amp;Systemtabellen ausblenden</translation>
    </message>
    <message>
        <source>Leave out Mnesia's own schema table</source>
        <translation>Die eigene Schematabelle von Mnesia weglassen</translation>
    </message>
    <message>
        <source>&amp;Contents…</source>
        <translation>&amp;Inhalt…</translation>
    </message>
    <message>
        <source>Read the selected table's rows from this node's copy, dirty: no lock, no transaction</source>
        <translation>Die Zeilen der ausgewählten Tabelle aus der Kopie dieses Knotens lesen, dirty: ohne Sperre, ohne Transaktion</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Locks and transactions</source>
        <translation>Sperren und Transaktionen</translation>
    </message>
    <message>
        <source>Held locks</source>
        <translation>Gehaltene Sperren</translation>
    </message>
    <message>
        <source>Lock queue</source>
        <translation>Sperrwarteschlange</translation>
    </message>
    <message>
        <source>Ongoing transactions, oldest first</source>
        <translation>Laufende Transaktionen, älteste zuerst</translation>
    </message>
    <message>
        <source>Reading Mnesia…</source>
        <translation>Mnesia wird gelesen…</translation>
    </message>
    <message>
        <source>Mnesia is not running on %1: the application is not loaded.</source>
        <translation>Mnesia läuft nicht auf %1: Die Anwendung ist nicht geladen.</translation>
    </message>
    <message>
        <source>Mnesia is not running on %1 (it says: %2).</source>
        <translation>Mnesia läuft nicht auf %1 (Meldung: %2).</translation>
    </message>
    <message>
        <source>Mnesia is not running on %1: it is loaded but not started.</source>
        <translation>Mnesia läuft nicht auf %1: Die Anwendung ist geladen, aber nicht gestartet.</translation>
    </message>
    <message>
        <source>When it runs, this page shows its database (running and stopped db nodes, this node's role, schema and directory), each table with its storage, size, memory and replicas, the transaction rates over time, and the locks and transactions in flight. Beamtop never starts Mnesia; it looks again at every refresh.</source>
        <translation>Wenn Mnesia läuft, zeigt diese Seite seine Datenbank (laufende und gestoppte DB-Knoten, die Rolle dieses Knotens, Schema und Verzeichnis), jede Tabelle mit Speicherart, Größe, Speicher und Replikaten, die Transaktionsraten im Zeitverlauf sowie die aktuellen Sperren und Transaktionen. Beamtop startet Mnesia nie; es prüft bei jeder Aktualisierung erneut.</translation>
    </message>
    <message>
        <source>Tables: %1</source>
        <translation>Tabellen: %1</translation>
    </message>
    <message>
        <source>system tables hidden: %1</source>
        <translation>Systemtabellen ausgeblendet: %1</translation>
    </message>
    <message>
        <source>(the node has %1; the first %2 are listed)</source>
        <translation>(der Knoten hat %1; die ersten %2 sind aufgeführt)</translation>
    </message>
    <message>
        <source>Select a table to read its rows</source>
        <translation>Wählen Sie eine Tabelle aus, um ihre Zeilen zu lesen</translation>
    </message>
    <message>
        <source>%1 has no copy on this node: its rows can only be read where it is held</source>
        <translation>%1 hat keine Kopie auf diesem Knoten: Ihre Zeilen können nur dort gelesen werden, wo sie gehalten wird</translation>
    </message>
    <message>
        <source>No copy of %1 on this node</source>
        <translation>Keine Kopie von %1 auf diesem Knoten</translation>
    </message>
    <message>
        <source>Copy Table &amp;Name</source>
        <translation>Tabellen&amp;namen kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;All Rows</source>
        <translation>&amp;Alle Zeilen kopieren</translation>
    </message>
    <message>
        <source>Could not read Mnesia: %1. What is shown is the last reading.</source>
        <translation>Mnesia konnte nicht gelesen werden: %1. Angezeigt wird der letzte gelesene Stand.</translation>
    </message>
    <message>
        <source>Could not read Mnesia: %1</source>
        <translation>Mnesia konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Beamtop tries again at every refresh.</source>
        <translation>Beamtop versucht es bei jeder Aktualisierung erneut.</translation>
    </message>
    <message>
        <source>Nothing read yet.</source>
        <translation>Noch nichts gelesen.</translation>
    </message>
    <message>
        <source>Held locks (%1)</source>
        <translation>Gehaltene Sperren (%1)</translation>
    </message>
    <message>
        <source>Lock queue (%1)</source>
        <translation>Sperrwarteschlange (%1)</translation>
    </message>
    <message>
        <source>Ongoing transactions (%1)</source>
        <translation>Laufende Transaktionen (%1)</translation>
    </message>
</context>
<context>
    <name>beamtop::MnesiaSection</name>
    <message>
        <source>the Beamtop agent running on this node is older and cannot read Mnesia</source>
        <translation>der Beamtop-Agent auf diesem Knoten ist älter und kann Mnesia nicht lesen</translation>
    </message>
    <message>
        <source>Mnesia needs the Beamtop agent, which this node did not load (reduced mode)</source>
        <translation>Mnesia benötigt den Beamtop-Agenten, den dieser Knoten nicht geladen hat (reduzierter Modus)</translation>
    </message>
    <message>
        <source>Mnesia</source>
        <translation>Mnesia</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n db node(s) running, %2 table(s)</source>
        <translation>
            <numerusform>%1 von %n DB-Knoten in Betrieb, Tabellen: %2</numerusform>
            <numerusform>%1 von %n DB-Knoten in Betrieb, Tabellen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>  stopped</source>
        <translation>  gestoppt</translation>
    </message>
    <message>
        <source>  transactions</source>
        <translation>  Transaktionen</translation>
    </message>
    <message>
        <source>%1 commits, %2 failures, %3 restarts, %4 log writes</source>
        <translation>%1 Commits, %2 Fehlschläge, %3 Neustarts, %4 Log-Schreibvorgänge</translation>
    </message>
    <message>
        <source>  table</source>
        <translation>  Tabelle</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows, %4</source>
        <translation>%1 (%2): %3 Zeilen, %4</translation>
    </message>
    <message>
        <source>memory unknown</source>
        <translation>Speicher unbekannt</translation>
    </message>
</context>
<context>
    <name>beamtop::MnesiaTablesModel</name>
    <message>
        <source>ram</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>disc</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>disc only</source>
        <translation>nur Disk</translation>
    </message>
    <message>
        <source>external</source>
        <translation>extern</translation>
    </message>
    <message>
        <source>no local copy</source>
        <translation>keine lokale Kopie</translation>
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
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Storage here</source>
        <translation>Speicherung hier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>RAM copies</source>
        <translation>RAM-Kopien</translation>
    </message>
    <message>
        <source>Disc copies</source>
        <translation>Disk-Kopien</translation>
    </message>
    <message>
        <source>Disc-only copies</source>
        <translation>Nur-Disk-Kopien</translation>
    </message>
    <message>
        <source>External copies</source>
        <translation>Externe Kopien</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Gelesen von</translation>
    </message>
    <message>
        <source>Majority</source>
        <translation>Mehrheit</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Load reason</source>
        <translation>Ladegrund</translation>
    </message>
    <message>
        <source>Local content</source>
        <translation>Lokaler Inhalt</translation>
    </message>
    <message>
        <source>How this node holds the table: in RAM, on disc with a RAM copy, on disc only, in an external backend, or not at all (reads then go to another node).</source>
        <translation>Wie dieser Knoten die Tabelle hält: im RAM, auf der Disk mit einer RAM-Kopie, nur auf der Disk, in einem externen Backend oder gar nicht (Lesezugriffe gehen dann an einen anderen Knoten).</translation>
    </message>
    <message>
        <source>Rows in this node's copy; unknown without a local copy.</source>
        <translation>Zeilen in der Kopie dieses Knotens; ohne lokale Kopie unbekannt.</translation>
    </message>
    <message>
        <source>What this node's copy takes, in bytes (words converted for RAM and disc copies); unknown without a local copy.</source>
        <translation>Was die Kopie dieses Knotens belegt, in Bytes (bei RAM- und Disk-Kopien aus Wörtern umgerechnet); ohne lokale Kopie unbekannt.</translation>
    </message>
    <message>
        <source>The nodes holding a replica of this kind.</source>
        <translation>Die Knoten, die eine Replik dieser Art halten.</translation>
    </message>
    <message>
        <source>The node this node reads the table from (where_to_read); "nowhere" means no copy is reachable.</source>
        <translation>Der Knoten, von dem dieser Knoten die Tabelle liest (where_to_read); „nowhere“ bedeutet, dass keine Kopie erreichbar ist.</translation>
    </message>
    <message>
        <source>Whether a write needs a majority of the replicas to succeed.</source>
        <translation>Ob ein Schreibvorgang eine Mehrheit der Repliken braucht, um erfolgreich zu sein.</translation>
    </message>
    <message>
        <source>The attribute positions with a secondary index.</source>
        <translation>Die Attributpositionen mit einem Sekundärindex.</translation>
    </message>
    <message>
        <source>How this node's copy was loaded (from disc, from another node, created, ...).</source>
        <translation>Wie die Kopie dieses Knotens geladen wurde (von der Disk, von einem anderen Knoten, neu angelegt, ...).</translation>
    </message>
    <message>
        <source>A table whose content is local to each node (local_content): never replicated.</source>
        <translation>Eine Tabelle, deren Inhalt auf jedem Knoten lokal ist (local_content): wird nie repliziert.</translation>
    </message>
    <message>
        <source>%1 (records: %2)</source>
        <translation>%1 (Records: %2)</translation>
    </message>
    <message>
        <source>Mnesia's own schema table.</source>
        <translation>Die eigene Schema-Tabelle von Mnesia.</translation>
    </message>
    <message>
        <source>%L1 rows</source>
        <translation>%L1 Zeilen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No copy on this node: its size would be a remote call.</source>
        <translation>Keine Kopie auf diesem Knoten: Ihre Größe zu ermitteln, würde einen entfernten Aufruf erfordern.</translation>
    </message>
    <message>
        <source>No copy on this node.</source>
        <translation>Keine Kopie auf diesem Knoten.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>could not read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Mnesia could not answer this read: %1</source>
        <translation>Mnesia konnte diese Leseanfrage nicht beantworten: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>beamtop::MnesiaTransactionsModel</name>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>The transaction's id: its counter and the process coordinating it</source>
        <translation>Die ID der Transaktion: ihr Zähler und der Prozess, der sie koordiniert</translation>
    </message>
    <message>
        <source>How long Beamtop has seen this transaction running: Mnesia keeps no start time, so this is at least one refresh interval short of its true age.</source>
        <translation>Wie lange Beamtop diese Transaktion schon laufen sieht: Mnesia speichert keine Startzeit, daher ist dieser Wert um mindestens ein Aktualisierungsintervall kürzer als ihr tatsächliches Alter.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>First seen in this reading</source>
        <translation>In dieser Messung zum ersten Mal gesehen</translation>
    </message>
</context>
<context>
    <name>beamtop::MsegCacheModel</name>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Im Cache</translation>
    </message>
    <message>
        <source>Carriers that came from mseg_alloc's cache per carrier asked for, since the node started. Below %1 the cache is too small for the churn: see +MMmcs.</source>
        <translation>Carrier, die aus dem Cache von mseg_alloc kamen, pro angeforderten Carrier, seit dem Start des Knotens. Unter %1 ist der Cache für das ständige Anlegen und Freigeben zu klein: siehe +MMmcs.</translation>
    </message>
    <message>
        <source>Carriers served from the cache.</source>
        <translation>Aus dem Cache bediente Carrier.</translation>
    </message>
    <message>
        <source>Carriers asked for (allocations and reallocations of segments).</source>
        <translation>Angeforderte Carrier (Allokationen und Reallokationen von Segmenten).</translation>
    </message>
    <message>
        <source>Segments in the cache now, and their size.</source>
        <translation>Segmente, die jetzt im Cache liegen, und ihre Größe.</translation>
    </message>
    <message>
        <source>mseg_alloc instance %1 (%2)</source>
        <translation>mseg_alloc-Instanz %1 (%2)</translation>
    </message>
    <message>
        <source>no calls</source>
        <translation>keine Aufrufe</translation>
    </message>
    <message>
        <source>%1 of %2 calls hit the cache (%3)</source>
        <translation>%1 von %2 Aufrufen trafen den Cache (%3)</translation>
    </message>
    <message>
        <source>%1 segments, %2</source>
        <translation>%1 Segmente, %2</translation>
    </message>
</context>
<context>
    <name>beamtop::NetworkPage</name>
    <message>
        <source>Export ports</source>
        <translation>Ports exportieren</translation>
    </message>
    <message>
        <source>Copy Port Id</source>
        <translation>Port-ID kopieren</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>The port list could not be read from %1; showing the last rows read.</source>
        <translation>Die Portliste konnte nicht von %1 gelesen werden; angezeigt werden die zuletzt gelesenen Zeilen.</translation>
    </message>
    <message>
        <source>%L1 of %L2 ports and sockets match</source>
        <translation>%L1 von %L2 Ports und Sockets passen</translation>
    </message>
    <message>
        <source>%L1 ports and sockets</source>
        <translation>%L1 Ports und Sockets</translation>
    </message>
    <message>
        <source>%1 of the port limit %2</source>
        <translation>%1 der Portgrenze %2</translation>
    </message>
    <message>
        <source>The node has looked at %L1 of %L2 ports</source>
        <translation>Der Knoten hat %L1 von %L2 Ports betrachtet</translation>
    </message>
    <message>
        <source>selected: %1 has closed</source>
        <translation>ausgewählt: %1 wurde geschlossen</translation>
    </message>
    <message>
        <source>selected: %1, %2 received, %3 sent</source>
        <translation>ausgewählt: %1, %2 empfangen, %3 gesendet</translation>
    </message>
    <message>
        <source>net_ticktime %1 s</source>
        <translation>net_ticktime %1 s</translation>
    </message>
    <message>
        <source>busy limit %1</source>
        <translation>Busy-Grenze %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln connected nodes</source>
        <translation>
            <numerusform>%Ln verbundener Knoten</numerusform>
            <numerusform>%Ln verbundene Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>A link silent for net_ticktime seconds is taken down. Once a link's output queue reaches dist_buf_busy_limit (%1), processes sending to that node are suspended until it drains.</source>
        <translation>Eine Verbindung, die net_ticktime Sekunden lang still ist, wird abgebaut. Sobald die Ausgabewarteschlange einer Verbindung dist_buf_busy_limit (%1) erreicht, werden Prozesse, die an diesen Knoten senden, angehalten, bis sie sich geleert hat.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>The selected rows, exact values, tab-separated</source>
        <translation>Die ausgewählten Zeilen, exakte Werte, durch Tabulatoren getrennt</translation>
    </message>
    <message>
        <source>Copy Port &amp;Id</source>
        <translation>Port-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Open &amp;Owner</source>
        <translation>&amp;Besitzer öffnen</translation>
    </message>
    <message>
        <source>This port has no owner process</source>
        <translation>Dieser Port hat keinen Besitzerprozess</translation>
    </message>
    <message>
        <source>The port is already closed</source>
        <translation>Der Port ist bereits geschlossen</translation>
    </message>
    <message>
        <source>Exporting the ports of %1…</source>
        <translation>Die Ports von %1 werden exportiert…</translation>
    </message>
</context>
<context>
    <name>beamtop::NetworkToolbar</name>
    <message>
        <source>Filter by address, owner, name or state (Ctrl+F)</source>
        <translation>Nach Adresse, Besitzer, Name oder Zustand filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Shows only ports whose id, type, name, owner, local or peer address or state contains this text (any case). The node does the matching.</source>
        <translation>Zeigt nur Ports, deren ID, Typ, Name, Besitzer, lokale oder entfernte Adresse oder Zustand diesen Text enthält (ohne Beachtung der Groß-/Kleinschreibung). Der Knoten führt den Abgleich durch.</translation>
    </message>
    <message>
        <source>Rank by change over the last interval instead of totals: bytes per second, packets per second, queue growth. Alt+W</source>
        <translation>Nach der Änderung im letzten Intervall statt nach Summen ordnen: Bytes pro Sekunde, Pakete pro Sekunde, Wachstum der Warteschlange. Alt+W</translation>
    </message>
    <message>
        <source>Save every port of the ranking (those the type and filter match) as CSV or JSON (Ctrl+E)</source>
        <translation>Alle Ports der Rangliste (die zu Typ und Filter passen) als CSV oder JSON speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Closing ports is off for this connection. Turn read-only off in the toolbar to allow it.</source>
        <translation>Das Schließen von Ports ist für diese Verbindung ausgeschaltet. Schalten Sie „Nur lesen“ in der Werkzeugleiste aus, um es zu erlauben.</translation>
    </message>
    <message>
        <source>Actions that change the node (closing ports) are allowed for this connection.</source>
        <translation>Aktionen, die den Knoten verändern (Ports schließen), sind für diese Verbindung erlaubt.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Show one type of port only; the counts are the node's, read every few seconds</source>
        <translation>Nur einen Porttyp anzeigen; die Anzahlen stammen vom Knoten und werden alle paar Sekunden gelesen</translation>
    </message>
</context>
<context>
    <name>beamtop::NodeActions</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Read-only mode is on for this connection: turn it off (toolbar: Read-only) to change the node.</source>
        <translation>Der Nur-Lesen-Modus ist für diese Verbindung eingeschaltet: Schalten Sie ihn aus (Werkzeugleiste: Nur lesen), um den Knoten zu verändern.</translation>
    </message>
    <message>
        <source>Not connected to %1 right now.</source>
        <translation>Derzeit nicht mit %1 verbunden.</translation>
    </message>
</context>
<context>
    <name>beamtop::NodeConnection</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>'%1' is an IPv6 address; Erlang's C-node library only speaks IPv4.</source>
        <translation>„%1“ ist eine IPv6-Adresse; die C-Knoten-Bibliothek von Erlang spricht nur IPv4.</translation>
    </message>
    <message>
        <source>Looking up the host '%1' took too long. Check the name and your DNS.</source>
        <translation>Das Auflösen des Hosts „%1“ hat zu lange gedauert. Prüfen Sie den Namen und Ihr DNS.</translation>
    </message>
    <message>
        <source>The host '%1' is unknown: it does not resolve to an IPv4 address. Check the part after '@'.</source>
        <translation>Der Host „%1“ ist unbekannt: Er wird nicht zu einer IPv4-Adresse aufgelöst. Prüfen Sie den Teil nach „@“.</translation>
    </message>
    <message>
        <source>The cookie is not valid (too long or contains a NUL byte).</source>
        <translation>Das Cookie ist ungültig (zu lang oder enthält ein NUL-Byte).</translation>
    </message>
    <message>
        <source> EPMD there has no nodes registered.</source>
        <translation> Dort sind bei EPMD keine Knoten registriert.</translation>
    </message>
    <message>
        <source> Registered there: %1.</source>
        <translation> Dort registriert: %1.</translation>
    </message>
    <message>
        <source>No node named '%1' runs on %2. Check the name before '@' and that the node is started.%3</source>
        <translation>Auf %2 läuft kein Knoten namens „%1“. Prüfen Sie den Namen vor „@“ und ob der Knoten gestartet ist.%3</translation>
    </message>
    <message>
        <source>EPMD is not running on %1 (port %2 refused), so no node is reachable there. Check that the node is started, and the host.</source>
        <translation>EPMD läuft nicht auf %1 (Port %2 abgelehnt), daher ist dort kein Knoten erreichbar. Prüfen Sie, ob der Knoten gestartet ist und ob der Host stimmt.</translation>
    </message>
    <message>
        <source>EPMD on %1 did not answer within the connect timeout. Check the host and firewalls (port %2).</source>
        <translation>EPMD auf %1 hat nicht innerhalb der Verbindungszeitüberschreitung geantwortet. Prüfen Sie den Host und die Firewalls (Port %2).</translation>
    </message>
    <message>
        <source>Beamtop has too many files open to connect safely (limit %1). Close some connections.</source>
        <translation>Beamtop hat zu viele Dateien geöffnet, um sicher eine Verbindung herzustellen (Grenze %1). Schließen Sie einige Verbindungen.</translation>
    </message>
    <message>
        <source>Beamtop has too many files open to connect safely.</source>
        <translation>Beamtop hat zu viele Dateien geöffnet, um sicher eine Verbindung herzustellen.</translation>
    </message>
    <message>
        <source>Could not set up the local C node (ei_connect_xinit failed).</source>
        <translation>Der lokale C-Knoten konnte nicht eingerichtet werden (ei_connect_xinit fehlgeschlagen).</translation>
    </message>
    <message>
        <source>%1 did not complete the handshake within %2 ms. The node may be overloaded or a firewall may drop port %3.</source>
        <translation>%1 hat den Handshake nicht innerhalb von %2 ms abgeschlossen. Der Knoten ist möglicherweise überlastet, oder eine Firewall verwirft Pakete an Port %3.</translation>
    </message>
    <message>
        <source>%1 is unreachable. Check the host and the network.</source>
        <translation>%1 ist nicht erreichbar. Prüfen Sie den Host und das Netzwerk.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1 port %2. Check the port (and the tunnel, if you use one).</source>
        <translation>Auf %1 Port %2 nimmt nichts Verbindungen an. Prüfen Sie den Port (und den Tunnel, falls Sie einen verwenden).</translation>
    </message>
    <message>
        <source>'%1' is registered with EPMD but its port %2 refuses connections: the node may be stopping. Try again in a moment.</source>
        <translation>„%1“ ist bei EPMD registriert, aber sein Port %2 lehnt Verbindungen ab: Der Knoten wird möglicherweise gerade beendet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 already has a connection from a node named '%2'. Choose another name or close the other session.</source>
        <translation>%1 hat bereits eine Verbindung von einem Knoten namens „%2“. Wählen Sie einen anderen Namen oder schließen Sie die andere Sitzung.</translation>
    </message>
    <message>
        <source>The request could not be encoded.</source>
        <translation>Die Anfrage konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>Sending to the node failed; the connection is gone.</source>
        <translation>Das Senden an den Knoten ist fehlgeschlagen; die Verbindung besteht nicht mehr.</translation>
    </message>
    <message>
        <source>Not connected to the node.</source>
        <translation>Nicht mit dem Knoten verbunden.</translation>
    </message>
    <message>
        <source>Could not make a request id.</source>
        <translation>Es konnte keine Anfrage-ID erzeugt werden.</translation>
    </message>
    <message>
        <source>The reply was larger than the %1 MiB limit and was dropped.</source>
        <translation>Die Antwort war größer als die Grenze von %1 MiB und wurde verworfen.</translation>
    </message>
    <message>
        <source>The node stopped sending in the middle of a message.</source>
        <translation>Der Knoten hat mitten in einer Nachricht aufgehört zu senden.</translation>
    </message>
    <message>
        <source>The node closed the connection.</source>
        <translation>Der Knoten hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The reply could not be decoded: %1</source>
        <translation>Die Antwort konnte nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <source>The reply did not come from rex.</source>
        <translation>Die Antwort kam nicht von rex.</translation>
    </message>
    <message>
        <source>The call failed on the node.</source>
        <translation>Der Aufruf ist auf dem Knoten fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No traffic from the node for more than its tick time (%1 s): the link is dead.</source>
        <translation>Vom Knoten kam länger als seine Tick-Zeit (%1 s) kein Verkehr: Die Verbindung ist tot.</translation>
    </message>
    <message>
        <source>The node did not answer in time.</source>
        <translation>Der Knoten hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>No cookie was given. Give the node's cookie (the contents of its .erlang.cookie).</source>
        <translation>Es wurde kein Cookie angegeben. Geben Sie das Cookie des Knotens an (den Inhalt seiner .erlang.cookie).</translation>
    </message>
    <message>
        <source>%1 rejected the handshake: the cookie is wrong. Check that it matches the node's cookie (erlang:get_cookie() on the node).</source>
        <translation>%1 hat den Handshake abgelehnt: Das Cookie ist falsch. Prüfen Sie, ob es mit dem Cookie des Knotens übereinstimmt (erlang:get_cookie() auf dem Knoten).</translation>
    </message>
    <message>
        <source>The reply announced %1 MiB, over the %2 MiB limit; it was skipped unread.</source>
        <translation>Die Antwort kündigte %1 MiB an, mehr als die Grenze von %2 MiB; sie wurde ungelesen übersprungen.</translation>
    </message>
</context>
<context>
    <name>beamtop::NodeFactsModel</name>
    <message>
        <source>Fact</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>OTP release</source>
        <translation>OTP-Release</translation>
    </message>
    <message>
        <source>ERTS version</source>
        <translation>ERTS-Version</translation>
    </message>
    <message>
        <source>Elixir version</source>
        <translation>Elixir-Version</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Word size</source>
        <translation>Wortgröße</translation>
    </message>
    <message>
        <source>%1 bytes (%2-bit)</source>
        <translation>%1 Bytes (%2 Bit)</translation>
    </message>
    <message>
        <source>%1 online</source>
        <translation>%1 online</translation>
    </message>
    <message>
        <source>%1 available</source>
        <translation>%1 verfügbar</translation>
    </message>
    <message>
        <source>Logical processors</source>
        <translation>Logische Prozessoren</translation>
    </message>
    <message>
        <source>Schedulers</source>
        <translation>Scheduler</translation>
    </message>
    <message>
        <source>%1 of %2 online</source>
        <translation>%1 von %2 online</translation>
    </message>
    <message>
        <source>%1 schedulers, %2 online</source>
        <translation>%1 Scheduler, %2 online</translation>
    </message>
    <message>
        <source>Dirty schedulers</source>
        <translation>Dirty-Scheduler</translation>
    </message>
    <message>
        <source>%1 CPU (%2 online), %3 I/O</source>
        <translation>%1 CPU (%2 online), %3 I/O</translation>
    </message>
    <message>
        <source>Async threads</source>
        <translation>Async-Threads</translation>
    </message>
    <message>
        <source>Kernel poll</source>
        <translation>Kernel-Poll</translation>
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
        <source>Connected nodes</source>
        <translation>Verbundene Knoten</translation>
    </message>
</context>
<context>
    <name>beamtop::NodeNameEdit</name>
    <message>
        <source>name@host, for example myapp@%1</source>
        <translation>name@host, zum Beispiel myapp@%1</translation>
    </message>
    <message>
        <source>No nodes are registered on %1.</source>
        <translation>Auf %1 sind keine Knoten registriert.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) registered on %1.</source>
        <translation>
            <numerusform>%n Knoten ist auf %1 registriert.</numerusform>
            <numerusform>%n Knoten sind auf %1 registriert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::NodeSession</name>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Loading the agent</source>
        <translation>Agent wird geladen</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Disconnected, reconnecting</source>
        <translation>Getrennt, Verbindung wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Disconnecting</source>
        <translation>Verbindung wird getrennt</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
</context>
<context>
    <name>beamtop::NodesCommand</name>
    <message>
        <source>The nodes registered with EPMD on a host, like epmd -names.</source>
        <translation>Die bei EPMD auf einem Host registrierten Knoten, wie epmd -names.</translation>
    </message>
    <message>
        <source>Host whose EPMD to ask (default localhost).</source>
        <translation>Host, dessen EPMD gefragt wird (Standard localhost).</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>EPMD port on that host (default %1).</source>
        <translation>EPMD-Port auf diesem Host (Standard %1).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Timeout in ms (default 5000).</source>
        <translation>Zeitlimit in ms (Standard 5000).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Unerwartete Argumente: %1</translation>
    </message>
    <message>
        <source>--epmd-port takes a port number from 1 to 65535, not “%1”.</source>
        <translation>--epmd-port erwartet eine Portnummer von 1 bis 65535, nicht „%1“.</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of milliseconds.</source>
        <translation>--timeout erwartet eine positive Anzahl von Millisekunden.</translation>
    </message>
    <message>
        <source>No nodes are registered with EPMD on %1.</source>
        <translation>Bei EPMD auf %1 sind keine Knoten registriert.</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>KNOTEN</translation>
    </message>
</context>
<context>
    <name>beamtop::Page</name>
    <message>
        <source>Not connected.

Connect to a node with File ▸ Connect (Ctrl+O), or try the demo node with File ▸ Start demo node.</source>
        <translation>Nicht verbunden.

Verbinden Sie sich mit Datei ▸ Mit Knoten verbinden (Strg+O) mit einem Knoten, oder probieren Sie den Demo-Knoten mit Datei ▸ Demo-Knoten starten aus.</translation>
    </message>
</context>
<context>
    <name>beamtop::PageRegistry</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
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
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
</context>
<context>
    <name>beamtop::PortActions</name>
    <message>
        <source>Closing %1 failed: %2</source>
        <translation>Das Schließen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Closed %1.</source>
        <translation>%1 wurde geschlossen.</translation>
    </message>
    <message>
        <source>C&amp;lose Port…</source>
        <translation>Port sch&amp;ließen…</translation>
    </message>
    <message>
        <source>Close port</source>
        <translation>Port schließen</translation>
    </message>
    <message>
        <source>Close %1 on %2?</source>
        <translation>%1 auf %2 schließen?</translation>
    </message>
    <message>
        <source>The port closes at once, whatever it is doing: a connection drops and data still queued is lost. Its owner finds it closed on its next use.</source>
        <translation>Der Port wird sofort geschlossen, egal was er gerade tut: Eine Verbindung bricht ab, und noch wartende Daten gehen verloren. Sein Besitzer stellt bei der nächsten Verwendung fest, dass er geschlossen ist.</translation>
    </message>
    <message>
        <source>Close Port</source>
        <translation>Port schließen</translation>
    </message>
</context>
<context>
    <name>beamtop::PortCollector</name>
    <message>
        <source>The agent sent port counts Beamtop does not understand.</source>
        <translation>Der Agent hat Portzahlen gesendet, die Beamtop nicht versteht.</translation>
    </message>
    <message>
        <source>The agent on this node comes from an older Beamtop and cannot list ports; reconnect to load this one.</source>
        <translation>Der Agent auf diesem Knoten stammt von einem älteren Beamtop und kann keine Ports auflisten; verbinden Sie sich neu, um diesen hier zu laden.</translation>
    </message>
    <message>
        <source>Listing ports and sockets needs the agent, which is not loaded on this node.</source>
        <translation>Zum Auflisten von Ports und Sockets wird der Agent benötigt, der auf diesem Knoten nicht geladen ist.</translation>
    </message>
</context>
<context>
    <name>beamtop::PortCommand</name>
    <message>
        <source>One port or socket in detail, by its id.</source>
        <translation>Ein Port oder Socket im Detail, nach seiner ID.</translation>
    </message>
    <message>
        <source>Shows one port or socket of the node: its type, owner, addresses and state, everything erlang:port_info/1 says (socket:info/1 for sockets of the socket module), its statistics (inet:getstat/1, or a socket's counters), every option it answers (options the port does not have are marked unsupported) and its links and monitors. Give the id as the node prints it: #Port&lt;0.5&gt;, 5 for the same port, or #Socket&lt;0.1.2.3&gt;.</source>
        <translation>Zeigt einen Port oder Socket des Knotens: seinen Typ, Besitzer, seine Adressen und seinen Zustand, alles, was erlang:port_info/1 sagt (socket:info/1 für Sockets des Moduls socket), seine Statistiken (inet:getstat/1 oder die Zähler eines Sockets), jede Option, die er beantwortet (Optionen, die der Port nicht hat, sind als nicht unterstützt markiert), sowie seine Links und Monitore. Geben Sie die ID so an, wie der Knoten sie ausgibt: #Port&lt;0.5&gt;, 5 für denselben Port oder #Socket&lt;0.1.2.3&gt;.</translation>
    </message>
    <message>
        <source>'port' needs a port id, like #Port&lt;0.5&gt;, 5 or #Socket&lt;0.1.2.3&gt;.</source>
        <translation>„port“ braucht eine Port-ID, etwa #Port&lt;0.5&gt;, 5 oder #Socket&lt;0.1.2.3&gt;.</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Unerwartete Argumente: %1</translation>
    </message>
    <message>
        <source>'%1' is not a port id (write it like #Port&lt;0.5&gt;, 5 or #Socket&lt;0.1.2.3&gt;).</source>
        <translation>„%1“ ist keine Port-ID (schreiben Sie sie etwa als #Port&lt;0.5&gt;, 5 oder #Socket&lt;0.1.2.3&gt;).</translation>
    </message>
    <message>
        <source>Could not read port %1: %2</source>
        <translation>Port %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No port %1 is open on %2.</source>
        <translation>Auf %2 ist kein Port %1 offen.</translation>
    </message>
    <message>
        <source>Socket %1 on %2</source>
        <translation>Socket %1 auf %2</translation>
    </message>
    <message>
        <source>Port %1 on %2</source>
        <translation>Port %1 auf %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Socket info</source>
        <translation>Socket-Info</translation>
    </message>
    <message>
        <source>Port info</source>
        <translation>Port-Info</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>none for this kind of port</source>
        <translation>keine für diese Art von Port</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>(unsupported)</source>
        <translation>(nicht unterstützt)</translation>
    </message>
    <message>
        <source>(error: %1)</source>
        <translation>(Fehler: %1)</translation>
    </message>
    <message>
        <source>Links and monitors</source>
        <translation>Links und Monitore</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln weiterer Eintrag</numerusform>
            <numerusform>%Ln weitere Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Monitore</translation>
    </message>
    <message>
        <source>Monitored by</source>
        <translation>Überwacht von</translation>
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
        <translation>Port schließen…</translation>
    </message>
    <message>
        <source>Received/s</source>
        <translation>Empfangen/s</translation>
    </message>
    <message>
        <source>Sent/s</source>
        <translation>Gesendet/s</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Addresses &amp;&amp; State</source>
        <translation>&amp;Adressen &amp;&amp; Zustand</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistik</translation>
    </message>
    <message>
        <source>O&amp;ptions</source>
        <translation>O&amp;ptionen</translation>
    </message>
    <message>
        <source>&amp;Links &amp;&amp; Monitors</source>
        <translation>&amp;Links &amp;&amp; Monitore</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>Dia&amp;gramme</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This port cannot be sampled from %1: %2</source>
        <translation>Dieser Port kann von %1 nicht abgetastet werden: %2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 — %2 (closed)</source>
        <translation>%1 — %2 (geschlossen)</translation>
    </message>
    <message>
        <source>%1 has closed (noticed at %2).</source>
        <translation>%1 wurde geschlossen (bemerkt um %2).</translation>
    </message>
    <message>
        <source>Export port details</source>
        <translation>Portdetails exportieren</translation>
    </message>
    <message>
        <source>The port is already closed</source>
        <translation>Der Port ist bereits geschlossen</translation>
    </message>
    <message>
        <source>Close this port on %1 (asks first)</source>
        <translation>Diesen Port auf %1 schließen (fragt vorher nach)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Sampling…</source>
        <translation>Abtastung läuft…</translation>
    </message>
    <message>
        <source>Received/s %1</source>
        <translation>Empfangen/s %1</translation>
    </message>
    <message>
        <source>Sent/s %1</source>
        <translation>Gesendet/s %1</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>Warteschlange %1</translation>
    </message>
    <message>
        <source>Memory %1</source>
        <translation>Speicher %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>%1 received, %2 sent in all; sampled every refresh</source>
        <translation>Insgesamt %1 empfangen, %2 gesendet; bei jeder Aktualisierung abgetastet</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 ist geschlossen.</translation>
    </message>
</context>
<context>
    <name>beamtop::PortExport</name>
    <message>
        <source>The node did not answer during the export (%1). The file was not written; try again, or export one type or a filtered ranking.</source>
        <translation>Der Knoten hat während des Exports nicht geantwortet (%1). Die Datei wurde nicht geschrieben; versuchen Sie es erneut oder exportieren Sie einen einzelnen Typ oder eine gefilterte Rangliste.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln ports and sockets to %1.</source>
        <translation>
            <numerusform>%Ln Port oder Socket nach %1 exportiert.</numerusform>
            <numerusform>%Ln Ports und Sockets nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::PortHistoryModel</name>
    <message>
        <source>Received/s</source>
        <translation>Empfangen/s</translation>
    </message>
    <message>
        <source>Sent/s</source>
        <translation>Gesendet/s</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
</context>
<context>
    <name>beamtop::PortInspector</name>
    <message>
        <source>Port details need the agent, which is not loaded on this node.</source>
        <translation>Portdetails benötigen den Agenten, der auf diesem Knoten nicht geladen ist.</translation>
    </message>
    <message>
        <source>The agent on this node is older and cannot show port details.</source>
        <translation>Der Agent auf diesem Knoten ist älter und kann keine Portdetails anzeigen.</translation>
    </message>
    <message>
        <source>The agent sent port details Beamtop does not understand.</source>
        <translation>Der Agent hat Portdetails gesendet, die Beamtop nicht versteht.</translation>
    </message>
    <message>
        <source>Read-only mode is on for this connection: turn it off to change the node.</source>
        <translation>Der Nur-Lesen-Modus ist für diese Verbindung eingeschaltet: Schalten Sie ihn aus, um den Knoten zu verändern.</translation>
    </message>
    <message>
        <source>Closing a port needs the agent, which is not loaded on this node.</source>
        <translation>Das Schließen eines Ports benötigt den Agenten, der auf diesem Knoten nicht geladen ist.</translation>
    </message>
</context>
<context>
    <name>beamtop::PortSampler</name>
    <message>
        <source>Sampling a port needs the agent, which is not loaded on this node.</source>
        <translation>Zum Abtasten eines Ports wird der Agent benötigt, der auf diesem Knoten nicht geladen ist.</translation>
    </message>
    <message>
        <source>The agent sent a sample Beamtop does not understand.</source>
        <translation>Der Agent hat Messwerte gesendet, die Beamtop nicht versteht.</translation>
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
        <translation>Socket</translation>
    </message>
    <message>
        <source>spawned</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>Known from the second refresh that shows this port</source>
        <translation>Ab der zweiten Aktualisierung bekannt, die diesen Port zeigt</translation>
    </message>
    <message>
        <source>%1 bytes per second %2</source>
        <translation>%1 Bytes pro Sekunde %2</translation>
    </message>
    <message>
        <source>%1 received + %2 sent</source>
        <translation>%1 empfangen + %2 gesendet</translation>
    </message>
    <message>
        <source>%1 bytes per second received and sent</source>
        <translation>%1 Bytes pro Sekunde empfangen und gesendet</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>Not counted: plain ports count bytes only</source>
        <translation>Nicht gezählt: Einfache Ports zählen nur Bytes</translation>
    </message>
    <message>
        <source>Sockets of the socket module have no port queue</source>
        <translation>Sockets des Moduls socket haben keine Port-Warteschlange</translation>
    </message>
    <message>
        <source>%1 waiting to be sent: the peer or the network is not keeping up</source>
        <translation>%1 warten auf das Senden: Die Gegenstelle oder das Netzwerk kommt nicht hinterher</translation>
    </message>
    <message>
        <source>Not reported for sockets of the socket module</source>
        <translation>Für Sockets des Moduls socket nicht gemeldet</translation>
    </message>
    <message>
        <source>Operating-system process %1</source>
        <translation>Betriebssystemprozess %1</translation>
    </message>
    <message>
        <source>%1 packets per second over the last interval</source>
        <translation>%1 Pakete pro Sekunde im letzten Intervall</translation>
    </message>
    <message>
        <source>The queue grew by %1 per second over the last interval</source>
        <translation>Die Warteschlange ist im letzten Intervall um %1 pro Sekunde gewachsen</translation>
    </message>
    <message>
        <source>Grew by %1 per second over the last interval</source>
        <translation>Im letzten Intervall um %1 pro Sekunde gewachsen</translation>
    </message>
    <message>
        <source>The port closed before Beamtop could read it; it leaves the ranking at the next refresh</source>
        <translation>Der Port wurde geschlossen, bevor Beamtop ihn lesen konnte; er verlässt die Rangliste bei der nächsten Aktualisierung</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>The port has closed; these are its figures last seen at %1. It leaves the ranking at the next refresh.</source>
        <translation>Der Port wurde geschlossen; dies sind seine zuletzt um %1 gesehenen Werte. Er verlässt die Rangliste bei der nächsten Aktualisierung.</translation>
    </message>
    <message>
        <source>closed, last seen %1</source>
        <translation>geschlossen, zuletzt gesehen %1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>I/O</source>
        <translation>I/O</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>I/O/s</source>
        <translation>I/O/s</translation>
    </message>
    <message>
        <source>Recv/s</source>
        <translation>Empfangen/s</translation>
    </message>
    <message>
        <source>Sent/s</source>
        <translation>Gesendet/s</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Pakete ein</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Pakete aus</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Packets in/s</source>
        <translation>Pakete ein/s</translation>
    </message>
    <message>
        <source>Packets out/s</source>
        <translation>Pakete aus/s</translation>
    </message>
    <message>
        <source>Queue growth/s</source>
        <translation>Warteschlangenwachstum/s</translation>
    </message>
    <message>
        <source>Memory growth/s</source>
        <translation>Speicherwachstum/s</translation>
    </message>
    <message>
        <source>Change/s</source>
        <translation>Änderung/s</translation>
    </message>
    <message>
        <source>OS pid</source>
        <translation>OS-PID</translation>
    </message>
    <message>
        <source>The port or socket, as the node prints it</source>
        <translation>Der Port oder Socket, so wie der Knoten ihn ausgibt</translation>
    </message>
    <message>
        <source>TCP, UDP or SCTP (inet ports), socket (the socket module), spawned (an OS process), file, or other drivers</source>
        <translation>TCP, UDP oder SCTP (inet-Ports), Socket (das Modul socket), gestartet (ein Betriebssystemprozess), Datei oder sonstige Treiber</translation>
    </message>
    <message>
        <source>The driver's name, the command of a spawned port, or domain/type/protocol for a socket</source>
        <translation>Der Name des Treibers, der Befehl eines gestarteten Ports oder Domain/Typ/Protokoll bei einem Socket</translation>
    </message>
    <message>
        <source>The process the port is connected to (its owner), by name when it has one</source>
        <translation>Der Prozess, mit dem der Port verbunden ist (sein Besitzer), mit Namen, wenn er einen hat</translation>
    </message>
    <message>
        <source>The local address and port</source>
        <translation>Die lokale Adresse und der lokale Port</translation>
    </message>
    <message>
        <source>The address and port of the other end</source>
        <translation>Die Adresse und der Port der Gegenstelle</translation>
    </message>
    <message>
        <source>listening, connected, accepting, …; "closed" (greyed, with its last figures) for a port closed since it was ranked, until it leaves the ranking at the next refresh</source>
        <translation>listening, connected, accepting, …; „geschlossen“ (ausgegraut, mit seinen letzten Werten) für einen Port, der seit seiner Aufnahme in die Rangliste geschlossen wurde, bis er sie bei der nächsten Aktualisierung verlässt</translation>
    </message>
    <message>
        <source>Bytes received and sent since the port opened</source>
        <translation>Seit dem Öffnen des Ports empfangene und gesendete Bytes</translation>
    </message>
    <message>
        <source>Bytes received since the port opened</source>
        <translation>Seit dem Öffnen des Ports empfangene Bytes</translation>
    </message>
    <message>
        <source>Bytes sent since the port opened</source>
        <translation>Seit dem Öffnen des Ports gesendete Bytes</translation>
    </message>
    <message>
        <source>Bytes received and sent per second, between the last two refreshes</source>
        <translation>Empfangene und gesendete Bytes pro Sekunde, zwischen den letzten beiden Aktualisierungen</translation>
    </message>
    <message>
        <source>Bytes received per second, between the last two refreshes</source>
        <translation>Empfangene Bytes pro Sekunde, zwischen den letzten beiden Aktualisierungen</translation>
    </message>
    <message>
        <source>Bytes sent per second, between the last two refreshes</source>
        <translation>Gesendete Bytes pro Sekunde, zwischen den letzten beiden Aktualisierungen</translation>
    </message>
    <message>
        <source>Packets received (inet ports and sockets)</source>
        <translation>Empfangene Pakete (inet-Ports und Sockets)</translation>
    </message>
    <message>
        <source>Packets sent (inet ports and sockets)</source>
        <translation>Gesendete Pakete (inet-Ports und Sockets)</translation>
    </message>
    <message>
        <source>Bytes waiting in the port's queue to be sent: marked when not zero</source>
        <translation>Bytes, die in der Warteschlange des Ports auf das Senden warten: markiert, wenn nicht null</translation>
    </message>
    <message>
        <source>Memory the runtime has allocated for the port</source>
        <translation>Speicher, den die Laufzeitumgebung für den Port zugewiesen hat</translation>
    </message>
    <message>
        <source>Change per second of the ranked figure over the last interval (sliding window)</source>
        <translation>Änderung des Ranglistenwerts pro Sekunde im letzten Intervall (gleitendes Fenster)</translation>
    </message>
    <message>
        <source>The operating-system process of a spawned port</source>
        <translation>Der Betriebssystemprozess eines gestarteten Ports</translation>
    </message>
    <message>
        <source>%1.
Click to rank every port by this on the node, biggest first.</source>
        <translation>%1.
Klicken Sie, um alle Ports auf dem Knoten danach zu ordnen, den größten zuerst.</translation>
    </message>
    <message>
        <source>%1.
The node ranks only by bytes, rates, packets, queue and memory: this column does not sort.</source>
        <translation>%1.
Der Knoten ordnet nur nach Bytes, Raten, Paketen, Warteschlange und Speicher: Diese Spalte wird nicht sortiert.</translation>
    </message>
</context>
<context>
    <name>beamtop::PortTypesModel</name>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Ports and sockets of this type on the node now</source>
        <translation>Ports und Sockets dieses Typs, die jetzt auf dem Knoten existieren</translation>
    </message>
    <message>
        <source>Share of all ports and sockets</source>
        <translation>Anteil an allen Ports und Sockets</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%L1 ports (the node allows %L3) and %L2 sockets</source>
        <translation>%L1 Ports (der Knoten erlaubt %L3) und %L2 Sockets</translation>
    </message>
    <message>
        <source>%L1 ports and %L2 sockets</source>
        <translation>%L1 Ports und %L2 Sockets</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Noch nicht gelesen</translation>
    </message>
</context>
<context>
    <name>beamtop::PortsCommand</name>
    <message>
        <source>The ports and sockets ranked by I/O, bytes, packets, queue or memory.</source>
        <translation>Die Ports und Sockets nach E/A, Bytes, Paketen, Warteschlange oder Speicher geordnet.</translation>
    </message>
    <message>
        <source>Ranks every port and socket of the node (TCP, UDP and SCTP ports, sockets of the socket module, spawned programs, files...) by a metric, on the node and within the agent's CPU budget, and prints the first rows: a table for people, CSV or JSON with the keys of the desktop's export. io is bytes received plus sent. --window ranks by the change per second over a window (with io: the busiest right now); --watch prints again at every interval. The first answer comes within about a second: if the node has not finished ranking by then, it says how much it has ranked (partial). Needs the agent.</source>
        <translation>Ordnet jeden Port und Socket des Knotens (TCP-, UDP- und SCTP-Ports, Sockets des Moduls socket, gestartete Programme, Dateien...) nach einer Metrik, auf dem Knoten und innerhalb des CPU-Budgets des Agenten, und gibt die ersten Zeilen aus: eine Tabelle für Menschen, CSV oder JSON mit den Schlüsseln des Exports der Desktop-Anwendung. io ist die Summe der empfangenen und gesendeten Bytes. --window ordnet nach der Änderung pro Sekunde über ein Fenster (mit io: die gerade aktivsten); --watch gibt in jedem Intervall erneut aus. Die erste Antwort kommt innerhalb von etwa einer Sekunde: Hat der Knoten bis dahin nicht fertig geordnet, sagt sie, wie viel er bereits eingeordnet hat (unvollständig). Benötigt den Agenten.</translation>
    </message>
    <message>
        <source>Rank by %1 (default io: bytes received and sent).</source>
        <translation>Nach %1 ordnen (Standard io: empfangene und gesendete Bytes).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>How many ports (default 10, at most 500).</source>
        <translation>Wie viele Ports (Standard 10, höchstens 500).</translation>
    </message>
    <message>
        <source>Rank by the change over MS milliseconds (per second).</source>
        <translation>Nach der Änderung über MS Millisekunden ordnen (pro Sekunde).</translation>
    </message>
    <message>
        <source>Only ports whose id, type, name, owner, addresses or state contains TEXT.</source>
        <translation>Nur Ports, deren ID, Typ, Name, Besitzer, Adressen oder Zustand TEXT enthält.</translation>
    </message>
    <message>
        <source>Only ports of this type: %1.</source>
        <translation>Nur Ports dieses Typs: %1.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>--sort is one of %1.</source>
        <translation>--sort ist eines von %1.</translation>
    </message>
    <message>
        <source>--type is one of %1.</source>
        <translation>--type ist eines von %1.</translation>
    </message>
    <message>
        <source>Could not read the ports: %1</source>
        <translation>Die Ports konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 ports and sockets</source>
        <translation>%1 Ports und Sockets</translation>
    </message>
    <message>
        <source>%1 %2 ports</source>
        <translation>%1 %2-Ports</translation>
    </message>
    <message>
        <source>%1 on %2, ranked by %3</source>
        <translation>%1 auf %2, geordnet nach %3</translation>
    </message>
</context>
<context>
    <name>beamtop::PortsSection</name>
    <message>
        <source>the Beamtop agent running on this node is older and cannot list ports</source>
        <translation>der auf diesem Knoten laufende Beamtop-Agent ist älter und kann keine Ports auflisten</translation>
    </message>
    <message>
        <source>ports need the Beamtop agent, which this node did not load (reduced mode)</source>
        <translation>Ports brauchen den Beamtop-Agenten, den dieser Knoten nicht geladen hat (reduzierter Modus)</translation>
    </message>
    <message>
        <source>the Beamtop agent running on this node cannot count ports by type</source>
        <translation>der auf diesem Knoten laufende Beamtop-Agent kann Ports nicht nach Typ zählen</translation>
    </message>
    <message>
        <source>the node did not answer in time</source>
        <translation>der Knoten hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source> (port limit %1)</source>
        <translation> (Portgrenze %1)</translation>
    </message>
    <message>
        <source>%1 ports, %2 sockets%3</source>
        <translation>%1 Ports, %2 Sockets%3</translation>
    </message>
    <message>
        <source>  by type</source>
        <translation>  nach Typ</translation>
    </message>
    <message>
        <source>counts unavailable: %1</source>
        <translation>Zahlen nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Top ports</source>
        <translation>Top-Ports</translation>
    </message>
    <message>
        <source>by I/O</source>
        <translation>nach E/A</translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessActions</name>
    <message>
        <source>%1 of %2 failed: %3</source>
        <translation>%1 von %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Garbage collected %1.</source>
        <translation>Garbage Collection für %1 ausgeführt.</translation>
    </message>
    <message>
        <source>Suspended %1.</source>
        <translation>%1 wurde angehalten.</translation>
    </message>
    <message>
        <source>Resumed %1.</source>
        <translation>%1 wurde fortgesetzt.</translation>
    </message>
    <message>
        <source>Killed %1.</source>
        <translation>%1 wurde zwangsweise beendet.</translation>
    </message>
    <message>
        <source>Garbage collection</source>
        <translation>Garbage Collection</translation>
    </message>
    <message>
        <source>Suspending</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Killing</source>
        <translation>Zwangsweises Beenden</translation>
    </message>
    <message>
        <source>&amp;Garbage Collect</source>
        <translation>&amp;Garbage Collection</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Kill…</source>
        <translation>&amp;Zwangsweise beenden…</translation>
    </message>
    <message>
        <source>Kill process</source>
        <translation>Prozess zwangsweise beenden</translation>
    </message>
    <message>
        <source>Kill %1 on %2?</source>
        <translation>%1 auf %2 zwangsweise beenden?</translation>
    </message>
    <message>
        <source>The process exits with reason kill, which it cannot trap. Processes linked to it get an exit signal, and its supervisor may restart it.</source>
        <translation>Der Prozess wird mit dem Grund kill beendet, den er nicht abfangen kann. Mit ihm verlinkte Prozesse erhalten ein Exit-Signal, und sein Supervisor startet ihn möglicherweise neu.</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Zwangsweise beenden</translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessCollector</name>
    <message>
        <source>This node has %L1 processes: listing them needs the agent, which is not loaded.</source>
        <translation>Dieser Knoten hat %L1 Prozesse: Um sie aufzulisten, wird der Agent benötigt, der nicht geladen ist.</translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessCommand</name>
    <message>
        <source>One process in detail, by pid or registered name.</source>
        <translation>Ein Prozess im Detail, nach PID oder registriertem Namen.</translation>
    </message>
    <message>
        <source>Shows one process: what it is, what it runs, its memory, links and monitors, stack trace, dictionary and state, and with --messages the first messages in its queue. Give a pid (&lt;0.123.0&gt; or #PID&lt;0.123.0&gt;) or a registered name as the node writes it: code_server, or MyApp.Cache on an Elixir node ('Elixir.MyApp.Cache' in Erlang syntax).</source>
        <translation>Zeigt einen Prozess: was er ist, was er ausführt, seinen Speicher, seine Links und Monitore, Stacktrace, Dictionary und Zustand, und mit --messages die ersten Nachrichten in seiner Warteschlange. Geben Sie eine PID (&lt;0.123.0&gt; oder #PID&lt;0.123.0&gt;) oder einen registrierten Namen so an, wie der Knoten ihn schreibt: code_server, oder MyApp.Cache auf einem Elixir-Knoten ('Elixir.MyApp.Cache' in Erlang-Syntax).</translation>
    </message>
    <message>
        <source>Include the first N messages (at most 100: more reads 100).</source>
        <translation>Die ersten N Nachrichten einschließen (höchstens 100: mehr liest 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Copy the message queue even when it holds over 10,000 messages.</source>
        <translation>Die Nachrichtenwarteschlange auch kopieren, wenn sie über 10.000 Nachrichten enthält.</translation>
    </message>
    <message>
        <source>'process' needs a pid, like &lt;0.123.0&gt;, or a registered name, like code_server.</source>
        <translation>„process“ braucht eine PID, etwa &lt;0.123.0&gt;, oder einen registrierten Namen, etwa code_server.</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Unerwartete Argumente: %1</translation>
    </message>
    <message>
        <source>'%1' is neither a pid nor a name.</source>
        <translation>„%1“ ist weder eine PID noch ein Name.</translation>
    </message>
    <message>
        <source>--messages takes a number from 0 to 100.</source>
        <translation>--messages erwartet eine Zahl von 0 bis 100.</translation>
    </message>
    <message>
        <source>--messages: at most %1 messages are read; showing the first %1.</source>
        <translation>--messages: Es werden höchstens %1 Nachrichten gelesen; die ersten %1 werden angezeigt.</translation>
    </message>
    <message>
        <source>No process is registered as %1 on %2.</source>
        <translation>Auf %2 ist kein Prozess als %1 registriert.</translation>
    </message>
    <message>
        <source>No process %1 is alive on %2.</source>
        <translation>Auf %2 lebt kein Prozess %1.</translation>
    </message>
    <message>
        <source>The queue holds %L1 messages; copying it costs the node memory. Add --force to copy it anyway (only %2 are sent).</source>
        <translation>Die Warteschlange enthält %L1 Nachrichten; sie zu kopieren kostet den Knoten Speicher. Geben Sie --force an, um sie trotzdem zu kopieren (nur %2 werden gesendet).</translation>
    </message>
    <message>
        <source>Process %1 on %2</source>
        <translation>Prozess %1 auf %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Registered name</source>
        <translation>Registrierter Name</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Initial call</source>
        <translation>Initialer Aufruf</translation>
    </message>
    <message>
        <source>Spawned as</source>
        <translation>Gestartet als</translation>
    </message>
    <message>
        <source>Current function</source>
        <translation>Aktuelle Funktion</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Traps exits</source>
        <translation>Fängt Exits ab</translation>
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
        <source>Group leader</source>
        <translation>Group Leader</translation>
    </message>
    <message>
        <source>Reductions</source>
        <translation>Reduktionen</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>Nachrichtenwarteschlange</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Heap size</source>
        <translation>Heap-Größe</translation>
    </message>
    <message>
        <source>Stack size</source>
        <translation>Stack-Größe</translation>
    </message>
    <message>
        <source>Total heap size</source>
        <translation>Gesamte Heap-Größe</translation>
    </message>
    <message>
        <source>%L1 words</source>
        <translation>%L1 Wörter</translation>
    </message>
    <message>
        <source>Binaries</source>
        <translation>Binaries</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %Ln binaries</source>
        <translation>
            <numerusform>%1 in %Ln Binary</numerusform>
            <numerusform>%1 in %Ln Binaries</numerusform>
        </translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Monitore</translation>
    </message>
    <message>
        <source>Monitored by</source>
        <translation>Überwacht von</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln weiterer Eintrag</numerusform>
            <numerusform>%Ln weitere Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Stack trace</source>
        <translation>Stacktrace</translation>
    </message>
    <message>
        <source>Dictionary (%L1)</source>
        <translation>Dictionary (%L1)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>not available (%1)</source>
        <translation>nicht verfügbar (%1)</translation>
    </message>
    <message>
        <source>Messages: %L1 in the queue, not read (add --force)</source>
        <translation>Nachrichten: %L1 in der Warteschlange, nicht gelesen (--force angeben)</translation>
    </message>
    <message>
        <source>Messages (%L1 of %L2)</source>
        <translation>Nachrichten (%L1 von %L2)</translation>
    </message>
    <message>
        <source>PID|NAME</source>
        <translation>PID|NAME</translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessDetailsWindow</name>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Read the First %1 Messages…</source>
        <translation>Die ersten %1 Nachrichten lesen…</translation>
    </message>
    <message>
        <source>Read Again</source>
        <translation>Erneut lesen</translation>
    </message>
    <message>
        <source>Read the first %1 messages again</source>
        <translation>Die ersten %1 Nachrichten erneut lesen</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation>Reduktionen/s</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>Nachrichtenwarteschlange</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Dictionary</source>
        <translation>&amp;Dictionary</translation>
    </message>
    <message>
        <source>Stack &amp;Trace</source>
        <translation>Stack&amp;trace</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Zustand</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>Dia&amp;gramme</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 — %2 (dead)</source>
        <translation>%1 — %2 (beendet)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Sampling…</source>
        <translation>Abtastung läuft…</translation>
    </message>
    <message>
        <source>Memory %1 · Reductions/s %2 · Queue %3 · %4</source>
        <translation>Speicher %1 · Reduktionen/s %2 · Warteschlange %3 · %4</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Memory %1, queue %2 messages; sampled every refresh</source>
        <translation>Speicher %1, Warteschlange %2 Nachrichten; bei jeder Aktualisierung abgetastet</translation>
    </message>
    <message>
        <source>Reading the messages…</source>
        <translation>Die Nachrichten werden gelesen…</translation>
    </message>
    <message>
        <source>Read a long message queue</source>
        <translation>Eine lange Nachrichtenwarteschlange lesen</translation>
    </message>
    <message>
        <source>Read the first %1 of %L2 messages of %3?</source>
        <translation>Die ersten %1 von %L2 Nachrichten von %3 lesen?</translation>
    </message>
    <message>
        <source>To read any of them the node copies the whole queue — all %L1 messages — into a list inside the process that reads it, so for a moment it needs about as much memory again as the messages take (the process uses %2 now), and the copy takes time in proportion. Only the first %3 are sent to Beamtop.</source>
        <translation>Um auch nur eine davon zu lesen, kopiert der Knoten die ganze Warteschlange – alle %L1 Nachrichten – in eine Liste innerhalb des lesenden Prozesses. Kurzzeitig braucht er also noch einmal etwa so viel Speicher, wie die Nachrichten belegen (der Prozess belegt jetzt %2), und das Kopieren dauert entsprechend lange. Nur die ersten %3 werden an Beamtop gesendet.</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>eine unbekannte Menge</translation>
    </message>
    <message>
        <source>Copy and Read</source>
        <translation>Kopieren und lesen</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 has exited (noticed at %2).</source>
        <translation>%1 wurde beendet (bemerkt um %2).</translation>
    </message>
    <message>
        <source>No process is registered as %1 now.</source>
        <translation>Derzeit ist kein Prozess als %1 registriert.</translation>
    </message>
    <message>
        <source>Port %1 is closed.</source>
        <translation>Port %1 ist geschlossen.</translation>
    </message>
    <message>
        <source>Export process details</source>
        <translation>Prozessdetails exportieren</translation>
    </message>
    <message>
        <source>This process cannot be sampled from %1: %2</source>
        <translation>Dieser Prozess kann von %1 nicht abgetastet werden: %2</translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessExport</name>
    <message>
        <source>The node did not answer during the export (%1). The file was not written; try again, or export a filtered ranking.</source>
        <translation>Der Knoten hat während des Exports nicht geantwortet (%1). Die Datei wurde nicht geschrieben; versuchen Sie es erneut oder exportieren Sie eine gefilterte Rangliste.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln processes to %1.</source>
        <translation>
            <numerusform>%Ln Prozess nach %1 exportiert.</numerusform>
            <numerusform>%Ln Prozesse nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessHistoryModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation>Reduktionen/s</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>Nachrichtenwarteschlange</translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessInspector</name>
    <message>
        <source>'%1' is not a pid (write it like &lt;0.123.0&gt;).</source>
        <translation>„%1“ ist keine PID (schreiben Sie sie wie &lt;0.123.0&gt;).</translation>
    </message>
    <message>
        <source>Process details need the agent, which is not loaded on this node.</source>
        <translation>Prozessdetails benötigen den Agenten, der auf diesem Knoten nicht geladen ist.</translation>
    </message>
    <message>
        <source>Reading messages needs the agent, which is not loaded on this node.</source>
        <translation>Das Lesen von Nachrichten benötigt den Agenten, der auf diesem Knoten nicht geladen ist.</translation>
    </message>
    <message>
        <source>Read-only mode is on for this connection: turn it off to change the node.</source>
        <translation>Der Nur-Lesen-Modus ist für diese Verbindung eingeschaltet: Schalten Sie ihn aus, um den Knoten zu verändern.</translation>
    </message>
    <message>
        <source>Suspending and resuming need the agent, which is not loaded.</source>
        <translation>Anhalten und Fortsetzen benötigen den Agenten, der nicht geladen ist.</translation>
    </message>
    <message>
        <source>The port is closed.</source>
        <translation>Der Port ist geschlossen.</translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessSampler</name>
    <message>
        <source>The agent sent a sample Beamtop does not understand.</source>
        <translation>Der Agent hat Messwerte gesendet, die Beamtop nicht versteht.</translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessTableModel</name>
    <message>
        <source>%1 reductions per second</source>
        <translation>%1 Reduktionen pro Sekunde</translation>
    </message>
    <message>
        <source>Known from the second refresh that shows this process</source>
        <translation>Ab der zweiten Aktualisierung bekannt, die diesen Prozess zeigt</translation>
    </message>
    <message>
        <source>%1 words (%2)</source>
        <translation>%1 Wörter (%2)</translation>
    </message>
    <message>
        <source>The queue grew by %1 messages per second over the last interval</source>
        <translation>Die Warteschlange ist im letzten Intervall um %1 Nachrichten pro Sekunde gewachsen</translation>
    </message>
    <message>
        <source>The heap grew by %1 words per second over the last interval</source>
        <translation>Der Heap ist im letzten Intervall um %1 Wörter pro Sekunde gewachsen</translation>
    </message>
    <message>
        <source>%1 reductions per second over the last interval</source>
        <translation>%1 Reduktionen pro Sekunde im letzten Intervall</translation>
    </message>
    <message>
        <source>Grew by %1 per second over the last interval</source>
        <translation>Im letzten Intervall um %1 pro Sekunde gewachsen</translation>
    </message>
    <message>
        <source>Pid</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Initial call</source>
        <translation>Initialer Aufruf</translation>
    </message>
    <message>
        <source>Current function</source>
        <translation>Aktuelle Funktion</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Reductions</source>
        <translation>Reduktionen</translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation>Reduktionen/s</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binary</translation>
    </message>
    <message>
        <source>Heap</source>
        <translation>Heap</translation>
    </message>
    <message>
        <source>Memory growth/s</source>
        <translation>Speicherwachstum/s</translation>
    </message>
    <message>
        <source>Queue growth/s</source>
        <translation>Warteschlangenwachstum/s</translation>
    </message>
    <message>
        <source>Binary growth/s</source>
        <translation>Binary-Wachstum/s</translation>
    </message>
    <message>
        <source>Heap growth/s</source>
        <translation>Heap-Wachstum/s</translation>
    </message>
    <message>
        <source>Reductions/s (window)</source>
        <translation>Reduktionen/s (Fenster)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>The process identifier, as the node prints it</source>
        <translation>Die Prozesskennung, so wie der Knoten sie ausgibt</translation>
    </message>
    <message>
        <source>Registered name, else process label, else the initial call</source>
        <translation>Registrierter Name, sonst das Prozesslabel, sonst der initiale Aufruf</translation>
    </message>
    <message>
        <source>The function the process started in (for OTP processes, what proc_lib recorded)</source>
        <translation>Die Funktion, in der der Prozess gestartet wurde (bei OTP-Prozessen das, was proc_lib aufgezeichnet hat)</translation>
    </message>
    <message>
        <source>The function the process is executing or waiting in</source>
        <translation>Die Funktion, die der Prozess ausführt oder in der er wartet</translation>
    </message>
    <message>
        <source>Memory of the process: heap, stack, message queue and internal structures</source>
        <translation>Speicher des Prozesses: Heap, Stack, Nachrichtenwarteschlange und interne Strukturen</translation>
    </message>
    <message>
        <source>Reductions (units of work) since the process started</source>
        <translation>Reduktionen (Arbeitseinheiten) seit dem Start des Prozesses</translation>
    </message>
    <message>
        <source>Reductions per second: how busy the process is now</source>
        <translation>Reduktionen pro Sekunde: wie beschäftigt der Prozess gerade ist</translation>
    </message>
    <message>
        <source>Messages waiting in the process's queue</source>
        <translation>Nachrichten, die in der Warteschlange des Prozesses warten</translation>
    </message>
    <message>
        <source>Size of the reference-counted binaries the process holds</source>
        <translation>Größe der referenzgezählten Binaries, die der Prozess hält</translation>
    </message>
    <message>
        <source>Total heap size, all heap fragments included</source>
        <translation>Gesamte Heap-Größe, einschließlich aller Heap-Fragmente</translation>
    </message>
    <message>
        <source>Change per second of the ranked figure over the last interval (sliding window)</source>
        <translation>Änderung des Ranglistenwerts pro Sekunde im letzten Intervall (gleitendes Fenster)</translation>
    </message>
    <message>
        <source>The OTP application the process belongs to (from its group leader)</source>
        <translation>Die OTP-Anwendung, zu der der Prozess gehört (über seinen Group Leader)</translation>
    </message>
    <message>
        <source>%1.
Click to rank every process by this on the node, biggest first.</source>
        <translation>%1.
Klicken Sie, um alle Prozesse auf dem Knoten danach zu ordnen, den größten zuerst.</translation>
    </message>
    <message>
        <source>%1.
The node ranks only by memory, reductions, reductions/s, queue, binary and heap: this column does not sort.</source>
        <translation>%1.
Der Knoten ordnet nur nach Speicher, Reduktionen, Reduktionen/s, Warteschlange, Binary und Heap: Diese Spalte wird nicht sortiert.</translation>
    </message>
    <message>
        <source>The process exited before Beamtop could read it; it leaves the ranking at the next refresh</source>
        <translation>Der Prozess wurde beendet, bevor Beamtop ihn lesen konnte; er verlässt die Rangliste bei der nächsten Aktualisierung</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>The process has exited; these are its figures last seen at %1. It leaves the ranking at the next refresh.</source>
        <translation>Der Prozess wurde beendet; dies sind seine zuletzt um %1 gesehenen Werte. Er verlässt die Rangliste bei der nächsten Aktualisierung.</translation>
    </message>
    <message>
        <source>exited, last seen %1</source>
        <translation>beendet, zuletzt gesehen %1</translation>
    </message>
    <message>
        <source>running, runnable, waiting, garbage_collecting, suspended or exiting; "exited" (greyed, with its last figures) for a process gone since it was ranked, until it leaves the ranking at the next refresh</source>
        <translation>running, runnable, waiting, garbage_collecting, suspended oder exiting; „beendet“ (ausgegraut, mit seinen letzten Werten) für einen Prozess, der seit seiner Aufnahme in die Rangliste verschwunden ist, bis er sie bei der nächsten Aktualisierung verlässt</translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessesPage</name>
    <message>
        <source>Rank by &amp;Memory</source>
        <translation>Nach &amp;Speicher ordnen</translation>
    </message>
    <message>
        <source>Rank by &amp;Reductions</source>
        <translation>Nach &amp;Reduktionen ordnen</translation>
    </message>
    <message>
        <source>Rank by Reductions per &amp;Second</source>
        <translation>Nach Reduktionen pro S&amp;ekunde ordnen</translation>
    </message>
    <message>
        <source>Rank by Message &amp;Queue</source>
        <translation>Nach &amp;Nachrichtenwarteschlange ordnen</translation>
    </message>
    <message>
        <source>Rank by &amp;Binary Memory</source>
        <translation>Nach &amp;Binary-Speicher ordnen</translation>
    </message>
    <message>
        <source>Rank by &amp;Total Heap</source>
        <translation>Nach &amp;Gesamt-Heap ordnen</translation>
    </message>
    <message>
        <source>Copy Pid</source>
        <translation>PID kopieren</translation>
    </message>
    <message>
        <source>Rows are in pid order: ranking and filtering need Beamtop's agent, which is not loaded on this node.</source>
        <translation>Die Zeilen sind nach PID sortiert: Rangliste und Filter benötigen den Agenten von Beamtop, der auf diesem Knoten nicht geladen ist.</translation>
    </message>
    <message>
        <source>Rows are in pid order</source>
        <translation>Die Zeilen sind nach PID sortiert</translation>
    </message>
    <message>
        <source>The process list</source>
        <translation>Die Prozessliste</translation>
    </message>
    <message>
        <source>The process list could not be read from %1; showing the last rows read.</source>
        <translation>Die Prozessliste konnte nicht von %1 gelesen werden; die zuletzt gelesenen Zeilen werden angezeigt.</translation>
    </message>
    <message>
        <source>%L1 of %L2 processes match</source>
        <translation>%L1 von %L2 Prozessen passen</translation>
    </message>
    <message>
        <source>%L1 processes</source>
        <translation>%L1 Prozesse</translation>
    </message>
    <message>
        <source>The node has looked at %L1 of %L2 processes</source>
        <translation>Der Knoten hat %L1 von %L2 Prozessen geprüft</translation>
    </message>
    <message>
        <source>agent: %1 of one scheduler (budget %2)</source>
        <translation>Agent: %1 eines Schedulers (Budget %2)</translation>
    </message>
    <message>
        <source>agent budget %1 of one scheduler</source>
        <translation>Agent-Budget %1 eines Schedulers</translation>
    </message>
    <message>
        <source>selected: %1 has exited</source>
        <translation>ausgewählt: %1 wurde beendet</translation>
    </message>
    <message>
        <source>selected: %1, %2, queue %3</source>
        <translation>ausgewählt: %1, %2, Warteschlange %3</translation>
    </message>
    <message>
        <source>Copy &amp;Pid</source>
        <translation>&amp;PID kopieren</translation>
    </message>
    <message>
        <source>Export processes</source>
        <translation>Prozesse exportieren</translation>
    </message>
    <message>
        <source>Exporting the processes of %1…</source>
        <translation>Die Prozesse von %1 werden exportiert…</translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessesSection</name>
    <message>
        <source>Could not read the processes: %1</source>
        <translation>Die Prozesse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Top processes</source>
        <translation>Top-Prozesse</translation>
    </message>
    <message>
        <source>by memory</source>
        <translation>nach Speicher</translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessesToolbar</name>
    <message>
        <source>Filter by pid, name, function or application (Ctrl+F)</source>
        <translation>Nach PID, Name, Funktion oder Anwendung filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Shows only processes whose pid, name, initial call, current function or application contains this text (any case). The node does the matching.</source>
        <translation>Zeigt nur Prozesse, deren PID, Name, initialer Aufruf, aktuelle Funktion oder Anwendung diesen Text enthält (ohne Beachtung der Groß-/Kleinschreibung). Der Knoten führt den Abgleich durch.</translation>
    </message>
    <message>
        <source>Agent budget:</source>
        <translation>Agent-Budget:</translation>
    </message>
    <message>
        <source> % of a scheduler</source>
        <translation> % eines Schedulers</translation>
    </message>
    <message>
        <source>How much of one scheduler the agent may spend on the node, ranking in the background included. More ranks a large node sooner; the rows on screen are refreshed every tick either way.</source>
        <translation>Wie viel eines Schedulers der Agent auf dem Knoten verbrauchen darf, einschließlich der Ranglistenberechnung im Hintergrund. Mehr Budget erstellt die Rangliste eines großen Knotens schneller; die Zeilen auf dem Bildschirm werden in jedem Fall bei jedem Takt aktualisiert.</translation>
    </message>
    <message>
        <source>Rank by change over the last interval instead of totals: reductions per second, memory growth, queue growth (like recon:proc_window). Alt+W</source>
        <translation>Nach der Änderung im letzten Intervall statt nach Summen ordnen: Reduktionen pro Sekunde, Speicherwachstum, Wachstum der Warteschlange (wie recon:proc_window). Alt+W</translation>
    </message>
    <message>
        <source>Save every process of the ranking (those the filter matches) as CSV or JSON (Ctrl+E)</source>
        <translation>Alle Prozesse der Rangliste (die zum Filter passen) als CSV oder JSON speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Killing, suspending and garbage collecting processes are off for this connection. Turn read-only off in the toolbar to allow them.</source>
        <translation>Zwangsweises Beenden, Anhalten und Garbage Collection von Prozessen sind für diese Verbindung ausgeschaltet. Schalten Sie „Nur lesen“ in der Werkzeugleiste aus, um sie zu erlauben.</translation>
    </message>
    <message>
        <source>Actions that change the node (kill, suspend, garbage collect) are allowed for this connection.</source>
        <translation>Aktionen, die den Knoten verändern (zwangsweises Beenden, Anhalten, Garbage Collection), sind für diese Verbindung erlaubt.</translation>
    </message>
</context>
<context>
    <name>beamtop::Profile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Der Name ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The connect timeout must be between %1 and %2 seconds.</source>
        <translation>Die Verbindungszeitüberschreitung muss zwischen %1 und %2 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The refresh interval must be between %1 and %2 seconds.</source>
        <translation>Das Aktualisierungsintervall muss zwischen %1 und %2 Sekunden liegen.</translation>
    </message>
    <message>
        <source>Choose the file that holds the cookie.</source>
        <translation>Wählen Sie die Datei, die das Cookie enthält.</translation>
    </message>
    <message>
        <source>The colour tag “%1” is not a colour like #3366cc.</source>
        <translation>Die Farbmarkierung „%1“ ist keine Farbe wie #3366cc.</translation>
    </message>
    <message>
        <source>“name_mode” is auto, short or long, not “%1”.</source>
        <translation>„name_mode“ ist auto, short oder long, nicht „%1“.</translation>
    </message>
    <message>
        <source>“syntax” is auto, erlang or elixir, not “%1”.</source>
        <translation>„syntax“ ist auto, erlang oder elixir, nicht „%1“.</translation>
    </message>
    <message>
        <source>“cookie_source” is keychain, file, ask or default, not “%1”.</source>
        <translation>„cookie_source“ ist keychain, file, ask oder default, nicht „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not a port number (0 to 65535).</source>
        <translation>„%1“ ist keine Portnummer (0 bis 65535).</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3.</source>
        <translation>„%1“ muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
</context>
<context>
    <name>beamtop::ProfileCookie</name>
    <message>
        <source>The profile “%1” asks for the cookie at each connect.</source>
        <translation>Das Profil „%1“ fragt bei jeder Verbindung nach dem Cookie.</translation>
    </message>
    <message>
        <source>No cookie is saved for “%1” in %2 yet.</source>
        <translation>Für „%1“ ist noch kein Cookie gespeichert (Speicherort: %2).</translation>
    </message>
</context>
<context>
    <name>beamtop::ProfileEditor</name>
    <message>
        <source>Red (production)</source>
        <translation>Rot (Produktion)</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Edit Profile “%1”</source>
        <translation>Profil „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>What you call this node, e.g. Billing (production)</source>
        <translation>Wie Sie diesen Knoten nennen, z. B. Abrechnung (Produktion)</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Short names (-sname)</source>
        <translation>Kurze Namen (-sname)</translation>
    </message>
    <message>
        <source>Long names (-name)</source>
        <translation>Lange Namen (-name)</translation>
    </message>
    <message>
        <source>Beamtop names itself the way the node is named; Auto follows the node name's host part.</source>
        <translation>Beamtop wählt seine Namensart passend zum Knoten; „Automatisch“ richtet sich nach dem Host-Teil des Knotennamens.</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>Where EPMD listens on the node's host; the default honours ERL_EPMD_PORT.</source>
        <translation>Wo EPMD auf dem Host des Knotens lauscht; der Standard berücksichtigt ERL_EPMD_PORT.</translation>
    </message>
    <message>
        <source>Ask EPMD</source>
        <translation>EPMD fragen</translation>
    </message>
    <message>
        <source>Connect straight to this distribution port without asking EPMD: for SSH port forwards and firewalled EPMD. Pin the node's port with -kernel inet_dist_listen_min P inet_dist_listen_max P.</source>
        <translation>Direkt mit diesem Distributionsport verbinden, ohne EPMD zu fragen: für SSH-Portweiterleitungen und EPMD hinter einer Firewall. Legen Sie den Port des Knotens mit -kernel inet_dist_listen_min P inet_dist_listen_max P fest.</translation>
    </message>
    <message>
        <source>How long to wait for the whole connect: name lookup, EPMD and the handshake.</source>
        <translation>Wie lange auf den gesamten Verbindungsaufbau gewartet wird: Namensauflösung, EPMD und Handshake.</translation>
    </message>
    <message>
        <source>How often the window of this node refreshes at first.</source>
        <translation>Wie oft sich das Fenster dieses Knotens anfangs aktualisiert.</translation>
    </message>
    <message>
        <source>&amp;Read-only: no actions that change the node (kill, suspend, garbage collect)</source>
        <translation>Nur &amp;lesen: keine Aktionen, die den Knoten verändern (zwangsweises Beenden, Anhalten, Garbage Collection)</translation>
    </message>
    <message>
        <source>Auto (Elixir syntax on Elixir nodes)</source>
        <translation>Automatisch (Elixir-Syntax auf Elixir-Knoten)</translation>
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
        <translation>Eine Farbe, die am Fenster dieses Knotens angezeigt wird, um die Produktion von allem anderen zu unterscheiden</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Andere…</translation>
    </message>
    <message>
        <source>Colour tag</source>
        <translation>Farbmarkierung</translation>
    </message>
    <message>
        <source>In the system keychain</source>
        <translation>Im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>In a file, read at each connect</source>
        <translation>In einer Datei, bei jeder Verbindung gelesen</translation>
    </message>
    <message>
        <source>Nowhere: ask at each connect</source>
        <translation>Nirgends: bei jeder Verbindung fragen</translation>
    </message>
    <message>
        <source>BEAMTOP_COOKIE, else ~/.erlang.cookie</source>
        <translation>BEAMTOP_COOKIE, sonst ~/.erlang.cookie</translation>
    </message>
    <message>
        <source>From ~/.&amp;erlang.cookie</source>
        <translation>Aus ~/.&amp;erlang.cookie</translation>
    </message>
    <message>
        <source>Take the cookie from %1</source>
        <translation>Das Cookie aus %1 übernehmen</translation>
    </message>
    <message>
        <source>From a File…</source>
        <translation>Aus einer Datei…</translation>
    </message>
    <message>
        <source>Cookie file</source>
        <translation>Cookie-Datei</translation>
    </message>
    <message>
        <source>Path of a file holding the cookie</source>
        <translation>Pfad einer Datei mit dem Cookie</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Beamtop asks for the cookie each time it connects and keeps it in memory only.</source>
        <translation>Beamtop fragt bei jeder Verbindung nach dem Cookie und hält es nur im Speicher.</translation>
    </message>
    <message>
        <source>As for a connection without a profile: the BEAMTOP_COOKIE environment variable, else the file ~/.erlang.cookie.</source>
        <translation>Wie bei einer Verbindung ohne Profil: die Umgebungsvariable BEAMTOP_COOKIE, sonst die Datei ~/.erlang.cookie.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>N&amp;ode:</source>
        <translation>&amp;Knoten:</translation>
    </message>
    <message>
        <source>N&amp;ames:</source>
        <translation>Na&amp;men:</translation>
    </message>
    <message>
        <source>&amp;Keep the cookie:</source>
        <translation>Cookie &amp;aufbewahren:</translation>
    </message>
    <message>
        <source>&amp;Cookie:</source>
        <translation>&amp;Cookie:</translation>
    </message>
    <message>
        <source>&amp;EPMD port:</source>
        <translation>E&amp;PMD-Port:</translation>
    </message>
    <message>
        <source>&amp;Distribution port:</source>
        <translation>&amp;Distributionsport:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Re&amp;fresh every:</source>
        <translation>Akt&amp;ualisieren alle:</translation>
    </message>
    <message>
        <source>Term &amp;syntax:</source>
        <translation>Term-S&amp;yntax:</translation>
    </message>
    <message>
        <source>Colour &amp;tag:</source>
        <translation>&amp;Farbmarkierung:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>T&amp;est Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connect once with these settings, without loading anything onto the node</source>
        <translation>Einmal mit diesen Einstellungen verbinden, ohne etwas auf den Knoten zu laden</translation>
    </message>
    <message>
        <source>Saved in the keychain; type to replace it</source>
        <translation>Im Schlüsselbund gespeichert; geben Sie ein neues ein, um es zu ersetzen</translation>
    </message>
    <message>
        <source>The node's cookie, kept in the system keychain</source>
        <translation>Das Cookie des Knotens, im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <source>Cookie read from %1; it goes to the system keychain when you save.</source>
        <translation>Cookie aus %1 gelesen; es wird beim Speichern in den Schlüsselbund des Systems übernommen.</translation>
    </message>
    <message>
        <source>The cookie could not be saved in the system keychain, so the profile was not saved. %1 Beamtop does not write cookies to files itself; choose another way to keep it:</source>
        <translation>Das Cookie konnte nicht im Schlüsselbund des Systems gespeichert werden, daher wurde das Profil nicht gespeichert. %1 Beamtop schreibt Cookies nicht selbst in Dateien; wählen Sie eine andere Art, es aufzubewahren:</translation>
    </message>
    <message>
        <source>Use a Cookie File</source>
        <translation>Cookie-Datei verwenden</translation>
    </message>
    <message>
        <source>Choose the file that holds the cookie, then save.</source>
        <translation>Wählen Sie die Datei, die das Cookie enthält, und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Ask at Each Connect</source>
        <translation>Bei jeder Verbindung fragen</translation>
    </message>
    <message>
        <source>Beamtop will ask for the cookie at each connect. Save to keep this.</source>
        <translation>Beamtop wird bei jeder Verbindung nach dem Cookie fragen. Speichern Sie, um dies beizubehalten.</translation>
    </message>
    <message>
        <source>Another profile is already called “%1”.</source>
        <translation>Ein anderes Profil heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Type the cookie, or take it from ~/.erlang.cookie or a file: it goes to the system keychain.</source>
        <translation>Geben Sie das Cookie ein oder übernehmen Sie es aus ~/.erlang.cookie oder einer Datei: Es wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Saving the cookie in %1…</source>
        <translation>Das Cookie wird gespeichert (Speicherort: %1)…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>This profile asks for the cookie at each connect: connect to test it.</source>
        <translation>Dieses Profil fragt bei jeder Verbindung nach dem Cookie: Verbinden Sie sich, um es zu testen.</translation>
    </message>
    <message>
        <source>Type the cookie to test the connection.</source>
        <translation>Geben Sie das Cookie ein, um die Verbindung zu testen.</translation>
    </message>
</context>
<context>
    <name>beamtop::ProfileLauncher</name>
    <message>
        <source>There is no profile called “%1”.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>File ▸ Profiles (Ctrl+Shift+O) lists the saved profiles; beamtop-cli profiles list too.</source>
        <translation>Datei ▸ Profile (Strg+Umschalt+O) listet die gespeicherten Profile auf; beamtop-cli profiles list ebenfalls.</translation>
    </message>
    <message>
        <source>Reading the cookie of %1 from the system keychain…</source>
        <translation>Das Cookie von %1 wird aus dem Schlüsselbund des Systems gelesen…</translation>
    </message>
    <message>
        <source>No cookie for %1: %2</source>
        <translation>Kein Cookie für %1: %2</translation>
    </message>
    <message>
        <source>Edit the profile (File ▸ Profiles) to point it at the right cookie.</source>
        <translation>Bearbeiten Sie das Profil (Datei ▸ Profile), damit es auf das richtige Cookie verweist.</translation>
    </message>
    <message>
        <source>Connecting with the cookie from %1, but the profile could not be changed to use it.</source>
        <translation>Die Verbindung wird mit dem Cookie aus %1 hergestellt, aber das Profil konnte nicht so geändert werden, dass es dieses verwendet.</translation>
    </message>
    <message>
        <source>Cookie not saved</source>
        <translation>Cookie nicht gespeichert</translation>
    </message>
    <message>
        <source>The cookie for %1 is used for this connection but could not be saved in the system keychain. %2</source>
        <translation>Das Cookie für %1 wird für diese Verbindung verwendet, konnte aber nicht im Schlüsselbund des Systems gespeichert werden. %2</translation>
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
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Last connected</source>
        <translation>Zuletzt verbunden</translation>
    </message>
    <message>
        <source>Where the cookie is kept. Beamtop never writes a cookie to a file itself.</source>
        <translation>Wo das Cookie aufbewahrt wird. Beamtop schreibt ein Cookie nie selbst in eine Datei.</translation>
    </message>
    <message>
        <source>When Beamtop last connected through this profile (recent ones first when sorted)</source>
        <translation>Wann Beamtop sich zuletzt über dieses Profil verbunden hat (beim Sortieren die neuesten zuerst)</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>Asked at each connect</source>
        <translation>Bei jeder Verbindung abgefragt</translation>
    </message>
    <message>
        <source>BEAMTOP_COOKIE or ~/.erlang.cookie</source>
        <translation>BEAMTOP_COOKIE oder ~/.erlang.cookie</translation>
    </message>
    <message>
        <source> (port %1)</source>
        <translation> (Port %1)</translation>
    </message>
    <message>
        <source>, distribution port %1, EPMD not consulted</source>
        <translation>, Distributionsport %1, EPMD nicht gefragt</translation>
    </message>
    <message>
        <source>, EPMD on port %1</source>
        <translation>, EPMD auf Port %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>beamtop::ProfileManager</name>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect to the selected node (Enter, or double-click)</source>
        <translation>Mit dem ausgewählten Knoten verbinden (Eingabe oder Doppelklick)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Save a new node</source>
        <translation>Einen neuen Knoten speichern</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected profile</source>
        <translation>Das ausgewählte Profil ändern</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>A new profile like the selected one, with its cookie</source>
        <translation>Ein neues Profil wie das ausgewählte, mit seinem Cookie</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Remove the selected profile and its cookie from the keychain</source>
        <translation>Das ausgewählte Profil und sein Cookie aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connect once, without loading anything onto the node</source>
        <translation>Einmal verbinden, ohne etwas auf den Knoten zu laden</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add profiles from a JSON file someone shared (no cookies in it)</source>
        <translation>Profile aus einer JSON-Datei hinzufügen, die jemand geteilt hat (ohne Cookies)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save every profile as JSON to share with your team (without cookies)</source>
        <translation>Alle Profile als JSON speichern, um sie mit Ihrem Team zu teilen (ohne Cookies)</translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message>
        <source>Beamtop profiles (*.json);;All files (*)</source>
        <translation>Beamtop-Profile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Profiles</source>
        <translation>Profile exportieren</translation>
    </message>
    <message>
        <source>Beamtop profiles (*.json)</source>
        <translation>Beamtop-Profile (*.json)</translation>
    </message>
    <message>
        <source>No profiles yet. New… saves a node with its cookie in the system keychain; then a double-click connects.</source>
        <translation>Noch keine Profile. „Neu…“ speichert einen Knoten mit seinem Cookie im Schlüsselbund des Systems; danach verbindet ein Doppelklick.</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>The cookie of the original could not be read; type it for the copy.</source>
        <translation>Das Cookie des Originals konnte nicht gelesen werden; geben Sie es für die Kopie ein.</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>“%1” deleted, but its cookie is still in the system keychain (service beamtop, key %2).</source>
        <translation>„%1“ gelöscht, aber sein Cookie liegt noch im Schlüsselbund des Systems (Dienst beamtop, Schlüssel %2).</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its cookie?</source>
        <translation>Das Profil „%1“ und sein Cookie löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Profiles imported from %1: %2. Cookies are not shared: Beamtop asks for each at the first connect.</source>
        <translation>Profile aus %1 importiert: %2. Cookies werden nicht geteilt: Beamtop fragt bei der ersten Verbindung nach jedem.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Profiles exported to %1, without cookies: %2.</source>
        <translation>Profile nach %1 exportiert, ohne Cookies: %2.</translation>
    </message>
</context>
<context>
    <name>beamtop::ProfileStore</name>
    <message>
        <source>Another profile is already called “%1”.</source>
        <translation>Ein anderes Profil heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Could not write %1; check that the directory exists and is writable.</source>
        <translation>%1 konnte nicht geschrieben werden; prüfen Sie, ob das Verzeichnis existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>This is not a JSON file (%1 at byte %2).</source>
        <translation>Dies ist keine JSON-Datei (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>This is not a Beamtop profile list (its “schema” is not %1).</source>
        <translation>Dies ist keine Beamtop-Profilliste (ihr „schema“ ist nicht %1).</translation>
    </message>
    <message>
        <source>The file lists %1 profiles; only the first %2 are read.</source>
        <translation>Die Datei enthält %1 Profile; nur die ersten %2 werden gelesen.</translation>
    </message>
    <message>
        <source>Entry %1 is not an object; skipped.</source>
        <translation>Eintrag %1 ist kein Objekt; übersprungen.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) skipped: %3</source>
        <translation>Eintrag %1 (%2) übersprungen: %3</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <source>“%1” updated.</source>
        <translation>„%1“ aktualisiert.</translation>
    </message>
    <message>
        <source>“%1” added.</source>
        <translation>„%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>“%1” not imported: %2</source>
        <translation>„%1“ nicht importiert: %2</translation>
    </message>
</context>
<context>
    <name>beamtop::ProfilesCommand</name>
    <message>
        <source>list | show NAME | add NAME | remove NAME</source>
        <translation>list | show NAME | add NAME | remove NAME</translation>
    </message>
    <message>
        <source>The saved nodes (profiles) shared with the desktop app: list, show, add, remove.</source>
        <translation>Die gespeicherten Knoten (Profile), gemeinsam mit der Desktop-Anwendung: list, show, add, remove.</translation>
    </message>
    <message>
        <source>Manages the profiles the desktop app and beamtop-cli share (connect through one with --profile NAME). 'profiles add NAME --node NODE' keeps the cookie in the system keychain, read from --cookie-file or --cookie-stdin, never from the command line; with --keep-cookie-file the profile reads the file at each connect instead, with --ask-cookie it keeps no cookie and you pipe it in with --cookie-stdin when connecting. 'profiles remove NAME' removes the keychain entry too.</source>
        <translation>Verwaltet die Profile, die die Desktop-Anwendung und beamtop-cli gemeinsam nutzen (mit --profile NAME verbinden Sie sich über eines). „profiles add NAME --node KNOTEN“ speichert das Cookie im Schlüsselbund des Systems, gelesen aus --cookie-file oder --cookie-stdin, nie von der Befehlszeile; mit --keep-cookie-file liest das Profil stattdessen die Datei bei jedem Verbindungsaufbau, mit --ask-cookie speichert es kein Cookie, und Sie übergeben es beim Verbinden per Pipe mit --cookie-stdin. „profiles remove NAME“ entfernt auch den Eintrag im Schlüsselbund.</translation>
    </message>
    <message>
        <source>add: the node, name@host.</source>
        <translation>add: der Knoten, name@host.</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>KNOTEN</translation>
    </message>
    <message>
        <source>add: read the cookie from FILE into the keychain.</source>
        <translation>add: das Cookie aus DATEI in den Schlüsselbund lesen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>add: read the cookie from --cookie-file at each connect instead of keeping it in the keychain.</source>
        <translation>add: das Cookie bei jedem Verbindungsaufbau aus --cookie-file lesen, statt es im Schlüsselbund zu speichern.</translation>
    </message>
    <message>
        <source>add: read the cookie from the first line of standard input.</source>
        <translation>add: das Cookie aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>add: keep no cookie; give it at each connect (--cookie-stdin).</source>
        <translation>add: kein Cookie speichern; es bei jedem Verbindungsaufbau angeben (--cookie-stdin).</translation>
    </message>
    <message>
        <source>add: name Beamtop with a long name.</source>
        <translation>add: Beamtop einen langen Namen geben.</translation>
    </message>
    <message>
        <source>add: name Beamtop with a short name.</source>
        <translation>add: Beamtop einen kurzen Namen geben.</translation>
    </message>
    <message>
        <source>add: EPMD port on the node's host.</source>
        <translation>add: EPMD-Port auf dem Host des Knotens.</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>add: connect to this distribution port directly, without EPMD.</source>
        <translation>add: direkt mit diesem Distributionsport verbinden, ohne EPMD.</translation>
    </message>
    <message>
        <source>add: connect timeout in ms.</source>
        <translation>add: Zeitlimit für den Verbindungsaufbau in ms.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>add: how terms are written: auto, erlang or elixir.</source>
        <translation>add: wie Terme geschrieben werden: auto, erlang oder elixir.</translation>
    </message>
    <message>
        <source>SYNTAX</source>
        <translation>SYNTAX</translation>
    </message>
    <message>
        <source>'profiles' needs what to do: list, show, add or remove.</source>
        <translation>„profiles“ braucht eine Aktion: list, show, add oder remove.</translation>
    </message>
    <message>
        <source>'profiles %1' is not known: list, show, add or remove.</source>
        <translation>„profiles %1“ ist unbekannt: list, show, add oder remove.</translation>
    </message>
    <message>
        <source>'profiles %1' needs the profile's name.</source>
        <translation>„profiles %1“ braucht den Namen des Profils.</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Unerwartete Argumente: %1</translation>
    </message>
    <message>
        <source>Cannot read the cookie from standard input.</source>
        <translation>Das Cookie kann nicht aus der Standardeingabe gelesen werden.</translation>
    </message>
    <message>
        <source>Cookie (not shown): </source>
        <translation>Cookie (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>No cookie on standard input: pipe it in, e.g. --cookie-stdin &lt; cookie-file.</source>
        <translation>Kein Cookie auf der Standardeingabe: Übergeben Sie es per Pipe, z. B. --cookie-stdin &lt; cookie-file.</translation>
    </message>
    <message>
        <source>No profiles yet. Add one: beamtop-cli profiles add NAME --node NODE --cookie-file FILE</source>
        <translation>Noch keine Profile. Fügen Sie eines hinzu: beamtop-cli profiles add NAME --node KNOTEN --cookie-file DATEI</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>COOKIE</source>
        <translation>COOKIE</translation>
    </message>
    <message>
        <source>LAST CONNECTED</source>
        <translation>ZULETZT VERB.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>No profile called “%1”. beamtop-cli profiles list shows them.</source>
        <translation>Es gibt kein Profil namens „%1“. beamtop-cli profiles list zeigt sie an.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>EPMD port</source>
        <translation>EPMD-Port</translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>Distribution port</source>
        <translation>Distributionsport</translation>
    </message>
    <message>
        <source>%1 (EPMD not consulted)</source>
        <translation>%1 (EPMD nicht gefragt)</translation>
    </message>
    <message>
        <source>from EPMD</source>
        <translation>von EPMD</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>Zeitlimit für den Verbindungsaufbau</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Aktualisierungsintervall</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
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
        <source>Syntax</source>
        <translation>Syntax</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>in the system keychain (service beamtop, key %1)</source>
        <translation>im Schlüsselbund des Systems (Dienst beamtop, Schlüssel %1)</translation>
    </message>
    <message>
        <source>read from %1 at each connect</source>
        <translation>bei jedem Verbindungsaufbau aus %1 gelesen</translation>
    </message>
    <message>
        <source>asked at each connect (--cookie-stdin)</source>
        <translation>bei jedem Verbindungsaufbau erfragt (--cookie-stdin)</translation>
    </message>
    <message>
        <source>BEAMTOP_COOKIE, else ~/.erlang.cookie</source>
        <translation>BEAMTOP_COOKIE, sonst ~/.erlang.cookie</translation>
    </message>
    <message>
        <source>Last connected</source>
        <translation>Zuletzt verbunden</translation>
    </message>
    <message>
        <source>A profile called “%1” exists already; remove it first (beamtop-cli profiles remove %1).</source>
        <translation>Ein Profil namens „%1“ existiert bereits; entfernen Sie es zuerst (beamtop-cli profiles remove %1).</translation>
    </message>
    <message>
        <source>Which node? Give --node name@host.</source>
        <translation>Welcher Knoten? Geben Sie --node name@host an.</translation>
    </message>
    <message>
        <source>--%1 takes a port number.</source>
        <translation>--%1 erwartet eine Portnummer.</translation>
    </message>
    <message>
        <source>Give the cookie one way: --cookie-file FILE, --cookie-stdin or --ask-cookie.</source>
        <translation>Geben Sie das Cookie auf genau eine Weise an: --cookie-file DATEI, --cookie-stdin oder --ask-cookie.</translation>
    </message>
    <message>
        <source>--keep-cookie-file goes with --cookie-file FILE.</source>
        <translation>--keep-cookie-file gehört zu --cookie-file DATEI.</translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>The cookie could not be saved in the system keychain, so the profile was not saved.</source>
        <translation>Das Cookie konnte nicht im Schlüsselbund des Systems gespeichert werden, daher wurde das Profil nicht gespeichert.</translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation>Der Schlüsselbund meldete: %1</translation>
    </message>
    <message>
        <source>Without a keychain, Beamtop does not store cookies itself. Instead, either point the profile at the cookie file (add --keep-cookie-file) or have it ask at each connect (--ask-cookie, then --cookie-stdin when connecting).</source>
        <translation>Ohne Schlüsselbund speichert Beamtop selbst keine Cookies. Lassen Sie das Profil stattdessen entweder auf die Cookie-Datei verweisen (--keep-cookie-file angeben) oder bei jedem Verbindungsaufbau danach fragen (--ask-cookie, dann beim Verbinden --cookie-stdin).</translation>
    </message>
    <message>
        <source>Profile “%1” saved; its cookie is in the system keychain.</source>
        <translation>Profil „%1“ gespeichert; sein Cookie liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Profile “%1” removed.</source>
        <translation>Profil „%1“ entfernt.</translation>
    </message>
    <message>
        <source>Profile “%1” and its cookie removed.</source>
        <translation>Profil „%1“ und sein Cookie entfernt.</translation>
    </message>
    <message>
        <source>Profile “%1” removed, but its cookie could not be deleted from the system keychain: %2</source>
        <translation>Profil „%1“ entfernt, aber sein Cookie konnte nicht aus dem Schlüsselbund des Systems gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Delete it yourself later: secret-tool clear server beamtop user %1</source>
        <translation>Löschen Sie es später selbst: secret-tool clear server beamtop user %1</translation>
    </message>
</context>
<context>
    <name>beamtop::RankedCollector</name>
    <message>
        <source>The agent sent a ranking Beamtop does not understand.</source>
        <translation>Der Agent hat eine Rangliste gesendet, die Beamtop nicht versteht.</translation>
    </message>
    <message>
        <source>Ranking needs the agent, which is not loaded on this node.</source>
        <translation>Die Rangliste benötigt den Agenten, der auf diesem Knoten nicht geladen ist.</translation>
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
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Keep printing, one table or document per interval.</source>
        <translation>Weiter ausgeben, eine Tabelle oder ein Dokument pro Intervall.</translation>
    </message>
    <message>
        <source>Milliseconds between refreshes with --watch (default 1000).</source>
        <translation>Millisekunden zwischen den Aktualisierungen mit --watch (Standard 1000).</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Unerwartete Argumente: %1</translation>
    </message>
    <message>
        <source>Data is late: the node has not answered for %1 s; still asking.</source>
        <translation>Daten verspätet: Der Knoten hat seit %1 s nicht geantwortet; es wird weiter gefragt.</translation>
    </message>
    <message>
        <source>The node answers again.</source>
        <translation>Der Knoten antwortet wieder.</translation>
    </message>
    <message>
        <source>--count takes a number from 1 to %1.</source>
        <translation>--count erwartet eine Zahl von 1 bis %1.</translation>
    </message>
    <message>
        <source>--interval takes a number of milliseconds.</source>
        <translation>--interval erwartet eine Anzahl von Millisekunden.</translation>
    </message>
    <message>
        <source>--window takes milliseconds, at least 250.</source>
        <translation>--window erwartet Millisekunden, mindestens 250.</translation>
    </message>
</context>
<context>
    <name>beamtop::RankedExport</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The node's rows are larger than a reply may be; no file was written.</source>
        <translation>Die Zeilen des Knotens sind größer, als eine Antwort sein darf; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The node's ranking did not move on between two pages; no file was written. Try again.</source>
        <translation>Die Rangliste des Knotens ist zwischen zwei Seiten nicht weitergekommen; es wurde keine Datei geschrieben. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>beamtop::RankedTableModelBase</name>
    <message>
        <source>Not fetched yet: it comes when the row is on screen</source>
        <translation>Noch nicht abgerufen: Die Daten kommen, sobald die Zeile sichtbar ist</translation>
    </message>
</context>
<context>
    <name>beamtop::RankedTablePage</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>last refresh failed</source>
        <translation>letzte Aktualisierung fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln ausgewählt</numerusform>
            <numerusform>%Ln ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::RankedToolbar</name>
    <message>
        <source>Sliding Window</source>
        <translation>Gleitendes Fenster</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>Changes allowed</source>
        <translation>Änderungen erlaubt</translation>
    </message>
</context>
<context>
    <name>beamtop::RankingStatusLine</name>
    <message>
        <source>Ranking: %v of %m</source>
        <translation>Rangliste: %v von %m</translation>
    </message>
    <message>
        <source>Not connected. Connect to a node with File ▸ Connect (Ctrl+O).</source>
        <translation>Nicht verbunden. Verbinden Sie sich mit Datei ▸ Mit Knoten verbinden (Strg+O) mit einem Knoten.</translation>
    </message>
    <message>
        <source>first ranking in progress: the rows so far are partial</source>
        <translation>erste Rangliste wird erstellt: Die bisherigen Zeilen sind unvollständig</translation>
    </message>
    <message>
        <source>ranked %1 ago</source>
        <translation>Rangliste von vor %1</translation>
    </message>
    <message>
        <source> (a full ranking takes %1)</source>
        <translation> (eine vollständige Rangliste dauert %1)</translation>
    </message>
    <message>
        <source>measuring change: rates come with the next full ranking</source>
        <translation>Änderung wird gemessen: Raten kommen mit der nächsten vollständigen Rangliste</translation>
    </message>
</context>
<context>
    <name>beamtop::RecordCommand</name>
    <message>
        <source>The load metrics over time, as CSV, JSON or text.</source>
        <translation>Die Lastmetriken im Zeitverlauf, als CSV, JSON oder Text.</translation>
    </message>
    <message>
        <source>Records what the desktop's Load page charts (scheduler utilisation, memory, processes and ports, reductions, I/O, garbage collection, run queue) and, in CSV and JSON, the memory allocators (allocated and used bytes per type, the totals, the resident size): a first sample, then one row per interval for the duration. Ctrl+C or SIGTERM end it early with a whole document.</source>
        <translation>Zeichnet auf, was die Seite „Last“ der Desktop-Anwendung in Diagrammen zeigt (Scheduler-Auslastung, Speicher, Prozesse und Ports, Reduktionen, E/A, Garbage Collection, Ausführungswarteschlange), und in CSV und JSON die Speicher-Allokatoren (reservierte und benutzte Bytes pro Typ, die Summen, die residente Größe): einen ersten Messpunkt, dann eine Zeile pro Intervall für die angegebene Dauer. Strg+C oder SIGTERM beenden sie vorzeitig mit einem vollständigen Dokument.</translation>
    </message>
    <message>
        <source>For how long, like 90s, 15m or 2h (default 60s).</source>
        <translation>Wie lange, etwa 90s, 15m oder 2h (Standard 60s).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>Milliseconds between samples, at least 100 (default 1000).</source>
        <translation>Millisekunden zwischen den Messpunkten, mindestens 100 (Standard 1000).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Unerwartete Argumente: %1</translation>
    </message>
    <message>
        <source>--duration takes a time like 90s, 15m or 2h.</source>
        <translation>--duration erwartet eine Zeitangabe wie 90s, 15m oder 2h.</translation>
    </message>
    <message>
        <source>record: --interval takes at least 100 ms.</source>
        <translation>record: --interval erwartet mindestens 100 ms.</translation>
    </message>
    <message>
        <source>Could not read the schedulers (their columns stay empty in this row): %1</source>
        <translation>Die Scheduler konnten nicht gelesen werden (ihre Spalten bleiben in dieser Zeile leer): %1</translation>
    </message>
    <message>
        <source>Could not read the allocators (their columns stay empty in this row): %1</source>
        <translation>Die Allokatoren konnten nicht gelesen werden (ihre Spalten bleiben in dieser Zeile leer): %1</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2. Check that the directory exists and is writable.</source>
        <translation>In %1 kann nicht geschrieben werden: %2. Prüfen Sie, ob das Verzeichnis existiert und beschreibbar ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n samples in a row failed; the recording ends here: %1</source>
        <translation>
            <numerusform>%n Messpunkt in Folge ist fehlgeschlagen; die Aufzeichnung endet hier: %1</numerusform>
            <numerusform>%n Messpunkte in Folge sind fehlgeschlagen; die Aufzeichnung endet hier: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The first sample failed, trying again: %1</source>
        <translation>Der erste Messpunkt ist fehlgeschlagen, neuer Versuch: %1</translation>
    </message>
    <message>
        <source>Skipped a sample: %1</source>
        <translation>Ein Messpunkt wurde übersprungen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Interrupted: the recording ends with %n samples.</source>
        <translation>
            <numerusform>Unterbrochen: Die Aufzeichnung endet mit %n Messpunkt.</numerusform>
            <numerusform>Unterbrochen: Die Aufzeichnung endet mit %n Messpunkten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the recording failed: %1</source>
        <translation>Das Schreiben der Aufzeichnung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>beamtop::RecordTextWriter</name>
    <message>
        <source>UTIL</source>
        <translation>AUSL.</translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation>SPEICHER</translation>
    </message>
    <message>
        <source>PROCS</source>
        <translation>PROZ.</translation>
    </message>
    <message>
        <source>PORTS</source>
        <translation>PORTS</translation>
    </message>
    <message>
        <source>REDS/S</source>
        <translation>RED./S</translation>
    </message>
    <message>
        <source>IO IN/S</source>
        <translation>IO EIN/S</translation>
    </message>
    <message>
        <source>IO OUT/S</source>
        <translation>IO AUS/S</translation>
    </message>
    <message>
        <source>GC/S</source>
        <translation>GC/S</translation>
    </message>
    <message>
        <source>RUN Q</source>
        <translation>AUSF.-WS</translation>
    </message>
</context>
<context>
    <name>beamtop::RuleEditor</name>
    <message>
        <source>Alert Rules</source>
        <translation>Alarmregeln</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Reset to &amp;Defaults</source>
        <translation>&amp;Zurücksetzen auf Standard</translation>
    </message>
    <message>
        <source>Replace every rule by the set that works on any node without editing</source>
        <translation>Alle Regeln durch den Satz ersetzen, der ohne Anpassung auf jedem Knoten funktioniert</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>postfach</translation>
    </message>
    <message>
        <source>A name for the rule, unique among these rules: the log and beamtop-cli watch call it by it</source>
        <translation>Ein Name für die Regel, eindeutig unter diesen Regeln: Das Protokoll und beamtop-cli watch bezeichnen sie damit</translation>
    </message>
    <message>
        <source>What the rule watches. Metrics marked “largest” name the process, table or port at fault</source>
        <translation>Was die Regel überwacht. Messwerte, die mit „größte“ gekennzeichnet sind, nennen den verantwortlichen Prozess, die Tabelle oder den Port</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>above</source>
        <translation>über</translation>
    </message>
    <message>
        <source>below</source>
        <translation>unter</translation>
    </message>
    <message>
        <source>e.g. 85%, 1.5GiB, 10k</source>
        <translation>z. B. 85%, 1.5GiB, 10k</translation>
    </message>
    <message>
        <source>Fires past this value. Units: % for ratios, B/KiB/MiB/GiB (or kB/MB/GB) for bytes, k/M/G for counts</source>
        <translation>Löst aus, wenn dieser Wert überschritten wird. Einheiten: % für Anteile, B/KiB/MiB/GiB (oder kB/MB/GB) für Bytes, k/M/G für Anzahlen</translation>
    </message>
    <message>
        <source>the threshold</source>
        <translation>der Schwellwert</translation>
    </message>
    <message>
        <source>A firing alert resolves only once the value is back past this one, so a value hovering at the threshold does not flap. Empty: the threshold</source>
        <translation>Ein ausgelöster Alarm wird erst aufgehoben, wenn der Wert wieder jenseits dieses Werts liegt, damit ein Wert, der um den Schwellwert pendelt, nicht ständig hin- und herschaltet. Leer: der Schwellwert</translation>
    </message>
    <message>
        <source>0s</source>
        <translation>0s</translation>
    </message>
    <message>
        <source>How long the value must stay past the threshold before the alert fires: 30s, 2m, 1h30m</source>
        <translation>Wie lange der Wert jenseits des Schwellwerts bleiben muss, bevor der Alarm auslöst: 30s, 2m, 1h30m</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>optional: what to do about it</source>
        <translation>optional: was dagegen zu tun ist</translation>
    </message>
    <message>
        <source>Shown with the alert</source>
        <translation>Wird mit dem Alarm angezeigt</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Messwert:</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Bedingung:</translation>
    </message>
    <message>
        <source>C&amp;lears past:</source>
        <translation>Ent&amp;warnung ab:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Write the rules to %1 and apply them now</source>
        <translation>Die Regeln nach %1 schreiben und sofort anwenden</translation>
    </message>
    <message>
        <source>it needs a name</source>
        <translation>sie braucht einen Namen</translation>
    </message>
    <message>
        <source>its name may hold letters, digits and _ . : - only</source>
        <translation>ihr Name darf nur Buchstaben, Ziffern und _ . : - enthalten</translation>
    </message>
    <message>
        <source>“%1” is not a metric Beamtop knows</source>
        <translation>„%1“ ist kein Messwert, den Beamtop kennt</translation>
    </message>
    <message>
        <source>it needs a threshold</source>
        <translation>sie braucht einen Schwellwert</translation>
    </message>
    <message>
        <source>the threshold “%1” is not a number (write 0.85, 85%, 2GiB or 10k)</source>
        <translation>der Schwellwert „%1“ ist keine Zahl (schreiben Sie 0.85, 85%, 2GiB oder 10k)</translation>
    </message>
    <message>
        <source>the threshold is a ratio between 0 and 1: write 85% or 0.85, not %1</source>
        <translation>der Schwellwert ist ein Anteil zwischen 0 und 1: schreiben Sie 85% oder 0.85, nicht %1</translation>
    </message>
    <message>
        <source>the clear value “%1” is not a number</source>
        <translation>der Entwarnungswert „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>the clear value must not be above the threshold: the alert resolves once the value is below it</source>
        <translation>der Entwarnungswert darf nicht über dem Schwellwert liegen: Der Alarm wird aufgehoben, sobald der Wert darunter liegt</translation>
    </message>
    <message>
        <source>the clear value must not be below the threshold: the alert resolves once the value is above it</source>
        <translation>der Entwarnungswert darf nicht unter dem Schwellwert liegen: Der Alarm wird aufgehoben, sobald der Wert darüber liegt</translation>
    </message>
    <message>
        <source>“%1” is not a duration (write 30s, 2m or 1h30m)</source>
        <translation>„%1“ ist keine Dauer (schreiben Sie 30s, 2m oder 1h30m)</translation>
    </message>
    <message>
        <source>another rule has the same name</source>
        <translation>eine andere Regel hat denselben Namen</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>Rule %1 (%2)</source>
        <translation>Regel %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>, clears at %1</source>
        <translation>, Entwarnung bei %1</translation>
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
        <source>ratio: 85% or 0.85</source>
        <translation>Anteil: 85% oder 0.85</translation>
    </message>
    <message>
        <source>bytes: 512MiB, 2GiB</source>
        <translation>Bytes: 512MiB, 2GiB</translation>
    </message>
    <message>
        <source>bytes per second: 10MiB</source>
        <translation>Bytes pro Sekunde: 10MiB</translation>
    </message>
    <message>
        <source>per second: 50k</source>
        <translation>pro Sekunde: 50k</translation>
    </message>
    <message>
        <source>a count: 10000 or 10k</source>
        <translation>eine Anzahl: 10000 oder 10k</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Could not save the rules: %1</source>
        <translation>Die Regeln konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>beamtop::RuleStore</name>
    <message>
        <source>Could not read the rules file %1: %2</source>
        <translation>Die Regeldatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a rules file: it is larger than %2 MiB.</source>
        <translation>%1 ist keine Regeldatei: Sie ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>Could not make the folder %1 for the rules; check that you may write to its parent.</source>
        <translation>Der Ordner %1 für die Regeln konnte nicht angelegt werden; prüfen Sie, ob Sie in den übergeordneten Ordner schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>beamtop::RulesCommand</name>
    <message>
        <source>The alert rules in force, as a beamtop.rules/1 document to edit.</source>
        <translation>Die geltenden Alarmregeln, als beamtop.rules/1-Dokument zum Bearbeiten.</translation>
    </message>
    <message>
        <source>Prints the alert rules that beamtop-cli watch and the desktop app use, without connecting: those of --rules FILE, else the profile's (--profile NAME) or the file for connections without a profile, else the default rules. Save the output, edit it and give it to watch --rules, or save it as the file --verbose names, where the rules are kept. A file with faults: the rules it gives are printed, each fault is said on stderr with its line and key, and the exit code is 1.</source>
        <translation>Gibt die Alarmregeln aus, die beamtop-cli watch und die Desktop-Anwendung verwenden, ohne sich zu verbinden: die aus --rules DATEI, sonst die des Profils (--profile NAME) oder die Datei für Verbindungen ohne Profil, sonst die Standardregeln. Speichern Sie die Ausgabe, bearbeiten Sie sie und übergeben Sie sie an watch --rules, oder speichern Sie sie als die Datei, die --verbose nennt und in der die Regeln gespeichert werden. Eine Datei mit Fehlern: Die Regeln, die sie ergibt, werden ausgegeben, jeder Fehler wird auf stderr mit seiner Zeile und seinem Schlüssel gemeldet, und der Exit-Code ist 1.</translation>
    </message>
    <message>
        <source>The rules kept for the saved profile NAME.</source>
        <translation>Die Regeln, die für das gespeicherte Profil NAME gespeichert sind.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Read the rules from FILE (a beamtop.rules/1 document).</source>
        <translation>Die Regeln aus DATEI lesen (ein beamtop.rules/1-Dokument).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Say on stderr which file the rules come from.</source>
        <translation>Auf stderr angeben, aus welcher Datei die Regeln stammen.</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Unerwartete Argumente: %1</translation>
    </message>
    <message>
        <source>--rules takes a file name.</source>
        <translation>--rules erwartet einen Dateinamen.</translation>
    </message>
    <message>
        <source>--rules and --profile exclude each other: the file is the rules.</source>
        <translation>--rules und --profile schließen einander aus: Die Datei enthält die Regeln.</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>Cannot read the rules file %1: %2</source>
        <translation>Die Regeldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No profile called “%1”. beamtop-cli profiles list shows them.</source>
        <translation>Es gibt kein Profil namens „%1“. beamtop-cli profiles list zeigt sie an.</translation>
    </message>
    <message>
        <source>Rules from %1</source>
        <translation>Regeln aus %1</translation>
    </message>
    <message>
        <source>No rules file at %1: the default rules.</source>
        <translation>Keine Regeldatei unter %1: die Standardregeln.</translation>
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
        <translation>Ausführungswarteschlange: %1</translation>
    </message>
    <message>
        <source>No scheduler readings yet.</source>
        <translation>Noch keine Scheduler-Messwerte.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>beamtop::SchedulerModel</name>
    <message>
        <source>Scheduler</source>
        <translation>Scheduler</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Asleep</source>
        <translation>Schlafend</translation>
    </message>
    <message>
        <source>Run queue</source>
        <translation>Ausführungswarteschlange</translation>
    </message>
    <message>
        <source>Share of the last interval the scheduler was busy: running processes, ports, NIFs or garbage collection (scheduler_wall_time).</source>
        <translation>Anteil des letzten Intervalls, in dem der Scheduler beschäftigt war: mit dem Ausführen von Prozessen, Ports, NIFs oder Garbage Collection (scheduler_wall_time).</translation>
    </message>
    <message>
        <source>Share of the last interval the scheduler had nothing to run and slept or waited for work.</source>
        <translation>Anteil des letzten Intervalls, in dem der Scheduler nichts auszuführen hatte und schlief oder auf Arbeit wartete.</translation>
    </message>
    <message>
        <source>Processes and ports waiting for this scheduler now. Dirty schedulers of a kind share one queue.</source>
        <translation>Prozesse und Ports, die jetzt auf diesen Scheduler warten. Dirty-Scheduler einer Art teilen sich eine Warteschlange.</translation>
    </message>
    <message>
        <source>Scheduler %1</source>
        <translation>Scheduler %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Scheduler id %1 on the node.</source>
        <translation>Scheduler-ID %1 auf dem Knoten.</translation>
    </message>
    <message>
        <source>Scheduler id %1 on the node; offline (schedulers_online).</source>
        <translation>Scheduler-ID %1 auf dem Knoten; offline (schedulers_online).</translation>
    </message>
    <message>
        <source>Needs two samples.</source>
        <translation>Benötigt zwei Messpunkte.</translation>
    </message>
    <message>
        <source>Utilisation needs the scheduler_wall_time flag, which only the agent can hold.</source>
        <translation>Die Auslastung braucht das Flag scheduler_wall_time, das nur der Agent halten kann.</translation>
    </message>
    <message>
        <source>over %1 s</source>
        <translation>über %1 s</translation>
    </message>
    <message>
        <source>%1 busy %2</source>
        <translation>%1 beschäftigt %2</translation>
    </message>
    <message>
        <source>%1 asleep %2</source>
        <translation>%1 schlafend %2</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>Shared by all %1 schedulers.</source>
        <translation>Gemeinsam für alle %1 Scheduler.</translation>
    </message>
</context>
<context>
    <name>beamtop::SchedulersSection</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>unavailable: the node's scheduler_wall_time is off (reduced mode, no agent)</source>
        <translation>nicht verfügbar: scheduler_wall_time des Knotens ist ausgeschaltet (reduzierter Modus, kein Agent)</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>noch nicht gemessen</translation>
    </message>
    <message>
        <source>%1 over %2 s</source>
        <translation>%1 über %2 s</translation>
    </message>
    <message>
        <source>  normal</source>
        <translation>  normal</translation>
    </message>
    <message>
        <source>  dirty CPU</source>
        <translation>  Dirty-CPU</translation>
    </message>
    <message>
        <source>  dirty IO</source>
        <translation>  Dirty-E/A</translation>
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
        <translation>keine Antwort nach %1 ms</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>No cookie is saved in the system keychain for this profile yet.</source>
        <translation>Für dieses Profil ist noch kein Cookie im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>No system keychain is available. Beamtop keeps cookies in the Secret Service (GNOME Keyring, KeePassXC) or KWallet; none answered, or it is locked. Check that one runs and is unlocked in your desktop session.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar. Beamtop bewahrt Cookies im Secret Service (GNOME Keyring, KeePassXC) oder in KWallet auf; keiner davon hat geantwortet, oder er ist gesperrt. Prüfen Sie, ob einer in Ihrer Desktop-Sitzung läuft und entsperrt ist.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Check that it is unlocked and that you allowed Beamtop to use it.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert. Prüfen Sie, ob er entsperrt ist und ob Sie Beamtop die Verwendung erlaubt haben.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. It may be waiting for you to unlock it (look for a password prompt), or it may be stuck; restarting your keyring service helps then.</source>
        <translation>Der Schlüsselbund des Systems hat nicht rechtzeitig geantwortet. Möglicherweise wartet er darauf, dass Sie ihn entsperren (achten Sie auf eine Passwortabfrage), oder er hängt; dann hilft es, Ihren Schlüsselbunddienst neu zu starten.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>beamtop::SeriesHistoryModel</name>
    <message numerus="yes">
        <source>%1 (the largest of %n samples)</source>
        <translation>
            <numerusform>%1 (der größte Wert aus %n Messpunkt)</numerusform>
            <numerusform>%1 (der größte Wert aus %n Messpunkten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>beamtop::SessionStatusBar</name>
    <message>
        <source>The node Beamtop observes</source>
        <translation>Der Knoten, den Beamtop beobachtet</translation>
    </message>
    <message>
        <source>OTP release and ERTS version of the node</source>
        <translation>OTP-Release und ERTS-Version des Knotens</translation>
    </message>
    <message>
        <source>Share of one scheduler that Beamtop's agent used on the node since the last refresh</source>
        <translation>Anteil eines Schedulers, den der Agent von Beamtop seit der letzten Aktualisierung auf dem Knoten verbraucht hat</translation>
    </message>
    <message>
        <source>When the data on screen was sampled</source>
        <translation>Wann die Daten auf dem Bildschirm abgetastet wurden</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connected, waiting for data</source>
        <translation>Verbunden, Daten werden erwartet</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Letztes Problem: %1</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <source>The agent is %1 on the node (in %2 ms). It unloads itself when Beamtop disconnects.</source>
        <translation>Der Agent ist auf dem Knoten %1 (in %2 ms). Er entlädt sich selbst, wenn Beamtop die Verbindung trennt.</translation>
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
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>agent %1 CPU</source>
        <translation>Agent %1 CPU</translation>
    </message>
    <message>
        <source>attempt %1 in %2</source>
        <translation>Versuch %1 in %2</translation>
    </message>
    <message>
        <source>Disconnected, reconnecting (%1)</source>
        <translation>Getrennt, Verbindung wird wiederhergestellt (%1)</translation>
    </message>
    <message>
        <source>Actions enabled</source>
        <translation>Aktionen erlaubt</translation>
    </message>
    <message>
        <source>Actions enabled (profile %1)</source>
        <translation>Aktionen erlaubt (Profil %1)</translation>
    </message>
    <message>
        <source>Kill, suspend and garbage collection can change this node. Read-only in the toolbar turns them off for this connection.</source>
        <translation>Zwangsweises Beenden, Anhalten und Garbage Collection können diesen Knoten verändern. „Nur lesen“ in der Werkzeugleiste schaltet sie für diese Verbindung aus.</translation>
    </message>
    <message>
        <source>Agent: —</source>
        <translation>Agent: —</translation>
    </message>
    <message>
        <source>Data is late: the node has not answered for %1</source>
        <translation>Daten verspätet: Der Knoten hat seit %1 nicht geantwortet</translation>
    </message>
    <message>
        <source>The node is slow to answer; it may be overloaded. Beamtop keeps asking and shows new data as soon as it comes.</source>
        <translation>Der Knoten antwortet langsam; er ist möglicherweise überlastet. Beamtop fragt weiter nach und zeigt neue Daten an, sobald sie eintreffen.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n Alarm</numerusform>
            <numerusform>%n Alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active alert(s), %1 not acknowledged: %2. Click to show the Alerts page.</source>
        <translation>
            <numerusform>%n aktiver Alarm, %1 nicht bestätigt: %2. Klicken Sie, um die Seite „Alarme“ anzuzeigen.</numerusform>
            <numerusform>%n aktive Alarme, %1 nicht bestätigt: %2. Klicken Sie, um die Seite „Alarme“ anzuzeigen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::ShortcutsDialog</name>
    <message>
        <source>Everywhere in the window</source>
        <translation>Überall im Fenster</translation>
    </message>
    <message>
        <source>In tables and trees</source>
        <translation>In Tabellen und Bäumen</translation>
    </message>
    <message>
        <source>Open the selected row's details (Processes, Network, ETS, Applications, Alerts); on the Cluster page, connect to the selected node</source>
        <translation>Die Details der ausgewählten Zeile öffnen (Prozesse, Netzwerk, ETS, Anwendungen, Alarme); auf der Seite „Cluster“ mit dem ausgewählten Knoten verbinden</translation>
    </message>
    <message>
        <source>Clear the search in a table's contents window</source>
        <translation>Die Suche im Inhaltsfenster einer Tabelle leeren</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
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
        <translation>Der Knoten auf einen Blick: System, Scheduler und die größten Prozesse nach Speicher.</translation>
    </message>
    <message>
        <source>Prints the node's system overview, its schedulers' utilisation and the 50 processes using the most memory, as the beamtop.snapshot/1 JSON document or as text. With --repeat, one snapshot per interval on one connection (JSON Lines); rates are null in the first. On a node too large to rank within about a second, the processes are those ranked so far, marked partial with the share ranked.</source>
        <translation>Gibt die Systemübersicht des Knotens, die Auslastung seiner Scheduler und die 50 Prozesse mit dem meisten Speicher aus, als JSON-Dokument beamtop.snapshot/1 oder als Text. Mit --repeat ein Schnappschuss pro Intervall über eine Verbindung (JSON Lines); Raten sind im ersten null. Auf einem Knoten, der zu groß ist, um innerhalb von etwa einer Sekunde geordnet zu werden, sind die Prozesse die bis dahin eingeordneten, als unvollständig markiert mit dem eingeordneten Anteil.</translation>
    </message>
    <message>
        <source>Take N snapshots on one connection.</source>
        <translation>N Schnappschüsse über eine Verbindung aufnehmen.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Milliseconds between snapshots (default 1000).</source>
        <translation>Millisekunden zwischen den Schnappschüssen (Standard 1000).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Share of one scheduler the agent may spend on the node, ranking included (default 0.02).</source>
        <translation>Anteil eines Schedulers, den der Agent auf dem Knoten verbrauchen darf, die Rangliste eingeschlossen (Standard 0.02).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Unerwartete Argumente: %1</translation>
    </message>
    <message>
        <source>--repeat takes a positive number.</source>
        <translation>--repeat erwartet eine positive Zahl.</translation>
    </message>
    <message>
        <source>--interval takes a number of milliseconds.</source>
        <translation>--interval erwartet eine Anzahl von Millisekunden.</translation>
    </message>
    <message>
        <source>--budget takes a fraction between 0 and 1, e.g. 0.02 for 2 %.</source>
        <translation>--budget erwartet einen Bruchteil zwischen 0 und 1, z. B. 0.02 für 2 %.</translation>
    </message>
    <message>
        <source>snapshot in %1 ms, %2 bytes from the node for the system overview</source>
        <translation>Schnappschuss in %1 ms, %2 Bytes vom Knoten für die Systemübersicht</translation>
    </message>
</context>
<context>
    <name>beamtop::SnapshotSection</name>
    <message>
        <source>the node did not answer in time</source>
        <translation>der Knoten hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>%1, %2 of %3</source>
        <translation>%1, %2 von %3</translation>
    </message>
    <message>
        <source>%1, %2 of the %3 ranked so far</source>
        <translation>%1, %2 der bisher %3 eingeordneten</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangliste</translation>
    </message>
</context>
<context>
    <name>beamtop::SupTreeModel</name>
    <message>
        <source>%1, %2 in %3 s</source>
        <translation>%1, %2 in %3 s</translation>
    </message>
    <message>
        <source>0 of %1 children shown</source>
        <translation>0 von %1 Kindern angezeigt</translation>
    </message>
    <message>
        <source>%1 of %2 children shown (%3–%4)</source>
        <translation>%1 von %2 Kindern angezeigt (%3–%4)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Pid</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation>Reduktionen/s</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>Nachrichtenwarteschlange</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Shutdown</source>
        <translation>Herunterfahren</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The registered name, else the child id; a dynamic child by its pid. "Linked processes" holds the processes linked to a supervisor that are not its children.</source>
        <translation>Der registrierte Name, sonst die Kind-ID; ein dynamisches Kind über seine PID. „Verlinkte Prozesse“ enthält die mit einem Supervisor verlinkten Prozesse, die nicht seine Kinder sind.</translation>
    </message>
    <message>
        <source>supervisor, worker, or linked (linked to the supervisor without being its child).</source>
        <translation>Supervisor, Worker oder verlinkt (mit dem Supervisor verlinkt, ohne sein Kind zu sein).</translation>
    </message>
    <message>
        <source>The processes of this whole subtree, this one included.</source>
        <translation>Die Prozesse dieses ganzen Teilbaums, dieser eingeschlossen.</translation>
    </message>
    <message>
        <source>The memory of this whole subtree's processes.</source>
        <translation>Der Speicher der Prozesse dieses ganzen Teilbaums.</translation>
    </message>
    <message>
        <source>The reductions of this whole subtree's processes per second.</source>
        <translation>Die Reduktionen der Prozesse dieses ganzen Teilbaums pro Sekunde.</translation>
    </message>
    <message>
        <source>The messages waiting in this whole subtree's queues.</source>
        <translation>Die Nachrichten, die in den Warteschlangen dieses ganzen Teilbaums warten.</translation>
    </message>
    <message>
        <source>When the supervisor restarts the child: permanent always, transient after an abnormal exit, temporary never.</source>
        <translation>Wann der Supervisor das Kind neu startet: permanent immer, transient nach einem abnormalen Ende, temporary nie.</translation>
    </message>
    <message>
        <source>How the supervisor stops the child: the time it waits, infinity, or brutal_kill.</source>
        <translation>Wie der Supervisor das Kind beendet: die Zeit, die er wartet, infinity oder brutal_kill.</translation>
    </message>
    <message>
        <source>The callback modules the child names for code upgrades (dynamic: asked at upgrade).</source>
        <translation>Die Callback-Module, die das Kind für Code-Upgrades nennt (dynamic: wird beim Upgrade abgefragt).</translation>
    </message>
    <message>
        <source>The supervisor's restart strategy, and at most how many restarts in how many seconds before it gives up.</source>
        <translation>Die Neustartstrategie des Supervisors und wie viele Neustarts in wie vielen Sekunden höchstens erfolgen, bevor er aufgibt.</translation>
    </message>
    <message>
        <source>running; not answering (a supervisor busy, hung or restarting past the call timeout); restarting; not running (a static child without a process); gone (died while the tree was read).</source>
        <translation>läuft; antwortet nicht (ein Supervisor, der über die Aufrufzeitüberschreitung hinaus beschäftigt ist, hängt oder neu startet); startet neu; läuft nicht (ein statisches Kind ohne Prozess); verschwunden (beendet, während der Baum gelesen wurde).</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>verlinkt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>antwortet nicht</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>startet neu</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>verschwunden</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Linked processes</source>
        <translation>Verlinkte Prozesse</translation>
    </message>
    <message>
        <source>Subtree: %1
This process alone: %2</source>
        <translation>Teilbaum: %1
Nur dieser Prozess: %2</translation>
    </message>
    <message>
        <source>Processes linked to the supervisor that are not its children.</source>
        <translation>Mit dem Supervisor verlinkte Prozesse, die nicht seine Kinder sind.</translation>
    </message>
    <message>
        <source>Child id: %1</source>
        <translation>Kind-ID: %1</translation>
    </message>
    <message>
        <source>Registered as %1</source>
        <translation>Registriert als %1</translation>
    </message>
    <message>
        <source>Process %1</source>
        <translation>Prozess %1</translation>
    </message>
    <message>
        <source>A group, not a process.</source>
        <translation>Eine Gruppe, kein Prozess.</translation>
    </message>
    <message>
        <source>No process: %1</source>
        <translation>Kein Prozess: %1</translation>
    </message>
    <message>
        <source>%1 processes in this subtree</source>
        <translation>%1 Prozesse in diesem Teilbaum</translation>
    </message>
    <message>
        <source>%1 processes</source>
        <translation>%1 Prozesse</translation>
    </message>
    <message>
        <source>The totals count all the children, shown or not.</source>
        <translation>Die Summen zählen alle Kinder, ob angezeigt oder nicht.</translation>
    </message>
    <message>
        <source>Not known yet: the rate needs two complete counts of the processes.</source>
        <translation>Noch nicht bekannt: Die Rate braucht zwei vollständige Zählungen der Prozesse.</translation>
    </message>
    <message>
        <source>%1 reductions per second</source>
        <translation>%1 Reduktionen pro Sekunde</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 messages waiting</source>
        <translation>%1 wartende Nachrichten</translation>
    </message>
    <message>
        <source>%1: at most %2 restarts in %3 seconds, else the supervisor gives up and exits.</source>
        <translation>%1: höchstens %2 Neustarts in %3 Sekunden, sonst gibt der Supervisor auf und beendet sich.</translation>
    </message>
    <message>
        <source>Did not answer within the call timeout: its children are not shown.</source>
        <translation>Hat nicht innerhalb der Aufrufzeitüberschreitung geantwortet: Seine Kinder werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>Did not answer: %1</source>
        <translation>Hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
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
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Share of the limit in use. The node fails when a limit is reached (atoms: it crashes).</source>
        <translation>Anteil der Grenze, der belegt ist. Der Knoten versagt, wenn eine Grenze erreicht ist (bei Atomen stürzt er ab).</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Atoms</source>
        <translation>Atome</translation>
    </message>
    <message>
        <source>ETS tables</source>
        <translation>ETS-Tabellen</translation>
    </message>
</context>
<context>
    <name>beamtop::SystemPage</name>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
</context>
<context>
    <name>beamtop::SystemSection</name>
    <message>
        <source>Could not read the system overview: %1</source>
        <translation>Die Systemübersicht konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
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
        <translation>Betriebszeit</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Schedulers</source>
        <translation>Scheduler</translation>
    </message>
    <message>
        <source>%1/%2 online, %3 dirty CPU, %4 dirty IO</source>
        <translation>%1/%2 online, %3 Dirty-CPU, %4 Dirty-E/A</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Atoms</source>
        <translation>Atome</translation>
    </message>
    <message>
        <source>ETS tables</source>
        <translation>ETS-Tabellen</translation>
    </message>
    <message>
        <source>Memory total</source>
        <translation>Speicher gesamt</translation>
    </message>
    <message>
        <source>  processes</source>
        <translation>  Prozesse</translation>
    </message>
    <message>
        <source>  binary</source>
        <translation>  Binary</translation>
    </message>
    <message>
        <source>  ets</source>
        <translation>  ETS</translation>
    </message>
    <message>
        <source>  code</source>
        <translation>  Code</translation>
    </message>
    <message>
        <source>  atom</source>
        <translation>  Atome</translation>
    </message>
    <message>
        <source>Run queue</source>
        <translation>Ausführungswarteschlange</translation>
    </message>
    <message>
        <source>Reductions</source>
        <translation>Reduktionen</translation>
    </message>
    <message>
        <source>IO in / out</source>
        <translation>E/A Eingang / Ausgang</translation>
    </message>
    <message>
        <source>GCs / words reclaimed</source>
        <translation>GCs / freigegebene Wörter</translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation>Reduktionen/s</translation>
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
        <translation>Die Verbindung zum Knoten ist beim Lesen von %1 abgebrochen; die bisher angezeigten Zeilen bleiben. Lesen Sie erneut, sobald sie wieder besteht.</translation>
    </message>
    <message>
        <source>The agent on this node is older and cannot read table contents.</source>
        <translation>Der Agent auf diesem Knoten ist älter und kann keine Tabelleninhalte lesen.</translation>
    </message>
    <message>
        <source>Table contents are read by the agent, which is not loaded on this node.</source>
        <translation>Tabelleninhalte werden vom Agenten gelesen, der auf diesem Knoten nicht geladen ist.</translation>
    </message>
    <message>
        <source>The agent sent rows Beamtop does not understand.</source>
        <translation>Der Agent hat Zeilen gesendet, die Beamtop nicht versteht.</translation>
    </message>
    <message>
        <source>The node did not answer in time while reading %1: it may be busy. Try again, or read fewer rows.</source>
        <translation>Der Knoten hat beim Lesen von %1 nicht rechtzeitig geantwortet: Er ist möglicherweise beschäftigt. Versuchen Sie es erneut oder lesen Sie weniger Zeilen.</translation>
    </message>
    <message>
        <source>Reading %1 took longer than %2 s on the node, so it was stopped: the node may be busy. Try again, or search by key, which reads only the rows under it.</source>
        <translation>Das Lesen von %1 hat auf dem Knoten länger als %2 s gedauert und wurde daher abgebrochen: Der Knoten ist möglicherweise beschäftigt. Versuchen Sie es erneut oder suchen Sie nach einem Schlüssel; dabei werden nur die Zeilen unter diesem Schlüssel gelesen.</translation>
    </message>
    <message>
        <source>The node could not read the search "%1": %2. Check that it is a term in %3 syntax, like %4.</source>
        <translation>Der Knoten konnte die Suche „%1“ nicht lesen: %2. Prüfen Sie, ob es ein Term in %3-Syntax ist, wie %4.</translation>
    </message>
    <message>
        <source>The node has no ETS table %1. Check its name or id; a table named by reference is gone once deleted.</source>
        <translation>Der Knoten hat keine ETS-Tabelle %1. Prüfen Sie ihren Namen oder ihre ID; eine über eine Referenz benannte Tabelle ist nach dem Löschen verschwunden.</translation>
    </message>
    <message>
        <source>The node has no Mnesia table %1. Check its name on the Mnesia page.</source>
        <translation>Der Knoten hat keine Mnesia-Tabelle %1. Prüfen Sie ihren Namen auf der Seite „Mnesia“.</translation>
    </message>
    <message>
        <source>Mnesia is not running on this node, so %1 cannot be read here.</source>
        <translation>Mnesia läuft auf diesem Knoten nicht, daher kann %1 hier nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This node holds no copy of %1: read it on a node that has one (see its replicas on the Mnesia page).</source>
        <translation>Dieser Knoten hält keine Kopie von %1: Lesen Sie sie auf einem Knoten, der eine hat (ihre Repliken sehen Sie auf der Seite „Mnesia“).</translation>
    </message>
    <message>
        <source>%1 is stored by a backend (%2) whose rows Beamtop cannot read dirty.</source>
        <translation>%1 wird von einem Backend (%2) gespeichert, dessen Zeilen Beamtop nicht per Dirty-Read lesen kann.</translation>
    </message>
    <message>
        <source>The node could not go on from the last page of %1 (the table may have been replaced); read it again from the start.</source>
        <translation>Der Knoten konnte nach der letzten Seite von %1 nicht weiterlesen (die Tabelle wurde möglicherweise ersetzt); lesen Sie sie erneut von vorn.</translation>
    </message>
    <message>
        <source>%1 was deleted on the node; the rows read before stay shown.</source>
        <translation>%1 wurde auf dem Knoten gelöscht; die zuvor gelesenen Zeilen bleiben angezeigt.</translation>
    </message>
    <message>
        <source>There is no table named %1 on the node: it was deleted, or never existed under that name. A table made without named_table is read by its id (#Ref&lt;…&gt;), as the ETS list shows it.</source>
        <translation>Auf dem Knoten gibt es keine Tabelle namens %1: Sie wurde gelöscht oder hat unter diesem Namen nie existiert. Eine ohne named_table angelegte Tabelle wird über ihre ID (#Ref&lt;…&gt;) gelesen, so wie die ETS-Liste sie anzeigt.</translation>
    </message>
    <message>
        <source>There is no table %1 on the node: it was deleted, or never existed under that name.</source>
        <translation>Auf dem Knoten gibt es keine Tabelle %1: Sie wurde gelöscht oder hat unter diesem Namen nie existiert.</translation>
    </message>
    <message>
        <source>%1 is a private table: only its owner process can read a private table's rows. Its size and configuration are shown, not its contents.</source>
        <translation>%1 ist eine private Tabelle: Nur ihr Besitzerprozess kann die Zeilen einer privaten Tabelle lesen. Angezeigt werden ihre Größe und Konfiguration, nicht ihr Inhalt.</translation>
    </message>
    <message>
        <source>Nothing can match: the search names the atom %1, which does not exist on the node, so no row holds it.</source>
        <translation>Nichts kann passen: Die Suche nennt das Atom %1, das auf dem Knoten nicht existiert, daher kann es in keiner Zeile vorkommen.</translation>
    </message>
</context>
<context>
    <name>beamtop::TableContentsView</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Match pattern</source>
        <translation>Match-Muster</translation>
    </message>
    <message>
        <source>Key: the rows under one key (one lookup on the node). Match pattern: the rows a pattern matches, '_' for any part (a scan on the node, capped).</source>
        <translation>Schlüssel: die Zeilen unter einem Schlüssel (ein Lookup auf dem Knoten). Match-Muster: die Zeilen, auf die ein Muster passt, '_' für einen beliebigen Teil (ein Scan auf dem Knoten, begrenzt).</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;Copy Row</source>
        <translation>Zeile &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as terms, one a line</source>
        <translation>Die ausgewählten Zeilen als Terme kopieren, einer pro Zeile</translation>
    </message>
    <message>
        <source>Load More</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>Read the next page of rows on the node</source>
        <translation>Die nächste Seite von Zeilen auf dem Knoten lesen</translation>
    </message>
    <message>
        <source>&amp;Rows Read…</source>
        <translation>&amp;Gelesene Zeilen…</translation>
    </message>
    <message>
        <source>Save the rows read so far as CSV or JSON</source>
        <translation>Die bisher gelesenen Zeilen als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>&amp;All Rows…</source>
        <translation>&amp;Alle Zeilen…</translation>
    </message>
    <message>
        <source>Read every row of the table on the node, page by page, and save them as CSV or JSON</source>
        <translation>Alle Zeilen der Tabelle auf dem Knoten Seite für Seite lesen und als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Key in %1 syntax, e.g. %2 — Enter searches, Esc shows all rows</source>
        <translation>Schlüssel in %1-Syntax, z. B. %2 – Eingabe sucht, Esc zeigt alle Zeilen</translation>
    </message>
    <message>
        <source>Match pattern in %1 syntax, e.g. %2 — Enter searches, Esc shows all rows</source>
        <translation>Match-Muster in %1-Syntax, z. B. %2 – Eingabe sucht, Esc zeigt alle Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows of the last page were too large to send within the page's byte cap and are not shown.</source>
        <translation>
            <numerusform>%Ln Zeile der letzten Seite war zu groß, um innerhalb der Byte-Grenze der Seite gesendet zu werden, und wird nicht angezeigt.</numerusform>
            <numerusform>%Ln Zeilen der letzten Seite waren zu groß, um innerhalb der Byte-Grenze der Seite gesendet zu werden, und werden nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Private table of %1 rows</source>
        <translation>Private Tabelle mit %1 Zeilen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%1 rows found in %2</source>
        <translation>
            <numerusform>%1 Zeile in %2 gefunden</numerusform>
            <numerusform>%1 Zeilen in %2 gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows read of %2</source>
        <translation>
            <numerusform>%1 Zeile von %2 gelesen</numerusform>
            <numerusform>%1 Zeilen von %2 gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>scanned %1 rows, the scan cap was reached</source>
        <translation>%1 Zeilen durchsucht, die Scan-Grenze wurde erreicht</translation>
    </message>
    <message>
        <source>scanned %1 rows</source>
        <translation>%1 Zeilen durchsucht</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>search complete</source>
        <translation>Suche abgeschlossen</translation>
    </message>
    <message>
        <source>all rows read</source>
        <translation>alle Zeilen gelesen</translation>
    </message>
    <message>
        <source>Copy &amp;Key</source>
        <translation>Sch&amp;lüssel kopieren</translation>
    </message>
    <message>
        <source>&amp;Search This Key</source>
        <translation>Nach diesem Schlüssel &amp;suchen</translation>
    </message>
    <message>
        <source>Load &amp;More</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export Rows Read</source>
        <translation>Gelesene Zeilen exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1.</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert.</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <translation>Anzahl unbekannt</translation>
    </message>
    <message>
        <source>Export All Rows</source>
        <translation>Alle Zeilen exportieren</translation>
    </message>
    <message>
        <source>Read all %1 rows of %2 on %3?</source>
        <translation>Alle Zeilen (%1) von %2 auf %3 lesen?</translation>
    </message>
    <message>
        <source>Beamtop reads the table on the node in pages of %1 rows, each bounded in time, and writes them to the file as they come. A big table takes a while and adds work on the node; you can cancel while it reads.</source>
        <translation>Beamtop liest die Tabelle auf dem Knoten in Seiten zu je %1 Zeilen, jede zeitlich begrenzt, und schreibt sie in die Datei, sobald sie eintreffen. Eine große Tabelle dauert eine Weile und erzeugt zusätzliche Arbeit auf dem Knoten; Sie können abbrechen, während gelesen wird.</translation>
    </message>
    <message>
        <source>Reading %1 on the node…</source>
        <translation>%1 wird auf dem Knoten gelesen…</translation>
    </message>
</context>
<context>
    <name>beamtop::TableContentsWindow</name>
    <message>
        <source>Mnesia table %1 — %2</source>
        <translation>Mnesia-Tabelle %1 — %2</translation>
    </message>
    <message>
        <source>ETS table %1 — %2</source>
        <translation>ETS-Tabelle %1 — %2</translation>
    </message>
    <message>
        <source>The connection to %1 is down; the rows shown are those read before.</source>
        <translation>Die Verbindung zu %1 ist unterbrochen; angezeigt werden die zuvor gelesenen Zeilen.</translation>
    </message>
</context>
<context>
    <name>beamtop::TableRowsCommand</name>
    <message>
        <source>A Mnesia table's rows, read dirty from this node's copy.</source>
        <translation>Die Zeilen einer Mnesia-Tabelle, dirty aus der Kopie dieses Knotens gelesen.</translation>
    </message>
    <message>
        <source>An ETS table's rows, read on the node in pages.</source>
        <translation>Die Zeilen einer ETS-Tabelle, auf dem Knoten seitenweise gelesen.</translation>
    </message>
    <message>
        <source>Reads the rows of a Mnesia table from this node's copy, dirty: no lock, no transaction. TABLE is the table's name.</source>
        <translation>Liest die Zeilen einer Mnesia-Tabelle aus der Kopie dieses Knotens, dirty: keine Sperre, keine Transaktion. TABELLE ist der Name der Tabelle.</translation>
    </message>
    <message>
        <source>Reads the rows of an ETS table. TABLE is its name, or its id as the node prints it (#Ref&lt;...&gt;). A private table's rows can only be read by its owner process.</source>
        <translation>Liest die Zeilen einer ETS-Tabelle. TABELLE ist ihr Name oder ihre ID, wie der Knoten sie ausgibt (#Ref&lt;...&gt;). Die Zeilen einer privaten Tabelle kann nur ihr Besitzerprozess lesen.</translation>
    </message>
    <message>
        <source>Rows are read on the node in pages of at most %1 (never the whole table at once), each bounded in time and bytes, and written in the node's syntax (Elixir on Elixir nodes), deep or long parts cut to '...'. --key reads the rows under one key; --match the rows a match pattern matches ('_' for any part), scanning at most 100,000 rows per page: the summary says when that cap was reached. Both are written in the node's syntax and parsed on the node. Text is one row a line, then a summary; JSON is {node, table, size, rows, done, scanned, scan_capped}.</source>
        <translation>Die Zeilen werden auf dem Knoten in Seiten von höchstens %1 gelesen (nie die ganze Tabelle auf einmal), jede in Zeit und Bytes begrenzt, und in der Syntax des Knotens geschrieben (Elixir auf Elixir-Knoten), wobei tiefe oder lange Teile zu '...' gekürzt werden. --key liest die Zeilen unter einem Schlüssel; --match die Zeilen, auf die ein Match-Muster passt ('_' für einen beliebigen Teil), wobei höchstens 100.000 Zeilen pro Seite durchsucht werden: Die Zusammenfassung sagt, wann diese Grenze erreicht wurde. Beide werden in der Syntax des Knotens geschrieben und auf dem Knoten geparst. Text ist eine Zeile pro Zeile, dann eine Zusammenfassung; JSON ist {node, table, size, rows, done, scanned, scan_capped}.</translation>
    </message>
    <message>
        <source>Read at most N rows (default: %1).</source>
        <translation>Höchstens N Zeilen lesen (Standard: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Only the rows this match pattern matches, e.g. {user, '_', 42}.</source>
        <translation>Nur die Zeilen, auf die dieses Match-Muster passt, z. B. {user, '_', 42}.</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>MUSTER</translation>
    </message>
    <message>
        <source>Only the rows under this key, e.g. alice or {user, 42}.</source>
        <translation>Nur die Zeilen unter diesem Schlüssel, z. B. alice oder {user, 42}.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>'%1' needs a table.</source>
        <translation>„%1“ braucht eine Tabelle.</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Unerwartete Argumente: %1</translation>
    </message>
    <message>
        <source>--rows takes a number of rows, 1 or more.</source>
        <translation>--rows erwartet eine Anzahl von Zeilen, 1 oder mehr.</translation>
    </message>
    <message>
        <source>--match and --key cannot be used together.</source>
        <translation>--match und --key können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>--match needs a pattern.</source>
        <translation>--match braucht ein Muster.</translation>
    </message>
    <message>
        <source>--key needs a key.</source>
        <translation>--key braucht einen Schlüssel.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 rows read of %2</source>
        <translation>%1 Zeilen von %2 gelesen</translation>
    </message>
    <message>
        <source>%1 rows found in %2</source>
        <translation>%1 Zeilen in %2 gefunden</translation>
    </message>
    <message>
        <source>scanned %1 rows, the scan cap was reached</source>
        <translation>%1 Zeilen durchsucht, die Scan-Grenze wurde erreicht</translation>
    </message>
    <message>
        <source>scanned %1 rows</source>
        <translation>%1 Zeilen durchsucht</translation>
    </message>
    <message>
        <source>more follow (--rows)</source>
        <translation>weitere folgen (--rows)</translation>
    </message>
    <message>
        <source>%1 rows were too large to send within a page's byte cap and are left out.</source>
        <translation>%1 Zeilen waren zu groß, um innerhalb der Byte-Grenze einer Seite gesendet zu werden, und fehlen.</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABELLE</translation>
    </message>
</context>
<context>
    <name>beamtop::TableRowsExport</name>
    <message>
        <source>Export stopped, no file was written: %1</source>
        <translation>Export abgebrochen, es wurde keine Datei geschrieben: %1</translation>
    </message>
    <message>
        <source>Export stopped before the end; no file was written.</source>
        <translation>Der Export wurde vor dem Ende abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>No file was written: %1</source>
        <translation>Es wurde keine Datei geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows of %1 to %2.</source>
        <translation>
            <numerusform>%Ln Zeile von %1 nach %2 exportiert.</numerusform>
            <numerusform>%Ln Zeilen von %1 nach %2 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>beamtop::TableRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>The whole row: the rows read are not all tuples of one size</source>
        <translation>Die ganze Zeile: Die gelesenen Zeilen sind nicht alle Tupel derselben Größe</translation>
    </message>
    <message>
        <source>%1 · key</source>
        <translation>%1 · Schlüssel</translation>
    </message>
    <message>
        <source>Element %1 of each row: the key</source>
        <translation>Element %1 jeder Zeile: der Schlüssel</translation>
    </message>
    <message>
        <source>Element %1 of each row</source>
        <translation>Element %1 jeder Zeile</translation>
    </message>
</context>
<context>
    <name>beamtop::Theme</name>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <extracomment>View ▸ Theme: the look of the desktop Beamtop runs on</extracomment>
        <translation>&amp;System</translation>
    </message>
</context>
<context>
    <name>beamtop::TopCommand</name>
    <message>
        <source>The processes ranked by memory, reductions, message queue, binaries or heap.</source>
        <translation>Die Prozesse nach Speicher, Reduktionen, Nachrichtenwarteschlange, Binaries oder Heap geordnet.</translation>
    </message>
    <message>
        <source>Ranks every process of the node by a metric, on the node and within the agent's CPU budget, and prints the first rows: a table for people, CSV or JSON with the keys of the desktop's export. --window ranks by the change per second over a window, like recon:proc_window; --watch prints again at every interval. The first answer comes within about a second, whatever the node's size: if the node has not finished ranking by then, it says how much it has ranked (partial), and --watch prints better answers as the ranking completes. --complete waits for a complete ranking instead.</source>
        <translation>Ordnet jeden Prozess des Knotens nach einer Metrik, auf dem Knoten und innerhalb des CPU-Budgets des Agenten, und gibt die ersten Zeilen aus: eine Tabelle für Menschen, CSV oder JSON mit den Schlüsseln des Exports der Desktop-Anwendung. --window ordnet nach der Änderung pro Sekunde über ein Fenster, wie recon:proc_window; --watch gibt in jedem Intervall erneut aus. Die erste Antwort kommt innerhalb von etwa einer Sekunde, unabhängig von der Größe des Knotens: Hat der Knoten bis dahin nicht fertig geordnet, sagt sie, wie viel er bereits eingeordnet hat (unvollständig), und --watch gibt bessere Antworten aus, während die Rangliste vollständig wird. --complete wartet stattdessen auf eine vollständige Rangliste.</translation>
    </message>
    <message>
        <source>Rank by memory, reductions, message_queue_len, binary_memory or total_heap_size (default memory).</source>
        <translation>Nach memory, reductions, message_queue_len, binary_memory oder total_heap_size ordnen (Standard memory).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>How many processes (default 10, at most 500).</source>
        <translation>Wie viele Prozesse (Standard 10, höchstens 500).</translation>
    </message>
    <message>
        <source>Rank by the change over MS milliseconds (per second), like recon:proc_window.</source>
        <translation>Nach der Änderung über MS Millisekunden ordnen (pro Sekunde), wie recon:proc_window.</translation>
    </message>
    <message>
        <source>Only processes whose pid, name, initial call, current function or application contains TEXT.</source>
        <translation>Nur Prozesse, deren PID, Name, initialer Aufruf, aktuelle Funktion oder Anwendung TEXT enthält.</translation>
    </message>
    <message>
        <source>Wait for a complete ranking, however long the node takes at its budget (a progress bar on stderr when it is a terminal).</source>
        <translation>Auf eine vollständige Rangliste warten, egal wie lange der Knoten mit seinem Budget braucht (ein Fortschrittsbalken auf stderr, wenn es ein Terminal ist).</translation>
    </message>
    <message>
        <source>Share of one scheduler the agent may spend on the node, ranking included (default 0.02).</source>
        <translation>Anteil eines Schedulers, den der Agent auf dem Knoten verbrauchen darf, die Rangliste eingeschlossen (Standard 0.02).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>--sort is one of memory, reductions, message_queue_len, binary_memory, total_heap_size.</source>
        <translation>--sort ist eines von memory, reductions, message_queue_len, binary_memory, total_heap_size.</translation>
    </message>
    <message>
        <source>--budget takes a fraction between 0 and 1, e.g. 0.02 for 2 %.</source>
        <translation>--budget erwartet einen Bruchteil zwischen 0 und 1, z. B. 0.02 für 2 %.</translation>
    </message>
    <message>
        <source>Could not read the processes: %1</source>
        <translation>Die Prozesse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 processes on %2, ranked by %3%4</source>
        <translation>%1 Prozesse auf %2, geordnet nach %3%4</translation>
    </message>
    <message>
        <source> change per second</source>
        <translation> (Änderung pro Sekunde)</translation>
    </message>
</context>
<context>
    <name>beamtop::TreeCommand</name>
    <message>
        <source>An application's supervision tree, with each subtree's processes and memory.</source>
        <translation>Der Supervisor-Baum einer Anwendung, mit den Prozessen und dem Speicher jedes Teilbaums.</translation>
    </message>
    <message>
        <source>Reads the supervision tree of the application APP (as the node's syntax writes it: my_app, or :my_app on an Elixir node) once and prints it: every supervisor with its restart strategy and intensity, and under it its children, workers and supervisors, each with what its whole subtree adds up to: processes, memory, reductions per second and queued messages. Processes linked to a supervisor that are not its children are listed apart. A supervisor that does not answer is marked and the rest of the tree still comes. --sort orders each supervisor's children (the node sorts before it cuts to --limit, so the heaviest come first). --format text draws the tree, json writes it for scripts. Needs the agent.</source>
        <translation>Liest den Supervisor-Baum der Anwendung APP (so geschrieben, wie die Syntax des Knotens es tut: my_app, oder :my_app auf einem Elixir-Knoten) einmal und gibt ihn aus: jeden Supervisor mit seiner Neustartstrategie und Intensität, und darunter seine Kinder, Worker und Supervisoren, jeweils mit dem, was ihr ganzer Teilbaum zusammen ausmacht: Prozesse, Speicher, Reduktionen pro Sekunde und Nachrichten in der Warteschlange. Prozesse, die mit einem Supervisor verlinkt, aber nicht seine Kinder sind, werden gesondert aufgeführt. Ein Supervisor, der nicht antwortet, wird markiert, und der Rest des Baums kommt trotzdem. --sort ordnet die Kinder jedes Supervisors (der Knoten sortiert, bevor er auf --limit kürzt, sodass die schwersten zuerst kommen). --format text zeichnet den Baum, json schreibt ihn für Skripte. Benötigt den Agenten.</translation>
    </message>
    <message>
        <source>Levels below the top supervisor (default %1).</source>
        <translation>Ebenen unterhalb des obersten Supervisors (Standard %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Order of each supervisor's children: start (as the supervisor lists them), processes, memory, reductions or message_queue; default start.</source>
        <translation>Reihenfolge der Kinder jedes Supervisors: start (wie der Supervisor sie auflistet), processes, memory, reductions oder message_queue; Standard start.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>Children per supervisor (default 100, at most %1).</source>
        <translation>Kinder pro Supervisor (Standard 100, höchstens %1).</translation>
    </message>
    <message>
        <source>Which application? Give its name: beamtop-cli tree APP.</source>
        <translation>Welche Anwendung? Geben Sie ihren Namen an: beamtop-cli tree APP.</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Unerwartete Argumente: %1</translation>
    </message>
    <message>
        <source>'%1' is not an application name.</source>
        <translation>„%1“ ist kein Anwendungsname.</translation>
    </message>
    <message>
        <source>--depth takes a number from 0 to %1.</source>
        <translation>--depth erwartet eine Zahl von 0 bis %1.</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit erwartet eine Zahl von 1 bis %1.</translation>
    </message>
    <message>
        <source>--sort is one of start, processes, memory, reductions, message_queue.</source>
        <translation>--sort ist eines von start, processes, memory, reductions, message_queue.</translation>
    </message>
    <message>
        <source>Could not read the supervision tree of %1: %2</source>
        <translation>Der Supervisor-Baum von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The Beamtop agent running on %1 is older and cannot read supervision trees.</source>
        <translation>Der Beamtop-Agent auf %1 ist älter und kann keine Supervisor-Bäume lesen.</translation>
    </message>
    <message>
        <source>Reading a supervision tree needs the Beamtop agent, which %1 did not load (reduced mode).</source>
        <translation>Das Lesen eines Supervisor-Baums benötigt den Beamtop-Agenten, den %1 nicht geladen hat (reduzierter Modus).</translation>
    </message>
    <message>
        <source>%1 is running on %2 but has no supervision tree: it is a library application, with no processes of its own.</source>
        <translation>%1 läuft auf %2, hat aber keinen Supervisor-Baum: Es ist eine Bibliotheksanwendung ohne eigene Prozesse.</translation>
    </message>
    <message>
        <source>No application %1 is running on %2.</source>
        <translation>Auf %2 läuft keine Anwendung %1.</translation>
    </message>
    <message>
        <source>The node says: %1</source>
        <translation>Der Knoten meldet: %1</translation>
    </message>
    <message>
        <source>beamtop-cli apps lists the node's applications.</source>
        <translation>beamtop-cli apps listet die Anwendungen des Knotens auf.</translation>
    </message>
    <message>
        <source>Supervision tree of %1 on %2, children by %3</source>
        <translation>Supervisor-Baum von %1 auf %2, Kinder nach %3</translation>
    </message>
    <message>
        <source>walked in %1 ms on the node</source>
        <translation>auf dem Knoten in %1 ms durchlaufen</translation>
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
        <translation>Wertet Alarmregeln für einen Knoten aus und gibt jeden Alarm aus, der ausgelöst oder aufgehoben wird.</translation>
    </message>
    <message>
        <source>Watches a node with alert rules (beamtop-cli rules prints them): those of --rules FILE, else the profile's (--profile NAME) or the file for connections without a profile, else the default rules. Prints one line per change: an alert fired or resolved, as JSON (one object per line: event, rule, severity, metric, value, threshold, entity, at) or text. Runs until --duration has passed or Ctrl+C (exit code 0); with --exit-on it ends with exit code 5 as soon as an alert of that severity or worse fires, for cron and CI jobs.</source>
        <translation>Überwacht einen Knoten mit Alarmregeln (beamtop-cli rules gibt sie aus): die aus --rules DATEI, sonst die des Profils (--profile NAME) oder die Datei für Verbindungen ohne Profil, sonst die Standardregeln. Gibt eine Zeile pro Änderung aus: ein Alarm wurde ausgelöst oder aufgehoben, als JSON (ein Objekt pro Zeile: event, rule, severity, metric, value, threshold, entity, at) oder als Text. Läuft, bis --duration verstrichen ist oder Strg+C gedrückt wird (Exit-Code 0); mit --exit-on endet er mit Exit-Code 5, sobald ein Alarm dieses Schweregrads oder eines schlimmeren ausgelöst wird, für Cron- und CI-Jobs.</translation>
    </message>
    <message>
        <source>Read the rules from FILE (a beamtop.rules/1 document).</source>
        <translation>Die Regeln aus DATEI lesen (ein beamtop.rules/1-Dokument).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Stop after this long, like 90s, 15m or 1h30m (default: until Ctrl+C).</source>
        <translation>Nach dieser Dauer aufhören, etwa 90s, 15m oder 1h30m (Standard: bis Strg+C).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>Milliseconds between readings, at least 100 (default 1000).</source>
        <translation>Millisekunden zwischen den Messungen, mindestens 100 (Standard 1000).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>End with exit code 5 when an alert of SEVERITY (warning or critical) or worse fires.</source>
        <translation>Mit Exit-Code 5 enden, wenn ein Alarm des SCHWEREGRADS (warning oder critical) oder eines schlimmeren ausgelöst wird.</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Unerwartete Argumente: %1</translation>
    </message>
    <message>
        <source>--duration takes a time like 90s, 15m or 1h30m, up to 7 days.</source>
        <translation>--duration erwartet eine Zeitangabe wie 90s, 15m oder 1h30m, bis zu 7 Tage.</translation>
    </message>
    <message>
        <source>watch: --interval takes at least 100 ms.</source>
        <translation>watch: --interval erwartet mindestens 100 ms.</translation>
    </message>
    <message>
        <source>--exit-on is warning or critical.</source>
        <translation>--exit-on ist warning oder critical.</translation>
    </message>
    <message>
        <source>No profile called “%1”. beamtop-cli profiles list shows them.</source>
        <translation>Es gibt kein Profil namens „%1“. beamtop-cli profiles list zeigt sie an.</translation>
    </message>
    <message>
        <source>Nothing to watch: %1 has no enabled rules.</source>
        <translation>Nichts zu überwachen: %1 hat keine aktivierten Regeln.</translation>
    </message>
    <message>
        <source>the rule set</source>
        <translation>der Regelsatz</translation>
    </message>
    <message>
        <source>Watching %1 with %2 (%3 enabled); Ctrl+C ends.</source>
        <translation>%1 wird mit %2 überwacht (%3 aktiviert); Strg+C beendet.</translation>
    </message>
    <message>
        <source>the default rules</source>
        <translation>die Standardregeln</translation>
    </message>
    <message>
        <source>Without the agent (reduced mode) these rules cannot be evaluated: %1.</source>
        <translation>Ohne den Agenten (reduzierter Modus) können diese Regeln nicht ausgewertet werden: %1.</translation>
    </message>
    <message>
        <source>Could not read %1 (its rules wait for it): %2</source>
        <translation>%1 konnte nicht gelesen werden (seine Regeln warten darauf): %2</translation>
    </message>
    <message>
        <source>Could not read the node's metrics (their rules wait for them): %1</source>
        <translation>Die Metriken des Knotens konnten nicht gelesen werden (ihre Regeln warten darauf): %1</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::AlertsPage</name>
    <message>
        <source>Could not read %1 for the alerts: %2</source>
        <translation>%1 konnte für die Alarme nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no active alerts</source>
        <translation>keine aktiven Alarme</translation>
    </message>
    <message numerus="yes">
        <source>%n active, %1 not acknowledged</source>
        <translation>
            <numerusform>%n aktiv, %1 nicht bestätigt</numerusform>
            <numerusform>%n aktiv, %1 nicht bestätigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) in force</source>
        <translation>
            <numerusform>%n Regel in Kraft</numerusform>
            <numerusform>%n Regeln in Kraft</numerusform>
        </translation>
    </message>
    <message>
        <source>the log file could not be written: %1</source>
        <translation>die Log-Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Nothing is firing.</source>
        <translation>Nichts ist ausgelöst.</translation>
    </message>
    <message>
        <source>Log, newest first</source>
        <translation>Log, neueste zuerst</translation>
    </message>
    <message>
        <source>No alert has fired or resolved yet.</source>
        <translation>Es wurde noch kein Alarm ausgelöst oder aufgehoben.</translation>
    </message>
    <message>
        <source>Select an active alert to acknowledge it.</source>
        <translation>Wählen Sie einen aktiven Alarm aus, um ihn zu bestätigen.</translation>
    </message>
    <message>
        <source>Acknowledged %1.</source>
        <translation>%1 bestätigt.</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n alert(s).</source>
        <translation>
            <numerusform>%n Alarm bestätigt.</numerusform>
            <numerusform>%n Alarme bestätigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an alert about a process has details to open.</source>
        <translation>Nur ein Alarm zu einem Prozess hat Details zum Öffnen.</translation>
    </message>
    <message>
        <source>acknowledge the selected alert</source>
        <translation>den ausgewählten Alarm bestätigen</translation>
    </message>
    <message>
        <source>acknowledge every alert</source>
        <translation>alle Alarme bestätigen</translation>
    </message>
    <message>
        <source>move in the active alerts or the log</source>
        <translation>in den aktiven Alarmen oder im Log bewegen</translation>
    </message>
    <message>
        <source>Enter, o</source>
        <translation>Enter, o</translation>
    </message>
    <message>
        <source>the details of the process an alert is about</source>
        <translation>die Details des Prozesses, den ein Alarm betrifft</translation>
    </message>
    <message>
        <source>a acknowledge · A all · l log</source>
        <translation>a bestätigen · A alle · l Log</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::ApplicationsPage</name>
    <message>
        <source>Application / process</source>
        <translation>Anwendung / Prozess</translation>
    </message>
    <message>
        <source>children %1–%2 of %3 (&lt; &gt; page)</source>
        <translation>Kinder %1–%2 von %3 (&lt; &gt; Seite)</translation>
    </message>
    <message>
        <source>the supervision tree could not be read: %1</source>
        <translation>der Supervisor-Baum konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>supervision trees need the agent</source>
        <translation>Supervisor-Bäume benötigen den Agenten</translation>
    </message>
    <message>
        <source>reading the supervision tree…</source>
        <translation>Supervisor-Baum wird gelesen…</translation>
    </message>
    <message>
        <source>%1 of %2 applications running</source>
        <translation>%1 von %2 Anwendungen laufen</translation>
    </message>
    <message>
        <source>counting processes: %1</source>
        <translation>Prozesse werden gezählt: %1</translation>
    </message>
    <message>
        <source>totals %1 old</source>
        <translation>Summen %1 alt</translation>
    </message>
    <message>
        <source>the application controller did not answer: %1</source>
        <translation>der Application Controller hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>tree walked in %1</source>
        <translation>Baum in %1 durchlaufen</translation>
    </message>
    <message>
        <source>cut at the walk's caps</source>
        <translation>an den Grenzen des Durchgangs abgeschnitten</translation>
    </message>
    <message>
        <source>last read failed: %1</source>
        <translation>letzter Lesevorgang fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>The applications need the agent, which is not loaded on %1.</source>
        <translation>Die Anwendungen benötigen den Agenten, der auf %1 nicht geladen ist.</translation>
    </message>
    <message>
        <source>The applications could not be read: %1</source>
        <translation>Die Anwendungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the applications…</source>
        <translation>Anwendungen werden gelesen…</translation>
    </message>
    <message>
        <source>Select a supervisor with more children than one page (or one of them).</source>
        <translation>Wählen Sie einen Supervisor mit mehr Kindern als eine Seite aus (oder eines davon).</translation>
    </message>
    <message>
        <source>Reading children %1–%2 of %3…</source>
        <translation>Kinder %1–%2 von %3 werden gelesen…</translation>
    </message>
    <message>
        <source>Select a process of the tree to see its details.</source>
        <translation>Wählen Sie einen Prozess des Baums aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Enter, Right</source>
        <translation>Enter, Right</translation>
    </message>
    <message>
        <source>open an application's supervision tree, or a supervisor</source>
        <translation>den Supervisor-Baum einer Anwendung oder einen Supervisor öffnen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>close it, or go up to its parent</source>
        <translation>ihn schließen oder zu seinem Elternknoten wechseln</translation>
    </message>
    <message>
        <source>order by processes</source>
        <translation>nach Prozessen ordnen</translation>
    </message>
    <message>
        <source>order by memory</source>
        <translation>nach Speicher ordnen</translation>
    </message>
    <message>
        <source>order by reductions per second</source>
        <translation>nach Reduktionen pro Sekunde ordnen</translation>
    </message>
    <message>
        <source>order by message queue</source>
        <translation>nach Nachrichtenwarteschlange ordnen</translation>
    </message>
    <message>
        <source>order by name (the tree in start order)</source>
        <translation>nach Name ordnen (der Baum in Startreihenfolge)</translation>
    </message>
    <message>
        <source>previous, next page of a large supervisor's children</source>
        <translation>vorherige, nächste Seite der Kinder eines großen Supervisors</translation>
    </message>
    <message>
        <source>the selected process's details (Enter on a worker too)</source>
        <translation>die Details des ausgewählten Prozesses (Eingabe auch auf einem Worker)</translation>
    </message>
    <message>
        <source>Enter/Right open · Left close · P M R Q N order · &lt; &gt; page</source>
        <translation>Enter/Right öffnen · Left schließen · P M R Q N ordnen · &lt; &gt; Seite</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::EtsPage</name>
    <message>
        <source>%L1 tables</source>
        <translation>%L1 Tabellen</translation>
    </message>
    <message>
        <source>%L1 of %L2 tables match</source>
        <translation>%L1 von %L2 Tabellen passen</translation>
    </message>
    <message>
        <source>by memory growth</source>
        <translation>nach Speicherwachstum</translation>
    </message>
    <message>
        <source>by memory</source>
        <translation>nach Speicher</translation>
    </message>
    <message>
        <source>by rows added</source>
        <translation>nach hinzugekommenen Zeilen</translation>
    </message>
    <message>
        <source>by rows</source>
        <translation>nach Zeilen</translation>
    </message>
    <message>
        <source>filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>ETS tables</source>
        <translation>ETS-Tabellen</translation>
    </message>
    <message>
        <source>Could not read the tables: %1</source>
        <translation>Die Tabellen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The node has no ETS tables.</source>
        <translation>Der Knoten hat keine ETS-Tabellen.</translation>
    </message>
    <message>
        <source>No table matches the filter.</source>
        <translation>Keine Tabelle passt zum Filter.</translation>
    </message>
    <message>
        <source>Reading the ETS tables…</source>
        <translation>ETS-Tabellen werden gelesen…</translation>
    </message>
    <message>
        <source>Filter tables: </source>
        <translation>Tabellen filtern: </translation>
    </message>
    <message>
        <source>Select a table to see its owner process's details.</source>
        <translation>Wählen Sie eine Tabelle aus, um die Details ihres Besitzerprozesses zu sehen.</translation>
    </message>
    <message>
        <source>rank by memory</source>
        <translation>nach Speicher ordnen</translation>
    </message>
    <message>
        <source>rank by size (rows)</source>
        <translation>nach Größe (Zeilen) ordnen</translation>
    </message>
    <message>
        <source>sliding window: rank by growth</source>
        <translation>gleitendes Fenster: nach Wachstum ordnen</translation>
    </message>
    <message>
        <source>filter on the node (name, type, owner)</source>
        <translation>auf dem Knoten filtern (Name, Typ, Besitzer)</translation>
    </message>
    <message>
        <source>the selected table's owner process</source>
        <translation>der Besitzerprozess der ausgewählten Tabelle</translation>
    </message>
    <message>
        <source>Up, Down, PgUp, PgDn</source>
        <translation>Up, Down, PgUp, PgDn</translation>
    </message>
    <message>
        <source>move</source>
        <translation>bewegen</translation>
    </message>
    <message>
        <source>M S sort · w window · / filter · o owner</source>
        <translation>M S sortieren · w Fenster · / filtern · o Besitzer</translation>
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
        <translation>Knoten wird gelesen…</translation>
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
        <translation>läuft seit %1</translation>
    </message>
    <message>
        <source>%1 schedulers, %2 CPUs</source>
        <translation>%1 Scheduler, %2 CPUs</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
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
        <translation>Speicher</translation>
    </message>
    <message>
        <source>(processes %1, binary %2, ETS %3)</source>
        <translation>(Prozesse %1, Binary %2, ETS %3)</translation>
    </message>
    <message>
        <source>Run queue</source>
        <translation>Ausführungswarteschlange</translation>
    </message>
    <message>
        <source>Reductions</source>
        <translation>Reduktionen</translation>
    </message>
    <message>
        <source>I/O</source>
        <translation>I/O</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 ein, %2 aus</translation>
    </message>
    <message>
        <source>Atoms</source>
        <translation>Atome</translation>
    </message>
    <message>
        <source>ETS tables</source>
        <translation>ETS-Tabellen</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>%1 of %2 schedulers</source>
        <translation>%1 von %2 Schedulern</translation>
    </message>
    <message>
        <source>needs the agent (scheduler_wall_time)</source>
        <translation>benötigt den Agenten (scheduler_wall_time)</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>wird gemessen…</translation>
    </message>
    <message>
        <source>last refresh failed: %1</source>
        <translation>letzte Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Processes in pid order</source>
        <translation>Prozesse in PID-Reihenfolge</translation>
    </message>
    <message>
        <source>Top processes by reductions/s</source>
        <translation>Größte Prozesse nach Reduktionen/s</translation>
    </message>
    <message>
        <source>Top processes by memory</source>
        <translation>Größte Prozesse nach Speicher</translation>
    </message>
    <message>
        <source>Reading the processes…</source>
        <translation>Prozesse werden gelesen…</translation>
    </message>
    <message>
        <source>top processes by memory</source>
        <translation>größte Prozesse nach Speicher</translation>
    </message>
    <message>
        <source>top processes by reductions per second</source>
        <translation>größte Prozesse nach Reduktionen pro Sekunde</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>details of the selected process</source>
        <translation>Details des ausgewählten Prozesses</translation>
    </message>
    <message>
        <source>arrows, PgUp, PgDn</source>
        <translation>Pfeiltasten, PgUp, PgDn</translation>
    </message>
    <message>
        <source>move (Home, End: first, last)</source>
        <translation>bewegen (Home, End: erste, letzte)</translation>
    </message>
    <message>
        <source>M/R memory or reductions/s · Enter details</source>
        <translation>M/R Speicher oder Reduktionen/s · Enter Details</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
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
        <translation>Die Scheduler konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>utilisation needs the agent (scheduler_wall_time)</source>
        <translation>die Auslastung benötigt den Agenten (scheduler_wall_time)</translation>
    </message>
    <message>
        <source>measuring utilisation…</source>
        <translation>Auslastung wird gemessen…</translation>
    </message>
    <message>
        <source>total %1 (normal %2, dirty CPU %3, dirty I/O %4)</source>
        <translation>gesamt %1 (normal %2, Dirty-CPU %3, Dirty-E/A %4)</translation>
    </message>
    <message>
        <source>spread %1 pts (busiest %2, idlest %3)</source>
        <translation>Spanne %1 Pkt. (am meisten ausgelastet %2, am wenigsten %3)</translation>
    </message>
    <message>
        <source>run queue %1</source>
        <translation>Ausführungswarteschlange %1</translation>
    </message>
    <message>
        <source>imbalance %1</source>
        <translation>Ungleichgewicht %1</translation>
    </message>
    <message>
        <source>%1 of %2 online</source>
        <translation>%1 von %2 online</translation>
    </message>
    <message>
        <source>%1 busy</source>
        <translation>%1 ausgelastet</translation>
    </message>
    <message>
        <source> q %1</source>
        <translation> q %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>one cell per sample, newest right; max over the line</source>
        <translation>eine Zelle pro Messpunkt, der neueste rechts; Maximum über die Zeile</translation>
    </message>
    <message>
        <source>Recording the first samples…</source>
        <translation>Die ersten Messpunkte werden aufgezeichnet…</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>max. %1</translation>
    </message>
    <message>
        <source>Schedulers</source>
        <translation>Scheduler</translation>
    </message>
    <message>
        <source>Reading the schedulers…</source>
        <translation>Scheduler werden gelesen…</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::MemoryPage</name>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Reading memory…</source>
        <translation>Speicher wird gelesen…</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>gesamt %1</translation>
    </message>
    <message>
        <source>%1 in carriers, %2 used</source>
        <translation>%1 in Carriern, %2 benutzt</translation>
    </message>
    <message>
        <source>RSS %1</source>
        <translation>RSS %1</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Allocators</source>
        <translation>Allokatoren</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more findings</source>
        <translation>
            <numerusform>… und %Ln weiterer Befund</numerusform>
            <numerusform>… und %Ln weitere Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>The allocators are read by the agent, which is not loaded on %1.</source>
        <translation>Die Allokatoren werden vom Agenten gelesen, der auf %1 nicht geladen ist.</translation>
    </message>
    <message>
        <source>Reading the allocators…</source>
        <translation>Allokatoren werden gelesen…</translation>
    </message>
    <message>
        <source>Enter, Right</source>
        <translation>Enter, Right</translation>
    </message>
    <message>
        <source>show an allocator's instances</source>
        <translation>die Instanzen eines Allokators anzeigen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>hide them, or go to the allocator</source>
        <translation>sie ausblenden oder zum Allokator wechseln</translation>
    </message>
    <message>
        <source>move in the memory table or the allocators</source>
        <translation>in der Speichertabelle oder den Allokatoren bewegen</translation>
    </message>
    <message>
        <source>Enter/Right instances · Left back · m memory/allocators</source>
        <translation>Enter/Right Instanzen · Left zurück · m Speicher/Allokatoren</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::MnesiaPage</name>
    <message>
        <source>Mnesia is not running on %1: the application is not loaded.</source>
        <translation>Mnesia läuft nicht auf %1: Die Anwendung ist nicht geladen.</translation>
    </message>
    <message>
        <source>Mnesia is not running on %1 (it says: %2).</source>
        <translation>Mnesia läuft nicht auf %1 (Meldung: %2).</translation>
    </message>
    <message>
        <source>Mnesia is not running on %1: it is loaded but not started.</source>
        <translation>Mnesia läuft nicht auf %1: Die Anwendung ist geladen, aber nicht gestartet.</translation>
    </message>
    <message>
        <source>When it runs, this page shows its tables with their storage, size, memory and replicas, the database (db nodes, this node's role, schema and directory), and the locks and transactions in flight. Beamtop never starts Mnesia; it looks again at every refresh.</source>
        <translation>Wenn Mnesia läuft, zeigt diese Seite seine Tabellen mit Speicherart, Größe, Speicher und Replikaten, die Datenbank (db-Knoten, Rolle dieses Knotens, Schema und Verzeichnis) sowie die Sperren und laufenden Transaktionen. Beamtop startet Mnesia nie; es sieht bei jeder Aktualisierung erneut nach.</translation>
    </message>
    <message>
        <source>Mnesia</source>
        <translation>Mnesia</translation>
    </message>
    <message>
        <source>Mnesia could not be read: %1</source>
        <translation>Mnesia konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading Mnesia…</source>
        <translation>Mnesia wird gelesen…</translation>
    </message>
    <message>
        <source>%1 of %2 db nodes running</source>
        <translation>%1 von %2 db-Knoten laufen</translation>
    </message>
    <message>
        <source>disc node</source>
        <translation>Disk-Knoten</translation>
    </message>
    <message>
        <source>RAM node</source>
        <translation>RAM-Knoten</translation>
    </message>
    <message>
        <source>%1 commits, %2 failures</source>
        <translation>%1 Commits, %2 Fehlschläge</translation>
    </message>
    <message>
        <source>%1 locks held</source>
        <translation>%1 Sperren gehalten</translation>
    </message>
    <message>
        <source>%1 transactions</source>
        <translation>%1 Transaktionen</translation>
    </message>
    <message>
        <source>last read failed: %1</source>
        <translation>letzter Lesevorgang fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tables (%1 system hidden: s shows them)</source>
        <translation>
            <numerusform>%Ln Tabelle (%1 Systemtabellen ausgeblendet: s zeigt sie)</numerusform>
            <numerusform>%Ln Tabellen (%1 Systemtabellen ausgeblendet: s zeigt sie)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tables</source>
        <translation>
            <numerusform>%Ln Tabelle</numerusform>
            <numerusform>%Ln Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>the first %1 of %2</source>
        <translation>die ersten %1 von %2</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>%1: could not read: %2</source>
        <translation>%1: konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 (the first %3)</source>
        <translation>%1: %2 (die ersten %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Locks held</source>
        <translation>Gehaltene Sperren</translation>
    </message>
    <message>
        <source>Lock queue</source>
        <translation>Sperrwarteschlange</translation>
    </message>
    <message>
        <source>Transactions in flight, oldest first</source>
        <translation>Laufende Transaktionen, älteste zuerst</translation>
    </message>
    <message>
        <source>the tables</source>
        <translation>die Tabellen</translation>
    </message>
    <message>
        <source>the database: db nodes, role, directory, version, counters</source>
        <translation>die Datenbank: db-Knoten, Rolle, Verzeichnis, Version, Zähler</translation>
    </message>
    <message>
        <source>the locks held, the lock queue and the transactions in flight</source>
        <translation>die gehaltenen Sperren, die Sperrwarteschlange und die laufenden Transaktionen</translation>
    </message>
    <message>
        <source>show or hide the system tables (the schema)</source>
        <translation>die Systemtabellen (das Schema) ein- oder ausblenden</translation>
    </message>
    <message>
        <source>t tables · f database · l locks · s system tables</source>
        <translation>t Tabellen · f Datenbank · l Sperren · s Systemtabellen</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::NetworkPage</name>
    <message numerus="yes">
        <source>%Ln connected nodes</source>
        <translation>
            <numerusform>%Ln verbundener Knoten</numerusform>
            <numerusform>%Ln verbundene Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>net_ticktime %1 s</source>
        <translation>net_ticktime %1 s</translation>
    </message>
    <message>
        <source>busy limit %1</source>
        <translation>Busy-Grenze %1</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%L1 of %L2 match</source>
        <translation>%L1 von %L2 passen</translation>
    </message>
    <message>
        <source>%L1 ports and sockets</source>
        <translation>%L1 Ports und Sockets</translation>
    </message>
    <message>
        <source>%1 of the port limit</source>
        <translation>%1 der Port-Grenze</translation>
    </message>
    <message>
        <source>type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Could not read the ports: %1</source>
        <translation>Die Ports konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No port or socket matches.</source>
        <translation>Kein Port und kein Socket passt.</translation>
    </message>
    <message>
        <source>Reading the ports…</source>
        <translation>Ports werden gelesen…</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>No other node is connected.</source>
        <translation>Kein anderer Knoten ist verbunden.</translation>
    </message>
    <message>
        <source>Filter ports: </source>
        <translation>Ports filtern: </translation>
    </message>
    <message>
        <source>Select a port with an owner process to see the owner's details.</source>
        <translation>Wählen Sie einen Port mit einem Besitzerprozess aus, um die Details des Besitzers zu sehen.</translation>
    </message>
    <message>
        <source>rank ports by I/O (bytes received and sent)</source>
        <translation>Ports nach E/A ordnen (empfangene und gesendete Bytes)</translation>
    </message>
    <message>
        <source>rank by bytes received</source>
        <translation>nach empfangenen Bytes ordnen</translation>
    </message>
    <message>
        <source>rank by bytes sent</source>
        <translation>nach gesendeten Bytes ordnen</translation>
    </message>
    <message>
        <source>rank by packets received</source>
        <translation>nach empfangenen Paketen ordnen</translation>
    </message>
    <message>
        <source>rank by queue</source>
        <translation>nach Warteschlange ordnen</translation>
    </message>
    <message>
        <source>rank by memory</source>
        <translation>nach Speicher ordnen</translation>
    </message>
    <message>
        <source>sliding window: rank by rates</source>
        <translation>gleitendes Fenster: nach Raten ordnen</translation>
    </message>
    <message>
        <source>next port type (TCP, UDP, ..., all)</source>
        <translation>nächster Port-Typ (TCP, UDP, ..., alle)</translation>
    </message>
    <message>
        <source>filter on the node</source>
        <translation>auf dem Knoten filtern</translation>
    </message>
    <message>
        <source>the selected port's owner process</source>
        <translation>der Besitzerprozess des ausgewählten Ports</translation>
    </message>
    <message>
        <source>move in the ports or the distribution links</source>
        <translation>in den Ports oder den Distributionsverbindungen bewegen</translation>
    </message>
    <message>
        <source>I R S P Q M sort · w window · t type · / filter · o owner · d links</source>
        <translation>I R S P Q M sortieren · w Fenster · t Typ · / filtern · o Besitzer · d Verbindungen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::ProcessActionKeys</name>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 von %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Garbage collected %1.</source>
        <translation>Garbage Collection für %1 ausgeführt.</translation>
    </message>
    <message>
        <source>Suspended %1.</source>
        <translation>%1 wurde angehalten.</translation>
    </message>
    <message>
        <source>Resumed %1.</source>
        <translation>%1 wurde fortgesetzt.</translation>
    </message>
    <message>
        <source>Killed %1.</source>
        <translation>%1 wurde zwangsweise beendet.</translation>
    </message>
    <message>
        <source>kill, suspend or resume, garbage collect (--allow-actions; asks first)</source>
        <translation>zwangsweise beenden, anhalten oder fortsetzen, Garbage Collection (--allow-actions; fragt vorher)</translation>
    </message>
    <message>
        <source>Garbage collecting</source>
        <translation>Garbage Collection</translation>
    </message>
    <message>
        <source>Suspending</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Killing</source>
        <translation>Zwangsweises Beenden</translation>
    </message>
    <message>
        <source>Kill %1 on %2? (untrappable; its supervisor may restart it)</source>
        <translation>%1 auf %2 zwangsweise beenden? (nicht abfangbar; sein Supervisor startet ihn möglicherweise neu)</translation>
    </message>
    <message>
        <source>Suspend %1 on %2? (S resumes it; so does Beamtop leaving)</source>
        <translation>%1 auf %2 anhalten? (S setzt ihn fort; ebenso das Beenden von Beamtop)</translation>
    </message>
    <message>
        <source>Resume %1 on %2?</source>
        <translation>%1 auf %2 fortsetzen?</translation>
    </message>
    <message>
        <source>Garbage collect %1 on %2?</source>
        <translation>Garbage Collection für %1 auf %2 ausführen?</translation>
    </message>
    <message>
        <source>Needs --allow-actions: kill, suspend and garbage collection are off.</source>
        <translation>Benötigt --allow-actions: Zwangsweises Beenden, Anhalten und Garbage Collection sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>Not connected: the node cannot be changed now.</source>
        <translation>Nicht verbunden: Der Knoten kann jetzt nicht verändert werden.</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::ProcessDetails</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>This process cannot be sampled: %1</source>
        <translation>Dieser Prozess kann nicht abgetastet werden: %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Dictionary</source>
        <translation>Dictionary</translation>
    </message>
    <message>
        <source>Stack trace</source>
        <translation>Stacktrace</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Read the first %1 of %2 messages of %3? The node copies the whole queue first (the process uses %4).</source>
        <translation>Die ersten %1 von %2 Nachrichten von %3 lesen? Der Knoten kopiert zuerst die ganze Warteschlange (der Prozess belegt %4).</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>eine unbekannte Menge</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>sampling…</source>
        <translation>wird abgetastet…</translation>
    </message>
    <message>
        <source>memory %1 · reductions/s %2 · queue %3 · %4</source>
        <translation>Speicher %1 · Reduktionen/s %2 · Warteschlange %3 · %4</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Pid</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Registered name</source>
        <translation>Registrierter Name</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Initial call</source>
        <translation>Initialer Aufruf</translation>
    </message>
    <message>
        <source>Spawned as</source>
        <translation>Gestartet als</translation>
    </message>
    <message>
        <source>Current function</source>
        <translation>Aktuelle Funktion</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Traps exits</source>
        <translation>Fängt Exits ab</translation>
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
        <source>Group leader</source>
        <translation>Group Leader</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Reductions</source>
        <translation>Reduktionen</translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation>Reduktionen/s</translation>
    </message>
    <message>
        <source>measured from the second sample</source>
        <translation>gemessen ab dem zweiten Messpunkt</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>Nachrichtenwarteschlange</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>%1 (%2 words)</source>
        <translation>%1 (%2 Wörter)</translation>
    </message>
    <message>
        <source>Heap size</source>
        <translation>Heap-Größe</translation>
    </message>
    <message>
        <source>Stack size</source>
        <translation>Stack-Größe</translation>
    </message>
    <message>
        <source>Total heap size</source>
        <translation>Gesamte Heap-Größe</translation>
    </message>
    <message>
        <source>Binaries</source>
        <translation>Binaries</translation>
    </message>
    <message>
        <source>%1 in %2 binaries</source>
        <translation>%1 in %2 Binaries</translation>
    </message>
    <message>
        <source>Largest binaries</source>
        <translation>Größte Binaries</translation>
    </message>
    <message>
        <source>%1, %2 references</source>
        <translation>%1, %2 Referenzen</translation>
    </message>
    <message>
        <source>Garbage collection</source>
        <translation>Garbage Collection</translation>
    </message>
    <message>
        <source>Links and monitors</source>
        <translation>Links und Monitore</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Monitore</translation>
    </message>
    <message>
        <source>Monitored by</source>
        <translation>Überwacht von</translation>
    </message>
    <message>
        <source>The process has exited; its messages are gone.</source>
        <translation>Der Prozess wurde beendet; seine Nachrichten sind verloren.</translation>
    </message>
    <message>
        <source>Reading the messages…</source>
        <translation>Die Nachrichten werden gelesen…</translation>
    </message>
    <message>
        <source>The queue holds %1 messages. Reading it makes the node copy every one of them (the process's memory, roughly doubled for a moment), so Beamtop asks first. Only the first %2 are sent either way. Press f to read them.</source>
        <translation>Die Warteschlange enthält %1 Nachrichten. Sie zu lesen bringt den Knoten dazu, jede davon zu kopieren (der Speicher des Prozesses verdoppelt sich kurzzeitig ungefähr), daher fragt Beamtop vorher. In jedem Fall werden nur die ersten %2 gesendet. Drücken Sie f, um sie zu lesen.</translation>
    </message>
    <message>
        <source>The message queue is empty.</source>
        <translation>Die Nachrichtenwarteschlange ist leer.</translation>
    </message>
    <message>
        <source>The first %1 of %2 messages, each cut to a readable size.</source>
        <translation>Die ersten %1 von %2 Nachrichten, jede auf eine lesbare Größe gekürzt.</translation>
    </message>
    <message>
        <source>The process dictionary is empty.</source>
        <translation>Das Prozess-Dictionary ist leer.</translation>
    </message>
    <message>
        <source>%1 more entries not shown</source>
        <translation>%1 weitere Einträge nicht angezeigt</translation>
    </message>
    <message>
        <source>No stack trace.</source>
        <translation>Kein Stacktrace.</translation>
    </message>
    <message>
        <source>Not available: this process was not started by proc_lib (it is not a gen_server, gen_statem or other OTP behaviour), so it does not answer system messages. Asking would leave a message in its queue for ever.</source>
        <translation>Nicht verfügbar: Dieser Prozess wurde nicht mit proc_lib gestartet (er ist kein gen_server, gen_statem oder anderes OTP-Behaviour) und beantwortet daher keine Systemnachrichten. Eine Anfrage würde für immer eine Nachricht in seiner Warteschlange hinterlassen.</translation>
    </message>
    <message>
        <source>Not available: the process did not answer sys:get_state within a second. It may be busy, blocked in a call, or suspended.</source>
        <translation>Nicht verfügbar: Der Prozess hat sys:get_state nicht innerhalb einer Sekunde beantwortet. Er ist möglicherweise beschäftigt, in einem Aufruf blockiert oder angehalten.</translation>
    </message>
    <message>
        <source>Not available: the process does not handle sys:get_state (it has no state to give).</source>
        <translation>Nicht verfügbar: Der Prozess verarbeitet sys:get_state nicht (er hat keinen Zustand, den er liefern könnte).</translation>
    </message>
    <message>
        <source>Not available.</source>
        <translation>Nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 has exited.</source>
        <translation>%1 wurde beendet.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Process %1</source>
        <translation>Prozess %1</translation>
    </message>
    <message>
        <source>%1 has exited (noticed at %2); what is shown is the last data read.</source>
        <translation>%1 wurde beendet (bemerkt um %2); angezeigt werden die zuletzt gelesenen Daten.</translation>
    </message>
    <message>
        <source> %1-%2 of %3 </source>
        <translation> %1-%2 von %3 </translation>
    </message>
    <message>
        <source>Left Right</source>
        <translation>Left Right</translation>
    </message>
    <message>
        <source>previous / next tab</source>
        <translation>vorheriger / nächster Reiter</translation>
    </message>
    <message>
        <source>overview, messages, dictionary, stack trace, state</source>
        <translation>Übersicht, Nachrichten, Dictionary, Stacktrace, Zustand</translation>
    </message>
    <message>
        <source>Up, Down, PgUp, PgDn</source>
        <translation>Up, Down, PgUp, PgDn</translation>
    </message>
    <message>
        <source>scroll (Home, End: top, bottom)</source>
        <translation>blättern (Home, End: Anfang, Ende)</translation>
    </message>
    <message>
        <source>read the details (and messages) again</source>
        <translation>die Details (und Nachrichten) erneut lesen</translation>
    </message>
    <message>
        <source>read a queue over %1 messages (asks first)</source>
        <translation>eine Warteschlange mit über %1 Nachrichten lesen (fragt vorher)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>close the details</source>
        <translation>die Details schließen</translation>
    </message>
    <message>
        <source>Left/Right tabs · Esc close</source>
        <translation>Left/Right Reiter · Esc schließen</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::ProcessesPage</name>
    <message>
        <source>Rows are in pid order: ranking and filtering need Beamtop's agent, which is not loaded on this node.</source>
        <translation>Die Zeilen sind nach PID sortiert: Rangliste und Filter benötigen den Agenten von Beamtop, der auf diesem Knoten nicht geladen ist.</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>reductions</source>
        <translation>Reduktionen</translation>
    </message>
    <message>
        <source>message queue</source>
        <translation>Nachrichtenwarteschlange</translation>
    </message>
    <message>
        <source>heap</source>
        <translation>Heap</translation>
    </message>
    <message>
        <source>binary memory</source>
        <translation>Binary-Speicher</translation>
    </message>
    <message>
        <source>by %1 growth per second (window)</source>
        <translation>nach Wachstum von %1 pro Sekunde (Fenster)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>filter "%1"</source>
        <translation>Filter „%1“</translation>
    </message>
    <message>
        <source>%1 processes</source>
        <translation>%1 Prozesse</translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>%1 von %2 passen</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>The process list could not be read; showing the last rows read: %1</source>
        <translation>Die Prozessliste konnte nicht gelesen werden; die zuletzt gelesenen Zeilen werden angezeigt: %1</translation>
    </message>
    <message>
        <source>No processes.</source>
        <translation>Keine Prozesse.</translation>
    </message>
    <message>
        <source>No process matches "%1".</source>
        <translation>Kein Prozess passt zu „%1“.</translation>
    </message>
    <message>
        <source>Reading the processes…</source>
        <translation>Prozesse werden gelesen…</translation>
    </message>
    <message>
        <source>Filter (on the node; empty: all): </source>
        <translation>Filter (auf dem Knoten; leer: alle): </translation>
    </message>
    <message>
        <source>rank by memory, reductions, message queue, heap, binary memory</source>
        <translation>nach Speicher, Reduktionen, Nachrichtenwarteschlange, Heap, Binary-Speicher ordnen</translation>
    </message>
    <message>
        <source>sliding window: rank by growth per second (R: reductions/s)</source>
        <translation>gleitendes Fenster: nach Wachstum pro Sekunde ordnen (R: Reduktionen/s)</translation>
    </message>
    <message>
        <source>filter on the node (text, app:NAME)</source>
        <translation>auf dem Knoten filtern (Text, app:NAME)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>details of the selected process</source>
        <translation>Details des ausgewählten Prozesses</translation>
    </message>
    <message>
        <source>arrows, PgUp, PgDn</source>
        <translation>Pfeiltasten, PgUp, PgDn</translation>
    </message>
    <message>
        <source>move (Home, End: first, last)</source>
        <translation>bewegen (Home, End: erste, letzte)</translation>
    </message>
    <message>
        <source>M R Q H B sort · w window · / filter</source>
        <translation>M R Q H B sortieren · w Fenster · / filtern</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::Terminal</name>
    <message>
        <source>beamtop-cli tui needs a terminal: standard output is not one.</source>
        <translation>beamtop-cli tui braucht ein Terminal: Die Standardausgabe ist keines.</translation>
    </message>
    <message>
        <source>beamtop-cli tui needs a terminal: standard input is not one.</source>
        <translation>beamtop-cli tui braucht ein Terminal: Die Standardeingabe ist keines.</translation>
    </message>
    <message>
        <source>beamtop-cli tui cannot drive this terminal (TERM=%1).</source>
        <translation>beamtop-cli tui kann dieses Terminal nicht ansteuern (TERM=%1).</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::TuiCommand</name>
    <message>
        <source>Watches a node full-screen in the terminal, page by page, like the desktop app.</source>
        <translation>Beobachtet einen Knoten bildschirmfüllend im Terminal, Seite für Seite, wie die Desktop-Anwendung.</translation>
    </message>
    <message>
        <source>Shows a node live in the terminal: 1 Home, 2 Processes, 3 Load, 4 Memory, 5 Network, 6 ETS, 7 Mnesia, 8 Applications, 9 Alerts. Tab and the digits switch pages, space pauses, + and - change the refresh interval, F1 or ? lists every key, q quits. A lost link is retried until it comes back. Alert rules are those of --rules FILE, else the profile's, else the defaults. Colours follow the terminal; NO_COLOR or --no-color turns them off.</source>
        <translation>Zeigt einen Knoten live im Terminal: 1 Start, 2 Prozesse, 3 Last, 4 Speicher, 5 Netzwerk, 6 ETS, 7 Mnesia, 8 Anwendungen, 9 Alarme. Tab und die Ziffern wechseln die Seite, die Leertaste pausiert, + und - ändern das Aktualisierungsintervall, F1 oder ? listet alle Tasten auf, q beendet. Eine verlorene Verbindung wird erneut versucht, bis sie wieder steht. Die Alarmregeln sind die aus --rules DATEI, sonst die des Profils, sonst die Standardregeln. Die Farben folgen dem Terminal; NO_COLOR oder --no-color schaltet sie aus.</translation>
    </message>
    <message>
        <source>No colours (also when NO_COLOR is set).</source>
        <translation>Keine Farben (auch wenn NO_COLOR gesetzt ist).</translation>
    </message>
    <message>
        <source>Draw lines, bars and charts with ASCII characters only.</source>
        <translation>Linien, Balken und Diagramme nur mit ASCII-Zeichen zeichnen.</translation>
    </message>
    <message>
        <source>Allow kill, suspend and garbage collection of processes (each asks first). Off: the node is only read.</source>
        <translation>Zwangsweises Beenden, Anhalten und Garbage Collection von Prozessen erlauben (jede Aktion fragt vorher). Aus: Der Knoten wird nur gelesen.</translation>
    </message>
    <message>
        <source>Start the bundled demo node and watch it (stopped on exit); no --node needed.</source>
        <translation>Den mitgelieferten Demo-Knoten starten und beobachten (wird beim Beenden gestoppt); kein --node nötig.</translation>
    </message>
    <message>
        <source>Refresh every MS milliseconds (default 1000; + and - change it).</source>
        <translation>Alle MS Millisekunden aktualisieren (Standard 1000; + und - ändern es).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Alert rules from FILE (a beamtop.rules/1 document).</source>
        <translation>Alarmregeln aus DATEI (ein beamtop.rules/1-Dokument).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Share of one scheduler the agent may spend on the node, ranking included (default 0.02).</source>
        <translation>Anteil eines Schedulers, den der Agent auf dem Knoten verbrauchen darf, die Rangliste eingeschlossen (Standard 0.02).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>tui takes no arguments: %1</source>
        <translation>tui erwartet keine Argumente: %1</translation>
    </message>
    <message>
        <source>tui: --interval takes at least 100 ms.</source>
        <translation>tui: --interval erwartet mindestens 100 ms.</translation>
    </message>
    <message>
        <source>--budget takes a fraction between 0 and 1, e.g. 0.02 for 2 %.</source>
        <translation>--budget erwartet einen Bruchteil zwischen 0 und 1, z. B. 0.02 für 2 %.</translation>
    </message>
    <message>
        <source>No profile called “%1”. beamtop-cli profiles list shows them.</source>
        <translation>Es gibt kein Profil namens „%1“. beamtop-cli profiles list zeigt sie an.</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::TuiParts</name>
    <message>
        <source>not ranked (no agent): in the node's order</source>
        <translation>keine Rangliste (kein Agent): in der Reihenfolge des Knotens</translation>
    </message>
    <message>
        <source>ranking: %1 looked at</source>
        <translation>Rangliste: %1 betrachtet</translation>
    </message>
    <message>
        <source>ranking…</source>
        <translation>Rangliste wird erstellt…</translation>
    </message>
    <message>
        <source>measuring the window…</source>
        <translation>das Fenster wird gemessen…</translation>
    </message>
    <message>
        <source>ranked %1 ago</source>
        <translation>Rangliste von vor %1</translation>
    </message>
    <message>
        <source>ranked just now</source>
        <translation>gerade eben eingeordnet</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>The link to %1 is lost; reconnecting…</source>
        <translation>Die Verbindung zu %1 ist verloren; sie wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Disconnected from %1.</source>
        <translation>Von %1 getrennt.</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::TuiScreen</name>
    <message>
        <source>Link to %1 lost: reconnecting…</source>
        <translation>Verbindung zu %1 verloren: wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Link to %1 lost: %2</source>
        <translation>Verbindung zu %1 verloren: %2</translation>
    </message>
    <message>
        <source>Link to %1 lost: reconnecting (attempt %2)…</source>
        <translation>Verbindung zu %1 verloren: wird wiederhergestellt (Versuch %2)…</translation>
    </message>
    <message>
        <source>Terminal too small</source>
        <translation>Terminal zu klein</translation>
    </message>
    <message>
        <source>y: yes    n, Esc: no</source>
        <translation>y: ja    n, Esc: nein</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n Alarm</numerusform>
            <numerusform>%n Alarme</numerusform>
        </translation>
    </message>
    <message>
        <source>late %1</source>
        <translation>verspätet %1</translation>
    </message>
    <message>
        <source>waiting for data</source>
        <translation>warte auf Daten</translation>
    </message>
    <message>
        <source>reconnecting (%1)</source>
        <translation>Verbindung wird wiederhergestellt (%1)</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <source>agent %1 CPU</source>
        <translation>Agent %1 CPU</translation>
    </message>
    <message>
        <source>actions on</source>
        <translation>Aktionen an</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>F1 help</source>
        <translation>F1 Hilfe</translation>
    </message>
    <message>
        <source>1-9, click</source>
        <translation>1-9, Klick</translation>
    </message>
    <message>
        <source>show a page</source>
        <translation>eine Seite anzeigen</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>next, previous page</source>
        <translation>nächste, vorherige Seite</translation>
    </message>
    <message>
        <source>space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>pause or resume</source>
        <translation>anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>+ -</source>
        <translation>+ -</translation>
    </message>
    <message>
        <source>refresh more or less often</source>
        <translation>öfter oder seltener aktualisieren</translation>
    </message>
    <message>
        <source>r, F5</source>
        <translation>r, F5</translation>
    </message>
    <message>
        <source>refresh now</source>
        <translation>jetzt aktualisieren</translation>
    </message>
    <message>
        <source>F1, ?</source>
        <translation>F1, ?</translation>
    </message>
    <message>
        <source>this help</source>
        <translation>diese Hilfe</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>close what is over the page</source>
        <translation>schließen, was über der Seite liegt</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Strg+L</translation>
    </message>
    <message>
        <source>draw the whole screen again</source>
        <translation>den ganzen Bildschirm neu zeichnen</translation>
    </message>
    <message>
        <source>q, Ctrl+C</source>
        <translation>q, Strg+C</translation>
    </message>
    <message>
        <source>quit (Beamtop leaves the node as it found it)</source>
        <translation>beenden (Beamtop hinterlässt den Knoten so, wie es ihn vorgefunden hat)</translation>
    </message>
    <message>
        <source>Keys everywhere</source>
        <translation>Tasten überall</translation>
    </message>
    <message>
        <source>On this page (%1)</source>
        <translation>Auf dieser Seite (%1)</translation>
    </message>
    <message>
        <source>Refreshing every %1</source>
        <translation>Aktualisierung alle %1</translation>
    </message>
</context>
<context>
    <name>beamtop::tui::TuiTreeRows</name>
    <message>
        <source>… %L1 of %L2 listed</source>
        <translation>… %L1 von %L2 aufgeführt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Observe an Erlang or Elixir node.</source>
        <translation>Einen Erlang- oder Elixir-Knoten beobachten.</translation>
    </message>
    <message>
        <source>Connect to NODE (name@host) at start.</source>
        <translation>Beim Start mit KNOTEN (name@host) verbinden.</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>KNOTEN</translation>
    </message>
    <message>
        <source>Read the cookie from FILE (else BEAMTOP_COOKIE, else ~/.erlang.cookie).</source>
        <translation>Das Cookie aus DATEI lesen (sonst BEAMTOP_COOKIE, sonst ~/.erlang.cookie).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Start the bundled demo node on this computer and observe it.</source>
        <translation>Den mitgelieferten Demo-Knoten auf diesem Computer starten und beobachten.</translation>
    </message>
    <message>
        <source>Do not load the agent; use plain calls (reduced mode).</source>
        <translation>Den Agenten nicht laden; einfache Aufrufe verwenden (reduzierter Modus).</translation>
    </message>
    <message>
        <source>Connect through the saved profile NAME (its cookie from the system keychain).</source>
        <translation>Über das gespeicherte Profil NAME verbinden (sein Cookie aus dem Schlüsselbund des Systems).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>beamtop: --demo, --connect and --profile exclude each other.
</source>
        <translation>beamtop: --demo, --connect und --profile schließen sich gegenseitig aus.
</translation>
    </message>
</context>
</TS>