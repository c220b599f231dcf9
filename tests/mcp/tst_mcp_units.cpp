// In-process checks of the MCP server's building blocks, data-driven: argument validation against the tool
// schemas, the `since` parser of find_exceptions, and McpServer::handleLine's JSON-RPC answers on a real
// trace.

#include "FindExceptionsTool.h"
#include "McpServer.h"
#include "SchemaValidator.h"

#include <nlohmann/json.hpp>
#include <QTemporaryDir>
#include <QTest>

using nlohmann::json;
using namespace breadcrumb::mcp;

Q_DECLARE_METATYPE(std::string)

class TestMcpUnits : public QObject
{
    Q_OBJECT

private:
    const json m_schema = json::parse(R"({
        "type": "object",
        "properties": {
            "sql": {"type": "string", "minLength": 1},
            "limit": {"type": "integer", "minimum": 1, "maximum": 100},
            "timeout_seconds": {"type": "number", "exclusiveMinimum": 0},
            "mode": {"type": "string", "enum": ["a", "b"]},
            "ids": {"type": "array", "items": {"type": "integer"}},
            "flag": {"type": "boolean"}
        },
        "required": ["sql"],
        "additionalProperties": false
    })");

private slots:
    void validate_data()
    {
        QTest::addColumn<std::string>("args");
        QTest::addColumn<std::string>("error"); // empty = valid

        QTest::newRow("minimal") << std::string(R"({"sql": "SELECT 1"})") << std::string();
        QTest::newRow("all")
            << std::string(
                   R"({"sql": "x", "limit": 5, "timeout_seconds": 0.5, "mode": "b", "ids": [1, 2], "flag": true})")
            << std::string();
        QTest::newRow("integral float") << std::string(R"({"sql": "x", "limit": 5.0})") << std::string();
        QTest::newRow("integer as number")
            << std::string(R"({"sql": "x", "timeout_seconds": 3})") << std::string();
        QTest::newRow("missing required")
            << std::string(R"({})") << std::string("missing required argument 'sql'");
        QTest::newRow("not an object")
            << std::string(R"([1])") << std::string("arguments must be an object, got array");
        QTest::newRow("string for integer") << std::string(R"({"sql": "x", "limit": "5"})")
                                            << std::string("'limit' must be an integer, got string");
        QTest::newRow("fraction for integer") << std::string(R"({"sql": "x", "limit": 2.5})")
                                              << std::string("'limit' must be an integer, got number");
        QTest::newRow("bool for integer") << std::string(R"({"sql": "x", "limit": true})")
                                          << std::string("'limit' must be an integer, got boolean");
        QTest::newRow("null") << std::string(R"({"sql": null})")
                              << std::string("'sql' must be a string, got null");
        QTest::newRow("empty string")
            << std::string(R"({"sql": ""})") << std::string("'sql' must not be empty");
        QTest::newRow("below minimum")
            << std::string(R"({"sql": "x", "limit": 0})") << std::string("'limit' must be at least 1");
        QTest::newRow("above maximum")
            << std::string(R"({"sql": "x", "limit": 101})") << std::string("'limit' must be at most 100");
        QTest::newRow("exclusive minimum") << std::string(R"({"sql": "x", "timeout_seconds": 0})")
                                           << std::string("'timeout_seconds' must be greater than 0");
        QTest::newRow("enum") << std::string(R"({"sql": "x", "mode": "c"})")
                              << std::string("'mode' must be one of [\"a\",\"b\"]");
        QTest::newRow("array items") << std::string(R"({"sql": "x", "ids": [1, "2"]})")
                                     << std::string("'ids[1]' must be an integer, got string");
        QTest::newRow("unknown argument")
            << std::string(R"({"sql": "x", "rows": 3})") << std::string("unknown argument 'rows'");
    }

    void validate()
    {
        QFETCH(std::string, args);
        QFETCH(std::string, error);
        const auto result = SchemaValidator::validate(m_schema, json::parse(args));
        if (error.empty()) {
            QVERIFY2(!result, result ? result->c_str() : "");
        } else {
            QVERIFY(result);
            QVERIFY2(result->starts_with(error), result->c_str());
        }
    }

    void handleLine_data()
    {
        QTest::addColumn<std::string>("line");
        QTest::addColumn<int>("code"); // 0 = a result, 1 = no reply at all

        QTest::newRow("ping") << std::string(R"({"jsonrpc":"2.0","id":1,"method":"ping"})") << 0;
        QTest::newRow("blank") << std::string("   ") << 1;
        QTest::newRow("notification")
            << std::string(R"({"jsonrpc":"2.0","method":"notifications/initialized"})") << 1;
        QTest::newRow("parse error") << std::string("{") << -32700;
        QTest::newRow("not an object") << std::string("3") << -32600;
        QTest::newRow("no jsonrpc") << std::string(R"({"id":1,"method":"ping"})") << -32600;
        QTest::newRow("unknown method")
            << std::string(R"({"jsonrpc":"2.0","id":1,"method":"nope"})") << -32601;
        QTest::newRow("unknown tool")
            << std::string(R"({"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"x"}})")
            << -32602;
        QTest::newRow("bad argument")
            << std::string(
                   R"({"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"breadcrumb__get_trace","arguments":{"run_id":"1"}}})")
            << -32602;
        QTest::newRow("tool result")
            << std::string(
                   R"({"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"breadcrumb__get_trace"}})")
            << 0;
    }

    void handleLine()
    {
        QFETCH(std::string, line);
        QFETCH(int, code);
        QTemporaryDir dir; // a trace that does not exist yet: tools answer, they do not fail the request
        McpServer server(dir.filePath("traces.db").toStdString());
        const std::string reply = server.handleLine(line);
        if (code == 1) {
            QVERIFY(reply.empty());
            return;
        }
        QVERIFY(reply.find('\n') == std::string::npos); // one message per line
        const json j = json::parse(reply);
        QVERIFY(j["jsonrpc"] == "2.0");
        if (code == 0) {
            QVERIFY(j.contains("result"));
            if (j["result"].contains("content"))
                QVERIFY(j["result"]["content"][0]["text"].get<std::string>().starts_with("no trace yet at "));
        } else
            QCOMPARE(j["error"]["code"].get<int>(), code);
    }
};

QTEST_APPLESS_MAIN(TestMcpUnits)
#include "tst_mcp_units.moc"
