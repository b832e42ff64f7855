<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AllocColumns</name>
    <message numerus="yes">
        <source>hit rate %1 (%2 hits in %3 calls, %Ln instances)</source>
        <translation>
            <numerusform>hit rate %1 (%2 hits in %3 calls, %Ln instance)</numerusform>
            <numerusform>hit rate %1 (%2 hits in %3 calls, %Ln instances)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppColumns</name>
    <message numerus="yes">
        <source>%n children</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortDetailsHtml</name>
    <message numerus="yes">
        <source>%Ln entries: see Links &amp; Monitors</source>
        <translation>
            <numerusform>%Ln entry: see Links &amp; Monitors</numerusform>
            <numerusform>%Ln entries: see Links &amp; Monitors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln options are not supported by this kind of port: that is not an error.</source>
        <translation>
            <numerusform>%Ln option is not supported by this kind of port: that is not an error.</numerusform>
            <numerusform>%Ln options are not supported by this kind of port: that is not an error.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcessDetailsHtml</name>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln more</numerusform>
            <numerusform>%Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %Ln binaries</source>
        <translation>
            <numerusform>%1 in %Ln binary</numerusform>
            <numerusform>%1 in %Ln binaries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln references</source>
        <translation>
            <numerusform>%1, %Ln reference</numerusform>
            <numerusform>%1, %Ln references</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more entries not shown</source>
        <translation>
            <numerusform>%Ln more entry not shown</numerusform>
            <numerusform>%Ln more entries not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::AlertsPage</name>
    <message numerus="yes">
        <source>%n active alert(s), %1 not acknowledged.</source>
        <translation>
            <numerusform>%n active alert, %1 not acknowledged.</numerusform>
            <numerusform>%n active alerts, %1 not acknowledged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) in force.</source>
        <translation>
            <numerusform>%n rule in force.</numerusform>
            <numerusform>%n rules in force.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n log entries to %1.</source>
        <translation>
            <numerusform>Exported %n log entry to %1.</numerusform>
            <numerusform>Exported %n log entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::ChartWidget</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::DesktopNotifier</name>
    <message numerus="yes">
        <source>%n alerts on %1</source>
        <translation>
            <numerusform>%n alert on %1</numerusform>
            <numerusform>%n alerts on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::DistributionSection</name>
    <message numerus="yes">
        <source>%n connected node(s), net_ticktime %1 s, busy limit %2</source>
        <translation>
            <numerusform>%n connected node, net_ticktime %1 s, busy limit %2</numerusform>
            <numerusform>%n connected nodes, net_ticktime %1 s, busy limit %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::EtsExport</name>
    <message numerus="yes">
        <source>Exported %Ln ETS tables to %1.</source>
        <translation>
            <numerusform>Exported %Ln ETS table to %1.</numerusform>
            <numerusform>Exported %Ln ETS tables to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::HistoryChartModel</name>
    <message numerus="yes">
        <source>%1 – %2, %Ln samples</source>
        <translation>
            <numerusform>%1 – %2, %Ln sample</numerusform>
            <numerusform>%1 – %2, %Ln samples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (mean of %Ln samples; min %2, max %3)</source>
        <translation>
            <numerusform>%1 (mean of %Ln sample; min %2, max %3)</numerusform>
            <numerusform>%1 (mean of %Ln samples; min %2, max %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::HistoryModel</name>
    <message numerus="yes">
        <source>%1 per minute over %Ln samples</source>
        <translation>
            <numerusform>%1 per minute over %Ln sample</numerusform>
            <numerusform>%1 per minute over %Ln samples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::MnesiaSection</name>
    <message numerus="yes">
        <source>%1 of %n db node(s) running, %2 table(s)</source>
        <translation>
            <numerusform>%1 of %n db node running, %2 table(s)</numerusform>
            <numerusform>%1 of %n db nodes running, %2 table(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::NetworkPage</name>
    <message numerus="yes">
        <source>%Ln connected nodes</source>
        <translation>
            <numerusform>%Ln connected node</numerusform>
            <numerusform>%Ln connected nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::NodeNameEdit</name>
    <message numerus="yes">
        <source>%n node(s) registered on %1.</source>
        <translation>
            <numerusform>%n node registered on %1.</numerusform>
            <numerusform>%n nodes registered on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::PortCommand</name>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln more</numerusform>
            <numerusform>%Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::PortExport</name>
    <message numerus="yes">
        <source>Exported %Ln ports and sockets to %1.</source>
        <translation>
            <numerusform>Exported %Ln port or socket to %1.</numerusform>
            <numerusform>Exported %Ln ports and sockets to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessCommand</name>
    <message numerus="yes">
        <source>%1 in %Ln binaries</source>
        <translation>
            <numerusform>%1 in %Ln binary</numerusform>
            <numerusform>%1 in %Ln binaries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln more</numerusform>
            <numerusform>%Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::ProcessExport</name>
    <message numerus="yes">
        <source>Exported %Ln processes to %1.</source>
        <translation>
            <numerusform>Exported %Ln process to %1.</numerusform>
            <numerusform>Exported %Ln processes to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::RankedTablePage</name>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::RecordCommand</name>
    <message numerus="yes">
        <source>%n samples in a row failed; the recording ends here: %1</source>
        <translation>
            <numerusform>%n sample in a row failed; the recording ends here: %1</numerusform>
            <numerusform>%n samples in a row failed; the recording ends here: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interrupted: the recording ends with %n samples.</source>
        <translation>
            <numerusform>Interrupted: the recording ends with %n sample.</numerusform>
            <numerusform>Interrupted: the recording ends with %n samples.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::SeriesHistoryModel</name>
    <message numerus="yes">
        <source>%1 (the largest of %n samples)</source>
        <translation>
            <numerusform>%1 (the largest of %n sample)</numerusform>
            <numerusform>%1 (the largest of %n samples)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::SessionStatusBar</name>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active alert(s), %1 not acknowledged: %2. Click to show the Alerts page.</source>
        <translation>
            <numerusform>%n active alert, %1 not acknowledged: %2. Click to show the Alerts page.</numerusform>
            <numerusform>%n active alerts, %1 not acknowledged: %2. Click to show the Alerts page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::TableContentsView</name>
    <message numerus="yes">
        <source>%Ln rows of the last page were too large to send within the page's byte cap and are not shown.</source>
        <translation>
            <numerusform>%Ln row of the last page was too large to send within the page's byte cap and is not shown.</numerusform>
            <numerusform>%Ln rows of the last page were too large to send within the page's byte cap and are not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows found in %2</source>
        <translation>
            <numerusform>%1 row found in %2</numerusform>
            <numerusform>%1 rows found in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows read of %2</source>
        <translation>
            <numerusform>%1 row read of %2</numerusform>
            <numerusform>%1 rows read of %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::TableRowsExport</name>
    <message numerus="yes">
        <source>Exported %Ln rows of %1 to %2.</source>
        <translation>
            <numerusform>Exported %Ln row of %1 to %2.</numerusform>
            <numerusform>Exported %Ln rows of %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::tui::AlertsPage</name>
    <message numerus="yes">
        <source>%n active, %1 not acknowledged</source>
        <translation>
            <numerusform>%n active, %1 not acknowledged</numerusform>
            <numerusform>%n active, %1 not acknowledged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) in force</source>
        <translation>
            <numerusform>%n rule in force</numerusform>
            <numerusform>%n rules in force</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n alert(s).</source>
        <translation>
            <numerusform>Acknowledged %n alert.</numerusform>
            <numerusform>Acknowledged %n alerts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::tui::MemoryPage</name>
    <message numerus="yes">
        <source>… and %Ln more findings</source>
        <translation>
            <numerusform>… and %Ln more finding</numerusform>
            <numerusform>… and %Ln more findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::tui::MnesiaPage</name>
    <message numerus="yes">
        <source>%Ln tables (%1 system hidden: s shows them)</source>
        <translation>
            <numerusform>%Ln table (%1 system hidden: s shows them)</numerusform>
            <numerusform>%Ln tables (%1 system hidden: s shows them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tables</source>
        <translation>
            <numerusform>%Ln table</numerusform>
            <numerusform>%Ln tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::tui::NetworkPage</name>
    <message numerus="yes">
        <source>%Ln connected nodes</source>
        <translation>
            <numerusform>%Ln connected node</numerusform>
            <numerusform>%Ln connected nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>beamtop::tui::TuiScreen</name>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
</context>
</TS>