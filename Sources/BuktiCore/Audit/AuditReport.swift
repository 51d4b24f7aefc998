/// The result of `bukti audit` (schema 1): what the JSON output carries, in the contract's key order
/// (synthesised `Encodable` writes keys in declaration order; `OrderedJSONEncoder` keeps it).
public struct AuditReport: Codable, Sendable, Equatable {
    public static let schemaVersion = 1

    public var schemaVersion: Int = AuditReport.schemaVersion
    /// `bukti 0.1.0`.
    public var tool: String
    public var rules: RulesUsed
    public var assessmentYear: Int
    /// The root as given on the command line.
    public var root: String
    public var summary: AuditSummary
    /// Sorted by path.
    public var innovations: [InnovationReport]
    /// Files outside any innovation folder.
    public var unassigned: [String]
    /// Present only when a manifest was given.
    public var manifest: ManifestReport?
    /// Identical files found in more than one place.
    public var shared: [SharedDocument]
    /// What changed since the compared run (`--compare`); absent otherwise. Added in schema 1, optional.
    public var sinceLastRun: AuditDiff? = nil
}

/// Which rule file the audit used.
public struct RulesUsed: Codable, Sendable, Equatable {
    public var name: String
    /// `built-in iid-2024` or the path given.
    public var source: String
    public var sha256: String

    public init(name: String, source: String, sha256: String) {
        self.name = name
        self.source = source
        self.sha256 = sha256
    }
}

/// Counts over the whole tree.
public struct AuditSummary: Codable, Sendable, Equatable {
    public var innovations: Int
    /// Innovations with every critical document.
    public var complete: Int
    public var incomplete: Int
    public var files: Int
    public var filesWithProblems: Int
    /// Per critical document type (rule-file order): innovations where it is missing or unreadable.
    public var missingCritical: KeyedList<Int>
}

/// One innovation folder's audit.
public struct InnovationReport: Codable, Sendable, Equatable {
    /// The folder name as on disk.
    public var name: String
    public var path: String
    public var opd: String?
    public var tahapan: String?
    /// True when every critical document is there and in its window: none missing, unreadable or
    /// stale (an SK from years ago scores nothing). Weak evidence (only an RKA) still counts as there.
    public var complete: Bool
    /// Share of indicators with an estimated level of 1 or more.
    public var completeness: Double
    public var score: Double
    public var maxScore: Double
    /// Critical document types with status missing or unreadable.
    public var missing: [String]
    public var mandatoryWithoutEvidence: [String]
    /// Keyed by document type id, in rule-file order.
    public var documents: KeyedList<DocumentReport>
    public var indicators: [IndicatorReport]
    public var files: [FileEntry]
    public var problems: [AuditProblem]
}

/// What an innovation has of one document type.
public struct DocumentReport: Codable, Sendable, Equatable {
    public var status: DocumentStatus
    public var evidence: [EvidenceEntry]
}

/// `present`, `weak`, `stale`, `unreadable`, `missing`, or `waived` (a gap a waivers file accepts).
public enum DocumentStatus: String, Codable, Sendable, Equatable, CaseIterable {
    case present, weak, stale, unreadable, missing, waived
}

/// One file offered as evidence of a document type.
public struct EvidenceEntry: Codable, Sendable, Equatable {
    public var path: String
    /// The file's score for the type (0 for unreadable files named like it).
    public var score: Double
    public var year: Int?
    /// The signals behind the score: `text: KEPUTUSAN BUPATI at 0 (+4)`.
    public var reasons: [String]
    public var problems: [AuditProblem]
}

/// One indicator's estimated level for an innovation.
public struct IndicatorReport: Codable, Sendable, Equatable {
    public var id: String
    public var number: Int
    public var name: String
    /// The highest level met whose evidence documents can prove (0–3).
    public var level: Int
    /// weight × level.
    public var score: Double
    public var maxScore: Double
    public var status: IndicatorStatus
    /// A higher level the documents point to but cannot prove (a count of people...).
    public var toVerifyLevel: Int?
    public var evidence: [String]
    public var problems: [AuditProblem]
}

/// `met` (top level), `partial`, `to-verify` (a higher level needs checking by hand), `missing` (level 0),
/// `waived` (level 0, accepted by a waivers file: the region does not claim it this year).
public enum IndicatorStatus: String, Codable, Sendable, Equatable {
    case met, partial
    case toVerify = "to-verify"
    case missing, waived
}

/// One file in an innovation folder.
public struct FileEntry: Codable, Sendable, Equatable {
    public var path: String
    public var kind: FileKind
    /// The content's SHA-256 when it was computed (`--hash-all`, or a size shared with another file).
    public var sha256: String?
    /// Document types the file was classified as, best first.
    public var types: [String]
    public var problems: [AuditProblem]
}

/// A problem found by the audit: a file's own problem code (`corrupt`...), an audit finding
/// (`missing-document`, `stale`, `kind-not-accepted`) or a rule file's check id
/// (`sop-without-service-times`). `code` stays a string in the JSON contract; `kind` types it.
public struct AuditProblem: Codable, Sendable, Equatable, Hashable {
    public var code: String
    public var message: String

    /// A rule file's check failing (its id is the code).
    public init(check id: String, _ message: String) {
        self.code = id
        self.message = message
    }

    /// An audit finding.
    public init(_ code: AuditProblemCode, _ message: String) {
        self.init(check: code.rawValue, message)
    }

    /// A file's own problem.
    public init(_ problem: Problem) {
        self.init(check: problem.code.rawValue, problem.message)
    }

    /// What `code` names.
    public enum Kind: Sendable, Equatable {
        case audit(AuditProblemCode)
        case file(ProblemCode)
        case check(String)
    }

    /// The typed code: an audit finding first, then a file problem, else a rule file's check id.
    public var kind: Kind {
        if let audit = AuditProblemCode(rawValue: code) { return .audit(audit) }
        if let file = ProblemCode(rawValue: code) { return .file(file) }
        return .check(code)
    }

    /// True when this is the audit finding `code`.
    public func `is`(_ code: AuditProblemCode) -> Bool { kind == .audit(code) }
}

/// How the manifest and the folders compare.
public struct ManifestReport: Codable, Sendable, Equatable {
    /// Innovations in the manifest with no folder.
    public var withoutFolder: [String]
    /// Innovation folders the manifest does not list.
    public var foldersNotInManifest: [String]
}

/// Files with the same content.
public struct SharedDocument: Codable, Sendable, Equatable {
    public var sha256: String
    public var paths: [String]
}
