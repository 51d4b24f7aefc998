/// What changed between two runs of the same root: files, document statuses, indicator levels and
/// scores, innovations. The `sinceLastRun` key of the audit JSON and the output of `bukti diff`.
public struct AuditDiff: Codable, Sendable, Equatable {
    /// The earlier run.
    public var from: RunReference
    /// The later run (`id` is that of the run being reported when it is recorded).
    public var to: RunReference
    public var filesAdded: [String]
    public var filesRemoved: [String]
    public var filesChanged: [FileChange]
    public var innovationsAdded: [String]
    public var innovationsRemoved: [String]
    /// Document status changes, innovation by innovation, in type order.
    public var documents: [DocumentChange]
    /// Innovations whose score or indicator levels changed.
    public var scores: [ScoreChange]
    /// Critical documents that were there (or whose innovation did not exist) and now are missing or
    /// unreadable: what `--fail-on new-missing` fails on.
    public var newlyMissingCritical: [DocumentChange]

    /// True when nothing changed.
    public var isEmpty: Bool {
        filesAdded.isEmpty && filesRemoved.isEmpty && filesChanged.isEmpty && innovationsAdded.isEmpty
            && innovationsRemoved.isEmpty && documents.isEmpty && scores.isEmpty
    }
}

/// Which run a diff side is.
public struct RunReference: Codable, Sendable, Equatable {
    public var id: String
    public var time: String
    public var rules: String

    public init(_ record: RunRecord) {
        id = record.id
        time = record.time
        rules = record.rules.name + " " + String(record.rules.sha256.prefix(12))
    }
}

/// A file whose size, modification time or content differs.
public struct FileChange: Codable, Sendable, Equatable {
    public var path: String
    /// `size`, `mtime`, `sha256`.
    public var changed: [String]
}

/// One document type whose status changed in one innovation.
public struct DocumentChange: Codable, Sendable, Equatable {
    public var innovation: String
    public var type: String
    /// Nil when the innovation is new.
    public var from: DocumentStatus?
    public var to: DocumentStatus
    public var change: Change
    public var critical: Bool

    /// How a document's status moved; the raw values are the JSON contract's.
    public enum Change: String, Codable, Sendable, Equatable {
        /// From present (or weak, or nothing known) to a gap.
        case newlyMissing = "newly-missing"
        /// From a gap to present or weak.
        case newlyPresent = "newly-present"
        /// Any other move (stale to unreadable...).
        case changed
    }
}

/// An innovation's score and indicator level changes.
public struct ScoreChange: Codable, Sendable, Equatable {
    public var innovation: String
    public var from: Double
    public var to: Double
    public var indicators: [LevelChange]
}

/// One indicator's level change.
public struct LevelChange: Codable, Sendable, Equatable {
    public var indicator: String
    public var from: Int
    public var to: Int
}

extension AuditDiff {
    /// Statuses that mean the document is not there.
    static let gaps: Set<DocumentStatus> = [.missing, .unreadable]
    /// Statuses that mean a usable document is there.
    static let there: Set<DocumentStatus> = [.present, .weak, .stale]

    /// The change from `old` to `new`; a type is critical when the later run's rules say so (or it is
    /// among an innovation's missing documents).
    public init(from old: RunRecord, to new: RunRecord) {
        let critical = Set(new.critical)
        from = RunReference(old)
        to = RunReference(new)
        let oldFiles = Dictionary(old.files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        let newFiles = Dictionary(new.files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        filesAdded = newFiles.keys.filter { oldFiles[$0] == nil }.sorted()
        filesRemoved = oldFiles.keys.filter { newFiles[$0] == nil }.sorted()
        filesChanged = newFiles.keys.sorted().compactMap { path in
            guard let before = oldFiles[path], let after = newFiles[path] else { return nil }
            var changed: [String] = []
            if before.size != after.size { changed.append("size") }
            if before.mtime != after.mtime { changed.append("mtime") }
            if let a = before.sha256, let b = after.sha256, a != b { changed.append("sha256") }
            return changed.isEmpty ? nil : FileChange(path: path, changed: changed)
        }
        let oldInnovations = Dictionary(old.innovations.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let newInnovations = Dictionary(new.innovations.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        innovationsAdded = new.innovations.map(\.name).filter { oldInnovations[$0] == nil }
        innovationsRemoved = old.innovations.map(\.name).filter { newInnovations[$0] == nil }
        var documents: [DocumentChange] = [], scores: [ScoreChange] = []
        for innovation in new.innovations {
            let before = oldInnovations[innovation.name]
            let isCritical = { (type: String) in critical.contains(type) || innovation.missing.contains(type) }
            for type in innovation.documents.keys.sorted() {
                guard let now = innovation.documents[type] else { continue }
                let was = before?.documents[type]
                if was == now || (was == nil && before != nil && now == .missing) { continue }
                if before == nil && !Self.gaps.contains(now) { continue }  // a new innovation: only its gaps matter
                let change: DocumentChange.Change = Self.gaps.contains(now) && !(was.map(Self.gaps.contains) ?? false) ? .newlyMissing
                    : Self.there.contains(now) && !(was.map(Self.there.contains) ?? false) ? .newlyPresent : .changed
                documents.append(DocumentChange(innovation: innovation.name, type: type, from: was, to: now,
                                                change: change, critical: isCritical(type)))
            }
            guard let before else { continue }
            let levels = innovation.indicators.keys.sorted().compactMap { id -> LevelChange? in
                guard let now = innovation.indicators[id]?.level else { return nil }
                let was = before.indicators[id]?.level ?? 0
                return was == now ? nil : LevelChange(indicator: id, from: was, to: now)
            }
            if before.score != innovation.score || !levels.isEmpty {
                scores.append(ScoreChange(innovation: innovation.name, from: before.score, to: innovation.score, indicators: levels))
            }
        }
        self.documents = documents
        self.scores = scores
        newlyMissingCritical = documents.filter { $0.critical && $0.change == .newlyMissing }
    }
}
