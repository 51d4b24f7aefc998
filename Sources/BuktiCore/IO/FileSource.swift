#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file opened read-only and read with `pread`; never written, access time left alone where allowed.
public final class FileSource: ByteSource {
    private let descriptor: Int32
    public let size: Int

    /// Opens `path` read-only. Throws with errno text when the OS refuses.
    public init(path: FilePath) throws(ByteSourceError) {
        // O_NONBLOCK: if a walked file is swapped for a FIFO before we open it, the open must not block.
        var fd: Int32 = path.withCString { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK | Self.noAccessTime) }
        if fd < 0 && errno == EPERM {
            // O_NOATIME is only allowed for the file's owner (or root); fall back to a plain open.
            fd = path.withCString { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
        }
        guard fd >= 0 else { throw Self.lastError() }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let error = Self.lastError()
            close(fd)
            throw error
        }
        descriptor = fd
        size = Int(info.st_size)
    }

    deinit { close(descriptor) }

    public func read(at offset: Int, count: Int) throws(ByteSourceError) -> [UInt8] {
        guard offset >= 0, count >= 0 else { throw .outOfRange(offset: offset, count: count) }
        let wanted = max(0, min(count, size - offset))
        if wanted == 0 { return [] }
        var buffer = [UInt8](repeating: 0, count: wanted)
        var filled = 0
        while filled < wanted {
            let n = buffer.withUnsafeMutableBytes { raw in
                pread(descriptor, raw.baseAddress! + filled, wanted - filled, off_t(offset + filled))
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw Self.lastError()
            }
            if n == 0 { break }  // the file shrank while we read it
            filled += n
        }
        if filled < wanted { buffer.removeSubrange(filled...) }
        return buffer
    }

    private static var noAccessTime: Int32 {
        #if os(Linux)
        return 0o1000000  // O_NOATIME: a _GNU_SOURCE macro that Glibc's module does not export
        #else
        return 0
        #endif
    }

    static func lastError() -> ByteSourceError {
        let code = errno
        return .io(code: code, message: String(cString: strerror(code)))
    }
}
