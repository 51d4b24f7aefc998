import BuktiCore

/// The 512-byte header of an [MS-CFB] compound file: its geometry and where the allocation tables
/// and the directory start.
struct CompoundFileHeader: Sendable, Equatable {
    static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    static let length = 512
    /// FAT sector ids held in the header itself; the rest live in the DIFAT sector chain.
    static let headerDIFATCount = 109
    /// Sector sizes each major version allows (as the power of two stored in the header).
    static let sectorShifts: [UInt16: Int] = [3: 9, 4: 12]
    static let miniSectorShift = 6
    static let miniStreamCutoff = 4096

    let majorVersion: UInt16
    let sectorSize: Int
    let miniSectorSize: Int
    let miniStreamCutoff: Int
    let fatSectorCount: Int
    let firstDirectorySector: UInt32
    let firstMiniFATSector: UInt32
    let miniFATSectorCount: Int
    let firstDIFATSector: UInt32
    let difatSectorCount: Int
    /// The first 109 FAT sector ids (unused slots hold FREESECT).
    let headerDIFAT: [UInt32]

    /// True when `prefix` starts with the compound file signature.
    static func matches(_ prefix: [UInt8]) -> Bool { prefix.starts(with: signature) }

    /// Parses and checks the header; any inconsistency is `corrupt` (or `unsupported` for an
    /// unknown version) because nothing after it can be located without it.
    init(_ raw: [UInt8]) throws(ExtractionFailure) {
        guard raw.count >= Self.length else {
            throw ExtractionFailure(
                .truncated, "file is \(raw.count) bytes, shorter than the 512-byte compound file header")
        }
        guard Self.matches(raw) else {
            throw ExtractionFailure(.corrupt, "compound file signature D0CF11E0 is missing")
        }
        let bytes = OLE2Bytes(raw)
        let field = { (offset: Int) -> UInt32 in bytes.u32(offset) ?? 0 }
        majorVersion = bytes.u16(0x1A) ?? 0
        guard bytes.u16(0x1C) == 0xFFFE else {
            throw ExtractionFailure(.corrupt, "compound file header has a wrong byte-order mark")
        }
        guard let expectedShift = Self.sectorShifts[majorVersion] else {
            throw ExtractionFailure(.unsupported, "compound file major version \(majorVersion) is not 3 or 4")
        }
        let shift = Int(bytes.u16(0x1E) ?? 0)
        guard shift == expectedShift else {
            throw ExtractionFailure(
                .corrupt, "compound file version \(majorVersion) header declares sector shift \(shift)")
        }
        let miniShift = Int(bytes.u16(0x20) ?? 0)
        guard miniShift == Self.miniSectorShift else {
            throw ExtractionFailure(.corrupt, "compound file header declares mini sector shift \(miniShift)")
        }
        let cutoff = Int(field(0x38))
        guard cutoff == Self.miniStreamCutoff else {
            throw ExtractionFailure(.corrupt, "compound file header declares mini stream cutoff \(cutoff)")
        }
        sectorSize = 1 << shift
        miniSectorSize = 1 << miniShift
        miniStreamCutoff = cutoff
        fatSectorCount = Int(field(0x2C))
        firstDirectorySector = field(0x30)
        firstMiniFATSector = field(0x3C)
        miniFATSectorCount = Int(field(0x40))
        firstDIFATSector = field(0x44)
        difatSectorCount = Int(field(0x48))
        headerDIFAT = (0..<Self.headerDIFATCount).map { field(0x4C + 4 * $0) }
    }
}
