import BuktiCore
import Testing
@testable import BuktiFormats

/// Expected values are the inputs of Scripts/fixtures/media.sh.
@Suite struct PNGExtractorTests {
    @Test func gnomeScreenshotTextChunks() throws {
        let facts = try MediaFixtures.extract("screenshot.png")
        #expect(facts.width == 240 && facts.height == 160)
        #expect(facts.software == "gnome-screenshot")
        #expect(facts.created == "2024-05-06T07:08:09+07:00")
        #expect(facts.screenshot == true)
        #expect(facts.problems.isEmpty)
    }

    @Test func compressedTextChunkIsInflated() throws {
        let facts = try MediaFixtures.extract("spectacle.png")
        #expect(facts.software?.hasPrefix("Spectacle 24.02.1 (KDE screenshot utility;") == true)
        #expect(facts.screenshot == true)
    }

    @Test func compressedXMPUserCommentMarksAScreenshot() throws {
        let facts = try MediaFixtures.extract("xmp-screenshot.png")
        #expect(facts.software == nil)
        #expect(facts.screenshot == true)
    }

    @Test func eXIfChunkIsRead() throws {
        let facts = try MediaFixtures.extract("exif.png")
        #expect(facts.camera == "Xiaomi Redmi Note 12")
        #expect(facts.taken == "2024-02-29T12:00:00-03:30")
        #expect(facts.orientation == 8)
        #expect(facts.screenshot == nil, "camera EXIF means a photo")
    }

    @Test func phoneScreenSizeWithoutCameraIsAScreenshot() throws {
        let facts = try MediaFixtures.extract("phone-screen.png")
        #expect(facts.width == 1080 && facts.height == 2400)
        #expect(facts.screenshot == true)
    }

    @Test(arguments: [(0x7FFF_FFF0 as UInt64, ProblemCode.truncated), (0xFFFF_FFF0, .corrupt)])
    func lyingChunkLengthIsAProblem(length: UInt64, code: ProblemCode) throws {
        var bytes = try MediaFixtures.bytes("screenshot.png")
        let text = try #require(bytes.offset(of: "tEXt"))
        bytes.put(length, at: text - 4, width: 4)
        let facts = MediaFixtures.extract(bytes, as: .png)
        #expect(facts.problems.contains { $0.code == code && $0.message.contains("tEXt") })
        #expect(facts.width == 240, "chunks before the damage are kept")
    }

    @Test func cutInHalfIsTruncated() throws {
        for name in ["screenshot.png", "exif.png", "xmp-screenshot.png"] {
            let bytes = try MediaFixtures.bytes(name)
            let facts = MediaFixtures.extract(Array(bytes[..<(bytes.count / 2)]), as: .png)
            #expect(facts.has(.truncated), "\(name)")
        }
    }

    @Test func damagedCompressedTextIsCorrupt() throws {
        var bytes = try MediaFixtures.bytes("spectacle.png")
        let chunk = try #require(bytes.offset(of: "zTXt"))
        // Keyword "Software\0", method byte, then the zlib stream: spoil its header.
        bytes[chunk + 4 + 9 + 1] = 0xFF
        bytes[chunk + 4 + 9 + 2] = 0xFF
        let facts = MediaFixtures.extract(bytes, as: .png)
        #expect(facts.problems.contains { $0.code == .corrupt && $0.message.contains("zTXt") })
    }

    @Test func flippedBytesNeverCrash() throws {
        let original = try MediaFixtures.bytes("exif.png")
        var generator = SplitMix(seed: 7)
        for _ in 0..<300 {
            var bytes = original
            for _ in 0..<4 { bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next()) }
            let facts = MediaFixtures.extract(bytes, as: .png)
            #expect(DamageOutcome.violations(facts).isEmpty, "\(DamageOutcome.violations(facts))")
        }
    }
}
