#pragma once
// Checks tool arguments against the tool's input schema (the JSON Schema subset our schemas use:
// type, properties, required, additionalProperties, minimum/maximum, minLength, enum).

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace breadcrumb::mcp {

class SchemaValidator
{
public:
    // nullopt when `value` conforms, else a one-line reason naming the offending argument.
    static std::optional<std::string> validate(const nlohmann::json& schema, const nlohmann::json& value,
                                               const std::string& path = {});
};

} // namespace breadcrumb::mcp
