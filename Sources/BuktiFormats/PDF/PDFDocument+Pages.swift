import BuktiCore

extension PDFDocument {
    /// Page attributes a page takes from its nearest ancestor that has them (ISO 32000-1 §7.7.3.4).
    static let inheritedKeys = ["Resources", "MediaBox", "CropBox", "Rotate"]

    /// The root of the page tree.
    var pageTreeRoot: PDFDictionary? { resolve(catalog["Pages"] ?? .null).dictionary }

    /// The number of pages: the root's /Count when its kids agree with it, otherwise the leaves counted
    /// (with cycle detection and a node cap). Nil when the catalog has no page tree.
    public var pageCount: Int? {
        guard let root = pageTreeRoot else {
            if canDecrypt && hasCatalog { report(.corrupt, "catalog has no page tree") }
            return nil
        }
        let declared = root["Count"].flatMap { resolve($0).integer }
        if let declared, declared >= 0, kidsTotal(of: root) == declared { return declared }
        var leaves = 0
        let complete = walkPages(limit: Int.max) { _ in leaves += 1 }
        if !complete, let declared, declared >= 0 { return declared }
        if let declared {
            report(.repaired, "page tree /Count \(declared) does not match its \(leaves) pages; pages counted")
        }
        return leaves
    }

    /// The sum of the root's kids: 1 per page, /Count per intermediate node; nil when a kid is unreadable.
    func kidsTotal(of root: PDFDictionary) -> Int? {
        guard let kids = resolve(root["Kids"] ?? .null).array, kids.count <= maxPageTreeNodes else { return nil }
        var total = 0
        for kid in kids {
            guard let node = resolve(kid).dictionary else { return nil }
            if isPageTreeNode(node) {
                guard let count = node["Count"].flatMap({ resolve($0).integer }), count >= 0 else { return nil }
                total += count
            } else {
                total += 1
            }
        }
        return total
    }

    /// True for an intermediate node (/Type /Pages, or untyped with /Kids).
    func isPageTreeNode(_ node: PDFDictionary) -> Bool {
        node.type == "Pages" || (node.type != "Page" && node["Kids"] != nil)
    }

    /// The first `limit` pages in document order, inherited attributes filled in.
    public func pages(limit: Int) -> [PDFPage] {
        var pages: [PDFPage] = []
        _ = walkPages(limit: limit) { pages.append($0) }
        return pages
    }

    /// Visits leaves in order until `limit` of them; false when the walk stopped at the node cap or the
    /// deadline rather than at the end of the tree or the limit.
    @discardableResult
    func walkPages(limit: Int, _ visit: (PDFPage) -> Void) -> Bool {
        guard limit > 0, let rootObject = catalog["Pages"] else { return true }
        // Depth-first with an explicit stack (reversed kids) so a deep tree cannot exhaust the call stack.
        var stack: [(object: PDFObject, inherited: PDFDictionary, depth: Int)] = [(rootObject, PDFDictionary(), 0)]
        var seen = Set<Int>()
        var nodes = 0
        var leaves = 0
        var cut = false
        while let (object, inherited, depth) = stack.popLast() {
            if options.deadline.hasPassed {
                report(.limitExceeded, "time budget ran out while walking the page tree")
                return false
            }
            if let reference = object.reference {
                guard seen.insert(reference.number).inserted else {
                    report(.corrupt, "page tree contains a cycle at \(reference)")
                    continue
                }
            }
            nodes += 1
            if nodes > maxPageTreeNodes {
                report(.limitExceeded, "page tree has more than \(maxPageTreeNodes) nodes")
                return false
            }
            guard let node = resolve(object).dictionary else { continue }
            var attributes = inherited
            for key in Self.inheritedKeys { if let value = node[key] { attributes[key] = value } }
            if isPageTreeNode(node) {
                guard depth < options.maxNestingDepth else {
                    report(.limitExceeded, "page tree is nested deeper than \(options.maxNestingDepth) levels")
                    continue
                }
                // Never queue more kids than the node cap could still visit.
                let room = max(0, maxPageTreeNodes - nodes - stack.count)
                let allKids = resolve(node["Kids"] ?? .null).array ?? []
                if allKids.count > room {
                    cut = true
                    report(.limitExceeded, "page tree has more than \(maxPageTreeNodes) nodes")
                }
                for kid in allKids.prefix(room).reversed() { stack.append((kid, attributes, depth + 1)) }
                continue
            }
            var page = node
            for key in Self.inheritedKeys where page[key] == nil { page[key] = attributes[key] }
            let resources = resolve(page["Resources"] ?? .null).dictionary
            visit(PDFPage(dictionary: page, resources: resources))
            leaves += 1
            if leaves >= limit { return true }
        }
        return !cut
    }
}
