#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Lines bukti writes on stderr during a run (progress, heartbeats, warnings, the closing summary), as
/// plain text or as one JSON object per line (`--log-format json`: time, level, event, fields).
final class RunLog: @unchecked Sendable {
    /// A field value in a JSON log line.
    enum Value: Encodable {
        case text(String)
        case number(Double)
        case integer(Int)

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .number(let number): try container.encode(number)
            case .integer(let integer): try container.encode(integer)
            }
        }
    }

    private struct Line: Encodable {
        var time: String
        var level: String
        var event: String
        var message: String
        var fields: [String: Value]
    }

    let json: Bool
    private let lock = NSLock()
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    init(json: Bool) { self.json = json }

    /// Writes one complete line: `message` as text, or the event as a JSON object.
    func write(level: String = "info", event: String, _ message: String, fields: [String: Value] = [:]) {
        if json {
            let line = Line(time: RunLock.timestamp(Date()), level: level, event: event, message: message, fields: fields)
            guard let data = try? encoder.encode(line) else { return }
            raw(String(decoding: data, as: UTF8.self) + "\n")
        } else {
            raw("bukti: " + message + "\n")
        }
    }

    /// Writes bytes to stderr as they are, under the lock (progress redraws and lines never interleave).
    func raw(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { Glibc.write(STDERR_FILENO, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return }
            offset += written
        }
    }
}
