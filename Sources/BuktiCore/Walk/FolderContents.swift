/// One folder as the walk uses it: its entries in walk order (raw name bytes, `LC_ALL=C`), each with what
/// `lstat` said, read by worker threads before the walk gets there (`FolderExamination`).
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

    /// The paths of the entries `lstat` found to be folders, in walk order: the folders the walk enters next.
    var subfolders: [FilePath] {
        items.compactMap { item in
            if case .success(let status) = item.status, status.type == .directory { item.path } else { nil }
        }
    }
}
