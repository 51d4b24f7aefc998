import BuktiCore

/// One 128-byte entry of a compound file directory: a storage (folder), a stream, or the root.
struct DirectoryEntry: Sendable, Equatable {
    /// The object types [MS-CFB] 2.6.1 defines; anything else is an unallocated slot.
    enum ObjectType: UInt8, Sendable {
        case unallocated = 0
        case storage = 1
        case stream = 2
        case root = 5
    }

    static let length = 128
    /// "No sibling/child" in the red-black tree links.
    static let noStream: UInt32 = 0xFFFF_FFFF

    let id: Int
    let name: String
    let type: ObjectType
    let left: UInt32
    let right: UInt32
    let child: UInt32
    let startSector: UInt32
    let size: Int
    /// Slash-separated path from the root ("DataSpaces/Version"); set by the tree walk.
    var path: String = ""

    /// Parses entry `id` from its 128 bytes; version 3 files keep only the low 32 bits of the size
    /// (the high half is garbage in files some writers made).
    init(id: Int, bytes: ArraySlice<UInt8>, majorVersion: UInt16) {
        let raw = OLE2Bytes(Array(bytes))
        self.id = id
        let nameBytes = min(64, Int(raw.u16(0x40) ?? 0))
        name = String(ole2UTF16: raw.utf16(0, byteCount: nameBytes) ?? [])
        type = ObjectType(rawValue: raw.u8(0x42) ?? 0) ?? .unallocated
        left = raw.u32(0x44) ?? Self.noStream
        right = raw.u32(0x48) ?? Self.noStream
        child = raw.u32(0x4C) ?? Self.noStream
        startSector = raw.u32(0x74) ?? CompoundFile.endOfChain
        let fullSize = raw.u64(0x78) ?? 0
        let usable = majorVersion == 3 ? fullSize & 0xFFFF_FFFF : fullSize
        size = Int(clamping: usable)
    }
}

extension DirectoryEntry {
    /// Gives every entry reachable from the root its path, walking the sibling trees (left/right)
    /// and each storage's child tree; a link outside the directory or back to a visited entry is
    /// reported once and not followed, so a hostile tree cannot loop.
    static func assignPaths(
        _ entries: inout [DirectoryEntry], maxDepth: Int, problems: inout [Problem]
    ) {
        guard let root = entries.first, root.type == .root else {
            problems.append(Problem(.corrupt, "compound file directory has no root entry"))
            return
        }
        var visited = Set<Int>([0])
        var pending: [(id: UInt32, parent: String, depth: Int)] = [(root.child, "", 1)]
        var reported = false
        func report(_ message: String) {
            if !reported { problems.append(Problem(.corrupt, message)) }
            reported = true
        }
        while let (link, parent, depth) = pending.popLast() {
            if link == noStream { continue }
            let id = Int(link)
            guard id < entries.count else {
                report("compound file directory links to entry \(id) but has \(entries.count) entries")
                continue
            }
            guard visited.insert(id).inserted else {
                report("compound file directory tree loops back to entry \(id)")
                continue
            }
            let entry = entries[id]
            guard entry.type == .stream || entry.type == .storage else { continue }
            let path = parent.isEmpty ? entry.name : parent + "/" + entry.name
            entries[id].path = path
            pending.append((entry.left, parent, depth))
            pending.append((entry.right, parent, depth))
            if entry.type == .storage {
                if depth < maxDepth {
                    pending.append((entry.child, path, depth + 1))
                } else {
                    report("compound file storages nest deeper than \(maxDepth) levels")
                }
            }
        }
    }
}
