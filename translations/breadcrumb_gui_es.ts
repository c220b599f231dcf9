<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Breadcrumb trace viewer: slowest functions, percentiles, callers, call trees, flame graphs and before/after comparisons.</source>
        <translation>Visor de trazas de Breadcrumb: funciones más lentas, percentiles, llamadores, árboles de llamadas, gráficos de llamas y comparaciones antes/después.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Render offscreen, save the window as a PNG and exit.</source>
        <translation>Dibujar fuera de pantalla, guardar la ventana como PNG y salir.</translation>
    </message>
    <message>
        <source>OUT.png</source>
        <translation>OUT.png</translation>
    </message>
    <message>
        <source>The view to show: %1.</source>
        <translation>La vista que se muestra: %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Select this function.</source>
        <translation>Seleccionar esta función.</translation>
    </message>
    <message>
        <source>FUNCTION</source>
        <translation>FUNCTION</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1400x900).</source>
        <translation>Tamaño de la ventana para --screenshot (por omisión 1400x900).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>The run to open (default: the newest).</source>
        <translation>La ejecución que se abre (por omisión: la más reciente).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Trace file to open (FILE or FILE:RUN).</source>
        <translation>Archivo de traza que se abre (FILE o FILE:RUN).</translation>
    </message>
    <message>
        <source>Second trace to compare with (after).</source>
        <translation>Segunda traza con la que comparar (después).</translation>
    </message>
    <message>
        <source>too many arguments: give at most TRACE and AFTER_TRACE</source>
        <translation>demasiados argumentos: indique como máximo TRACE y AFTER_TRACE</translation>
    </message>
    <message>
        <source>--run needs a run id (a number), not &quot;%1&quot;</source>
        <translation>--run necesita un identificador de ejecución (un número), no «%1»</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot; (choose from %2)</source>
        <translation>vista desconocida «%1» (elija entre %2)</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT between 200x150 and 10000x10000, not &quot;%1&quot;</source>
        <translation>--size espera ANCHOxALTO entre 200x150 y 10000x10000, no «%1»</translation>
    </message>
    <message>
        <source>--screenshot needs a trace file</source>
        <translation>--screenshot necesita un archivo de traza</translation>
    </message>
    <message>
        <source>--view compare needs two traces: TRACE AFTER_TRACE</source>
        <translation>--view compare necesita dos trazas: TRACE AFTER_TRACE</translation>
    </message>
    <message>
        <source>refusing to write the screenshot to %1: it is a trace being viewed</source>
        <translation>no se escribe la captura de pantalla en %1: es una traza que se está visualizando</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the file holds no run</source>
        <translation>el archivo no contiene ninguna ejecución</translation>
    </message>
    <message>
        <source>run %1 holds no calls (nothing traced ran)</source>
        <translation>la ejecución %1 no contiene llamadas (no se ejecutó nada trazado)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>cannot open %1: not enough memory</source>
        <translation>no se puede abrir %1: memoria insuficiente</translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <translation>%1 (ejecución %2)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::CallTimelinePlot</name>
    <message>
        <source>Start (s since the run started)</source>
        <translation>Inicio (s desde el inicio de la ejecución)</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Duración (ms)</translation>
    </message>
    <message>
        <source>&lt;root&gt;</source>
        <translation>&lt;raíz&gt;</translation>
    </message>
    <message>
        <source>%1 (call %2)</source>
        <translation>%1 (llamada %2)</translation>
    </message>
    <message>
        <source>Start: %1 (+%2 s)</source>
        <translation>Inicio: %1 (+%2 s)</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Duración: %1</translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation>Llamador: %1</translation>
    </message>
    <message>
        <source>Raised: %1</source>
        <translation>Excepción lanzada: %1</translation>
    </message>
</context>
<context>
    <name>breadcrumb::ComparisonBarChart</name>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Total time (ms)</source>
        <translation>Tiempo total (ms)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>desaparecida</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Change: %1%2%</source>
        <translation>Variación: %1%2&#xa0;%</translation>
    </message>
    <message>
        <source>New in the after run</source>
        <translation>Nueva en la ejecución «después»</translation>
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
        <translation>Tiempo propio: %1</translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation>Llamadas: %1</translation>
    </message>
    <message>
        <source>No trace loaded</source>
        <translation>Ninguna traza cargada</translation>
    </message>
    <message>
        <source>all (%1)</source>
        <translation>todo (%1)</translation>
    </message>
    <message>
        <source>All calls
Traced time: %1 (100%: the threads&apos; traced time summed)</source>
        <translation>Todas las llamadas
Tiempo trazado: %1 (100&#xa0;%: suma del tiempo trazado de los hilos)</translation>
    </message>
    <message>
        <source>Inclusive: %1 (%2 of the traced time)</source>
        <translation>Tiempo inclusivo: %1 (%2 del tiempo trazado)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::FlameGraphWidget</name>
    <message>
        <source>Zoom out (Backspace)</source>
        <translation>Alejar (Retroceso)</translation>
    </message>
    <message numerus="yes">
        <source>%n matching frame(s)</source>
        <translation>
            <numerusform>%n bloque coincidente</numerusform>
            <numerusform>%n bloques coincidentes</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
</context>
<context>
    <name>breadcrumb::HistogramPlot</name>
    <message>
        <source>Call duration (ms)</source>
        <translation>Duración de la llamada (ms)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>No function selected</source>
        <translation>Ninguna función seleccionada</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) (%1)</source>
        <translation>
            <numerusform>%n llamada (%1)</numerusform>
            <numerusform>%n llamadas (%1)</numerusform>
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
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
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
        <translation>Mín</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máx</translation>
    </message>
    <message>
        <source>Std dev</source>
        <translation>Desv. típica</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Tiempo propio</translation>
    </message>
    <message>
        <source>Logarithmic duration axis</source>
        <translation>Eje de duración logarítmico</translation>
    </message>
    <message>
        <source>%1  —  %2  (%3:%4)</source>
        <translation>%1  —  %2  (%3:%4)</translation>
    </message>
    <message>
        <source>No function selected</source>
        <translation>Ninguna función seleccionada</translation>
    </message>
    <message>
        <source>Over the call durations: start to end, suspensions included (latency)</source>
        <translation>Sobre las duraciones de las llamadas: del inicio al fin, suspensiones incluidas (latencia)</translation>
    </message>
    <message>
        <source>Number of calls</source>
        <translation>Número de llamadas</translation>
    </message>
    <message>
        <source>Inclusive time: while the function is on a thread&apos;s stack, summed over the threads; a recursion counts once, a generator or coroutine only while it runs</source>
        <translation>Tiempo inclusivo: mientras la función está en la pila de un hilo, sumado sobre los hilos; una recursión cuenta una vez, un generador o una corrutina solo mientras se ejecuta</translation>
    </message>
    <message>
        <source>Self time: while the function is the running frame</source>
        <translation>Tiempo propio: mientras la función es el marco que se está ejecutando</translation>
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
        <translation>%1 (hilo %2)</translation>
    </message>
    <message>
        <source>Start: %1 (+%2)</source>
        <translation>Inicio: %1 (+%2)</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Duración: %1</translation>
    </message>
    <message>
        <source>Self: %1</source>
        <translation>Tiempo propio: %1</translation>
    </message>
    <message>
        <source>Thread: %1</source>
        <translation>Hilo: %1</translation>
    </message>
    <message>
        <source>Raised: %1</source>
        <translation>Excepción lanzada: %1</translation>
    </message>
    <message>
        <source>The run has no calls</source>
        <translation>La ejecución no contiene llamadas</translation>
    </message>
    <message>
        <source>No trace loaded</source>
        <translation>Ninguna traza cargada</translation>
    </message>
    <message>
        <source>On stack: %1 (running, not suspended)</source>
        <translation>En la pila: %1 (activa, no suspendida)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::CallListModel</name>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Tiempo propio</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Hilo</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Llamador</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Excepción</translation>
    </message>
    <message>
        <source>Start to end, suspensions included (latency)</source>
        <translation>Del inicio al fin, suspensiones incluidas (latencia)</translation>
    </message>
    <message>
        <source>Self time: while the call was the running frame</source>
        <translation>Tiempo propio: mientras la llamada era el marco que se estaba ejecutando</translation>
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
        <translation>Función / llamada desde</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Inclusive</source>
        <translation>Tiempo inclusivo</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Tiempo propio</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Each function, then the callers it was entered from</source>
        <translation>Cada función, luego los llamadores desde los que se entró en ella</translation>
    </message>
    <message>
        <source>Calls aggregated by call path; threads merged by path, their times summed</source>
        <translation>Llamadas agregadas por ruta de llamada; hilos fusionados por ruta, con sus tiempos sumados</translation>
    </message>
    <message>
        <source>Inclusive time of the function when entered through this chain of callers (on the stack, a recursion counted once); the callers below split it</source>
        <translation>Tiempo inclusivo de la función cuando se entra en ella a través de esta cadena de llamadores (en la pila, una recursión contada una vez); los llamadores de debajo se lo reparten</translation>
    </message>
    <message>
        <source>Inclusive time: while calls of this path are on the stack (a generator or coroutine only while it runs); self + the children&apos;s inclusive times</source>
        <translation>Tiempo inclusivo: mientras las llamadas de esta ruta están en la pila (un generador o una corrutina solo mientras se ejecuta); tiempo propio + tiempos inclusivos de los hijos</translation>
    </message>
    <message>
        <source>Self time: while the function is the running frame</source>
        <translation>Tiempo propio: mientras la función es el marco que se está ejecutando</translation>
    </message>
    <message>
        <source>Number of calls</source>
        <translation>Número de llamadas</translation>
    </message>
    <message>
        <source>Inclusive time as a share of the traced time: the threads&apos; traced time summed is 100%</source>
        <translation>Tiempo inclusivo como proporción del tiempo trazado: la suma del tiempo trazado de los hilos es el 100&#xa0;%</translation>
    </message>
    <message>
        <source>% of traced</source>
        <translation>% del tiempo trazado</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::CallTreePage</name>
    <message>
        <source>Top-down (callers → callees)</source>
        <translation>Descendente (llamadores → llamados)</translation>
    </message>
    <message>
        <source>Bottom-up (functions ← their callers)</source>
        <translation>Ascendente (funciones ← sus llamadores)</translation>
    </message>
    <message>
        <source>Expand hot path</source>
        <translation>Expandir la ruta crítica</translation>
    </message>
    <message>
        <source>Expand the hottest path below the selected node (* or Ctrl+H)</source>
        <translation>Expandir la ruta más costosa bajo el nodo seleccionado (* o Ctrl+H)</translation>
    </message>
    <message>
        <source>Find function… (F3 next, Shift+F3 previous)</source>
        <translation>Buscar función… (F3 siguiente, Mayús+F3 anterior)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>sin coincidencias</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::CalleesModel</name>
    <message>
        <source>Callee</source>
        <translation>Llamado</translation>
    </message>
    <message>
        <source>The callee&apos;s inclusive time when called from the selected function (on the stack, a recursion counted once)</source>
        <translation>Tiempo inclusivo del llamado cuando lo llama la función seleccionada (en la pila, una recursión contada una vez)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::CallerCalleeModel</name>
    <message>
        <source>Calls with no traced caller</source>
        <translation>Llamadas sin llamador trazado</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Total as a share of the selected function&apos;s inclusive time</source>
        <translation>Total como proporción del tiempo inclusivo de la función seleccionada</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::CallersModel</name>
    <message>
        <source>Caller</source>
        <translation>Llamador</translation>
    </message>
    <message>
        <source>The selected function&apos;s inclusive time entered from this caller (its recursive calls count in the outer call, so the callers add up to its Total)</source>
        <translation>Tiempo inclusivo de la función seleccionada cuando se entra en ella desde este llamador (sus llamadas recursivas cuentan en la llamada exterior, así que los llamadores suman su Total)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::CallersPage</name>
    <message>
        <source>Callers — who calls it</source>
        <translation>Llamadores — quién la llama</translation>
    </message>
    <message>
        <source>Callees — what it calls</source>
        <translation>Llamados — a qué llama</translation>
    </message>
    <message>
        <source>Double-click to go to that function (Alt+Left comes back)</source>
        <translation>Doble clic para ir a esa función (Alt+Izquierda para volver)</translation>
    </message>
    <message>
        <source>Select a function to see its callers and callees</source>
        <translation>Seleccione una función para ver sus llamadores y llamados</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ComparePage</name>
    <message>
        <source>Double-click to select the function in the before run</source>
        <translation>Doble clic para seleccionar la función en la ejecución «antes»</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before:&lt;/b&gt; %1 — %2 &amp;nbsp;&amp;nbsp; &lt;b&gt;After:&lt;/b&gt; %3 — %4 &amp;nbsp;&amp;nbsp; &lt;b&gt;Change:&lt;/b&gt; %5</source>
        <translation>&lt;b&gt;Antes:&lt;/b&gt; %1 — %2 &amp;nbsp;&amp;nbsp; &lt;b&gt;Después:&lt;/b&gt; %3 — %4 &amp;nbsp;&amp;nbsp; &lt;b&gt;Variación:&lt;/b&gt; %5</translation>
    </message>
    <message>
        <source>Traced time: the threads&apos; traced time summed</source>
        <translation>Tiempo trazado: suma del tiempo trazado de los hilos</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ComparisonModel</name>
    <message>
        <source>changed</source>
        <translation>modificada</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>desaparecida</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Calls before</source>
        <translation>Llamadas antes</translation>
    </message>
    <message>
        <source>Calls after</source>
        <translation>Llamadas después</translation>
    </message>
    <message>
        <source>Total before</source>
        <translation>Total antes</translation>
    </message>
    <message>
        <source>Total after</source>
        <translation>Total después</translation>
    </message>
    <message>
        <source>Δ total</source>
        <translation>Δ total</translation>
    </message>
    <message>
        <source>Δ%</source>
        <translation>Δ%</translation>
    </message>
    <message>
        <source>Avg before</source>
        <translation>Media antes</translation>
    </message>
    <message>
        <source>Avg after</source>
        <translation>Media después</translation>
    </message>
    <message>
        <source>P95 before</source>
        <translation>P95 antes</translation>
    </message>
    <message>
        <source>P95 after</source>
        <translation>P95 después</translation>
    </message>
    <message>
        <source>Inclusive time, as in the Functions table: while the function is on a thread&apos;s stack, summed over the threads, a recursion counted once</source>
        <translation>Tiempo inclusivo, como en la tabla «Funciones»: mientras la función está en la pila de un hilo, sumado sobre los hilos, una recursión contada una vez</translation>
    </message>
    <message>
        <source>Over the call durations (start to end, suspensions included: latency)</source>
        <translation>Sobre las duraciones de las llamadas (del inicio al fin, suspensiones incluidas: latencia)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ExceptionsModel</name>
    <message>
        <source>escaped</source>
        <translation>propagada</translation>
    </message>
    <message>
        <source>handled</source>
        <translation>capturada</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Hilo</translation>
    </message>
    <message>
        <source>Escaped</source>
        <translation>Propagada</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ExceptionsPage</name>
    <message>
        <source>Double-click to show the raising call in the call tree</source>
        <translation>Doble clic para mostrar en el árbol de llamadas la llamada que la lanzó</translation>
    </message>
    <message>
        <source>Select an exception to see its traceback</source>
        <translation>Seleccione una excepción para ver su traceback</translation>
    </message>
    <message>
        <source>No exceptions were raised in this run.</source>
        <translation>No se lanzó ninguna excepción en esta ejecución.</translation>
    </message>
    <message>
        <source>1 exception, %1 escaped from the raising call</source>
        <translation>1 excepción; propagada fuera de la llamada que la lanzó: %1</translation>
    </message>
    <message>
        <source>%1 exceptions, %2 escaped from the raising call</source>
        <translation>%1 excepciones; propagadas fuera de la llamada que las lanzó: %2</translation>
    </message>
    <message>
        <source>(no traceback recorded)</source>
        <translation>(no se registró ningún traceback)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::FlameGraphPage</name>
    <message>
        <source>Highlight functions matching…</source>
        <translation>Resaltar las funciones que coincidan con…</translation>
    </message>
    <message>
        <source>Click selects, double-click zooms in, Backspace zooms out</source>
        <translation>Clic: seleccionar, doble clic: acercar, Retroceso: alejar</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::Format</name>
    <message>
        <source>&lt;root&gt;</source>
        <translation>&lt;raíz&gt;</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::FunctionPage</name>
    <message>
        <source>Show all calls</source>
        <translation>Mostrar todas las llamadas</translation>
    </message>
    <message>
        <source>Double-click a call to show it in the call tree</source>
        <translation>Doble clic en una llamada para mostrarla en el árbol de llamadas</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Código fuente</translation>
    </message>
    <message>
        <source>%1 of %2 calls in the range selected in the histogram</source>
        <translation>%1 de %2 llamadas en el intervalo seleccionado del histograma</translation>
    </message>
    <message>
        <source>1 call</source>
        <translation>1 llamada</translation>
    </message>
    <message>
        <source>%1 calls — drag across the histogram to filter them</source>
        <translation>%1 llamadas — arrastre sobre el histograma para filtrarlas</translation>
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
        <translation>Función</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Tiempo propio</translation>
    </message>
    <message>
        <source>Avg</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
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
        <translation>Mín</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máx</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>File:Line</source>
        <translation>Archivo:línea</translation>
    </message>
    <message>
        <source>Number of calls</source>
        <translation>Número de llamadas</translation>
    </message>
    <message>
        <source>Inclusive time: while the function is on a thread&apos;s stack, summed over the threads; a recursion counts once, a generator or coroutine only while it runs, not while suspended</source>
        <translation>Tiempo inclusivo: mientras la función está en la pila de un hilo, sumado sobre los hilos; una recursión cuenta una vez, un generador o una corrutina solo mientras se ejecuta, no mientras está en suspensión</translation>
    </message>
    <message>
        <source>Self time: while the function is the running frame (its own code and the untraced code it calls)</source>
        <translation>Tiempo propio: mientras la función es el marco que se está ejecutando (su propio código y el código no trazado al que llama)</translation>
    </message>
    <message>
        <source>Average duration of one call (start to end, suspensions included: latency)</source>
        <translation>Duración media de una llamada (del inicio al fin, suspensiones incluidas: latencia)</translation>
    </message>
    <message>
        <source>Over the call durations (start to end, suspensions included: latency)</source>
        <translation>Sobre las duraciones de las llamadas (del inicio al fin, suspensiones incluidas: latencia)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::FunctionsPage</name>
    <message>
        <source>Filter by function, module or file…</source>
        <translation>Filtrar por función, módulo o archivo…</translation>
    </message>
    <message>
        <source>1 function</source>
        <translation>1 función</translation>
    </message>
    <message>
        <source>%1 functions</source>
        <translation>%1 funciones</translation>
    </message>
    <message>
        <source>%1 of %2 functions</source>
        <translation>%1 de %2 funciones</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::MainWindow</name>
    <message>
        <source>Loading canceled.</source>
        <translation>Carga cancelada.</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Callers / Callees</source>
        <translation>Llamadores / Llamados</translation>
    </message>
    <message>
        <source>Call Tree</source>
        <translation>Árbol de llamadas</translation>
    </message>
    <message>
        <source>Flame Graph</source>
        <translation>Gráfico de llamas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Excepciones</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Breadcrumb&lt;/h2&gt;&lt;p&gt;Open a trace with &lt;b&gt;File → Open&lt;/b&gt; (Ctrl+O) or drop a trace file here.&lt;/p&gt;&lt;p&gt;Record one with &lt;code&gt;breadcrumb run script.py&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Breadcrumb&lt;/h2&gt;&lt;p&gt;Abra una traza con &lt;b&gt;Archivo → Abrir&lt;/b&gt; (Ctrl+O) o suelte aquí un archivo de traza.&lt;/p&gt;&lt;p&gt;Grabe una con &lt;code&gt;breadcrumb run script.py&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a trace file (Ctrl+O)</source>
        <translation>Abrir un archivo de traza (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>&amp;Comparar con…</translation>
    </message>
    <message>
        <source>Compare the open run with another run (before → after)</source>
        <translation>Comparar la ejecución abierta con otra ejecución (antes → después)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Previous function (Alt+Left)</source>
        <translation>Función anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>Next function (Alt+Right)</source>
        <translation>Función siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir r&amp;eciente</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Breadcrumb</source>
        <translation>&amp;Acerca de Breadcrumb</translation>
    </message>
    <message>
        <source>About Breadcrumb</source>
        <translation>Acerca de Breadcrumb</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Breadcrumb %1&lt;/h3&gt;&lt;p&gt;A viewer for Python execution traces: slowest functions, percentiles, callers, call trees, flame graphs and run comparisons.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Breadcrumb %1&lt;/h3&gt;&lt;p&gt;Un visor de trazas de ejecución de Python: funciones más lentas, percentiles, llamadores, árboles de llamadas, gráficos de llamas y comparaciones de ejecuciones.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop loading the trace</source>
        <translation>Detener la carga de la traza</translation>
    </message>
    <message>
        <source>Open Trace</source>
        <translation>Abrir traza</translation>
    </message>
    <message>
        <source>Breadcrumb traces (*.db *.sqlite *.trace);;All files (*)</source>
        <translation>Trazas de Breadcrumb (*.db *.sqlite *.trace);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Compare With (after)</source>
        <translation>Comparar con (después)</translation>
    </message>
    <message>
        <source>Cannot open the trace</source>
        <translation>No se puede abrir la traza</translation>
    </message>
    <message>
        <source>No trace loaded</source>
        <translation>Ninguna traza cargada</translation>
    </message>
    <message>
        <source>(no command line recorded)</source>
        <translation>(no se registró ninguna línea de comandos)</translation>
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
        <translation>Duración: %1</translation>
    </message>
    <message>
        <source>Calls: %L1</source>
        <translation>Llamadas: %L1</translation>
    </message>
    <message>
        <source>Threads: %1</source>
        <translation>Hilos: %1</translation>
    </message>
    <message>
        <source>Breadcrumb</source>
        <translation>Breadcrumb</translation>
    </message>
    <message>
        <source>%1 — run %2</source>
        <translation>%1 — ejecución %2</translation>
    </message>
    <message>
        <source>%1 vs %2 (run %3)</source>
        <translation>%1 frente a %2 (ejecución %3)</translation>
    </message>
    <message>
        <source>%1 — Breadcrumb</source>
        <translation>%1 — Breadcrumb</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vaciar la lista</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::RunPickerDialog</name>
    <message>
        <source>Choose a run</source>
        <translation>Elegir una ejecución</translation>
    </message>
    <message>
        <source>%1 holds %2 runs. Which one do you want to see?</source>
        <translation>%1 contiene %2 ejecuciones. ¿Cuál quiere ver?</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Excepciones</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Línea de comandos</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ScreenshotRunner</name>
    <message>
        <source>loading was canceled</source>
        <translation>se canceló la carga</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several functions; write module:name</source>
        <translation>«%1» designa varias funciones; escriba módulo:nombre</translation>
    </message>
    <message>
        <source>no function &quot;%1&quot; in this run</source>
        <translation>no hay ninguna función «%1» en esta ejecución</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation> (¿quería decir %1?)</translation>
    </message>
    <message>
        <source>the view &quot;%1&quot; is not available for this trace</source>
        <translation>la vista «%1» no está disponible para esta traza</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
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
        <translation>No se registró ningún archivo fuente para esta función.</translation>
    </message>
    <message>
        <source>The source file is not available on this machine.</source>
        <translation>El archivo fuente no está disponible en este equipo.</translation>
    </message>
    <message>
        <source>No function selected</source>
        <translation>Ninguna función seleccionada</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::SqlConsolePage</name>
    <message>
        <source>Only this run</source>
        <translation>Solo esta ejecución</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Ctrl+Enter runs the query; Ctrl+Up / Ctrl+Down recall earlier ones</source>
        <translation>Ctrl+Intro ejecuta la consulta; Ctrl+Arriba / Ctrl+Abajo recuperan las anteriores</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Restrict the events view to the run shown in the window</source>
        <translation>Limitar la vista events a la ejecución mostrada en la ventana</translation>
    </message>
    <message>
        <source>Run the query (Ctrl+Enter)</source>
        <translation>Ejecutar la consulta (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>Canceled after %1 ms.</source>
        <translation>Cancelada tras %1 ms.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>First %1 rows shown (more were found) in %2 ms.</source>
        <translation>Se muestran las primeras %1 filas (se encontraron más), %2 ms.</translation>
    </message>
    <message>
        <source>1 row in %1 ms.</source>
        <translation>1 fila en %1 ms.</translation>
    </message>
    <message>
        <source>%1 rows in %2 ms.</source>
        <translation>%1 filas en %2 ms.</translation>
    </message>
    <message>
        <source>First %1 rows shown: the result passed %2 (select fewer rows or columns); %3 ms.</source>
        <translation>Se muestran las primeras %1 filas: el resultado superó %2 (seleccione menos filas o columnas); %3 ms.</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ThreadFilterBox</name>
    <message>
        <source>Show the calls of all threads or of one thread</source>
        <translation>Mostrar las llamadas de todos los hilos o de un solo hilo</translation>
    </message>
    <message>
        <source>What percentages are shares of: the traced time of the threads shown, summed. A thread&apos;s traced time is the time its traced calls ran; threads running side by side add up, so this can exceed the run&apos;s wall time.</source>
        <translation>Base de los porcentajes: el tiempo trazado de los hilos mostrados, sumado. El tiempo trazado de un hilo es el tiempo durante el que se ejecutaron sus llamadas trazadas; los hilos que se ejecutan en paralelo se suman, así que puede superar el tiempo real transcurrido de la ejecución.</translation>
    </message>
    <message numerus="yes">
        <source>All threads (%n)</source>
        <translation>
            <numerusform>Todos los hilos (%n)</numerusform>
            <numerusform>Todos los hilos (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>100% = %1 traced on %2</source>
        <translation>100&#xa0;% = %1 de tiempo trazado en %2</translation>
    </message>
    <message>
        <source>100% = %1 traced: %2 threads summed</source>
        <translation>100&#xa0;% = %1 de tiempo trazado: suma de %2 hilos</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::TimelinePage</name>
    <message>
        <source>Reset zoom</source>
        <translation>Restablecer el zoom</translation>
    </message>
    <message>
        <source>Wheel zooms, drag pans, double-click shows the call in the call tree</source>
        <translation>Rueda: zoom, arrastrar: desplazar, doble clic: mostrar la llamada en el árbol de llamadas</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::TraceLoader</name>
    <message>
        <source>Opening the trace…</source>
        <translation>Abriendo la traza…</translation>
    </message>
    <message>
        <source>Reading calls…</source>
        <translation>Leyendo las llamadas…</translation>
    </message>
    <message>
        <source>Computing statistics…</source>
        <translation>Calculando las estadísticas…</translation>
    </message>
    <message>
        <source>Building the call tree…</source>
        <translation>Construyendo el árbol de llamadas…</translation>
    </message>
    <message>
        <source>Comparing runs…</source>
        <translation>Comparando las ejecuciones…</translation>
    </message>
</context>
</TS>
