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

    /// The text of `N G obj` up to its `endobj` or `stream` keyword, as stored (nil when the object
    /// lives in an object stream).
    func rawObjectHead(_ ref: PDFReference) -> (text: String, end: Int)? {
        let marker = Array("\n\(ref.number) \(ref.generation) obj".utf8)
        guard let start = Self.find(marker, in: file, from: 0) else { return nil }
        let stops = [Self.find(Array("stream".utf8), in: file, from: start), Self.find(Array("endobj".utf8), in: file, from: start)]
        guard let end = stops.compactMap({ $0 }).min() else { return nil }
        return (String(decoding: file[start..<end], as: UTF8.self), end)
    }

    /// The stored (still encrypted) data of stream object `ref`, cut by its direct /Length.
    func rawStreamData(_ ref: PDFReference) -> [UInt8]? {
        guard let (text, end) = rawObjectHead(ref),
              file[end..<min(end + 6, file.count)].elementsEqual("stream".utf8),
              let range = text.range(of: #"/Length (\d+)"#, options: .regularExpression),
              let length = Int(text[range].dropFirst(8))
        else { return nil }
        var start = end + 6
        if start < file.count, file[start] == 0x0D { start += 1 }
        if start < file.count, file[start] == 0x0A { start += 1 }
        guard start + length <= file.count else { return nil }
        return Array(file[start..<(start + length)])
    }

    /// The stored (still encrypted) bytes of hex string `/key <...>` inside object `ref` (qpdf writes
    /// every encrypted string in hex).
    func rawHexString(_ key: String, in ref: PDFReference) -> [UInt8]? {
        guard let (text, _) = rawObjectHead(ref),
              let range = text.range(of: "/\(key) <[0-9a-fA-F]*>", options: .regularExpression)
        else { return nil }
        return Self.hex(String(text[range].drop { $0 != "<" }.dropFirst().dropLast()))
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
