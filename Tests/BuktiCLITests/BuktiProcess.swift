import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `bukti` executable, as a user's shell would.
enum BuktiProcess {
    /// The finished run: exit status and everything written.
    struct Result {
        var status: Int32
        var exitedNormally: Bool
        var stdout: Data
        var stderr: Data
        var out: String { String(decoding: stdout, as: UTF8.self) }
        var err: String { String(decoding: stderr, as: UTF8.self) }
    }

    /// The `bukti` binary next to the test bundle (`.build/<triple>/debug/`), else under the package's
    /// `.build/debug/`.
    static let executable: URL? = {
        var folders: [URL] = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        folders.append(package.appendingPathComponent(".build/debug"))
        return folders.map { $0.appendingPathComponent("bukti") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `bukti arguments...` in `directory` and waits (at most `timeout` seconds) for it to finish.
    /// `BUKTI_LANG` is `en` unless `environment` says otherwise, so the CLI's own words (help, usage
    /// errors, inspect/explain/rules text) are the English these tests assert; reports still default to id.
    static func run(_ arguments: [String], in directory: URL? = nil, timeout: Double = 60,
                    environment extra: [String: String] = ["BUKTI_LANG": "en"]) throws -> Result {
        guard let executable else { throw Missing() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = nil
        environment.merge(extra) { _, new in new }
        // Each run gets its own default cache folder, so parallel tests never meet on one lock (exit 75).
        let cacheHome = FileManager.default.temporaryDirectory.appendingPathComponent("bukti-xdg-\(UUID().uuidString)")
        environment["XDG_CACHE_HOME"] = cacheHome.path
        defer { try? FileManager.default.removeItem(at: cacheHome) }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes at once so neither can fill up and stall the child.
        let errorData = Mutex()
        let reader = Thread { errorData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let outputData = out.fileHandleForReading.readDataToEndOfFile()
        try waitForExit(process, timeout: timeout)
        while !errorData.isSet { usleep(1000) }
        return Result(
            status: process.terminationStatus, exitedNormally: process.terminationReason == .exit,
            stdout: outputData, stderr: errorData.value)
    }

    /// Waits for `process`, killing it after `timeout` seconds (a hang is then a failed test, not a stuck run).
    static func waitForExit(_ process: Process, timeout: Double) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                throw TimedOut()
            }
            usleep(10_000)
        }
        // Returns at once now; on Linux it also drops the run-loop source through which a launched
        // Process keeps itself alive until its launching thread's run loop runs (these threads never
        // run one), so without it every Process, its pipes and environment leak (LeakSanitizer).
        process.waitUntilExit()
    }

    struct Missing: Error, CustomStringConvertible {
        var description: String { "the bukti executable was not found; run `swift build` first" }
    }

    struct TimedOut: Error {}

    /// A one-shot box for data handed over from the reader thread.
    final class Mutex: @unchecked Sendable {
        private let lock = NSLock()
        private var data: Data?
        func set(_ value: Data) { lock.lock(); data = value; lock.unlock() }
        var isSet: Bool { lock.lock(); defer { lock.unlock() }; return data != nil }
        var value: Data { lock.lock(); defer { lock.unlock() }; return data ?? Data() }
    }
}
