/// Turns Foundation's `DecodingError` (a coding path, no position) into a placed diagnostic with what
/// to write instead, and runs the checks that must come before decoding because Foundation's own
/// message for them says nothing useful ("The given data was not valid JSON" for `count: 1.5`).
enum DecodingDiagnosis {
    /// `[documentTypes, Index 3, signals]` -> `documentTypes[3].signals`.
    static func keyPath(_ codingPath: [any CodingKey]) -> String {
        var path = ""
        for key in codingPath {
            if let index = key.intValue, key.stringValue.hasPrefix("Index ") || key.stringValue == "\(index)" {
                path += "[\(index)]"
            } else {
                path = JSON5Locator.join(path, key.stringValue)
            }
        }
        return path
    }

    /// Values of whole-number keys that are not whole numbers, every one of them.
    static func checkWholeNumbers(_ diagnostics: inout RuleDiagnostics) {
        for (path, entry) in diagnostics.locator.entries where entry.kind == .number {
            guard RuleSchema.wholeNumberKeys.contains(RuleSchema.lastKey(path)), !path.hasSuffix("]") else { continue }
            let literal = entry.literal
            let isHex = literal.lowercased().contains("0x")
            let value = Double(literal)
            if isHex { continue }
            guard let value, value.isFinite, value.rounded() == value, abs(value) < 9e15 else {
                let suggestion = value.flatMap { $0.isFinite ? String(Int($0.rounded(.down))) : nil } ?? "1"
                diagnostics.error(path, "expected a whole number, found \(literal); write \(suggestion) instead")
                continue
            }
        }
    }

    /// Adds the diagnostic for one decoding error.
    static func diagnose(_ error: DecodingError, _ diagnostics: inout RuleDiagnostics) {
        switch error {
        case .typeMismatch(let type, let context):
            let path = keyPath(context.codingPath)
            let found = diagnostics.locator.entries[path].map(\.kind.phrase) ?? "another kind of value"
            diagnostics.error(path, "expected \(describe(type)), found \(found); write \(example(path, type)) instead")
        case .valueNotFound(let type, let context):
            let path = keyPath(context.codingPath)
            diagnostics.error(path, "expected \(describe(type)), found null; write \(example(path, type)) instead")
        case .keyNotFound(let key, let context):
            let path = keyPath(context.codingPath)
            let place = path.isEmpty ? "the top-level object" : path
            let sample = RuleSchema.examples[key.stringValue] ?? "…"
            diagnostics.error(path, "missing key '\(key.stringValue)' in \(place); add \(key.stringValue): \(sample)")
        case .dataCorrupted(let context):
            let path = keyPath(context.codingPath)
            let literal = diagnostics.locator.entries[path]?.literal ?? ""
            if let words = RuleSchema.vocabularies[RuleSchema.generic(path)] {
                let hint = NameSuggestion.closest(to: literal, among: words).map { "write '\($0)' instead; " } ?? ""
                diagnostics.error(path, "unknown value '\(literal)'; \(hint)valid values are \(words.joined(separator: ", "))")
            } else if RuleSchema.lastKey(path) == "window" {
                diagnostics.error(path, "invalid year window '\(literal)'; \(context.debugDescription)")
            } else if path.isEmpty {
                diagnostics.error(path, "the rule file could not be read: \(context.debugDescription)")
            } else {
                diagnostics.error(path, "invalid value: \(context.debugDescription)")
            }
        @unknown default:
            diagnostics.error("", "the rule file could not be read: \(error)")
        }
    }

    /// "a number", "text in quotes"...
    private static func describe(_ type: Any.Type) -> String {
        let name = "\(type)"
        if type == String.self { return "text in quotes" }
        if type == Bool.self { return "true or false" }
        if type == Int.self { return "a whole number" }
        if type == Double.self || name.hasPrefix("Int") || name.hasPrefix("UInt") || name.hasPrefix("Float") {
            return "a number"
        }
        if name.hasPrefix("Array") || name.hasPrefix("[") { return "an array" }
        if name.hasPrefix("Dictionary") || name.contains(":") { return "an object" }
        return "text in quotes"
    }

    private static func example(_ path: String, _ type: Any.Type) -> String {
        if !path.hasSuffix("]"), let sample = RuleSchema.examples[RuleSchema.lastKey(path)] { return sample }
        switch describe(type) {
        case "a number", "a whole number": return "a number such as 1"
        case "true or false": return "true"
        case "an array": return "[...]"
        case "an object": return "{ ... }"
        default: return "\"...\""
        }
    }
}
