import Testing
import BuktiCore
@testable import BuktiFormats

@Suite struct PowerPointReaderTests {
    @Test func encryptedTokenInCurrentUserNeedsAPassword() throws {
        // LibreOffice cannot encrypt a .ppt, so the real file's CurrentUserAtom token is patched
        // to the one [MS-PPT] 2.3.2 defines for encrypted presentations.
        var bytes = OLE2Fixtures.bytes("paparan-inovasi.ppt")
        let file = try CompoundFile(MemorySource(bytes), options: ExtractionOptions())
        let entry = try #require(file.stream(PowerPointReader.currentUserStream))
        let head = try file.read(entry, upTo: 16)
        #expect(OLE2Bytes(head).u32(12) == 0xE391_C05F)  // the unencrypted token
        let at = try #require(bytes.firstRange(of: head)).lowerBound
        OLE2Damage.patch32(&bytes, at: at + 12, PowerPointReader.encryptedToken)
        let problem = Problem(.passwordRequired, PowerPointReader.encryptedMessage)
        #expect(OLE2Probe().probe(MemorySource(bytes), options: ExtractionOptions()) == ProbeResult(kind: .ppt, problems: [problem]))
        let facts = OLE2Fixtures.extract(bytes, kind: .ppt)
        #expect(facts.problems == [problem])
        #expect(facts.encrypted == true)
    }
}
