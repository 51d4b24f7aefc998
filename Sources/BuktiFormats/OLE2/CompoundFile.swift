import BuktiCore

/// An [MS-CFB] compound file opened for reading: the header, the allocation tables (FAT and mini
/// FAT) and the directory are loaded up front (their size is bounded by the file's); stream bytes
/// are read on demand, sector run by sector run, through the `ByteSource`.
struct CompoundFile: Sendable {
    static let freeSector: UInt32 = 0xFFFF_FFFF
    static let endOfChain: UInt32 = 0xFFFF_FFFE
    static let maxRegularSector: UInt32 = 0xFFFF_FFFA
    /// Real files hold a few dozen entries (installer databases a few thousand).
    static let maxDirectoryEntries = 65_536

    let source: any ByteSource
    let header: CompoundFileHeader
    let options: ExtractionOptions
    var sectorSize: Int { header.sectorSize }
    /// Sectors present in the file after the header (a partial last sector counts).
    let sectorCount: Int
    /// True when the allocation table uses sectors beyond the end of the file (the file was cut).
    let isTruncated: Bool
    let fat: [UInt32]
    let miniFAT: [UInt32]
    /// Every directory entry by id; `path` is empty for entries the tree does not reach.
    let entries: [DirectoryEntry]
    /// The sectors of the mini stream (the root entry's chain), where small streams live.
    let miniStreamSectors: [UInt32]
    /// Damage met while opening that still left the file readable.
    private(set) var problems: [Problem] = []

    /// Opens `source`; throws when not even the header, FAT or directory can be read.
    init(_ source: any ByteSource, options: ExtractionOptions) throws(ExtractionFailure) {
        self.source = source
        self.options = options
        let header = try CompoundFileHeader(Self.read(source, at: 0, count: CompoundFileHeader.length))
        let size = header.sectorSize
        let sectorCount = max(0, (source.size - size + size - 1) / size)
        self.header = header
        self.sectorCount = sectorCount
        var problems: [Problem] = []

        let fatSectors = try Self.fatSectorIDs(source, header, sectorCount, options)
        // Only as many FAT sectors as it takes to describe the file's sectors are read: a header
        // listing more cannot make the table outgrow the file.
        let present = fatSectors.filter { Int($0) < sectorCount }.prefix(sectorCount / (size / 4) + 1)
        let fat = Self.entryTable(try Self.readSectors(source, Array(present), sectorSize: size))
        let lastUsed = fat.lastIndex { $0 != Self.freeSector } ?? -1
        // A cut file either loses sectors the FAT still allocates, or ends inside one in use.
        let missing = fatSectors.count { Int($0) >= sectorCount }
        let cutInside = (source.size - size) % size != 0 && lastUsed == sectorCount - 1
        let isTruncated = missing > 0 || lastUsed >= sectorCount || cutInside
        self.isTruncated = isTruncated
        if isTruncated {
            let detail =
                missing > 0 ? "\(missing) of its \(fatSectors.count) FAT sectors are missing"
                : cutInside ? "it ends partway through sector \(lastUsed), which is in use"
                : "its allocation table uses sectors up to \(lastUsed)"
            problems.append(Problem(.truncated, "compound file is cut short after \(sectorCount) sectors: " + detail))
        }
        self.fat = fat

        var directory = try Self.chain(
            from: header.firstDirectorySector, table: fat, bound: sectorCount, truncated: isTruncated,
            what: "directory", options: options)
        let directoryLimit = Self.maxDirectoryEntries * DirectoryEntry.length / size
        if directory.count > directoryLimit {
            problems.append(Problem(
                .limitExceeded, "compound file directory holds more than \(Self.maxDirectoryEntries) entries; the rest are ignored"))
            directory.removeLast(directory.count - directoryLimit)
        }
        let directoryBytes = try Self.readSectors(source, directory, sectorSize: size)
        var entries = stride(from: 0, to: directoryBytes.count - DirectoryEntry.length + 1,
                             by: DirectoryEntry.length).map {
            DirectoryEntry(id: $0 / DirectoryEntry.length,
                           bytes: directoryBytes[$0..<$0 + DirectoryEntry.length],
                           majorVersion: header.majorVersion)
        }
        guard let root = entries.first, root.type == .root else {
            throw ExtractionFailure(.corrupt, "compound file directory has no root entry")
        }
        DirectoryEntry.assignPaths(&entries, maxDepth: options.maxNestingDepth, problems: &problems)
        self.entries = entries

        var miniFAT: [UInt32] = []
        var miniStream: [UInt32] = []
        do throws(ExtractionFailure) {
            if header.miniFATSectorCount > 0 {
                let sectors = try Self.chain(
                    from: header.firstMiniFATSector, table: fat, bound: sectorCount,
                    truncated: isTruncated, what: "mini FAT", options: options)
                miniFAT = Self.entryTable(try Self.readSectors(source, sectors, sectorSize: size))
            }
            if root.size > 0 {
                miniStream = try Self.chain(
                    from: root.startSector, table: fat, bound: sectorCount, truncated: isTruncated,
                    what: "mini stream", options: options,
                    needed: (root.size + size - 1) / size)
            }
        } catch {
            problems.append(error.problem)
        }
        self.miniFAT = miniFAT
        miniStreamSectors = miniStream
        self.problems = problems
    }

    /// The stream at `path` ("WordDocument", "DataSpaces/Version"), compared case-insensitively
    /// as [MS-CFB] does.
    func stream(_ path: String) -> DirectoryEntry? {
        let wanted = path.uppercased()
        return entries.first { $0.type == .stream && !$0.path.isEmpty && $0.path.uppercased() == wanted }
    }

    /// Names of the streams and storages directly under the root.
    var rootNames: Set<String> {
        Set(entries.filter { !$0.path.isEmpty && !$0.path.contains("/") }.map(\.name))
    }

    /// The FAT sector ids: the header's 109, then those in the DIFAT sector chain.
    private static func fatSectorIDs(
        _ source: any ByteSource, _ header: CompoundFileHeader, _ sectorCount: Int,
        _ options: ExtractionOptions
    ) throws(ExtractionFailure) -> [UInt32] {
        let wanted = header.fatSectorCount
        var ids = Array(header.headerDIFAT.prefix(min(wanted, CompoundFileHeader.headerDIFATCount)))
        var next = header.firstDIFATSector
        var visited = Set<UInt32>()
        let perSector = header.sectorSize / 4 - 1
        while ids.count < wanted {
            try options.deadline.check()
            guard next <= maxRegularSector else {
                throw ExtractionFailure(
                    .corrupt, "DIFAT chain ends after \(ids.count) of \(wanted) FAT sectors")
            }
            guard Int(next) < sectorCount else {
                throw ExtractionFailure(
                    .truncated, "DIFAT sector \(next) lies beyond the end of the file (\(sectorCount) sectors)")
            }
            guard visited.insert(next).inserted else {
                throw ExtractionFailure(.corrupt, "DIFAT chain loops back to sector \(next)")
            }
            guard visited.count <= options.maxChainLength else {
                throw ExtractionFailure(
                    .limitExceeded, "DIFAT chain is longer than \(options.maxChainLength) sectors")
            }
            let table = entryTable(try read(source, at: (Int(next) + 1) * header.sectorSize,
                                            count: header.sectorSize))
            guard table.count == perSector + 1 else {
                throw ExtractionFailure(.truncated, "DIFAT sector \(next) is cut short by the end of the file")
            }
            ids.append(contentsOf: table.prefix(min(perSector, wanted - ids.count)))
            next = table[perSector]
        }
        if let bad = ids.first(where: { $0 > maxRegularSector }) {
            throw ExtractionFailure(.corrupt, "DIFAT lists invalid FAT sector id \(String(bad, radix: 16))")
        }
        return ids
    }

    /// Little-endian 32-bit entries (FAT, mini FAT and DIFAT sectors are arrays of these).
    static func entryTable(_ bytes: [UInt8]) -> [UInt32] {
        let raw = OLE2Bytes(bytes)
        return (0..<bytes.count / 4).map { raw.u32($0 * 4) ?? freeSector }
    }

    /// Bytes at `offset`, converting read errors into problems.
    static func read(_ source: any ByteSource, at offset: Int, count: Int) throws(ExtractionFailure) -> [UInt8] {
        do {
            return try source.read(at: offset, count: count)
        } catch {
            throw ExtractionFailure(.unreadable, error.description)
        }
    }
}
