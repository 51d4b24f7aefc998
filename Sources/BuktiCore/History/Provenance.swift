import Foundation

/// `--provenance FILE`: what an auditor needs to prove later what bukti saw — the tool, the rule file's
/// and waivers' SHA-256, the assessment year, the time, and the SHA-256 of every file that satisfied a
/// requirement (and only those: hashing the whole tree is not needed to prove the evidence).
public struct Provenance: Codable, Sendable, Equatable {
    public var tool: String
    public var time: String
    public var root: String
    public var assessmentYear: Int
    public var rules: RulesUsed
    public var waivers: WaiversUsed?
    public var files: [EvidenceHash]

    /// The waivers file used.
    public struct WaiversUsed: Codable, Sendable, Equatable {
        public var source: String
        public var sha256: String
    }

    /// One evidence file and what it satisfied.
    public struct EvidenceHash: Codable, Sendable, Equatable {
        public var path: String
        public var sha256: String?
        /// `innovation: indicator-id` or `innovation: document-type`, sorted.
        public var satisfies: [String]
        /// Why the hash could not be computed.
        public var problem: String?
    }

    /// The record of `report`; files whose hash the audit already computed are not read again.
    public init(report: AuditReport, root: String, waivers: WaiverFile?, date: Date = Date(), hasher: any ContentHasher) {
        tool = report.tool
        time = RunRecord.time(date)
        self.root = root
        assessmentYear = report.assessmentYear
        rules = report.rules
        self.waivers = waivers.map { WaiversUsed(source: $0.source, sha256: $0.sha256) }
        var satisfies: [String: Set<String>] = [:]
        var known: [String: String] = [:]
        for innovation in report.innovations {
            for file in innovation.files { if let hash = file.sha256 { known[file.path] = hash } }
            for indicator in innovation.indicators where indicator.level >= 1 || indicator.toVerifyLevel != nil {
                for path in indicator.evidence { satisfies[path, default: []].insert("\(innovation.name): \(indicator.id)") }
            }
            for (type, document) in innovation.documents.entries where AuditDiff.there.contains(document.status) {
                for entry in document.evidence where entry.score > 0 && !entry.problems.contains(where: Self.unreadable) {
                    satisfies[entry.path, default: []].insert("\(innovation.name): \(type)")
                }
            }
        }
        files = satisfies.keys.sorted().map { path in
            if let hash = known[path] { return EvidenceHash(path: path, sha256: hash, satisfies: satisfies[path, default: []].sorted()) }
            do {
                return EvidenceHash(path: path, sha256: try hasher.digest(ofFileAt: FilePath(bytes: Array(path.utf8))), satisfies: satisfies[path, default: []].sorted())
            } catch {
                return EvidenceHash(path: path, sha256: nil, satisfies: satisfies[path, default: []].sorted(),
                                    problem: "the file could not be read again to hash it: \(error)")
            }
        }
    }

    static func unreadable(_ problem: AuditProblem) -> Bool {
        if case .file(let code) = problem.kind { return code.severity.excludesEvidence }
        return false
    }

    /// Pretty, sorted JSON, written atomically.
    public func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
