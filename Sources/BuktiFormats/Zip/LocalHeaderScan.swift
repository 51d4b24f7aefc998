import BuktiCore

/// For an archive libzip cannot open (cut short, central directory lost): the kind the member
/// names in the first local file headers suggest. Reads at most the first 64 KB.
enum LocalHeaderScan {
    /// Member-name prefixes and the kind they mark (OOXML main folders).
    private static let prefixes: [(String, FileKind)] = [("word/", .docx), ("xl/", .xlsx), ("ppt/", .pptx)]
    private static let window = 64 << 10
    private static let maxHeaders = 64

    static func kind(_ source: any ByteSource) -> FileKind? {
        guard let head = try? source.read(at: 0, count: window) else { return nil }
        var offset = 0
        for _ in 0..<maxHeaders {
            guard offset + 30 <= head.count, head[offset] == 0x50, head[offset + 1] == 0x4B,
                head[offset + 2] == 0x03, head[offset + 3] == 0x04
            else { return nil }
            let flags = Int(head[offset + 6]) | Int(head[offset + 7]) << 8
            let compressed = Int(head[offset + 18]) | Int(head[offset + 19]) << 8 | Int(head[offset + 20]) << 16
                | Int(head[offset + 21]) << 24
            let nameLength = Int(head[offset + 26]) | Int(head[offset + 27]) << 8
            let extraLength = Int(head[offset + 28]) | Int(head[offset + 29]) << 8
            let nameStart = offset + 30
            guard nameStart + nameLength <= head.count else { return nil }
            let name = String(decoding: head[nameStart..<(nameStart + nameLength)], as: UTF8.self)
            let dataStart = nameStart + nameLength + extraLength
            if name == "mimetype", dataStart + compressed <= head.count {
                let value = String(decoding: head[dataStart..<(dataStart + compressed)], as: UTF8.self)
                return ZipProbe.odfMimeTypes[value.trimmingWhitespace()]
            }
            if let kind = prefixes.first(where: { name.hasPrefix($0.0) })?.1 { return kind }
            // With a data descriptor (flag bit 3) the size is not in the local header: look for the
            // next header signature instead (a false hit inside deflated data just ends the scan).
            if flags & 0x08 == 0 {
                offset = dataStart + compressed
            } else if let next = nextSignature(in: head, from: dataStart) {
                offset = next
            } else {
                return nil
            }
        }
        return nil
    }

    private static func nextSignature(in bytes: [UInt8], from start: Int) -> Int? {
        guard start + 4 <= bytes.count else { return nil }
        return (start...(bytes.count - 4)).first {
            bytes[$0] == 0x50 && bytes[$0 + 1] == 0x4B && bytes[$0 + 2] == 0x03 && bytes[$0 + 3] == 0x04
        }
    }
}
