import Testing
@testable import BuktiReports

@Suite struct ReportersTests {
    @Test func identifiersAreUnique() {
        let ids = Reporters.all.map { $0.identifier }
        #expect(Set(ids).count == ids.count)
    }
}
