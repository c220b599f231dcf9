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
        <source>The view to show: %1.</source>
        <translation>Die anzuzeigende Ansicht: %1.</translation>
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
        <source>Trace file to open (FILE or FILE:RUN).</source>
        <translation>Zu öffnende Trace-Datei (FILE oder FILE:RUN).</translation>
    </message>
    <message>
        <source>Second trace to compare with (after).</source>
        <translation>Zweiter Trace für den Vergleich (nachher).</translation>
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
        <source>Duration (ms)</source>
        <translation>Dauer (ms)</translation>
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
        <source>Total time (ms)</source>
        <translation>Gesamtzeit (ms)</translation>
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
</context>
<context>
    <name>breadcrumb::FlameGraphWidget</name>
    <message>
        <source>Zoom out (Backspace)</source>
        <translation>Herauszoomen (Rücktaste)</translation>
    </message>
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
</context>
<context>
    <name>breadcrumb::gui::ComparePage</name>
    <message>
        <source>Double-click to select the function in the before run</source>
        <translation>Doppelklick wählt die Funktion im Vorher-Lauf aus</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before:&lt;/b&gt; %1 — %2 &amp;nbsp;&amp;nbsp; &lt;b&gt;After:&lt;/b&gt; %3 — %4 &amp;nbsp;&amp;nbsp; &lt;b&gt;Change:&lt;/b&gt; %5</source>
        <translation>&lt;b&gt;Vorher:&lt;/b&gt; %1 — %2 &amp;nbsp;&amp;nbsp; &lt;b&gt;Nachher:&lt;/b&gt; %3 — %4 &amp;nbsp;&amp;nbsp; &lt;b&gt;Änderung:&lt;/b&gt; %5</translation>
    </message>
    <message>
        <source>Traced time: the threads&apos; traced time summed</source>
        <translation>Aufgezeichnete Zeit: Summe der aufgezeichneten Zeit der Threads</translation>
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
</context>
<context>
    <name>breadcrumb::gui::ExceptionsModel</name>
    <message>
        <source>escaped</source>
        <translation>entkommen</translation>
    </message>
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
        <source>Escaped</source>
        <translation>Entkommen</translation>
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
        <source>1 exception, %1 escaped from the raising call</source>
        <translation>1 Ausnahme, davon %1 aus dem auslösenden Aufruf entkommen</translation>
    </message>
    <message>
        <source>%1 exceptions, %2 escaped from the raising call</source>
        <translation>%1 Ausnahmen, davon %2 aus dem auslösenden Aufruf entkommen</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::FlameGraphPage</name>
    <message>
        <source>Highlight functions matching…</source>
        <translation>Passende Funktionen hervorheben…</translation>
    </message>
    <message>
        <source>Click selects, double-click zooms in, Backspace zooms out</source>
        <translation>Klick wählt aus, Doppelklick zoomt hinein, Rücktaste zoomt heraus</translation>
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
        <source>%1 of %2 calls in the range selected in the histogram</source>
        <translation>%1 von %2 Aufrufen im ausgewählten Bereich des Histogramms</translation>
    </message>
    <message>
        <source>1 call</source>
        <translation>1 Aufruf</translation>
    </message>
    <message>
        <source>%1 calls — drag across the histogram to filter them</source>
        <translation>%1 Aufrufe — ziehen Sie über das Histogramm, um sie zu filtern</translation>
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
    <message>
        <source>%1 of %2 functions</source>
        <translation>%1 von %2 Funktionen</translation>
    </message>
    <message>
        <source>1 function</source>
        <translation>1 Funktion</translation>
    </message>
    <message>
        <source>%1 functions</source>
        <translation>%1 Funktionen</translation>
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
        <source>Breadcrumb traces (*.db *.sqlite *.trace);;All files (*)</source>
        <translation>Breadcrumb-Traces (*.db *.sqlite *.trace);;Alle Dateien (*)</translation>
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
        <source>Calls: %L1</source>
        <translation>Aufrufe: %L1</translation>
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
        <source>%1 vs %2 (run %3)</source>
        <translation>%1 vs. %2 (Lauf %3)</translation>
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
    <message>
        <source>%1 holds %2 runs. Which one do you want to see?</source>
        <translation>%1 enthält %2 Läufe. Welchen möchten Sie sehen?</translation>
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
    <message>
        <source>First %1 rows shown (more were found) in %2 ms.</source>
        <translation>Die ersten %1 Zeilen angezeigt (weitere gefunden), %2 ms.</translation>
    </message>
    <message>
        <source>1 row in %1 ms.</source>
        <translation>1 Zeile in %1 ms.</translation>
    </message>
    <message>
        <source>%1 rows in %2 ms.</source>
        <translation>%1 Zeilen in %2 ms.</translation>
    </message>
    <message>
        <source>First %1 rows shown: the result passed %2 (select fewer rows or columns); %3 ms.</source>
        <translation>Die ersten %1 Zeilen angezeigt: das Ergebnis überschritt %2 (wählen Sie weniger Zeilen oder Spalten aus); %3 ms.</translation>
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
    <message>
        <source>100% = %1 traced: %2 threads summed</source>
        <translation>100% = %1 aufgezeichnet: Summe von %2 Threads</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::TimelinePage</name>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Wheel zooms, drag pans, double-click shows the call in the call tree</source>
        <translation>Mausrad zoomt, Ziehen verschiebt, Doppelklick zeigt den Aufruf im Aufrufbaum</translation>
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
