import Foundation
import Testing
@testable import BuktiCore

/// `AuditDiff` on hand-made run records: every kind of change, and what counts as newly missing.
@Suite struct AuditDiffTests {
    static let rules = RulesUsed(name: "Uji", source: "uji.json5", sha256: String(repeating: "a", count: 64))

    static func record(_ id: String, _ innovations: [RunInnovation], _ files: [RunFile]) -> RunRecord {
        var record = RunRecord(id: id, time: "2026-11-22T00:00:00Z", tool: "bukti 0.1.0", rules: rules, assessmentYear: 2024,
                               root: "/data/iid", innovations: innovations, files: files)
        record.critical = ["sk", "sop"]
        return record
    }

    static func innovation(_ name: String, _ documents: [String: DocumentStatus], score: Double = 10, levels: [String: Int] = [:]) -> RunInnovation {
        let missing = ["sk", "sop"].filter { [.missing, .unreadable].contains(documents[$0]) }
        return RunInnovation(name: name, complete: missing.isEmpty, score: score, maxScore: 100, missing: missing, documents: documents,
                             indicators: levels.mapValues { RunIndicator(level: $0, score: Double($0), status: $0 > 0 ? .partial : .missing) })
    }

    @Test func filesAddedRemovedAndChangedBySizeMtimeOrHash() {
        let old = Self.record("1", [], [
            RunFile(path: "A/sk.pdf", size: 10, mtime: 1, sha256: "x"), RunFile(path: "A/sop.pdf", size: 5, mtime: 1, sha256: nil),
            RunFile(path: "A/same.pdf", size: 7, mtime: 3, sha256: "s"), RunFile(path: "A/hash.pdf", size: 7, mtime: 3, sha256: "h1"),
        ])
        let new = Self.record("2", [], [
            RunFile(path: "A/sk.pdf", size: 11, mtime: 2, sha256: nil), RunFile(path: "A/new.pdf", size: 1, mtime: 1, sha256: nil),
            RunFile(path: "A/same.pdf", size: 7, mtime: 3, sha256: "s"), RunFile(path: "A/hash.pdf", size: 7, mtime: 3, sha256: "h2"),
        ])
        let diff = AuditDiff(from: old, to: new)
        #expect(diff.filesAdded == ["A/new.pdf"])
        #expect(diff.filesRemoved == ["A/sop.pdf"])
        #expect(diff.filesChanged == [FileChange(path: "A/hash.pdf", changed: ["sha256"]), FileChange(path: "A/sk.pdf", changed: ["size", "mtime"])])
    }

    @Test func statusChangesScoresAndInnovations() {
        let old = Self.record("1", [
            Self.innovation("A", ["sk": .present, "sop": .present, "photo": .missing], score: 12, levels: ["regulasi": 2, "video": 1]),
            Self.innovation("Gone", ["sk": .present, "sop": .present]),
        ], [])
        let new = Self.record("2", [
            Self.innovation("A", ["sk": .present, "sop": .missing, "photo": .present], score: 9, levels: ["regulasi": 1, "video": 1]),
            Self.innovation("New", ["sk": .missing, "sop": .present]),
        ], [])
        let diff = AuditDiff(from: old, to: new)
        #expect(diff.innovationsAdded == ["New"])
        #expect(diff.innovationsRemoved == ["Gone"])
        #expect(diff.documents.map { "\($0.innovation) \($0.type) \($0.change.rawValue) \($0.critical)" } == [
            "A photo newly-present false", "A sop newly-missing true", "New sk newly-missing true",
        ])
        #expect(diff.newlyMissingCritical.map { "\($0.innovation) \($0.type)" } == ["A sop", "New sk"])
        #expect(diff.scores == [ScoreChange(innovation: "A", from: 12, to: 9, indicators: [LevelChange(indicator: "regulasi", from: 2, to: 1)])])
        #expect(!diff.isEmpty)
    }

    @Test func aGapThatStaysIsNotNewAndTheSameRunsDiffToNothing() {
        let old = Self.record("1", [Self.innovation("A", ["sk": .missing, "sop": .present])], [RunFile(path: "a", size: 1, mtime: 1, sha256: nil)])
        var new = old
        new.id = "2"
        let diff = AuditDiff(from: old, to: new)
        #expect(diff.isEmpty)
        #expect(diff.newlyMissingCritical.isEmpty)
        // missing -> unreadable is still a gap: a change, not newly missing.
        let worse = Self.record("3", [Self.innovation("A", ["sk": .unreadable, "sop": .present])], old.files)
        let changed = AuditDiff(from: old, to: worse)
        #expect(changed.documents.map(\.change) == [.changed])
        #expect(changed.newlyMissingCritical.isEmpty)
    }
}
