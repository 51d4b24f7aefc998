import BuktiCore

/// LZWDecode (ISO 32000-1 §7.4.4): 9 to 12-bit codes, 256 clears the table, 257 ends the data;
/// with EarlyChange the code width grows one code early.
enum PDFLZW {
    static func decode(_ data: [UInt8], earlyChange: Bool, limit: Int) throws(ExtractionFailure) -> [UInt8] {
        var out: [UInt8] = []
        // Each entry is (prefix code, last byte, length); strings are rebuilt by walking prefixes.
        var prefix = [Int](repeating: -1, count: 4096)
        var suffix = [UInt8](repeating: 0, count: 4096)
        var length = [Int](repeating: 0, count: 4096)
        for c in 0..<256 {
            suffix[c] = UInt8(c)
            length[c] = 1
        }
        var next = 258
        var width = 9
        var previous = -1
        var buffer = 0
        var bitCount = 0
        var index = 0
        var scratch = [UInt8](repeating: 0, count: 4096)
        let early = earlyChange ? 1 : 0
        while true {
            while bitCount < width, index < data.count {
                buffer = (buffer << 8 | Int(data[index])) & 0xFFFFFF
                bitCount += 8
                index += 1
            }
            guard bitCount >= width else { break }
            let code = (buffer >> (bitCount - width)) & ((1 << width) - 1)
            bitCount -= width
            if code == 256 {
                next = 258
                width = 9
                previous = -1
                continue
            }
            if code == 257 { break }
            if code < next, length[code] > 0 {
                let first = emit(code, prefix: prefix, suffix: suffix, length: length, scratch: &scratch, out: &out)
                if previous >= 0, next < 4096 {
                    prefix[next] = previous
                    suffix[next] = first
                    length[next] = length[previous] + 1
                    next += 1
                }
            } else if code == next, previous >= 0, next < 4096 {
                // The KwKwK case: the new string is the previous one plus its own first byte.
                let firstOfPrevious = firstByte(previous, prefix: prefix, suffix: suffix)
                prefix[next] = previous
                suffix[next] = firstOfPrevious
                length[next] = length[previous] + 1
                next += 1
                _ = emit(code, prefix: prefix, suffix: suffix, length: length, scratch: &scratch, out: &out)
            } else {
                break  // a code that cannot occur: damaged data, keep what was decoded
            }
            previous = code
            if next + early >= (1 << width), width < 12 { width += 1 }
            if out.count > limit { throw PDFFlate.tooLarge(limit) }
        }
        return out
    }

    /// Appends the string of `code` to `out` and returns its first byte.
    private static func emit(_ code: Int, prefix: [Int], suffix: [UInt8], length: [Int], scratch: inout [UInt8],
                             out: inout [UInt8]) -> UInt8 {
        let n = length[code]
        var c = code
        var k = n - 1
        while k >= 0, c >= 0 {
            scratch[k] = suffix[c]
            c = prefix[c]
            k -= 1
        }
        out.append(contentsOf: scratch[0..<n])
        return scratch[0]
    }

    private static func firstByte(_ code: Int, prefix: [Int], suffix: [UInt8]) -> UInt8 {
        var c = code
        var steps = 0
        while prefix[c] >= 0, steps < 4096 {
            c = prefix[c]
            steps += 1
        }
        return suffix[c]
    }
}
