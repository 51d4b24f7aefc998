internal import CLibZip
import BuktiCore

/// One member of a ZIP archive, as its central directory describes it.
public struct ZipEntry: Sendable, Equatable {
    public var index: Int
    public var name: String
    /// Declared uncompressed size (untrusted: a bomb may lie; reads check the real size too).
    public var size: Int
    public var compressedSize: Int
    /// True when the member is encrypted with ZIP-level encryption.
    public var encrypted: Bool
}

/// A ZIP archive opened read-only through libzip, reading from a `ByteSource` by ranges.
/// Owns the zip_t and discards it in deinit. Every libzip failure becomes an `ExtractionFailure`
/// with a problem code (corrupt, truncated, password-required, limit-exceeded, unsupported).
public final class ZipArchive {
    private let archive: OpaquePointer
    /// Also read by the member streams, so a read cut off by the deadline is reported as such.
    fileprivate let bridge: ZipSourceBridge

    /// Opens the archive in `source`; throws `corrupt`/`truncated` with libzip's message when the
    /// central directory cannot be read.
    public init(_ source: any ByteSource, deadline: Deadline = .none) throws(ExtractionFailure) {
        try deadline.check()
        bridge = ZipSourceBridge(source: source, deadline: deadline)
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let zipSource = bridge.makeSource(&error) else {
            throw ZipArchive.failure(&error, context: "could not read the zip archive", bridge: nil)
        }
        guard let opened = zip_open_from_source(zipSource, ZIP_RDONLY, &error) else {
            zip_source_free(zipSource)
            throw ZipArchive.openFailure(&error, source: source, bridge: bridge)
        }
        archive = opened
    }

    deinit { zip_discard(archive) }

    /// How many members the central directory lists.
    public var count: Int { Int(max(0, zip_get_num_entries(archive, 0))) }

    /// The member at `index` (0..<count).
    public func entry(at index: Int) -> ZipEntry? {
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard index >= 0, zip_stat_index(archive, zip_uint64_t(index), 0, &stat) == 0, let name = stat.name else {
            return nil
        }
        return ZipEntry(
            index: index, name: String(cString: name),
            size: Int(clamping: stat.size), compressedSize: Int(clamping: stat.comp_size),
            encrypted: (stat.valid & zip_uint64_t(ZIP_STAT_ENCRYPTION_METHOD)) != 0
                && stat.encryption_method != UInt16(ZIP_EM_NONE))
    }

    /// The member called `name` (exact path inside the archive), or nil when there is none.
    public func entry(named name: String) -> ZipEntry? {
        let index = zip_name_locate(archive, name, 0)
        return index >= 0 ? entry(at: Int(index)) : nil
    }

    /// The first `limit` members in central-directory order.
    public func entries(limit: Int = 10_000) -> [ZipEntry] {
        (0..<min(count, limit)).compactMap { entry(at: $0) }
    }

    /// The inflated bytes of member `name`, at most `limit` of them: the declared size and the real
    /// inflated size are both checked, so a zip bomb stops at the cap with `limit-exceeded`.
    public func read(_ name: String, limit: Int) throws(ExtractionFailure) -> [UInt8] {
        let stream = try open(name, limit: limit)
        var result: [UInt8] = []
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 << 10, alignment: 1)
        defer { chunk.deallocate() }
        while true {
            let count = try stream.read(chunk)
            if count == 0 { return result }
            result.append(contentsOf: chunk[0..<count])
        }
    }

    /// A stream over member `name` for readers that take bytes as they go (the XML stream reader).
    public func open(_ name: String, limit: Int) throws(ExtractionFailure) -> ZipMemberStream {
        guard let entry = entry(named: name) else {
            throw ExtractionFailure(.corrupt, "zip member \(name) is missing")
        }
        if entry.encrypted {
            throw ExtractionFailure(.passwordRequired, "zip member \(name) is encrypted")
        }
        if entry.size > limit {
            throw ExtractionFailure(
                .limitExceeded, "zip member \(name) declares \(entry.size) bytes uncompressed, over the \(limit)-byte cap")
        }
        guard let file = zip_fopen_index(archive, zip_uint64_t(entry.index), 0) else {
            throw ZipArchive.failure(zip_get_error(archive), context: "cannot open zip member \(name)", bridge: bridge)
        }
        return ZipMemberStream(file: file, name: name, limit: limit, owner: self)
    }

    /// Turns a libzip error into a problem: `context: libzip's message`, with the matching code.
    static func failure(_ error: UnsafeMutablePointer<zip_error_t>?, context: String, bridge: ZipSourceBridge?)
        -> ExtractionFailure
    {
        if let readFailure = bridge?.readFailure {
            return ExtractionFailure(.unreadable, "\(context): \(readFailure)")
        }
        // The bridge refuses reads once the file's time is up; libzip then reports whatever its
        // caller makes of a failed read (often "premature end of file"), which is not the file's fault.
        if let deadline = bridge?.deadline, deadline.hasPassed {
            do throws(ExtractionFailure) { try deadline.check() } catch {
                return ExtractionFailure(error.problem.code, "\(context): \(error.problem.message)")
            }
        }
        let code = error.map { zip_error_code_zip($0) } ?? ZIP_ER_INTERNAL
        let message = error.flatMap { zip_error_strerror($0) }.map { String(cString: $0).lowercased() } ?? "unknown error"
        return ExtractionFailure(problemCodes[code] ?? .corrupt, "\(context): \(message)")
    }

    /// Open failures: libzip says "not a zip archive" both for a truncated file and for a damaged
    /// end record, so look at the tail: central-directory headers without an end record mean damage,
    /// no central directory at all after local headers means the file was cut short.
    private static func openFailure(
        _ error: UnsafeMutablePointer<zip_error_t>, source: any ByteSource, bridge: ZipSourceBridge
    ) -> ExtractionFailure {
        var failure = failure(error, context: "zip central directory cannot be read", bridge: bridge)
        guard failure.problem.code == .corrupt || failure.problem.code == .truncated,
            let head = try? source.read(at: 0, count: 4), head == localHeader,
            let tail = try? source.readTail(66_000)
        else { return failure }
        if !tail.contains(subsequence: centralHeader) && !tail.contains(subsequence: endRecord) {
            failure.problem.code = .truncated
            failure.problem.message += "; the file ends before its central directory (truncated)"
        }
        return failure
    }

    private static let localHeader: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    private static let centralHeader: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
    private static let endRecord: [UInt8] = [0x50, 0x4B, 0x05, 0x06]

    /// libzip error codes and the problem each one is.
    private static let problemCodes: [Int32: ProblemCode] = [
        ZIP_ER_EOF: .truncated,
        ZIP_ER_NOZIP: .corrupt, ZIP_ER_INCONS: .corrupt, ZIP_ER_CRC: .corrupt, ZIP_ER_ZLIB: .corrupt,
        ZIP_ER_COMPRESSED_DATA: .corrupt, ZIP_ER_SEEK: .corrupt, ZIP_ER_INVAL: .corrupt,
        ZIP_ER_READ: .unreadable, ZIP_ER_MEMORY: .limitExceeded, ZIP_ER_CANCELLED: .limitExceeded,
        ZIP_ER_NOPASSWD: .passwordRequired, ZIP_ER_WRONGPASSWD: .passwordRequired,
        ZIP_ER_ENCRNOTSUPP: .passwordRequired,
        ZIP_ER_COMPNOTSUPP: .unsupported, ZIP_ER_MULTIDISK: .unsupported, ZIP_ER_OPNOTSUPP: .unsupported,
    ]
}

/// An open member of a `ZipArchive`, inflated as it is read, never past its cap.
/// Owns the zip_file_t (closed in deinit) and keeps its archive alive.
public final class ZipMemberStream: XMLByteInput {
    private let file: OpaquePointer
    private let name: String
    private let limit: Int
    private let owner: ZipArchive
    private var total = 0
    /// Why reading stopped early, for callers that went through the XML reader.
    public private(set) var failure: ExtractionFailure?

    fileprivate init(file: OpaquePointer, name: String, limit: Int, owner: ZipArchive) {
        self.file = file
        self.name = name
        self.limit = limit
        self.owner = owner
    }

    deinit { zip_fclose(file) }

    /// Inflates up to `buffer.count` bytes; 0 at the end of the member.
    public func read(_ buffer: UnsafeMutableRawBufferPointer) throws(ExtractionFailure) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        let count = zip_fread(file, base, zip_uint64_t(buffer.count))
        guard count >= 0 else {
            let error = ZipArchive.failure(
                zip_file_get_error(file), context: "zip member \(name) cannot be inflated", bridge: owner.bridge)
            failure = error
            throw error
        }
        total += Int(count)
        if total > limit {
            let error = ExtractionFailure(
                .limitExceeded, "zip member \(name) inflates past the \(limit)-byte cap (declared size is false)")
            failure = error
            throw error
        }
        return Int(count)
    }

    /// The XML reader's view: the same read, with the failure kept in `failure`.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(XMLError) -> Int {
        do throws(ExtractionFailure) {
            return try read(buffer)
        } catch {
            throw .input(error.problem.message)
        }
    }
}

extension Array where Element == UInt8 {
    /// True when `needle` occurs somewhere in the array.
    func contains(subsequence needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, count >= needle.count else { return false }
        return (0...(count - needle.count)).contains { start in
            self[start..<(start + needle.count)].elementsEqual(needle)
        }
    }
}
