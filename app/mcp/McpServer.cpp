#include "McpServer.h"

#include "AnalyzePerformanceTool.h"
#include "CompareRunsTool.h"
#include "FindExceptionsTool.h"
#include "GetTraceTool.h"
#include "JsonRpc.h"
#include "QueryTracesTool.h"
#include "SchemaValidator.h"
#include "TraceSession.h"

#include <array>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <deque>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <thread>

#ifndef BREADCRUMB_VERSION
#define BREADCRUMB_VERSION "0.0.0"
#endif

namespace breadcrumb::mcp {

using nlohmann::json;

namespace {

// Newest first: an unsupported client version is answered with the first.
constexpr std::array kProtocolVersions = {"2025-06-18", "2025-03-26", "2024-11-05"};

constexpr const char* kInstructions =
    "Breadcrumb records every Python call of a program (`breadcrumb run script.py`) into a SQLite trace. "
    "Start with breadcrumb__analyze_performance to find the bottlenecks of the newest run and who causes "
    "them; "
    "pass `function` to drill into one function. breadcrumb__get_trace shows a run's call tree (hot paths "
    "first), "
    "breadcrumb__find_exceptions lists recent exceptions, breadcrumb__compare_runs tells what got faster or "
    "slower "
    "between two runs, and breadcrumb__query_traces runs read-only SQL over the `events` view.";

void log(const std::string& message)
{
    std::cerr << "breadcrumb serve-mcp: " << message << std::endl;
}

std::string dump(const json& j)
{
    // Trace data may hold invalid UTF-8 (reprs of bytes): replace it rather than fail the reply.
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string parseErrorText(const std::string& what)
{
    // nlohmann prefixes "[json.exception.parse_error.101] "; keep the readable part.
    const auto pos = what.find("] ");
    return pos == std::string::npos ? what : what.substr(pos + 2);
}

} // namespace

struct McpServer::Impl
{
    TraceSession session;
    std::vector<std::unique_ptr<Tool>> tools;
    bool initialized = false;
    std::string clientName;

    // Cancellation (notifications/cancelled) arrives on the reader thread while a request runs here.
    std::mutex flightMutex;
    std::string inflight;            // id of the running request, as JSON text
    std::set<std::string> cancelled; // ids cancelled before they started
    std::atomic_bool cancel{false};

    Impl(std::string path, std::vector<std::string> allowed) : session(std::move(path), std::move(allowed))
    {
        tools.push_back(std::make_unique<AnalyzePerformanceTool>());
        tools.push_back(std::make_unique<QueryTracesTool>());
        tools.push_back(std::make_unique<GetTraceTool>());
        tools.push_back(std::make_unique<FindExceptionsTool>());
        tools.push_back(std::make_unique<CompareRunsTool>());
    }

    Tool* findTool(const std::string& name) const
    {
        for (const auto& t : tools)
            if (t->name() == name)
                return t.get();
        return nullptr;
    }

    static json objectParams(const json& params)
    {
        if (params.is_null())
            return json::object();
        if (!params.is_object())
            throw jsonrpc::Error{jsonrpc::kInvalidParams, "invalid params: expected an object"};
        return params;
    }

    json initialize(const json& rawParams)
    {
        const json params = objectParams(rawParams);
        auto it = params.find("protocolVersion");
        if (it == params.end() || !it->is_string())
            throw jsonrpc::Error{jsonrpc::kInvalidParams,
                                 "invalid params: 'protocolVersion' must be a string"};
        std::string version = kProtocolVersions.front();
        for (const char* v : kProtocolVersions)
            if (*it == v)
                version = v;
        if (auto ci = params.find("clientInfo"); ci != params.end() && ci->is_object())
            clientName = ci->value("name", std::string()) + " " + ci->value("version", std::string());
        log("client " + (clientName.empty() ? std::string("(unnamed)") : clientName) +
            " asked for protocol " + it->get<std::string>() + ", speaking " + version);
        return {{"protocolVersion", version},
                {"capabilities", {{"tools", {{"listChanged", false}}}}},
                {"serverInfo",
                 {{"name", "breadcrumb"}, {"title", "Breadcrumb"}, {"version", BREADCRUMB_VERSION}}},
                {"instructions", kInstructions}};
    }

    json listTools(const json& rawParams) const
    {
        objectParams(rawParams); // a cursor may be present; everything fits on one page
        json list = json::array();
        for (const auto& t : tools)
            list.push_back(t->descriptor());
        return {{"tools", list}};
    }

    json callTool(const json& rawParams)
    {
        const json params = objectParams(rawParams);
        auto nameIt = params.find("name");
        if (nameIt == params.end() || !nameIt->is_string())
            throw jsonrpc::Error{jsonrpc::kInvalidParams,
                                 "invalid params: 'name' (the tool to call) must be a string"};
        const std::string name = *nameIt;
        Tool* tool = findTool(name);
        if (!tool) {
            std::string known;
            for (const auto& t : tools)
                known += (known.empty() ? "" : ", ") + t->name();
            throw jsonrpc::Error{jsonrpc::kInvalidParams,
                                 "unknown tool '" + name + "' (available: " + known + ")"};
        }
        json args = json::object();
        if (auto a = params.find("arguments"); a != params.end() && !a->is_null()) {
            if (!a->is_object())
                throw jsonrpc::Error{jsonrpc::kInvalidParams,
                                     "invalid params: 'arguments' must be an object"};
            args = *a;
        }
        if (auto err = SchemaValidator::validate(tool->inputSchema(), args))
            throw jsonrpc::Error{jsonrpc::kInvalidParams, "invalid arguments for " + name + ": " + *err};

        const auto started = std::chrono::steady_clock::now();
        ToolResult result;
        try {
            result = tool->call(args, session);
        } catch (const TraceError& e) {
            result = ToolResult::failure(e.what());
        } catch (const std::exception& e) {
            result = ToolResult::failure(std::string("internal error: ") + e.what());
        }
        const auto ms =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started)
                .count();
        log(name + " " + (result.isError ? "failed: " + result.text : "answered") + " in " +
            std::to_string(ms) + " ms");
        return result.toJson();
    }

    json dispatch(const std::string& method, const json& params)
    {
        if (method == "initialize")
            return initialize(params);
        if (method == "ping")
            return json::object();
        if (method == "tools/list")
            return listTools(params);
        if (method == "tools/call")
            return callTool(params);
        throw jsonrpc::Error{jsonrpc::kMethodNotFound, "method not found: " + method};
    }

    // Reader thread: a cancellation stops the running request or drops a queued one.
    void noteCancellation(std::string_view line)
    {
        if (line.find("notifications/cancelled") == std::string_view::npos)
            return;
        const json msg = json::parse(line, nullptr, false);
        auto one = [this](const json& m) {
            if (!m.is_object() || m.value("method", json()) != "notifications/cancelled" || m.contains("id"))
                return;
            const json params = m.value("params", json::object());
            if (!params.is_object() || !params.contains("requestId"))
                return;
            const std::string key = params["requestId"].dump();
            std::lock_guard lock(flightMutex);
            if (key == inflight) {
                cancel = true;
            } else {
                if (cancelled.size() > 1000)
                    cancelled.erase(cancelled.begin());
                cancelled.insert(key);
            }
        };
        if (msg.is_array())
            for (const auto& m : msg)
                one(m);
        else
            one(msg);
    }

    // One request with an id; nullopt when it was cancelled (a cancelled request gets no response).
    std::optional<json> run(const json& id, const std::string& method, const json& params)
    {
        const std::string key = id.dump();
        {
            std::lock_guard lock(flightMutex);
            if (cancelled.erase(key))
                return std::nullopt;
            inflight = key;
            cancel = false;
        }
        session.setCancelFlag(&cancel);
        json reply;
        try {
            reply = jsonrpc::result(id, dispatch(method, params));
        } catch (const jsonrpc::Error& e) {
            reply = jsonrpc::error(id, e.code, e.message);
        } catch (const std::exception& e) {
            log(std::string("internal error: ") + e.what());
            reply = jsonrpc::error(id, jsonrpc::kInternalError, std::string("internal error: ") + e.what());
        }
        session.setCancelFlag(nullptr);
        std::lock_guard lock(flightMutex);
        inflight.clear();
        if (cancel.exchange(false)) {
            log("request " + key + " cancelled by the client");
            return std::nullopt;
        }
        return reply;
    }

    // One message; nullopt when no reply is due.
    std::optional<json> handle(const json& msg)
    {
        if (!msg.is_object())
            return jsonrpc::error(nullptr, jsonrpc::kInvalidRequest,
                                  "invalid request: expected a JSON-RPC object");
        const auto idIt = msg.find("id");
        const bool hasId = idIt != msg.end();
        if (hasId && !(idIt->is_string() || idIt->is_number() || idIt->is_null()))
            return jsonrpc::error(nullptr, jsonrpc::kInvalidRequest,
                                  "invalid request: 'id' must be a string or a number");
        const json id = hasId ? *idIt : json(nullptr);

        const auto methodIt = msg.find("method");
        if (methodIt == msg.end()) {
            if (msg.contains("result") || msg.contains("error"))
                return std::nullopt; // a response to nothing we asked; ignore
            return jsonrpc::error(id, jsonrpc::kInvalidRequest, "invalid request: missing 'method'");
        }
        if (msg.value("jsonrpc", json()) != "2.0")
            return jsonrpc::error(id, jsonrpc::kInvalidRequest, "invalid request: 'jsonrpc' must be \"2.0\"");
        if (!methodIt->is_string())
            return jsonrpc::error(id, jsonrpc::kInvalidRequest, "invalid request: 'method' must be a string");
        const std::string method = *methodIt;
        const json params = msg.value("params", json());
        if (!params.is_null() && !params.is_object() && !params.is_array())
            return jsonrpc::error(id, jsonrpc::kInvalidRequest,
                                  "invalid request: 'params' must be an object");

        if (!hasId) { // a notification: act on the ones we know, never reply
            if (method == "notifications/initialized")
                initialized = true;
            return std::nullopt;
        }
        if (method.starts_with("notifications/"))
            return jsonrpc::result(id, json::object());
        return run(id, method, params);
    }
};

McpServer::McpServer(std::string tracePath, std::vector<std::string> allowed)
    : d(std::make_unique<Impl>(std::move(tracePath), std::move(allowed)))
{
}

McpServer::~McpServer() = default;

std::string McpServer::handleLine(std::string_view line)
{
    if (line.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return {};
    json msg;
    try {
        msg = json::parse(line);
    } catch (const json::parse_error& e) {
        return dump(
            jsonrpc::error(nullptr, jsonrpc::kParseError, "parse error: " + parseErrorText(e.what())));
    }
    if (msg.is_array()) {
        if (msg.empty())
            return dump(jsonrpc::error(nullptr, jsonrpc::kInvalidRequest, "invalid request: empty batch"));
        json replies = json::array();
        for (const auto& m : msg)
            if (auto reply = d->handle(m))
                replies.push_back(std::move(*reply));
        return replies.empty() ? std::string() : dump(replies);
    }
    auto reply = d->handle(msg);
    return reply ? dump(*reply) : std::string();
}

int McpServer::serve(std::istream& in, std::ostream& out)
{
    // A reader thread keeps listening while a request runs, so notifications/cancelled can stop it.
    struct Inbox
    {
        std::mutex mutex;
        std::condition_variable ready;
        std::deque<std::string> lines;
        bool closed = false;
    } inbox;
    std::ostream* const tied = in.tie(nullptr); // reading must not flush `out` from the reader thread
    std::thread reader([&] {
        std::string line;
        while (std::getline(in, line)) {
            d->noteCancellation(line);
            std::lock_guard lock(inbox.mutex);
            inbox.lines.push_back(std::move(line));
            inbox.ready.notify_one();
        }
        std::lock_guard lock(inbox.mutex);
        inbox.closed = true;
        inbox.ready.notify_one();
    });

    bool writable = true;
    for (;;) {
        std::string line;
        {
            std::unique_lock lock(inbox.mutex);
            inbox.ready.wait(lock, [&] { return !inbox.lines.empty() || inbox.closed; });
            if (inbox.lines.empty())
                break; // EOF and everything answered
            line = std::move(inbox.lines.front());
            inbox.lines.pop_front();
        }
        if (!writable)
            continue; // the client stopped reading; drain until it closes our input
        const std::string reply = handleLine(line);
        if (reply.empty())
            continue;
        out << reply << '\n';
        out.flush();
        writable = static_cast<bool>(out);
    }
    reader.join();
    in.tie(tied);
    return 0;
}

int serveMcp(std::string path, const std::vector<std::string>& allowed)
{
    std::error_code ec;
    if (auto abs = std::filesystem::absolute(path, ec); !ec)
        path = abs.lexically_normal().string();

    std::signal(SIGPIPE, SIG_IGN); // a vanished client ends the loop instead of killing the process
    log("serving " + path + (std::filesystem::exists(path, ec) ? "" : " (no trace there yet)"));
    McpServer server(path, allowed);
    const int rc = server.serve(std::cin, std::cout);
    log("input closed, exiting");
    return rc;
}

} // namespace breadcrumb::mcp
