#if canImport(Glibc)
import Glibc
#endif
import BuktiCore

/// Why output stopped.
enum OutputError: Error {
    /// The reader closed the pipe (`| head`): not a failure, the run simply ends.
    case closed
    /// Writing failed for another reason (disk full, I/O error).
    case failed(SystemError)
}

/// A buffered writer on a file descriptor: records are appended in memory and written in large
/// blocks, so output costs a few system calls however many fields it has.
final class OutputBuffer {
    let descriptor: Int32
    private var pending: [UInt8] = []
    /// Bytes held before a write is forced.
    private let capacity: Int

    init(descriptor: Int32, capacity: Int = 64 << 10) {
        self.descriptor = descriptor
        self.capacity = capacity
        pending.reserveCapacity(capacity)
    }

    func write(_ text: String) throws(OutputError) {
        pending.append(contentsOf: text.utf8)
        if pending.count >= capacity { try flush() }
    }

    func write(_ bytes: [UInt8]) throws(OutputError) {
        pending.append(contentsOf: bytes)
        if pending.count >= capacity { try flush() }
    }

    /// Writes everything pending, retrying short writes and interrupted calls.
    func flush() throws(OutputError) {
        var offset = 0
        defer { pending.removeFirst(min(offset, pending.count)) }
        while offset < pending.count {
            let written = pending.withUnsafeBytes { raw in
                Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
            }
            if written < 0 {
                let code = errno
                if code == EINTR { continue }
                if code == EPIPE { throw .closed }
                throw .failed(SystemError(code: code, message: String(cString: strerror(code))))
            }
            offset += written
        }
    }
}

/// The process's standard streams and what is known about them.
final class Console {
    let out = OutputBuffer(descriptor: STDOUT_FILENO)
    /// True when stdout is a terminal: records are flushed one by one and colour may be used.
    let isTerminal = isatty(STDOUT_FILENO) == 1
    /// Colour only on a terminal, and never when NO_COLOR is set to anything (https://no-color.org).
    var usesColor: Bool {
        guard isTerminal else { return false }
        guard let value = getenv("NO_COLOR") else { return true }
        return value.pointee == 0
    }

    /// Writes `text` to stdout and returns the exit status: 0, also when the reader went away.
    func print(_ text: String) -> Int32 {
        do {
            try out.write(text)
            try out.flush()
        } catch {
            return report(error)
        }
        return 0
    }

    /// Writes one line to stderr, unbuffered (messages must appear even if stdout is stuck).
    func error(_ line: String) {
        var bytes = Array((line + "\n").utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { write(STDERR_FILENO, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return }
            offset += written
        }
    }

    /// The exit status for an output failure: a closed pipe ends quietly, anything else is reported.
    func report(_ failure: OutputError) -> Int32 {
        switch failure {
        case .closed: return ExitStatus.success
        case .failed(let error):
            self.error(Words.cli(Language.fromEnvironment()).format("output.cannotWrite", error))
            return ExitStatus.incomplete
        }
    }
}
