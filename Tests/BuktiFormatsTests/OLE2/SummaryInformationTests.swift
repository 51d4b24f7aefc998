import Foundation
import Testing
import BuktiCore
@testable import BuktiFormats

/// Differential test: the summary metadata bukti reads must match `exiftool -json -n`.
@Suite struct SummaryInformationTests {
    static let files: [(name: String, kind: FileKind)] = [
        ("sk-tim-inovasi.doc", .doc), ("dpa-2023.xls", .xls), ("paparan-inovasi.ppt", .ppt),
        ("nota-terkunci.doc", .doc), ("anggaran-terkunci.xls", .xls), ("rekap-terlindung.xls", .xls),
    ]

    /// exiftool tag names and the facts they correspond to.
    static let fields: [(tag: String, read: @Sendable (FileFacts) -> String?)] = [
        ("Title", { $0.title }), ("Subject", { $0.subject }), ("Author", { $0.author }),
        ("Keywords", { $0.keywords }), ("LastModifiedBy", { $0.lastModifiedBy }),
        ("CreateDate", { $0.created }), ("ModifyDate", { $0.modified }),
        ("Pages", { $0.pages.map(String.init) }), ("Words", { $0.words.map(String.init) }),
        ("Software", { $0.application }),
    ]

    /// Justified differences: exiftool values bukti deliberately leaves out, and why.
    static let allowList: [(tag: String, exiftool: String, reason: String)] = [
        // A zero FILETIME means "never set" ([MS-OLEPS] writers store 0); exiftool prints the 0.
        ("CreateDate", "0", "zero FILETIME"),
        ("ModifyDate", "0", "zero FILETIME"),
    ]

    /// exiftool's values, normalised to bukti's forms (nil for an allow-listed value).
    static func normalise(_ tag: String, _ value: Any) -> String? {
        let text = "\(value)"
        if let allowed = allowList.first(where: { $0.tag == tag && $0.exiftool == text }) {
            print("allowed \(tag): exiftool \(text) (\(allowed.reason))")
            return nil
        }
        if tag.hasSuffix("Date") {
            // "2023:01:10 08:15:00" (FILETIME is UTC) -> "2023-01-10T08:15:00Z".
            let parts = text.split(separator: " ")
            guard parts.count == 2 else { return text }
            return parts[0].replacingOccurrences(of: ":", with: "-") + "T" + parts[1] + "Z"
        }
        return text
    }

    static func exiftool(_ urls: [URL]) throws -> [[String: Any]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["exiftool", "-json", "-n"] + urls.map(\.path)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (try JSONSerialization.jsonObject(with: data) as? [[String: Any]]) ?? []
    }

    @Test func agreesWithExiftool() throws {
        let urls = Self.files.compactMap { OLE2Fixtures.url($0.name) }
        let reference = try Self.exiftool(urls)
        try #require(reference.count == Self.files.count, "exiftool is missing or failed")
        var agreed = 0
        for ((name, kind), tags) in zip(Self.files, reference) {
            let facts = OLE2Fixtures.extract(OLE2Fixtures.bytes(name), kind: kind)
            for (tag, read) in Self.fields {
                let expected = tags[tag].flatMap { Self.normalise(tag, $0) }
                let actual = read(facts)
                print("\(actual == expected ? "agree" : "DISAGREE") \(name) \(tag): exiftool \(expected ?? "-") bukti \(actual ?? "-")")
                #expect(actual == expected, "\(name) \(tag)")
                if actual == expected, expected != nil { agreed += 1 }
            }
        }
        #expect(agreed >= 30)  // the fixtures do carry metadata: not an agreement of absences
    }

    @Test func readsEveryVariantTypeAndCodePage() throws {
        // A hand-built section: code page 1252 (the usual for Office), an 8-bit string with an
        // en dash (0x96 in cp1252), a UTF-16 string, a 32-bit count and a FILETIME.
        let properties: [(id: UInt32, value: [UInt8])] = [
            (1, le16(0x0002) + le16(0) + le16(1252) + le16(0)),
            (18, le16(0x001E) + le16(0) + le32(10) + Array("Word ".utf8) + [0x96] + Array(" 97".utf8) + [0]),
            (2, le16(0x001F) + le16(0) + le32(6) + "Judul".utf16.flatMap { le16($0) } + le16(0)),
            (14, le16(0x0003) + le16(0) + le32(7)),
            // 2023-01-10T08:15:00Z: (1673338500 + 11644473600) seconds of 10^7 ticks.
            (12, le16(0x0040) + le16(0) + le64(UInt64(1_673_338_500 + 11_644_473_600) * 10_000_000)),
        ]
        var body: [UInt8] = []
        var table: [UInt8] = []
        let headerSize = 8 + 8 * properties.count
        for property in properties {
            table += le32(property.id) + le32(UInt32(headerSize + body.count))
            body += property.value
        }
        let section = le32(UInt32(headerSize + body.count)) + le32(UInt32(properties.count)) + table + body
        let stream = le16(0xFFFE) + le16(0) + le32(0) + [UInt8](repeating: 0, count: 16) + le32(1)
            + [UInt8](repeating: 0, count: 16) + le32(48) + section
        let set = try PropertySet(stream, name: "test")
        var facts = FileFacts(path: FilePath("x"))
        SummaryInformation.apply(set, to: &facts)
        #expect(facts.application == "Word – 97")
        #expect(facts.title == "Judul")
        #expect(facts.pages == 7)
        #expect(facts.created == "2023-01-10T08:15:00Z")
    }

    @Test func damagedPropertySetIsCorrupt() {
        #expect(throws: ExtractionFailure.self) { try PropertySet([0xFE, 0xFF, 0, 0], name: "x") }
        // A section that claims a million properties.
        let stream = le16(0xFFFE) + le16(0) + le32(0) + [UInt8](repeating: 0, count: 16) + le32(1)
            + [UInt8](repeating: 0, count: 16) + le32(48) + le32(16) + le32(1_000_000) + le32(0) + le32(0)
        #expect(throws: ExtractionFailure.self) { try PropertySet(stream, name: "x") }
    }
}

func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
func le64(_ value: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
