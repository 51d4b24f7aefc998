import BuktiCore

/// Parses pitm, iinf/infe, iloc and iprp/ipco/ipma into `HEIFItems`; every table is bounded by its
/// box's size and the options, and a short box leaves a problem and what was read so far.
enum HEIFItemParser {
    /// The most bytes read from one item table box.
    static let maxTableBytes = 4 << 20

    static func parse(
        meta: [ISOBox], source: any ByteSource, facts: inout FileFacts, options: ExtractionOptions
    ) throws(ExtractionFailure) -> HEIFItems {
        var items = HEIFItems()
        for box in meta {
            try options.deadline.check()
            switch box.type {
            case "pitm":
                guard let content = try table(box, source, &facts) else { continue }
                var cursor = BoxCursor(content)
                guard let (version, _) = cursor.fullBoxHeader() else { continue }
                items.primary = version == 0 ? cursor.u16().map(UInt32.init) : cursor.u32()
            case "iinf":
                guard let content = try table(box, source, &facts) else { continue }
                var cursor = BoxCursor(content)
                guard let (version, _) = cursor.fullBoxHeader(), (version == 0 ? cursor.u16().map(UInt32.init) : cursor.u32()) != nil
                else { continue }
                let entries = try ISOBoxWalker.boxes(
                    in: box.contentStart + cursor.position..<box.end, of: source, inside: "iinf", depth: 2,
                    facts: &facts, options: options)
                for infe in entries where infe.type == "infe" {
                    if let content = try table(infe, source, &facts) { itemInfo(content, into: &items) }
                }
            case "iloc":
                guard let content = try table(box, source, &facts) else { continue }
                if !locations(content, into: &items, options) {
                    facts.add(.corrupt, "'iloc' box at offset \(box.offset) is cut short")
                }
            case "iprp":
                let children = try ISOBoxWalker.boxes(
                    in: box.content, of: source, inside: "iprp", depth: 2, facts: &facts, options: options)
                if let ipco = children.first(where: { $0.type == "ipco" }) {
                    let properties = try ISOBoxWalker.boxes(
                        in: ipco.content, of: source, inside: "ipco", depth: 3, facts: &facts, options: options)
                    for property in properties {
                        // Only small properties are kept whole; others keep their slot with no content.
                        let small = ["ispe", "irot", "imir"].contains(property.type)
                        let content = small ? try table(property, source, &facts) : nil
                        items.properties.append((property.type, content ?? MediaBytes([])))
                    }
                }
                for ipma in children where ipma.type == "ipma" {
                    if let content = try table(ipma, source, &facts) { associations(content, into: &items) }
                }
            default:
                break
            }
        }
        return items
    }

    private static func table(_ box: ISOBox, _ source: any ByteSource, _ facts: inout FileFacts) throws(ExtractionFailure) -> MediaBytes? {
        try ISOBoxWalker.content(of: box, in: source, limit: maxTableBytes, facts: &facts)
    }

    /// infe version 2 and 3: id, protection index, item type (older versions carry no type).
    private static func itemInfo(_ content: MediaBytes, into items: inout HEIFItems) {
        var cursor = BoxCursor(content)
        guard let (version, _) = cursor.fullBoxHeader(), version >= 2 else { return }
        guard let id = version == 2 ? cursor.u16().map(UInt32.init) : cursor.u32(), cursor.u16() != nil,
            let type = cursor.fourCC()
        else { return }
        items.types[id] = type
    }

    /// iloc versions 0-2; false when the box ends before its declared items do.
    private static func locations(_ content: MediaBytes, into items: inout HEIFItems, _ options: ExtractionOptions) -> Bool {
        var cursor = BoxCursor(content)
        guard let (version, _) = cursor.fullBoxHeader(), version <= 2,
            let sizes = cursor.u8(), let moreSizes = cursor.u8() else { return false }
        let offsetSize = Int(sizes >> 4), lengthSize = Int(sizes & 0xF), baseSize = Int(moreSizes >> 4)
        let indexSize = version == 0 ? 0 : Int(moreSizes & 0xF)
        let valid: Set<Int> = [0, 4, 8]
        guard valid.contains(offsetSize), valid.contains(lengthSize), valid.contains(baseSize), valid.contains(indexSize),
            let count = version < 2 ? cursor.u16().map(UInt32.init) : cursor.u32()
        else { return false }
        for _ in 0..<min(Int(count), options.maxChainLength * 64) {
            guard let id = version < 2 ? cursor.u16().map(UInt32.init) : cursor.u32() else { return false }
            var method = 0
            if version >= 1 {
                guard let word = cursor.u16() else { return false }
                method = Int(word & 0xF)
            }
            guard cursor.u16() != nil, let base = cursor.uint(baseSize), let extentCount = cursor.u16() else { return false }
            // Extents of zero-width fields take no bytes, so a large count would spin without reading.
            if offsetSize + lengthSize + indexSize == 0 && extentCount > 1 { return false }
            var extents: [(offset: UInt64, length: UInt64)] = []
            for _ in 0..<extentCount {
                guard cursor.uint(indexSize) != nil, let offset = cursor.uint(offsetSize),
                    let length = cursor.uint(lengthSize) else { return false }
                extents.append((offset, length))
            }
            items.locations[id] = HEIFItems.Location(method: method, baseOffset: base, extents: extents)
        }
        return true
    }

    /// ipma: per item, property indexes of 7 bits (or 15 when flag 1 is set) after an "essential" bit.
    private static func associations(_ content: MediaBytes, into items: inout HEIFItems) {
        var cursor = BoxCursor(content)
        guard let (version, flags) = cursor.fullBoxHeader(), let count = cursor.u32() else { return }
        for _ in 0..<count {
            guard let id = version < 1 ? cursor.u16().map(UInt32.init) : cursor.u32(), let n = cursor.u8() else { return }
            for _ in 0..<n {
                let index: Int?
                if flags & 1 == 1 { index = cursor.u16().map { Int($0 & 0x7FFF) } } else { index = cursor.u8().map { Int($0 & 0x7F) } }
                guard let index else { return }
                items.associations[id, default: []].append(index)
            }
        }
    }
}
