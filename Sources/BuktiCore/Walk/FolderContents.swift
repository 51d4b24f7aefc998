/// One folder as the walk uses it: its entries in walk order (raw name bytes, `LC_ALL=C`), each with what
/// `lstat` said, read in one go so a worker thread can do it before the walk gets there.
struct FolderContents: Sendable {
    /// One entry: its full path, the type `readdir` gave, and its `lstat` result.
    struct Item: Sendable {
        var path: FilePath
        var type: EntryType?
        var status: Result<FileStatus, SystemError>
    }

    var items: [Item]
    /// Set when the folder could not be opened, or reading it stopped part-way.
    var failure: (step: WalkFailure.Step, error: SystemError)?

    /// What a walk that was asked to stop sees of a folder it no longer waits for.
    static let empty = FolderContents(items: [], failure: nil)

    /// Lists `path`, sorts the names and examines each entry; stops examining once `interruption` is requested
    /// (the walk then hands over nothing more anyway).
    static func read(_ path: FilePath, _ fileSystem: WalkFileSystem, _ interruption: Interruption?) -> FolderContents {
        let listing = fileSystem.list(path)
        let sorted = listing.entries.sorted { $0.name.lexicographicallyPrecedes($1.name) }
        var items: [Item] = []
        items.reserveCapacity(sorted.count)
        for entry in sorted {
            if interruption?.isRequested == true { break }
            let child = path.appending(entry.name)
            items.append(Item(path: child, type: entry.type, status: fileSystem.status(child)))
        }
        return FolderContents(items: items, failure: listing.failure)
    }

    /// The paths of the entries `lstat` found to be folders, in walk order: the folders the walk enters next.
    var subfolders: [FilePath] {
        items.compactMap { item in
            if case .success(let status) = item.status, status.type == .directory { item.path } else { nil }
        }
    }
}
