import BuktiCore

/// Follows the cross-reference chain from `startxref` back through /Prev (incremental updates).
enum PDFXrefChain {
    /// How much of the file's end is searched for `startxref` and `%%EOF`: generous, because mailers and
    /// signing tools sometimes append junk after `%%EOF`.
    static let tailSize = 64 << 10

    /// The offset after the last `startxref` in the file's tail, or nil when there is none.
    static func startxref(in file: PDFFile) -> Int? {
        let start = max(0, file.size - tailSize)
        let tail = file.read(start, file.size - start)
        guard let at = lastIndex(of: Array("startxref".utf8), in: tail) else { return nil }
        var parser = PDFParser(bytes: tail, position: at + 9)
        if case .integer(let offset) = parser.nextToken(), offset >= 0 { return offset }
        return nil
    }

    /// The index of the last occurrence of `word` in `bytes`.
    static func lastIndex(of word: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= word.count else { return nil }
        var i = bytes.count - word.count
        while i >= 0 {
            if bytes[i] == word[0], PDFStreamBounds.matches(word, in: bytes, at: i) { return i }
            i -= 1
        }
        return nil
    }

    /// What following the chain gave: the merged sections, and why it stopped early if it did.
    struct Outcome {
        var xref = PDFXref()
        var sections = 0
        var damage: PDFXrefDamage?
        var chainLimitReached = false
        var cycle = false
    }

    /// Reads the section at `start` and every older one linked by /Prev, newest entries winning.
    /// Stops at a cycle, at `maxChainLength` sections, at the deadline, or at the first damaged section.
    static func load(from start: Int, file: PDFFile) -> Outcome {
        var outcome = Outcome()
        var visited = Set<Int>()
        var next: Int? = start
        while let offset = next {
            if visited.contains(offset) {
                outcome.cycle = true
                break
            }
            if outcome.sections >= file.options.maxChainLength {
                outcome.chainLimitReached = true
                break
            }
            if file.options.deadline.hasPassed {
                outcome.damage = PDFXrefDamage(offset: offset, reason: "time ran out")
                break
            }
            visited.insert(offset)
            do {
                let section = try readSection(at: offset, file: file)
                outcome.xref.mergeOlder(section)
                outcome.sections += 1
                next = section.trailer["Prev"]?.integer
            } catch {
                outcome.damage = error
                break
            }
        }
        return outcome
    }

    /// One section: a classic table (with its hybrid /XRefStm, whose entries replace the table's free
    /// placeholders) or an xref stream.
    static func readSection(at offset: Int, file: PDFFile) throws(PDFXrefDamage) -> PDFXrefSection {
        guard offset < file.size else { throw PDFXrefDamage(offset: offset, reason: "offset is past the end of the file") }
        guard PDFXrefTable.starts(at: offset, in: file) else { return try PDFXrefStream.read(at: offset, in: file) }
        var section = try PDFXrefTable.read(at: offset, in: file)
        if let streamOffset = section.trailer["XRefStm"]?.integer, streamOffset != offset,
            let hidden = try? PDFXrefStream.read(at: streamOffset, in: file)
        {
            for (number, entry) in hidden.entries where section.entries[number] == nil || section.entries[number] == .free {
                section.entries[number] = entry
            }
        }
        return section
    }
}
