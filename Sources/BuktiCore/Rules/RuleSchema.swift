/// The shape of a rule file as tables: which keys each object may hold (for unknown-key warnings),
/// which values must be whole numbers, and the closed vocabularies of enum values (for messages).
/// Paths are generic: array indices are written `[]` (`documentTypes[].signals[]`).
enum RuleSchema {
    /// The keys of every object in a rule file, by generic path. Keep in step with the model types.
    static let keys: [String: [String]] = [
        "": ["schema", "name", "assessmentYear", "limits", "layout", "predicates", "documentTypes", "indicators"],
        "limits": sizeLimits,
        "layout": ["depth", "ignore"],
        "predicates[]": ["min", "label"],
        "predicates[].label": localized,
        "documentTypes[]": [
            "id", "label", "critical", "kinds", "threshold", "signals", "weakEvidenceFor", "dateSources", "window",
            "checks",
        ],
        "documentTypes[].label": localized,
        "documentTypes[].signals[]": ["name", "folder", "metadata", "text", "within", "fact", "weight", "why"],
        "documentTypes[].signals[].why": localized,
        "documentTypes[].checks[]": ["id", "textMustMatch", "namesInnovation", "maxDurationSeconds", "message", "disqualifies"],
        "documentTypes[].checks[].message": localized,
        "indicators[]": ["id", "number", "name", "weight", "mandatory", "uploadKinds", "limits", "levels"],
        "indicators[].name": localized,
        "indicators[].limits": sizeLimits,
        "indicators[].levels[]": ["level", "label", "requires", "verify"],
        "indicators[].levels[].label": localized,
        "indicators[].levels[].verify": localized,
        "indicators[].levels[].requires[]": ["types", "count", "window", "distinctYears"],
    ]

    private static let localized = ["id", "en"]
    private static let sizeLimits = ["warnBytes", "maxBytes"]

    /// Keys whose values are decoded as `Int`: Foundation rejects `1.5` there without saying where.
    static let wholeNumberKeys: Set<String> = [
        "schema", "assessmentYear", "warnBytes", "maxBytes", "depth", "within", "number", "level", "count",
        "distinctYears",
    ]

    /// Closed vocabularies by generic path, for "write one of ..." hints.
    static let vocabularies: [String: [String]] = [
        "documentTypes[].kinds[]": FileKind.allCases.map(\.rawValue),
        "indicators[].uploadKinds[]": FileKind.allCases.map(\.rawValue),
        "documentTypes[].signals[].fact": ["camera", "screenshot", "scanned", "video", "image", "gps"],
        "documentTypes[].dateSources[]": ["numberYear", "yearPhrase", "writtenDate", "fileNameYear", "taken", "metadata"],
    ]

    /// Example values by key, used in "write X instead" when a value has the wrong type.
    static let examples: [String: String] = [
        "schema": "1", "name": "\"IID 2024\"", "assessmentYear": "2024", "window": "\"T-1..T-0\"",
        "threshold": "5", "weight": "3", "critical": "true", "mandatory": "true", "disqualifies": "false",
        "namesInnovation": "true", "id": "\"sk\"", "en": "\"Decree\"", "kinds": "[\"pdf\", \"docx\"]",
        "uploadKinds": "[\"pdf\"]", "types": "[\"sk\"]", "dateSources": "[\"numberYear\", \"metadata\"]",
    ]

    /// `documentTypes[3].signals[0]` -> `documentTypes[].signals[]`.
    static func generic(_ path: String) -> String {
        var out = ""
        var skipping = false
        for c in path {
            if c == "[" {
                skipping = true
                out.append("[")
            } else if c == "]" {
                skipping = false
                out.append("]")
            } else if !skipping {
                out.append(c)
            }
        }
        return out
    }

    /// The last key of a path (`documentTypes[3].threshold` -> `threshold`, `kinds[0]` -> `kinds`).
    static func lastKey(_ path: String) -> String {
        let last = path.split(separator: ".").last.map(String.init) ?? ""
        return last.split(separator: "[").first.map(String.init) ?? last
    }
}
