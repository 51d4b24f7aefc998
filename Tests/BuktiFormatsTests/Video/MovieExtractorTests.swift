import BuktiCore
import Testing
@testable import BuktiFormats

/// Durations, sizes and creation times are the inputs of Scripts/fixtures/media.sh (ffmpeg arguments).
@Suite struct MovieExtractorTests {
    @Test(arguments: [
        ("clip.mp4", 3.0, 320, 240, "2024-04-10T02:03:04Z"),
        ("clip.mov", 2.0, 160, 120, "2023-11-05T22:10:00Z"),
        ("long.mp4", 360.0, 16, 16, "2024-06-01T00:00:00Z"),
    ])
    func headerFacts(name: String, seconds: Double, width: Int, height: Int, created: String) throws {
        let facts = try MediaFixtures.extract(name)
        #expect(facts.duration.map { abs($0 - seconds) < 0.01 } == true)
        #expect(facts.width == width && facts.height == height)
        #expect(facts.created == created)
        #expect(facts.problems.isEmpty)
    }

    @Test func androidLocationFromQuickTimeXYZ() throws {
        let gps = try #require(try MediaFixtures.extract("clip.mov").gps)
        #expect(gps == GPSPosition(lat: -6.2, lon: 106.8167, alt: 10))
    }

    @Test func iPhoneKeysGiveCameraLocalTimeAndLocation() throws {
        let facts = try MediaFixtures.extract("iphone.mov")
        #expect(facts.camera == "Apple iPhone 13")
        #expect(facts.software == "17.4.1")
        #expect(facts.taken == "2024-03-15T09:30:45+08:00")
        #expect(facts.gps == GPSPosition(lat: -8.65, lon: 115.2167, alt: 12.5))
        #expect(facts.problems.isEmpty)
    }

    @Test func portraitVideoHasARotationAndLociLocation() throws {
        let facts = try MediaFixtures.extract("rotated.mp4")
        // ffmpeg's rotate=90 tag becomes a matrix that turns the picture 270 degrees clockwise.
        #expect(facts.orientation == 8)
        #expect(facts.gps == GPSPosition(lat: -8.5, lon: 115.25, alt: 12.5))
    }

    @Test func longVideoIsOverFiveMinutes() throws {
        #expect(try MediaFixtures.extract("long.mp4").duration.map { $0 > 300 } == true)
    }

    @Test func boxLargerThanTheFileIsAProblemNotAHang() throws {
        var bytes = try MediaFixtures.bytes("clip.mp4")
        let mdat = try #require(bytes.offset(of: "mdat")) - 4
        bytes.put(0xFFFF_FF00, at: mdat, width: 4)
        let facts = MediaFixtures.extract(bytes, as: .mp4)
        #expect(facts.problems.contains { $0.code == .truncated && $0.message.contains("mdat") })
    }

    @Test func nestedBoxLargerThanItsParentIsCorrupt() throws {
        var bytes = try MediaFixtures.bytes("clip.mp4")
        let trak = try #require(bytes.offset(of: "trak")) - 4
        bytes.put(0x7FFF_FFFF, at: trak, width: 4)
        let facts = MediaFixtures.extract(bytes, as: .mp4)
        #expect(facts.problems.contains { $0.code == .corrupt && $0.message.contains("trak") })
        #expect(facts.duration == 3.0, "mvhd comes before the damage")
    }

    @Test func cutInHalfLosesTheMovieHeaderWithAProblem() throws {
        for name in ["clip.mp4", "clip.mov", "long.mp4"] {
            let bytes = try MediaFixtures.bytes(name)
            let facts = MediaFixtures.extract(Array(bytes[..<(bytes.count / 2)]), as: MediaFixtures.kind(name))
            #expect(facts.has(.truncated), "\(name)")
            #expect(facts.duration == nil)
        }
    }

    @Test func sizeZeroMeansToTheEndOfTheFile() throws {
        var bytes = try MediaFixtures.bytes("clip.mp4")
        let moov = try #require(bytes.offset(of: "moov")) - 4
        bytes.put(0, at: moov, width: 4)
        let facts = MediaFixtures.extract(bytes, as: .mp4)
        #expect(facts.duration == 3.0 && facts.problems.isEmpty)
    }

    @Test func sixtyFourBitBoxSizeIsFollowed() throws {
        let bytes = try MediaFixtures.bytes("clip.mp4")
        let mdat = try #require(bytes.offset(of: "mdat")) - 4
        let size = bytes.get(at: mdat, width: 4)
        // Rewrite the mdat header as size 1 + "mdat" + 64-bit size (8 bytes longer); sample offsets
        // in stco go stale, which header reading does not care about.
        var header = [UInt8](repeating: 0, count: 16)
        header.put(1, at: 0, width: 4)
        header.replaceSubrange(4..<8, with: Array("mdat".utf8))
        header.put(size + 8, at: 8, width: 8)
        let rewritten = Array(bytes[..<mdat]) + header + Array(bytes[(mdat + 8)...])
        let facts = MediaFixtures.extract(rewritten, as: .mp4)
        #expect(facts.duration == 3.0 && facts.width == 320 && facts.problems.isEmpty)
    }

    @Test func zeroMovieDurationFallsBackToTheLongestTrack() throws {
        var bytes = try MediaFixtures.bytes("clip.mp4")
        let mvhd = try #require(bytes.offset(of: "mvhd"))
        #expect(bytes[mvhd + 4] == 0, "version 0 mvhd")
        bytes.put(0, at: mvhd + 4 + 16, width: 4)  // version/flags, created, modified, timescale, duration
        let facts = MediaFixtures.extract(bytes, as: .mp4)
        #expect(facts.duration.map { abs($0 - 3.0) < 0.01 } == true)
    }

    @Test func fragmentedMovieTakesItsDurationFromMehd() {
        // mvhd version 0: flags, created, modified, timescale 1000, duration 0 (fragments follow).
        var mvhd = [UInt8](repeating: 0, count: 100)
        mvhd.put(1000, at: 12, width: 4)
        var mehd = [UInt8](repeating: 0, count: 8)
        mehd.put(2500, at: 4, width: 4)
        let moov = Self.box("moov", Self.box("mvhd", mvhd) + Self.box("mvex", Self.box("mehd", mehd)))
        let file = Self.box("ftyp", Array("isom\0\0\0\0isom".utf8)) + moov
        let facts = MediaFixtures.extract(file, as: .mp4)
        #expect(facts.duration == 2.5)
        #expect(facts.problems.isEmpty)
    }

    static func box(_ type: String, _ content: [UInt8]) -> [UInt8] {
        var header = [UInt8](repeating: 0, count: 4)
        header.put(UInt64(content.count + 8), at: 0, width: 4)
        return header + Array(type.utf8) + content
    }

    @Test func gigabyteMediaDataCostsOnlyHeaderReads() throws {
        let bytes = try MediaFixtures.bytes("clip.mp4")
        let mdat = try #require(bytes.offset(of: "mdat")) - 4
        let moov = try #require(bytes.offset(of: "moov")) - 4
        let gigabyte = 1 << 30
        let source = SpliceSource(
            head: Array(bytes[..<mdat]), gap: gigabyte, tail: Array(bytes[moov...]), gapHeader: Self.mdatHeader(gigabyte))
        let facts = MediaFixtures.extract(source, as: .mp4)
        #expect(facts.duration == 3.0 && facts.width == 320 && facts.problems.isEmpty)
        #expect(source.bytesRead < 16 << 10, "read \(source.bytesRead) bytes of a \(source.size)-byte file")
    }

    @Test func tightLimitsEndWithProblems() throws {
        var shallow = ExtractionOptions()
        shallow.maxNestingDepth = 1
        let source = try FileSource(path: FilePath(MediaFixtures.url("clip.mp4").path))
        #expect(MediaFixtures.extract(source, as: .mp4, options: shallow).has(.limitExceeded))
        var late = ExtractionOptions()
        late.deadline = Deadline(nanoseconds: 1)
        #expect(MediaFixtures.extract(source, as: .mp4, options: late).has(.limitExceeded))
    }

    @Test func flippedBytesNeverCrashOrHang() throws {
        let original = try MediaFixtures.bytes("clip.mov")
        var generator = SplitMix(seed: 42)
        for _ in 0..<300 {
            var bytes = original
            for _ in 0..<4 { bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next()) }
            let facts = MediaFixtures.extract(bytes, as: .mov)
            #expect(DamageOutcome.violations(facts).isEmpty, "\(DamageOutcome.violations(facts))")
        }
    }

    static func mdatHeader(_ contentSize: Int) -> [UInt8] {
        var header = [UInt8](repeating: 0, count: 16)
        header.put(1, at: 0, width: 4)
        header.replaceSubrange(4..<8, with: Array("mdat".utf8))
        header.put(UInt64(contentSize + 16), at: 8, width: 8)
        return header
    }
}

/// A file made of real head and tail bytes around a huge virtual "mdat" (a header, then zeros), that
/// counts every byte handed out: proof that readers skip media data instead of reading it.
final class SpliceSource: ByteSource, @unchecked Sendable {
    let head: [UInt8]
    let gapHeader: [UInt8]
    let gap: Int
    let tail: [UInt8]
    private(set) var bytesRead = 0

    init(head: [UInt8], gap: Int, tail: [UInt8], gapHeader: [UInt8]) {
        self.head = head
        self.gap = gap
        self.tail = tail
        self.gapHeader = gapHeader
    }

    var size: Int { head.count + gapHeader.count + gap + tail.count }

    func read(at offset: Int, count: Int) throws(ByteSourceError) -> [UInt8] {
        guard offset >= 0, count >= 0, offset <= size else { throw .outOfRange(offset: offset, count: count) }
        let end = min(size, offset + count)
        bytesRead += end - offset
        let tailStart = head.count + gapHeader.count + gap
        return (offset..<end).map { position in
            if position < head.count { return head[position] }
            let inGap = position - head.count
            if inGap < gapHeader.count { return gapHeader[inGap] }
            return position >= tailStart ? tail[position - tailStart] : 0
        }
    }
}
