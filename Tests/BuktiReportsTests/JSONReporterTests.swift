import Foundation
import Testing
import BuktiCore
@testable import BuktiReports

@Suite struct JSONReporterTests {
    /// The golden audit was written by `bukti audit --format json`; decoding and re-encoding it must
    /// give the same document (key order is the contract's; decoded keyed lists are compared as JSON).
    @Test func roundTripsTheAuditContract() throws {
        let input = try GoldenAudit.input(.id)
        let bytes = try JSONReporter().render(input)
        let decoded = try JSONDecoder().decode(AuditReport.self, from: Data(bytes))
        #expect(decoded == input.audit)
        let golden = try Data(contentsOf: GoldenAudit.auditURL)
        let a = try JSONSerialization.jsonObject(with: Data(bytes)) as? NSDictionary
        let b = try JSONSerialization.jsonObject(with: golden) as? NSDictionary
        #expect(a == b)
        #expect(bytes.last == 0x0A)
    }

    @Test func mergedInputListsRegions() throws {
        var input = try GoldenAudit.input(.id)
        input.regions = [ReportRegion(name: "Kab. A", audit: input.audit), ReportRegion(name: "Kab. B", audit: input.audit)]
        let object = try JSONSerialization.jsonObject(with: Data(try JSONReporter().render(input))) as? [String: Any]
        let regions = try #require(object?["regions"] as? [[String: Any]])
        #expect(regions.map { $0["name"] as? String } == ["Kab. A", "Kab. B"])
    }
}
