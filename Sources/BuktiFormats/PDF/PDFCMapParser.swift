import BuktiCore

/// Reads a CMap stream's PostScript-like program (`begincodespacerange`, `bfchar`, `bfrange`,
/// `cidchar`, `cidrange`) into a `PDFCMap`, ignoring everything else (including `usecmap`).
enum PDFCMapParser {
    /// The most mappings kept from one CMap: a real ToUnicode map has at most a few thousand.
    static let maxEntries = 100_000

    /// Parses `bytes`; damaged sections are skipped and what could be read is kept.
    static func parse(_ bytes: [UInt8], options: ExtractionOptions = ExtractionOptions()) -> PDFCMap {
        var cmap = PDFCMap()
        var parser = PDFParser.content(bytes, options: options)
        var operands: [PDFObject] = []
        var entries = 0
        var steps = 0
        while entries < maxEntries {
            steps += 1
            if steps % 4096 == 0, options.deadline.hasPassed { break }
            let before = parser.position
            let item: PDFContentItem?
            do {
                item = try parser.nextContentItem()
            } catch {
                if parser.position == before { _ = parser.nextToken() }
                operands.removeAll()
                if parser.position == before { break }
                continue
            }
            guard let item else { break }
            switch item {
            case .operand(let object):
                if operands.count < 3 * maxEntries { operands.append(object) }
            case .operator(let op):
                entries += apply(op, operands, to: &cmap)
                operands.removeAll(keepingCapacity: true)
            }
        }
        return cmap
    }

    /// Applies the section that operator `op` ends; returns how many entries it added.
    private static func apply(_ op: String, _ operands: [PDFObject], to cmap: inout PDFCMap) -> Int {
        switch op {
        case "endcodespacerange":
            for pair in chunks(operands, 2) {
                guard let low = pair[0].stringBytes, let high = pair[1].stringBytes,
                    low.count == high.count, (1...4).contains(low.count)
                else { continue }
                cmap.codeSpaces.append(.init(low: low, high: high))
            }
            return operands.count / 2
        case "endbfchar":
            for pair in chunks(operands, 2) {
                guard let code = code(pair[0]), let text = destination(pair[1]) else { continue }
                cmap.text[code] = text
            }
            return operands.count / 2
        case "endbfrange":
            var added = 0
            for triple in chunks(operands, 3) {
                guard let low = code(triple[0]), let high = code(triple[1]), low <= high else { continue }
                if let array = triple[2].array {
                    // The array form: one destination per code, as many as both the range and array allow.
                    for (offset, element) in array.prefix(Int(min(high - low, 0xFFFF)) + 1).enumerated() {
                        if let text = destination(element) { cmap.text[low + UInt32(offset)] = text }
                    }
                    added += array.count
                } else if let bytes = triple[2].stringBytes {
                    let units = utf16Units(bytes)
                    if !units.isEmpty { cmap.textRanges.append(.init(low: low, high: high, start: units)) }
                    added += 1
                }
            }
            return added
        case "endcidchar":
            for pair in chunks(operands, 2) {
                guard let code = code(pair[0]), let cid = pair[1].integer, cid >= 0, cid <= 0xFFFF_FFFF else { continue }
                cmap.cids[code] = UInt32(cid)
            }
            return operands.count / 2
        case "endcidrange":
            for triple in chunks(operands, 3) {
                guard let low = code(triple[0]), let high = code(triple[1]), low <= high,
                    let cid = triple[2].integer, cid >= 0, cid <= 0xFFFF_FFFF
                else { continue }
                cmap.cidRanges.append(.init(low: low, high: high, cid: UInt32(cid)))
            }
            return operands.count / 3
        default:
            return 0
        }
    }

    /// Consecutive groups of `size` operands (a trailing partial group is dropped).
    private static func chunks(_ operands: [PDFObject], _ size: Int) -> [ArraySlice<PDFObject>] {
        stride(from: 0, to: operands.count - size + 1, by: size).map {
            operands[$0..<$0 + size].withRebasedIndices()
        }
    }

    /// A source code: a string of 1 to 4 bytes read big-endian.
    private static func code(_ object: PDFObject) -> UInt32? {
        guard let bytes = object.stringBytes, (1...4).contains(bytes.count) else { return nil }
        return bytes.reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// A destination: UTF-16BE text in a string (surrogate pairs and several characters allowed),
    /// or a glyph name as some producers write.
    private static func destination(_ object: PDFObject) -> String? {
        if let bytes = object.stringBytes {
            let units = utf16Units(bytes)
            return units.isEmpty ? nil : PDFCMap.string(utf16: units)
        }
        if let name = object.name { return PDFGlyphName.text(name) }
        return nil
    }

    /// Big-endian 16-bit units; a single byte is taken as one unit (a malformed but common destination).
    private static func utf16Units(_ bytes: [UInt8]) -> [UInt16] {
        if bytes.count == 1 { return [UInt16(bytes[0])] }
        return stride(from: 0, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
    }
}

extension ArraySlice {
    /// The same elements indexed from 0, so `slice[0]` is the first.
    fileprivate func withRebasedIndices() -> ArraySlice<Element> { ArraySlice(Array(self)) }
}
