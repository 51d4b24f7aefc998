import BuktiCore
@testable import BuktiFormats

/// Builds damaged variants of real fixtures by patching the structures a hostile file would
/// break, locating them through the reader itself.
enum OLE2Damage {
    static func patch32(_ bytes: inout [UInt8], at offset: Int, _ value: UInt32) {
        for i in 0..<4 { bytes[offset + i] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(i))) }
    }

    /// File offset of FAT entry `sector` (through the header's first FAT sector ids).
    static func fatEntryOffset(_ file: CompoundFile, sector: UInt32) -> Int {
        let perSector = file.sectorSize / 4
        let fatSector = file.header.headerDIFAT[Int(sector) / perSector]
        return (Int(fatSector) + 1) * file.sectorSize + (Int(sector) % perSector) * 4
    }

    /// File offset of directory entry `id` (through the directory chain).
    static func directoryEntryOffset(_ file: CompoundFile, id: Int) throws -> Int {
        let perSector = file.sectorSize / DirectoryEntry.length
        let chain = try CompoundFile.chain(
            from: file.header.firstDirectorySector, table: file.fat, bound: file.sectorCount,
            truncated: false, what: "directory", options: ExtractionOptions())
        return (Int(chain[id / perSector]) + 1) * file.sectorSize + (id % perSector) * DirectoryEntry.length
    }
}
