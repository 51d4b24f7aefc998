/// One audit as the history keeps it: enough to tell what changed on the next night (statuses, scores,
/// the files seen), nothing that can be recomputed. Stored compact, one JSON file per run.
public struct RunRecord: Codable, Sendable, Equatable {
    public static let schemaVersion = 1

    public var schemaVersion: Int = RunRecord.schemaVersion
    /// Sorts by time: `20261122T103309.123Z`.
    public var id: String
    /// ISO 8601, UTC.
    public var time: String
    /// `bukti 0.1.0`.
    public var tool: String
    public var rules: RulesUsed
    public var assessmentYear: Int
    /// The rules' critical document type ids, so a diff knows which gaps matter without the rule file.
    public var critical: [String] = []
    /// The root, absolute and with symbolic links resolved: the key several roots share a cache by.
    public var root: String
    public var innovations: [RunInnovation]
    /// Every file seen (innovation folders and unassigned), by path relative to the root.
    public var files: [RunFile]

    public init(id: String, time: String, tool: String, rules: RulesUsed, assessmentYear: Int, root: String,
                innovations: [RunInnovation], files: [RunFile]) {
        self.id = id
        self.time = time
        self.tool = tool
        self.rules = rules
        self.assessmentYear = assessmentYear
        self.root = root
        self.innovations = innovations
        self.files = files
    }

    /// Innovations with every critical document.
    public var complete: Int { innovations.filter(\.complete).count }
    /// The sum of the innovations' estimated scores.
    public var scoreTotal: Double { innovations.reduce(0) { $0 + $1.score } }
}

/// One innovation's outcome in a run.
public struct RunInnovation: Codable, Sendable, Equatable {
    /// The folder's path relative to the root (its name at depth 1; `OPD/Innovation` at depth 2, so two
    /// agencies' folders of the same name stay apart).
    public var name: String
    public var complete: Bool
    public var score: Double
    public var maxScore: Double
    /// Critical document types missing or unreadable.
    public var missing: [String]
    /// Status by document type id.
    public var documents: [String: DocumentStatus]
    /// Level and status by indicator id.
    public var indicators: [String: RunIndicator]

    public init(name: String, complete: Bool, score: Double, maxScore: Double, missing: [String],
                documents: [String: DocumentStatus], indicators: [String: RunIndicator]) {
        self.name = name
        self.complete = complete
        self.score = score
        self.maxScore = maxScore
        self.missing = missing
        self.documents = documents
        self.indicators = indicators
    }
}

/// One indicator's estimated level in a run.
public struct RunIndicator: Codable, Sendable, Equatable {
    public var level: Int
    public var score: Double
    public var status: IndicatorStatus

    public init(level: Int, score: Double, status: IndicatorStatus) {
        self.level = level
        self.score = score
        self.status = status
    }
}

/// One file seen in a run: enough to tell it changed without reading it again.
public struct RunFile: Codable, Sendable, Equatable {
    /// Relative to the root.
    public var path: String
    public var size: Int64?
    /// Modification time in nanoseconds since 1970.
    public var mtime: Int64?
    /// When the audit computed it.
    public var sha256: String?

    public init(path: String, size: Int64?, mtime: Int64?, sha256: String?) {
        self.path = path
        self.size = size
        self.mtime = mtime
        self.sha256 = sha256
    }
}
