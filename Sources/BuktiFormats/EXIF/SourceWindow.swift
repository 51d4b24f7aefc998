import BuktiCore

/// A range of a byte source read as if it were a file of its own (the TIFF data inside a JPEG APP1
/// segment, the Exif item of a HEIC, a whole TIFF file); offsets are relative to `start`, and nothing
/// outside the window is ever read.
struct SourceWindow {
    let source: any ByteSource
    let start: Int
    let count: Int

    init(_ source: any ByteSource, start: Int = 0, count: Int? = nil) {
        self.source = source
        let first = min(max(0, start), source.size)
        self.start = first
        self.count = max(0, min(count ?? source.size - first, source.size - first))
    }

    /// True when `length` bytes at `offset` lie inside the window (overflow-safe).
    func contains(_ offset: Int, _ length: Int) -> Bool {
        offset >= 0 && length >= 0 && offset <= count && length <= count - offset
    }

    /// Exactly `length` bytes at `offset`, or nil when they are not all inside the window.
    func read(_ offset: Int, _ length: Int) throws(ByteSourceError) -> [UInt8]? {
        guard contains(offset, length) else { return nil }
        let bytes = try source.read(at: start + offset, count: length)
        return bytes.count == length ? bytes : nil
    }
}

extension ByteSource {
    /// Up to `count` bytes at `offset`, empty outside the source (never a range error), with read
    /// failures turned into an `unreadable` problem that ends the extraction.
    func mediaRead(at offset: Int, count: Int) throws(ExtractionFailure) -> [UInt8] {
        guard offset >= 0, offset < size, count > 0 else { return [] }
        do {
            return try read(at: offset, count: min(count, size - offset))
        } catch {
            throw ExtractionFailure(.unreadable, error.description)
        }
    }
}
