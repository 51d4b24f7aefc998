import BuktiCore
import Foundation
import Testing
@testable import BuktiFormats

/// The whole inspector with the real registries: an encrypted DOCX (an OLE2 wrapper) is reported
/// once as password-protected, never also as a broken ZIP.
@Suite struct SealedPackageInspectionTests {
    @Test func encryptedDocxHasOnePasswordProblemAndNoZipError() throws {
        let url = try #require(OLE2Fixtures.url("sk-terkunci.docx"))
        let inspector = Inspector(probes: Formats.probes, extractor: Formats.extractor(for:))
        var records: [FileFacts] = []
        inspector.run([FilePath(url.path)]) { records.append($0) }
        #expect(records.count == 1)
        #expect(records.first?.kind == .docx)
        #expect(records.first?.problems.map(\.code) == [.passwordRequired])
    }
}
