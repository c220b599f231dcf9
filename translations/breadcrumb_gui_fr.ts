<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Breadcrumb trace viewer: slowest functions, percentiles, callers, call trees, flame graphs and before/after comparisons.</source>
        <translation>Visionneuse de traces Breadcrumb&#xa0;: fonctions les plus lentes, centiles, appelants, arbres d&apos;appels, graphes de flammes et comparaisons avant/après.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Render offscreen, save the window as a PNG and exit.</source>
        <translation>Dessiner hors écran, enregistrer la fenêtre en PNG et quitter.</translation>
    </message>
    <message>
        <source>OUT.png</source>
        <translation>OUT.png</translation>
    </message>
    <message>
        <source>The view to show: %1.</source>
        <translation>La vue à afficher&#xa0;: %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Select this function.</source>
        <translation>Sélectionner cette fonction.</translation>
    </message>
    <message>
        <source>FUNCTION</source>
        <translation>FUNCTION</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1400x900).</source>
        <translation>Taille de la fenêtre pour --screenshot (par défaut 1400x900).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>The run to open (default: the newest).</source>
        <translation>L&apos;exécution à ouvrir (par défaut&#xa0;: la plus récente).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Trace file to open (FILE or FILE:RUN).</source>
        <translation>Fichier de trace à ouvrir (FILE ou FILE:RUN).</translation>
    </message>
    <message>
        <source>Second trace to compare with (after).</source>
        <translation>Seconde trace à comparer (après).</translation>
    </message>
    <message>
        <source>too many arguments: give at most TRACE and AFTER_TRACE</source>
        <translation>trop d&apos;arguments&#xa0;: indiquez au plus TRACE et AFTER_TRACE</translation>
    </message>
    <message>
        <source>--run needs a run id (a number), not &quot;%1&quot;</source>
        <translation>--run attend un identifiant d&apos;exécution (un nombre), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot; (choose from %2)</source>
        <translation>vue inconnue «&#xa0;%1&#xa0;» (au choix&#xa0;: %2)</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT between 200x150 and 10000x10000, not &quot;%1&quot;</source>
        <translation>--size attend LARGEURxHAUTEUR entre 200x150 et 10000x10000, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--screenshot needs a trace file</source>
        <translation>--screenshot nécessite un fichier de trace</translation>
    </message>
    <message>
        <source>--view compare needs two traces: TRACE AFTER_TRACE</source>
        <translation>--view compare nécessite deux traces&#xa0;: TRACE AFTER_TRACE</translation>
    </message>
    <message>
        <source>refusing to write the screenshot to %1: it is a trace being viewed</source>
        <translation>refus d&apos;écrire la capture d&apos;écran dans %1&#xa0;: c&apos;est une trace affichée</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the file holds no run</source>
        <translation>le fichier ne contient aucune exécution</translation>
    </message>
    <message>
        <source>run %1 holds no calls (nothing traced ran)</source>
        <translation>l&apos;exécution %1 ne contient aucun appel (rien de tracé ne s&apos;est exécuté)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot open %1: not enough memory</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: mémoire insuffisante</translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <translation>%1 (exécution %2)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::CallTimelinePlot</name>
    <message>
        <source>Start (s since the run started)</source>
        <translation>Début (s depuis le début de l&apos;exécution)</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Durée (ms)</translation>
    </message>
    <message>
        <source>&lt;root&gt;</source>
        <translation>&lt;racine&gt;</translation>
    </message>
    <message>
        <source>%1 (call %2)</source>
        <translation>%1 (appel %2)</translation>
    </message>
    <message>
        <source>Start: %1 (+%2 s)</source>
        <translation>Début&#xa0;: %1 (+%2 s)</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Durée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation>Appelant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Raised: %1</source>
        <translation>Exception levée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>breadcrumb::ComparisonBarChart</name>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Total time (ms)</source>
        <translation>Temps total (ms)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>disparue</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Change: %1%2%</source>
        <translation>Variation&#xa0;: %1%2&#xa0;%</translation>
    </message>
    <message>
        <source>New in the after run</source>
        <translation>Nouvelle dans l&apos;exécution «&#xa0;après&#xa0;»</translation>
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
        <translation>Temps propre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation>Appels&#xa0;: %1</translation>
    </message>
    <message>
        <source>No trace loaded</source>
        <translation>Aucune trace chargée</translation>
    </message>
    <message>
        <source>all (%1)</source>
        <translation>tout (%1)</translation>
    </message>
    <message>
        <source>All calls
Traced time: %1 (100%: the threads&apos; traced time summed)</source>
        <translation>Tous les appels
Temps tracé&#xa0;: %1 (100&#xa0;%&#xa0;: somme des temps tracés des threads)</translation>
    </message>
    <message>
        <source>Inclusive: %1 (%2 of the traced time)</source>
        <translation>Temps inclusif&#xa0;: %1 (%2 du temps tracé)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::FlameGraphWidget</name>
    <message>
        <source>Zoom out (Backspace)</source>
        <translation>Zoom arrière (Retour arrière)</translation>
    </message>
    <message numerus="yes">
        <source>%n matching frame(s)</source>
        <translation>
            <numerusform>%n bloc correspondant</numerusform>
            <numerusform>%n blocs correspondants</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
</context>
<context>
    <name>breadcrumb::HistogramPlot</name>
    <message>
        <source>Call duration (ms)</source>
        <translation>Durée d&apos;appel (ms)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>No function selected</source>
        <translation>Aucune fonction sélectionnée</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) (%1)</source>
        <translation>
            <numerusform>%n appel (%1)</numerusform>
            <numerusform>%n appels (%1)</numerusform>
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
        <translation>Appels</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
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
        <translation>Écart type</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Temps propre</translation>
    </message>
    <message>
        <source>Logarithmic duration axis</source>
        <translation>Axe des durées logarithmique</translation>
    </message>
    <message>
        <source>%1  —  %2  (%3:%4)</source>
        <translation>%1  —  %2  (%3:%4)</translation>
    </message>
    <message>
        <source>No function selected</source>
        <translation>Aucune fonction sélectionnée</translation>
    </message>
    <message>
        <source>Over the call durations: start to end, suspensions included (latency)</source>
        <translation>Sur les durées des appels&#xa0;: du début à la fin, suspensions comprises (latence)</translation>
    </message>
    <message>
        <source>Number of calls</source>
        <translation>Nombre d&apos;appels</translation>
    </message>
    <message>
        <source>Inclusive time: while the function is on a thread&apos;s stack, summed over the threads; a recursion counts once, a generator or coroutine only while it runs</source>
        <translation>Temps inclusif&#xa0;: tant que la fonction est sur la pile d&apos;un thread, additionné sur les threads&#xa0;; une récursion compte une fois, les générateurs et coroutines seulement pendant qu&apos;ils s&apos;exécutent</translation>
    </message>
    <message>
        <source>Self time: while the function is the running frame</source>
        <translation>Temps propre&#xa0;: tant que la fonction est le cadre de pile qui s&apos;exécute</translation>
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
        <translation>%1 (thread %2)</translation>
    </message>
    <message>
        <source>Start: %1 (+%2)</source>
        <translation>Début&#xa0;: %1 (+%2)</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Durée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Self: %1</source>
        <translation>Temps propre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Thread: %1</source>
        <translation>Thread&#xa0;: %1</translation>
    </message>
    <message>
        <source>Raised: %1</source>
        <translation>Exception levée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The run has no calls</source>
        <translation>L&apos;exécution ne contient aucun appel</translation>
    </message>
    <message>
        <source>No trace loaded</source>
        <translation>Aucune trace chargée</translation>
    </message>
    <message>
        <source>On stack: %1 (running, not suspended)</source>
        <translation>Sur la pile&#xa0;: %1 (actif, non suspendu)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::CallListModel</name>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Temps propre</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>Start to end, suspensions included (latency)</source>
        <translation>Du début à la fin, suspensions comprises (latence)</translation>
    </message>
    <message>
        <source>Self time: while the call was the running frame</source>
        <translation>Temps propre&#xa0;: tant que l&apos;appel était le cadre de pile qui s&apos;exécutait</translation>
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
        <translation>Fonction / appelée depuis</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Inclusive</source>
        <translation>Temps inclusif</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Temps propre</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Each function, then the callers it was entered from</source>
        <translation>Chaque fonction, puis les appelants par lesquels on y est entré</translation>
    </message>
    <message>
        <source>Calls aggregated by call path; threads merged by path, their times summed</source>
        <translation>Appels agrégés par chemin d&apos;appel&#xa0;; threads fusionnés par chemin, leurs temps additionnés</translation>
    </message>
    <message>
        <source>Inclusive time of the function when entered through this chain of callers (on the stack, a recursion counted once); the callers below split it</source>
        <translation>Temps inclusif de la fonction quand on y entre par cette chaîne d&apos;appelants (sur la pile, une récursion comptée une fois)&#xa0;; les appelants en dessous se le répartissent</translation>
    </message>
    <message>
        <source>Inclusive time: while calls of this path are on the stack (a generator or coroutine only while it runs); self + the children&apos;s inclusive times</source>
        <translation>Temps inclusif&#xa0;: tant que des appels de ce chemin sont sur la pile (les générateurs et coroutines seulement pendant qu&apos;ils s&apos;exécutent)&#xa0;; temps propre + temps inclusifs des enfants</translation>
    </message>
    <message>
        <source>Self time: while the function is the running frame</source>
        <translation>Temps propre&#xa0;: tant que la fonction est le cadre de pile qui s&apos;exécute</translation>
    </message>
    <message>
        <source>Number of calls</source>
        <translation>Nombre d&apos;appels</translation>
    </message>
    <message>
        <source>Inclusive time as a share of the traced time: the threads&apos; traced time summed is 100%</source>
        <translation>Temps inclusif en proportion du temps tracé&#xa0;: la somme des temps tracés des threads vaut 100&#xa0;%</translation>
    </message>
    <message>
        <source>% of traced</source>
        <translation>% du temps tracé</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::CallTreePage</name>
    <message>
        <source>Top-down (callers → callees)</source>
        <translation>Descendant (appelants → appelés)</translation>
    </message>
    <message>
        <source>Bottom-up (functions ← their callers)</source>
        <translation>Ascendant (fonctions ← leurs appelants)</translation>
    </message>
    <message>
        <source>Expand hot path</source>
        <translation>Déplier le chemin critique</translation>
    </message>
    <message>
        <source>Expand the hottest path below the selected node (* or Ctrl+H)</source>
        <translation>Déplier le chemin le plus coûteux sous le nœud sélectionné (* ou Ctrl+H)</translation>
    </message>
    <message>
        <source>Find function… (F3 next, Shift+F3 previous)</source>
        <translation>Rechercher une fonction… (F3 suivante, Maj+F3 précédente)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::CalleesModel</name>
    <message>
        <source>Callee</source>
        <translation>Appelé</translation>
    </message>
    <message>
        <source>The callee&apos;s inclusive time when called from the selected function (on the stack, a recursion counted once)</source>
        <translation>Temps inclusif de l&apos;appelé quand il est appelé depuis la fonction sélectionnée (sur la pile, une récursion comptée une fois)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::CallerCalleeModel</name>
    <message>
        <source>Calls with no traced caller</source>
        <translation>Appels sans appelant tracé</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Total as a share of the selected function&apos;s inclusive time</source>
        <translation>Total en proportion du temps inclusif de la fonction sélectionnée</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::CallersModel</name>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>The selected function&apos;s inclusive time entered from this caller (its recursive calls count in the outer call, so the callers add up to its Total)</source>
        <translation>Temps inclusif de la fonction sélectionnée quand on y entre depuis cet appelant (ses appels récursifs comptent dans l&apos;appel extérieur, si bien que la somme des appelants donne son Total)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::CallersPage</name>
    <message>
        <source>Callers — who calls it</source>
        <translation>Appelants — qui l&apos;appelle</translation>
    </message>
    <message>
        <source>Callees — what it calls</source>
        <translation>Appelés — ce qu&apos;elle appelle</translation>
    </message>
    <message>
        <source>Double-click to go to that function (Alt+Left comes back)</source>
        <translation>Double-cliquez pour aller à cette fonction (Alt+Gauche pour revenir)</translation>
    </message>
    <message>
        <source>Select a function to see its callers and callees</source>
        <translation>Sélectionnez une fonction pour voir ses appelants et ses appelés</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ComparePage</name>
    <message>
        <source>Double-click to select the function in the before run</source>
        <translation>Double-cliquez pour sélectionner la fonction dans l&apos;exécution «&#xa0;avant&#xa0;»</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before:&lt;/b&gt; %1 — %2 &amp;nbsp;&amp;nbsp; &lt;b&gt;After:&lt;/b&gt; %3 — %4 &amp;nbsp;&amp;nbsp; &lt;b&gt;Change:&lt;/b&gt; %5</source>
        <translation>&lt;b&gt;Avant&amp;nbsp;:&lt;/b&gt; %1 — %2 &amp;nbsp;&amp;nbsp; &lt;b&gt;Après&amp;nbsp;:&lt;/b&gt; %3 — %4 &amp;nbsp;&amp;nbsp; &lt;b&gt;Variation&amp;nbsp;:&lt;/b&gt; %5</translation>
    </message>
    <message>
        <source>Traced time: the threads&apos; traced time summed</source>
        <translation>Temps tracé&#xa0;: somme des temps tracés des threads</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ComparisonModel</name>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>disparue</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Calls before</source>
        <translation>Appels avant</translation>
    </message>
    <message>
        <source>Calls after</source>
        <translation>Appels après</translation>
    </message>
    <message>
        <source>Total before</source>
        <translation>Total avant</translation>
    </message>
    <message>
        <source>Total after</source>
        <translation>Total après</translation>
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
        <translation>Moy. avant</translation>
    </message>
    <message>
        <source>Avg after</source>
        <translation>Moy. après</translation>
    </message>
    <message>
        <source>P95 before</source>
        <translation>P95 avant</translation>
    </message>
    <message>
        <source>P95 after</source>
        <translation>P95 après</translation>
    </message>
    <message>
        <source>Inclusive time, as in the Functions table: while the function is on a thread&apos;s stack, summed over the threads, a recursion counted once</source>
        <translation>Temps inclusif, comme dans le tableau «&#xa0;Fonctions&#xa0;»&#xa0;: tant que la fonction est sur la pile d&apos;un thread, additionné sur les threads, une récursion comptée une fois</translation>
    </message>
    <message>
        <source>Over the call durations (start to end, suspensions included: latency)</source>
        <translation>Sur les durées des appels (du début à la fin, suspensions comprises&#xa0;: latence)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ExceptionsModel</name>
    <message>
        <source>escaped</source>
        <translation>propagée</translation>
    </message>
    <message>
        <source>handled</source>
        <translation>interceptée</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Escaped</source>
        <translation>Propagée</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ExceptionsPage</name>
    <message>
        <source>Double-click to show the raising call in the call tree</source>
        <translation>Double-cliquez pour afficher l&apos;appel qui l&apos;a levée dans l&apos;arbre d&apos;appels</translation>
    </message>
    <message>
        <source>Select an exception to see its traceback</source>
        <translation>Sélectionnez une exception pour voir son traceback</translation>
    </message>
    <message>
        <source>No exceptions were raised in this run.</source>
        <translation>Aucune exception n&apos;a été levée pendant cette exécution.</translation>
    </message>
    <message>
        <source>1 exception, %1 escaped from the raising call</source>
        <translation>1 exception&#xa0;; propagée hors de l&apos;appel qui l&apos;a levée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 exceptions, %2 escaped from the raising call</source>
        <translation>%1 exceptions&#xa0;; propagées hors de l&apos;appel qui les a levées&#xa0;: %2</translation>
    </message>
    <message>
        <source>(no traceback recorded)</source>
        <translation>(aucun traceback enregistré)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::FlameGraphPage</name>
    <message>
        <source>Highlight functions matching…</source>
        <translation>Mettre en évidence les fonctions correspondant à…</translation>
    </message>
    <message>
        <source>Click selects, double-click zooms in, Backspace zooms out</source>
        <translation>Clic&#xa0;: sélectionner, double-clic&#xa0;: zoom avant, Retour arrière&#xa0;: zoom arrière</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::Format</name>
    <message>
        <source>&lt;root&gt;</source>
        <translation>&lt;racine&gt;</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::FunctionPage</name>
    <message>
        <source>Show all calls</source>
        <translation>Afficher tous les appels</translation>
    </message>
    <message>
        <source>Double-click a call to show it in the call tree</source>
        <translation>Double-cliquez sur un appel pour l&apos;afficher dans l&apos;arbre d&apos;appels</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Code source</translation>
    </message>
    <message>
        <source>%1 of %2 calls in the range selected in the histogram</source>
        <translation>%1 sur %2 appels dans la plage sélectionnée de l&apos;histogramme</translation>
    </message>
    <message>
        <source>1 call</source>
        <translation>1 appel</translation>
    </message>
    <message>
        <source>%1 calls — drag across the histogram to filter them</source>
        <translation>%1 appels — faites glisser sur l&apos;histogramme pour les filtrer</translation>
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
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Temps propre</translation>
    </message>
    <message>
        <source>Avg</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
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
        <translation>Module</translation>
    </message>
    <message>
        <source>File:Line</source>
        <translation>Fichier:ligne</translation>
    </message>
    <message>
        <source>Number of calls</source>
        <translation>Nombre d&apos;appels</translation>
    </message>
    <message>
        <source>Inclusive time: while the function is on a thread&apos;s stack, summed over the threads; a recursion counts once, a generator or coroutine only while it runs, not while suspended</source>
        <translation>Temps inclusif&#xa0;: tant que la fonction est sur la pile d&apos;un thread, additionné sur les threads&#xa0;; une récursion compte une fois, les générateurs et coroutines seulement pendant qu&apos;ils s&apos;exécutent, pas pendant qu&apos;ils sont suspendus</translation>
    </message>
    <message>
        <source>Self time: while the function is the running frame (its own code and the untraced code it calls)</source>
        <translation>Temps propre&#xa0;: tant que la fonction est le cadre de pile qui s&apos;exécute (son propre code et le code non tracé qu&apos;elle appelle)</translation>
    </message>
    <message>
        <source>Average duration of one call (start to end, suspensions included: latency)</source>
        <translation>Durée moyenne d&apos;un appel (du début à la fin, suspensions comprises&#xa0;: latence)</translation>
    </message>
    <message>
        <source>Over the call durations (start to end, suspensions included: latency)</source>
        <translation>Sur les durées des appels (du début à la fin, suspensions comprises&#xa0;: latence)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::FunctionsPage</name>
    <message>
        <source>Filter by function, module or file…</source>
        <translation>Filtrer par fonction, module ou fichier…</translation>
    </message>
    <message>
        <source>1 function</source>
        <translation>1 fonction</translation>
    </message>
    <message>
        <source>%1 functions</source>
        <translation>%1 fonctions</translation>
    </message>
    <message>
        <source>%1 of %2 functions</source>
        <translation>%1 sur %2 fonctions</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::MainWindow</name>
    <message>
        <source>Loading canceled.</source>
        <translation>Chargement annulé.</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Callers / Callees</source>
        <translation>Appelants / Appelés</translation>
    </message>
    <message>
        <source>Call Tree</source>
        <translation>Arbre d&apos;appels</translation>
    </message>
    <message>
        <source>Flame Graph</source>
        <translation>Graphe de flammes</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Breadcrumb&lt;/h2&gt;&lt;p&gt;Open a trace with &lt;b&gt;File → Open&lt;/b&gt; (Ctrl+O) or drop a trace file here.&lt;/p&gt;&lt;p&gt;Record one with &lt;code&gt;breadcrumb run script.py&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Breadcrumb&lt;/h2&gt;&lt;p&gt;Ouvrez une trace avec &lt;b&gt;Fichier → Ouvrir&lt;/b&gt; (Ctrl+O) ou déposez ici un fichier de trace.&lt;/p&gt;&lt;p&gt;Enregistrez-en une avec &lt;code&gt;breadcrumb run script.py&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a trace file (Ctrl+O)</source>
        <translation>Ouvrir un fichier de trace (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>&amp;Comparer avec…</translation>
    </message>
    <message>
        <source>Compare the open run with another run (before → after)</source>
        <translation>Comparer l&apos;exécution ouverte avec une autre exécution (avant → après)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Previous function (Alt+Left)</source>
        <translation>Fonction précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Next function (Alt+Right)</source>
        <translation>Fonction suivante (Alt+Droite)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers réce&amp;nts</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Breadcrumb</source>
        <translation>À &amp;propos de Breadcrumb</translation>
    </message>
    <message>
        <source>About Breadcrumb</source>
        <translation>À propos de Breadcrumb</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Breadcrumb %1&lt;/h3&gt;&lt;p&gt;A viewer for Python execution traces: slowest functions, percentiles, callers, call trees, flame graphs and run comparisons.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Breadcrumb %1&lt;/h3&gt;&lt;p&gt;Une visionneuse de traces d&apos;exécution Python&amp;nbsp;: fonctions les plus lentes, centiles, appelants, arbres d&apos;appels, graphes de flammes et comparaisons d&apos;exécutions.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop loading the trace</source>
        <translation>Interrompre le chargement de la trace</translation>
    </message>
    <message>
        <source>Open Trace</source>
        <translation>Ouvrir une trace</translation>
    </message>
    <message>
        <source>Breadcrumb traces (*.db *.sqlite *.trace);;All files (*)</source>
        <translation>Traces Breadcrumb (*.db *.sqlite *.trace);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Compare With (after)</source>
        <translation>Comparer avec (après)</translation>
    </message>
    <message>
        <source>Cannot open the trace</source>
        <translation>Impossible d&apos;ouvrir la trace</translation>
    </message>
    <message>
        <source>No trace loaded</source>
        <translation>Aucune trace chargée</translation>
    </message>
    <message>
        <source>(no command line recorded)</source>
        <translation>(aucune ligne de commande enregistrée)</translation>
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
        <translation>Durée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Calls: %L1</source>
        <translation>Appels&#xa0;: %L1</translation>
    </message>
    <message>
        <source>Threads: %1</source>
        <translation>Threads&#xa0;: %1</translation>
    </message>
    <message>
        <source>Breadcrumb</source>
        <translation>Breadcrumb</translation>
    </message>
    <message>
        <source>%1 — run %2</source>
        <translation>%1 — exécution %2</translation>
    </message>
    <message>
        <source>%1 vs %2 (run %3)</source>
        <translation>%1 vs %2 (exécution %3)</translation>
    </message>
    <message>
        <source>%1 — Breadcrumb</source>
        <translation>%1 — Breadcrumb</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Effacer la liste</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::RunPickerDialog</name>
    <message>
        <source>Choose a run</source>
        <translation>Choisir une exécution</translation>
    </message>
    <message>
        <source>%1 holds %2 runs. Which one do you want to see?</source>
        <translation>%1 contient %2 exécutions. Laquelle voulez-vous voir&#xa0;?</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ScreenshotRunner</name>
    <message>
        <source>loading was canceled</source>
        <translation>le chargement a été annulé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several functions; write module:name</source>
        <translation>«&#xa0;%1&#xa0;» désigne plusieurs fonctions&#xa0;; écrivez module:nom</translation>
    </message>
    <message>
        <source>no function &quot;%1&quot; in this run</source>
        <translation>aucune fonction «&#xa0;%1&#xa0;» dans cette exécution</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation> (vouliez-vous dire %1&#xa0;?)</translation>
    </message>
    <message>
        <source>the view &quot;%1&quot; is not available for this trace</source>
        <translation>la vue «&#xa0;%1&#xa0;» n&apos;est pas disponible pour cette trace</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
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
        <translation>Aucun fichier source n&apos;a été enregistré pour cette fonction.</translation>
    </message>
    <message>
        <source>The source file is not available on this machine.</source>
        <translation>Le fichier source n&apos;est pas disponible sur cette machine.</translation>
    </message>
    <message>
        <source>No function selected</source>
        <translation>Aucune fonction sélectionnée</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::SqlConsolePage</name>
    <message>
        <source>Only this run</source>
        <translation>Cette exécution uniquement</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Ctrl+Enter runs the query; Ctrl+Up / Ctrl+Down recall earlier ones</source>
        <translation>Ctrl+Entrée exécute la requête&#xa0;; Ctrl+Haut / Ctrl+Bas rappellent les précédentes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Restrict the events view to the run shown in the window</source>
        <translation>Restreindre la vue events à l&apos;exécution affichée dans la fenêtre</translation>
    </message>
    <message>
        <source>Run the query (Ctrl+Enter)</source>
        <translation>Exécuter la requête (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution en cours…</translation>
    </message>
    <message>
        <source>Canceled after %1 ms.</source>
        <translation>Annulée après %1 ms.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>First %1 rows shown (more were found) in %2 ms.</source>
        <translation>Les %1 premières lignes sont affichées (il y en a d&apos;autres), %2 ms.</translation>
    </message>
    <message>
        <source>1 row in %1 ms.</source>
        <translation>1 ligne en %1 ms.</translation>
    </message>
    <message>
        <source>%1 rows in %2 ms.</source>
        <translation>%1 lignes en %2 ms.</translation>
    </message>
    <message>
        <source>First %1 rows shown: the result passed %2 (select fewer rows or columns); %3 ms.</source>
        <translation>Les %1 premières lignes sont affichées&#xa0;: le résultat a dépassé %2 (sélectionnez moins de lignes ou de colonnes)&#xa0;; %3 ms.</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ThreadFilterBox</name>
    <message>
        <source>Show the calls of all threads or of one thread</source>
        <translation>Afficher les appels de tous les threads ou d&apos;un seul thread</translation>
    </message>
    <message>
        <source>What percentages are shares of: the traced time of the threads shown, summed. A thread&apos;s traced time is the time its traced calls ran; threads running side by side add up, so this can exceed the run&apos;s wall time.</source>
        <translation>Base des pourcentages&#xa0;: le temps tracé des threads affichés, additionné. Le temps tracé d&apos;un thread est le temps pendant lequel ses appels tracés se sont exécutés&#xa0;; les threads qui s&apos;exécutent en parallèle s&apos;additionnent, ce temps peut donc dépasser la durée réelle (temps écoulé) de l&apos;exécution.</translation>
    </message>
    <message numerus="yes">
        <source>All threads (%n)</source>
        <translation>
            <numerusform>Tous les threads (%n)</numerusform>
            <numerusform>Tous les threads (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>100% = %1 traced on %2</source>
        <translation>100&#xa0;% = %1 de temps tracé sur %2</translation>
    </message>
    <message>
        <source>100% = %1 traced: %2 threads summed</source>
        <translation>100&#xa0;% = %1 de temps tracé&#xa0;: somme de %2 threads</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::TimelinePage</name>
    <message>
        <source>Reset zoom</source>
        <translation>Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Wheel zooms, drag pans, double-click shows the call in the call tree</source>
        <translation>Molette&#xa0;: zoomer, glisser&#xa0;: défiler, double-clic&#xa0;: afficher l&apos;appel dans l&apos;arbre d&apos;appels</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::TraceLoader</name>
    <message>
        <source>Opening the trace…</source>
        <translation>Ouverture de la trace…</translation>
    </message>
    <message>
        <source>Reading calls…</source>
        <translation>Lecture des appels…</translation>
    </message>
    <message>
        <source>Computing statistics…</source>
        <translation>Calcul des statistiques…</translation>
    </message>
    <message>
        <source>Building the call tree…</source>
        <translation>Construction de l&apos;arbre d&apos;appels…</translation>
    </message>
    <message>
        <source>Comparing runs…</source>
        <translation>Comparaison des exécutions…</translation>
    </message>
</context>
</TS>
