import Testing
import BuktiCore
@testable import BuktiReports

@Suite struct AuditSubsetTests {
    @Test func slugsAreFileNameSafe() {
        #expect(AuditSplit.slug("Dinas Kesehatan") == "dinas-kesehatan")
        #expect(AuditSplit.slug("Dinas Pariwisata & Budaya") == "dinas-pariwisata-budaya")
        #expect(AuditSplit.slug("Bagian Ékonomi/../x") == "bagian-ekonomi-x")
        #expect(AuditSplit.slug("../") == "opd")
    }

    @Test func partsRecountTheirSummary() throws {
        var audit = try GoldenAudit.audit()
        let rules = try GoldenAudit.rules()
        for index in audit.innovations.indices { audit.innovations[index].opd = index % 2 == 0 ? "Dinas A" : "Dinas B" }
        let parts = AuditSplit.byOPD(audit, rules: rules, fromFolders: false, unnamed: "-")
        #expect(parts.map(\.slug) == ["dinas-a", "dinas-b"])
        #expect(parts.reduce(0) { $0 + $1.audit.summary.innovations } == audit.summary.innovations)
        #expect(parts.reduce(0) { $0 + $1.audit.summary.incomplete } == audit.summary.incomplete)
        for part in parts {
            #expect(part.audit.innovations.allSatisfy { $0.opd == part.name })
            #expect(part.audit.summary.complete == part.audit.innovations.filter(\.complete).count)
            for type in rules.documentTypes where type.critical {
                #expect(part.audit.summary.missingCritical[type.id] == part.audit.innovations.filter { $0.missing.contains(type.id) }.count)
            }
        }
    }

    @Test func mergeConcatenatesRegions() throws {
        let audit = try GoldenAudit.audit()
        let merged = try #require(AuditSubset.merged(
            [ReportRegion(name: "A", audit: audit), ReportRegion(name: "B", audit: audit)], rules: try GoldenAudit.rules()))
        #expect(merged.innovations.count == 2 * audit.innovations.count)
        #expect(merged.summary.files == 2 * audit.summary.files)
        #expect(merged.summary.missingCritical["sk"] == 2 * (audit.summary.missingCritical["sk"] ?? -1))
        #expect(merged.root == "A, B")
    }
}
