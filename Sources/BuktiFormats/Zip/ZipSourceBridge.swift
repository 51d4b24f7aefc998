internal import CLibZip
import BuktiCore

/// Lets libzip read an archive through our `ByteSource` by ranges (a seekable read-only
/// zip_source), so a 2 GB archive is never loaded whole; only the central directory and the
/// members asked for are read.
final class ZipSourceBridge {
    let source: any ByteSource
    let deadline: Deadline
    private var position: Int = 0
    private let error: UnsafeMutablePointer<zip_error_t>
    /// The first read failure, kept so the archive can report it rather than libzip's generic one.
    private(set) var readFailure: ByteSourceError?

    init(source: any ByteSource, deadline: Deadline) {
        self.source = source
        self.deadline = deadline
        error = .allocate(capacity: 1)
        zip_error_init(error)
    }

    deinit {
        zip_error_fini(error)
        error.deallocate()
    }

    /// Makes the libzip source; it holds a retained reference to this bridge until libzip frees it.
    func makeSource(_ creationError: UnsafeMutablePointer<zip_error_t>) -> OpaquePointer? {
        let context = Unmanaged.passRetained(self).toOpaque()
        guard let made = zip_source_function_create(ZipSourceBridge.callback, context, creationError) else {
            Unmanaged<ZipSourceBridge>.fromOpaque(context).release()
            return nil
        }
        return made
    }

    /// Commands we answer: seekable reading, nothing that writes.
    private static let supported: zip_int64_t = [
        ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR,
        ZIP_SOURCE_FREE, ZIP_SOURCE_SEEK, ZIP_SOURCE_TELL, ZIP_SOURCE_SUPPORTS,
    ].reduce(0) { $0 | (zip_int64_t(1) << zip_int64_t($1.rawValue)) }

    private static let callback: zip_source_callback = { context, data, length, command in
        guard let context else { return -1 }
        let bridge = Unmanaged<ZipSourceBridge>.fromOpaque(context)
        if command == ZIP_SOURCE_FREE {
            bridge.release()
            return 0
        }
        return bridge.takeUnretainedValue().handle(command, data, length)
    }

    private func handle(_ command: zip_source_cmd_t, _ data: UnsafeMutableRawPointer?, _ length: zip_uint64_t)
        -> zip_int64_t
    {
        switch command {
        case ZIP_SOURCE_OPEN:
            position = 0
            return 0
        case ZIP_SOURCE_CLOSE:
            return 0
        case ZIP_SOURCE_READ:
            return read(into: data, length)
        case ZIP_SOURCE_STAT:
            guard let data, length >= zip_uint64_t(MemoryLayout<zip_stat_t>.size) else { return fail(ZIP_ER_INVAL) }
            let stat = data.assumingMemoryBound(to: zip_stat_t.self)
            zip_stat_init(stat)
            stat.pointee.size = zip_uint64_t(source.size)
            stat.pointee.valid |= zip_uint64_t(ZIP_STAT_SIZE)
            return zip_int64_t(MemoryLayout<zip_stat_t>.size)
        case ZIP_SOURCE_ERROR:
            return zip_error_to_data(error, data, length)
        case ZIP_SOURCE_SEEK:
            let target = zip_source_seek_compute_offset(
                zip_uint64_t(position), zip_uint64_t(source.size), data, length, error)
            guard target >= 0 else { return -1 }
            position = Int(target)
            return 0
        case ZIP_SOURCE_TELL:
            return zip_int64_t(position)
        case ZIP_SOURCE_SUPPORTS:
            return Self.supported
        default:
            return fail(ZIP_ER_OPNOTSUPP)
        }
    }

    private func read(into data: UnsafeMutableRawPointer?, _ length: zip_uint64_t) -> zip_int64_t {
        guard let data else { return fail(ZIP_ER_INVAL) }
        if deadline.hasPassed { return fail(ZIP_ER_CANCELLED) }
        let wanted = Int(min(length, zip_uint64_t(max(0, source.size - position))))
        if wanted == 0 { return 0 }
        do throws(ByteSourceError) {
            let bytes = try source.read(at: position, count: wanted)
            bytes.withUnsafeBytes { raw in
                if let base = raw.baseAddress { data.copyMemory(from: base, byteCount: raw.count) }
            }
            position += bytes.count
            return zip_int64_t(bytes.count)
        } catch {
            if readFailure == nil { readFailure = error }
            return fail(ZIP_ER_READ)
        }
    }

    private func fail(_ code: Int32) -> zip_int64_t {
        zip_error_set(error, code, 0)
        return -1
    }
}
