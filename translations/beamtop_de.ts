<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AlertEvent</name>
    <message>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer among the largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertMetrics</name>
    <message>
        <source>Memory: share of the machine&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: persistent terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes: share of the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports: share of the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atoms: share of the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETS tables: share of the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run queue per online scheduler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETS tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest message queue (a process)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest process memory (a process)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastest-growing process memory (a process)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest ETS table memory (a table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most objects in an ETS table (a table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastest-growing ETS table (a table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest port queue (a port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastest-growing port queue (a port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest distribution queue (a connected node)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllocCollector</name>
    <message>
        <source>The Beamtop agent running on this node is older and cannot read allocators. Disconnect every Beamtop from the node, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocators need the Beamtop agent, which this node did not load (reduced mode). Check that the node allows loading code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllocColumns</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduler %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated (all carriers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used (all blocks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erlang:memory(total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident (RSS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available (read from /proc on Linux only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mseg_alloc cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (mseg_alloc is off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>hit rate %1 (%2 hits in %3 calls, %Ln instances)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; lowest %1 on instance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit rate %1 (%2 hits in %3 calls), %4 cached segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllocSample</name>
    <message>
        <source>The allocator reading is malformed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppColumns</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(linked, not children)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 children before these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 more children not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 loaded only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>totals so far from the first sweep of the processes: %1 of %2 counted (partial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>totals not counted yet: the first sweep of the processes has just begun (partial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>totals from a sweep of %1 processes %2 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the sweep took %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>totals not counted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the application controller did not answer (%2): loaded applications only, without status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>START</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROCS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REDS/S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSGQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processes whose group leader belongs to no application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked to the supervisor, not its children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT ANSWERING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT ANSWERING: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone while read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n children</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reductions per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors that did not answer in time: %1 (their children are not shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node stopped the walk at its limit: some subtrees are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the application&apos;s %2 processes are outside its supervision tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read (more processes than a walk reads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tree has more processes than one walk reads: the totals count the %1 read, the others are marked not read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectErrorText</name>
    <message>
        <source>That is not a node name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as name@host, for example myapp@%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the part after &apos;@&apos;: it must be a host name this computer can resolve, or an IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network between here and the host: VPN, firewalls, and that the host is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Erlang node runs on that host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPMD, which every distributed node starts, does not answer there. Check that the node is started with -sname or -name, and the host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node by that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPMD on the host does not know this name. Check the part before &apos;@&apos; — the node field suggests the names registered there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookie is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another connection uses the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node already has a connection from a node with Beamtop&apos;s name. Close the other session and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may be overloaded, or a firewall drops the connection. Check the host and try a longer timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beamtop has too many connections open to connect safely. Close some and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node rejected the handshake. Use the cookie the node was started with (given with -setcookie, or in the ~/.erlang.cookie of the user running it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CookieSource</name>
    <message>
        <source>Cannot read the cookie file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookie file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cookie: give --cookie-file FILE, set BEAMTOP_COOKIE, or create %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsHtml</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EtsColumns</name>
    <message>
        <source>%1 tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>growth in rows per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>growth in memory per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROWS/S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMORY/S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EtsDetailsHtml</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted at %1, before anything could be read of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted at %1; the last data read is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: reached by its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: reached by its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner process can read its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Could not write %1: %2. Check that the folder %3 exists, that you may write to it and that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>%1 (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadMetrics</name>
    <message>
        <source>Scheduler %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dirty CPU scheduler %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dirty I/O scheduler %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduler utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest minus idlest scheduler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run queue imbalance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: ETS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: atoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O in/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O out/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garbage collections/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words reclaimed/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocators: allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocators: used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocators: unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: resident (RSS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mnesia: commits/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mnesia: failures/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mnesia: restarts/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mnesia: log writes/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeName</name>
    <message>
        <source>The node name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node name has one &apos;@&apos;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node name looks like name@host (for example app@%1), not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both parts of name@host are needed: &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid node name: use letters, digits, &apos;_&apos; and &apos;-&apos; before the &apos;@&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host part contains a space: &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortColumns</name>
    <message>
        <source>%1 ports and sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes per second received and sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes received and sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes per second received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes per second sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packets per second received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packets received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packets per second sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packets sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change of queued bytes per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change of memory per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECV/S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENT/S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortDetailsHtml</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket:info/1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erlang:port_info/1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node gave nothing more for this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries: see Links &amp; Monitors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Local address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node gave no counters for this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only inet ports and sockets keep traffic counters; see the Overview for the bytes this port has read and written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inet:getstat/1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of port has no options to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln options are not supported by this kind of port: that is not an error.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %L1 of %L2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitored by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessColumns</name>
    <message>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REDS/S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSGQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CURRENT FUNCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 processes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessDetailsHtml</name>
    <message>
        <source>%1 (%L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spawned as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traps exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured from the second sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%L2 words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heap size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total heap size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %Ln binaries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Largest binaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln references</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Garbage collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitored by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process dictionary is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more entries not shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No stack trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: this process was not started by proc_lib (it is not a gen_server, gen_statem or other OTP behaviour), so it does not answer system messages. Asking would leave a message in its queue for ever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: the process did not answer sys:get_state within a second. It may be busy, blocked in a call, or suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: the process does not handle sys:get_state (it has no state to give).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process has exited; its messages are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue holds %L1 messages. Reading it makes the node copy every one of them (the process&apos;s memory, roughly doubled for a moment), so Beamtop asks first. Only the first 100 are sent either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message queue is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %L1 of %L2 messages, each cut to a readable size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingFields</name>
    <message>
        <source>not ranked: without the agent rows come in the node&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranked %1 of %2 so far (partial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranking complete, %1 old; measuring change: rates come with the next full ranking (partial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranking complete, %1 old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes at 85 % of the process limit (+P): spawning fails at 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports at 85 % of the port limit (+Q): opening sockets and files fails at 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atoms at 85 % of the atom limit (+t): the node stops when the table is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETS tables at 85 % of the table limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message queue over 10,000 for 10 s: the process does not keep up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than twice as many runnable processes as schedulers for 30 s: the node is CPU-bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedulers over 90 % busy for a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node uses over 85 % of the machine&apos;s memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than 4 MiB: not a rules file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rules file is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; a rules file says &quot;schema&quot;: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: every rule has an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: the metric the rule watches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a metric Beamtop knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number (write 0.85, &quot;85%&quot; or &quot;2GiB&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule has &quot;above&quot; or &quot;below&quot;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: the threshold, as &quot;above&quot; or &quot;below&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clear value is above the threshold; it must be at or below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clear value is below the threshold; it must be at or above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a duration (write &quot;30s&quot;, &quot;2m&quot; or &quot;1h30m&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not warning or critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulerSample</name>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dirty CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dirty I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduler reading is not a map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduler reading lacks the scheduler counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduler reading is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduler wall time is not {Id, Active, Total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduler reading lacks wall times.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionNotice</name>
    <message>
        <source>The demo node runs on this computer and stops when Beamtop exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo node did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1; loading the agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost at %2. Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost at %2. Showing data from %3; reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnecting from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected from %1. Showing data from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo node has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last refresh from %1 failed; showing data from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing is paused. F5 refreshes once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data is late: %1 has not answered for %2. Showing data from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data is late: %1 has not answered for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node may be overloaded. Beamtop keeps asking and shows new data as soon as it comes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemSample</name>
    <message>
        <source>The system overview is not a map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system overview lacks &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system overview lacks &apos;memory&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop</name>
    <message>
        <source>%1 uses %2 of %3 of carriers (%4 unused): fragmentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2&apos;s block bytes (%3 in %4 blocks) are in single-block carriers: large blocks, each in a carrier of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks from %1 up go there (sbct).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mseg_alloc cache hit rate is %1 on instance %2 (%3 hits in %4 calls): carriers are often created and destroyed rather than reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS counts %1 resident for the node, the allocators %2: %3 is outside them (NIFs or drivers calling malloc directly, thread stacks, the mseg cache, shared libraries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not understood</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::ActiveAlertModel</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known: the entity left the ranking, or the rule changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest value read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule&apos;s threshold; the alert resolves past its clear value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process, ETS table or port the alert is about; double-click or Enter opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the alert fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged alerts stay until they resolve but no longer count as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::ActivityModel</name>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the node started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the last refresh interval, by the node&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs two samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per second over %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units of work done by the schedulers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes and ports ready to run, waiting for a scheduler, now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garbage collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words reclaimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heap words freed by garbage collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context switches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::AgentClient</name>
    <message>
        <source>no agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full (agent loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reduced (no agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not loaded (turned off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent is turned off for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node refused the agent (%1). Plain calls are used instead; some views are limited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compiled on the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compiling on the node failed; the compiler application may be missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent is not loaded on this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent sent a reply Beamtop does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node took too long to answer; it may be overloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent on the node is not running; Beamtop reloads it when it reconnects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It no longer exists on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not suspended by Beamtop, so Beamtop does not resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer would be %1 bytes, over the limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s work failed on the node: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent on the node does not know this request (%1); it is another version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent refused the arguments of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent did not start: %1 Plain calls are used instead; some views are limited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not loaded (atom table nearly full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s atom table is nearly full (%L1 of %L2 atoms). Loading the agent would add up to %L3 atoms and leave less than 5 % of the table free, and a full atom table stops the node. Plain calls are used instead; some views are limited. Memory figures stay out until the node has read them itself: the first reading adds about 300 atoms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded (the code server was slow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node is at its process limit: it cannot start the process a call needs, so calls fail until some of its processes end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::AlertLog</name>
    <message>
        <source>Could not write the alert log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be renamed to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::AlertLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value that fired or resolved the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule&apos;s threshold when it fired, its clear value when it resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule&apos;s note, or why an alert resolved without a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::AlertMonitor</name>
    <message>
        <source>The agent on this node cannot read %1 figures; the rule on %2 waits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::AlertsPage</name>
    <message>
        <source>Active alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected alerts as seen: they stay until they resolve but no longer count as new (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark every active alert as seen (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules that fire alerts on this node: metric, threshold, duration, severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log of fired and resolved alerts as CSV or JSON (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop &amp;Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the desktop when an alert fires (every Beamtop window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 for the alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some rules could not be read; the others are in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active alert(s), %1 not acknowledged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) in force.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rules for connections without a profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules of this window&apos;s profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Alert Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n log entries to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::AllocColumns</name>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CARRIERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN SBCS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MBC AVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SBC AVG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::AllocFindingsView</name>
    <message>
        <source>Waiting for the first allocator reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stands out: no allocator is badly fragmented, large blocks are few, the mseg cache mostly hits, and little of the node&apos;s resident size is outside its allocators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::AllocFragmentModel</name>
    <message>
        <source>Allocator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sbcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight: (1 − usage) × carrier size, the carrier bytes no block uses. Worst first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiblock carriers (with the pool&apos;s) and single-block carriers of this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blocks in them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks per carrier bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the carriers, the single-block ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (multiblock and pool %2, single-block %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (multiblock %2, single-block %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::AllocSettingsModel</name>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulator flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erl flag that sets it (+M, the allocator&apos;s letter, the setting). Beamtop never changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::AllocTreeModel</name>
    <message>
        <source>%1 carriers holding %2 in %3 blocks (%4 used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduler %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mbcs carriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sbcs carriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg mbcs block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg sbcs block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sbcs:Mbcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carriers max Σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks max Σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocator type; expand it for its instances: the global one, and one per scheduler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many instances of this allocator the node runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory the allocator holds from the operating system: the size of all its carriers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory in use: the size of all the blocks in its carriers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks per carrier bytes. Low usage means carriers sit mostly empty (fragmentation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier bytes no block uses: what fragmentation costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiblock carriers: carriers shared by many small blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-block carriers: one carrier per block at or above the sbct threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average size of a block in the multiblock carriers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average size of a block in the single-block carriers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks in single-block carriers per block in multiblock carriers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned multiblock carriers in the pool, which any instance of the type may take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of per-instance peaks (not simultaneous): on a type, each instance&apos;s own peak carrier size since the node started, added up. The peaks did not happen at the same time, so the node may never have held this much at once. On an instance: its peak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of per-instance peaks (not simultaneous): on a type, each instance&apos;s own peak block size since the node started, added up. The peaks did not happen at the same time, so the node may never have used this much at once. On an instance: its peak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 in use (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiblock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-block: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this instance&apos;s peak since the node started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sum of %2 instances&apos; peaks, which did not happen at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocks in single-block carriers, %2 in multiblock carriers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::AllocatorsSection</name>
    <message>
        <source>the Beamtop agent running on this node is older and cannot read allocators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocators need the Beamtop agent, which this node did not load (reduced mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in carriers, %2 used (%3 %), %4 unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  resident (RSS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 See %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::AppTreeCollector</name>
    <message>
        <source>The agent on this node comes from an older Beamtop and cannot read supervision trees; reconnect to load this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision trees are read by the agent, which is not loaded on this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent sent a supervision tree Beamtop does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::AppTreeView</name>
    <message>
        <source>Search the Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, pid or module (Ctrl+F; Enter or F3: next match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds the processes of the tree whose name, id, pid or module contains this text (any case), among the children read. Enter and F3 go to the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order of each supervisor&apos;s children. The node sorts them by their subtree totals before it pages them, so the heaviest children of a large supervisor come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Children by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous page of this supervisor&apos;s children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next page of this supervisor&apos;s children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an application, or select it and press Enter, to see its supervision tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the supervision tree of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no supervision tree: it starts no processes of its own (a library application).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is loaded but not started: it has no supervision tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not running: it has no supervision tree to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervision tree of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervision tree of %1 could not be read: %2
Beamtop tries again at every refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last walk failed (%1): showing the tree read before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walks are spaced out to stay within the agent&apos;s budget: this tree is read every %1 (the last walk took %2 on the node).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node stopped reading at its limit: some subtrees are missing (their supervisors say so).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 processes of %3 are outside its supervision tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 processes of %2 are in its supervision tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children %1–%2 of %3 under %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading children %1–%2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tree has more processes than one walk reads: the totals count the %1 read, the others are marked not read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::ApplicationsPage</name>
    <message>
        <source>Filter applications by name or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the applications whose name, description or version contains this text (any case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beamtop&apos;s agent is needed to read supervision trees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Pid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows shown, indented, exact values, tab-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent loaded on %1 does not offer the applications view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Beamtop of an older version may have loaded its agent there. Reconnect once it has disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the connection does not turn the agent off (--no-agent) and that the node accepts loading code, then reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications and supervision trees need Beamtop&apos;s agent, which is not running on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the applications: %1. What is shown is the last reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the applications: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beamtop tries again at every refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application controller of %1 did not answer: only the loaded applications are listed, without their status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the applications of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 applications match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applications, %2 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first count of the processes: %1 of %2 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process totals from %1 ago (counting %2 processes took %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision tree of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::ApplicationsSection</name>
    <message>
        <source>the Beamtop agent running on this node is older and cannot list applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applications need the Beamtop agent, which this node did not load (reduced mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  sweep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::AppsCollector</name>
    <message>
        <source>The agent on this node comes from an older Beamtop and cannot list applications; reconnect to load this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application totals are counted by the agent, which is not loaded on this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent sent a list of applications Beamtop does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::AppsTableModel</name>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application; &quot;(no application)&quot; holds the processes whose group leader belongs to none (started from a shell, by rpc, ...). Double-click an application for its supervision tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running, starting, or loaded (its code is known but it was not started).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a stop of this application does to the node: permanent stops the node, transient does if it stopped abnormally, temporary only reports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processes whose group leader is this application&apos;s, as the Processes page&apos;s application column counts them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory of those processes, added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reductions of those processes per second, between the agent&apos;s last two counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages waiting in those processes&apos; queues, added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial: the first count has reached %1 of %2 processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reductions per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet: the rate needs two complete counts of the processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application controller did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running: no processes of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted yet: the agent&apos;s count of the processes has not reached it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes whose group leader belongs to no application: started from a shell, by rpc, or by the runtime itself. Double-click to list them on the Processes page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::ChartWidget</name>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <extracomment>Axis unit: bytes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k</source>
        <extracomment>Axis unit: thousands</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <extracomment>Axis unit: millions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G</source>
        <extracomment>Axis unit: billions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save Chart as Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the Newest Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide All Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by Beamtop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>An axis unit per second: %1 is &quot;KiB&quot;, &quot;M&quot; or nothing (a plain count)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <extracomment>Axis unit: percent</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::ClusterCollector</name>
    <message>
        <source>The node sent a list of nodes Beamtop does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::ClusterModel</name>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible: a node of the cluster (nodes()). Hidden: connected without joining the cluster, like observers, C nodes and remote shells (nodes(hidden)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved profile for this node; connecting uses it (its cookie and settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved profile: connecting uses this node&apos;s cookie and settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::ClusterPanel</name>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect in a New Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observe the selected node too (Enter, or double-click): through its saved profile, else with this node&apos;s cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.

Once connected, this page lists the nodes that node is connected to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes %1 is connected to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected to any other node (Beamtop itself aside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 nodes, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a node, or select it and press Enter, to observe it too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::Collector</name>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::ConnectDialog</name>
    <message>
        <source>Connect to a Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short names (-sname)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long names (-name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beamtop names itself the way the node is named; a node started with -name only talks to long names, one started with -sname only to short names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for the whole connect: name lookup, EPMD and the handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ames:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cookie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long names: the host part has a dot or is an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short names: the host part has no dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cookie to connect with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the cookie comes from: the default file, another file, or type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::ConnectionTest</name>
    <message>
        <source>Connected to %1, but it did not answer a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 (OTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::CookieField</name>
    <message>
        <source>From BEAMTOP_COOKIE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From ~/.erlang.cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BEAMTOP_COOKIE environment variable is set; it is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookie file in your home directory, as erl itself uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a file holding the cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s cookie (not shown, not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file that holds the cookie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the cookie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::CookiePrompt</name>
    <message>
        <source>Cookie for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the cookie of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s cookie (not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the cookie from a file such as ~/.erlang.cookie, for this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember it in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type the cookie for this connection only (kept in memory, asked again next time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Point the profile at a cookie file, read at each connect (saved in the profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a file holding the cookie, e.g. ~/.erlang.cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie file for the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cookie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beamtop never writes the cookie to a file itself. Choose how to give it the cookie of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file that holds the cookie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the cookie, or read it from a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::DemoNode</name>
    <message>
        <source>Could not run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo node (erl)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the demo node to register with EPMD…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo node is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo node did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo node has stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no demo node in %1 (beamtop_demo.beam is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of Beamtop does not include the demo node. Build it with the demo sources (resources/demo), or point BEAMTOP_DEMO_EBIN at a directory with the compiled demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not extract the demo node to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a temporary directory for the demo node: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erlang/OTP is not installed here: &apos;erl&apos; is not on the PATH. Install it (Debian: apt-get install erlang-base erlang-mnesia) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the demo node&apos;s cookie file in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo node did not register with EPMD within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo node crashed while starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo node stopped while starting (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::DesktopNotifier</name>
    <message>
        <source>Critical alert on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alerts on %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 %3 (threshold %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No notification service (%1) and no system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beamtop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::DetailsWindow</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the details again (F5); the live figures above refresh by themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these details as JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is down; what is shown is the last data read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is shown is its last data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was gone before its details could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::DistCollector</name>
    <message>
        <source>The distribution view needs the agent, which is not loaded on this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent on this node is older and cannot read the distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent sent a distribution reading Beamtop does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::DistModel</name>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible: a node of the cluster (nodes()). Hidden: connected without joining the cluster, like observers, C nodes and remote shells (nodes(hidden)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other node&apos;s address on this link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes per second received from the node, between the last two readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes per second sent to the node, between the last two readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes received on this link since it was set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes sent on this link since it was set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes waiting to be sent to the node, against dist_buf_busy_limit: at the limit the link is busy and processes sending to that node are suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long since anything was received from the node, by Beamtop&apos;s readings. A link silent for net_ticktime is taken down by the runtime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beamtop (this connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hidden connection this Beamtop reads the node through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known for this link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known from the second reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the busy limit, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy: processes sending to %1 are suspended until the queue drains</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::DistributionSection</name>
    <message>
        <source>the Beamtop agent running on this node is older and cannot read the distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the distribution needs the Beamtop agent, which this node did not load (reduced mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connected node(s), net_ticktime %1 s, busy limit %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beamtop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUSY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): in %3, out %4, queue %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, quiet %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  node</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::EpmdClient</name>
    <message>
        <source>EPMD on %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host &apos;%1&apos; is unknown (it does not resolve to an IPv4 address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPMD on %1 closed the connection without an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPMD is not running on %1 (port %2 refused the connection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach EPMD on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPMD on %1 gave an answer Beamtop does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node named &apos;%1&apos; is registered with EPMD on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPMD on %1 sent a truncated answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPMD on %1 did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing listens on %1 port %2: EPMD is not running there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPMD on %1 port %2 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::EtsCollector</name>
    <message>
        <source>The agent on this node comes from an older Beamtop and cannot list ETS tables; reconnect to load this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing ETS tables needs the agent, which is not loaded on this node.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::EtsDetailsWindow</name>
    <message>
        <source>%1 — %2 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been deleted (noticed at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export ETS table details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This table cannot be sampled from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows, %2; sampled every refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::EtsExport</name>
    <message>
        <source>The node did not answer during the export (%1). The file was not written; try again, or export one type or a filtered ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln ETS tables to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::EtsHistoryModel</name>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::EtsPage</name>
    <message>
        <source>Export ETS tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Table Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ETS table list could not be read from %1; showing the last rows read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 tables match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node has looked at %L1 of %L2 tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected: %1 has been deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected: %1, %2 rows, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected rows, exact values, tab-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Table &amp;Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the ETS tables of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::EtsSampler</name>
    <message>
        <source>Sampling an ETS table needs the agent, which is not loaded on this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent sent a sample Beamtop does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::EtsSection</name>
    <message>
        <source>the Beamtop agent running on this node is older and cannot list ETS tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETS tables need the Beamtop agent, which this node did not load (reduced mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETS tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top ETS tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::EtsTableModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not named: reached by its id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner process can read or write its rows; anyone can read this metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No heir: the table is deleted when its owner exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inherits the table when its owner exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is element %1 of each row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed by safe_fixtable (or a traversal in progress): deleted rows stay until it is released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known from the second refresh that shows this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows per second between the last two refreshes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes per second between the last two refreshes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steady: the row count did not change between the last two refreshes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steady: the memory did not change between the last two refreshes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table was deleted before Beamtop could read it; it leaves the ranking at the next refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has been deleted; these are its figures last seen at %1. It leaves the ranking at the next refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted, last seen %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keypos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read conc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write conc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decentr. counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table&apos;s name; an unnamed table is reached by its id (on hover). &quot;deleted&quot; (greyed, with its last figures) for a table deleted since it was ranked, until it leaves the ranking at the next refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set, ordered_set, bag or duplicate_bag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public (any process reads and writes), protected (any reads, the owner writes) or private (the owner only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows (objects) in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory the table takes, in bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which way the ranked figure (rows or memory) goes, and its change per second between the last two refreshes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows added (or, negative, removed) per second between the last two refreshes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory grown (or, negative, freed) per second between the last two refreshes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process that owns the table, by name when it has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process that inherits the table when its owner exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which element of a row is its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read_concurrency: tuned for many concurrent readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write_concurrency: true, false or auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decentralized_counters: size and memory counted per scheduler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compressed: rows stored in a compact form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed by safe_fixtable or a running traversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named_table: reachable by its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.
Click to rank every table by its growth on the node (the sliding window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.
Click to rank every table by this on the node, biggest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.
The node ranks only by rows, memory and their growth: this column does not sort.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::EtsToolbar</name>
    <message>
        <source>Filter by name, owner or type (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only tables whose name, id, type or owner contains this text (any case). The node does the matching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank by growth instead of totals: rows or bytes added per second over the last interval. Alt+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every table of the ranking (those the type, protection and filter match) as CSV or JSON (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this page changes the node; the connection is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this page changes the node, even with changes allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one type of table only (the node filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tables of one protection only (the node filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::HistoryChartModel</name>
    <message numerus="yes">
        <source>%1 – %2, %Ln samples</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (mean of %Ln samples; min %2, max %3)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::HistoryChartsBox</name>
    <message>
        <source>Follow the Newest Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole history window again, following new samples (or double-click a chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet: the charts fill from the session&apos;s history as it is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: the last %1 (the Load page&apos;s history window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (double-click a chart to follow the newest data)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::HistoryModel</name>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The least value over the range shown, down to single samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The greatest value over the range shown, down to single samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean over the range shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast the value moves: the slope of a straight line through the range shown, per minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No samples with a value yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 per minute over %Ln samples</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The latest sample in the range shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs samples over at least %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::ItemTableView</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;all rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::LoadPage</name>
    <message>
        <source>Scheduler utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes and ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reductions per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garbage collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words reclaimed/s (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imbalance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread: how much busier the busiest normal scheduler was than the idlest over the last interval. Imbalance: the longest run queue minus the shortest, now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much history Beamtop keeps in memory. Longer windows keep older samples as 10 s and 60 s buckets with their least, greatest and mean value, so peaks stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total and normal schedulers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dirty CPU schedulers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dirty I/O schedulers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All schedulers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which lines the utilisation chart draws. Beyond %1 lines the chart has no legend: right-click it to show or hide single schedulers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Utilisation chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedulers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedulers now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sampled metric over the whole history window, as CSV or JSON (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Shown Range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metrics over the range the charts show after zooming or panning (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart last clicked, as PNG or SVG (Ctrl+Shift+S); right-click a chart for the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Chart as Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the Newest Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the whole window, following new samples (or double-click a chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the schedulers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation needs the node&apos;s scheduler_wall_time flag, which Beamtop turns on through its agent for as long as it is connected. Without the agent (reduced mode) only run queues are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 (normal %2, dirty CPU %3, dirty I/O %4) over %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest scheduler %1 at %2, idlest %3 at %4: a spread of %5 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring utilisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run queues: %1 waiting; scheduler %2 has the longest (%3), scheduler %4 the shortest (%5): an imbalance of %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run queue: %1 waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: the last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (double-click a chart to follow the newest data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the last %1; trends per minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the range shown; trends per minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check that the folder exists and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Shown Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, one row per sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::MainWindow</name>
    <message>
        <source>Beamtop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to an Erlang or Elixir node (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Demo Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a demo node on this computer and observe it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop refreshing; what is on screen stays (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh once, now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy exact values: the selected rows, or the whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Beamtop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Refresh every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between refreshes (at least %1 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Beamtop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Beamtop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Beamtop %1&lt;/h3&gt;&lt;p&gt;An observer for Erlang and Elixir nodes: it connects as a hidden C node, loads a small agent for the time it is connected, and leaves no trace.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another window, to observe another node at the same time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved nodes: connect with a double-click, create, edit, share (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to P&amp;rofile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to Export on This Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-&amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While on, Beamtop does not change the node: no kill, suspend or garbage collection. Every connection starts with it on, unless its profile has read-only unticked. Switching it here lasts for this connection only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes &amp;Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term &amp;Syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic (Elixir on Elixir nodes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erlang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;lixir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — Beamtop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect through the profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::MemoryModel</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory allocated by the runtime for this use (erlang:memory/0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process heaps and stacks; %1 of it in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes (used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything that is not a process: atoms, binaries, code, ETS and the runtime itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference-counted binaries (off-heap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System memory not counted as atoms, binaries, code or ETS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent terms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::MemoryPage</name>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most unused carrier space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mseg_alloc cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erlang:memory(total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident (OS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carriers allocated, by allocator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks used, by allocator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated, used and unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident size and erlang:memory(total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the Newest Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the whole history window, following new samples (or double-click a chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Allocator Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every allocator type, and the instances shown, as CSV or JSON (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart last clicked, as PNG or SVG (Ctrl+Shift+S); right-click a chart for the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Chart as Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an allocator to see its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node runs without mseg_alloc (+MMe false, or an OS without it): carriers come straight from the operating system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit rates below %1 are marked: carriers then come from the operating system rather than the cache. Counts since the node started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the size of every carrier of the alloc_util allocators, what they hold from the operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the size of every block in those carriers, %2 of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: carrier space no block uses (allocated − used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: what erlang:memory() counts, read at the same moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the node&apos;s resident set size, from its /proc status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available on this OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node reads its resident size from /proc, which only Linux has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node reported no settings for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocators can only be read through Beamtop&apos;s agent, which is not loaded on this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Reconnect once the node accepts code loading (or without --no-agent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Beamtop agent running on this node is an older one that cannot read allocators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Beamtop loaded it first. It is replaced when the last Beamtop disconnects from the node: close the others, then reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the allocators: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beamtop tries again at every refresh. What is shown is the last reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: the last %1 (the Load page&apos;s history window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (double-click a chart to follow the newest data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocators&apos; carriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Allocator Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated	%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used	%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused	%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erlang:memory(total)	%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident (OS)	%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::MnesiaCollector</name>
    <message>
        <source>The agent on this node is older and cannot read Mnesia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mnesia is read by the agent, which is not loaded on this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent sent a Mnesia reading Beamtop does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::MnesiaFactsModel</name>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mnesia could not answer this read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running db nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped db nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the database but not running Mnesia now:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra db nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disc node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is on disc: disc_copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM node (diskless)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is in RAM only: ram_copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log dump after writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction log is dumped to the table files after this many writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log dump interval (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction log is dumped at least this often, in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log dump updates in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 since Mnesia started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions restarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 since Mnesia started: restarts come from lock contention or a lost node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables with master nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core dump directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::MnesiaLocksModel</name>
    <message>
        <source>whole table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lock on the whole table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of lock held: read, write, sticky_write, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock the transaction is waiting to get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction&apos;s id: its counter and the process coordinating it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction holding the lock this request waits for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::MnesiaPage</name>
    <message>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commits and log writes per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures and restarts per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide system tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out Mnesia&apos;s own schema table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the selected table&apos;s rows from this node&apos;s copy, dirty: no lock, no transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks and transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing transactions, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Mnesia…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mnesia is not running on %1: the application is not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mnesia is not running on %1 (it says: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mnesia is not running on %1: it is loaded but not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it runs, this page shows its database (running and stopped db nodes, this node&apos;s role, schema and directory), each table with its storage, size, memory and replicas, the transaction rates over time, and the locks and transactions in flight. Beamtop never starts Mnesia; it looks again at every refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system tables hidden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the node has %1; the first %2 are listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a table to read its rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no copy on this node: its rows can only be read where it is held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy of %1 on this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Table &amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;All Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read Mnesia: %1. What is shown is the last reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read Mnesia: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beamtop tries again at every refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held locks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock queue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing transactions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::MnesiaRead</name>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::MnesiaSample</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::MnesiaSection</name>
    <message>
        <source>the Beamtop agent running on this node is older and cannot read Mnesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mnesia needs the Beamtop agent, which this node did not load (reduced mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mnesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n db node(s) running, %2 table(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 commits, %2 failures, %3 restarts, %4 log writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::MnesiaTablesModel</name>
    <message>
        <source>ram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disc only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc-only copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this node holds the table: in RAM, on disc with a RAM copy, on disc only, in an external backend, or not at all (reads then go to another node).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows in this node&apos;s copy; unknown without a local copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this node&apos;s copy takes, in bytes (words converted for RAM and disc copies); unknown without a local copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nodes holding a replica of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node this node reads the table from (where_to_read); &quot;nowhere&quot; means no copy is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a write needs a majority of the replicas to succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute positions with a secondary index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this node&apos;s copy was loaded (from disc, from another node, created, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table whose content is local to each node (local_content): never replicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (records: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mnesia&apos;s own schema table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy on this node: its size would be a remote call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy on this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mnesia could not answer this read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::MnesiaTransactionsModel</name>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction&apos;s id: its counter and the process coordinating it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long Beamtop has seen this transaction running: Mnesia keeps no start time, so this is at least one refresh interval short of its true age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen in this reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::MsegCacheModel</name>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carriers that came from mseg_alloc&apos;s cache per carrier asked for, since the node started. Below %1 the cache is too small for the churn: see +MMmcs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carriers served from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carriers asked for (allocations and reallocations of segments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments in the cache now, and their size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mseg_alloc instance %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 calls hit the cache (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 segments, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::NetworkPage</name>
    <message>
        <source>Export ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Port Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port list could not be read from %1; showing the last rows read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 ports and sockets match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 ports and sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the port limit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node has looked at %L1 of %L2 ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected: %1 has closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected: %1, %2 received, %3 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net_ticktime %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy limit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln connected nodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A link silent for net_ticktime seconds is taken down. Once a link&apos;s output queue reaches dist_buf_busy_limit (%1), processes sending to that node are suspended until it drains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected rows, exact values, tab-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Port &amp;Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This port has no owner process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is already closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the ports of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::NetworkToolbar</name>
    <message>
        <source>Filter by address, owner, name or state (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only ports whose id, type, name, owner, local or peer address or state contains this text (any case). The node does the matching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank by change over the last interval instead of totals: bytes per second, packets per second, queue growth. Alt+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every port of the ranking (those the type and filter match) as CSV or JSON (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing ports is off for this connection. Turn read-only off in the toolbar to allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions that change the node (closing ports) are allowed for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one type of port only; the counts are the node&apos;s, read every few seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::NodeActions</name>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only mode is on for this connection: turn it off (toolbar: Read-only) to change the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1 right now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::NodeConnection</name>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an IPv6 address; Erlang&apos;s C-node library only speaks IPv4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the host &apos;%1&apos; took too long. Check the name and your DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host &apos;%1&apos; is unknown: it does not resolve to an IPv4 address. Check the part after &apos;@&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookie is not valid (too long or contains a NUL byte).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> EPMD there has no nodes registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Registered there: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node named &apos;%1&apos; runs on %2. Check the name before &apos;@&apos; and that the node is started.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPMD is not running on %1 (port %2 refused), so no node is reachable there. Check that the node is started, and the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPMD on %1 did not answer within the connect timeout. Check the host and firewalls (port %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beamtop has too many files open to connect safely (limit %1). Close some connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beamtop has too many files open to connect safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up the local C node (ei_connect_xinit failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not complete the handshake within %2 ms. The node may be overloaded or a firewall may drop port %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unreachable. Check the host and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1 port %2. Check the port (and the tunnel, if you use one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is registered with EPMD but its port %2 refuses connections: the node may be stopping. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a connection from a node named &apos;%2&apos;. Choose another name or close the other session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to the node failed; the connection is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make a request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was larger than the %1 MiB limit and was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node stopped sending in the middle of a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply could not be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply did not come from rex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call failed on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No traffic from the node for more than its tick time (%1 s): the link is dead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cookie was given. Give the node&apos;s cookie (the contents of its .erlang.cookie).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the handshake: the cookie is wrong. Check that it matches the node&apos;s cookie (erlang:get_cookie() on the node).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply announced %1 MiB, over the %2 MiB limit; it was skipped unread.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::NodeFactsModel</name>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTP release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERTS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elixir version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes (%2-bit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedulers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 schedulers, %2 online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dirty schedulers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CPU (%2 online), %3 I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Async threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected nodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::NodeNameEdit</name>
    <message>
        <source>name@host, for example myapp@%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nodes are registered on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) registered on %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::NodeSession</name>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected, reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::Page</name>
    <message>
        <source>Not connected.

Connect to a node with File ▸ Connect (Ctrl+O), or try the demo node with File ▸ Start demo node.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::PageRegistry</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mnesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::PortActions</name>
    <message>
        <source>Closing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose Port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1 on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port closes at once, whatever it is doing: a connection drops and data still queued is lost. Its owner finds it closed on its next use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::PortCollector</name>
    <message>
        <source>The agent sent port counts Beamtop does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent on this node comes from an older Beamtop and cannot list ports; reconnect to load this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing ports and sockets needs the agent, which is not loaded on this node.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::PortDetailsWindow</name>
    <message>
        <source>Close Port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addresses &amp;&amp; State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Links &amp;&amp; Monitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This port cannot be sampled from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has closed (noticed at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export port details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is already closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this port on %1 (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received/s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent/s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received, %2 sent in all; sampled every refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::PortExport</name>
    <message>
        <source>The node did not answer during the export (%1). The file was not written; try again, or export one type or a filtered ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln ports and sockets to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::PortHistoryModel</name>
    <message>
        <source>Received/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::PortInspector</name>
    <message>
        <source>Port details need the agent, which is not loaded on this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent on this node is older and cannot show port details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent sent port details Beamtop does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only mode is on for this connection: turn it off to change the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing a port needs the agent, which is not loaded on this node.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::PortSampler</name>
    <message>
        <source>Sampling a port needs the agent, which is not loaded on this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent sent a sample Beamtop does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::PortTableModel</name>
    <message>
        <source>TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spawned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known from the second refresh that shows this port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes per second %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received + %2 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes per second received and sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted: plain ports count bytes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sockets of the socket module have no port queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting to be sent: the peer or the network is not keeping up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported for sockets of the socket module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating-system process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 packets per second over the last interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue grew by %1 per second over the last interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grew by %1 per second over the last interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port closed before Beamtop could read it; it leaves the ranking at the next refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port has closed; these are its figures last seen at %1. It leaves the ranking at the next refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed, last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recv/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets in/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets out/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue growth/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory growth/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS pid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port or socket, as the node prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP, UDP or SCTP (inet ports), socket (the socket module), spawned (an OS process), file, or other drivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver&apos;s name, the command of a spawned port, or domain/type/protocol for a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process the port is connected to (its owner), by name when it has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local address and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address and port of the other end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening, connected, accepting, …; &quot;closed&quot; (greyed, with its last figures) for a port closed since it was ranked, until it leaves the ranking at the next refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes received and sent since the port opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes received since the port opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes sent since the port opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes received and sent per second, between the last two refreshes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes received per second, between the last two refreshes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes sent per second, between the last two refreshes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets received (inet ports and sockets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets sent (inet ports and sockets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes waiting in the port&apos;s queue to be sent: marked when not zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory the runtime has allocated for the port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change per second of the ranked figure over the last interval (sliding window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating-system process of a spawned port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.
Click to rank every port by this on the node, biggest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.
The node ranks only by bytes, rates, packets, queue and memory: this column does not sort.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::PortTypesModel</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports and sockets of this type on the node now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of all ports and sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 ports (the node allows %L3) and %L2 sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 ports and %L2 sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::PortsSection</name>
    <message>
        <source>the Beamtop agent running on this node is older and cannot list ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports need the Beamtop agent, which this node did not load (reduced mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Beamtop agent running on this node cannot count ports by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (port limit %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ports, %2 sockets%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by I/O</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessActions</name>
    <message>
        <source>%1 of %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garbage collected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Killed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garbage collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Killing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Garbage Collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill %1 on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process exits with reason kill, which it cannot trap. Processes linked to it get an exit signal, and its supervisor may restart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessCollector</name>
    <message>
        <source>This node has %L1 processes: listing them needs the agent, which is not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessDetailsWindow</name>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the First %1 Messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the first %1 messages again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack &amp;Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (dead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory %1 · Reductions/s %2 · Queue %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory %1, queue %2 messages; sampled every refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a long message queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the first %1 of %L2 messages of %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To read any of them the node copies the whole queue — all %L1 messages — into a list inside the process that reads it, so for a moment it needs about as much memory again as the messages take (the process uses %2 now), and the copy takes time in proportion. Only the first %3 are sent to Beamtop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy and Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has exited (noticed at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No process is registered as %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export process details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This process cannot be sampled from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessExport</name>
    <message>
        <source>The node did not answer during the export (%1). The file was not written; try again, or export a filtered ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln processes to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessHistoryModel</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessInspector</name>
    <message>
        <source>&apos;%1&apos; is not a pid (write it like &lt;0.123.0&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process details need the agent, which is not loaded on this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading messages needs the agent, which is not loaded on this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only mode is on for this connection: turn it off to change the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspending and resuming need the agent, which is not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessSampler</name>
    <message>
        <source>The agent sent a sample Beamtop does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessTableModel</name>
    <message>
        <source>%1 reductions per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known from the second refresh that shows this process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue grew by %1 messages per second over the last interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heap grew by %1 words per second over the last interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reductions per second over the last interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grew by %1 per second over the last interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory growth/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue growth/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary growth/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heap growth/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reductions/s (window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process identifier, as the node prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered name, else process label, else the initial call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function the process started in (for OTP processes, what proc_lib recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function the process is executing or waiting in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory of the process: heap, stack, message queue and internal structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reductions (units of work) since the process started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reductions per second: how busy the process is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages waiting in the process&apos;s queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the reference-counted binaries the process holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total heap size, all heap fragments included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change per second of the ranked figure over the last interval (sliding window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OTP application the process belongs to (from its group leader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.
Click to rank every process by this on the node, biggest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.
The node ranks only by memory, reductions, reductions/s, queue, binary and heap: this column does not sort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process exited before Beamtop could read it; it leaves the ranking at the next refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process has exited; these are its figures last seen at %1. It leaves the ranking at the next refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited, last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running, runnable, waiting, garbage_collecting, suspended or exiting; &quot;exited&quot; (greyed, with its last figures) for a process gone since it was ranked, until it leaves the ranking at the next refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessesPage</name>
    <message>
        <source>Rank by &amp;Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank by &amp;Reductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank by Reductions per &amp;Second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank by Message &amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank by &amp;Binary Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank by &amp;Total Heap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Pid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are in pid order: ranking and filtering need Beamtop&apos;s agent, which is not loaded on this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are in pid order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process list could not be read from %1; showing the last rows read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 processes match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node has looked at %L1 of %L2 processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent: %1 of one scheduler (budget %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent budget %1 of one scheduler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected: %1 has exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected: %1, %2, queue %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Pid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the processes of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessesSection</name>
    <message>
        <source>Could not read the processes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessesToolbar</name>
    <message>
        <source>Filter by pid, name, function or application (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only processes whose pid, name, initial call, current function or application contains this text (any case). The node does the matching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % of a scheduler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of one scheduler the agent may spend on the node, ranking in the background included. More ranks a large node sooner; the rows on screen are refreshed every tick either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank by change over the last interval instead of totals: reductions per second, memory growth, queue growth (like recon:proc_window). Alt+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every process of the ranking (those the filter matches) as CSV or JSON (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Killing, suspending and garbage collecting processes are off for this connection. Turn read-only off in the toolbar to allow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions that change the node (kill, suspend, garbage collect) are allowed for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::Profile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connect timeout must be between %1 and %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh interval must be between %1 and %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file that holds the cookie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour tag “%1” is not a colour like #3366cc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“name_mode” is auto, short or long, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“syntax” is auto, erlang or elixir, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“cookie_source” is keychain, file, ask or default, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a port number (0 to 65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::ProfileCookie</name>
    <message>
        <source>The profile “%1” asks for the cookie at each connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cookie is saved for “%1” in %2 yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::ProfileEditor</name>
    <message>
        <source>Red (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you call this node, e.g. Billing (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short names (-sname)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long names (-name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beamtop names itself the way the node is named; Auto follows the node name&apos;s host part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where EPMD listens on the node&apos;s host; the default honours ERL_EPMD_PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask EPMD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect straight to this distribution port without asking EPMD: for SSH port forwards and firewalled EPMD. Pin the node&apos;s port with -kernel inet_dist_listen_min P inet_dist_listen_max P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for the whole connect: name lookup, EPMD and the handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the window of this node refreshes at first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read-only: no actions that change the node (kill, suspend, garbage collect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto (Elixir syntax on Elixir nodes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erlang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elixir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colour shown on the window of this node, to tell production from the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a file, read at each connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nowhere: ask at each connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEAMTOP_COOKIE, else ~/.erlang.cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From ~/.&amp;erlang.cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the cookie from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a file holding the cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beamtop asks for the cookie each time it connects and keeps it in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As for a connection without a profile: the BEAMTOP_COOKIE environment variable, else the file ~/.erlang.cookie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ames:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the cookie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cookie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;EPMD port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distribution port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term &amp;syntax:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour &amp;tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;est Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect once with these settings, without loading anything onto the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the keychain; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s cookie, kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie read from %1; it goes to the system keychain when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookie could not be saved in the system keychain, so the profile was not saved. %1 Beamtop does not write cookies to files itself; choose another way to keep it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a Cookie File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file that holds the cookie, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask at Each Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beamtop will ask for the cookie at each connect. Save to keep this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the cookie, or take it from ~/.erlang.cookie or a file: it goes to the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the cookie in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile asks for the cookie at each connect: connect to test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the cookie to test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::ProfileLauncher</name>
    <message>
        <source>There is no profile called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File ▸ Profiles (Ctrl+Shift+O) lists the saved profiles; beamtop-cli profiles list too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the cookie of %1 from the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cookie for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the profile (File ▸ Profiles) to point it at the right cookie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting with the cookie from %1, but the profile could not be changed to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookie for %1 is used for this connection but could not be saved in the system keychain. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::ProfileListModel</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the cookie is kept. Beamtop never writes a cookie to a file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When Beamtop last connected through this profile (recent ones first when sorted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked at each connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEAMTOP_COOKIE or ~/.erlang.cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (port %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, distribution port %1, EPMD not consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, EPMD on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::ProfileManager</name>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the selected node (Enter, or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a new node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new profile like the selected one, with its cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected profile and its cookie from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect once, without loading anything onto the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add profiles from a JSON file someone shared (no cookies in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every profile as JSON to share with your team (without cookies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beamtop profiles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beamtop profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles yet. New… saves a node with its cookie in the system keychain; then a double-click connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookie of the original could not be read; type it for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” deleted, but its cookie is still in the system keychain (service beamtop, key %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its cookie?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles imported from %1: %2. Cookies are not shared: Beamtop asks for each at the first connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles exported to %1, without cookies: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::ProfileStore</name>
    <message>
        <source>Another profile is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1; check that the directory exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a JSON file (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Beamtop profile list (its “schema” is not %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lists %1 profiles; only the first %2 are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is not an object; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (%2) skipped: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::RankedCollector</name>
    <message>
        <source>The agent sent a ranking Beamtop does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking needs the agent, which is not loaded on this node.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::RankedExport</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s rows are larger than a reply may be; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s ranking did not move on between two pages; no file was written. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::RankedSection</name>
    <message>
        <source>%1, %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 of the %3 ranked so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::RankedTableModelBase</name>
    <message>
        <source>Not fetched yet: it comes when the row is on screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::RankedTablePage</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last refresh failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::RankedToolbar</name>
    <message>
        <source>Sliding Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::RankingStatusLine</name>
    <message>
        <source>Ranking: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Connect to a node with File ▸ Connect (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first ranking in progress: the rows so far are partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranked %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a full ranking takes %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measuring change: rates come with the next full ranking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::RuleEditor</name>
    <message>
        <source>Alert Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to &amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace every rule by the set that works on any node without editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for the rule, unique among these rules: the log and beamtop-cli watch call it by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the rule watches. Metrics marked “largest” name the process, table or port at fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 85%, 1.5GiB, 10k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fires past this value. Units: % for ratios, B/KiB/MiB/GiB (or kB/MB/GB) for bytes, k/M/G for counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firing alert resolves only once the value is back past this one, so a value hovering at the threshold does not flap. Empty: the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the value must stay past the threshold before the alert fires: 30s, 2m, 1h30m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: what to do about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown with the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lears past:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rules to %1 and apply them now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name may hold letters, digits and _ . : - only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a metric Beamtop knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs a threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the threshold “%1” is not a number (write 0.85, 85%, 2GiB or 10k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the threshold is a ratio between 0 and 1: write 85% or 0.85, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clear value “%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clear value must not be above the threshold: the alert resolves once the value is below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clear value must not be below the threshold: the alert resolves once the value is above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a duration (write 30s, 2m or 1h30m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another rule has the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, clears at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio: 85% or 0.85</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes: 512MiB, 2GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes per second: 10MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per second: 50k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a count: 10000 or 10k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::RuleStore</name>
    <message>
        <source>Could not read the rules file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a rules file: it is larger than %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the folder %1 for the rules; check that you may write to its parent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::SchedulerBars</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A scheduler&apos;s tooltip, first line: the scheduler and its type, e.g. &quot;3 (dirty CPU)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scheduler readings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::SchedulerModel</name>
    <message>
        <source>Scheduler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the last interval the scheduler was busy: running processes, ports, NIFs or garbage collection (scheduler_wall_time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the last interval the scheduler had nothing to run and slept or waited for work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes and ports waiting for this scheduler now. Dirty schedulers of a kind share one queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduler %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduler id %1 on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduler id %1 on the node; offline (schedulers_online).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs two samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation needs the scheduler_wall_time flag, which only the agent can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 busy %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asleep %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by all %1 schedulers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::SchedulersSection</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable: the node&apos;s scheduler_wall_time is off (reduced mode, no agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  dirty CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  dirty IO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::SecondsSpinBox</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::SecretStore</name>
    <message>
        <source>no answer after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cookie is saved in the system keychain for this profile yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available. Beamtop keeps cookies in the Secret Service (GNOME Keyring, KeePassXC) or KWallet; none answered, or it is locked. Check that one runs and is unlocked in your desktop session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access. Check that it is unlocked and that you allowed Beamtop to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. It may be waiting for you to unlock it (look for a password prompt), or it may be stuck; restarting your keyring service helps then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::SeriesHistoryModel</name>
    <message numerus="yes">
        <source>%1 (the largest of %n samples)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::SessionStatusBar</name>
    <message>
        <source>The node Beamtop observes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTP release and ERTS version of the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of one scheduler that Beamtop&apos;s agent used on the node since the last refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the data on screen was sampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, waiting for data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent is %1 on the node (in %2 ms). It unloads itself when Beamtop disconnects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTP %1 · ERTS %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Elixir %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent %1 CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected, reconnecting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions enabled (profile %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill, suspend and garbage collection can change this node. Read-only in the toolbar turns them off for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data is late: the node has not answered for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node is slow to answer; it may be overloaded. Beamtop keeps asking and shows new data as soon as it comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active alert(s), %1 not acknowledged: %2. Click to show the Alerts page.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::SnapshotSection</name>
    <message>
        <source>the node did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::SupTreeModel</name>
    <message>
        <source>%1, %2 in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 of %1 children shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 children shown (%3–%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registered name, else the child id; a dynamic child by its pid. &quot;Linked processes&quot; holds the processes linked to a supervisor that are not its children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor, worker, or linked (linked to the supervisor without being its child).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processes of this whole subtree, this one included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory of this whole subtree&apos;s processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reductions of this whole subtree&apos;s processes per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages waiting in this whole subtree&apos;s queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the supervisor restarts the child: permanent always, transient after an abnormal exit, temporary never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the supervisor stops the child: the time it waits, infinity, or brutal_kill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback modules the child names for code upgrades (dynamic: asked at upgrade).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor&apos;s restart strategy, and at most how many restarts in how many seconds before it gives up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running; not answering (a supervisor busy, hung or restarting past the call timeout); restarting; not running (a static child without a process); gone (died while the tree was read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtree: %1
This process alone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes linked to the supervisor that are not its children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group, not a process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No process: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 processes in this subtree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The totals count all the children, shown or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet: the rate needs two complete counts of the processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reductions per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most %2 restarts in %3 seconds, else the supervisor gives up and exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not answer within the call timeout: its children are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::SystemLimitsModel</name>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the limit in use. The node fails when a limit is reached (atoms: it crashes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETS tables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::SystemPage</name>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::SystemSection</name>
    <message>
        <source>Could not read the system overview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTP / ERTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elixir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedulers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 online, %3 dirty CPU, %4 dirty IO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETS tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  atom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IO in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GCs / words reclaimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reductions/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::TableBrowser</name>
    <message>
        <source>Elixir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erlang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the node was lost while reading %1; the rows shown so far stay. Read again once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent on this node is older and cannot read table contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table contents are read by the agent, which is not loaded on this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent sent rows Beamtop does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node did not answer in time while reading %1: it may be busy. Try again, or read fewer rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 took longer than %2 s on the node, so it was stopped: the node may be busy. Try again, or search by key, which reads only the rows under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node could not read the search &quot;%1&quot;: %2. Check that it is a term in %3 syntax, like %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node has no ETS table %1. Check its name or id; a table named by reference is gone once deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node has no Mnesia table %1. Check its name on the Mnesia page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mnesia is not running on this node, so %1 cannot be read here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node holds no copy of %1: read it on a node that has one (see its replicas on the Mnesia page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stored by a backend (%2) whose rows Beamtop cannot read dirty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node could not go on from the last page of %1 (the table may have been replaced); read it again from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted on the node; the rows read before stay shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no table named %1 on the node: it was deleted, or never existed under that name. A table made without named_table is read by its id (#Ref&lt;…&gt;), as the ETS list shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no table %1 on the node: it was deleted, or never existed under that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a private table: only its owner process can read a private table&apos;s rows. Its size and configuration are shown, not its contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can match: the search names the atom %1, which does not exist on the node, so no row holds it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::TableContentsView</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: the rows under one key (one lookup on the node). Match pattern: the rows a pattern matches, &apos;_&apos; for any part (a scan on the node, capped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows as terms, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the next page of rows on the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows Read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows read so far as CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every row of the table on the node, page by page, and save them as CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key in %1 syntax, e.g. %2 — Enter searches, Esc shows all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match pattern in %1 syntax, e.g. %2 — Enter searches, Esc shows all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows of the last page were too large to send within the page&apos;s byte cap and are not shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private table of %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 rows found in %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows read of %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>scanned %1 rows, the scan cap was reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanned %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search This Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Rows Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read all %1 rows of %2 on %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beamtop reads the table on the node in pages of %1 rows, each bounded in time, and writes them to the file as they come. A big table takes a while and adds work on the node; you can cancel while it reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 on the node…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::TableContentsWindow</name>
    <message>
        <source>Mnesia table %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETS table %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is down; the rows shown are those read before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::TableRowsExport</name>
    <message>
        <source>Export stopped, no file was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export stopped before the end; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows of %1 to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>beamtop::TableRowsModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole row: the rows read are not all tuples of one size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element %1 of each row: the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element %1 of each row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Observe an Erlang or Elixir node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to NODE (name@host) at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the cookie from FILE (else BEAMTOP_COOKIE, else ~/.erlang.cookie).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the bundled demo node on this computer and observe it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not load the agent; use plain calls (reduced mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect through the saved profile NAME (its cookie from the system keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beamtop: --demo, --connect and --profile exclude each other.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
