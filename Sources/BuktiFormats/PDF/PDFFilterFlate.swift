import BuktiCore
internal import CZlib

/// FlateDecode through zlib, with the output capped and damaged input kept as far as it decodes.
enum PDFFlate {
    static func tooLarge(_ limit: Int) -> ExtractionFailure {
        ExtractionFailure(.limitExceeded, "pdf stream inflates past the \(limit)-byte limit")
    }

    /// Inflates zlib data (falling back to raw deflate when the zlib header is missing). A truncated or
    /// damaged stream yields the output decoded before the damage, as poppler does.
    static func inflate(_ input: [UInt8], limit: Int) throws(ExtractionFailure) -> [UInt8] {
        let (out, ok) = try run(input, windowBits: 15, limit: limit)
        if !ok && out.isEmpty {
            let (raw, _) = try run(input, windowBits: -15, limit: limit)
            return raw
        }
        return out
    }

    /// One inflate pass; `ok` is false when zlib reported an error before the end of the stream.
    private static func run(_ input: [UInt8], windowBits: Int32, limit: Int) throws(ExtractionFailure)
        -> (out: [UInt8], ok: Bool)
    {
        guard !input.isEmpty else { return ([], true) }
        var stream = z_stream()
        guard bukti_inflate_init2(&stream, windowBits) == Z_OK else { return ([], false) }
        defer { inflateEnd(&stream) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        var input = input
        var ok = true
        var exceeded = false
        input.withUnsafeMutableBufferPointer { inBuffer in
            stream.next_in = inBuffer.baseAddress
            stream.avail_in = uInt(inBuffer.count)
            while true {
                let rc = chunk.withUnsafeMutableBufferPointer { outBuffer -> Int32 in
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = uInt(outBuffer.count)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                if out.count + produced > limit {
                    exceeded = true
                    return
                }
                out.append(contentsOf: chunk[0..<produced])
                if rc == Z_STREAM_END { return }
                if rc == Z_OK { continue }
                if rc == Z_BUF_ERROR && produced > 0 { continue }
                // Z_BUF_ERROR with no progress: input ran out (truncated); anything else: damage.
                ok = rc == Z_BUF_ERROR
                return
            }
        }
        if exceeded { throw tooLarge(limit) }
        return (out, ok)
    }
}
