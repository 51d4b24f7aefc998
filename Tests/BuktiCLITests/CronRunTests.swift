import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `bukti audit` left unattended: the cache across runs, the lock, signals, progress and log lines.
/// Trees are built from the committed format fixtures; every copy gets a distinct trailer so no two
/// files share content (a PDF reader ignores bytes after the last `%%EOF`).
@Suite(.serialized) struct CronRunTests {
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixtures = package.appendingPathComponent("Tests/BuktiFormatsTests/Fixtures")

    /// A tree of `count` distinct files in innovation folders of 20, and a cache folder beside it.
    static func tree(count: Int) throws -> TempFolder {
        let folder = try TempFolder()
        let pdfs = try FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent("pdf").path)
            .filter { $0.hasSuffix(".pdf") }.sorted()
        for index in 0..<count {
            let name = pdfs[index % pdfs.count]
            var bytes = try [UInt8](Data(contentsOf: fixtures.appendingPathComponent("pdf/\(name)")))
            bytes += Array("\n% copy \(index)\n".utf8)
            try folder.write("root/Inovasi \(index / 20)/\(index)-\(name)", bytes)
        }
        try FileManager.default.createDirectory(atPath: folder.path + "/cache", withIntermediateDirectories: true)
        return folder
    }

    /// The closing summary's counts from a `--log-format json` run.
    static func finished(_ stderr: String) -> [String: Double]? {
        for line in stderr.split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  object["event"] as? String == "finished" else { continue }
            return (object["fields"] as? [String: Any])?.compactMapValues { ($0 as? NSNumber)?.doubleValue }
        }
        return nil
    }

    func audit(_ tree: TempFolder, _ extra: [String] = []) throws -> BuktiProcess.Result {
        try BuktiProcess.run(["audit", tree.path + "/root", "--cache", tree.path + "/cache", "--log-format", "json"] + extra)
    }

    @Test func secondRunReadsNothingAndReportsTheSame() throws {
        let tree = try Self.tree(count: 30)
        let first = try audit(tree, ["--format", "json"])
        #expect([0, 1].contains(first.status), "\(first.err)")
        let firstCounts = try #require(Self.finished(first.err))
        #expect(firstCounts["cacheMisses"] == 30)
        let second = try audit(tree, ["--format", "json"])
        let counts = try #require(Self.finished(second.err))
        #expect(counts["opened"] == 0)
        #expect(counts["cacheHits"] == 30)
        // Nor does it run the rule file's regexes again: every classification comes from the cache.
        #expect(firstCounts["classified"] == 30 && firstCounts["classificationsCached"] == 0)
        #expect(counts["classificationsCached"] == 30 && counts["classified"] == 0)
        #expect(second.out == first.out)
        #expect(second.status == first.status)
        // Other rules (another assessment year) classify afresh, and agree with a run without the cache.
        let otherYear = try audit(tree, ["--format", "json", "--year", "2026"])
        #expect(Self.finished(otherYear.err)?["classified"] == 30)
        let uncached = try BuktiProcess.run(["audit", tree.path + "/root", "--no-cache", "--format", "json", "--year", "2026"])
        #expect(uncached.out == otherYear.out)
    }

    @Test func sharedDocumentHashesAreKeptForTheNextRun() throws {
        // Samples/ holds the same document in two innovation folders: equal sizes are hashed once, then cached.
        let folder = try TempFolder()
        let copy = Process()
        copy.executableURL = URL(fileURLWithPath: "/bin/cp")
        copy.arguments = ["-R", Self.package.appendingPathComponent("Samples").path, folder.path + "/root"]
        try copy.run()
        copy.waitUntilExit()
        let arguments = ["audit", folder.path + "/root", "--cache", folder.path + "/cache", "--log-format", "json", "--format", "json"]
        let first = try BuktiProcess.run(arguments)
        let second = try BuktiProcess.run(arguments)
        #expect(try #require(Self.finished(first.err)?["opened"]) > 0)
        #expect(Self.finished(second.err)?["opened"] == 0)
        #expect(Self.finished(second.err)?["classified"] == 0)
        #expect(second.out == first.out)
        let uncached = try BuktiProcess.run(["audit", folder.path + "/root", "--no-cache", "--format", "json"])
        #expect(uncached.out == first.out)
        #expect(first.out.contains("\"sha256\": \"5634bbffb64b2bfa319d20087735026689007ea2a5feacf084738b048fece85b\""))  // sha256sum of the shared SK
    }

    @Test func aCorruptCacheIsSetAsideWithAWarning() throws {
        let tree = try Self.tree(count: 4)
        try Data(repeating: 0x41, count: 10_000).write(to: URL(fileURLWithPath: tree.path + "/cache/cache.db"))
        let result = try BuktiProcess.run(["audit", tree.path + "/root", "--cache", tree.path + "/cache"])
        #expect([0, 1].contains(result.status))
        #expect(result.err.contains("bukti: the cache \(tree.path)/cache/cache.db was unusable"))
        #expect(result.err.contains("moved it to \(tree.path)/cache/cache.db.corrupt-"))
        let again = try audit(tree)
        #expect(Self.finished(again.err)?["cacheHits"] == 4)
    }

    @Test func aCacheInsideTheScannedFolderIsRefused() throws {
        let tree = try Self.tree(count: 1)
        let result = try BuktiProcess.run(["audit", tree.path + "/root", "--cache", tree.path + "/root/.bukti"])
        #expect(result.status == 2)
        #expect(result.err.contains("'--cache'"))
        #expect(!FileManager.default.fileExists(atPath: tree.path + "/root/.bukti"))
    }

    @Test func aHeldLockEndsTheRunWith75OrIsWaitedFor() throws {
        let tree = try Self.tree(count: 2)
        let lockPath = tree.path + "/cache/lock"
        let fd = open(lockPath, O_RDWR | O_CREAT, 0o644)
        #expect(fd >= 0)
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        let record = "pid 4242\nstarted 2026-11-22T10:15:00Z\n"
        _ = record.withCString { write(fd, $0, strlen($0)) }
        let refused = try BuktiProcess.run(["audit", tree.path + "/root", "--cache", tree.path + "/cache"])
        #expect(refused.status == 75)
        #expect(refused.out.isEmpty)
        #expect(refused.err == "bukti: another run holds the lock (pid 4242, started 2026-11-22T10:15:00Z); try again later or use --wait SECONDS\n")

        let releaser = Thread {
            usleep(800_000)
            close(fd)
        }
        releaser.start()
        let started = Date()
        let waited = try BuktiProcess.run(["audit", tree.path + "/root", "--cache", tree.path + "/cache", "--wait", "20"])
        #expect([0, 1].contains(waited.status), "\(waited.err)")
        #expect(Date().timeIntervalSince(started) >= 0.7)
    }

    @Test func twoRealRunsOnOneCache() throws {
        let tree = try Self.tree(count: 300)
        let first = try Launched(["audit", tree.path + "/root", "--cache", tree.path + "/cache", "--quiet"])
        // Wait until the first run has the lock (its pid is in the lock file).
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, !((try? String(contentsOfFile: tree.path + "/cache/lock", encoding: .utf8)) ?? "")
            .contains("pid \(first.process.processIdentifier)") {
            usleep(20_000)
        }
        let second = try BuktiProcess.run(["audit", tree.path + "/root", "--cache", tree.path + "/cache"])
        let firstResult = try first.wait()
        #expect(second.status == 75)
        #expect(second.err.contains("(pid \(first.process.processIdentifier), started "))
        #expect([0, 1].contains(firstResult.status))
    }

    @Test func sigtermStopsTheRunWithoutAReportAndKeepsTheCacheUsable() throws {
        let tree = try Self.tree(count: 600)
        let run = try Launched(["audit", tree.path + "/root", "--cache", tree.path + "/cache", "--log-format", "json"],
                               environment: ["BUKTI_HEARTBEAT_SECONDS": "0.1"])
        // Signal once the run is visibly under way (a heartbeat with some files done: under a sanitizer
        // the first heartbeats can come before the first file is finished, and then nothing is cached).
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, run.stderrSoFar.range(of: "\"done\":[1-9]", options: .regularExpression) == nil {
            usleep(20_000)
        }
        #expect(run.process.isRunning, "the tree was read before the signal could be sent; make it larger")
        let signalled = Date()
        run.process.terminate()
        let result = try run.wait()
        #expect(Date().timeIntervalSince(signalled) < 1.5)
        #expect(result.status == 3)
        #expect(result.stdout.isEmpty)
        #expect(result.err.contains("\"message\":\"interrupted; no report written\""))
        #expect(!result.err.contains("\"event\":\"finished\""))

        let again = try audit(tree)
        #expect([0, 1].contains(again.status), "\(again.err)")
        let counts = try #require(Self.finished(again.err))
        #expect((counts["cacheHits"] ?? 0) > 0)
        #expect((counts["cacheHits"] ?? 0) + (counts["cacheMisses"] ?? 0) == 600)
    }

    @Test func progressWithoutATerminalHasNoControlCharacters() throws {
        let tree = try Self.tree(count: 120)
        let run = try Launched(["audit", tree.path + "/root", "--no-cache"], environment: ["BUKTI_HEARTBEAT_SECONDS": "0.05"])
        let result = try run.wait()
        #expect([0, 1].contains(result.status))
        let heartbeats = result.err.split(separator: "\n").filter { $0.contains(" files/s, now in ") }
        #expect(!heartbeats.isEmpty)
        // Without a cache there is no earlier count, so the total is what the walk has found so far.
        let shape = /bukti: \d+\/\d+ files, \d+\.\d files\/s, now in Inovasi \d+/
        #expect(heartbeats.allSatisfy { (try? shape.wholeMatch(in: String($0))) != nil }, "\(heartbeats)")
        #expect(!result.stderr.contains { $0 < 0x20 && $0 != 0x0A })
        #expect(result.err.hasSuffix("files opened\n"))
    }

    @Test func jsonLogLinesAreObjects() throws {
        let tree = try Self.tree(count: 60)
        let run = try Launched(["audit", tree.path + "/root", "--cache", tree.path + "/cache", "--log-format", "json"],
                               environment: ["BUKTI_HEARTBEAT_SECONDS": "0.05"])
        let result = try run.wait()
        let lines = result.err.split(separator: "\n")
        #expect(lines.count >= 2)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["time"] is String && object["level"] is String && object["event"] is String)
            #expect(object["fields"] is [String: Any])
        }
    }

    @Test func filesOverTheSizeCapAreListedNotRead() throws {
        let tree = try Self.tree(count: 1)
        let result = try BuktiProcess.run(["inspect", "--format", "jsonl", "--max-file-bytes", "1000", tree.path + "/root"])
        #expect(result.status == 0)
        #expect(result.out.contains("\"kind\":\"pdf\""))
        #expect(result.out.contains("{\"code\":\"limit-exceeded\",\"message\":\"larger than --max-file-bytes (1000 bytes); not read\"}"))
        let refused = try BuktiProcess.run(["audit", tree.path + "/root", "--no-cache", "--max-file-bytes", "0"])
        #expect(refused.status == 2)
    }

    @Test func inspectUsesTheCacheOnlyWhenAsked() throws {
        let tree = try Self.tree(count: 10)
        let plain = try BuktiProcess.run(["inspect", "--format", "jsonl", tree.path + "/root"])
        #expect(plain.err.isEmpty)
        let arguments = ["inspect", "--format", "jsonl", "--cache", tree.path + "/cache", "--log-format", "json", tree.path + "/root"]
        let first = try BuktiProcess.run(arguments)
        let second = try BuktiProcess.run(arguments)
        #expect(first.out == plain.out)
        #expect(second.out == plain.out)
        #expect(Self.finished(first.err)?["cacheMisses"] == 10)
        #expect(Self.finished(second.err)?["opened"] == 0)
    }

    @Test func auditHonoursTheFileTimeout() throws {
        let tree = try Self.tree(count: 2)
        let result = try BuktiProcess.run(["audit", tree.path + "/root", "--no-cache", "--format", "json", "--file-timeout", "0.000001"])
        #expect([0, 1].contains(result.status))
        #expect(result.out.contains("time budget for this file ran out"))
        let usual = try BuktiProcess.run(["audit", tree.path + "/root", "--no-cache", "--format", "json"])
        #expect(!usual.out.contains("time budget for this file ran out"))
    }

    @Test func quietSaysNothingOnStderr() throws {
        let tree = try Self.tree(count: 3)
        let result = try BuktiProcess.run(["audit", tree.path + "/root", "--cache", tree.path + "/cache", "--quiet"])
        #expect([0, 1].contains(result.status))
        #expect(result.err.isEmpty)
    }
}

/// A `bukti` run in the background, for tests that signal it or race it.
final class Launched: @unchecked Sendable {
    let process = Process()
    private let out = Pipe(), err = Pipe()
    private let lock = NSLock()
    private var errBytes = Data()
    private var outBytes = Data()
    private let readers = DispatchGroup()

    init(_ arguments: [String], environment extra: [String: String] = [:]) throws {
        guard let executable = BuktiProcess.executable else { throw BuktiProcess.Missing() }
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        process.standardOutput = out
        process.standardError = err
        try process.run()
        for (pipe, isError) in [(out, false), (err, true)] {
            readers.enter()
            Thread { [self] in
                let handle = pipe.fileHandleForReading
                while true {
                    let chunk = handle.availableData
                    if chunk.isEmpty { break }
                    lock.withLock { if isError { errBytes += chunk } else { outBytes += chunk } }
                }
                readers.leave()
            }.start()
        }
    }

    /// Stderr read so far.
    var stderrSoFar: String { lock.withLock { String(decoding: errBytes, as: UTF8.self) } }

    /// Waits (at most a minute) for the run to end.
    func wait() throws -> BuktiProcess.Result {
        try BuktiProcess.waitForExit(process, timeout: 60)
        readers.wait()
        return lock.withLock {
            BuktiProcess.Result(status: process.terminationStatus, exitedNormally: process.terminationReason == .exit,
                                stdout: outBytes, stderr: errBytes)
        }
    }
}
