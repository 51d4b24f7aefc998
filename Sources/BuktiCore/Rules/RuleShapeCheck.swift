/// Checks the shape of a rule file from the locator before Foundation decodes it: every missing
/// required key and every value of the wrong kind is reported, where the decoder would stop at the first.
/// Unknown keys become warnings, a key written twice an error.
enum RuleShapeCheck {
    static func run(_ diagnostics: inout RuleDiagnostics) {
        let locator = diagnostics.locator
        if let root = locator.entries[""], root.kind != .object {
            diagnostics.error("", Message(.ruleNotObject, root.kind.found))
            return
        }
        for (path, keys) in locator.objectKeys {
            checkDuplicates(path, keys, &diagnostics)
            guard let fields = RuleSchema.fields[RuleSchema.generic(path)] else { continue }
            let names = fields.map(\.name)
            for (key, position) in keys where !names.contains(key) {
                let place = path.isEmpty ? Message(.rulePlaceTop) : Message(.rulePlaceIn, path)
                diagnostics.add(.warning, position, Message(.ruleUnknownKey, key, place, NameSuggestion.hint(key, among: names)))
            }
            for field in fields {
                let fieldPath = JSON5Locator.join(path, field.name)
                guard let entry = locator.entries[fieldPath] else {
                    if field.required { missing(field.name, in: path, &diagnostics) }
                    continue
                }
                if entry.kind == .null, !field.required { continue }
                expect(field.kind, at: fieldPath, found: entry.kind, &diagnostics)
            }
        }
        for (path, count) in locator.arrayCounts {
            guard let kind = RuleSchema.items[RuleSchema.generic(path)] else { continue }
            for i in 0..<count {
                let item = "\(path)[\(i)]"
                if let found = locator.entries[item]?.kind { expect(kind, at: item, found: found, &diagnostics) }
            }
        }
    }

    private static func missing(_ key: String, in path: String, _ diagnostics: inout RuleDiagnostics) {
        let sample = RuleSchema.examples[key] ?? "…"
        diagnostics.error(path, Message(.ruleMissingKey, key, RuleShapeCheck.place(path), sample))
    }

    private static func expect(_ kind: JSON5Locator.ValueKind, at path: String, found: JSON5Locator.ValueKind,
                               _ diagnostics: inout RuleDiagnostics) {
        guard found != kind else { return }
        diagnostics.error(path, Message(.ruleWrongKind, kind.expected, found.found, DecodingDiagnosis.example(path, kind)))
    }

    private static func checkDuplicates(_ path: String, _ keys: [(key: String, position: SourcePosition)],
                                        _ diagnostics: inout RuleDiagnostics) {
        var seen: [String: SourcePosition] = [:]
        for (key, position) in keys {
            if let first = seen[key] {
                diagnostics.error(JSON5Locator.join(path, key), Message(.ruleDuplicateKey, key, place(path), first), at: .key)
            }
            seen[key] = seen[key] ?? position
        }
    }

    /// An object named in a message: its key path, or "the top-level object".
    static func place(_ path: String) -> any CustomStringConvertible {
        path.isEmpty ? Message(.ruleTopObject) : path
    }
}
