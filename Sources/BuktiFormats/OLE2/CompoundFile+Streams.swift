import BuktiCore

extension CompoundFile {
    /// The sectors of the chain starting at `start`, in order. Stops at ENDOFCHAIN or once `needed`
    /// sectors are found; fails on a loop, on a sector outside `table` or the file (`bound`), or
    /// when the chain ends before `needed` sectors.
    static func chain(
        from start: UInt32, table: [UInt32], bound: Int, truncated: Bool, what: String,
        options: ExtractionOptions, needed: Int? = nil, space: String = "the file"
    ) throws(ExtractionFailure) -> [UInt32] {
        var sectors: [UInt32] = []
        var visited = Set<UInt32>()
        var next = start
        let limit = min(needed ?? bound, bound)
        while next != endOfChain, sectors.count < limit {
            if sectors.count & 1023 == 0 { try options.deadline.check() }
            guard next <= maxRegularSector else {
                throw ExtractionFailure(
                    .corrupt, "\(what) sector chain holds invalid sector id \(String(next, radix: 16))")
            }
            guard Int(next) < bound else {
                throw ExtractionFailure(
                    truncated ? .truncated : .corrupt,
                    "\(what) sector chain points to sector \(next), beyond the end of \(space) (\(bound) sectors)")
            }
            guard Int(next) < table.count else {
                throw ExtractionFailure(
                    .corrupt, "\(what) sector chain reaches sector \(next), which its allocation table does not cover")
            }
            guard visited.insert(next).inserted else {
                throw ExtractionFailure(.corrupt, "\(what) sector chain loops back to sector \(next)")
            }
            sectors.append(next)
            next = table[Int(next)]
        }
        if let needed, sectors.count < needed {
            if bound < needed && next != endOfChain {
                throw ExtractionFailure(
                    truncated ? .truncated : .corrupt,
                    "\(what) needs \(needed) sectors but \(space) holds only \(bound)")
            }
            throw ExtractionFailure(
                .corrupt, "\(what) sector chain ends after \(sectors.count) of \(needed) sectors")
        }
        return sectors
    }

    /// The bytes of whole sectors, read as few contiguous runs as the chain allows.
    static func readSectors(
        _ source: any ByteSource, _ sectors: [UInt32], sectorSize: Int
    ) throws(ExtractionFailure) -> [UInt8] {
        try readRuns(source, sectors.map { (offset: (Int($0) + 1) * sectorSize, count: sectorSize) })
    }

    /// Reads `ranges` in order, merging neighbours into one read each.
    static func readRuns(
        _ source: any ByteSource, _ ranges: [(offset: Int, count: Int)]
    ) throws(ExtractionFailure) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = 0
        while index < ranges.count {
            var run = ranges[index]
            index += 1
            while index < ranges.count, ranges[index].offset == run.offset + run.count {
                run.count += ranges[index].count
                index += 1
            }
            bytes.append(contentsOf: try read(source, at: run.offset, count: run.count))
        }
        return bytes
    }

    /// The first `limit` bytes of `entry` (all of it when smaller), from the mini stream when the
    /// stream is below the cutoff. Throws `truncated`/`corrupt` when its chain is damaged.
    func read(_ entry: DirectoryEntry, upTo limit: Int) throws(ExtractionFailure) -> [UInt8] {
        let wanted = min(entry.size, max(0, limit))
        guard wanted > 0 else { return [] }
        let what = "stream '\(entry.path)'"
        let ranges: [(offset: Int, count: Int)]
        if entry.size < header.miniStreamCutoff {
            let mini = header.miniSectorSize
            let miniCount = miniStreamSectors.count * sectorSize / mini
            let sectors = try Self.chain(
                from: entry.startSector, table: miniFAT, bound: miniCount, truncated: isTruncated,
                what: what, options: options, needed: (wanted + mini - 1) / mini, space: "the mini stream")
            ranges = sectors.map { sector in
                let offset = Int(sector) * mini
                let host = miniStreamSectors[offset / sectorSize]
                return ((Int(host) + 1) * sectorSize + offset % sectorSize, mini)
            }
        } else {
            let sectors = try Self.chain(
                from: entry.startSector, table: fat, bound: sectorCount, truncated: isTruncated,
                what: what, options: options, needed: (wanted + sectorSize - 1) / sectorSize)
            ranges = sectors.map { ((Int($0) + 1) * sectorSize, sectorSize) }
        }
        var bytes = try Self.readRuns(source, ranges)
        guard bytes.count >= wanted else {
            throw ExtractionFailure(
                .truncated, "\(what) is cut short: \(bytes.count) of \(wanted) bytes are in the file")
        }
        bytes.removeLast(bytes.count - wanted)
        return bytes
    }

    /// The whole stream at `path` when it is no larger than `options.maxInflatedBytes`; nil when
    /// there is no such stream. A larger stream is `limit-exceeded`.
    func readStream(_ path: String) throws(ExtractionFailure) -> [UInt8]? {
        guard let entry = stream(path) else { return nil }
        guard entry.size <= options.maxInflatedBytes else {
            throw ExtractionFailure(
                .limitExceeded,
                "stream '\(entry.path)' is \(entry.size) bytes, over the \(options.maxInflatedBytes)-byte limit")
        }
        return try read(entry, upTo: entry.size)
    }
}
