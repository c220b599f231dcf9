<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Breadcrumb trace viewer: slowest functions, percentiles, callers, call trees, flame graphs and before/after comparisons.</source>
        <translation>Breadcrumb-Trace-Viewer: langsamste Funktionen, Perzentile, Aufrufer, Aufrufbäume, Flame-Graphs und Vorher/Nachher-Vergleiche.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Render offscreen, save the window as a PNG and exit.</source>
        <translation>Ohne Bildschirm rendern, das Fenster als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>OUT.png</source>
        <translation>OUT.png</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Select this function.</source>
        <translation>Diese Funktion auswählen.</translation>
    </message>
    <message>
        <source>FUNCTION</source>
        <translation>FUNCTION</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1400x900).</source>
        <translation>Fenstergröße für --screenshot (Standard: 1400x900).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>The run to open (default: the newest).</source>
        <translation>Der zu öffnende Lauf (Standard: der neueste).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>too many arguments: give at most TRACE and AFTER_TRACE</source>
        <translation>zu viele Argumente: geben Sie höchstens TRACE und AFTER_TRACE an</translation>
    </message>
    <message>
        <source>--run needs a run id (a number), not &quot;%1&quot;</source>
        <translation>--run erwartet eine Lauf-ID (eine Zahl), nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot; (choose from %2)</source>
        <translation>unbekannte Ansicht &quot;%1&quot; (zur Auswahl: %2)</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT between 200x150 and 10000x10000, not &quot;%1&quot;</source>
        <translation>--size erwartet BREITExHÖHE zwischen 200x150 und 10000x10000, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--screenshot needs a trace file</source>
        <translation>--screenshot benötigt eine Trace-Datei</translation>
    </message>
    <message>
        <source>--view compare needs two traces: TRACE AFTER_TRACE</source>
        <translation>--view compare benötigt zwei Traces: TRACE AFTER_TRACE</translation>
    </message>
    <message>
        <source>refusing to write the screenshot to %1: it is a trace being viewed</source>
        <translation>der Screenshot wird nicht nach %1 geschrieben: das ist ein angezeigter Trace</translation>
    </message>
    <message>
        <source>The view to show: %1; compare-functions, compare-tree or compare-flame for the Compare tab&apos;s own views.</source>
        <translation>Die anzuzeigende Ansicht: %1; compare-functions, compare-tree oder compare-flame für die eigenen Ansichten der Registerkarte „Vergleich“.</translation>
    </message>
    <message>
        <source>Color scheme: system, light or dark. The default, system, follows the desktop&apos;s palette.</source>
        <translation>Farbschema: system, light oder dark. Der Standardwert system folgt der Palette des Desktops.</translation>
    </message>
    <message>
        <source>SCHEME</source>
        <translation>SCHEME</translation>
    </message>
    <message>
        <source>Select this time range in the timeline, in ms since the run&apos;s start, for --screenshot.</source>
        <translation>Diesen Zeitbereich in der Zeitachse auswählen, in ms seit dem Start des Laufs, für --screenshot.</translation>
    </message>
    <message>
        <source>FROM:TO</source>
        <translation>FROM:TO</translation>
    </message>
    <message>
        <source>--range wants FROM:TO in ms with FROM &lt; TO, not &quot;%1&quot;</source>
        <translation>--range erwartet FROM:TO in ms mit FROM &lt; TO, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown color scheme &quot;%1&quot; (choose from %2)</source>
        <translation>unbekanntes Farbschema &quot;%1&quot; (zur Auswahl: %2)</translation>
    </message>
    <message>
        <source>When comparing: show the view over the before run, the after run or both side by side.</source>
        <translation>Beim Vergleichen: die Ansicht über den Lauf vorher, den Lauf nachher oder beide nebeneinander zeigen.</translation>
    </message>
    <message>
        <source>before|after|both</source>
        <translation>before|after|both</translation>
    </message>
    <message>
        <source>Trace file to open (FILE or FILE:RUN; to compare, also FILE:FIRST-LAST or FILE:all to pool runs).</source>
        <translation>Zu öffnende Trace-Datei (DATEI oder DATEI:LAUF; zum Vergleichen auch DATEI:ERSTER-LETZTER oder DATEI:all, um Läufe zusammenzufassen).</translation>
    </message>
    <message>
        <source>Second trace to compare with (after; FILE, FILE:RUN, FILE:FIRST-LAST or FILE:all).</source>
        <translation>Zweiter Trace zum Vergleichen (nachher; DATEI, DATEI:LAUF, DATEI:ERSTER-LETZTER oder DATEI:all).</translation>
    </message>
    <message>
        <source>%1 names several runs: pooling needs an AFTER_TRACE to compare with</source>
        <translation>%1 nennt mehrere Läufe: Zusammenfassen braucht eine AFTER_TRACE zum Vergleichen</translation>
    </message>
    <message>
        <source>unknown side &quot;%1&quot; (choose from %2)</source>
        <translation>unbekannte Seite „%1“ (zur Wahl: %2)</translation>
    </message>
</context>
<context>
    <name>FrameColors</name>
    <message>
        <source>no self time</source>
        <translation>keine Eigenzeit</translation>
    </message>
    <message>
        <source>half</source>
        <translation>Hälfte</translation>
    </message>
    <message>
        <source>largest self time</source>
        <translation>größte Eigenzeit</translation>
    </message>
</context>
<context>
    <name>KeyReference</name>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Call Tree</source>
        <translation>Aufrufbaum</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Flame Graph</source>
        <translation>Flame-Graph</translation>
    </message>
    <message>
        <source>Open a trace</source>
        <translation>Einen Trace öffnen</translation>
    </message>
    <message>
        <source>Reload the trace (shows a run the program appended since)</source>
        <translation>Den Trace neu laden (zeigt einen Lauf, den das Programm seitdem angehängt hat)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Back to the previous function</source>
        <translation>Zurück zur vorherigen Funktion</translation>
    </message>
    <message>
        <source>Forward to the next function</source>
        <translation>Weiter zur nächsten Funktion</translation>
    </message>
    <message>
        <source>Show the view of that number (Functions … Compare)</source>
        <translation>Die Ansicht mit dieser Nummer zeigen (Funktionen … Vergleich)</translation>
    </message>
    <message>
        <source>This list of keys</source>
        <translation>Diese Tastenübersicht</translation>
    </message>
    <message>
        <source>Find a function: focus the search box</source>
        <translation>Funktion suchen: Fokus in das Suchfeld setzen</translation>
    </message>
    <message>
        <source>Next match of the search</source>
        <translation>Nächster Treffer der Suche</translation>
    </message>
    <message>
        <source>Previous match of the search</source>
        <translation>Vorheriger Treffer der Suche</translation>
    </message>
    <message>
        <source>Expand the hot path below the selected node</source>
        <translation>Den heißen Pfad unterhalb des ausgewählten Knotens aufklappen</translation>
    </message>
    <message>
        <source>Run the query</source>
        <translation>Die Abfrage ausführen</translation>
    </message>
    <message>
        <source>Zoom in, out around the cursor</source>
        <translation>Um den Cursor hinein-, herauszoomen</translation>
    </message>
    <message>
        <source>Pan left, right</source>
        <translation>Nach links, rechts verschieben</translation>
    </message>
    <message>
        <source>Zoom in, out</source>
        <translation>Hinein-, herauszoomen</translation>
    </message>
    <message>
        <source>Show the whole run</source>
        <translation>Den ganzen Lauf zeigen</translation>
    </message>
    <message>
        <source>Select a time range: the Functions, Function and Flame Graph tabs count only the calls in it (also a drag on the time axis)</source>
        <translation>Einen Zeitbereich auswählen: die Registerkarten „Funktionen“, „Funktion“ und „Flame-Graph“ zählen nur die Aufrufe darin (auch durch Ziehen auf der Zeitskala)</translation>
    </message>
    <message>
        <source>Clear the time range</source>
        <translation>Den Zeitbereich aufheben</translation>
    </message>
    <message>
        <source>Zoom around the cursor</source>
        <translation>Um den Cursor zoomen</translation>
    </message>
    <message>
        <source>Pan (a horizontal wheel too)</source>
        <translation>Verschieben (auch mit horizontalem Mausrad)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Hineinzoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Herauszoomen</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Step back through zooms and transforms</source>
        <translation>Schrittweise durch Zooms und Transformationen zurückgehen</translation>
    </message>
    <message>
        <source>Focus, merge recursion, collapse, sandwich, copy, export</source>
        <translation>Fokussieren, Rekursion zusammenführen, einklappen, Sandwich, kopieren, exportieren</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 (run %2)</source>
        <translation>%1 (Lauf %2)</translation>
    </message>
    <message>
        <source>the file holds no run</source>
        <translation>die Datei enthält keinen Lauf</translation>
    </message>
    <message>
        <source>run %1 holds no calls (nothing traced ran)</source>
        <translation>Lauf %1 enthält keine Aufrufe (es lief nichts Aufgezeichnetes)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot open %1: not enough memory</source>
        <translation>%1 kann nicht geöffnet werden: nicht genügend Speicher</translation>
    </message>
</context>
<context>
    <name>breadcrumb::CallTimelinePlot</name>
    <message>
        <source>Start (s since the run started)</source>
        <translation>Start (s seit Beginn des Laufs)</translation>
    </message>
    <message>
        <source>&lt;root&gt;</source>
        <translation>&lt;Wurzel&gt;</translation>
    </message>
    <message>
        <source>%1 (call %2)</source>
        <translation>%1 (Aufruf %2)</translation>
    </message>
    <message>
        <source>Start: %1 (+%2 s)</source>
        <translation>Start: %1 (+%2 s)</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation>Aufrufer: %1</translation>
    </message>
    <message>
        <source>Raised: %1</source>
        <translation>Ausgelöst: %1</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>breadcrumb::ComparisonBarChart</name>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>entfallen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Change: %1%2%</source>
        <translation>Änderung: %1%2%</translation>
    </message>
    <message>
        <source>New in the after run</source>
        <translation>Neu im Nachher-Lauf</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
</context>
<context>
    <name>breadcrumb::FlameGraphView</name>
    <message>
        <source>%1 (%2:%3)</source>
        <translation>%1 (%2:%3)</translation>
    </message>
    <message>
        <source>Self: %1</source>
        <translation>Eigenzeit: %1</translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation>Aufrufe: %1</translation>
    </message>
    <message>
        <source>No trace loaded</source>
        <translation>Kein Trace geladen</translation>
    </message>
    <message>
        <source>all (%1)</source>
        <translation>alle (%1)</translation>
    </message>
    <message>
        <source>All calls
Traced time: %1 (100%: the threads&apos; traced time summed)</source>
        <translation>Alle Aufrufe
Aufgezeichnete Zeit: %1 (100%: Summe der aufgezeichneten Zeit der Threads)</translation>
    </message>
    <message>
        <source>Inclusive: %1 (%2 of the traced time)</source>
        <translation>Inklusiv: %1 (%2 der aufgezeichneten Zeit)</translation>
    </message>
    <message>
        <source>Flame graph</source>
        <translation>Flame-Graph</translation>
    </message>
    <message>
        <source>Building the flame graph of %L1 calls…</source>
        <translation>Flame-Graph aus %L1 Aufrufen wird aufgebaut…</translation>
    </message>
</context>
<context>
    <name>breadcrumb::FlameGraphWidget</name>
    <message numerus="yes">
        <source>%n matching frame(s)</source>
        <translation>
            <numerusform>%n passender Frame</numerusform>
            <numerusform>%n passende Frames</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Back (Backspace or Escape)</source>
        <translation>Zurück (Backspace oder Escape)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Focus: %1</source>
        <translation>Fokus: %1</translation>
    </message>
    <message>
        <source>Subtree: %1</source>
        <translation>Teilbaum: %1</translation>
    </message>
    <message>
        <source>Merged recursion: %1</source>
        <translation>Rekursion zusammengeführt: %1</translation>
    </message>
    <message>
        <source>Collapsed: %1</source>
        <translation>Eingeklappt: %1</translation>
    </message>
    <message>
        <source>Focus on function %1 (all call sites)</source>
        <translation>Auf Funktion %1 fokussieren (alle Aufrufstellen)</translation>
    </message>
    <message>
        <source>Focus on this subtree</source>
        <translation>Auf diesen Teilbaum fokussieren</translation>
    </message>
    <message>
        <source>Merge recursion of %1</source>
        <translation>Rekursion von %1 zusammenführen</translation>
    </message>
    <message>
        <source>Collapse this frame (fold its callees into it)</source>
        <translation>Diesen Frame einklappen (seine Aufgerufenen in ihn einfalten)</translation>
    </message>
    <message>
        <source>Zoom to this frame</source>
        <translation>Auf diesen Frame zoomen</translation>
    </message>
    <message>
        <source>Copy function name</source>
        <translation>Funktionsnamen kopieren</translation>
    </message>
    <message>
        <source>Show sandwich (callers and callees)</source>
        <translation>Sandwich zeigen (Aufrufer und Aufgerufene)</translation>
    </message>
    <message>
        <source>Show in call tree</source>
        <translation>Im Aufrufbaum zeigen</translation>
    </message>
    <message>
        <source>Show function page</source>
        <translation>Funktionsseite zeigen</translation>
    </message>
    <message>
        <source>Remove all transforms</source>
        <translation>Alle Transformationen entfernen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Export view as SVG…</source>
        <translation>Ansicht als SVG exportieren…</translation>
    </message>
    <message>
        <source>Export view as PNG…</source>
        <translation>Ansicht als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export flame graph as SVG</source>
        <translation>Flame-Graph als SVG exportieren</translation>
    </message>
    <message>
        <source>Export flame graph as PNG</source>
        <translation>Flame-Graph als PNG exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Transforms:</source>
        <translation>Transformationen:</translation>
    </message>
    <message>
        <source>Remove this transform and the ones after it</source>
        <translation>Diese Transformation und die folgenden entfernen</translation>
    </message>
</context>
<context>
    <name>breadcrumb::HistogramPlot</name>
    <message>
        <source>Call duration (ms)</source>
        <translation>Aufrufdauer (ms)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>No function selected</source>
        <translation>Keine Funktion ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) (%1)</source>
        <translation>
            <numerusform>%n Aufruf (%1)</numerusform>
            <numerusform>%n Aufrufe (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation>Aufrufdauer</translation>
    </message>
</context>
<context>
    <name>breadcrumb::OverlaidHistogram</name>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>Call duration (ms)</source>
        <translation>Aufrufdauer (ms)</translation>
    </message>
    <message>
        <source>Share of calls</source>
        <translation>Anteil der Aufrufe</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
</context>
<context>
    <name>breadcrumb::PercentilePanel</name>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>P95</source>
        <translation>P95</translation>
    </message>
    <message>
        <source>P99</source>
        <translation>P99</translation>
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
        <source>Std dev</source>
        <translation>Std.-Abw.</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Eigenzeit</translation>
    </message>
    <message>
        <source>Logarithmic duration axis</source>
        <translation>Logarithmische Dauerachse</translation>
    </message>
    <message>
        <source>%1  —  %2  (%3:%4)</source>
        <translation>%1  —  %2  (%3:%4)</translation>
    </message>
    <message>
        <source>No function selected</source>
        <translation>Keine Funktion ausgewählt</translation>
    </message>
    <message>
        <source>Over the call durations: start to end, suspensions included (latency)</source>
        <translation>Über die Aufrufdauern: vom Start bis zum Ende, Suspendierungen eingerechnet (Latenz)</translation>
    </message>
    <message>
        <source>Number of calls</source>
        <translation>Anzahl der Aufrufe</translation>
    </message>
    <message>
        <source>Inclusive time: while the function is on a thread&apos;s stack, summed over the threads; a recursion counts once, a generator or coroutine only while it runs</source>
        <translation>Inklusive Zeit: solange die Funktion auf dem Stack eines Threads liegt, summiert über die Threads; eine Rekursion zählt einmal, Generatoren und Koroutinen nur, solange sie laufen</translation>
    </message>
    <message>
        <source>Self time: while the function is the running frame</source>
        <translation>Eigenzeit: solange die Funktion der laufende Frame ist</translation>
    </message>
</context>
<context>
    <name>breadcrumb::SandwichWidget</name>
    <message>
        <source>Callers (merged over all call sites)</source>
        <translation>Aufrufer (über alle Aufrufstellen zusammengeführt)</translation>
    </message>
    <message>
        <source>Callees (merged over all call sites)</source>
        <translation>Aufgerufene (über alle Aufrufstellen zusammengeführt)</translation>
    </message>
    <message>
        <source>Select a function to see its callers and callees.</source>
        <translation>Wählen Sie eine Funktion aus, um ihre Aufrufer und Aufgerufenen zu sehen.</translation>
    </message>
    <message>
        <source>%1 has no calls in this view.</source>
        <translation>%1 hat in dieser Ansicht keine Aufrufe.</translation>
    </message>
    <message>
        <source>%1: %2 inclusive (%3), calls: %4</source>
        <translation>%1: %2 inklusiv (%3), Aufrufe: %4</translation>
    </message>
</context>
<context>
    <name>breadcrumb::TimelineWidget</name>
    <message>
        <source>%1 (TID %2)</source>
        <translation>%1 (TID %2)</translation>
    </message>
    <message>
        <source>%1 (thread %2)</source>
        <translation>%1 (Thread %2)</translation>
    </message>
    <message>
        <source>Start: %1 (+%2)</source>
        <translation>Start: %1 (+%2)</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Self: %1</source>
        <translation>Eigenzeit: %1</translation>
    </message>
    <message>
        <source>Thread: %1</source>
        <translation>Thread: %1</translation>
    </message>
    <message>
        <source>Raised: %1</source>
        <translation>Ausgelöst: %1</translation>
    </message>
    <message>
        <source>The run has no calls</source>
        <translation>Der Lauf enthält keine Aufrufe</translation>
    </message>
    <message>
        <source>No trace loaded</source>
        <translation>Kein Trace geladen</translation>
    </message>
    <message>
        <source>On stack: %1 (running, not suspended)</source>
        <translation>Auf dem Stack: %1 (laufend, nicht suspendiert)</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Laying out %L1 calls…</source>
        <translation>%L1 Aufrufe werden angeordnet…</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::CallListModel</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Eigenzeit</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Aufrufer</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Start to end, suspensions included (latency)</source>
        <translation>Vom Start bis zum Ende, Suspendierungen eingerechnet (Latenz)</translation>
    </message>
    <message>
        <source>Self time: while the call was the running frame</source>
        <translation>Eigenzeit: solange der Aufruf der laufende Frame war</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::CallTreeModel</name>
    <message>
        <source>%1 (%2)
%3:%4</source>
        <translation>%1 (%2)
%3:%4</translation>
    </message>
    <message>
        <source>Function / called from</source>
        <translation>Funktion / aufgerufen von</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Inclusive</source>
        <translation>Inklusiv</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Eigenzeit</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Each function, then the callers it was entered from</source>
        <translation>Jede Funktion, dann die Aufrufer, von denen aus sie aufgerufen wurde</translation>
    </message>
    <message>
        <source>Calls aggregated by call path; threads merged by path, their times summed</source>
        <translation>Aufrufe nach Aufrufpfad zusammengefasst; Threads nach Pfad zusammengeführt, ihre Zeiten summiert</translation>
    </message>
    <message>
        <source>Inclusive time of the function when entered through this chain of callers (on the stack, a recursion counted once); the callers below split it</source>
        <translation>Inklusive Zeit der Funktion, wenn sie über diese Kette von Aufrufern aufgerufen wurde (auf dem Stack, eine Rekursion einmal gezählt); die Aufrufer darunter teilen sie unter sich auf</translation>
    </message>
    <message>
        <source>Inclusive time: while calls of this path are on the stack (a generator or coroutine only while it runs); self + the children&apos;s inclusive times</source>
        <translation>Inklusive Zeit: solange Aufrufe dieses Pfads auf dem Stack liegen (Generatoren und Koroutinen nur, solange sie laufen); Eigenzeit + inklusive Zeiten der Kinder</translation>
    </message>
    <message>
        <source>Self time: while the function is the running frame</source>
        <translation>Eigenzeit: solange die Funktion der laufende Frame ist</translation>
    </message>
    <message>
        <source>Number of calls</source>
        <translation>Anzahl der Aufrufe</translation>
    </message>
    <message>
        <source>Inclusive time as a share of the traced time: the threads&apos; traced time summed is 100%</source>
        <translation>Inklusive Zeit als Anteil an der aufgezeichneten Zeit: die Summe der aufgezeichneten Zeit der Threads ist 100%</translation>
    </message>
    <message>
        <source>% of traced</source>
        <translation>% der aufgez. Zeit</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::CallTreePage</name>
    <message>
        <source>Top-down (callers → callees)</source>
        <translation>Top-down (Aufrufer → Aufgerufene)</translation>
    </message>
    <message>
        <source>Bottom-up (functions ← their callers)</source>
        <translation>Bottom-up (Funktionen ← ihre Aufrufer)</translation>
    </message>
    <message>
        <source>Expand hot path</source>
        <translation>Heißen Pfad aufklappen</translation>
    </message>
    <message>
        <source>Expand the hottest path below the selected node (* or Ctrl+H)</source>
        <translation>Den heißesten Pfad unterhalb des ausgewählten Knotens aufklappen (* oder Strg+H)</translation>
    </message>
    <message>
        <source>Find function… (F3 next, Shift+F3 previous)</source>
        <translation>Funktion suchen… (F3 nächster, Umschalt+F3 vorheriger Treffer)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Find function</source>
        <translation>Funktion suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Top-down</source>
        <translation>Top-down</translation>
    </message>
    <message>
        <source>Bottom-up</source>
        <translation>Bottom-up</translation>
    </message>
    <message>
        <source>Top-down: from the roots to the functions they call</source>
        <translation>Top-down: von den Wurzeln zu den Funktionen, die sie aufrufen</translation>
    </message>
    <message>
        <source>Bottom-up: each function with the calls that led to it</source>
        <translation>Bottom-up: jede Funktion mit den Aufrufen, die zu ihr führten</translation>
    </message>
    <message>
        <source>Hot path</source>
        <translation>Heißer Pfad</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::CalleesModel</name>
    <message>
        <source>Callee</source>
        <translation>Aufgerufene</translation>
    </message>
    <message>
        <source>The callee&apos;s inclusive time when called from the selected function (on the stack, a recursion counted once)</source>
        <translation>Inklusive Zeit des Aufgerufenen, wenn er von der ausgewählten Funktion aufgerufen wird (auf dem Stack, eine Rekursion einmal gezählt)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::CallerCalleeModel</name>
    <message>
        <source>Calls with no traced caller</source>
        <translation>Aufrufe ohne aufgezeichneten Aufrufer</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Total as a share of the selected function&apos;s inclusive time</source>
        <translation>Gesamt als Anteil an der inklusiven Zeit der ausgewählten Funktion</translation>
    </message>
    <message>
        <source>%1 of the inclusive time of %2 (its Total in the Functions table)</source>
        <translation>%1 der inklusiven Zeit von %2 (ihr Wert „Gesamt“ in der Tabelle „Funktionen“)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::CallersModel</name>
    <message>
        <source>Caller</source>
        <translation>Aufrufer</translation>
    </message>
    <message>
        <source>The selected function&apos;s inclusive time entered from this caller (its recursive calls count in the outer call, so the callers add up to its Total)</source>
        <translation>Inklusive Zeit der ausgewählten Funktion, wenn sie von diesem Aufrufer aus aufgerufen wurde (ihre rekursiven Aufrufe zählen im äußeren Aufruf, daher summieren sich die Aufrufer zu ihrem Wert „Gesamt“)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::CallersPage</name>
    <message>
        <source>Callers — who calls it</source>
        <translation>Aufrufer — wer sie aufruft</translation>
    </message>
    <message>
        <source>Callees — what it calls</source>
        <translation>Aufgerufene — was sie aufruft</translation>
    </message>
    <message>
        <source>Double-click to go to that function (Alt+Left comes back)</source>
        <translation>Doppelklick springt zu dieser Funktion (Alt+Links kehrt zurück)</translation>
    </message>
    <message>
        <source>Select a function to see its callers and callees</source>
        <translation>Wählen Sie eine Funktion aus, um ihre Aufrufer und Aufgerufenen zu sehen</translation>
    </message>
    <message>
        <source>No traced function calls %1.</source>
        <translation>Keine aufgezeichnete Funktion ruft %1 auf.</translation>
    </message>
    <message>
        <source>%1 calls no traced function: all of its time is its own (self), spent in its own code or in code the tracer does not record (the standard library, C extensions).</source>
        <translation>%1 ruft keine aufgezeichnete Funktion auf: ihre gesamte Zeit ist Eigenzeit, verbracht in ihrem eigenen Code oder in Code, den der Tracer nicht aufzeichnet (die Standardbibliothek, C-Erweiterungen).</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ComparePage</name>
    <message>
        <source>Click to select the function; double-click a new function to open it in the after run</source>
        <translation>Klick wählt die Funktion aus; Doppelklick auf eine neue Funktion öffnet sie im Nachher-Lauf</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Call tree</source>
        <translation>Aufrufbaum</translation>
    </message>
    <message>
        <source>Differential flame graph</source>
        <translation>Differenzieller Flame-Graph</translation>
    </message>
    <message>
        <source>Traced time: the threads&apos; traced time summed. Verdicts: a Mann–Whitney test on the per-call times (p &lt; 0.01) and a noise floor of 0.1 ms and 1% of the run</source>
        <translation>Aufgezeichnete Zeit: Summe der aufgezeichneten Zeit der Threads. Bewertungen: ein Mann–Whitney-Test auf den Zeiten je Aufruf (p &lt; 0,01) und eine Rauschschwelle von 0,1 ms und 1% des Laufs</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Vorher:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Nachher:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Change:&lt;/b&gt; %1 (%2) — %3 faster, %4 slower, %5 new, %6 gone</source>
        <translation>&lt;b&gt;Änderung:&lt;/b&gt; %1 (%2) — %3 schneller, %4 langsamer, %5 neu, %6 entfallen</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 (self %2)</source>
        <translation>%1 (Eigenzeit %2)</translation>
    </message>
    <message>
        <source>mostly %1</source>
        <translation>überwiegend %1</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>these runs do not look like the same program: only %1% of the before run&apos;s functions and %2% of the after run&apos;s are in both, so the deltas compare different code.</source>
        <translation>diese Läufe scheinen nicht vom selben Programm zu stammen: nur %1% der Funktionen des Vorher-Laufs und %2% der Funktionen des Nachher-Laufs kommen in beiden vor, die Deltas vergleichen also unterschiedlichen Code.</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ComparisonModel</name>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Calls before</source>
        <translation>Aufrufe vorher</translation>
    </message>
    <message>
        <source>Calls after</source>
        <translation>Aufrufe nachher</translation>
    </message>
    <message>
        <source>Total before</source>
        <translation>Gesamt vorher</translation>
    </message>
    <message>
        <source>Total after</source>
        <translation>Gesamt nachher</translation>
    </message>
    <message>
        <source>Δ total</source>
        <translation>Δ Gesamt</translation>
    </message>
    <message>
        <source>Δ%</source>
        <translation>Δ%</translation>
    </message>
    <message>
        <source>Avg before</source>
        <translation>Mittel vorher</translation>
    </message>
    <message>
        <source>Avg after</source>
        <translation>Mittel nachher</translation>
    </message>
    <message>
        <source>P95 before</source>
        <translation>P95 vorher</translation>
    </message>
    <message>
        <source>P95 after</source>
        <translation>P95 nachher</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>entfallen</translation>
    </message>
    <message>
        <source>Inclusive time, as in the Functions table: while the function is on a thread&apos;s stack, summed over the threads, a recursion counted once</source>
        <translation>Inklusive Zeit wie in der Tabelle „Funktionen“: solange die Funktion auf dem Stack eines Threads liegt, summiert über die Threads, eine Rekursion einmal gezählt</translation>
    </message>
    <message>
        <source>Over the call durations (start to end, suspensions included: latency)</source>
        <translation>Über die Aufrufdauern (vom Start bis zum Ende, Suspendierungen eingerechnet: Latenz)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>slower</source>
        <translation>langsamer</translation>
    </message>
    <message>
        <source>faster</source>
        <translation>schneller</translation>
    </message>
    <message>
        <source>few calls</source>
        <translation>wenige Aufrufe</translation>
    </message>
    <message>
        <source>Mann–Whitney test on the per-call times: p = %1, Cliff&apos;s delta %2 (p &lt; 0.01 is a real change)</source>
        <translation>Mann–Whitney-Test auf den Zeiten je Aufruf: p = %1, Cliffs Delta %2 (p &lt; 0,01 ist eine echte Änderung)</translation>
    </message>
    <message>
        <source>The calls take as long as before (p = %1), but there are %2 instead of %3</source>
        <translation>Die Aufrufe dauern so lange wie vorher (p = %1), aber es sind %2 statt %3</translation>
    </message>
    <message>
        <source>Fewer than 8 calls on a side: too few for the test, judged by the noise floor only (0.1 ms and 1% of the run)</source>
        <translation>Weniger als 8 Aufrufe auf einer Seite: zu wenige für den Test, nur nach der Rauschschwelle bewertet (0,1 ms und 1% des Laufs)</translation>
    </message>
    <message>
        <source>The change is under the noise floor: below 0.1 ms or 1% of the run</source>
        <translation>Die Änderung liegt unter der Rauschschwelle: unter 0,1 ms oder 1% des Laufs</translation>
    </message>
    <message>
        <source>Slower or faster only when the change is real: a Mann–Whitney test on the per-call times (p &lt; 0.01, 8+ calls a side) and above the noise floor (0.1 ms and 1% of the run)</source>
        <translation>Langsamer oder schneller nur bei einer echten Änderung: ein Mann–Whitney-Test auf den Zeiten je Aufruf (p &lt; 0,01, mindestens 8 Aufrufe je Seite) und über der Rauschschwelle (0,1 ms und 1% des Laufs)</translation>
    </message>
    <message>
        <source>Change of the function&apos;s own (self) time: where the time itself went</source>
        <translation>Änderung der Eigenzeit der Funktion: wohin die Zeit selbst ging</translation>
    </message>
    <message>
        <source>p value of the Mann–Whitney test; &quot;few calls&quot; when a side has fewer than 8</source>
        <translation>p-Wert des Mann–Whitney-Tests; „wenige Aufrufe“, wenn eine Seite weniger als 8 hat</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Δ self</source>
        <translation>Δ Eigenzeit</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ComparisonTreeModel</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>entfallen</translation>
    </message>
    <message>
        <source>New: this call path is only in the after run</source>
        <translation>Neu: dieser Aufrufpfad kommt nur im Nachher-Lauf vor</translation>
    </message>
    <message>
        <source>Gone: this call path is only in the before run</source>
        <translation>Entfallen: dieser Aufrufpfad kommt nur im Vorher-Lauf vor</translation>
    </message>
    <message>
        <source>Each function, then the callers it was entered from, in both runs</source>
        <translation>Jede Funktion, dann die Aufrufer, von denen aus sie aufgerufen wurde, in beiden Läufen</translation>
    </message>
    <message>
        <source>Calls aggregated by call path in both runs, matched by module and name</source>
        <translation>Aufrufe nach Aufrufpfad zusammengefasst, in beiden Läufen, nach Modul und Name zugeordnet</translation>
    </message>
    <message>
        <source>Inclusive time of the path: while its calls are on the stack</source>
        <translation>Inklusive Zeit des Pfads: solange seine Aufrufe auf dem Stack liegen</translation>
    </message>
    <message>
        <source>Inclusive after − before: red grew, blue shrank</source>
        <translation>Inklusiv nachher − vorher: rot gewachsen, blau geschrumpft</translation>
    </message>
    <message>
        <source>Δ relative to the inclusive time before; new and gone paths are marked</source>
        <translation>Δ relativ zur inklusiven Zeit vorher; neue und entfallene Pfade sind markiert</translation>
    </message>
    <message>
        <source>Self time: while the function is the running frame</source>
        <translation>Eigenzeit: solange die Funktion der laufende Frame ist</translation>
    </message>
    <message>
        <source>Self after − before: where the time itself went</source>
        <translation>Eigenzeit nachher − vorher: wohin die Zeit selbst ging</translation>
    </message>
    <message>
        <source>Number of calls</source>
        <translation>Anzahl der Aufrufe</translation>
    </message>
    <message>
        <source>Function / called from</source>
        <translation>Funktion / aufgerufen von</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Incl. before</source>
        <translation>Inkl. vorher</translation>
    </message>
    <message>
        <source>Incl. after</source>
        <translation>Inkl. nachher</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <source>Δ%</source>
        <translation>Δ%</translation>
    </message>
    <message>
        <source>Self before</source>
        <translation>Eigenzeit vorher</translation>
    </message>
    <message>
        <source>Self after</source>
        <translation>Eigenzeit nachher</translation>
    </message>
    <message>
        <source>Δ self</source>
        <translation>Δ Eigenzeit</translation>
    </message>
    <message>
        <source>Calls before</source>
        <translation>Aufrufe vorher</translation>
    </message>
    <message>
        <source>Calls after</source>
        <translation>Aufrufe nachher</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ComparisonTreeView</name>
    <message>
        <source>Top-down</source>
        <translation>Top-down</translation>
    </message>
    <message>
        <source>Bottom-up</source>
        <translation>Bottom-up</translation>
    </message>
    <message>
        <source>Top-down: call paths from the roots; bottom-up: each function, then its callers</source>
        <translation>Top-down: Aufrufpfade ab den Wurzeln; Bottom-up: jede Funktion, dann ihre Aufrufer</translation>
    </message>
    <message>
        <source>Expand hot path</source>
        <translation>Heißen Pfad aufklappen</translation>
    </message>
    <message>
        <source>Expand from the selected row along the largest change (|Δ|)</source>
        <translation>Ab der ausgewählten Zeile entlang der größten Änderung aufklappen (|Δ|)</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Richtung:</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::DifferentialFlameGraph</name>
    <message>
        <source>Before shape</source>
        <translation>Vorher-Form</translation>
    </message>
    <message>
        <source>Draw the before run&apos;s call paths (widths) instead of the after run&apos;s; the colours stay the change</source>
        <translation>Die Aufrufpfade (Breiten) des Vorher-Laufs statt des Nachher-Laufs zeichnen; die Farben zeigen weiterhin die Änderung</translation>
    </message>
    <message>
        <source>%1 grew &amp;nbsp; %2 shrank &amp;nbsp; %3 unchanged &amp;nbsp;— the stronger, the larger the change</source>
        <translation>%1 gewachsen &amp;nbsp; %2 geschrumpft &amp;nbsp; %3 unverändert &amp;nbsp;— je kräftiger, desto größer die Änderung</translation>
    </message>
    <message>
        <source>Before: %1 inclusive, %2 self, %3 calls</source>
        <translation>Vorher: %1 inklusiv, %2 Eigenzeit, %3 Aufrufe</translation>
    </message>
    <message>
        <source>not called</source>
        <translation>nicht aufgerufen</translation>
    </message>
    <message>
        <source>After: %1 inclusive, %2 self, %3 calls</source>
        <translation>Nachher: %1 inklusiv, %2 Eigenzeit, %3 Aufrufe</translation>
    </message>
    <message>
        <source>Change: %1 (%2)</source>
        <translation>Änderung: %1 (%2)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ExceptionGroupsModel</name>
    <message>
        <source>(outside traced calls)</source>
        <translation>(außerhalb aufgezeichneter Aufrufe)</translation>
    </message>
    <message>
        <source>Raised in %1
%2:%3</source>
        <translation>Ausgelöst in %1
%2:%3</translation>
    </message>
    <message>
        <source>First raised at %1, last at %2</source>
        <translation>Zuerst ausgelöst: %1, zuletzt: %2</translation>
    </message>
    <message>
        <source>The exception type</source>
        <translation>Der Ausnahmetyp</translation>
    </message>
    <message>
        <source>The raising function</source>
        <translation>Die auslösende Funktion</translation>
    </message>
    <message>
        <source>Exceptions of the group that nothing caught: they ended the run or a thread</source>
        <translation>Ausnahmen der Gruppe, die nirgends abgefangen wurden: sie haben den Lauf oder einen Thread beendet</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Raised in</source>
        <translation>Ausgelöst in</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Uncaught</source>
        <translation>Nicht abgefangen</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ExceptionsModel</name>
    <message>
        <source>handled</source>
        <translation>abgefangen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>uncaught</source>
        <translation>nicht abgefangen</translation>
    </message>
    <message>
        <source>Uncaught: it ended the run</source>
        <translation>Nicht abgefangen: sie hat den Lauf beendet</translation>
    </message>
    <message>
        <source>Uncaught: it ended the thread %1</source>
        <translation>Nicht abgefangen: sie hat den Thread %1 beendet</translation>
    </message>
    <message>
        <source>Handled in the raising call</source>
        <translation>Im auslösenden Aufruf abgefangen</translation>
    </message>
    <message>
        <source>Handled in %1, after leaving the raising call</source>
        <translation>In %1 abgefangen, nach Verlassen des auslösenden Aufrufs</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Abgefangen</translation>
    </message>
    <message>
        <source>Uncaught: nothing in the traced code caught it, so it ended the run or its thread. Handled: caught, in the raising call or by a caller (hover a row to see where).</source>
        <translation>Nicht abgefangen: nichts im aufgezeichneten Code hat sie abgefangen, daher hat sie den Lauf oder ihren Thread beendet. Abgefangen: im auslösenden Aufruf oder von einem Aufrufer abgefangen (zeigen Sie mit der Maus auf eine Zeile, um zu sehen, wo).</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ExceptionsPage</name>
    <message>
        <source>Double-click to show the raising call in the call tree</source>
        <translation>Doppelklick zeigt den auslösenden Aufruf im Aufrufbaum</translation>
    </message>
    <message>
        <source>Select an exception to see its traceback</source>
        <translation>Wählen Sie eine Ausnahme aus, um ihren Traceback zu sehen</translation>
    </message>
    <message>
        <source>No exceptions were raised in this run.</source>
        <translation>In diesem Lauf wurden keine Ausnahmen ausgelöst.</translation>
    </message>
    <message>
        <source>(no traceback recorded)</source>
        <translation>(kein Traceback aufgezeichnet)</translation>
    </message>
    <message>
        <source>Filter by type, message or function…</source>
        <translation>Nach Typ, Meldung oder Funktion filtern…</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Keine Gruppierung</translation>
    </message>
    <message>
        <source>Group by type</source>
        <translation>Nach Typ gruppieren</translation>
    </message>
    <message>
        <source>Group by raise site</source>
        <translation>Nach Auslösestelle gruppieren</translation>
    </message>
    <message>
        <source>Group the exceptions by type or by the function that raised them; pick a group to list its exceptions</source>
        <translation>Die Ausnahmen nach Typ oder nach der auslösenden Funktion gruppieren; wählen Sie eine Gruppe aus, um ihre Ausnahmen aufzulisten</translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) in the run</source>
        <translation>
            <numerusform>%n Ausnahme im Lauf</numerusform>
            <numerusform>%n Ausnahmen im Lauf</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 shown</source>
        <translation>; %1 angezeigt</translation>
    </message>
    <message>
        <source>, %1 uncaught (ended the run or a thread)</source>
        <translation>, %1 nicht abgefangen (haben den Lauf oder einen Thread beendet)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::FlameGraphPage</name>
    <message>
        <source>Highlight functions matching…</source>
        <translation>Passende Funktionen hervorheben…</translation>
    </message>
    <message>
        <source>Colour by module</source>
        <translation>Nach Modul einfärben</translation>
    </message>
    <message>
        <source>Colour by package</source>
        <translation>Nach Paket einfärben</translation>
    </message>
    <message>
        <source>Colour by self time</source>
        <translation>Nach Eigenzeit einfärben</translation>
    </message>
    <message>
        <source>Colour by function</source>
        <translation>Nach Funktion einfärben</translation>
    </message>
    <message>
        <source>What the frames&apos; colours show; the legend above the graph explains them</source>
        <translation>Was die Farben der Frames zeigen; die Legende über dem Graphen erklärt sie</translation>
    </message>
    <message>
        <source>Sandwich</source>
        <translation>Sandwich</translation>
    </message>
    <message>
        <source>Show the selected function&apos;s callers above it and its callees below, merged over all call sites</source>
        <translation>Die Aufrufer der ausgewählten Funktion darüber und ihre Aufgerufenen darunter zeigen, über alle Aufrufstellen zusammengeführt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export view as SVG…</source>
        <translation>Ansicht als SVG exportieren…</translation>
    </message>
    <message>
        <source>Export view as PNG…</source>
        <translation>Ansicht als PNG exportieren…</translation>
    </message>
    <message>
        <source>Right-click for more</source>
        <translation>Rechtsklick für mehr</translation>
    </message>
    <message>
        <source>Wheel or +/-: zoom at the cursor; Shift+wheel or arrows: pan; double-click: zoom to a frame; right-click: focus, merge, collapse, export; Backspace/Esc: back</source>
        <translation>Mausrad oder +/-: am Cursor zoomen; Shift+Mausrad oder Pfeiltasten: verschieben; Doppelklick: auf einen Frame zoomen; Rechtsklick: fokussieren, zusammenführen, einklappen, exportieren; Backspace/Esc: zurück</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Self time</source>
        <translation>Eigenzeit</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::Format</name>
    <message>
        <source>&lt;root&gt;</source>
        <translation>&lt;Wurzel&gt;</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::FunctionComparisonPane</name>
    <message>
        <source>&amp;Normalised (share of calls)</source>
        <translation>&amp;Normiert (Anteil der Aufrufe)</translation>
    </message>
    <message>
        <source>Bars as the fraction of each run&apos;s calls, so runs with different call counts compare by shape</source>
        <translation>Balken als Anteil an den Aufrufen jedes Laufs, damit Läufe mit unterschiedlich vielen Aufrufen nach ihrer Form vergleichbar sind</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>P95</source>
        <translation>P95</translation>
    </message>
    <message>
        <source>P99</source>
        <translation>P99</translation>
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
        <source>%1: before and after</source>
        <translation>%1: vorher und nachher</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::FunctionPage</name>
    <message>
        <source>Show all calls</source>
        <translation>Alle Aufrufe zeigen</translation>
    </message>
    <message>
        <source>Double-click a call to show it in the call tree</source>
        <translation>Doppelklicken Sie auf einen Aufruf, um ihn im Aufrufbaum anzuzeigen</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>1 call</source>
        <translation>1 Aufruf</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s) in the range selected in the histogram</source>
        <translation>
            <numerusform>%1 von %n Aufruf im ausgewählten Bereich des Histogramms</numerusform>
            <numerusform>%1 von %n Aufrufen im ausgewählten Bereich des Histogramms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) — drag across the histogram to filter them</source>
        <translation>
            <numerusform>%n Aufruf — ziehen Sie über das Histogramm, um ihn zu filtern</numerusform>
            <numerusform>%n Aufrufe — ziehen Sie über das Histogramm, um sie zu filtern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::FunctionStatsModel</name>
    <message>
        <source>%1
%2:%3</source>
        <translation>%1
%2:%3</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Eigenzeit</translation>
    </message>
    <message>
        <source>Avg</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>P95</source>
        <translation>P95</translation>
    </message>
    <message>
        <source>P99</source>
        <translation>P99</translation>
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
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>File:Line</source>
        <translation>Datei:Zeile</translation>
    </message>
    <message>
        <source>Number of calls</source>
        <translation>Anzahl der Aufrufe</translation>
    </message>
    <message>
        <source>Inclusive time: while the function is on a thread&apos;s stack, summed over the threads; a recursion counts once, a generator or coroutine only while it runs, not while suspended</source>
        <translation>Inklusive Zeit: solange die Funktion auf dem Stack eines Threads liegt, summiert über die Threads; eine Rekursion zählt einmal, Generatoren und Koroutinen nur, solange sie laufen, nicht während sie suspendiert sind</translation>
    </message>
    <message>
        <source>Self time: while the function is the running frame (its own code and the untraced code it calls)</source>
        <translation>Eigenzeit: solange die Funktion der laufende Frame ist (ihr eigener Code und der nicht aufgezeichnete Code, den sie aufruft)</translation>
    </message>
    <message>
        <source>Average duration of one call (start to end, suspensions included: latency)</source>
        <translation>Mittlere Dauer eines Aufrufs (vom Start bis zum Ende, Suspendierungen eingerechnet: Latenz)</translation>
    </message>
    <message>
        <source>Over the call durations (start to end, suspensions included: latency)</source>
        <translation>Über die Aufrufdauern (vom Start bis zum Ende, Suspendierungen eingerechnet: Latenz)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::FunctionsPage</name>
    <message>
        <source>Filter by function, module or file…</source>
        <translation>Nach Funktion, Modul oder Datei filtern…</translation>
    </message>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n Funktion</numerusform>
            <numerusform>%n Funktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n function(s)</source>
        <translation>
            <numerusform>%1 von %n Funktion</numerusform>
            <numerusform>%1 von %n Funktionen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::KeyReferenceDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::LoadingPlaceholder</name>
    <message>
        <source>&lt;h3&gt;Loading calls… %1%&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;This view needs every call of the run. The Functions table already shows the run&apos;s totals, from the summaries the tracer stored when it ended.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aufrufe werden geladen… %1%&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Diese Ansicht braucht jeden Aufruf des Laufs. Die Funktionstabelle zeigt die Summen des Laufs schon, aus den Zusammenfassungen, die der Tracer an seinem Ende gespeichert hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The calls were not loaded&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;The Functions table shows the run&apos;s stored totals. Reload (F5) to read the calls again.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Die Aufrufe wurden nicht geladen&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Die Funktionstabelle zeigt die gespeicherten Summen des Laufs. Neu laden (F5) liest die Aufrufe erneut.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::MainWindow</name>
    <message>
        <source>Loading canceled.</source>
        <translation>Laden abgebrochen.</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Callers / Callees</source>
        <translation>Aufrufer / Aufgerufene</translation>
    </message>
    <message>
        <source>Call Tree</source>
        <translation>Aufrufbaum</translation>
    </message>
    <message>
        <source>Flame Graph</source>
        <translation>Flame-Graph</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Breadcrumb&lt;/h2&gt;&lt;p&gt;Open a trace with &lt;b&gt;File → Open&lt;/b&gt; (Ctrl+O) or drop a trace file here.&lt;/p&gt;&lt;p&gt;Record one with &lt;code&gt;breadcrumb run script.py&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Breadcrumb&lt;/h2&gt;&lt;p&gt;Öffnen Sie einen Trace mit &lt;b&gt;Datei → Öffnen&lt;/b&gt; (Strg+O) oder legen Sie hier eine Trace-Datei ab.&lt;/p&gt;&lt;p&gt;Einen Trace zeichnen Sie mit &lt;code&gt;breadcrumb run script.py&lt;/code&gt; auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a trace file (Ctrl+O)</source>
        <translation>Eine Trace-Datei öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <source>Compare the open run with another run (before → after)</source>
        <translation>Den geöffneten Lauf mit einem anderen Lauf vergleichen (vorher → nachher)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Previous function (Alt+Left)</source>
        <translation>Vorherige Funktion (Alt+Links)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>Next function (Alt+Right)</source>
        <translation>Nächste Funktion (Alt+Rechts)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
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
        <source>&amp;About Breadcrumb</source>
        <translation>Ü&amp;ber Breadcrumb</translation>
    </message>
    <message>
        <source>About Breadcrumb</source>
        <translation>Über Breadcrumb</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Breadcrumb %1&lt;/h3&gt;&lt;p&gt;A viewer for Python execution traces: slowest functions, percentiles, callers, call trees, flame graphs and run comparisons.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Breadcrumb %1&lt;/h3&gt;&lt;p&gt;Ein Viewer für Python-Ausführungstraces: langsamste Funktionen, Perzentile, Aufrufer, Aufrufbäume, Flame-Graphs und Vergleiche von Läufen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading the trace</source>
        <translation>Laden des Traces abbrechen</translation>
    </message>
    <message>
        <source>Open Trace</source>
        <translation>Trace öffnen</translation>
    </message>
    <message>
        <source>Compare With (after)</source>
        <translation>Vergleichen mit (nachher)</translation>
    </message>
    <message>
        <source>Cannot open the trace</source>
        <translation>Trace kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No trace loaded</source>
        <translation>Kein Trace geladen</translation>
    </message>
    <message>
        <source>(no command line recorded)</source>
        <translation>(keine Befehlszeile aufgezeichnet)</translation>
    </message>
    <message>
        <source>%1
Python %2
%3</source>
        <translation>%1
Python %2
%3</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Threads: %1</source>
        <translation>Threads: %1</translation>
    </message>
    <message>
        <source>Breadcrumb</source>
        <translation>Breadcrumb</translation>
    </message>
    <message>
        <source>%1 — run %2</source>
        <translation>%1 — Lauf %2</translation>
    </message>
    <message>
        <source>%1 — Breadcrumb</source>
        <translation>%1 — Breadcrumb</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Read the trace again (F5); a run appended since is offered above the views</source>
        <translation>Den Trace erneut lesen (F5); ein seitdem angehängter Lauf wird über den Ansichten angeboten</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Range %1 (Functions, Function, Flame Graph)</source>
        <translation>Bereich %1 (Funktionen, Funktion, Flame-Graph)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation>Aufrufe: %1</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 gegen %2</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::NewRunBar</name>
    <message>
        <source>Stay on this run</source>
        <translation>Bei diesem Lauf bleiben</translation>
    </message>
    <message>
        <source>The trace has a newer run: run %1 (%2), started %3.</source>
        <translation>Der Trace enthält einen neueren Lauf: Lauf %1 (%2), Start: %3.</translation>
    </message>
    <message>
        <source>no command line recorded</source>
        <translation>keine Befehlszeile aufgezeichnet</translation>
    </message>
    <message>
        <source>Show run %1</source>
        <translation>Lauf %1 zeigen</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::QueryResultModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::RunChoiceBar</name>
    <message>
        <source>Run:</source>
        <translation>Lauf:</translation>
    </message>
    <message>
        <source>&amp;Before</source>
        <translation>&amp;Vorher</translation>
    </message>
    <message>
        <source>Show the before run (Alt+B)</source>
        <translation>Den Lauf vorher zeigen (Alt+B)</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>&amp;Nachher</translation>
    </message>
    <message>
        <source>Show the after run (Alt+A)</source>
        <translation>Den Lauf nachher zeigen (Alt+A)</translation>
    </message>
    <message>
        <source>B&amp;oth</source>
        <translation>&amp;Beide</translation>
    </message>
    <message>
        <source>Show both runs side by side, kept in step (Alt+O)</source>
        <translation>Beide Läufe nebeneinander zeigen, im Gleichschritt (Alt+O)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::RunPickerDialog</name>
    <message>
        <source>Choose a run</source>
        <translation>Lauf auswählen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n run(s). Which one do you want to see?</source>
        <translation>
            <numerusform>%1 enthält %n Lauf. Möchten Sie ihn sehen?</numerusform>
            <numerusform>%1 enthält %n Läufe. Welchen möchten Sie sehen?</numerusform>
        </translation>
    </message>
    <message>
        <source>(no command line recorded)</source>
        <translation>(keine Befehlszeile aufgezeichnet)</translation>
    </message>
    <message>
        <source>A child process of run %1</source>
        <translation>Ein Kindprozess von Lauf %1</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::RunSplitView</name>
    <message>
        <source>%1 · runs %2 pooled</source>
        <translation>%1 · Läufe %2 zusammengefasst</translation>
    </message>
    <message>
        <source>%1 · runs %2 pooled; this tab shows run %3 only</source>
        <translation>%1 · Läufe %2 zusammengefasst; dieser Tab zeigt nur Lauf %3</translation>
    </message>
    <message>
        <source>%1 · run %2</source>
        <translation>%1 · Lauf %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no command line recorded)</source>
        <translation>(keine Befehlszeile aufgezeichnet)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::RunSwitcher</name>
    <message>
        <source>The run shown; the file&apos;s other runs, newest first</source>
        <translation>Der angezeigte Lauf; die anderen Läufe der Datei, neueste zuerst</translation>
    </message>
    <message>
        <source>running or ended early</source>
        <translation>läuft noch oder vorzeitig beendet</translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3 · %4</source>
        <translation>Lauf %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>(no command line recorded)</source>
        <translation>(keine Befehlszeile aufgezeichnet)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ScreenshotRunner</name>
    <message>
        <source>loading was canceled</source>
        <translation>das Laden wurde abgebrochen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several functions; write module:name</source>
        <translation>&quot;%1&quot; bezeichnet mehrere Funktionen; schreiben Sie Modul:Name</translation>
    </message>
    <message>
        <source>no function &quot;%1&quot; in this run</source>
        <translation>keine Funktion &quot;%1&quot; in diesem Lauf</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation> (meinten Sie %1?)</translation>
    </message>
    <message>
        <source>the view &quot;%1&quot; is not available for this trace</source>
        <translation>die Ansicht &quot;%1&quot; ist für diesen Trace nicht verfügbar</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the range %1:%2 ms lies outside the run</source>
        <translation>der Bereich %1:%2 ms liegt außerhalb des Laufs</translation>
    </message>
    <message>
        <source>the view &quot;%1&quot; cannot show the side &quot;%2&quot; (it needs two traces)</source>
        <translation>die Ansicht „%1“ kann die Seite „%2“ nicht zeigen (sie braucht zwei Traces)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::SourceView</name>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>No source file was recorded for this function.</source>
        <translation>Für diese Funktion wurde keine Quelldatei aufgezeichnet.</translation>
    </message>
    <message>
        <source>The source file is not available on this machine.</source>
        <translation>Die Quelldatei ist auf diesem Rechner nicht verfügbar.</translation>
    </message>
    <message>
        <source>No function selected</source>
        <translation>Keine Funktion ausgewählt</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::SqlConsolePage</name>
    <message>
        <source>Only this run</source>
        <translation>Nur dieser Lauf</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Ctrl+Enter runs the query; Ctrl+Up / Ctrl+Down recall earlier ones</source>
        <translation>Strg+Eingabe führt die Abfrage aus; Strg+Hoch / Strg+Runter holen frühere zurück</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Restrict the events view to the run shown in the window</source>
        <translation>Die View „events“ auf den im Fenster angezeigten Lauf beschränken</translation>
    </message>
    <message>
        <source>Run the query (Ctrl+Enter)</source>
        <translation>Abfrage ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Canceled after %1 ms.</source>
        <translation>Nach %1 ms abgebrochen.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <source>First %n row(s) shown: the result passed %1 (select fewer rows or columns); %2 ms.</source>
        <translation>
            <numerusform>Erste %n Zeile angezeigt: das Ergebnis überschritt %1 (wählen Sie weniger Zeilen oder Spalten aus); %2 ms.</numerusform>
            <numerusform>Erste %n Zeilen angezeigt: das Ergebnis überschritt %1 (wählen Sie weniger Zeilen oder Spalten aus); %2 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %n row(s) shown (more were found) in %1 ms.</source>
        <translation>
            <numerusform>Erste %n Zeile in %1 ms angezeigt (weitere gefunden).</numerusform>
            <numerusform>Erste %n Zeilen in %1 ms angezeigt (weitere gefunden).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 ms.</source>
        <translation>
            <numerusform>%n Zeile in %1 ms.</numerusform>
            <numerusform>%n Zeilen in %1 ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ThreadFilterBox</name>
    <message>
        <source>Show the calls of all threads or of one thread</source>
        <translation>Die Aufrufe aller Threads oder eines einzelnen Threads anzeigen</translation>
    </message>
    <message>
        <source>What percentages are shares of: the traced time of the threads shown, summed. A thread&apos;s traced time is the time its traced calls ran; threads running side by side add up, so this can exceed the run&apos;s wall time.</source>
        <translation>Worauf sich die Prozentwerte beziehen: die aufgezeichnete Zeit der angezeigten Threads, summiert. Die aufgezeichnete Zeit eines Threads ist die Zeit, in der seine aufgezeichneten Aufrufe liefen; parallel laufende Threads addieren sich, daher kann diese Summe die reale Dauer (Wall-Clock-Zeit) des Laufs übersteigen.</translation>
    </message>
    <message numerus="yes">
        <source>All threads (%n)</source>
        <translation>
            <numerusform>Alle Threads (%n)</numerusform>
            <numerusform>Alle Threads (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>100% = %1 traced on %2</source>
        <translation>100% = %1 aufgezeichnet auf %2</translation>
    </message>
    <message numerus="yes">
        <source>100% = %1 traced: %n thread(s) summed</source>
        <translation>
            <numerusform>100% = %1 aufgezeichnet: %n Thread</numerusform>
            <numerusform>100% = %1 aufgezeichnet: %n Threads summiert</numerusform>
        </translation>
    </message>
    <message>
        <source>100% = %1</source>
        <translation>100 % = %1</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::TimelinePage</name>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Clear range</source>
        <translation>Bereich aufheben</translation>
    </message>
    <message>
        <source>Show the whole run again in the Functions table, the Function page and the flame graph (Esc)</source>
        <translation>Den ganzen Lauf wieder in der Tabelle „Funktionen“, auf der Seite „Funktion“ und im Flame-Graph zeigen (Esc)</translation>
    </message>
    <message>
        <source>Wheel or W/S zoom, drag or A/D pan, Shift+drag selects a time range, double-click shows the call in the call tree</source>
        <translation>Mausrad oder W/S zoomt, Ziehen oder A/D verschiebt, Shift+Ziehen wählt einen Zeitbereich aus, Doppelklick zeigt den Aufruf im Aufrufbaum</translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation>Bereich: %1</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::TraceFileDialog</name>
    <message>
        <source>Breadcrumb traces (*.db *.sqlite *.trace);;All files (*)</source>
        <translation>Breadcrumb-Traces (*.db *.sqlite *.trace);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::TraceLoader</name>
    <message>
        <source>Opening the trace…</source>
        <translation>Trace wird geöffnet…</translation>
    </message>
    <message>
        <source>Reading calls…</source>
        <translation>Aufrufe werden gelesen…</translation>
    </message>
    <message>
        <source>Computing statistics…</source>
        <translation>Statistik wird berechnet…</translation>
    </message>
    <message>
        <source>Building the call tree…</source>
        <translation>Aufrufbaum wird aufgebaut…</translation>
    </message>
    <message>
        <source>Comparing runs…</source>
        <translation>Läufe werden verglichen…</translation>
    </message>
</context>
</TS>
