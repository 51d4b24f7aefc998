#if canImport(Glibc)
import Glibc
#endif
import Foundation
import BuktiCore

/// Progress on stderr while files are inspected. On a terminal: one line redrawn in place (`\r`, then
/// clear to the end of the line) — files done of found, files per second, the current folder cut to
/// the terminal's width, and an ETA when an earlier run left a file count — never scrolling, cleared at
/// the end. Elsewhere (cron, a log file): no control characters, a heartbeat line every 30 seconds.
final class ProgressReporter: @unchecked Sendable {
    /// Seconds between heartbeats when stderr is not a terminal (BUKTI_HEARTBEAT_SECONDS overrides, for tests).
    static var heartbeatSeconds: Double {
        ProcessInfo.processInfo.environment["BUKTI_HEARTBEAT_SECONDS"].flatMap(Double.init) ?? 30
    }

    private let counters: InspectCounters
    private let log: RunLog
    private let root: FilePath
    /// Files an earlier run saw under the root: the total the ETA counts towards.
    private let expected: Int?
    private let terminal: Bool
    private let start = Date()
    private var timer: (any DispatchSourceTimer)?
    private var drawn = false
    /// Guards `drawn` and `ended`: a tick already running when `end` cancels the timer must not draw
    /// after the line was cleared.
    private let lock = NSLock()
    private var ended = false

    init(counters: InspectCounters, log: RunLog, root: FilePath, expected: Int?) {
        self.counters = counters
        self.log = log
        self.root = root
        self.expected = expected
        terminal = isatty(STDERR_FILENO) == 1 && !log.json
    }

    /// Starts redrawing (terminal) or the heartbeat (anything else).
    func begin() {
        let interval = terminal ? 0.25 : Self.heartbeatSeconds
        let timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
        timer.schedule(deadline: .now() + interval, repeating: interval)
        timer.setEventHandler { [weak self] in self?.tick() }
        timer.resume()
        self.timer = timer
    }

    /// Stops and, on a terminal, clears the progress line.
    func end() {
        timer?.cancel()
        timer = nil
        lock.withLock {
            ended = true
            if terminal && drawn { log.raw("\r\u{1B}[K") }
        }
    }

    private func tick() {
        lock.withLock { if !ended { draw() } }
    }

    private func draw() {
        let values = counters.snapshot
        let seconds = max(Date().timeIntervalSince(start), 0.001)
        let rate = Double(values.done) / seconds
        let folder = values.currentFolder.map(relativeFolder) ?? ""
        let total = max(values.found, expected ?? 0)
        if terminal {
            var line = "\(values.done)/\(total) files, \(Self.format(rate)) files/s"
            if let expected, expected > values.done, rate > 0 {
                line += ", ETA \(Self.duration(Double(expected - values.done) / rate))"
            }
            let width = max(20, Self.terminalWidth() - 1)
            let room = width - line.count - 2
            if room > 5 { line += ", " + Self.truncated(folder, to: room) }
            log.raw("\r" + String(line.prefix(width)) + "\u{1B}[K")
            drawn = true
        } else {
            let message = "\(values.done)/\(total) files, \(Self.format(rate)) files/s, now in \(Self.printable(folder))"
            log.write(event: "progress", message, fields: [
                "done": .integer(values.done), "found": .integer(values.found),
                "filesPerSecond": .number((rate * 10).rounded() / 10), "folder": .text(folder),
            ])
        }
    }

    /// The folder relative to the scanned root, for display.
    private func relativeFolder(_ folder: FilePath) -> String {
        let rootBytes = root.bytes.last == 0x2F ? root.bytes : root.bytes + [0x2F]
        if folder.bytes.starts(with: rootBytes) { return FilePath(bytes: Array(folder.bytes.dropFirst(rootBytes.count))).display }
        return folder.bytes == root.bytes ? "." : folder.display
    }

    /// Keeps the end of a long folder path (the part that changes), marked with an ellipsis.
    static func truncated(_ text: String, to width: Int) -> String {
        let clean = printable(text)
        guard clean.count > width else { return clean }
        return "…" + clean.suffix(max(0, width - 1))
    }

    /// Control characters in folder names must not reach the terminal or a log.
    static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : $0 }))
    }

    static func format(_ rate: Double) -> String { String(format: "%.1f", rate) }

    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return total >= 3600 ? "\(total / 3600)h\(total % 3600 / 60)m" : total >= 60 ? "\(total / 60)m\(total % 60)s" : "\(total)s"
    }

    static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 80
    }
}
