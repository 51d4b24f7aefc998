/// Tells plain text from binary by looking at a file's first bytes.
///
/// Text means: well-formed UTF-8 (with or without a BOM) or UTF-16 with a BOM, holding no NUL and no
/// control character other than the ones text files really contain (tab, line breaks, form feed,
/// escape for coloured logs, and the DOS end-of-file mark).
enum TextSniffer {
    /// Control characters that plain text may hold.
    static let allowedControls: Set<UInt32> = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1A, 0x1B]

    /// True when `prefix` reads as text. When the prefix is not the whole file, a character cut in
    /// half at its end is allowed.
    static func isText(_ prefix: [UInt8], isWholeFile: Bool) -> Bool {
        guard !prefix.isEmpty else { return false }
        if prefix.starts(with: [0xFF, 0xFE]) { return isUTF16(prefix.dropFirst(2), bigEndian: false, isWholeFile) }
        if prefix.starts(with: [0xFE, 0xFF]) { return isUTF16(prefix.dropFirst(2), bigEndian: true, isWholeFile) }
        let body = prefix.starts(with: [0xEF, 0xBB, 0xBF]) ? prefix.dropFirst(3) : prefix[...]
        return isUTF8(body, isWholeFile)
    }

    private static func isUTF8(_ bytes: ArraySlice<UInt8>, _ isWholeFile: Bool) -> Bool {
        // A byte below 0x20 is always that control character in UTF-8, never part of a longer sequence.
        guard !bytes.contains(where: { $0 < 0x20 && !allowedControls.contains(UInt32($0)) }) else { return false }
        let cuts = isWholeFile ? 0...0 : 0...min(3, bytes.count - 1)
        return cuts.contains { String(validating: bytes.dropLast($0), as: UTF8.self) != nil }
    }

    private static func isUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, _ isWholeFile: Bool) -> Bool {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        if isWholeFile && bytes.count % 2 != 0 { return false }
        // A surrogate pair cut in half at the end of a prefix is not damage.
        if !isWholeFile, let last = units.last, (0xD800...0xDBFF).contains(last) { units.removeLast() }
        var scalars = 0
        for result in UTF16.decode(units) {
            guard case .scalarValue(let scalar) = result else { return false }
            if scalar.value < 0x20 && !allowedControls.contains(scalar.value) { return false }
            scalars += 1
        }
        return scalars > 0 || isWholeFile
    }
}

extension UTF16 {
    /// Decodes `units`, one result per scalar or error.
    fileprivate static func decode(_ units: [UInt16]) -> [UnicodeDecodingResult] {
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var results: [UnicodeDecodingResult] = []
        while true {
            let result = decoder.decode(&iterator)
            if case .emptyInput = result { return results }
            results.append(result)
            if case .error = result { return results }
        }
    }
}
