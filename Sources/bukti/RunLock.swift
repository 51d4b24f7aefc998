#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The lock that keeps two runs off one cache folder: `flock` on `DIR/lock`, held for the life of the
/// process (the kernel releases it when the process ends, however it ends). The file records the
/// holder's pid and start time so a refused run can name it.
final class RunLock {
    private let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Who holds the lock, as its file says.
    struct Holder: Error {
        var description: String
    }

    /// Why the lock could not be taken.
    enum Failure: Error {
        /// Another run holds it (still, after waiting).
        case held(Holder)
        /// The folder or lock file cannot be created or opened.
        case system(String)
    }

    /// Takes the lock in `directory` (created when missing), retrying for `wait` seconds.
    static func acquire(directory: String, wait: Double) -> Result<RunLock, Failure> {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            return .failure(.system("cannot create the cache folder \(directory): \(error.localizedDescription)"))
        }
        let path = directory + "/lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return .failure(.system("cannot open \(path): \(String(cString: strerror(errno)))")) }
        let giveUp = Date().addingTimeInterval(wait)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(fd)
                return .failure(.system("cannot lock \(path): \(reason)"))
            }
            if Date() >= giveUp {
                let holder = Holder(description: describeHolder(fd))
                close(fd)
                return .failure(.held(holder))
            }
            usleep(200_000)
        }
        let record = "pid \(getpid())\nstarted \(Self.timestamp(Date()))\n"
        ftruncate(fd, 0)
        _ = record.withCString { pwrite(fd, $0, strlen($0), 0) }
        return .success(RunLock(descriptor: fd))
    }

    /// "pid 1234, started 2026-11-22T10:15:00Z" from the lock file's contents.
    private static func describeHolder(_ fd: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        let text = String(decoding: buffer.prefix(max(0, count)), as: UTF8.self)
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
        }
        return "pid \(fields["pid"] ?? "unknown"), started \(fields["started"] ?? "at an unknown time")"
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
