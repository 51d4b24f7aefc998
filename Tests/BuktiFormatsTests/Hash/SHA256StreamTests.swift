import Foundation
import Testing
import BuktiCore
@testable import BuktiFormats

@Suite struct SHA256StreamTests {
    /// The digest `sha256sum` (coreutils) gives for `bytes`: the reference, not our own output.
    func referenceDigest(_ bytes: [UInt8]) throws -> String {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("bukti-sha-\(UUID().uuidString)")
        try Data(bytes).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [input.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self).split(separator: " ").first.map(String.init) ?? ""
    }

    @Test(arguments: [0, 1, 63, 64, 1000, 3 << 20])
    func digestMatchesSha256sumAcrossChunkBoundaries(_ length: Int) throws {
        let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let expected = try referenceDigest(bytes)
        #expect(try SHA256Stream.hexDigest(of: MemorySource(bytes)) == expected)
        #expect(try SHA256Stream.hexDigest(of: MemorySource(bytes), chunkSize: 7) == expected)
    }

    @Test func aReadFailurePropagates() {
        final class Broken: ByteSource {
            let size = 10
            func read(at offset: Int, count: Int) throws(ByteSourceError) -> [UInt8] {
                throw .io(code: 5, message: "Input/output error")
            }
        }
        #expect(throws: ByteSourceError.self) { try SHA256Stream.hexDigest(of: Broken()) }
    }
}
