import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `bukti inspect` end to end on real temporary trees.
@Suite struct InspectCommandTests {
    /// Parses each stdout line as a JSON object.
    func records(_ result: BuktiProcess.Result) throws -> [[String: Any]] {
        try result.stdout.split(separator: 0x0A).map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
        }
    }

    /// The raw path bytes of a record: `pathBytes` (base64) when present, else `path`.
    func pathBytes(_ record: [String: Any]) -> [UInt8] {
        if let encoded = record["pathBytes"] as? String, let data = Data(base64Encoded: encoded) { return Array(data) }
        return Array((record["path"] as? String ?? "").utf8)
    }

    @Test func jsonlReportsEveryFileOnceInSortedOrderWithOddNamesByteForByte() throws {
        let folder = try TempFolder()
        let latin1: [UInt8] = Array("SK ".utf8) + [0xE9, 0xFF] + Array(".txt".utf8)
        let nfd = Array("Bale\u{301}.txt".utf8)
        let escape = Array("\u{1B}[31mred.txt".utf8)
        let newline = Array("two\nlines.txt".utf8)
        let names: [[UInt8]] = [Array("b/z.txt".utf8), Array("b/a.txt".utf8), Array("A.txt".utf8),
                                latin1, nfd, escape, newline, Array("empty.pdf".utf8)]
        for name in names { try folder.write(name, name == Array("empty.pdf".utf8) ? [] : Array("isi\n".utf8)) }
        #expect(symlink("A.txt", folder.path + "/link") == 0)
        #expect(mkfifo(folder.path + "/pipe", 0o644) == 0)

        let result = try BuktiProcess.run(["inspect", "--format", "jsonl", folder.path])
        #expect(result.status == 0)
        let lines = try records(result)
        // Expected order: each folder's names sorted by raw bytes (ESC 0x1B < 'A' < 'B' < 'S' < 'b' < 'e' < 't').
        let expected = [escape, Array("A.txt".utf8), nfd, latin1, Array("b/a.txt".utf8), Array("b/z.txt".utf8),
                        Array("empty.pdf".utf8), newline].map { folder.bytes($0) }
        #expect(lines.map(pathBytes) == expected)
        #expect(lines.allSatisfy { $0["schemaVersion"] as? Int == 1 })
        let odd = try #require(lines.first { pathBytes($0) == folder.bytes(latin1) })
        #expect(odd["pathBytes"] != nil)
        #expect(lines.filter { $0["pathBytes"] != nil }.count == 1)
        let empty = try #require(lines.first { pathBytes($0) == folder.bytes(Array("empty.pdf".utf8)) })
        #expect(empty["kind"] as? String == "empty")
        #expect((empty["problems"] as? [[String: Any]])?.first?["code"] as? String == "empty")
        #expect(result.err == "bukti: skipped 1 symlink, 1 fifo\n")
    }

    @Test func aFolderThatCannotBeReadIsOneRecordAndTheRunGoesOn() throws {
        let folder = try TempFolder()
        try folder.write("a.txt")
        try folder.write("z.txt")
        // A chain of folders deeper than PATH_MAX: the walker reaches the last one by a path the
        // system refuses (ENAMETOOLONG), a real unreadable folder even for root.
        let segment = String(repeating: "d", count: 250)
        var fd = open(folder.path, O_RDONLY | O_DIRECTORY)
        var length = folder.path.utf8.count
        while length <= Int(PATH_MAX) + 300 {
            #expect(mkdirat(fd, segment, 0o755) == 0)
            let next = openat(fd, segment, O_RDONLY | O_DIRECTORY)
            close(fd)
            fd = next
            length += segment.count + 1
        }
        close(fd)
        let result = try BuktiProcess.run(["inspect", "--format", "jsonl", folder.path])
        #expect(result.status == 0)
        let lines = try records(result)
        #expect(lines.count == 3)
        #expect(lines.first.flatMap { $0["path"] as? String } == folder.path + "/a.txt")
        #expect(lines.last.flatMap { $0["path"] as? String } == folder.path + "/z.txt")
        let unreadable = lines[1]
        #expect(unreadable["kind"] as? String == "directory")
        #expect((unreadable["path"] as? String)?.hasPrefix(folder.path + "/" + segment) == true)
        let problem = (unreadable["problems"] as? [[String: Any]])?.first
        #expect(problem?["code"] as? String == "unreadable")
        #expect((problem?["message"] as? String)?.contains("file name too long") == true)
        #expect(unreadable["bytes"] == nil)
    }

    @Test func jsonlKeysComeInRecordOrder() throws {
        let folder = try TempFolder()
        try folder.write("a.txt")
        let result = try BuktiProcess.run(["inspect", "--format", "jsonl", "--hash", folder.path])
        #expect(result.out.hasPrefix("{\"schemaVersion\":1,\"path\":"))
        let keys = ["\"schemaVersion\"", "\"path\"", "\"kind\"", "\"bytes\"", "\"sha256\"", "\"problems\""]
        let positions = keys.compactMap { result.out.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count)
        #expect(positions == positions.sorted())
    }

    @Test func hashMatchesSha256sum() throws {
        let folder = try TempFolder()
        let contents = (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        try folder.write("big.bin", contents)
        let result = try BuktiProcess.run(["inspect", "--format", "jsonl", "--hash", folder.path + "/big.bin"])
        let record = try #require(try records(result).first)
        let reference = Process()
        reference.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        reference.arguments = [folder.path + "/big.bin"]
        let pipe = Pipe()
        reference.standardOutput = pipe
        try reference.run()
        let expected = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .split(separator: " ").first.map(String.init)
        reference.waitUntilExit()
        #expect(record["sha256"] as? String == expected)
        #expect(record["bytes"] as? Int == contents.count)
    }

    @Test func jsonIsOneDocumentWithSkippedCounts() throws {
        let folder = try TempFolder()
        try folder.write("a.txt")
        try folder.write("sub/b.txt")
        #expect(symlink("a.txt", folder.path + "/link") == 0)
        let result = try BuktiProcess.run(["inspect", "--format", "json", folder.path])
        #expect(result.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        #expect(document["schemaVersion"] as? Int == 1)
        let files = try #require(document["files"] as? [[String: Any]])
        #expect(files.map { $0["path"] as? String } == [folder.path + "/a.txt", folder.path + "/sub/b.txt"])
        let skipped = try #require(document["skipped"] as? [String: Int])
        #expect(skipped["symlink"] == 1)
        #expect(skipped["fifo"] == 0)
        #expect(result.err.isEmpty)
    }

    @Test func textIsReadableAndCarriesNoControlCharacters() throws {
        let folder = try TempFolder()
        try folder.write(Array("\u{1B}]0;pwned\u{7}.txt".utf8))
        try folder.write("SK.pdf", Array("ini bukan pdf\n".utf8))
        let result = try BuktiProcess.run(["inspect", folder.path])
        #expect(result.status == 0)
        #expect(!result.stdout.contains(0x1B))
        #expect(!result.stdout.contains(0x07))
        #expect(result.out.contains("\\x1B]0;pwned\\x07.txt"))
        let lines = result.out.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("  kind:") && $0.hasSuffix(" text") }.count == 2)
        #expect(result.out.contains("! extension-mismatch: named .pdf but the content is plain text"))
        #expect(result.out.hasSuffix("2 files, 1 with problems\n"))
    }

    @Test func aClosedPipeEndsTheRunQuietly() throws {
        let folder = try TempFolder()
        for index in 0..<3000 { try folder.write("f\(index).txt") }
        let process = Process()
        process.executableURL = BuktiProcess.executable
        process.arguments = ["inspect", "--format", "jsonl", folder.path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let head = out.fileHandleForReading.readData(ofLength: 200)
        try out.fileHandleForReading.close()
        try BuktiProcess.waitForExit(process, timeout: 60)
        #expect(head.count == 200)
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(err.fileHandleForReading.readDataToEndOfFile().isEmpty)
    }
}
