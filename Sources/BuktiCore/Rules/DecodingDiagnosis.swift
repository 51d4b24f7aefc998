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
                diagnostics.error(path, Message(.ruleWholeNumber, literal, suggestion))
                continue
            }
        }
    }

    /// Adds the diagnostic for one decoding error.
    static func diagnose(_ error: DecodingError, _ diagnostics: inout RuleDiagnostics) {
        switch error {
        case .typeMismatch(let type, let context):
            let path = keyPath(context.codingPath)
            let found = diagnostics.locator.entries[path].map(\.kind.found) ?? Message(.ruleOtherKind)
            diagnostics.error(path, Message(.ruleWrongKind, kind(type).expected, found, example(path, kind(type))))
        case .valueNotFound(let type, let context):
            let path = keyPath(context.codingPath)
            diagnostics.error(path, Message(.ruleWrongKind, kind(type).expected, "null", example(path, kind(type))))
        case .keyNotFound(let key, let context):
            let path = keyPath(context.codingPath)
            let sample = RuleSchema.examples[key.stringValue] ?? "…"
            diagnostics.error(path, Message(.ruleMissingKey, key.stringValue, RuleShapeCheck.place(path), sample))
        case .dataCorrupted(let context):
            let path = keyPath(context.codingPath)
            let literal = diagnostics.locator.entries[path]?.literal ?? ""
            if let words = RuleSchema.vocabularies[RuleSchema.generic(path)] {
                let hint: any CustomStringConvertible =
                    NameSuggestion.closest(to: literal, among: words).map { Message(.ruleWriteInsteadThen, $0) } ?? ""
                diagnostics.error(path, Message(.ruleUnknownValue, literal, hint, words.joined(separator: ", ")))
            } else if RuleSchema.lastKey(path) == "window" {
                diagnostics.error(path, Message(.ruleBadWindow, literal, context.debugDescription))
            } else if path.isEmpty {
                diagnostics.error(path, Message(.ruleUnreadable, context.debugDescription))
            } else {
                diagnostics.error(path, Message(.ruleInvalidValue, context.debugDescription))
            }
        @unknown default:
            diagnostics.error("", Message(.ruleUnreadable, "\(error)"))
        }
    }

    /// The kind of value an example is written as.
    private static func sampleKind(_ sample: String) -> JSON5Locator.ValueKind {
        switch sample.first {
        case "\"": .string
        case "[": .array
        case "{": .object
        case "t", "f": .bool
        default: .number
        }
    }

    /// "write X instead" for a kind of JSON value at `path`.
    static func example(_ path: String, _ kind: JSON5Locator.ValueKind) -> String {
        if !path.hasSuffix("]"), let sample = RuleSchema.examples[RuleSchema.lastKey(path)], sampleKind(sample) == kind {
            return sample
        }
        switch kind {
        case .number: return "a number such as 1"
        case .bool: return "true"
        case .array: return "[...]"
        case .object: return "{ ... }"
        default: return "\"...\""
        }
    }

    /// The JSON kind a Swift type is decoded from.
    private static func kind(_ type: Any.Type) -> JSON5Locator.ValueKind {
        let name = "\(type)"
        if type == Bool.self { return .bool }
        if type == Double.self || type == Int.self || name.hasPrefix("Int") || name.hasPrefix("UInt") || name.hasPrefix("Float") {
            return .number
        }
        if name.hasPrefix("Array") || name.hasPrefix("[") { return name.contains(":") ? .object : .array }
        if name.hasPrefix("Dictionary") { return .object }
        return .string
    }
}
