internal import CLibZip
import Foundation

/// Why an archive could not be written.
public struct ZipWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What failed and libzip's reason.
    public var message: String

    public var description: String { message }
}

/// Builds a ZIP archive in memory with libzip: members deflated, in the order given, each stamped
/// with the same fixed time (1980-01-01 00:00, the first DOS date) so equal input gives equal bytes.
enum ZipWriter {
    /// The archive holding `members` (name inside the archive, bytes).
    static func archive(_ members: [(name: String, bytes: [UInt8])]) throws(ZipWriteError) -> [UInt8] {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(nil, 0, 0, &error) else {
            throw failure("cannot create the archive buffer", &error)
        }
        guard let archive = zip_open_from_source(source, ZIP_TRUNCATE, &error) else {
            zip_source_free(source)
            throw failure("cannot start the archive", &error)
        }
        // zip_close releases the source; keep it to read the finished bytes back.
        zip_source_keep(source)
        defer { zip_source_free(source) }
        for member in members {
            do throws(ZipWriteError) {
                try add(member.name, member.bytes, to: archive)
            } catch {
                zip_discard(archive)
                throw error
            }
        }
        guard zip_close(archive) == 0 else {
            let reason = failure("cannot finish the archive", zip_get_error(archive))
            zip_discard(archive)
            throw reason
        }
        return try contents(of: source)
    }

    /// 1980-01-01 as a DOS date (year-1980 << 9 | month << 5 | day); time 00:00:00 is 0.
    private static let dosDate: zip_uint16_t = (0 << 9) | (1 << 5) | 1

    private static func add(_ name: String, _ bytes: [UInt8], to archive: OpaquePointer) throws(ZipWriteError) {
        // libzip reads the data at zip_close; give it a malloc'd copy it frees itself (freep = 1).
        let copy = bytes.isEmpty ? nil : malloc(bytes.count)
        if let copy {
            bytes.withUnsafeBytes { buffer in
                if let base = buffer.baseAddress { _ = memcpy(copy, base, buffer.count) }
            }
        }
        guard let data = zip_source_buffer(archive, copy, zip_uint64_t(bytes.count), 1) else {
            free(copy)
            throw failure("cannot buffer \(name)", zip_get_error(archive))
        }
        let index = zip_file_add(archive, name, data, zip_flags_t(ZIP_FL_ENC_UTF_8))
        guard index >= 0 else {
            zip_source_free(data)
            throw failure("cannot add \(name)", zip_get_error(archive))
        }
        guard zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 9) == 0,
            zip_file_set_dostime(archive, zip_uint64_t(index), 0, dosDate, 0) == 0
        else { throw failure("cannot set up \(name)", zip_get_error(archive)) }
    }

    /// The bytes zip_close wrote into the buffer source.
    private static func contents(of source: OpaquePointer) throws(ZipWriteError) -> [UInt8] {
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_source_stat(source, &stat) == 0, stat.valid & zip_uint64_t(ZIP_STAT_SIZE) != 0 else {
            throw failure("cannot measure the archive", zip_source_error(source))
        }
        guard zip_source_open(source) == 0 else { throw failure("cannot reopen the archive", zip_source_error(source)) }
        defer { zip_source_close(source) }
        var result = [UInt8](repeating: 0, count: Int(stat.size))
        let read = result.withUnsafeMutableBytes { zip_source_read(source, $0.baseAddress, stat.size) }
        guard read == Int64(stat.size) else { throw failure("cannot read the archive back", zip_source_error(source)) }
        return result
    }

    private static func failure(_ context: String, _ error: UnsafeMutablePointer<zip_error_t>?) -> ZipWriteError {
        let reason =
            error.flatMap { zip_error_strerror($0) }.map { String(cString: $0).lowercased() } ?? "unknown error"
        return ZipWriteError(message: "\(context): \(reason)")
    }
}
