#include "SchemaValidator.h"

#include <cmath>

namespace breadcrumb::mcp {

namespace {

bool isInteger(const nlohmann::json& v)
{
    if (v.is_number_integer())
        return true;
    // JSON has one number type: 10.0 is an integer to JSON Schema.
    return v.is_number_float() && std::isfinite(v.get<double>()) &&
           std::floor(v.get<double>()) == v.get<double>();
}

bool hasType(const nlohmann::json& v, const std::string& type)
{
    if (type == "object")
        return v.is_object();
    if (type == "array")
        return v.is_array();
    if (type == "string")
        return v.is_string();
    if (type == "integer")
        return isInteger(v);
    if (type == "number")
        return v.is_number();
    if (type == "boolean")
        return v.is_boolean();
    if (type == "null")
        return v.is_null();
    return false;
}

std::string typeName(const nlohmann::json& v)
{
    if (isInteger(v))
        return "integer";
    if (v.is_number())
        return "number";
    return v.type_name();
}

std::string label(const std::string& path)
{
    return path.empty() ? "arguments" : "'" + path + "'";
}

} // namespace

std::optional<std::string> SchemaValidator::validate(const nlohmann::json& schema,
                                                     const nlohmann::json& value, const std::string& path)
{
    if (auto it = schema.find("type"); it != schema.end()) {
        bool ok = false;
        std::string expected;
        if (it->is_array()) {
            for (const auto& t : *it) {
                ok = ok || hasType(value, t.get<std::string>());
                expected += (expected.empty() ? "" : " or ") + t.get<std::string>();
            }
        } else {
            expected = it->get<std::string>();
            ok = hasType(value, expected);
        }
        if (!ok)
            return label(path) + " must be " +
                   (expected == "integer" || expected == "array" || expected == "object" ? "an " : "a ") +
                   expected + ", got " + typeName(value);
    }
    if (auto it = schema.find("enum"); it != schema.end()) {
        bool found = false;
        for (const auto& e : *it)
            found = found || e == value;
        if (!found)
            return label(path) + " must be one of " + it->dump();
    }
    if (value.is_number()) {
        const double x = value.get<double>();
        if (auto it = schema.find("minimum"); it != schema.end() && x < it->get<double>())
            return label(path) + " must be at least " + it->dump();
        if (auto it = schema.find("maximum"); it != schema.end() && x > it->get<double>())
            return label(path) + " must be at most " + it->dump();
        if (auto it = schema.find("exclusiveMinimum"); it != schema.end() && x <= it->get<double>())
            return label(path) + " must be greater than " + it->dump();
    }
    if (value.is_string()) {
        if (auto it = schema.find("minLength");
            it != schema.end() && value.get_ref<const std::string&>().size() < it->get<std::size_t>())
            return label(path) + " must not be empty";
    }
    if (value.is_object()) {
        const auto props = schema.value("properties", nlohmann::json::object());
        if (auto it = schema.find("required"); it != schema.end()) {
            for (const auto& name : *it)
                if (!value.contains(name.get<std::string>()))
                    return "missing required argument '" + name.get<std::string>() + "'";
        }
        const bool closed =
            schema.contains("additionalProperties") && schema["additionalProperties"] == false;
        for (const auto& [key, item] : value.items()) {
            const std::string sub = path.empty() ? key : path + "." + key;
            if (auto p = props.find(key); p != props.end()) {
                if (auto err = validate(*p, item, sub))
                    return err;
            } else if (closed) {
                std::string known;
                for (const auto& [name, _] : props.items())
                    known += (known.empty() ? "" : ", ") + name;
                return "unknown argument '" + sub + "'" + (known.empty() ? "" : " (expected: " + known + ")");
            }
        }
    }
    if (value.is_array()) {
        if (auto it = schema.find("items"); it != schema.end()) {
            for (std::size_t i = 0; i < value.size(); ++i)
                if (auto err = validate(*it, value[i], path + "[" + std::to_string(i) + "]"))
                    return err;
        }
    }
    return std::nullopt;
}

} // namespace breadcrumb::mcp
