import BuktiCore

/// `json`: the audit JSON contract (README "bukti audit"), written by `OrderedJSONEncoder` so it is
/// byte-identical to `bukti audit --format json`. A merged input (`bukti merge`) is written as
/// `{"schemaVersion", "rules", "regions": [{"name", "audit"}]}`.
public struct JSONReporter: AuditReporter {
    public static let identifier = "json"
    public static let fileExtension = "json"

    public init() {}

    public func render(_ input: ReportInput) throws -> [UInt8] {
        let text: String
        if input.regions.isEmpty {
            text = try OrderedJSONEncoder(.document).encode(input.audit)
        } else {
            text = try OrderedJSONEncoder(.document).encode(MergedAuditDocument(
                rules: input.audit.rules, regions: input.regions.map { .init(name: $0.name, audit: $0.audit) }))
        }
        return Array((text + "\n").utf8)
    }
}

/// The JSON of a merge: the shared rules and each region's audit unchanged.
struct MergedAuditDocument: Encodable {
    var schemaVersion = AuditReport.schemaVersion
    var rules: RulesUsed
    var regions: [Region]

    struct Region: Encodable {
        var name: String
        var audit: AuditReport
    }
}
