import BuktiCore
import Foundation
import Testing

@testable import BuktiFormats

/// One encrypted fixture from Scripts/fixtures/pdf-crypt.sh with what qpdf said about it
/// (oracle/NAME.json): the file key, /Encrypt, /ID, /Info strings and decrypted stream data.
struct PDFSecurityOracle {
    let name: String
    /// The encrypted PDF's bytes.
    let file: [UInt8]
    /// qpdf's `qpdf --json=2` document.
    let json: [String: Any]

    static let directory: URL? = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?
        .appendingPathComponent("pdf-crypt")

    init(_ name: String) throws {
        let dir = try #require(Self.directory)
        self.name = name
        file = try [UInt8](Data(contentsOf: dir.appendingPathComponent("\(name).pdf")))
        let data = try Data(contentsOf: dir.appendingPathComponent("oracle/\(name).json"))
        json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The objects qpdf dumped ("obj:N G R" and "trailer").
    private var objects: [String: Any] {
        ((json["qpdf"] as? [Any])?.dropFirst().first as? [String: Any]) ?? [:]
    }

    /// qpdf's file encryption key, hex-decoded.
    var qpdfKey: [UInt8]? {
        ((json["encrypt"] as? [String: Any])?["parameters"] as? [String: Any])?["key"]
            .flatMap { $0 as? String }.flatMap(Self.hex)
    }

    var trailer: PDFDictionary {
        Self.object(((objects["trailer"] as? [String: Any])?["value"]) ?? [:]).dictionary ?? PDFDictionary()
    }

    /// The first /ID string, as `PDFSecurity.open` wants it.
    var fileID: [UInt8]? { trailer["ID"]?.array?.first?.stringBytes }

    func reference(_ key: String, in dictionary: PDFDictionary? = nil) -> PDFReference? {
        (dictionary ?? trailer)[key]?.reference
    }

    /// The value of a non-stream object qpdf dumped.
    func value(_ ref: PDFReference) -> PDFObject {
        Self.object((objects["obj:\(ref)"] as? [String: Any])?["value"] ?? NSNull())
    }

    var encrypt: PDFDictionary { reference("Encrypt").flatMap { value($0).dictionary } ?? PDFDictionary() }
    var info: PDFReference? { reference("Info") }

    /// The stream objects qpdf dumped with data: (reference, dictionary, plaintext qpdf gave).
    var streams: [(PDFReference, PDFDictionary, [UInt8])] {
        objects.compactMap { key, entry in
            guard let stream = (entry as? [String: Any])?["stream"] as? [String: Any],
                  let data = (stream["data"] as? String).flatMap({ Data(base64Encoded: $0) }),
                  let ref = Self.parseReference(String(key.dropFirst(4))),
                  let dict = Self.object(stream["dict"] ?? [:]).dictionary
            else { return nil }
            return (ref, dict, [UInt8](data))
        }.sorted { $0.0.number < $1.0.number }
    }

    /// Where object `ref` is stored: from just after `N G obj` to its `stream` or `endobj` keyword
    /// (nil when the object lives in an object stream). Found by scanning, as these files are small.
    func rawObjectHead(_ ref: PDFReference) -> Range<Int>? {
        let marker = Array("\(ref.number) \(ref.generation) obj".utf8)
        var from = 0
        while let at = Self.find(marker, in: file, from: from) {
            from = at + 1
            // Must start a line, so "12 0 obj" is not found inside "112 0 obj".
            guard at == 0 || file[at - 1] == 0x0A || file[at - 1] == 0x0D else { continue }
            let start = at + marker.count
            let stops = [Self.find(Array("stream".utf8), in: file, from: start),
                         Self.find(Array("endobj".utf8), in: file, from: start)]
            guard let end = stops.compactMap({ $0 }).min() else { return nil }
            return start..<end
        }
        return nil
    }

    /// The integer after `/key` in object `ref`, following one `M G R` indirection.
    func rawInteger(_ key: String, in ref: PDFReference) -> Int? {
        guard let head = rawObjectHead(ref), var i = valueStart(key, in: head) else { return nil }
        let numbers = Self.integers(in: file, from: &i, count: 2, before: head.upperBound)
        if numbers.count == 2, file[i..<min(i + 2, file.count)].elementsEqual(" R".utf8) {
            guard let target = rawObjectHead(PDFReference(numbers[0], numbers[1])) else { return nil }
            var j = target.lowerBound
            return Self.integers(in: file, from: &j, count: 1, before: target.upperBound).first
        }
        return numbers.first
    }

    /// The stored (still encrypted) data of stream object `ref`, cut by its /Length.
    func rawStreamData(_ ref: PDFReference) -> [UInt8]? {
        guard let head = rawObjectHead(ref), file[head.upperBound...].starts(with: "stream".utf8),
              let length = rawInteger("Length", in: ref)
        else { return nil }
        var start = head.upperBound + 6
        if start < file.count, file[start] == 0x0D { start += 1 }
        if start < file.count, file[start] == 0x0A { start += 1 }
        guard start + length <= file.count else { return nil }
        return Array(file[start..<(start + length)])
    }

    /// The stored (still encrypted) bytes of string `/key <hex>` or `/key (literal)` inside object `ref`.
    func rawString(_ key: String, in ref: PDFReference) -> [UInt8]? {
        guard let head = rawObjectHead(ref), let i = valueStart(key, in: head), i < head.upperBound else { return nil }
        if file[i] == UInt8(ascii: "<") {
            guard let close = file[i...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
            return Self.hex(String(decoding: file[(i + 1)..<close].filter { $0 > 0x20 }, as: UTF8.self))
        }
        guard file[i] == UInt8(ascii: "(") else { return nil }
        return Self.literal(file, from: i + 1)
    }

    /// Index of the first non-blank byte after the name `/key` inside `range`.
    private func valueStart(_ key: String, in range: Range<Int>) -> Int? {
        let name = Array("/\(key)".utf8)
        var from = range.lowerBound
        while let at = Self.find(name, in: file, from: from), at < range.upperBound {
            from = at + 1
            var i = at + name.count
            // The name must end here (so /Length does not match /Length1).
            guard i < file.count, !Self.isRegular(file[i]) else { continue }
            while i < file.count, [0x20, 0x0A, 0x0D, 0x09].contains(file[i]) { i += 1 }
            return i
        }
        return nil
    }

    private static func isRegular(_ b: UInt8) -> Bool {
        !"()<>[]{}/% \t\r\n".utf8.contains(b)
    }

    /// Up to `count` whitespace-separated integers from `i` (advanced past them).
    private static func integers(in bytes: [UInt8], from i: inout Int, count: Int, before end: Int) -> [Int] {
        var out: [Int] = []
        while out.count < count {
            while i < end, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[i]) { i += 1 }
            var j = i
            while j < end, (0x30...0x39).contains(bytes[j]) { j += 1 }
            guard j > i, let n = Int(String(decoding: bytes[i..<j], as: UTF8.self)) else { break }
            out.append(n)
            i = j
        }
        return out
    }

    /// A literal string's bytes from just after its "(" (ISO 32000-2 §7.3.4.2 escapes, nested parentheses).
    static func literal(_ bytes: [UInt8], from start: Int) -> [UInt8]? {
        let escapes: [UInt8: UInt8] = [
            UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09, UInt8(ascii: "b"): 0x08,
            UInt8(ascii: "f"): 0x0C, UInt8(ascii: "("): 0x28, UInt8(ascii: ")"): 0x29, UInt8(ascii: "\\"): 0x5C,
        ]
        var out: [UInt8] = []
        var depth = 1
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            switch b {
            case UInt8(ascii: "\\"):
                guard i < bytes.count else { return nil }
                let e = bytes[i]
                i += 1
                if let mapped = escapes[e] {
                    out.append(mapped)
                } else if (0x30...0x37).contains(e) {
                    var value = Int(e - 0x30)
                    for _ in 0..<2 where i < bytes.count && (0x30...0x37).contains(bytes[i]) {
                        value = value * 8 + Int(bytes[i] - 0x30)
                        i += 1
                    }
                    out.append(UInt8(truncatingIfNeeded: value))
                } else if e == 0x0D {
                    if i < bytes.count, bytes[i] == 0x0A { i += 1 }  // line continuation
                } else if e != 0x0A {
                    out.append(e)
                }
            case UInt8(ascii: "("):
                depth += 1
                out.append(b)
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return out }
                out.append(b)
            case 0x0D:
                // An unescaped end of line is read as LF.
                if i < bytes.count, bytes[i] == 0x0A { i += 1 }
                out.append(0x0A)
            default:
                out.append(b)
            }
        }
        return nil
    }

    /// A qpdf JSON v2 value as a PDFObject: "/Name", "N G R", "u:text", "b:hex", numbers, arrays, dicts.
    static func object(_ any: Any) -> PDFObject {
        switch any {
        case let s as String:
            if s.hasPrefix("/") { return .name(String(s.dropFirst())) }
            if s.hasPrefix("b:") { return .string(hex(String(s.dropFirst(2))) ?? []) }
            if s.hasPrefix("u:") { return .string(Array(s.dropFirst(2).utf8)) }
            if let ref = parseReference(s) { return .reference(ref) }
            return .null
        case let n as NSNumber:
            switch String(cString: n.objCType) {
            case "c": return .bool(n.boolValue)
            case "d", "f": return .real(n.doubleValue)
            default: return .integer(n.intValue)
            }
        case let a as [Any]: return .array(a.map(object))
        case let d as [String: Any]:
            var dict = PDFDictionary()
            for (k, v) in d { dict[String(k.dropFirst())] = object(v) }
            return .dictionary(dict)
        default: return .null
        }
    }

    static func parseReference(_ s: String) -> PDFReference? {
        let parts = s.split(separator: " ")
        guard parts.count == 3, parts[2] == "R", let n = Int(parts[0]), let g = Int(parts[1]) else { return nil }
        return PDFReference(n, g)
    }

    static func hex(_ s: String) -> [UInt8]? {
        let digits = Array(s.utf8)
        guard digits.count % 2 == 0 else { return nil }
        return stride(from: 0, to: digits.count, by: 2).compactMap {
            UInt8(String(decoding: digits[$0..<($0 + 2)], as: UTF8.self), radix: 16)
        }
    }

    static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard needle.count <= hay.count else { return nil }
        var i = from
        while i + needle.count <= hay.count {
            if hay[i] == needle[0], hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// A PDF text string as text: UTF-16BE after a BOM, else PDFDocEncoding (Latin-1 for what we test).
    static func text(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xFE, 0xFF]) {
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
            return String(decoding: units, as: UTF16.self)
        }
        return String(bytes.map { Character(Unicode.Scalar($0)) })
    }
}
