import Testing
import BuktiCore

/// The damage loops' check can fail: each kind of bad outcome is caught.
@Suite struct DamageOutcomeTests {
    @Test func eachBadOutcomeIsNamed() {
        #expect(DamageOutcome.violations(FileFacts(path: FilePath("a.mp4"), kind: .mp4)).isEmpty)
        var nan = FileFacts(path: FilePath("a.mp4"), kind: .mp4)
        nan.duration = .nan
        #expect(DamageOutcome.violations(nan).count == 2)  // a bad duration the record cannot hold
        var thrown = FileFacts(path: FilePath("a.pdf"), kind: .pdf)
        thrown.add(.corrupt, DamageOutcome.unexpected + "DecodingError")
        #expect(DamageOutcome.violations(thrown).count == 1)
        var silent = FileFacts(path: FilePath("a.pdf"), kind: .pdf)
        silent.add(.corrupt, " ")
        silent.pages = -1
        #expect(DamageOutcome.violations(silent).count == 2)
    }
}
