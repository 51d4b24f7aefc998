import BuktiCore
import BuktiFormats

/// OOXML and ODF inputs. A raw ZIP ("PK\u{3}\u{4}...") goes to the probe and extractor as it is; any
/// other input is a member list (`@@member NAME` lines, each followed by that member's bytes) that is
/// zipped first, so mutations reach the XML part readers instead of dying in ZIP checksums.
enum Packages {
    /// The line that starts each member in the member-list form.
    static let marker = Array("@@member ".utf8)

    static func run(_ bytes: [UInt8], extractor: any Extractor, _ options: ExtractionOptions) -> [FileFacts] {
        let zip: [UInt8]
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            zip = bytes
        } else {
            let members = Self.members(bytes)
            guard !members.isEmpty, let archive = FuzzEntry.zipArchive(members) else { return [] }
            zip = archive
        }
        let source = MemorySource(zip)
        let probed = ZipProbe().probe(source, options: options, pathExtension: nil)
        // A probe that cannot tell the kind still lets the extractor read properties and parts.
        let kind = extractor.kinds.contains(probed.kind) ? probed.kind : extractor.kinds.sorted { $0.rawValue < $1.rawValue }[0]
        var facts = FileFacts(path: FilePath("fuzz"), kind: kind)
        facts.problems = probed.problems
        extract(extractor, source, into: &facts, options)
        return [facts]
    }

    /// Splits the member-list form: a member starts at a marker at the start of the input or after a
    /// newline; its name runs to the end of that line, its bytes to the newline before the next marker.
    static func members(_ bytes: [UInt8]) -> [(name: String, bytes: [UInt8])] {
        var starts: [Int] = []
        var index = 0
        while index + marker.count <= bytes.count {
            if (index == 0 || bytes[index - 1] == 0x0A) && bytes[index..<index + marker.count].elementsEqual(marker) {
                starts.append(index)
                index += marker.count
            } else {
                index += 1
            }
        }
        var result: [(name: String, bytes: [UInt8])] = []
        for (number, start) in starts.enumerated() {
            let end = number + 1 < starts.count ? starts[number + 1] - 1 : bytes.count
            let nameStart = start + marker.count
            guard nameStart <= end else { continue }
            let newline = bytes[nameStart..<end].firstIndex(of: 0x0A) ?? end
            let name = String(decoding: bytes[nameStart..<newline], as: UTF8.self)
            let body = newline < end ? Array(bytes[(newline + 1)..<end]) : []
            guard !name.isEmpty, !result.contains(where: { $0.name == name }) else { continue }
            result.append((name, body))
        }
        return result
    }
}
