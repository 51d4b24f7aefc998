import Testing
@testable import BuktiCore

/// Document statuses per innovation: present, weak, stale, unreadable, missing.
@Suite struct DocumentStatusTests {
    let evaluator = DocumentStatusEvaluator(rules: AuditFixture.rules, assessmentYear: 2024, language: .id)
    var sk: DocumentType { AuditFixture.rules.documentTypes[0] }
    var budget: DocumentType { AuditFixture.rules.documentTypes[2] }

    func status(_ type: DocumentType, _ files: [(FileFacts, FileClassification)]) -> DocumentReport {
        evaluator.evaluate(type, in: AuditFixture.prepared(files))
    }

    @Test func presentWhenDatedInWindowOrUndated() {
        #expect(status(sk, [AuditFixture.file("Root/A/sk.pdf", types: [("sk", 2023)])]).status == .present)
        let undated = status(sk, [AuditFixture.file("Root/A/sk.pdf", types: [("sk", nil)])])
        #expect(undated.status == .present)
        #expect(undated.evidence.first?.problems.map(\.code) == ["date-not-found"])
    }

    @Test func staleWhenEveryCandidateIsDatedOutsideTheWindow() {
        // window T-2..T-0 for 2024 is 2022–2024.
        let report = status(sk, [AuditFixture.file("Root/A/sk.pdf", types: [("sk", 2021)]),
                                 AuditFixture.file("Root/A/sk-lama.pdf", types: [("sk", 2019)])])
        #expect(report.status == .stale)
        #expect(report.evidence.count == 2)
        #expect(report.evidence.allSatisfy { $0.problems.contains { $0.code == "stale" } })
        let edge = status(sk, [AuditFixture.file("Root/A/sk.pdf", types: [("sk", 2022)])])
        #expect(edge.status == .present)
    }

    @Test func weakWhenOnlyAWeakerTypeIsThere() {
        let report = status(budget, [AuditFixture.file("Root/A/rka.pdf", types: [("rka", 2024)])])
        #expect(report.status == .weak)
        #expect(report.evidence.map(\.path) == ["Root/A/rka.pdf"])
        // The real thing wins over the weaker evidence.
        let both = status(budget, [AuditFixture.file("Root/A/rka.pdf", types: [("rka", 2024)]),
                                   AuditFixture.file("Root/A/dpa.pdf", types: [("budget", 2024)])])
        #expect(both.status == .present)
    }

    @Test func unreadableWhenTheOnlyCandidatesHaveProblems() {
        let corrupt = AuditFixture.file("Root/A/SK Tim.pdf", types: [], named: ["sk"],
                                        problems: [Problem(.corrupt, "xref table damaged")])
        let report = status(sk, [corrupt])
        #expect(report.status == .unreadable)
        #expect(report.evidence.first?.problems.map(\.code) == ["corrupt"])
        let locked = AuditFixture.file("Root/A/sk.pdf", types: [("sk", 2024)], problems: [Problem(.passwordRequired, "locked")])
        #expect(status(sk, [locked]).status == .unreadable)
        // A readable SK beside the corrupt one makes it present.
        #expect(status(sk, [corrupt, AuditFixture.file("Root/A/sk2.pdf", types: [("sk", 2024)])]).status == .present)
        // A file with a harmless problem still counts.
        let repaired = AuditFixture.file("Root/A/sk.pdf", types: [("sk", 2024)], problems: [Problem(.repaired, "xref rebuilt")])
        #expect(status(sk, [repaired]).status == .present)
    }

    @Test func missingWhenNothingPointsAtTheType() {
        let report = status(sk, [AuditFixture.file("Root/A/foto.jpg", kind: .jpeg, types: [("photo", 2024)])])
        #expect(report.status == .missing)
        #expect(report.evidence.isEmpty)
    }

    @Test func disqualifiedVideoDoesNotCount() {
        let video = AuditFixture.rules.documentTypes[5]
        let long = AuditFixture.file("Root/A/video.mp4", kind: .mp4, types: [("video", nil)], duration: 412)
        let report = status(video, [long])
        #expect(report.status == .missing)
        #expect(report.evidence.first?.problems.map(\.code) == ["video-too-long"])
        let short = AuditFixture.file("Root/A/video.mp4", kind: .mp4, types: [("video", nil)], duration: 299)
        #expect(status(video, [short]).status == .present)
    }

    @Test func reasonsSpellOutEachSignal() {
        #expect(DocumentStatusEvaluator.reason(SignalHit(on: .text, pattern: "p", matched: "KEPUTUSAN BUPATI", weight: 4, offset: 0))
                == "text: KEPUTUSAN BUPATI at 0 (+4)")
        #expect(DocumentStatusEvaluator.reason(SignalHit(on: .name, pattern: "p", matched: "undangan", weight: -2.5))
                == "name: undangan (-2.5)")
    }
}
