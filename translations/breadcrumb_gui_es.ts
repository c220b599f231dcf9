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
    <message>
        <source>The view to show: %1; compare-functions, compare-tree or compare-flame for the Compare tab&apos;s own views.</source>
        <translation>La vista que se muestra: %1; compare-functions, compare-tree o compare-flame para las vistas propias de la pestaña «Comparación».</translation>
    </message>
    <message>
        <source>Color scheme: system, light or dark. The default, system, follows the desktop&apos;s palette.</source>
        <translation>Esquema de colores: system, light o dark. El valor por omisión, system, sigue la paleta del escritorio.</translation>
    </message>
    <message>
        <source>SCHEME</source>
        <translation>SCHEME</translation>
    </message>
    <message>
        <source>Select this time range in the timeline, in ms since the run&apos;s start, for --screenshot.</source>
        <translation>Seleccionar este intervalo de tiempo en la línea de tiempo, en ms desde el inicio de la ejecución, para --screenshot.</translation>
    </message>
    <message>
        <source>FROM:TO</source>
        <translation>FROM:TO</translation>
    </message>
    <message>
        <source>--range wants FROM:TO in ms with FROM &lt; TO, not &quot;%1&quot;</source>
        <translation>--range espera FROM:TO en ms con FROM &lt; TO, no «%1»</translation>
    </message>
    <message>
        <source>unknown color scheme &quot;%1&quot; (choose from %2)</source>
        <translation>esquema de colores desconocido «%1» (elija entre %2)</translation>
    </message>
    <message>
        <source>When comparing: show the view over the before run, the after run or both side by side.</source>
        <translation>Al comparar: mostrar la vista de la ejecución de antes, la de después o ambas lado a lado.</translation>
    </message>
    <message>
        <source>before|after|both</source>
        <translation>before|after|both</translation>
    </message>
    <message>
        <source>Trace file to open (FILE or FILE:RUN; to compare, also FILE:FIRST-LAST or FILE:all to pool runs).</source>
        <translation>Archivo de traza que abrir (ARCHIVO o ARCHIVO:EJECUCIÓN; para comparar, también ARCHIVO:PRIMERA-ÚLTIMA o ARCHIVO:all para agrupar ejecuciones).</translation>
    </message>
    <message>
        <source>Second trace to compare with (after; FILE, FILE:RUN, FILE:FIRST-LAST or FILE:all).</source>
        <translation>Segunda traza con la que comparar (después; ARCHIVO, ARCHIVO:EJECUCIÓN, ARCHIVO:PRIMERA-ÚLTIMA o ARCHIVO:all).</translation>
    </message>
    <message>
        <source>%1 names several runs: pooling needs an AFTER_TRACE to compare with</source>
        <translation>%1 nombra varias ejecuciones: agruparlas requiere una AFTER_TRACE con la que comparar</translation>
    </message>
    <message>
        <source>unknown side &quot;%1&quot; (choose from %2)</source>
        <translation>lado «%1» desconocido (elija entre %2)</translation>
    </message>
</context>
<context>
    <name>FrameColors</name>
    <message>
        <source>no self time</source>
        <translation>sin tiempo propio</translation>
    </message>
    <message>
        <source>half</source>
        <translation>mitad</translation>
    </message>
    <message>
        <source>largest self time</source>
        <translation>mayor tiempo propio</translation>
    </message>
</context>
<context>
    <name>KeyReference</name>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Call Tree</source>
        <translation>Árbol de llamadas</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>Flame Graph</source>
        <translation>Gráfico de llamas</translation>
    </message>
    <message>
        <source>Open a trace</source>
        <translation>Abrir una traza</translation>
    </message>
    <message>
        <source>Reload the trace (shows a run the program appended since)</source>
        <translation>Recargar la traza (muestra una ejecución que el programa haya añadido desde entonces)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Back to the previous function</source>
        <translation>Volver a la función anterior</translation>
    </message>
    <message>
        <source>Forward to the next function</source>
        <translation>Avanzar a la función siguiente</translation>
    </message>
    <message>
        <source>Show the view of that number (Functions … Compare)</source>
        <translation>Mostrar la vista con ese número (Funciones … Comparación)</translation>
    </message>
    <message>
        <source>This list of keys</source>
        <translation>Esta lista de teclas</translation>
    </message>
    <message>
        <source>Find a function: focus the search box</source>
        <translation>Buscar una función: llevar el foco al cuadro de búsqueda</translation>
    </message>
    <message>
        <source>Next match of the search</source>
        <translation>Siguiente coincidencia de la búsqueda</translation>
    </message>
    <message>
        <source>Previous match of the search</source>
        <translation>Coincidencia anterior de la búsqueda</translation>
    </message>
    <message>
        <source>Expand the hot path below the selected node</source>
        <translation>Expandir la ruta crítica bajo el nodo seleccionado</translation>
    </message>
    <message>
        <source>Run the query</source>
        <translation>Ejecutar la consulta</translation>
    </message>
    <message>
        <source>Zoom in, out around the cursor</source>
        <translation>Acercar, alejar alrededor del cursor</translation>
    </message>
    <message>
        <source>Pan left, right</source>
        <translation>Desplazar a la izquierda, a la derecha</translation>
    </message>
    <message>
        <source>Zoom in, out</source>
        <translation>Acercar, alejar</translation>
    </message>
    <message>
        <source>Show the whole run</source>
        <translation>Mostrar toda la ejecución</translation>
    </message>
    <message>
        <source>Select a time range: the Functions, Function and Flame Graph tabs count only the calls in it (also a drag on the time axis)</source>
        <translation>Seleccionar un intervalo de tiempo: las pestañas Funciones, Función y Gráfico de llamas solo cuentan las llamadas que contiene (también arrastrando sobre el eje de tiempo)</translation>
    </message>
    <message>
        <source>Clear the time range</source>
        <translation>Borrar el intervalo de tiempo</translation>
    </message>
    <message>
        <source>Zoom around the cursor</source>
        <translation>Hacer zoom alrededor del cursor</translation>
    </message>
    <message>
        <source>Pan (a horizontal wheel too)</source>
        <translation>Desplazar (también con una rueda horizontal)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Step back through zooms and transforms</source>
        <translation>Retroceder paso a paso por los zooms y las transformaciones</translation>
    </message>
    <message>
        <source>Focus, merge recursion, collapse, sandwich, copy, export</source>
        <translation>Enfocar, fusionar la recursión, contraer, sándwich, copiar, exportar</translation>
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
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
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
    <message>
        <source>Total time</source>
        <translation>Tiempo total</translation>
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
    <message>
        <source>Flame graph</source>
        <translation>Gráfico de llamas</translation>
    </message>
    <message>
        <source>Building the flame graph of %L1 calls…</source>
        <translation>Construyendo el gráfico de llamas de %L1 llamadas…</translation>
    </message>
</context>
<context>
    <name>breadcrumb::FlameGraphWidget</name>
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
    <message>
        <source>Back (Backspace or Escape)</source>
        <translation>Atrás (Backspace o Escape)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>Focus: %1</source>
        <translation>Foco: %1</translation>
    </message>
    <message>
        <source>Subtree: %1</source>
        <translation>Subárbol: %1</translation>
    </message>
    <message>
        <source>Merged recursion: %1</source>
        <translation>Recursión fusionada: %1</translation>
    </message>
    <message>
        <source>Collapsed: %1</source>
        <translation>Contraído: %1</translation>
    </message>
    <message>
        <source>Focus on function %1 (all call sites)</source>
        <translation>Enfocar la función %1 (todos los puntos de llamada)</translation>
    </message>
    <message>
        <source>Focus on this subtree</source>
        <translation>Enfocar este subárbol</translation>
    </message>
    <message>
        <source>Merge recursion of %1</source>
        <translation>Fusionar la recursión de %1</translation>
    </message>
    <message>
        <source>Collapse this frame (fold its callees into it)</source>
        <translation>Contraer este bloque (integrar en él sus llamados)</translation>
    </message>
    <message>
        <source>Zoom to this frame</source>
        <translation>Hacer zoom en este bloque</translation>
    </message>
    <message>
        <source>Copy function name</source>
        <translation>Copiar el nombre de la función</translation>
    </message>
    <message>
        <source>Show sandwich (callers and callees)</source>
        <translation>Mostrar el sándwich (llamadores y llamados)</translation>
    </message>
    <message>
        <source>Show in call tree</source>
        <translation>Mostrar en el árbol de llamadas</translation>
    </message>
    <message>
        <source>Show function page</source>
        <translation>Mostrar la página de la función</translation>
    </message>
    <message>
        <source>Remove all transforms</source>
        <translation>Quitar todas las transformaciones</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Export view as SVG…</source>
        <translation>Exportar la vista como SVG…</translation>
    </message>
    <message>
        <source>Export view as PNG…</source>
        <translation>Exportar la vista como PNG…</translation>
    </message>
    <message>
        <source>Export flame graph as SVG</source>
        <translation>Exportar el gráfico de llamas como SVG</translation>
    </message>
    <message>
        <source>Export flame graph as PNG</source>
        <translation>Exportar el gráfico de llamas como PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Transforms:</source>
        <translation>Transformaciones:</translation>
    </message>
    <message>
        <source>Remove this transform and the ones after it</source>
        <translation>Quitar esta transformación y las siguientes</translation>
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
    <message>
        <source>Call duration</source>
        <translation>Duración de la llamada</translation>
    </message>
</context>
<context>
    <name>breadcrumb::OverlaidHistogram</name>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <source>Call duration (ms)</source>
        <translation>Duración de la llamada (ms)</translation>
    </message>
    <message>
        <source>Share of calls</source>
        <translation>Proporción de llamadas</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
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
    <name>breadcrumb::SandwichWidget</name>
    <message>
        <source>Callers (merged over all call sites)</source>
        <translation>Llamadores (fusionados sobre todos los puntos de llamada)</translation>
    </message>
    <message>
        <source>Callees (merged over all call sites)</source>
        <translation>Llamados (fusionados sobre todos los puntos de llamada)</translation>
    </message>
    <message>
        <source>Select a function to see its callers and callees.</source>
        <translation>Seleccione una función para ver sus llamadores y llamados.</translation>
    </message>
    <message>
        <source>%1 has no calls in this view.</source>
        <translation>%1 no tiene llamadas en esta vista.</translation>
    </message>
    <message>
        <source>%1: %2 inclusive (%3), calls: %4</source>
        <translation>%1: %2 de tiempo inclusivo (%3), llamadas: %4</translation>
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
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Laying out %L1 calls…</source>
        <translation>Distribuyendo %L1 llamadas…</translation>
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
    <message>
        <source>Find function</source>
        <translation>Buscar función</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Siguiente coincidencia (F3)</translation>
    </message>
    <message>
        <source>Top-down</source>
        <translation>Descendente</translation>
    </message>
    <message>
        <source>Bottom-up</source>
        <translation>Ascendente</translation>
    </message>
    <message>
        <source>Top-down: from the roots to the functions they call</source>
        <translation>Descendente: de las raíces a las funciones que llaman</translation>
    </message>
    <message>
        <source>Bottom-up: each function with the calls that led to it</source>
        <translation>Ascendente: cada función con las llamadas que llevaron a ella</translation>
    </message>
    <message>
        <source>Hot path</source>
        <translation>Ruta caliente</translation>
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
    <message>
        <source>%1 of the inclusive time of %2 (its Total in the Functions table)</source>
        <translation>%1 del tiempo inclusivo de %2 (su Total en la tabla «Funciones»)</translation>
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
    <message>
        <source>No traced function calls %1.</source>
        <translation>Ninguna función trazada llama a %1.</translation>
    </message>
    <message>
        <source>%1 calls no traced function: all of its time is its own (self), spent in its own code or in code the tracer does not record (the standard library, C extensions).</source>
        <translation>%1 no llama a ninguna función trazada: todo su tiempo es tiempo propio, empleado en su propio código o en código que el trazador no registra (la biblioteca estándar, las extensiones C).</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ComparePage</name>
    <message>
        <source>Click to select the function; double-click a new function to open it in the after run</source>
        <translation>Clic para seleccionar la función; doble clic en una función nueva para abrirla en la ejecución «después»</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Call tree</source>
        <translation>Árbol de llamadas</translation>
    </message>
    <message>
        <source>Differential flame graph</source>
        <translation>Gráfico de llamas diferencial</translation>
    </message>
    <message>
        <source>Traced time: the threads&apos; traced time summed. Verdicts: a Mann–Whitney test on the per-call times (p &lt; 0.01) and a noise floor of 0.1 ms and 1% of the run</source>
        <translation>Tiempo trazado: suma del tiempo trazado de los hilos. Veredictos: una prueba de Mann–Whitney sobre los tiempos por llamada (p &lt; 0,01) y un umbral de ruido de 0,1 ms y el 1&#xa0;% de la ejecución</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Antes:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Después:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Change:&lt;/b&gt; %1 (%2) — %3 faster, %4 slower, %5 new, %6 gone</source>
        <translation>&lt;b&gt;Variación:&lt;/b&gt; %1 (%2) — %3 más rápidas, %4 más lentas, %5 nuevas, %6 desaparecidas</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>%1 (self %2)</source>
        <translation>%1 (tiempo propio %2)</translation>
    </message>
    <message>
        <source>mostly %1</source>
        <translation>sobre todo %1</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Advertencia:</translation>
    </message>
    <message>
        <source>these runs do not look like the same program: only %1% of the before run&apos;s functions and %2% of the after run&apos;s are in both, so the deltas compare different code.</source>
        <translation>estas ejecuciones no parecen del mismo programa: solo el %1&#xa0;% de las funciones de la ejecución «antes» y el %2&#xa0;% de las de la ejecución «después» están en ambas, así que las diferencias comparan código distinto.</translation>
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
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>slower</source>
        <translation>más lenta</translation>
    </message>
    <message>
        <source>faster</source>
        <translation>más rápida</translation>
    </message>
    <message>
        <source>few calls</source>
        <translation>pocas llamadas</translation>
    </message>
    <message>
        <source>Mann–Whitney test on the per-call times: p = %1, Cliff&apos;s delta %2 (p &lt; 0.01 is a real change)</source>
        <translation>Prueba de Mann–Whitney sobre los tiempos por llamada: p = %1, delta de Cliff %2 (p &lt; 0,01 indica un cambio real)</translation>
    </message>
    <message>
        <source>The calls take as long as before (p = %1), but there are %2 instead of %3</source>
        <translation>Las llamadas duran lo mismo que antes (p = %1), pero hay %2 en lugar de %3</translation>
    </message>
    <message>
        <source>Fewer than 8 calls on a side: too few for the test, judged by the noise floor only (0.1 ms and 1% of the run)</source>
        <translation>Menos de 8 llamadas en un lado: demasiado pocas para la prueba, se juzga solo por el umbral de ruido (0,1 ms y el 1&#xa0;% de la ejecución)</translation>
    </message>
    <message>
        <source>The change is under the noise floor: below 0.1 ms or 1% of the run</source>
        <translation>El cambio está por debajo del umbral de ruido: menos de 0,1 ms o del 1&#xa0;% de la ejecución</translation>
    </message>
    <message>
        <source>Slower or faster only when the change is real: a Mann–Whitney test on the per-call times (p &lt; 0.01, 8+ calls a side) and above the noise floor (0.1 ms and 1% of the run)</source>
        <translation>Más lenta o más rápida solo cuando el cambio es real: una prueba de Mann–Whitney sobre los tiempos por llamada (p &lt; 0,01, al menos 8 llamadas por lado) y por encima del umbral de ruido (0,1 ms y el 1&#xa0;% de la ejecución)</translation>
    </message>
    <message>
        <source>Change of the function&apos;s own (self) time: where the time itself went</source>
        <translation>Cambio del tiempo propio de la función: adónde fue el tiempo en sí</translation>
    </message>
    <message>
        <source>p value of the Mann–Whitney test; &quot;few calls&quot; when a side has fewer than 8</source>
        <translation>Valor p de la prueba de Mann–Whitney; «pocas llamadas» cuando un lado tiene menos de 8</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Δ self</source>
        <translation>Δ tiempo propio</translation>
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
        <translation>nueva</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>desaparecida</translation>
    </message>
    <message>
        <source>New: this call path is only in the after run</source>
        <translation>Nueva: esta ruta de llamada solo está en la ejecución «después»</translation>
    </message>
    <message>
        <source>Gone: this call path is only in the before run</source>
        <translation>Desaparecida: esta ruta de llamada solo está en la ejecución «antes»</translation>
    </message>
    <message>
        <source>Each function, then the callers it was entered from, in both runs</source>
        <translation>Cada función, luego los llamadores desde los que se entró en ella, en ambas ejecuciones</translation>
    </message>
    <message>
        <source>Calls aggregated by call path in both runs, matched by module and name</source>
        <translation>Llamadas agregadas por ruta de llamada en ambas ejecuciones, emparejadas por módulo y nombre</translation>
    </message>
    <message>
        <source>Inclusive time of the path: while its calls are on the stack</source>
        <translation>Tiempo inclusivo de la ruta: mientras sus llamadas están en la pila</translation>
    </message>
    <message>
        <source>Inclusive after − before: red grew, blue shrank</source>
        <translation>Tiempo inclusivo después − antes: rojo creció, azul disminuyó</translation>
    </message>
    <message>
        <source>Δ relative to the inclusive time before; new and gone paths are marked</source>
        <translation>Δ relativo al tiempo inclusivo antes; las rutas nuevas y desaparecidas están marcadas</translation>
    </message>
    <message>
        <source>Self time: while the function is the running frame</source>
        <translation>Tiempo propio: mientras la función es el marco que se está ejecutando</translation>
    </message>
    <message>
        <source>Self after − before: where the time itself went</source>
        <translation>Tiempo propio después − antes: adónde fue el tiempo en sí</translation>
    </message>
    <message>
        <source>Number of calls</source>
        <translation>Número de llamadas</translation>
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
        <source>Incl. before</source>
        <translation>Incl. antes</translation>
    </message>
    <message>
        <source>Incl. after</source>
        <translation>Incl. después</translation>
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
        <translation>Tiempo propio antes</translation>
    </message>
    <message>
        <source>Self after</source>
        <translation>Tiempo propio después</translation>
    </message>
    <message>
        <source>Δ self</source>
        <translation>Δ tiempo propio</translation>
    </message>
    <message>
        <source>Calls before</source>
        <translation>Llamadas antes</translation>
    </message>
    <message>
        <source>Calls after</source>
        <translation>Llamadas después</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ComparisonTreeView</name>
    <message>
        <source>Top-down</source>
        <translation>Descendente</translation>
    </message>
    <message>
        <source>Bottom-up</source>
        <translation>Ascendente</translation>
    </message>
    <message>
        <source>Top-down: call paths from the roots; bottom-up: each function, then its callers</source>
        <translation>Descendente: rutas de llamada desde las raíces; ascendente: cada función, luego sus llamadores</translation>
    </message>
    <message>
        <source>Expand hot path</source>
        <translation>Expandir la ruta crítica</translation>
    </message>
    <message>
        <source>Expand from the selected row along the largest change (|Δ|)</source>
        <translation>Expandir desde la fila seleccionada siguiendo el mayor cambio (|Δ|)</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Dirección:</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::DifferentialFlameGraph</name>
    <message>
        <source>Before shape</source>
        <translation>Forma «antes»</translation>
    </message>
    <message>
        <source>Draw the before run&apos;s call paths (widths) instead of the after run&apos;s; the colours stay the change</source>
        <translation>Dibujar las rutas de llamada (anchuras) de la ejecución «antes» en lugar de las de la ejecución «después»; los colores siguen mostrando el cambio</translation>
    </message>
    <message>
        <source>%1 grew &amp;nbsp; %2 shrank &amp;nbsp; %3 unchanged &amp;nbsp;— the stronger, the larger the change</source>
        <translation>%1 creció &amp;nbsp; %2 disminuyó &amp;nbsp; %3 sin cambios &amp;nbsp;— cuanto más intenso, mayor es el cambio</translation>
    </message>
    <message>
        <source>Before: %1 inclusive, %2 self, %3 calls</source>
        <translation>Antes: %1 de tiempo inclusivo, %2 de tiempo propio, %3 llamadas</translation>
    </message>
    <message>
        <source>not called</source>
        <translation>sin llamadas</translation>
    </message>
    <message>
        <source>After: %1 inclusive, %2 self, %3 calls</source>
        <translation>Después: %1 de tiempo inclusivo, %2 de tiempo propio, %3 llamadas</translation>
    </message>
    <message>
        <source>Change: %1 (%2)</source>
        <translation>Variación: %1 (%2)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ExceptionGroupsModel</name>
    <message>
        <source>(outside traced calls)</source>
        <translation>(fuera de las llamadas trazadas)</translation>
    </message>
    <message>
        <source>Raised in %1
%2:%3</source>
        <translation>Lanzada en %1
%2:%3</translation>
    </message>
    <message>
        <source>First raised at %1, last at %2</source>
        <translation>Primer lanzamiento: %1, último: %2</translation>
    </message>
    <message>
        <source>The exception type</source>
        <translation>El tipo de excepción</translation>
    </message>
    <message>
        <source>The raising function</source>
        <translation>La función que la lanzó</translation>
    </message>
    <message>
        <source>Exceptions of the group that nothing caught: they ended the run or a thread</source>
        <translation>Excepciones del grupo que nada capturó: terminaron la ejecución o un hilo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Raised in</source>
        <translation>Lanzada en</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Uncaught</source>
        <translation>No capturadas</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ExceptionsModel</name>
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
        <source>uncaught</source>
        <translation>no capturada</translation>
    </message>
    <message>
        <source>Uncaught: it ended the run</source>
        <translation>No capturada: terminó la ejecución</translation>
    </message>
    <message>
        <source>Uncaught: it ended the thread %1</source>
        <translation>No capturada: terminó el hilo %1</translation>
    </message>
    <message>
        <source>Handled in the raising call</source>
        <translation>Capturada en la llamada que la lanzó</translation>
    </message>
    <message>
        <source>Handled in %1, after leaving the raising call</source>
        <translation>Capturada en %1, tras salir de la llamada que la lanzó</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Capturada</translation>
    </message>
    <message>
        <source>Uncaught: nothing in the traced code caught it, so it ended the run or its thread. Handled: caught, in the raising call or by a caller (hover a row to see where).</source>
        <translation>No capturada: nada en el código trazado la capturó, así que terminó la ejecución o su hilo. Capturada: en la llamada que la lanzó o por un llamador (pase el ratón sobre una fila para ver dónde).</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
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
        <source>(no traceback recorded)</source>
        <translation>(no se registró ningún traceback)</translation>
    </message>
    <message>
        <source>Filter by type, message or function…</source>
        <translation>Filtrar por tipo, mensaje o función…</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Sin agrupar</translation>
    </message>
    <message>
        <source>Group by type</source>
        <translation>Agrupar por tipo</translation>
    </message>
    <message>
        <source>Group by raise site</source>
        <translation>Agrupar por punto de lanzamiento</translation>
    </message>
    <message>
        <source>Group the exceptions by type or by the function that raised them; pick a group to list its exceptions</source>
        <translation>Agrupar las excepciones por tipo o por la función que las lanzó; elija un grupo para ver sus excepciones</translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) in the run</source>
        <translation>
            <numerusform>%n excepción en la ejecución</numerusform>
            <numerusform>%n excepciones en la ejecución</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 shown</source>
        <translation>; %1 mostradas</translation>
    </message>
    <message>
        <source>, %1 uncaught (ended the run or a thread)</source>
        <translation>, %1 no capturadas (terminaron la ejecución o un hilo)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::FlameGraphPage</name>
    <message>
        <source>Highlight functions matching…</source>
        <translation>Resaltar las funciones que coincidan con…</translation>
    </message>
    <message>
        <source>Colour by module</source>
        <translation>Color por módulo</translation>
    </message>
    <message>
        <source>Colour by package</source>
        <translation>Color por paquete</translation>
    </message>
    <message>
        <source>Colour by self time</source>
        <translation>Color por tiempo propio</translation>
    </message>
    <message>
        <source>Colour by function</source>
        <translation>Color por función</translation>
    </message>
    <message>
        <source>What the frames&apos; colours show; the legend above the graph explains them</source>
        <translation>Qué muestran los colores de los bloques; la leyenda sobre el gráfico los explica</translation>
    </message>
    <message>
        <source>Sandwich</source>
        <translation>Sándwich</translation>
    </message>
    <message>
        <source>Show the selected function&apos;s callers above it and its callees below, merged over all call sites</source>
        <translation>Mostrar los llamadores de la función seleccionada encima de ella y sus llamados debajo, fusionados sobre todos los puntos de llamada</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export view as SVG…</source>
        <translation>Exportar la vista como SVG…</translation>
    </message>
    <message>
        <source>Export view as PNG…</source>
        <translation>Exportar la vista como PNG…</translation>
    </message>
    <message>
        <source>Right-click for more</source>
        <translation>Clic derecho para más opciones</translation>
    </message>
    <message>
        <source>Wheel or +/-: zoom at the cursor; Shift+wheel or arrows: pan; double-click: zoom to a frame; right-click: focus, merge, collapse, export; Backspace/Esc: back</source>
        <translation>Rueda o +/-: zoom en el cursor; Shift+rueda o flechas: desplazar; doble clic: zoom a un bloque; clic derecho: enfocar, fusionar, contraer, exportar; Backspace/Esc: atrás</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Self time</source>
        <translation>Tiempo propio</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Función</translation>
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
    <name>breadcrumb::gui::FunctionComparisonPane</name>
    <message>
        <source>&amp;Normalised (share of calls)</source>
        <translation>&amp;Normalizado (proporción de llamadas)</translation>
    </message>
    <message>
        <source>Bars as the fraction of each run&apos;s calls, so runs with different call counts compare by shape</source>
        <translation>Barras como fracción de las llamadas de cada ejecución, para comparar por su forma ejecuciones con distinto número de llamadas</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
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
        <translation>Máx.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>%1: before and after</source>
        <translation>%1: antes y después</translation>
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
        <source>1 call</source>
        <translation>1 llamada</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s) in the range selected in the histogram</source>
        <translation>
            <numerusform>%1 de %n llamada en el intervalo seleccionado del histograma</numerusform>
            <numerusform>%1 de %n llamadas en el intervalo seleccionado del histograma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) — drag across the histogram to filter them</source>
        <translation>
            <numerusform>%n llamada — arrastre sobre el histograma para filtrarla</numerusform>
            <numerusform>%n llamadas — arrastre sobre el histograma para filtrarlas</numerusform>
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
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n función</numerusform>
            <numerusform>%n funciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n function(s)</source>
        <translation>
            <numerusform>%1 de %n función</numerusform>
            <numerusform>%1 de %n funciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::KeyReferenceDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::LoadingPlaceholder</name>
    <message>
        <source>&lt;h3&gt;Loading calls… %1%&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;This view needs every call of the run. The Functions table already shows the run&apos;s totals, from the summaries the tracer stored when it ended.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cargando llamadas… %1%&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Esta vista necesita cada llamada de la ejecución. La tabla de funciones ya muestra los totales de la ejecución, de los resúmenes que el trazador guardó al terminar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The calls were not loaded&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;The Functions table shows the run&apos;s stored totals. Reload (F5) to read the calls again.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Las llamadas no se cargaron&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;La tabla de funciones muestra los totales guardados de la ejecución. Recargue (F5) para leer las llamadas de nuevo.&lt;/p&gt;</translation>
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
    <message>
        <source>Read the trace again (F5); a run appended since is offered above the views</source>
        <translation>Volver a leer la traza (F5); una ejecución añadida desde entonces se ofrece encima de las vistas</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Range %1 (Functions, Function, Flame Graph)</source>
        <translation>Intervalo %1 (Funciones, Función, Gráfico de llamas)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation>Llamadas: %1</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 frente a %2</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::NewRunBar</name>
    <message>
        <source>Stay on this run</source>
        <translation>Quedarse en esta ejecución</translation>
    </message>
    <message>
        <source>The trace has a newer run: run %1 (%2), started %3.</source>
        <translation>La traza contiene una ejecución más reciente: ejecución %1 (%2), inicio: %3.</translation>
    </message>
    <message>
        <source>no command line recorded</source>
        <translation>no se registró ninguna línea de comandos</translation>
    </message>
    <message>
        <source>Show run %1</source>
        <translation>Mostrar la ejecución %1</translation>
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
        <translation>Ejecución:</translation>
    </message>
    <message>
        <source>&amp;Before</source>
        <translation>A&amp;ntes</translation>
    </message>
    <message>
        <source>Show the before run (Alt+B)</source>
        <translation>Mostrar la ejecución de antes (Alt+B)</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>&amp;Después</translation>
    </message>
    <message>
        <source>Show the after run (Alt+A)</source>
        <translation>Mostrar la ejecución de después (Alt+A)</translation>
    </message>
    <message>
        <source>B&amp;oth</source>
        <translation>Am&amp;bas</translation>
    </message>
    <message>
        <source>Show both runs side by side, kept in step (Alt+O)</source>
        <translation>Mostrar ambas ejecuciones lado a lado, sincronizadas (Alt+O)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::RunPickerDialog</name>
    <message>
        <source>Choose a run</source>
        <translation>Elegir una ejecución</translation>
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
    <message numerus="yes">
        <source>%1 holds %n run(s). Which one do you want to see?</source>
        <translation>
            <numerusform>%1 contiene %n ejecución. ¿Desea verla?</numerusform>
            <numerusform>%1 contiene %n ejecuciones. ¿Cuál desea ver?</numerusform>
        </translation>
    </message>
    <message>
        <source>(no command line recorded)</source>
        <translation>(no se registró ninguna línea de comandos)</translation>
    </message>
    <message>
        <source>A child process of run %1</source>
        <translation>Un proceso hijo de la ejecución %1</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::RunSplitView</name>
    <message>
        <source>%1 · runs %2 pooled</source>
        <translation>%1 · ejecuciones %2 agrupadas</translation>
    </message>
    <message>
        <source>%1 · runs %2 pooled; this tab shows run %3 only</source>
        <translation>%1 · ejecuciones %2 agrupadas; esta pestaña solo muestra la ejecución %3</translation>
    </message>
    <message>
        <source>%1 · run %2</source>
        <translation>%1 · ejecución %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no command line recorded)</source>
        <translation>(no se registró la línea de órdenes)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::RunSwitcher</name>
    <message>
        <source>The run shown; the file&apos;s other runs, newest first</source>
        <translation>La ejecución mostrada; las demás ejecuciones del archivo, las más recientes primero</translation>
    </message>
    <message>
        <source>running or ended early</source>
        <translation>en curso o terminada antes de tiempo</translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3 · %4</source>
        <translation>Ejecución %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>(no command line recorded)</source>
        <translation>(no se registró ninguna línea de comandos)</translation>
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
    <message>
        <source>the range %1:%2 ms lies outside the run</source>
        <translation>el intervalo %1:%2 ms está fuera de la ejecución</translation>
    </message>
    <message>
        <source>the view &quot;%1&quot; cannot show the side &quot;%2&quot; (it needs two traces)</source>
        <translation>la vista «%1» no puede mostrar el lado «%2» (necesita dos trazas)</translation>
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
    <message numerus="yes">
        <source>First %n row(s) shown: the result passed %1 (select fewer rows or columns); %2 ms.</source>
        <translation>
            <numerusform>Se muestra la primera %n fila: el resultado superó %1 (seleccione menos filas o columnas); %2 ms.</numerusform>
            <numerusform>Se muestran las primeras %n filas: el resultado superó %1 (seleccione menos filas o columnas); %2 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %n row(s) shown (more were found) in %1 ms.</source>
        <translation>
            <numerusform>Se muestra la primera %n fila (se encontraron más) en %1 ms.</numerusform>
            <numerusform>Se muestran las primeras %n filas (se encontraron más) en %1 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 ms.</source>
        <translation>
            <numerusform>%n fila en %1 ms.</numerusform>
            <numerusform>%n filas en %1 ms.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>100% = %1 traced: %n thread(s) summed</source>
        <translation>
            <numerusform>100&#xa0;% = %1 de tiempo trazado: %n hilo</numerusform>
            <numerusform>100&#xa0;% = %1 de tiempo trazado: %n hilos sumados</numerusform>
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
        <translation>Restablecer el zoom</translation>
    </message>
    <message>
        <source>Clear range</source>
        <translation>Borrar el intervalo</translation>
    </message>
    <message>
        <source>Show the whole run again in the Functions table, the Function page and the flame graph (Esc)</source>
        <translation>Volver a mostrar toda la ejecución en la tabla «Funciones», la página «Función» y el gráfico de llamas (Esc)</translation>
    </message>
    <message>
        <source>Wheel or W/S zoom, drag or A/D pan, Shift+drag selects a time range, double-click shows the call in the call tree</source>
        <translation>Rueda o W/S: zoom; arrastrar o A/D: desplazamiento; Shift+arrastrar: selección de un intervalo de tiempo; doble clic: muestra la llamada en el árbol de llamadas</translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation>Intervalo: %1</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::TraceFileDialog</name>
    <message>
        <source>Breadcrumb traces (*.db *.sqlite *.trace);;All files (*)</source>
        <translation>Trazas de Breadcrumb (*.db *.sqlite *.trace);;Todos los archivos (*)</translation>
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
