import BuktiCore

/// MP4 and QuickTime MOV: duration, creation time, video size and rotation from the "moov" box (plus
/// location, camera and local recording time from its metadata boxes), walked by box
/// headers through the byte source so a 1 GB video costs what a 1 MB one does; "mdat" is never read.
struct MovieExtractor: Extractor {
    var kinds: Set<FileKind> { [.mp4, .mov] }

    /// The most bytes read from one header box (mvhd, tkhd, mdhd, hdlr are about 100 bytes).
    static let headerBoxLimit = 4_096

    func extract(_ source: any ByteSource, into facts: inout FileFacts, options: ExtractionOptions) throws {
        let top = try ISOBoxWalker.boxes(
            in: 0..<source.size, of: source, inside: "file", depth: 0, facts: &facts, options: options)
        guard let moov = top.first(where: { $0.type == "moov" }) else {
            let code: ProblemCode = facts.has(.truncated) ? .truncated : .corrupt
            throw ExtractionFailure(code, "no 'moov' box: the movie header (duration, size) is missing")
        }
        let children = try ISOBoxWalker.boxes(
            in: moov.content, of: source, inside: "moov", depth: 1, facts: &facts, options: options)
        var movie: MovieHeaders.Timing?
        if let mvhd = children.first(where: { $0.type == "mvhd" }) {
            movie = try header(mvhd, source, &facts).flatMap(MovieHeaders.timing)
            if movie == nil { facts.add(.corrupt, "'mvhd' box at offset \(mvhd.offset) is too short") }
        }
        let user = try MovieUserData.read(children, source, facts: &facts, options: options)
        facts.gps = user.location
        facts.camera = EXIFMetadata.camera(make: user.make, model: user.model)
        facts.software = user.software
        facts.taken = user.taken
        var tracks: [Track] = []
        for trak in children where trak.type == "trak" {
            try options.deadline.check()
            tracks.append(try track(trak, source, &facts, options))
        }
        facts.created = movie.flatMap { MovieHeaders.iso8601(since1904: $0.created) }
        facts.modified = movie.flatMap { MovieHeaders.iso8601(since1904: $0.modified) }
        let fragmented = try fragmentedDuration(children, movie?.timescale, source, &facts, options)
        facts.duration = movie?.seconds ?? tracks.compactMap(\.seconds).max() ?? fragmented
        let video = tracks.first { $0.handler == "vide" && $0.size != nil }
            ?? tracks.first { $0.handler == nil && ($0.size?.width ?? 0) > 0 }
        if let size = video?.size, size.width > 0, size.height > 0 {
            facts.width = size.width
            facts.height = size.height
        }
        facts.orientation = video?.orientation
    }

    /// What one "trak" says: its handler, presentation size and own duration.
    struct Track {
        var handler: String?
        var size: (width: Int, height: Int)?
        var orientation: Int?
        var seconds: Double?
    }

    private func track(
        _ trak: ISOBox, _ source: any ByteSource, _ facts: inout FileFacts, _ options: ExtractionOptions
    ) throws(ExtractionFailure) -> Track {
        var result = Track()
        let boxes = try ISOBoxWalker.boxes(
            in: trak.content, of: source, inside: "trak", depth: 2, facts: &facts, options: options)
        if let tkhd = boxes.first(where: { $0.type == "tkhd" }) {
            let content = try header(tkhd, source, &facts)
            result.size = content.flatMap(MovieHeaders.trackSize)
            result.orientation = content.flatMap(MovieHeaders.orientation)
        }
        guard let mdia = boxes.first(where: { $0.type == "mdia" }) else { return result }
        let media = try ISOBoxWalker.boxes(
            in: mdia.content, of: source, inside: "mdia", depth: 3, facts: &facts, options: options)
        if let mdhd = media.first(where: { $0.type == "mdhd" }) {
            result.seconds = try header(mdhd, source, &facts).flatMap(MovieHeaders.timing)?.seconds
        }
        if let hdlr = media.first(where: { $0.type == "hdlr" }) {
            result.handler = try header(hdlr, source, &facts).flatMap(MovieHeaders.handler)
        }
        return result
    }

    /// A fragmented MP4 (mvhd and mdhd durations zero) may give its length in mvex/mehd, in mvhd units.
    private func fragmentedDuration(
        _ moov: [ISOBox], _ timescale: UInt32?, _ source: any ByteSource, _ facts: inout FileFacts,
        _ options: ExtractionOptions
    ) throws(ExtractionFailure) -> Double? {
        guard let timescale, timescale > 0, let mvex = moov.first(where: { $0.type == "mvex" }) else { return nil }
        let boxes = try ISOBoxWalker.boxes(in: mvex.content, of: source, inside: "mvex", depth: 2, facts: &facts, options: options)
        guard let mehd = boxes.first(where: { $0.type == "mehd" }), let content = try header(mehd, source, &facts),
            let version = content.u8(0), let duration = version == 1 ? content.u64(4) : content.u32(4).map(UInt64.init),
            duration > 0
        else { return nil }
        return Double(duration) / Double(timescale)
    }

    private func header(
        _ box: ISOBox, _ source: any ByteSource, _ facts: inout FileFacts
    ) throws(ExtractionFailure) -> MediaBytes? {
        try ISOBoxWalker.content(of: box, in: source, limit: Self.headerBoxLimit, facts: &facts)
    }
}
