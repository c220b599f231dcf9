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
    <message>
        <source>The view to show: %1; compare-functions, compare-tree or compare-flame for the Compare tab&apos;s own views.</source>
        <translation>La vue à afficher&#xa0;: %1&#xa0;; compare-functions, compare-tree ou compare-flame pour les vues propres à l&apos;onglet «&#xa0;Comparaison&#xa0;».</translation>
    </message>
    <message>
        <source>Color scheme: system, light or dark. The default, system, follows the desktop&apos;s palette.</source>
        <translation>Jeu de couleurs&#xa0;: system, light ou dark. La valeur par défaut, system, suit la palette du bureau.</translation>
    </message>
    <message>
        <source>SCHEME</source>
        <translation>SCHEME</translation>
    </message>
    <message>
        <source>Select this time range in the timeline, in ms since the run&apos;s start, for --screenshot.</source>
        <translation>Sélectionner cette plage de temps dans la chronologie, en ms depuis le début de l&apos;exécution, pour --screenshot.</translation>
    </message>
    <message>
        <source>FROM:TO</source>
        <translation>FROM:TO</translation>
    </message>
    <message>
        <source>--range wants FROM:TO in ms with FROM &lt; TO, not &quot;%1&quot;</source>
        <translation>--range attend FROM:TO en ms avec FROM &lt; TO, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown color scheme &quot;%1&quot; (choose from %2)</source>
        <translation>jeu de couleurs inconnu «&#xa0;%1&#xa0;» (au choix&#xa0;: %2)</translation>
    </message>
    <message>
        <source>When comparing: show the view over the before run, the after run or both side by side.</source>
        <translation>En comparaison : montrer la vue sur l&apos;exécution avant, l&apos;exécution après ou les deux côte à côte.</translation>
    </message>
    <message>
        <source>before|after|both</source>
        <translation>before|after|both</translation>
    </message>
    <message>
        <source>Trace file to open (FILE or FILE:RUN; to compare, also FILE:FIRST-LAST or FILE:all to pool runs).</source>
        <translation>Fichier de trace à ouvrir (FICHIER ou FICHIER:EXÉCUTION ; pour comparer, aussi FICHIER:PREMIÈRE-DERNIÈRE ou FICHIER:all pour regrouper des exécutions).</translation>
    </message>
    <message>
        <source>Second trace to compare with (after; FILE, FILE:RUN, FILE:FIRST-LAST or FILE:all).</source>
        <translation>Seconde trace à comparer (après ; FICHIER, FICHIER:EXÉCUTION, FICHIER:PREMIÈRE-DERNIÈRE ou FICHIER:all).</translation>
    </message>
    <message>
        <source>%1 names several runs: pooling needs an AFTER_TRACE to compare with</source>
        <translation>%1 désigne plusieurs exécutions : les regrouper demande une AFTER_TRACE à comparer</translation>
    </message>
    <message>
        <source>unknown side &quot;%1&quot; (choose from %2)</source>
        <translation>côté « %1 » inconnu (au choix : %2)</translation>
    </message>
</context>
<context>
    <name>FrameColors</name>
    <message>
        <source>no self time</source>
        <translation>aucun temps propre</translation>
    </message>
    <message>
        <source>half</source>
        <translation>moitié</translation>
    </message>
    <message>
        <source>largest self time</source>
        <translation>plus grand temps propre</translation>
    </message>
</context>
<context>
    <name>KeyReference</name>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Call Tree</source>
        <translation>Arbre d&apos;appels</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Flame Graph</source>
        <translation>Graphe de flammes</translation>
    </message>
    <message>
        <source>Open a trace</source>
        <translation>Ouvrir une trace</translation>
    </message>
    <message>
        <source>Reload the trace (shows a run the program appended since)</source>
        <translation>Recharger la trace (affiche une exécution ajoutée depuis par le programme)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Back to the previous function</source>
        <translation>Revenir à la fonction précédente</translation>
    </message>
    <message>
        <source>Forward to the next function</source>
        <translation>Passer à la fonction suivante</translation>
    </message>
    <message>
        <source>Show the view of that number (Functions … Compare)</source>
        <translation>Afficher la vue portant ce numéro (Fonctions … Comparaison)</translation>
    </message>
    <message>
        <source>This list of keys</source>
        <translation>Cette liste des touches</translation>
    </message>
    <message>
        <source>Find a function: focus the search box</source>
        <translation>Rechercher une fonction&#xa0;: placer le focus dans le champ de recherche</translation>
    </message>
    <message>
        <source>Next match of the search</source>
        <translation>Résultat suivant de la recherche</translation>
    </message>
    <message>
        <source>Previous match of the search</source>
        <translation>Résultat précédent de la recherche</translation>
    </message>
    <message>
        <source>Expand the hot path below the selected node</source>
        <translation>Déplier le chemin critique sous le nœud sélectionné</translation>
    </message>
    <message>
        <source>Run the query</source>
        <translation>Exécuter la requête</translation>
    </message>
    <message>
        <source>Zoom in, out around the cursor</source>
        <translation>Zoom avant, arrière autour du curseur</translation>
    </message>
    <message>
        <source>Pan left, right</source>
        <translation>Faire défiler vers la gauche, la droite</translation>
    </message>
    <message>
        <source>Zoom in, out</source>
        <translation>Zoom avant, arrière</translation>
    </message>
    <message>
        <source>Show the whole run</source>
        <translation>Afficher toute l&apos;exécution</translation>
    </message>
    <message>
        <source>Select a time range: the Functions, Function and Flame Graph tabs count only the calls in it (also a drag on the time axis)</source>
        <translation>Sélectionner une plage de temps&#xa0;: les onglets Fonctions, Fonction et Graphe de flammes ne comptent que les appels qu&apos;elle contient (également en faisant glisser sur l&apos;axe du temps)</translation>
    </message>
    <message>
        <source>Clear the time range</source>
        <translation>Effacer la plage de temps</translation>
    </message>
    <message>
        <source>Zoom around the cursor</source>
        <translation>Zoomer autour du curseur</translation>
    </message>
    <message>
        <source>Pan (a horizontal wheel too)</source>
        <translation>Faire défiler (aussi avec une molette horizontale)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Step back through zooms and transforms</source>
        <translation>Revenir pas à pas sur les zooms et les transformations</translation>
    </message>
    <message>
        <source>Focus, merge recursion, collapse, sandwich, copy, export</source>
        <translation>Focaliser, fusionner la récursion, replier, sandwich, copier, exporter</translation>
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
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
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
    <message>
        <source>Total time</source>
        <translation>Temps total</translation>
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
    <message>
        <source>Flame graph</source>
        <translation>Graphe de flammes</translation>
    </message>
    <message>
        <source>Building the flame graph of %L1 calls…</source>
        <translation>Construction du graphe de flammes de %L1 appels…</translation>
    </message>
</context>
<context>
    <name>breadcrumb::FlameGraphWidget</name>
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
    <message>
        <source>Back (Backspace or Escape)</source>
        <translation>Retour (Backspace ou Escape)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Focus: %1</source>
        <translation>Focus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Subtree: %1</source>
        <translation>Sous-arbre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Merged recursion: %1</source>
        <translation>Récursion fusionnée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Collapsed: %1</source>
        <translation>Replié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Focus on function %1 (all call sites)</source>
        <translation>Focaliser sur la fonction %1 (tous les sites d&apos;appel)</translation>
    </message>
    <message>
        <source>Focus on this subtree</source>
        <translation>Focaliser sur ce sous-arbre</translation>
    </message>
    <message>
        <source>Merge recursion of %1</source>
        <translation>Fusionner la récursion de %1</translation>
    </message>
    <message>
        <source>Collapse this frame (fold its callees into it)</source>
        <translation>Replier ce bloc (y intégrer ses appelés)</translation>
    </message>
    <message>
        <source>Zoom to this frame</source>
        <translation>Zoomer sur ce bloc</translation>
    </message>
    <message>
        <source>Copy function name</source>
        <translation>Copier le nom de la fonction</translation>
    </message>
    <message>
        <source>Show sandwich (callers and callees)</source>
        <translation>Afficher le sandwich (appelants et appelés)</translation>
    </message>
    <message>
        <source>Show in call tree</source>
        <translation>Afficher dans l&apos;arbre d&apos;appels</translation>
    </message>
    <message>
        <source>Show function page</source>
        <translation>Afficher la page de la fonction</translation>
    </message>
    <message>
        <source>Remove all transforms</source>
        <translation>Supprimer toutes les transformations</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Export view as SVG…</source>
        <translation>Exporter la vue en SVG…</translation>
    </message>
    <message>
        <source>Export view as PNG…</source>
        <translation>Exporter la vue en PNG…</translation>
    </message>
    <message>
        <source>Export flame graph as SVG</source>
        <translation>Exporter le graphe de flammes en SVG</translation>
    </message>
    <message>
        <source>Export flame graph as PNG</source>
        <translation>Exporter le graphe de flammes en PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Transforms:</source>
        <translation>Transformations&#xa0;:</translation>
    </message>
    <message>
        <source>Remove this transform and the ones after it</source>
        <translation>Supprimer cette transformation et les suivantes</translation>
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
    <message>
        <source>Call duration</source>
        <translation>Durée d&apos;appel</translation>
    </message>
</context>
<context>
    <name>breadcrumb::OverlaidHistogram</name>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>Call duration (ms)</source>
        <translation>Durée de l&apos;appel (ms)</translation>
    </message>
    <message>
        <source>Share of calls</source>
        <translation>Part des appels</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
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
    <name>breadcrumb::SandwichWidget</name>
    <message>
        <source>Callers (merged over all call sites)</source>
        <translation>Appelants (fusionnés sur tous les sites d&apos;appel)</translation>
    </message>
    <message>
        <source>Callees (merged over all call sites)</source>
        <translation>Appelés (fusionnés sur tous les sites d&apos;appel)</translation>
    </message>
    <message>
        <source>Select a function to see its callers and callees.</source>
        <translation>Sélectionnez une fonction pour voir ses appelants et ses appelés.</translation>
    </message>
    <message>
        <source>%1 has no calls in this view.</source>
        <translation>%1 n&apos;a aucun appel dans cette vue.</translation>
    </message>
    <message>
        <source>%1: %2 inclusive (%3), calls: %4</source>
        <translation>%1&#xa0;: %2 de temps inclusif (%3), appels&#xa0;: %4</translation>
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
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Laying out %L1 calls…</source>
        <translation>Disposition de %L1 appels…</translation>
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
    <message>
        <source>Find function</source>
        <translation>Rechercher une fonction</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Résultat précédent (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Résultat suivant (F3)</translation>
    </message>
    <message>
        <source>Top-down</source>
        <translation>Descendant</translation>
    </message>
    <message>
        <source>Bottom-up</source>
        <translation>Ascendant</translation>
    </message>
    <message>
        <source>Top-down: from the roots to the functions they call</source>
        <translation>Descendant : des racines vers les fonctions qu&apos;elles appellent</translation>
    </message>
    <message>
        <source>Bottom-up: each function with the calls that led to it</source>
        <translation>Ascendant : chaque fonction avec les appels qui y ont mené</translation>
    </message>
    <message>
        <source>Hot path</source>
        <translation>Chemin chaud</translation>
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
    <message>
        <source>%1 of the inclusive time of %2 (its Total in the Functions table)</source>
        <translation>%1 du temps inclusif de %2 (son Total dans le tableau «&#xa0;Fonctions&#xa0;»)</translation>
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
    <message>
        <source>No traced function calls %1.</source>
        <translation>Aucune fonction tracée n&apos;appelle %1.</translation>
    </message>
    <message>
        <source>%1 calls no traced function: all of its time is its own (self), spent in its own code or in code the tracer does not record (the standard library, C extensions).</source>
        <translation>%1 n&apos;appelle aucune fonction tracée&#xa0;: tout son temps est du temps propre, passé dans son propre code ou dans du code que le traceur n&apos;enregistre pas (la bibliothèque standard, les extensions C).</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ComparePage</name>
    <message>
        <source>Click to select the function; double-click a new function to open it in the after run</source>
        <translation>Cliquez pour sélectionner la fonction&#xa0;; double-cliquez sur une nouvelle fonction pour l&apos;ouvrir dans l&apos;exécution «&#xa0;après&#xa0;»</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>Call tree</source>
        <translation>Arbre d&apos;appels</translation>
    </message>
    <message>
        <source>Differential flame graph</source>
        <translation>Graphe de flammes différentiel</translation>
    </message>
    <message>
        <source>Traced time: the threads&apos; traced time summed. Verdicts: a Mann–Whitney test on the per-call times (p &lt; 0.01) and a noise floor of 0.1 ms and 1% of the run</source>
        <translation>Temps tracé&#xa0;: somme des temps tracés des threads. Verdicts&#xa0;: un test de Mann–Whitney sur les temps par appel (p &lt; 0,01) et un seuil de bruit de 0,1 ms et 1&#xa0;% de l&apos;exécution</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Avant&#xa0;:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Après&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Change:&lt;/b&gt; %1 (%2) — %3 faster, %4 slower, %5 new, %6 gone</source>
        <translation>&lt;b&gt;Variation&amp;nbsp;:&lt;/b&gt; %1 (%2) — %3 plus rapides, %4 plus lentes, %5 nouvelles, %6 disparues</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>%1 (self %2)</source>
        <translation>%1 (temps propre %2)</translation>
    </message>
    <message>
        <source>mostly %1</source>
        <translation>surtout %1</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Avertissement&#xa0;:</translation>
    </message>
    <message>
        <source>these runs do not look like the same program: only %1% of the before run&apos;s functions and %2% of the after run&apos;s are in both, so the deltas compare different code.</source>
        <translation>ces exécutions ne semblent pas provenir du même programme&#xa0;: seules %1&#xa0;% des fonctions de l&apos;exécution «&#xa0;avant&#xa0;» et %2&#xa0;% de celles de l&apos;exécution «&#xa0;après&#xa0;» figurent dans les deux, les écarts comparent donc du code différent.</translation>
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
    <message>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>slower</source>
        <translation>plus lente</translation>
    </message>
    <message>
        <source>faster</source>
        <translation>plus rapide</translation>
    </message>
    <message>
        <source>few calls</source>
        <translation>peu d&apos;appels</translation>
    </message>
    <message>
        <source>Mann–Whitney test on the per-call times: p = %1, Cliff&apos;s delta %2 (p &lt; 0.01 is a real change)</source>
        <translation>Test de Mann–Whitney sur les temps par appel&#xa0;: p = %1, delta de Cliff %2 (p &lt; 0,01 indique une variation réelle)</translation>
    </message>
    <message>
        <source>The calls take as long as before (p = %1), but there are %2 instead of %3</source>
        <translation>Les appels durent autant qu&apos;avant (p = %1), mais il y en a %2 au lieu de %3</translation>
    </message>
    <message>
        <source>Fewer than 8 calls on a side: too few for the test, judged by the noise floor only (0.1 ms and 1% of the run)</source>
        <translation>Moins de 8 appels d&apos;un côté&#xa0;: trop peu pour le test, jugé uniquement d&apos;après le seuil de bruit (0,1 ms et 1&#xa0;% de l&apos;exécution)</translation>
    </message>
    <message>
        <source>The change is under the noise floor: below 0.1 ms or 1% of the run</source>
        <translation>La variation est sous le seuil de bruit&#xa0;: moins de 0,1 ms ou de 1&#xa0;% de l&apos;exécution</translation>
    </message>
    <message>
        <source>Slower or faster only when the change is real: a Mann–Whitney test on the per-call times (p &lt; 0.01, 8+ calls a side) and above the noise floor (0.1 ms and 1% of the run)</source>
        <translation>Plus lente ou plus rapide seulement si la variation est réelle&#xa0;: un test de Mann–Whitney sur les temps par appel (p &lt; 0,01, au moins 8 appels de chaque côté) et au-dessus du seuil de bruit (0,1 ms et 1&#xa0;% de l&apos;exécution)</translation>
    </message>
    <message>
        <source>Change of the function&apos;s own (self) time: where the time itself went</source>
        <translation>Variation du temps propre de la fonction&#xa0;: où le temps lui-même est passé</translation>
    </message>
    <message>
        <source>p value of the Mann–Whitney test; &quot;few calls&quot; when a side has fewer than 8</source>
        <translation>Valeur p du test de Mann–Whitney&#xa0;; «&#xa0;peu d&apos;appels&#xa0;» quand un côté en compte moins de 8</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Δ self</source>
        <translation>Δ temps propre</translation>
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
        <translation>nouveau</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>disparu</translation>
    </message>
    <message>
        <source>New: this call path is only in the after run</source>
        <translation>Nouveau&#xa0;: ce chemin d&apos;appel n&apos;existe que dans l&apos;exécution «&#xa0;après&#xa0;»</translation>
    </message>
    <message>
        <source>Gone: this call path is only in the before run</source>
        <translation>Disparu&#xa0;: ce chemin d&apos;appel n&apos;existe que dans l&apos;exécution «&#xa0;avant&#xa0;»</translation>
    </message>
    <message>
        <source>Each function, then the callers it was entered from, in both runs</source>
        <translation>Chaque fonction, puis les appelants par lesquels on y est entré, dans les deux exécutions</translation>
    </message>
    <message>
        <source>Calls aggregated by call path in both runs, matched by module and name</source>
        <translation>Appels agrégés par chemin d&apos;appel dans les deux exécutions, appariés par module et nom</translation>
    </message>
    <message>
        <source>Inclusive time of the path: while its calls are on the stack</source>
        <translation>Temps inclusif du chemin&#xa0;: tant que ses appels sont sur la pile</translation>
    </message>
    <message>
        <source>Inclusive after − before: red grew, blue shrank</source>
        <translation>Temps inclusif après − avant&#xa0;: rouge en hausse, bleu en baisse</translation>
    </message>
    <message>
        <source>Δ relative to the inclusive time before; new and gone paths are marked</source>
        <translation>Δ relatif au temps inclusif avant&#xa0;; les chemins nouveaux et disparus sont signalés</translation>
    </message>
    <message>
        <source>Self time: while the function is the running frame</source>
        <translation>Temps propre&#xa0;: tant que la fonction est le cadre de pile qui s&apos;exécute</translation>
    </message>
    <message>
        <source>Self after − before: where the time itself went</source>
        <translation>Temps propre après − avant&#xa0;: où le temps lui-même est passé</translation>
    </message>
    <message>
        <source>Number of calls</source>
        <translation>Nombre d&apos;appels</translation>
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
        <source>Incl. before</source>
        <translation>Incl. avant</translation>
    </message>
    <message>
        <source>Incl. after</source>
        <translation>Incl. après</translation>
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
        <translation>Temps propre avant</translation>
    </message>
    <message>
        <source>Self after</source>
        <translation>Temps propre après</translation>
    </message>
    <message>
        <source>Δ self</source>
        <translation>Δ temps propre</translation>
    </message>
    <message>
        <source>Calls before</source>
        <translation>Appels avant</translation>
    </message>
    <message>
        <source>Calls after</source>
        <translation>Appels après</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ComparisonTreeView</name>
    <message>
        <source>Top-down</source>
        <translation>Descendant</translation>
    </message>
    <message>
        <source>Bottom-up</source>
        <translation>Ascendant</translation>
    </message>
    <message>
        <source>Top-down: call paths from the roots; bottom-up: each function, then its callers</source>
        <translation>Descendant&#xa0;: chemins d&apos;appel depuis les racines&#xa0;; ascendant&#xa0;: chaque fonction, puis ses appelants</translation>
    </message>
    <message>
        <source>Expand hot path</source>
        <translation>Déplier le chemin critique</translation>
    </message>
    <message>
        <source>Expand from the selected row along the largest change (|Δ|)</source>
        <translation>Déplier depuis la ligne sélectionnée en suivant la plus forte variation (|Δ|)</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Sens&#xa0;:</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::DifferentialFlameGraph</name>
    <message>
        <source>Before shape</source>
        <translation>Forme «&#xa0;avant&#xa0;»</translation>
    </message>
    <message>
        <source>Draw the before run&apos;s call paths (widths) instead of the after run&apos;s; the colours stay the change</source>
        <translation>Dessiner les chemins d&apos;appel (largeurs) de l&apos;exécution «&#xa0;avant&#xa0;» au lieu de ceux de l&apos;exécution «&#xa0;après&#xa0;»&#xa0;; les couleurs montrent toujours la variation</translation>
    </message>
    <message>
        <source>%1 grew &amp;nbsp; %2 shrank &amp;nbsp; %3 unchanged &amp;nbsp;— the stronger, the larger the change</source>
        <translation>%1 en hausse &amp;nbsp; %2 en baisse &amp;nbsp; %3 inchangé &amp;nbsp;— plus la couleur est intense, plus la variation est forte</translation>
    </message>
    <message>
        <source>Before: %1 inclusive, %2 self, %3 calls</source>
        <translation>Avant&#xa0;: %1 de temps inclusif, %2 de temps propre, %3 appels</translation>
    </message>
    <message>
        <source>not called</source>
        <translation>non appelée</translation>
    </message>
    <message>
        <source>After: %1 inclusive, %2 self, %3 calls</source>
        <translation>Après&#xa0;: %1 de temps inclusif, %2 de temps propre, %3 appels</translation>
    </message>
    <message>
        <source>Change: %1 (%2)</source>
        <translation>Variation&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ExceptionGroupsModel</name>
    <message>
        <source>(outside traced calls)</source>
        <translation>(hors des appels tracés)</translation>
    </message>
    <message>
        <source>Raised in %1
%2:%3</source>
        <translation>Levée dans %1
%2:%3</translation>
    </message>
    <message>
        <source>First raised at %1, last at %2</source>
        <translation>Première levée&#xa0;: %1, dernière&#xa0;: %2</translation>
    </message>
    <message>
        <source>The exception type</source>
        <translation>Le type d&apos;exception</translation>
    </message>
    <message>
        <source>The raising function</source>
        <translation>La fonction qui l&apos;a levée</translation>
    </message>
    <message>
        <source>Exceptions of the group that nothing caught: they ended the run or a thread</source>
        <translation>Exceptions du groupe que rien n&apos;a interceptées&#xa0;: elles ont mis fin à l&apos;exécution ou à un thread</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Raised in</source>
        <translation>Levée dans</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Uncaught</source>
        <translation>Non interceptées</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::ExceptionsModel</name>
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
        <source>uncaught</source>
        <translation>non interceptée</translation>
    </message>
    <message>
        <source>Uncaught: it ended the run</source>
        <translation>Non interceptée&#xa0;: elle a mis fin à l&apos;exécution</translation>
    </message>
    <message>
        <source>Uncaught: it ended the thread %1</source>
        <translation>Non interceptée&#xa0;: elle a mis fin au thread %1</translation>
    </message>
    <message>
        <source>Handled in the raising call</source>
        <translation>Interceptée dans l&apos;appel qui l&apos;a levée</translation>
    </message>
    <message>
        <source>Handled in %1, after leaving the raising call</source>
        <translation>Interceptée dans %1, après la sortie de l&apos;appel qui l&apos;a levée</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Interceptée</translation>
    </message>
    <message>
        <source>Uncaught: nothing in the traced code caught it, so it ended the run or its thread. Handled: caught, in the raising call or by a caller (hover a row to see where).</source>
        <translation>Non interceptée&#xa0;: rien dans le code tracé ne l&apos;a interceptée, elle a donc mis fin à l&apos;exécution ou à son thread. Interceptée&#xa0;: dans l&apos;appel qui l&apos;a levée ou par un appelant (survolez une ligne pour voir où).</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
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
        <source>(no traceback recorded)</source>
        <translation>(aucun traceback enregistré)</translation>
    </message>
    <message>
        <source>Filter by type, message or function…</source>
        <translation>Filtrer par type, message ou fonction…</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Aucun regroupement</translation>
    </message>
    <message>
        <source>Group by type</source>
        <translation>Regrouper par type</translation>
    </message>
    <message>
        <source>Group by raise site</source>
        <translation>Regrouper par lieu de levée</translation>
    </message>
    <message>
        <source>Group the exceptions by type or by the function that raised them; pick a group to list its exceptions</source>
        <translation>Regrouper les exceptions par type ou par la fonction qui les a levées&#xa0;; choisissez un groupe pour en lister les exceptions</translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) in the run</source>
        <translation>
            <numerusform>%n exception dans l&apos;exécution</numerusform>
            <numerusform>%n exceptions dans l&apos;exécution</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 shown</source>
        <translation>&#xa0;; %1 affichées</translation>
    </message>
    <message>
        <source>, %1 uncaught (ended the run or a thread)</source>
        <translation>, %1 non interceptées (ont mis fin à l&apos;exécution ou à un thread)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::FlameGraphPage</name>
    <message>
        <source>Highlight functions matching…</source>
        <translation>Mettre en évidence les fonctions correspondant à…</translation>
    </message>
    <message>
        <source>Colour by module</source>
        <translation>Couleur par module</translation>
    </message>
    <message>
        <source>Colour by package</source>
        <translation>Couleur par paquet</translation>
    </message>
    <message>
        <source>Colour by self time</source>
        <translation>Couleur par temps propre</translation>
    </message>
    <message>
        <source>Colour by function</source>
        <translation>Couleur par fonction</translation>
    </message>
    <message>
        <source>What the frames&apos; colours show; the legend above the graph explains them</source>
        <translation>Ce que montrent les couleurs des blocs&#xa0;; la légende au-dessus du graphe les explique</translation>
    </message>
    <message>
        <source>Sandwich</source>
        <translation>Sandwich</translation>
    </message>
    <message>
        <source>Show the selected function&apos;s callers above it and its callees below, merged over all call sites</source>
        <translation>Afficher les appelants de la fonction sélectionnée au-dessus d&apos;elle et ses appelés en dessous, fusionnés sur tous les sites d&apos;appel</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export view as SVG…</source>
        <translation>Exporter la vue en SVG…</translation>
    </message>
    <message>
        <source>Export view as PNG…</source>
        <translation>Exporter la vue en PNG…</translation>
    </message>
    <message>
        <source>Right-click for more</source>
        <translation>Clic droit pour plus d&apos;options</translation>
    </message>
    <message>
        <source>Wheel or +/-: zoom at the cursor; Shift+wheel or arrows: pan; double-click: zoom to a frame; right-click: focus, merge, collapse, export; Backspace/Esc: back</source>
        <translation>Molette ou +/-&#xa0;: zoomer au curseur&#xa0;; Shift+molette ou flèches&#xa0;: faire défiler&#xa0;; double-clic&#xa0;: zoomer sur un bloc&#xa0;; clic droit&#xa0;: focaliser, fusionner, replier, exporter&#xa0;; Backspace/Esc&#xa0;: retour</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Self time</source>
        <translation>Temps propre</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
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
    <name>breadcrumb::gui::FunctionComparisonPane</name>
    <message>
        <source>&amp;Normalised (share of calls)</source>
        <translation>&amp;Normalisé (part des appels)</translation>
    </message>
    <message>
        <source>Bars as the fraction of each run&apos;s calls, so runs with different call counts compare by shape</source>
        <translation>Barres en part des appels de chaque exécution, pour comparer par leur forme des exécutions aux nombres d&apos;appels différents</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
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
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>%1: before and after</source>
        <translation>%1 : avant et après</translation>
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
        <source>1 call</source>
        <translation>1 appel</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s) in the range selected in the histogram</source>
        <translation>
            <numerusform>%1 sur %n appel dans la plage sélectionnée de l&apos;histogramme</numerusform>
            <numerusform>%1 sur %n appels dans la plage sélectionnée de l&apos;histogramme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) — drag across the histogram to filter them</source>
        <translation>
            <numerusform>%n appel — faites glisser sur l&apos;histogramme pour le filtrer</numerusform>
            <numerusform>%n appels — faites glisser sur l&apos;histogramme pour les filtrer</numerusform>
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
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n fonction</numerusform>
            <numerusform>%n fonctions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n function(s)</source>
        <translation>
            <numerusform>%1 sur %n fonction</numerusform>
            <numerusform>%1 sur %n fonctions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::KeyReferenceDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::LoadingPlaceholder</name>
    <message>
        <source>&lt;h3&gt;Loading calls… %1%&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;This view needs every call of the run. The Functions table already shows the run&apos;s totals, from the summaries the tracer stored when it ended.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Chargement des appels… %1%&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Cette vue a besoin de chaque appel de l&apos;exécution. La table des fonctions montre déjà les totaux de l&apos;exécution, tirés des résumés que le traceur a enregistrés à sa fin.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The calls were not loaded&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;The Functions table shows the run&apos;s stored totals. Reload (F5) to read the calls again.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Les appels n&apos;ont pas été chargés&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;La table des fonctions montre les totaux enregistrés de l&apos;exécution. Rechargez (F5) pour relire les appels.&lt;/p&gt;</translation>
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
    <message>
        <source>Read the trace again (F5); a run appended since is offered above the views</source>
        <translation>Relire la trace (F5)&#xa0;; une exécution ajoutée depuis est proposée au-dessus des vues</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Range %1 (Functions, Function, Flame Graph)</source>
        <translation>Plage %1 (Fonctions, Fonction, Graphe de flammes)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation>Appels : %1</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 contre %2</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::NewRunBar</name>
    <message>
        <source>Stay on this run</source>
        <translation>Rester sur cette exécution</translation>
    </message>
    <message>
        <source>The trace has a newer run: run %1 (%2), started %3.</source>
        <translation>La trace contient une exécution plus récente&#xa0;: exécution %1 (%2), début&#xa0;: %3.</translation>
    </message>
    <message>
        <source>no command line recorded</source>
        <translation>aucune ligne de commande enregistrée</translation>
    </message>
    <message>
        <source>Show run %1</source>
        <translation>Afficher l&apos;exécution %1</translation>
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
        <translation>Exécution :</translation>
    </message>
    <message>
        <source>&amp;Before</source>
        <translation>A&amp;vant</translation>
    </message>
    <message>
        <source>Show the before run (Alt+B)</source>
        <translation>Montrer l&apos;exécution avant (Alt+B)</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>&amp;Après</translation>
    </message>
    <message>
        <source>Show the after run (Alt+A)</source>
        <translation>Montrer l&apos;exécution après (Alt+A)</translation>
    </message>
    <message>
        <source>B&amp;oth</source>
        <translation>Les &amp;deux</translation>
    </message>
    <message>
        <source>Show both runs side by side, kept in step (Alt+O)</source>
        <translation>Montrer les deux exécutions côte à côte, synchronisées (Alt+O)</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::RunPickerDialog</name>
    <message>
        <source>Choose a run</source>
        <translation>Choisir une exécution</translation>
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
    <message numerus="yes">
        <source>%1 holds %n run(s). Which one do you want to see?</source>
        <translation>
            <numerusform>%1 contient %n exécution. Laquelle afficher&#xa0;?</numerusform>
            <numerusform>%1 contient %n exécutions. Laquelle afficher&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>(no command line recorded)</source>
        <translation>(aucune ligne de commande enregistrée)</translation>
    </message>
    <message>
        <source>A child process of run %1</source>
        <translation>Un processus enfant de l’exécution %1</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::RunSplitView</name>
    <message>
        <source>%1 · runs %2 pooled</source>
        <translation>%1 · exécutions %2 regroupées</translation>
    </message>
    <message>
        <source>%1 · runs %2 pooled; this tab shows run %3 only</source>
        <translation>%1 · exécutions %2 regroupées ; cet onglet ne montre que l&apos;exécution %3</translation>
    </message>
    <message>
        <source>%1 · run %2</source>
        <translation>%1 · exécution %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>(no command line recorded)</source>
        <translation>(aucune ligne de commande enregistrée)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::RunSwitcher</name>
    <message>
        <source>The run shown; the file&apos;s other runs, newest first</source>
        <translation>L&apos;exécution affichée&#xa0;; les autres exécutions du fichier, les plus récentes en premier</translation>
    </message>
    <message>
        <source>running or ended early</source>
        <translation>en cours ou terminée prématurément</translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3 · %4</source>
        <translation>Exécution %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>(no command line recorded)</source>
        <translation>(aucune ligne de commande enregistrée)</translation>
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
    <message>
        <source>the range %1:%2 ms lies outside the run</source>
        <translation>la plage %1:%2 ms est en dehors de l&apos;exécution</translation>
    </message>
    <message>
        <source>the view &quot;%1&quot; cannot show the side &quot;%2&quot; (it needs two traces)</source>
        <translation>la vue « %1 » ne peut pas montrer le côté « %2 » (il faut deux traces)</translation>
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
    <message numerus="yes">
        <source>First %n row(s) shown: the result passed %1 (select fewer rows or columns); %2 ms.</source>
        <translation>
            <numerusform>%n première ligne affichée&#xa0;: le résultat a dépassé %1 (sélectionnez moins de lignes ou de colonnes)&#xa0;; %2 ms.</numerusform>
            <numerusform>%n premières lignes affichées&#xa0;: le résultat a dépassé %1 (sélectionnez moins de lignes ou de colonnes)&#xa0;; %2 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %n row(s) shown (more were found) in %1 ms.</source>
        <translation>
            <numerusform>%n première ligne affichée (d&apos;autres ont été trouvées) en %1 ms.</numerusform>
            <numerusform>%n premières lignes affichées (d&apos;autres ont été trouvées) en %1 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 ms.</source>
        <translation>
            <numerusform>%n ligne en %1 ms.</numerusform>
            <numerusform>%n lignes en %1 ms.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>100% = %1 traced: %n thread(s) summed</source>
        <translation>
            <numerusform>100&#xa0;% = %1 de temps tracé&#xa0;: %n thread</numerusform>
            <numerusform>100&#xa0;% = %1 de temps tracé&#xa0;: %n threads additionnés</numerusform>
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
        <translation>Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Clear range</source>
        <translation>Effacer la plage</translation>
    </message>
    <message>
        <source>Show the whole run again in the Functions table, the Function page and the flame graph (Esc)</source>
        <translation>Afficher de nouveau toute l&apos;exécution dans le tableau «&#xa0;Fonctions&#xa0;», la page «&#xa0;Fonction&#xa0;» et le graphe de flammes (Esc)</translation>
    </message>
    <message>
        <source>Wheel or W/S zoom, drag or A/D pan, Shift+drag selects a time range, double-click shows the call in the call tree</source>
        <translation>Molette ou W/S&#xa0;: zoom, glisser ou A/D&#xa0;: défilement, Shift+glisser&#xa0;: sélection d&apos;une plage de temps, double-clic&#xa0;: affichage de l&apos;appel dans l&apos;arbre d&apos;appels</translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation>Plage&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>breadcrumb::gui::TraceFileDialog</name>
    <message>
        <source>Breadcrumb traces (*.db *.sqlite *.trace);;All files (*)</source>
        <translation>Traces Breadcrumb (*.db *.sqlite *.trace);;Tous les fichiers (*)</translation>
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
