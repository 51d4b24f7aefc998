/// A path kept as the raw bytes the file system gave us, so names that are not valid UTF-8
/// (or are in NFD form) survive into the output unchanged.
public struct FilePath: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The path's bytes, without a terminating NUL.
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// A path from a Swift string; its UTF-8 bytes are kept exactly (NFD stays NFD).
    public init(_ string: String) { self.bytes = Array(string.utf8) }

    /// Byte order, like `LC_ALL=C sort`: deterministic whatever the locale or normalisation.
    public static func < (lhs: FilePath, rhs: FilePath) -> Bool {
        lhs.bytes.lexicographicallyPrecedes(rhs.bytes)
    }

    /// True when the bytes are valid UTF-8.
    public var isValidUTF8: Bool { String(validating: bytes, as: UTF8.self) != nil }

    /// The path as text: valid UTF-8 unchanged; each invalid byte written as `\xNN`.
    public var display: String { Self.displayString(bytes) }

    public var description: String { display }

    /// The last component's bytes (the file name).
    public var lastComponent: [UInt8] {
        var end = bytes.count
        while end > 1 && bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
        let start = bytes[..<end].lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
        return Array(bytes[start..<end])
    }

    /// The file name as text, escaped like `display`.
    public var name: String { Self.displayString(lastComponent) }

    /// The lower-cased extension without the dot (`pdf` for `SK.PDF`), nil when there is none.
    public var pathExtension: String? {
        let last = lastComponent
        guard let dot = last.lastIndex(of: UInt8(ascii: ".")), dot > 0, dot < last.count - 1
        else { return nil }
        return Self.displayString(Array(last[(dot + 1)...])).lowercased()
    }

    /// The folder holding this path (`.` for a bare name, `/` at the root).
    public var parent: FilePath {
        var end = bytes.count
        while end > 1 && bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
        guard let slash = bytes[..<end].lastIndex(of: UInt8(ascii: "/")) else { return FilePath(bytes: [UInt8(ascii: ".")]) }
        return FilePath(bytes: slash == 0 ? [UInt8(ascii: "/")] : Array(bytes[..<slash]))
    }

    /// This path with one more component appended.
    public func appending(_ component: [UInt8]) -> FilePath {
        var out = bytes
        if let last = out.last, last != UInt8(ascii: "/") { out.append(UInt8(ascii: "/")) }
        out.append(contentsOf: component)
        return FilePath(bytes: out)
    }

    /// Calls `body` with a NUL-terminated C string of the raw bytes.
    public func withCString<T>(_ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        var buffer = bytes.map { CChar(bitPattern: $0) }
        buffer.append(0)
        return try buffer.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }

    /// Text for `bytes`: valid UTF-8 runs are kept, every byte that is not is written as `\xNN`.
    static func displayString(_ bytes: [UInt8]) -> String {
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        var out = ""
        var index = 0
        while index < bytes.count {
            let length = utf8SequenceLength(bytes, at: index)
            if length > 0, let piece = String(validating: bytes[index..<index + length], as: UTF8.self) {
                out += piece
                index += length
            } else {
                out += "\\x" + String(bytes[index], radix: 16, uppercase: true).leftPadded(to: 2)
                index += 1
            }
        }
        return out
    }

    /// Length of the well-formed UTF-8 sequence starting at `index`, or 0 when it is not one.
    private static func utf8SequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        return String(validating: bytes[index..<index + length], as: UTF8.self) == nil ? 0 : length
    }
}

extension String {
    /// The string padded on the left with `pad` to at least `width` characters.
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
