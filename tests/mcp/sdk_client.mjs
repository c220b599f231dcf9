// A real MCP client (the official TypeScript SDK) drives `breadcrumb serve-mcp` over stdio: it negotiates
// the protocol, lists the tools and calls each one on traces of the seed's performance example, checking
// the answers. The SDK also validates every structuredContent against the tool's outputSchema.
//
// usage: node sdk_client.mjs TRACES_DIR SERVER [SERVER_ARGS...]
import assert from "node:assert/strict";
import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const [tracesDir, server, ...serverArgs] = process.argv.slice(2);
if (!tracesDir || !server) {
    console.error("usage: node sdk_client.mjs TRACES_DIR SERVER [SERVER_ARGS...]");
    process.exit(2);
}
const trace = (name) => path.join(tracesDir, name);

async function connect(traceFile, ...extraArgs) {
    const transport = new StdioClientTransport({
        command: server,
        args: [...serverArgs, "--trace", traceFile, ...extraArgs],
        stderr: "pipe", // the server logs there; keep the test output readable
    });
    const client = new Client({ name: "breadcrumb-mcp-test", version: "1.0.0" });
    await client.connect(transport);
    return client;
}

function text(result) {
    assert.ok(Array.isArray(result.content) && result.content.length > 0, "content is a non-empty array");
    assert.equal(result.content[0].type, "text");
    return result.content[0].text;
}

async function call(client, name, args = {}) {
    const result = await client.callTool({ name, arguments: args });
    assert.notEqual(result.isError, true, `${name} failed: ${result.content?.[0]?.text}`);
    return { text: text(result), data: result.structuredContent };
}

const near = (actual, expected, tolerance, what) =>
    assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} is not ~${expected}`);

const checks = [];
function check(name, fn) {
    checks.push({ name, fn });
}

check("initialize and tools/list", async () => {
    const client = await connect(trace("seed-before.db"));
    try {
        assert.equal(client.getServerVersion().name, "breadcrumb");
        assert.ok(client.getServerCapabilities().tools, "tools capability");
        assert.match(client.getInstructions() ?? "", /breadcrumb__analyze_performance/);
        const { tools } = await client.listTools();
        assert.deepEqual(tools.map((t) => t.name).sort(), [
            "breadcrumb__analyze_performance", "breadcrumb__compare_runs", "breadcrumb__find_exceptions",
            "breadcrumb__get_trace", "breadcrumb__query_traces"]);
        for (const t of tools) {
            assert.equal(t.inputSchema.type, "object", t.name);
            assert.equal(t.inputSchema.additionalProperties, false, t.name);
            assert.ok(t.outputSchema, `${t.name} has an outputSchema`);
        }
        assert.deepEqual(tools.find((t) => t.name === "breadcrumb__query_traces").inputSchema.required, ["sql"]);
        await client.ping();
    } finally {
        await client.close();
    }
});

check("analyze_performance: the seed's bottlenecks", async () => {
    const client = await connect(trace("seed-before.db"));
    try {
        const { text: t, data } = await call(client, "breadcrumb__analyze_performance");
        assert.equal(data.mode, "bottlenecks");
        assert.equal(data.run.run_id, 1);
        const by = Object.fromEntries(data.bottlenecks.map((b) => [b.function, b]));
        assert.deepEqual(data.bottlenecks.slice(0, 2).map((b) => b.function), ["slow_function", "very_slow_function"]);
        const slow = by["slow_function"];
        assert.equal(slow.calls, 13);
        near(slow.total_ms, 1300.5, 0.05, "slow_function total");
        near(slow.avg_ms, 100.0, 0.05, "slow_function avg");
        near(slow.p95_ms, 100.2, 0.05, "slow_function P95");
        assert.equal(slow.callers[0].function, "redundant_computation");
        assert.equal(slow.callers[0].calls, 10);
        near(slow.callers[0].total_ms, 1000.2, 0.05, "redundant_computation's share");
        assert.equal(slow.callers[1].function, "process_data");
        assert.equal(slow.callers[1].calls, 3);
        assert.match(slow.recommendation, /^called 10 times from redundant_computation \(1000\.2ms\): consider caching or hoisting the call out of the loop/);
        assert.deepEqual(slow.untraced_calls.map((u) => [u.callee, u.calls]), [["time.sleep", 13]]);
        assert.equal(by["very_slow_function"].calls, 1);
        near(by["very_slow_function"].total_ms, 500.2, 0.05, "very_slow_function total");
        assert.match(by["very_slow_function"].recommendation, /single call takes 500\.2ms, 500\.0ms of it in time\.sleep/);
        assert.ok(!data.bottlenecks.some((b) => b.function === "efficient_loop"), "under 1% of the run is no bottleneck");
        for (const word of ["very_slow_function", "slow_function", "redundant_computation", "Calls: 13", "P95: 100.2ms"])
            assert.ok(t.includes(word), `text mentions ${word}:\n${t}`);

        const limited = await call(client, "breadcrumb__analyze_performance", { limit: 1 });
        assert.equal(limited.data.bottlenecks.length, 1);
    } finally {
        await client.close();
    }
});

check("analyze_performance: same argument in a loop (captured values)", async () => {
    const client = await connect(trace("values.db"));
    try {
        const { data } = await call(client, "breadcrumb__analyze_performance");
        const slow = data.bottlenecks.find((b) => b.function === "slow_function");
        assert.match(slow.recommendation,
            /^called 10 times from redundant_computation \(1000\.2ms\) with the same argument \(x=10\): compute it once outside the loop/);
    } finally {
        await client.close();
    }
});

check("analyze_performance with function: statistics, callers, callees", async () => {
    const client = await connect(trace("seed-before.db"));
    try {
        const { text: t, data } = await call(client, "breadcrumb__analyze_performance", { function: "slow_function" });
        assert.equal(data.mode, "function");
        assert.equal(data.function.calls, 13);
        near(data.function.total_ms, 1300.5, 0.05, "total");
        near(data.function.median_ms, 100.0, 0.05, "median");
        near(data.function.p95_ms, 100.2, 0.05, "P95");
        near(data.function.min_ms, 99.8, 0.05, "min");
        near(data.function.max_ms, 100.2, 0.05, "max");
        assert.deepEqual(data.callers.map((c) => [c.function, c.calls]), [["redundant_computation", 10], ["process_data", 3]]);
        assert.equal(data.timeline.length, 13);
        assert.match(t, /Performance Analysis: slow_function/);
        assert.match(t, /Total Calls: 13/);

        const parent = await call(client, "breadcrumb__analyze_performance", { function: "process_data" });
        assert.deepEqual(parent.data.callees.map((c) => c.function).slice(0, 2), ["very_slow_function", "slow_function"]);

        const unknown = await client.callTool({ name: "breadcrumb__analyze_performance", arguments: { function: "slow_fucntion" } });
        assert.equal(unknown.isError, true);
        assert.match(text(unknown), /no function .slow_fucntion.*did you mean: slow_function/);
    } finally {
        await client.close();
    }
});

check("query_traces: the seed's caller query", async () => {
    const client = await connect(trace("seed-before.db"));
    try {
        const sql = `SELECT caller_function, COUNT(*) as call_count, SUM(duration_ms) as total_time FROM events
                     WHERE function_name = 'slow_function' AND event_type = 'call'
                     GROUP BY caller_function ORDER BY total_time DESC`;
        const { text: t, data } = await call(client, "breadcrumb__query_traces", { sql });
        assert.deepEqual(data.columns, ["caller_function", "call_count", "total_time"]);
        assert.equal(data.row_count, 2);
        assert.equal(data.truncated, false);
        assert.deepEqual(data.rows.map((r) => r.slice(0, 2)), [["redundant_computation", 10], ["process_data", 3]]);
        near(data.rows[0][2], 1000.2, 0.001, "total_time");
        assert.match(t, /caller_function\s+\| call_count \| total_time/);
        assert.match(t, /redundant_computation\s+\| 10/);

        const stddev = await call(client, "breadcrumb__query_traces", {
            sql: "SELECT function_name, STDDEV(duration_ms) AS s FROM events GROUP BY function_name HAVING COUNT(*) > 5",
        });
        assert.deepEqual(stddev.data.rows.map((r) => r[0]), ["slow_function"]);

        const refused = await client.callTool({ name: "breadcrumb__query_traces", arguments: { sql: "DELETE FROM calls" } });
        assert.equal(refused.isError, true);
        const still = await call(client, "breadcrumb__query_traces", { sql: "SELECT COUNT(*) FROM events WHERE function_name = 'slow_function'" });
        assert.deepEqual(still.data.rows, [[13]]);
    } finally {
        await client.close();
    }
});

check("get_trace: call tree with hot path", async () => {
    const client = await connect(trace("seed-before.db"));
    try {
        const { text: t, data } = await call(client, "breadcrumb__get_trace");
        assert.equal(data.run.run_id, 1);
        assert.deepEqual(data.hot_path.slice(0, 3), ["main", "example_4_caching", "redundant_computation"]);
        assert.equal(data.hot_path.at(-1), "slow_function");
        assert.equal(data.tree.children[0].function, "main");
        assert.equal(data.paths_shown, data.paths_total);
        assert.match(t, /Hot path: main → example_4_caching → redundant_computation → slow_function/);
        assert.match(t, /slow_function\s+1000\.2ms .*×10/);

        const small = await call(client, "breadcrumb__get_trace", { max_nodes: 5 });
        assert.equal(small.data.paths_shown, 5);
        assert.match(small.text, /more path/);
    } finally {
        await client.close();
    }
});

check("find_exceptions: caught and escaped", async () => {
    const client = await connect(trace("errors.db"));
    try {
        const { text: t, data } = await call(client, "breadcrumb__find_exceptions", { since: "2025-03-14T00:00:00Z" });
        assert.equal(data.total, 4);
        assert.deepEqual(data.exceptions.map((e) => e.type).sort(),
            ["KeyError", "RuntimeError", "ValueError", "ZeroDivisionError"]);
        const value = data.exceptions.find((e) => e.type === "ValueError");
        assert.equal(value.function, "parse_number");
        assert.equal(value.escaped, true);
        assert.equal(data.exceptions.find((e) => e.type === "KeyError").escaped, false);
        assert.match(t, /invalid literal for int\(\) with base 10: 'abc'/);

        const recent = await call(client, "breadcrumb__find_exceptions", { since: "1h" });
        assert.equal(recent.data.total, 0); // the scenario happened in 2025
        assert.match(recent.text, /No exceptions since/);

        const one = await call(client, "breadcrumb__find_exceptions", { limit: 1 });
        assert.equal(one.data.shown, 1);
        assert.equal(one.data.total, 4);
        // a type is the recorded name or its last part, as `breadcrumb exceptions --type` reads it
        const keyErrors = await call(client, "breadcrumb__find_exceptions", { type: "KeyError" });
        assert.deepEqual(keyErrors.data.exceptions.map((e) => e.type), ["KeyError"]);
        const partial = await call(client, "breadcrumb__find_exceptions", { type: "Error" });
        assert.equal(partial.data.total, 0);
    } finally {
        await client.close();
    }
});

check("compare_runs: before and after the optimisation", async () => {
    // the server reads other traces only when allowed to
    const client = await connect(trace("seed.db"), "--allow", trace("seed-before.db"));
    try {
        const { text: t, data } = await call(client, "breadcrumb__compare_runs");
        assert.equal(data.before.run_id, 1);
        assert.equal(data.after.run_id, 2);
        assert.ok(data.total_delta_ms < -800, `after run is ~900ms faster (${data.total_delta_ms})`);
        assert.ok(data.vanished.some((r) => r.function === "redundant_computation"));
        assert.ok(data.new.some((r) => r.function === "cached_computation"));
        const slow = data.faster.find((r) => r.function === "slow_function");
        assert.equal(slow.calls_before, 13);
        assert.equal(slow.calls_after, 4);
        assert.match(t, /the after run is faster/);
        // The verdicts `breadcrumb compare` gives: 4 calls after are too few for the test, 900 ms is no noise.
        assert.equal(slow.verdict, "faster");
        assert.equal(slow.verdict_basis, "too few calls");
        assert.equal(slow.p_value, null);
        assert.ok(slow.delta_self_ms < -800);
        assert.equal(data.summary.faster, data.faster.length);
        assert.equal(data.summary.new, 1);
        assert.equal(data.summary.gone, 1);
        assert.equal(data.summary.different_programs, false);
        assert.equal(data.summary.explaining[0].function, "slow_function");
        assert.match(t, /Most of the change is the own \(self\) time of: slow_function/);

        // Runs from two trace files.
        const across = await call(client, "breadcrumb__compare_runs", {
            before_trace: trace("seed-before.db"), before_run_id: 1, after_run_id: 2 });
        assert.equal(across.data.before.trace, trace("seed-before.db"));
        assert.ok(across.data.faster.some((r) => r.function === "slow_function"));
    } finally {
        await client.close();
    }
});

// A run recorded by the real tracer (`breadcrumb run --capture-values` on the performance example): the
// timings vary, the structure and the captured argument do not.
const realTrace = process.env.MCP_REAL_TRACE;
if (realTrace) {
    check("a really traced run of the performance example", async () => {
        const client = await connect(realTrace);
        try {
            const { data } = await call(client, "breadcrumb__analyze_performance", { limit: 10 });
            assert.equal(data.run.status, "completed");
            const names = data.bottlenecks.map((b) => b.function);
            assert.ok(names.includes("slow_function") && names.includes("very_slow_function"), names.join(", "));
            const slow = data.bottlenecks.find((b) => b.function === "slow_function");
            assert.equal(slow.calls, 13);
            assert.ok(slow.avg_ms >= 99, `slow_function sleeps 100ms (${slow.avg_ms})`);
            assert.deepEqual(slow.callers.map((c) => [c.function, c.calls]), [["redundant_computation", 10], ["process_data", 3]]);
            assert.match(slow.recommendation,
                /^called 10 times from redundant_computation \(\d+\.\dms\) with the same argument \(x=10\): compute it once outside the loop/);

            const q = await call(client, "breadcrumb__query_traces", {
                sql: "SELECT caller_function, COUNT(*) FROM events WHERE function_name = 'slow_function' GROUP BY 1 ORDER BY 2 DESC" });
            assert.deepEqual(q.data.rows, [["redundant_computation", 10], ["process_data", 3]]);
            const tree = await call(client, "breadcrumb__get_trace");
            assert.ok(tree.data.hot_path.includes("main"), tree.data.hot_path.join(" > "));
        } finally {
            await client.close();
        }
    });
}

check("a trace that does not exist yet", async () => {
    const client = await connect(path.join(tracesDir, "nowhere", "traces.db"));
    try {
        const result = await client.callTool({ name: "breadcrumb__analyze_performance", arguments: {} });
        assert.equal(result.isError, true);
        assert.match(text(result), /^no trace yet at .*nowhere\/traces\.db — run `breadcrumb run script\.py` first/);
    } finally {
        await client.close();
    }
});

let failed = 0;
for (const { name, fn } of checks) {
    try {
        await fn();
        console.log(`ok   ${name}`);
    } catch (e) {
        failed++;
        console.log(`FAIL ${name}\n${e.stack ?? e}`);
    }
}
console.log(`${checks.length - failed}/${checks.length} checks passed`);
process.exit(failed ? 1 : 0);
