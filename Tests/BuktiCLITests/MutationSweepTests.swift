import Foundation
import Testing

/// Every file in Samples/ (and a few fixtures of kinds Samples/ lacks), damaged in fixed, replayable
/// ways — cut short, bytes flipped, a region zeroed, a region repeated — and inspected in one run of
/// the built binary: each damaged copy must come back as exactly one well-formed record, with no crash
/// and no hang.
@Suite struct MutationSweepTests {
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Kinds Samples/ has no example of (legacy Office, OpenDocument, PowerPoint, HEIC, QuickTime, WebP,
    /// TIFF) and one more MP4, from the format fixtures.
    static let fixtures = [
        "legacy/sk-tim-inovasi.doc", "legacy/dpa-2023.xls", "legacy/paparan-inovasi.ppt",
        "media/phone.heic", "media/clip.mp4", "media/clip.mov", "media/lossy.webp", "media/scan.tif",
        "office/sop.odt", "office/dpa.ods", "office/paparan.pptx",
    ]

    /// The originals: every regular file under Samples/ plus the fixtures above.
    static func originals() throws -> [URL] {
        let samples = package.appendingPathComponent("Samples")
        let walker = FileManager.default.enumerator(at: samples, includingPropertiesForKeys: [.isRegularFileKey])
        var files: [URL] = []
        while let url = walker?.nextObject() as? URL {
            if try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true { files.append(url) }
        }
        let fixtureFolder = package.appendingPathComponent("Tests/BuktiFormatsTests/Fixtures")
        return files.sorted { $0.path < $1.path } + fixtures.map { fixtureFolder.appendingPathComponent($0) }
    }

    /// A small deterministic generator (64-bit LCG), so a failing mutant can be made again from its name.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(1, bound)))
        }
    }

    /// The damaged copies of one file, each with a short label saying what was done to it.
    static func mutants(of original: [UInt8], seed: UInt64) -> [(label: String, bytes: [UInt8])] {
        let size = original.count
        var generator = Generator(state: seed)
        var out: [(String, [UInt8])] = []
        // Cut short: nothing, one byte, inside the header, at fractions, one byte short of the end.
        var cuts = [0, 1, min(size, 16)]
        for eighths in [1, 2, 4, 6, 7] { cuts.append(size * eighths / 8) }
        cuts.append(max(0, size - 1))
        for cut in Set(cuts).sorted() where cut < size { out.append(("cut\(cut)", Array(original[..<cut]))) }
        guard size > 0 else { return out }
        // Flipped bytes: once in the first 64 bytes (signatures, headers), twice anywhere.
        for (round, span) in [64, size, size].enumerated() {
            var bytes = original
            for _ in 0..<16 { bytes[generator.next(min(span, size))] ^= UInt8(1 + generator.next(255)) }
            out.append(("flip\(round)", bytes))
        }
        // A zeroed region, at the start (after the signature) and somewhere else.
        let length = max(1, min(size / 8, 4096))
        for (round, start) in [min(8, size - 1), generator.next(size)].enumerated() {
            var bytes = original
            for index in start..<min(size, start + length) { bytes[index] = 0 }
            out.append(("zero\(round)", bytes))
        }
        // A region repeated in place: every later offset moves.
        let start = generator.next(size)
        let region = original[start..<min(size, start + max(1, min(size / 4, 8192)))]
        out.append(("dup", Array(original[..<start]) + region + original[start...]))
        return out
    }

    @Test func everyMutantIsReportedOnceWithoutACrash() throws {
        let folder = try TempFolder()
        var expected: Set<String> = []
        for (index, url) in try Self.originals().enumerated() {
            let original = Array(try Data(contentsOf: url))
            let ext = url.pathExtension.isEmpty ? "" : "." + url.pathExtension
            for mutant in Self.mutants(of: original, seed: UInt64(index + 1) &* 0x9E37_79B9_7F4A_7C15) {
                let name = String(format: "f%03d-", index) + mutant.label + ext
                try folder.write(name, mutant.bytes)
                expected.insert(folder.path + "/" + name)
            }
        }
        #expect(expected.count > 500)

        let start = Date()
        let result = try BuktiProcess.run(
            ["inspect", "--format", "jsonl", "--file-timeout", "5", folder.path], timeout: 300)
        let seconds = Date().timeIntervalSince(start)
        #expect(result.exitedNormally && result.status == 0, "stderr: \(result.err.suffix(2000))")
        #expect(seconds < 240, "the sweep took \(seconds) s")

        var seen: [String: Int] = [:]
        for line in result.stdout.split(separator: 0x0A) {
            let object = try? JSONSerialization.jsonObject(with: Data(line))
            let record = try #require(object as? [String: Any], "not a JSON object: \(String(decoding: line, as: UTF8.self))")
            #expect(record["schemaVersion"] as? Int == 1)
            #expect(record["kind"] is String)
            let path = try #require(record["path"] as? String)
            seen[path, default: 0] += 1
        }
        #expect(Set(seen.keys) == expected)
        #expect(seen.values.allSatisfy { $0 == 1 }, "reported twice: \(seen.filter { $0.value > 1 }.keys.sorted())")
    }

    @Test func mutantsAreTheSameEveryRun() throws {
        let original = Array(try Data(contentsOf: try Self.originals()[0]))
        let first = Self.mutants(of: original, seed: 7), second = Self.mutants(of: original, seed: 7)
        #expect(first.map(\.label) == second.map(\.label))
        #expect(first.map(\.bytes) == second.map(\.bytes))
        // Cuts and repeats change the length; flips XOR with 1...255, so they change bytes too.
        #expect(first.filter { !$0.label.hasPrefix("zero") }.allSatisfy { $0.bytes != original })
    }
}
