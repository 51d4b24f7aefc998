import Foundation

/// The official list of innovations (`--manifest`, CSV or XLSX): name, folder, OPD and tahapan per
/// row, under a header row whose names may be Indonesian or English in any case.
public struct Manifest: Sendable, Equatable {
    /// One innovation in the list.
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var folder: String?
        public var opd: String?
        public var tahapan: String?
        /// The 1-based row it came from (the header is row 1).
        public var row: Int
    }

    public var entries: [Entry] { didSet { index = Index(entries) } }
    /// The entries by normalised folder, name and name variant, built once: an audit looks up every
    /// folder, and scanning (and normalising) the whole list each time grew with files × innovations.
    private var index = Index([])

    /// Positions in `entries` by the keys `entry(folderName:relativePath:)` matches on (first row wins).
    struct Index: Sendable, Equatable {
        var byFolder: [String: Int] = [:]
        var byName: [String: Int] = [:]
        var byVariant: [String: Int] = [:]

        init(_ entries: [Entry]) {
            for (position, entry) in entries.enumerated() {
                if let folder = entry.folder {
                    let key = InnovationNames.normalize(folder)
                    byFolder[key] = byFolder[key] ?? position
                    continue
                }
                let name = InnovationNames.normalize(entry.name)
                byName[name] = byName[name] ?? position
                for variant in InnovationNames([entry.name]).variants {
                    byVariant[variant] = byVariant[variant] ?? position
                }
            }
        }
    }

    /// Header spellings (normalised) for each column.
    static let headers: [(column: String, names: Set<String>)] = [
        ("name", ["nama inovasi", "nama", "inovasi", "name", "innovation", "innovation name", "nama inovasi daerah"]),
        ("folder", ["folder", "map", "direktori", "directory", "path", "lokasi folder"]),
        ("opd", ["opd", "perangkat daerah", "skpd", "unit", "instansi", "agency"]),
        ("tahapan", ["tahapan", "tahap", "tahapan inovasi", "stage"]),
    ]

    /// Reads the rows of a table whose first row is the header.
    public init(rows: [[String]]) throws(ManifestError) {
        guard let header = rows.first else { throw .noHeader }
        var columns: [String: Int] = [:]
        for (index, cell) in header.enumerated() {
            let key = InnovationNames.normalize(cell)
            if let column = Self.headers.first(where: { $0.names.contains(key) })?.column, columns[column] == nil {
                columns[column] = index
            }
        }
        guard columns["name"] != nil || columns["folder"] != nil else {
            throw .noNameColumn(found: header.map { $0.trimmingCharacters(in: .whitespaces) })
        }
        func cell(_ row: [String], _ column: String) -> String? {
            guard let index = columns[column], index < row.count else { return nil }
            let value = row[index].trimmingCharacters(in: .whitespacesAndNewlines)
            return value.isEmpty ? nil : value
        }
        let entries: [Entry] = rows.enumerated().dropFirst().compactMap { offset, row in
            guard let name = cell(row, "name") ?? cell(row, "folder") else { return nil }
            return Entry(name: name, folder: cell(row, "folder"), opd: cell(row, "opd"), tahapan: cell(row, "tahapan"),
                         row: offset + 1)
        }
        self.entries = entries
        index = Index(entries)
    }

    /// Reads a CSV manifest (RFC 4180; `;` accepted as the separator when the header uses it, as
    /// Indonesian-locale spreadsheets write).
    public init(csv text: String) throws(ManifestError) {
        try self.init(rows: CSV.rows(text))
    }

    /// The entry for an innovation folder: by its folder column (the folder name or its path under the
    /// root), else by name or acronym, accent- and case-insensitive.
    public func entry(folderName: String, relativePath: String) -> Entry? {
        let name = InnovationNames.normalize(folderName), path = InnovationNames.normalize(relativePath)
        // The first row whose folder column is the folder's name or path; else the first row without a
        // folder column whose name, or one of its variants, is one of the folder's.
        if let position = [index.byFolder[name], index.byFolder[path]].compactMap({ $0 }).min() {
            return entries[position]
        }
        let byName = [index.byName[name]] + InnovationNames([folderName]).variants.map { index.byVariant[$0] }
        return byName.compactMap { $0 }.min().map { entries[$0] }
    }
}

/// Why a manifest cannot be used.
public enum ManifestError: Error, Equatable, Sendable {
    case noHeader
    case noNameColumn(found: [String])
    case unreadable(String)

    public var message: String {
        switch self {
        case .noHeader: "the manifest is empty (expected a header row: nama inovasi, folder, opd, tahapan)"
        case .noNameColumn(let found):
            "no 'nama inovasi' (name) or 'folder' column in the header row (found: \(found.joined(separator: ", ")))"
        case .unreadable(let reason): reason
        }
    }
}

/// RFC 4180 CSV: quoted fields with doubled quotes, CRLF or LF line ends, a byte-order mark ignored.
enum CSV {
    static func rows(_ text: String) -> [[String]] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let separator = separatorOf(scalars)
        var rows: [[String]] = [], row: [String] = [], field = String.UnicodeScalarView()
        var quoted = false, index = 0
        func endField() { row.append(String(field)); field = String.UnicodeScalarView() }
        func endRow() {
            endField()
            if !(row.count == 1 && row[0].isEmpty) { rows.append(row) }
            row = []
        }
        while index < scalars.count {
            let c = scalars[index]
            index += 1
            if quoted {
                if c == "\"" {
                    if index < scalars.count, scalars[index] == "\"" { field.append("\""); index += 1 } else { quoted = false }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == separator {
                endField()
            } else if c == "\r" || c == "\n" {
                if c == "\r", index < scalars.count, scalars[index] == "\n" { index += 1 }
                endRow()
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { endRow() }
        return rows
    }

    /// `;` when the first line has more semicolons than commas outside quotes, else `,`.
    static func separatorOf(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var commas = 0, semicolons = 0, quoted = false
        for c in scalars {
            if c == "\"" { quoted.toggle() }
            if quoted { continue }
            if c == "\n" || c == "\r" { break }
            if c == "," { commas += 1 }
            if c == ";" { semicolons += 1 }
        }
        return semicolons > commas ? ";" : ","
    }
}
