import BuktiCore
import Testing
@testable import BuktiFormats

/// Expected values are the inputs of Scripts/fixtures/media.sh.
@Suite struct JPEGExtractorTests {
    @Test func phonePhotoHasItsEXIFAndIsNotAScreenshot() throws {
        let facts = try MediaFixtures.extract("phone.jpg")
        #expect(facts.width == 320 && facts.height == 240)
        #expect(facts.camera == "Samsung SM-A525F")
        #expect(facts.taken == "2024-03-15T09:30:45+08:00")
        #expect(facts.orientation == 6)
        #expect(facts.software == "A525FXXU4CWA1")
        #expect(facts.gps.map { $0.lat < 0 && $0.lon > 0 } == true, "southern latitude, eastern longitude")
        #expect(facts.screenshot == nil)
        #expect(facts.problems.isEmpty)
    }

    @Test func jpegWithoutMetadataHasOnlyItsSize() throws {
        let facts = try MediaFixtures.extract("plain.jpg")
        #expect(facts.width == 200 && facts.height == 150)
        #expect(facts.camera == nil && facts.taken == nil && facts.gps == nil && facts.screenshot == nil)
        #expect(facts.problems.isEmpty)
    }

    @Test func progressiveFrameGivesTheSizeAndShareXMarksAScreenshot() throws {
        let facts = try MediaFixtures.extract("progressive.jpg")
        #expect(facts.width == 1366 && facts.height == 768)
        #expect(facts.software == "ShareX")
        #expect(facts.screenshot == true)
    }

    @Test func xmpUserCommentMarksAScreenshot() throws {
        let facts = try MediaFixtures.extract("xmp-screenshot.jpg")
        #expect(facts.width == 90 && facts.screenshot == true)
    }

    @Test func cutInHalfIsTruncated() throws {
        for name in ["phone.jpg", "plain.jpg", "progressive.jpg"] {
            let bytes = try MediaFixtures.bytes(name)
            let facts = MediaFixtures.extract(Array(bytes[..<(bytes.count / 2)]), as: .jpeg)
            #expect(facts.has(.truncated), "\(name)")
        }
    }

    @Test func everyCutEndsWithAProblemNotACrash() throws {
        let bytes = try MediaFixtures.bytes("motorola.jpg")
        for length in stride(from: 2, to: bytes.count - 2, by: 7) {
            let facts = MediaFixtures.extract(Array(bytes[..<length]), as: .jpeg)
            #expect(!facts.problems.isEmpty, "cut at \(length)")
        }
    }

    @Test func segmentLengthPastTheEndIsAProblem() throws {
        var bytes = try MediaFixtures.bytes("phone.jpg")
        let app1 = try #require(bytes.offset(of: [0xFF, 0xE1]))
        bytes.put(0xFFFF, at: app1 + 2, width: 2)
        let facts = MediaFixtures.extract(bytes, as: .jpeg)
        #expect(!facts.problems.isEmpty)
    }

    @Test func notAJPEGFailsWithCorrupt() {
        let facts = MediaFixtures.extract(Array("not a jpeg at all".utf8), as: .jpeg)
        #expect(facts.problems.map(\.code) == [.corrupt])
    }

    @Test func flippedBytesNeverCrash() throws {
        let original = try MediaFixtures.bytes("phone.jpg")
        var generator = SplitMix(seed: 20)
        for _ in 0..<300 {
            var bytes = original
            for _ in 0..<4 { bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next()) }
            let facts = MediaFixtures.extract(bytes, as: .jpeg)
            #expect(DamageOutcome.violations(facts).isEmpty, "\(DamageOutcome.violations(facts))")
        }
    }
}

/// A tiny seeded generator, so damage tests are the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
