/// Random-access bytes of one file: readers take only the ranges they need, so memory never
/// grows with file size.
public protocol ByteSource: AnyObject, Sendable {
    /// Total size in bytes.
    var size: Int { get }
    /// Up to `count` bytes starting at `offset`; fewer only at the end of the source.
    func read(at offset: Int, count: Int) throws(ByteSourceError) -> [UInt8]
}

extension ByteSource {
    /// The whole source; only for sources already known to be small.
    public func readAll() throws(ByteSourceError) -> [UInt8] { try read(at: 0, count: size) }

    /// The last `count` bytes (or the whole source when it is shorter).
    public func readTail(_ count: Int) throws(ByteSourceError) -> [UInt8] {
        let start = max(0, size - count)
        return try read(at: start, count: size - start)
    }
}

/// Why bytes could not be read.
public enum ByteSourceError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The operating system reported an error (errno and its text).
    case io(code: Int32, message: String)
    /// A read past the end was asked for where the format needed those bytes.
    case outOfRange(offset: Int, count: Int)

    public var description: String {
        switch self {
        case .io(let code, let message): "read failed: \(message) (errno \(code))"
        case .outOfRange(let offset, let count): "read of \(count) bytes at \(offset) is past the end"
        }
    }
}

/// Bytes held in memory (tests, and members already extracted from a container).
public final class MemorySource: ByteSource {
    public let bytes: [UInt8]

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public var size: Int { bytes.count }

    public func read(at offset: Int, count: Int) throws(ByteSourceError) -> [UInt8] {
        guard offset >= 0, count >= 0, offset <= bytes.count else {
            throw .outOfRange(offset: offset, count: count)
        }
        return Array(bytes[offset..<min(bytes.count, offset + count)])
    }
}
