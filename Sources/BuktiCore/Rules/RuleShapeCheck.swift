/// Checks the shape of a rule file from the locator before Foundation decodes it: every missing
/// required key and every value of the wrong kind is reported, where the decoder would stop at the first.
/// Unknown keys become warnings, a key written twice an error.
enum RuleShapeCheck {
    static func run(_ diagnostics: inout RuleDiagnostics) {
        let locator = diagnostics.locator
        if let root = locator.entries[""], root.kind != .object {
            diagnostics.error("", "a rule file is one object; found \(root.kind.phrase); write { schema: 1, name: ..., ... }",
                              id: "berkas aturan adalah satu objek; ditemukan \(root.kind.phraseID); tulis { schema: 1, name: ..., ... }")
            return
        }
        for (path, keys) in locator.objectKeys {
            checkDuplicates(path, keys, &diagnostics)
            guard let fields = RuleSchema.fields[RuleSchema.generic(path)] else { continue }
            let names = fields.map(\.name)
            for (key, position) in keys where !names.contains(key) {
                let place = path.isEmpty ? "at the top level" : "in \(path)"
                let placeID = path.isEmpty ? "di tingkat teratas" : "di \(path)"
                diagnostics.add(.warning, position, "unknown key '\(key)' \(place)\(NameSuggestion.hint(key, among: names)); ignored",
                                id: "kunci '\(key)' \(placeID) tidak dikenal\(NameSuggestion.hintID(key, among: names)); diabaikan")
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
        let place = path.isEmpty ? "the top-level object" : path
        let sample = RuleSchema.examples[key] ?? "…"
        let placeID = path.isEmpty ? "objek tingkat teratas" : path
        diagnostics.error(path, "missing key '\(key)' in \(place); add \(key): \(sample)",
                          id: "kunci '\(key)' tidak ada di \(placeID); tambahkan \(key): \(sample)")
    }

    private static func expect(_ kind: JSON5Locator.ValueKind, at path: String, found: JSON5Locator.ValueKind,
                               _ diagnostics: inout RuleDiagnostics) {
        guard found != kind else { return }
        diagnostics.error(path, "expected \(DecodingDiagnosis.describe(kind)), found \(found.phrase); write \(DecodingDiagnosis.example(path, kind)) instead",
                          id: "seharusnya \(DecodingDiagnosis.describeID(kind)), ditemukan \(found.phraseID); tulis \(DecodingDiagnosis.example(path, kind))")
    }

    private static func checkDuplicates(_ path: String, _ keys: [(key: String, position: SourcePosition)],
                                        _ diagnostics: inout RuleDiagnostics) {
        var seen: [String: SourcePosition] = [:]
        for (key, position) in keys {
            if let first = seen[key] {
                let place = path.isEmpty ? "the top-level object" : path
                let placeID = path.isEmpty ? "objek tingkat teratas" : path
                diagnostics.error(JSON5Locator.join(path, key), "key '\(key)' appears twice in \(place) (first at \(first)); remove one",
                                  id: "kunci '\(key)' muncul dua kali di \(placeID) (pertama pada \(first)); hapus salah satunya", at: .key)
            }
            seen[key] = seen[key] ?? position
        }
    }
}
