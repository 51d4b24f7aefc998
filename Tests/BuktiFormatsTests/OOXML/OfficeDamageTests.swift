import BuktiCore
import Testing
@testable import BuktiFormats

/// Damaged copies of every real office fixture: the probe and the readers must finish with
/// problems (or nothing to say), never crash or hang.
@Suite struct OfficeDamageTests {
    /// A small deterministic generator so failures can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(1, bound)))
        }
    }

    @Test(arguments: [
        ("sop.docx", FileKind.docx), ("dpa.xlsx", .xlsx), ("paparan.pptx", .pptx), ("sop.odt", .odt),
        ("dpa.ods", .ods),
    ])
    func overwrittenBytesNeverCrash(name: String, kind: FileKind) throws {
        let original = try OfficeFixtures.bytes(name)
        var generator = Generator(state: UInt64(original.count))
        var sawProblem = false
        for _ in 0..<60 {
            var damaged = original
            for _ in 0..<(1 + generator.next(8)) {
                let start = generator.next(damaged.count)
                for offset in start..<min(damaged.count, start + 1 + generator.next(16)) {
                    damaged[offset] = UInt8(generator.next(256))
                }
            }
            let start = ContinuousClock.now
            _ = ZipProbe().probe(MemorySource(damaged), options: ExtractionOptions())
            let facts = OfficeFixtures.extract(damaged, kind: kind)
            #expect(DamageOutcome.violations(facts).isEmpty, "\(name): \(DamageOutcome.violations(facts))")
            sawProblem = sawProblem || !facts.problems.isEmpty
            #expect(ContinuousClock.now - start < .seconds(5))
        }
        #expect(sawProblem)
    }

    @Test func passedDeadlineEndsWithLimitExceeded() throws {
        var options = ExtractionOptions()
        options.deadline = Deadline(nanoseconds: 1)
        let facts = try OfficeFixtures.extract("sop.docx", kind: .docx, options: options)
        #expect(facts.problems.map(\.code) == [.limitExceeded])
        #expect(facts.text == nil)
    }
}
