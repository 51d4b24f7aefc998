import BuktiCore

/// Maps the OLE2 summary property set ([MS-OLEPS] 2.25.1, PIDSI_*) onto `FileFacts`.
enum SummaryInformation {
    static let streamName = "\u{5}SummaryInformation"

    /// PIDSI string properties and the fact each fills.
    static let strings: [(id: UInt32, field: WritableKeyPath<FileFacts, String?> & Sendable)] = [
        (2, \.title), (3, \.subject), (4, \.author), (5, \.keywords), (8, \.lastModifiedBy),
        (18, \.application),
    ]
    /// PIDSI FILETIME properties (create time, last saved time).
    static let dates: [(id: UInt32, field: WritableKeyPath<FileFacts, String?> & Sendable)] = [
        (12, \.created), (13, \.modified),
    ]
    /// PIDSI counts (page count, word count).
    static let counts: [(id: UInt32, field: WritableKeyPath<FileFacts, Int?> & Sendable)] = [
        (14, \.pages), (15, \.words),
    ]

    /// Fills `facts` from the summary stream of `file`, if there is one; damage becomes a problem.
    static func read(_ file: CompoundFile, into facts: inout FileFacts) {
        do throws(ExtractionFailure) {
            guard let bytes = try file.readStream(streamName) else { return }
            apply(try PropertySet(bytes, name: "SummaryInformation"), to: &facts)
        } catch {
            facts.problems.append(error.problem)
        }
    }

    /// Copies the properties `set` holds into `facts`.
    static func apply(_ set: PropertySet, to facts: inout FileFacts) {
        for (id, field) in strings { if let value = set.string(id) { facts[keyPath: field] = value } }
        for (id, field) in dates { if let value = set.date(id) { facts[keyPath: field] = value } }
        for (id, field) in counts { if let value = set.integer(id), value >= 0 { facts[keyPath: field] = value } }
    }
}
