/// One PDF object as parsed from the file (ISO 32000-1 §7.3).
public indirect enum PDFObject: Sendable, Equatable {
    case null
    case bool(Bool)
    case integer(Int)
    case real(Double)
    /// A name without its slash, `#xx` escapes decoded (bytes read as Latin-1 when not UTF-8).
    case name(String)
    /// A string's bytes after escape decoding (and decryption, once the document applies it).
    case string([UInt8])
    case array([PDFObject])
    case dictionary(PDFDictionary)
    case reference(PDFReference)
    case stream(PDFStream)

    /// The integer value, accepting a real with no fractional part.
    public var integer: Int? {
        switch self {
        case .integer(let v): v
        case .real(let v) where v.rounded() == v && abs(v) < 1e15: Int(v)
        default: nil
        }
    }

    /// The numeric value of an integer or real.
    public var number: Double? {
        switch self {
        case .integer(let v): Double(v)
        case .real(let v): v
        default: nil
        }
    }

    public var name: String? { if case .name(let v) = self { v } else { nil } }
    public var stringBytes: [UInt8]? { if case .string(let v) = self { v } else { nil } }
    public var array: [PDFObject]? { if case .array(let v) = self { v } else { nil } }
    public var bool: Bool? { if case .bool(let v) = self { v } else { nil } }
    public var reference: PDFReference? { if case .reference(let v) = self { v } else { nil } }
    public var stream: PDFStream? { if case .stream(let v) = self { v } else { nil } }

    /// The dictionary of a dictionary object, or a stream's dictionary.
    public var dictionary: PDFDictionary? {
        switch self {
        case .dictionary(let v): v
        case .stream(let s): s.dictionary
        default: nil
        }
    }
}

/// An indirect reference `N G R`.
public struct PDFReference: Hashable, Sendable, CustomStringConvertible {
    public var number: Int
    public var generation: Int

    public init(_ number: Int, _ generation: Int) {
        self.number = number
        self.generation = generation
    }

    public var description: String { "\(number) \(generation) R" }
}

/// A PDF dictionary: keys are names without the slash.
public struct PDFDictionary: Sendable, Equatable {
    public var entries: [String: PDFObject]

    public init(_ entries: [String: PDFObject] = [:]) { self.entries = entries }

    public subscript(key: String) -> PDFObject? {
        get { entries[key] }
        set { entries[key] = newValue }
    }

    /// The `/Type` name, if any.
    public var type: String? { entries["Type"]?.name }
}

/// A stream: its dictionary plus where its raw (still encoded, maybe encrypted) bytes lie in the file.
public struct PDFStream: Sendable, Equatable {
    public var dictionary: PDFDictionary
    /// Absolute file offset of the first data byte (after `stream` and its EOL).
    public var dataOffset: Int
    /// Length of the raw data in bytes (from /Length, or found by scanning for `endstream`).
    public var dataLength: Int
    /// The indirect object that holds this stream: its number keys decryption.
    public var owner: PDFReference?

    public init(dictionary: PDFDictionary, dataOffset: Int, dataLength: Int, owner: PDFReference? = nil) {
        self.dictionary = dictionary
        self.dataOffset = dataOffset
        self.dataLength = dataLength
        self.owner = owner
    }
}
