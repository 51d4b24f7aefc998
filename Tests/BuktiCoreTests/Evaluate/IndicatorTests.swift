import Testing
@testable import BuktiCore

/// Indicator levels: the highest level met, distinct budget years, levels to verify, upload problems.
@Suite struct IndicatorTests {
    let evaluator = IndicatorEvaluator(rules: AuditFixture.rules, assessmentYear: 2024, language: .en)
    func indicator(_ id: String) -> Indicator { AuditFixture.rules.indicators.first { $0.id == id }! }

    func evaluate(_ id: String, _ files: [(FileFacts, FileClassification)]) -> IndicatorReport {
        evaluator.evaluate(indicator(id), files: AuditFixture.prepared(files))
    }

    @Test func highestLevelWhoseRequirementsAreAllMet() {
        let sk = AuditFixture.file("Root/A/sk.pdf", types: [("sk", 2024)], text: "Keputusan tentang A")
        let sop = AuditFixture.file("Root/A/sop.pdf", types: [("sop", nil)], text: "layanan selesai dalam 15 menit")
        #expect(evaluate("regulasi", []).level == 0)
        #expect(evaluate("regulasi", []).status == .missing)
        #expect(evaluate("regulasi", []).problems.first?.code == "missing-evidence")
        #expect(evaluate("regulasi", [sk]).level == 1)
        let two = evaluate("regulasi", [sk, sop])
        #expect(two.level == 2)
        #expect(two.status == .partial)
        #expect(two.score == 6)
        #expect(two.maxScore == 9)
        let sk2 = AuditFixture.file("Root/A/sk-tim.pdf", types: [("sk", 2023)], text: "Keputusan tentang A")
        let three = evaluate("regulasi", [sk, sk2, sop])
        #expect(three.level == 3)
        #expect(three.status == .met)
        // An identical copy is one document, not two.
        var copy = AuditFixture.file("Root/A/salinan/sk.pdf", types: [("sk", 2024)], text: "Keputusan tentang A")
        copy.0.sha256 = "same"
        var original = sk
        original.0.sha256 = "same"
        #expect(evaluate("regulasi", [original, copy, sop]).level == 2)
    }

    @Test func budgetYearsMustBeDistinct() {
        func dpa(_ year: Int?) -> (FileFacts, FileClassification) {
            AuditFixture.file("Root/A/dpa-\(year ?? 0).pdf", types: [("budget", year)])
        }
        #expect(evaluate("anggaran", [dpa(2024)]).level == 1)
        #expect(evaluate("anggaran", [dpa(2023)]).level == 0)  // level 1 wants T-0
        #expect(evaluate("anggaran", [dpa(2024), dpa(2023)]).level == 2)
        #expect(evaluate("anggaran", [dpa(2024), dpa(2023), dpa(2022)]).level == 3)
        #expect(evaluate("anggaran", [dpa(2024), dpa(2022)]).level == 1)  // T-1 missing
        // An undated DPA does not stand in for a year when distinct years are asked.
        let undated = evaluate("anggaran", [dpa(2024), dpa(nil)])
        #expect(undated.level == 1)
        #expect(evaluate("anggaran", [dpa(nil)]).problems.contains { $0.code == "date-not-found" })
        let stale = evaluate("anggaran", [dpa(2019)])
        #expect(stale.problems.contains { $0.code == "stale" && $0.message.contains("2019") })
    }

    @Test func verifyLevelsAreReportedNotCounted() {
        let sk = AuditFixture.file("Root/A/sk.pdf", types: [("sk", 2024)], text: "tim A")
        let photo = AuditFixture.file("Root/A/foto.jpg", kind: .jpeg, types: [("photo", 2024)])
        let report = evaluate("sdm", [sk, photo])
        #expect(report.level == 2)
        #expect(report.toVerifyLevel == 3)
        #expect(report.status == .toVerify)
        #expect(report.score == 4)
        #expect(evaluate("sdm", [sk]).toVerifyLevel == nil)
    }

    @Test func uploadKindsAndSizeLimits() {
        let docx = AuditFixture.file("Root/A/sk.docx", kind: .docx, types: [("sk", 2024)], bytes: 3_000_000, text: "A")
        let report = evaluate("regulasi", [docx])
        #expect(report.problems.contains { $0.code == "kind-not-accepted" && $0.message.contains("sk.docx") })
        #expect(report.problems.contains { $0.code == "size-warning" })
        let huge = AuditFixture.file("Root/A/sk.pdf", types: [("sk", 2024)], bytes: 6_000_000, text: "A")
        #expect(evaluate("regulasi", [huge]).problems.contains { $0.code == "size-over-limit" })
        // The indicator's own limits override the rule set's.
        let dpa = AuditFixture.file("Root/A/dpa.xlsx", kind: .xlsx, types: [("budget", 2024)], bytes: 2000)
        let budget = evaluate("anggaran", [dpa])
        #expect(budget.problems.map(\.code) == ["size-warning"])
        let big = AuditFixture.file("Root/A/dpa.xlsx", kind: .xlsx, types: [("budget", 2024)], bytes: 3001)
        #expect(evaluate("anggaran", [big]).problems.map(\.code) == ["size-over-limit"])
    }

    @Test func checksOnEvidenceBecomeIndicatorProblems() {
        let sop = AuditFixture.file("Root/A/sop.pdf", types: [("sop", nil)], text: "Prosedur pelayanan: pemohon datang, petugas mencatat")
        let sk = AuditFixture.file("Root/A/sk.pdf", types: [("sk", 2024)], text: "A")
        let report = evaluate("regulasi", [sk, sop])
        #expect(report.problems.contains { $0.code == "sop-without-service-times" && $0.message.contains("sop.pdf") })
        #expect(report.level == 2)  // the check does not disqualify
        let long = AuditFixture.file("Root/A/v.mp4", kind: .mp4, types: [("video", nil)], duration: 301)
        let video = evaluate("video", [long])
        #expect(video.level == 0)
        #expect(video.problems.contains { $0.code == "video-too-long" })
    }
}
