import Testing
@testable import BuktiCore

/// Document checks: SOP without service times, SK not naming the innovation, scans, long videos.
@Suite struct DocumentChecksTests {
    let checks = DocumentChecks(rules: AuditFixture.rules, language: .id)
    func type(_ id: String) -> DocumentType { AuditFixture.rules.documentTypes.first { $0.id == id }! }
    let sipandu = InnovationNames(["SIPANDU - Sistem Informasi Posyandu Terpadu"])

    func codes(_ id: String, _ file: (FileFacts, FileClassification), names: InnovationNames) -> [String] {
        checks.run(type(id), on: file.0, names: names).map {
            switch $0 {
            case .passed: "passed"
            case .failed(let problem, _): problem.code
            case .cannotCheck(let problem): problem.code
            }
        }
    }

    @Test func sopWithoutServiceTimes() {
        let without = AuditFixture.file("R/A/sop.pdf", text: "STANDAR OPERASIONAL PROSEDUR. Petugas menerima berkas.")
        #expect(codes("sop", without, names: sipandu) == ["sop-without-service-times"])
        let with = AuditFixture.file("R/A/sop.pdf", text: "STANDAR OPERASIONAL PROSEDUR. Waktu: 15 Menit.")
        #expect(codes("sop", with, names: sipandu) == [])
    }

    @Test func skMustNameTheInnovationByNameOrAcronym() {
        let byAcronym = AuditFixture.file("R/A/sk.pdf", text: "KEPUTUSAN BUPATI tentang Tim Inovasi Sipandu Kabupaten")
        #expect(codes("sk", byAcronym, names: sipandu) == [])
        let byName = AuditFixture.file("R/A/sk.pdf", text: "tentang SISTEM INFORMASI POSYANDU  TERPADU")
        #expect(codes("sk", byName, names: sipandu) == [])
        let accents = InnovationNames(["Layanan Café Sehat"])
        #expect(codes("sk", AuditFixture.file("R/A/sk.pdf", text: "tentang layanan CAFE sehat"), names: accents) == [])
        let other = AuditFixture.file("R/A/sk.pdf", text: "KEPUTUSAN BUPATI tentang Tim Inovasi SIPANDAI")
        #expect(codes("sk", other, names: sipandu) == ["sk-not-naming-innovation"])
    }

    @Test func acronymsFromEitherSpelling() {
        #expect(Set(InnovationNames(["Sistem Informasi Posyandu Terpadu (SIPANDU)"]).variants)
                == ["sipandu", "sistem informasi posyandu terpadu", "sistem informasi posyandu terpadu sipandu"])
        #expect(InnovationNames(["02_SIPANDU"]).variants == ["sipandu"])
    }

    @Test func aScanWithoutTextCannotBeChecked() {
        let scan = AuditFixture.file("R/A/sk.pdf", text: nil, scanned: true)
        let outcome = checks.run(type("sk"), on: scan.0, names: sipandu)
        guard case .cannotCheck(let problem) = outcome.first else {
            Issue.record("expected cannot-check, got \(outcome)")
            return
        }
        #expect(problem.message.contains("pindaian"))
    }

    @Test func videoOverFiveMinutes() {
        let long = AuditFixture.file("R/A/v.mp4", kind: .mp4, duration: 300.5)
        #expect(codes("video", long, names: sipandu) == ["video-too-long"])
        #expect(codes("video", AuditFixture.file("R/A/v.mp4", kind: .mp4, duration: 300), names: sipandu) == [])
        #expect(codes("video", AuditFixture.file("R/A/v.mp4", kind: .mp4), names: sipandu) == ["cannot-check"])
    }
}
