/// The shape of a rule file as tables: which keys each object may hold (for unknown-key warnings),
/// which values must be whole numbers, and the closed vocabularies of enum values (for messages).
/// Paths are generic: array indices are written `[]` (`documentTypes[].signals[]`).
enum RuleSchema {
    /// One key of an object: the kind of value it takes and whether it must be present.
    struct Field: Sendable {
        let name: String
        let kind: JSON5Locator.ValueKind
        let required: Bool

        init(_ name: String, _ kind: JSON5Locator.ValueKind, required: Bool = true) {
            self.name = name
            self.kind = kind
            self.required = required
        }
    }

    /// The fields of every object in a rule file, by generic path. Keep in step with the model types
    /// (`RuleSchemaTests` decodes a file built from this table).
    static let fields: [String: [Field]] = [
        "": [
            Field("schema", .number), Field("name", .string), Field("assessmentYear", .number), Field("limits", .object),
            Field("layout", .object), Field("predicates", .array), Field("documentTypes", .array), Field("indicators", .array),
        ],
        "limits": sizeLimits,
        "layout": [Field("depth", .number), Field("ignore", .array)],
        "predicates[]": [Field("min", .number), Field("label", .object)],
        "predicates[].label": localized,
        "documentTypes[]": [
            Field("id", .string), Field("label", .object), Field("critical", .bool), Field("kinds", .array),
            Field("threshold", .number), Field("signals", .array), Field("weakEvidenceFor", .string, required: false),
            Field("dateSources", .array), Field("window", .string, required: false), Field("checks", .array),
        ],
        "documentTypes[].label": localized,
        "documentTypes[].signals[]": [
            Field("name", .string, required: false), Field("folder", .string, required: false),
            Field("metadata", .string, required: false), Field("text", .string, required: false),
            Field("within", .number, required: false), Field("fact", .string, required: false), Field("weight", .number),
            Field("why", .object, required: false),
        ],
        "documentTypes[].signals[].why": localized,
        "documentTypes[].checks[]": [
            Field("id", .string), Field("textMustMatch", .string, required: false),
            Field("namesInnovation", .bool, required: false), Field("maxDurationSeconds", .number, required: false),
            Field("message", .object), Field("disqualifies", .bool),
        ],
        "documentTypes[].checks[].message": localized,
        "indicators[]": [
            Field("id", .string), Field("number", .number), Field("name", .object), Field("weight", .number),
            Field("mandatory", .bool), Field("uploadKinds", .array), Field("limits", .object, required: false),
            Field("levels", .array),
        ],
        "indicators[].name": localized,
        "indicators[].limits": sizeLimits,
        "indicators[].levels[]": [
            Field("level", .number), Field("label", .object), Field("requires", .array), Field("verify", .object, required: false),
        ],
        "indicators[].levels[].label": localized,
        "indicators[].levels[].verify": localized,
        "indicators[].levels[].requires[]": [
            Field("types", .array), Field("count", .number, required: false), Field("window", .string, required: false),
            Field("distinctYears", .number, required: false),
        ],
    ]

    /// What the items of every array hold, by the array's generic path.
    static let items: [String: JSON5Locator.ValueKind] = [
        "predicates": .object, "documentTypes": .object, "indicators": .object, "layout.ignore": .string,
        "documentTypes[].kinds": .string, "documentTypes[].signals": .object, "documentTypes[].dateSources": .string,
        "documentTypes[].checks": .object, "indicators[].uploadKinds": .string, "indicators[].levels": .object,
        "indicators[].levels[].requires": .object, "indicators[].levels[].requires[].types": .string,
    ]

    /// The key names of every object, by generic path (for unknown-key warnings).
    static var keys: [String: [String]] { fields.mapValues { $0.map(\.name) } }

    private static let localized = [Field("id", .string), Field("en", .string)]
    private static let sizeLimits = [Field("warnBytes", .number), Field("maxBytes", .number)]

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
