import BuktiCore

/// Undoes the /Predictor of Flate and LZW streams (ISO 32000-1 §7.4.4.4): TIFF 2 and PNG 10-15.
enum PDFPredictor {
    /// `data` with the predictor of `parms` undone (unchanged when there is none or it is 1).
    static func apply(_ data: [UInt8], parms: PDFDictionary?, limit: Int) throws(ExtractionFailure) -> [UInt8] {
        guard let parms, let predictor = parms["Predictor"]?.integer, predictor > 1 else { return data }
        let colors = clamp(parms["Colors"]?.integer ?? 1, 1, 32)
        let bits = clamp(parms["BitsPerComponent"]?.integer ?? 8, 1, 16)
        let columns = clamp(parms["Columns"]?.integer ?? 1, 1, 1 << 24)
        // A row is never longer than the data, so hostile /Columns cannot size a huge row buffer.
        let rowBytes = max(1, min((colors * bits * columns + 7) / 8, data.count))
        let pixelBytes = max(1, (colors * bits + 7) / 8)
        if predictor == 2 { return tiff(data, rowBytes: rowBytes, colors: colors, bits: bits) }
        if predictor >= 10 { return png(data, rowBytes: rowBytes, pixelBytes: pixelBytes) }
        throw ExtractionFailure(.unsupported, "stream predictor \(predictor) is not supported")
    }

    static func clamp(_ v: Int, _ lo: Int, _ hi: Int) -> Int { min(max(v, lo), hi) }

    /// PNG prediction: each row starts with its own filter type byte (0 None, 1 Sub, 2 Up, 3 Average,
    /// 4 Paeth). A short last row is decoded as far as it goes.
    static func png(_ data: [UInt8], rowBytes: Int, pixelBytes: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(data.count)
        var previous = [UInt8](repeating: 0, count: rowBytes)
        var row = [UInt8](repeating: 0, count: rowBytes)
        var i = 0
        while i < data.count {
            let type = data[i]
            i += 1
            let n = min(rowBytes, data.count - i)
            for k in 0..<n {
                let raw = data[i + k]
                let left: UInt8 = k >= pixelBytes ? row[k - pixelBytes] : 0
                let up = previous[k]
                let upLeft: UInt8 = k >= pixelBytes ? previous[k - pixelBytes] : 0
                switch type {
                case 1: row[k] = raw &+ left
                case 2: row[k] = raw &+ up
                case 3: row[k] = raw &+ UInt8((Int(left) + Int(up)) / 2)
                case 4: row[k] = raw &+ paeth(left, up, upLeft)
                default: row[k] = raw
                }
            }
            out.append(contentsOf: row[0..<n])
            i += n
            swap(&row, &previous)
        }
        return out
    }

    static func paeth(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt8 {
        let p = Int(a) + Int(b) - Int(c)
        let pa = abs(p - Int(a)), pb = abs(p - Int(b)), pc = abs(p - Int(c))
        if pa <= pb && pa <= pc { return a }
        return pb <= pc ? b : c
    }

    /// TIFF predictor 2: each component is stored as the difference from the same component of the
    /// pixel to its left, per row.
    static func tiff(_ data: [UInt8], rowBytes: Int, colors: Int, bits: Int) -> [UInt8] {
        var out = data
        var start = 0
        while start < out.count {
            let end = min(out.count, start + rowBytes)
            switch bits {
            case 8:
                var k = start + colors
                while k < end {
                    out[k] = out[k] &+ out[k - colors]
                    k += 1
                }
            case 16:
                var k = start + 2 * colors
                while k + 1 < end {
                    let v = (UInt16(out[k]) << 8 | UInt16(out[k + 1])) &+ (UInt16(out[k - 2 * colors]) << 8 | UInt16(out[k - 2 * colors + 1]))
                    out[k] = UInt8(v >> 8)
                    out[k + 1] = UInt8(v & 0xFF)
                    k += 2
                }
            default:
                tiffBits(&out, start: start, end: end, colors: colors, bits: bits)
            }
            start = end
        }
        return out
    }

    /// TIFF predictor for 1, 2 and 4-bit (or other sub-byte) components.
    static func tiffBits(_ out: inout [UInt8], start: Int, end: Int, colors: Int, bits: Int) {
        let count = (end - start) * 8 / bits
        let mask = (1 << bits) - 1
        func get(_ index: Int) -> Int {
            let bit = index * bits
            var v = 0
            for b in 0..<bits {
                let pos = bit + b
                v = v << 1 | Int(out[start + pos / 8] >> (7 - UInt8(pos % 8)) & 1)
            }
            return v
        }
        func set(_ index: Int, _ value: Int) {
            let bit = index * bits
            for b in 0..<bits {
                let pos = bit + b
                let byte = start + pos / 8
                let shift = UInt8(7 - pos % 8)
                let on = (value >> (bits - 1 - b)) & 1
                out[byte] = out[byte] & ~(1 << shift) | UInt8(on) << shift
            }
        }
        guard count > colors else { return }
        for index in colors..<count { set(index, (get(index) + get(index - colors)) & mask) }
    }
}
