internal import CZlib

/// Inflates the zlib streams of PNG zTXt and compressed iTXt chunks with a hard output limit.
enum PNGInflater {
    /// The inflated bytes (cut at `limit`), or nil when the stream is damaged before any output.
    static func inflate(_ input: [UInt8], limit: Int) -> [UInt8]? {
        guard !input.isEmpty, limit > 0 else { return nil }
        var stream = z_stream()
        guard bukti_inflate_init2(&stream, 15) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: min(limit, 64 << 10))
        var input = input
        var status: Int32 = Z_OK
        input.withUnsafeMutableBufferPointer { inBuffer in
            stream.next_in = inBuffer.baseAddress
            stream.avail_in = uInt(inBuffer.count)
            while output.count < limit {
                status = chunk.withUnsafeMutableBufferPointer { outBuffer in
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = uInt(outBuffer.count)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                output.append(contentsOf: chunk[0..<min(produced, limit - output.count)])
                // Anything but progress ends the loop: end of stream, truncated input or damage.
                if status != Z_OK || produced == 0 { break }
            }
        }
        if status != Z_OK && status != Z_STREAM_END && output.isEmpty { return nil }
        return output
    }
}
