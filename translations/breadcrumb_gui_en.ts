<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Breadcrumb trace viewer: slowest functions, percentiles, callers, call trees, flame graphs and before/after comparisons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render offscreen, save the window as a PNG and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select this function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FUNCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1400x900).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run to open (default: the newest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments: give at most TRACE and AFTER_TRACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--run needs a run id (a number), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot; (choose from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT between 200x150 and 10000x10000, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs a trace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view compare needs two traces: TRACE AFTER_TRACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to write the screenshot to %1: it is a trace being viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view to show: %1; compare-functions, compare-tree or compare-flame for the Compare tab&apos;s own views.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color scheme: system, light or dark. The default, system, follows the desktop&apos;s palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCHEME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select this time range in the timeline, in ms since the run&apos;s start, for --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM:TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--range wants FROM:TO in ms with FROM &lt; TO, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown color scheme &quot;%1&quot; (choose from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When comparing: show the view over the before run, the after run or both side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before|after|both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace file to open (FILE or FILE:RUN; to compare, also FILE:FIRST-LAST or FILE:all to pool runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second trace to compare with (after; FILE, FILE:RUN, FILE:FIRST-LAST or FILE:all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names several runs: pooling needs an AFTER_TRACE to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown side &quot;%1&quot; (choose from %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameColors</name>
    <message>
        <source>no self time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest self time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyReference</name>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flame Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the trace (shows a run the program appended since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward to the next function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the view of that number (Functions … Compare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list of keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a function: focus the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match of the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match of the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand the hot path below the selected node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in, out around the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan left, right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in, out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a time range: the Functions, Function and Flame Graph tabs count only the calls in it (also a drag on the time axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom around the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan (a horizontal wheel too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step back through zooms and transforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus, merge recursion, collapse, sandwich, copy, export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 (run %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 holds no calls (nothing traced ran)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: not enough memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::CallTimelinePlot</name>
    <message>
        <source>Start (s since the run started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;root&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (call %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: %1 (+%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::ComparisonBarChart</name>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: %1%2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New in the after run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::FlameGraphView</name>
    <message>
        <source>%1 (%2:%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trace loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All calls
Traced time: %1 (100%: the threads&apos; traced time summed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusive: %1 (%2 of the traced time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flame graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the flame graph of %L1 calls…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::FlameGraphWidget</name>
    <message numerus="yes">
        <source>%n matching frame(s)</source>
        <translation>
            <numerusform>%n matching frame</numerusform>
            <numerusform>%n matching frames</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Backspace or Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtree: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged recursion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapsed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus on function %1 (all call sites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus on this subtree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge recursion of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse this frame (fold its callees into it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to this frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy function name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show sandwich (callers and callees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in call tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show function page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all transforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export view as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export view as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export flame graph as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export flame graph as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transforms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this transform and the ones after it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::HistogramPlot</name>
    <message>
        <source>Call duration (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No function selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) (%1)</source>
        <translation>
            <numerusform>%n call (%1)</numerusform>
            <numerusform>%n calls (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::OverlaidHistogram</name>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call duration (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::PercentilePanel</name>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P99</source>
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
        <source>Std dev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logarithmic duration axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  —  %2  (%3:%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No function selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the call durations: start to end, suspensions included (latency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusive time: while the function is on a thread&apos;s stack, summed over the threads; a recursion counts once, a generator or coroutine only while it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self time: while the function is the running frame</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::SandwichWidget</name>
    <message>
        <source>Callers (merged over all call sites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callees (merged over all call sites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a function to see its callers and callees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no calls in this view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 inclusive (%3), calls: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::TimelineWidget</name>
    <message>
        <source>%1 (TID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (thread %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: %1 (+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run has no calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trace loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On stack: %1 (running, not suspended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out %L1 calls…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::CallListModel</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start to end, suspensions included (latency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self time: while the call was the running frame</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::CallTreeModel</name>
    <message>
        <source>%1 (%2)
%3:%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function / called from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each function, then the callers it was entered from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls aggregated by call path; threads merged by path, their times summed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusive time of the function when entered through this chain of callers (on the stack, a recursion counted once); the callers below split it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusive time: while calls of this path are on the stack (a generator or coroutine only while it runs); self + the children&apos;s inclusive times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self time: while the function is the running frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusive time as a share of the traced time: the threads&apos; traced time summed is 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of traced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::CallTreePage</name>
    <message>
        <source>Top-down (callers → callees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom-up (functions ← their callers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand hot path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand the hottest path below the selected node (* or Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find function… (F3 next, Shift+F3 previous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-down: from the roots to the functions they call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom-up: each function with the calls that led to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::CalleesModel</name>
    <message>
        <source>Callee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callee&apos;s inclusive time when called from the selected function (on the stack, a recursion counted once)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::CallerCalleeModel</name>
    <message>
        <source>Calls with no traced caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total as a share of the selected function&apos;s inclusive time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the inclusive time of %2 (its Total in the Functions table)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::CallersModel</name>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected function&apos;s inclusive time entered from this caller (its recursive calls count in the outer call, so the callers add up to its Total)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::CallersPage</name>
    <message>
        <source>Callers — who calls it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callees — what it calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to go to that function (Alt+Left comes back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a function to see its callers and callees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No traced function calls %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls no traced function: all of its time is its own (self), spent in its own code or in code the tracer does not record (the standard library, C extensions).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ComparePage</name>
    <message>
        <source>Click to select the function; double-click a new function to open it in the after run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differential flame graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traced time: the threads&apos; traced time summed. Verdicts: a Mann–Whitney test on the per-call times (p &lt; 0.01) and a noise floor of 0.1 ms and 1% of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Change:&lt;/b&gt; %1 (%2) — %3 faster, %4 slower, %5 new, %6 gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (self %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mostly %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these runs do not look like the same program: only %1% of the before run&apos;s functions and %2% of the after run&apos;s are in both, so the deltas compare different code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ComparisonModel</name>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P95 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P95 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusive time, as in the Functions table: while the function is on a thread&apos;s stack, summed over the threads, a recursion counted once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the call durations (start to end, suspensions included: latency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>few calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mann–Whitney test on the per-call times: p = %1, Cliff&apos;s delta %2 (p &lt; 0.01 is a real change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calls take as long as before (p = %1), but there are %2 instead of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than 8 calls on a side: too few for the test, judged by the noise floor only (0.1 ms and 1% of the run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change is under the noise floor: below 0.1 ms or 1% of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower or faster only when the change is real: a Mann–Whitney test on the per-call times (p &lt; 0.01, 8+ calls a side) and above the noise floor (0.1 ms and 1% of the run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of the function&apos;s own (self) time: where the time itself went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p value of the Mann–Whitney test; &quot;few calls&quot; when a side has fewer than 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ComparisonTreeModel</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: this call path is only in the after run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone: this call path is only in the before run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each function, then the callers it was entered from, in both runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls aggregated by call path in both runs, matched by module and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusive time of the path: while its calls are on the stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusive after − before: red grew, blue shrank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ relative to the inclusive time before; new and gone paths are marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self time: while the function is the running frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self after − before: where the time itself went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function / called from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incl. before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incl. after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ComparisonTreeView</name>
    <message>
        <source>Top-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-down: call paths from the roots; bottom-up: each function, then its callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand hot path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand from the selected row along the largest change (|Δ|)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::DifferentialFlameGraph</name>
    <message>
        <source>Before shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the before run&apos;s call paths (widths) instead of the after run&apos;s; the colours stay the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 grew &amp;nbsp; %2 shrank &amp;nbsp; %3 unchanged &amp;nbsp;— the stronger, the larger the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1 inclusive, %2 self, %3 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After: %1 inclusive, %2 self, %3 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ExceptionGroupsModel</name>
    <message>
        <source>(outside traced calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised in %1
%2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First raised at %1, last at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exception type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raising function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions of the group that nothing caught: they ended the run or a thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncaught</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ExceptionsModel</name>
    <message>
        <source>handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncaught</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncaught: it ended the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncaught: it ended the thread %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled in the raising call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled in %1, after leaving the raising call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncaught: nothing in the traced code caught it, so it ended the run or its thread. Handled: caught, in the raising call or by a caller (hover a row to see where).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ExceptionsPage</name>
    <message>
        <source>Double-click to show the raising call in the call tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an exception to see its traceback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exceptions were raised in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no traceback recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by type, message or function…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by raise site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group the exceptions by type or by the function that raised them; pick a group to list its exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) in the run</source>
        <translation>
            <numerusform>%n exception in the run</numerusform>
            <numerusform>%n exceptions in the run</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 uncaught (ended the run or a thread)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::FlameGraphPage</name>
    <message>
        <source>Highlight functions matching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by self time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the frames&apos; colours show; the legend above the graph explains them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandwich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected function&apos;s callers above it and its callees below, merged over all call sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export view as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export view as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel or +/-: zoom at the cursor; Shift+wheel or arrows: pan; double-click: zoom to a frame; right-click: focus, merge, collapse, export; Backspace/Esc: back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::Format</name>
    <message>
        <source>&lt;root&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::FunctionComparisonPane</name>
    <message>
        <source>&amp;Normalised (share of calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars as the fraction of each run&apos;s calls, so runs with different call counts compare by shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P99</source>
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
        <source>%1: before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::FunctionPage</name>
    <message>
        <source>Show all calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a call to show it in the call tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 call</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s) in the range selected in the histogram</source>
        <translation>
            <numerusform>%1 of %n call in the range selected in the histogram</numerusform>
            <numerusform>%1 of %n calls in the range selected in the histogram</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) — drag across the histogram to filter them</source>
        <translation>
            <numerusform>%n call — drag across the histogram to filter it</numerusform>
            <numerusform>%n calls — drag across the histogram to filter them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::FunctionStatsModel</name>
    <message>
        <source>%1
%2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P99</source>
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
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusive time: while the function is on a thread&apos;s stack, summed over the threads; a recursion counts once, a generator or coroutine only while it runs, not while suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self time: while the function is the running frame (its own code and the untraced code it calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average duration of one call (start to end, suspensions included: latency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the call durations (start to end, suspensions included: latency)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::FunctionsPage</name>
    <message>
        <source>Filter by function, module or file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n function</numerusform>
            <numerusform>%n functions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n function(s)</source>
        <translation>
            <numerusform>%1 of %n function</numerusform>
            <numerusform>%1 of %n functions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::KeyReferenceDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::LoadingPlaceholder</name>
    <message>
        <source>&lt;h3&gt;Loading calls… %1%&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;This view needs every call of the run. The Functions table already shows the run&apos;s totals, from the summaries the tracer stored when it ended.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The calls were not loaded&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;The Functions table shows the run&apos;s stored totals. Reload (F5) to read the calls again.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::MainWindow</name>
    <message>
        <source>Loading canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers / Callees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flame Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Breadcrumb&lt;/h2&gt;&lt;p&gt;Open a trace with &lt;b&gt;File → Open&lt;/b&gt; (Ctrl+O) or drop a trace file here.&lt;/p&gt;&lt;p&gt;Record one with &lt;code&gt;breadcrumb run script.py&lt;/code&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a trace file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the open run with another run (before → after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous function (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next function (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
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
        <source>&amp;About Breadcrumb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Breadcrumb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Breadcrumb %1&lt;/h3&gt;&lt;p&gt;A viewer for Python execution traces: slowest functions, percentiles, callers, call trees, flame graphs and run comparisons.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading the trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare With (after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trace loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no command line recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Python %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breadcrumb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Breadcrumb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the trace again (F5); a run appended since is offered above the views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range %1 (Functions, Function, Flame Graph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::NewRunBar</name>
    <message>
        <source>Stay on this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trace has a newer run: run %1 (%2), started %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command line recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show run %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::QueryResultModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::RunChoiceBar</name>
    <message>
        <source>Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the before run (Alt+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the after run (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;oth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show both runs side by side, kept in step (Alt+O)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::RunPickerDialog</name>
    <message>
        <source>Choose a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n run(s). Which one do you want to see?</source>
        <translation>
            <numerusform>%1 holds %n run. Do you want to see it?</numerusform>
            <numerusform>%1 holds %n runs. Which one do you want to see?</numerusform>
        </translation>
    </message>
    <message>
        <source>(no command line recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child process of run %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::RunSplitView</name>
    <message>
        <source>%1 · runs %2 pooled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · runs %2 pooled; this tab shows run %3 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no command line recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::RunSwitcher</name>
    <message>
        <source>The run shown; the file&apos;s other runs, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running or ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no command line recorded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ScreenshotRunner</name>
    <message>
        <source>loading was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several functions; write module:name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no function &quot;%1&quot; in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the view &quot;%1&quot; is not available for this trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range %1:%2 ms lies outside the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the view &quot;%1&quot; cannot show the side &quot;%2&quot; (it needs two traces)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::SourceView</name>
    <message>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source file was recorded for this function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source file is not available on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No function selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::SqlConsolePage</name>
    <message>
        <source>Only this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter runs the query; Ctrl+Up / Ctrl+Down recall earlier ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict the events view to the run shown in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the query (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled after %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>First %n row(s) shown: the result passed %1 (select fewer rows or columns); %2 ms.</source>
        <translation>
            <numerusform>First %n row shown: the result passed %1 (select fewer rows or columns); %2 ms.</numerusform>
            <numerusform>First %n rows shown: the result passed %1 (select fewer rows or columns); %2 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %n row(s) shown (more were found) in %1 ms.</source>
        <translation>
            <numerusform>First %n row shown (more were found) in %1 ms.</numerusform>
            <numerusform>First %n rows shown (more were found) in %1 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 ms.</source>
        <translation>
            <numerusform>%n row in %1 ms.</numerusform>
            <numerusform>%n rows in %1 ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ThreadFilterBox</name>
    <message>
        <source>Show the calls of all threads or of one thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What percentages are shares of: the traced time of the threads shown, summed. A thread&apos;s traced time is the time its traced calls ran; threads running side by side add up, so this can exceed the run&apos;s wall time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All threads (%n)</source>
        <translation>
            <numerusform>All threads (%n)</numerusform>
            <numerusform>All threads (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>100% = %1 traced on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>100% = %1 traced: %n thread(s) summed</source>
        <translation>
            <numerusform>100% = %1 traced: %n thread</numerusform>
            <numerusform>100% = %1 traced: %n threads summed</numerusform>
        </translation>
    </message>
    <message>
        <source>100% = %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::TimelinePage</name>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole run again in the Functions table, the Function page and the flame graph (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel or W/S zoom, drag or A/D pan, Shift+drag selects a time range, double-click shows the call in the call tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::TraceFileDialog</name>
    <message>
        <source>Breadcrumb traces (*.db *.sqlite *.trace);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::TraceLoader</name>
    <message>
        <source>Opening the trace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the call tree…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing runs…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
