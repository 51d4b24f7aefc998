import Testing
import BuktiCore
@testable import BuktiFormats

@Suite struct PowerPointTextTests {
    @Test func slideTextWithoutMasterBoilerplate() throws {
        let facts = OLE2Fixtures.extract(OLE2Fixtures.bytes("paparan-inovasi.ppt"), kind: .ppt)
        #expect(facts.problems.isEmpty, "\(facts.problems)")
        let text = try #require(facts.text)
        WordDocumentReaderTests.expectInOrder(OLE2Fixtures.lines("paparan-inovasi.ppt.expected.txt"), in: text)
        #expect(!text.contains("Click to edit"))  // master placeholders are not content
    }
}
