import Foundation
import Synchronization
import Testing
@testable import BuktiCore
#if canImport(Glibc)
import Glibc
#endif

/// Folders read ahead on worker threads: the same events in the same order as the walk on one thread,
/// several slow listings at once, bounded memory, and a prompt stop.
@Suite struct FileWalkerReadAheadTests {
    /// All events and the summary of one walk.
    func walk(_ roots: [FilePath], _ fs: WalkFileSystem, readAhead: Int) -> ([WalkEvent], WalkSummary) {
        var events: [WalkEvent] = []
        let summary = FileWalker(fileSystem: fs, readAhead: readAhead).walk(roots) { events.append($0) }
        return (events, summary)
    }

    /// A real tree: nested folders, names that sort differently by bytes than by locale, non-UTF-8 and
    /// NFD names, symlinks, a fifo, and enough folders to fill the read-ahead window several times.
    func oddTree() throws -> TempTree {
        let tree = try TempTree()
        for opd in 0..<6 {
            for innovation in 0..<5 {
                for folder in ["1. SK", "2. SOP", "b", "B", "a b"] {
                    try tree.file("OPD \(opd)/Inovasi \(innovation)/\(folder)/bukti \(opd)-\(innovation).pdf")
                }
                try tree.file("OPD \(opd)/Inovasi \(innovation)/ringkasan.txt")
            }
        }
        try tree.file(Array("SK ".utf8) + [0xE9, 0xFF] + Array("/isi.pdf".utf8))
        try tree.file(Array("Bale\u{301}/foto.jpg".utf8))
        try tree.file("line\nbreak/x.txt")
        try tree.file("deep/1/2/3/4/5/6/7/8/9/10/z.txt")
        try tree.folder("empty/also empty")
        try tree.folder("locked/inside")
        try tree.file("locked/secret.txt")
        try tree.file("broken/a.txt")
        try tree.file("stale/b.txt")
        try tree.symlink("loop", to: ".")
        try tree.symlink("OPD 0/link.pdf", to: "Inovasi 0/ringkasan.txt")
        try tree.fifo("pipe")
        return tree
    }

    /// The real file system, except that `locked` cannot be opened (EACCES), `broken` stops part-way (EIO) and
    /// `stale/b.txt` cannot be examined (ESTALE): as root, `chmod 000` would not stop a read.
    func failing(_ tree: TempTree) -> WalkFileSystem {
        var fs = WalkFileSystem.posix
        let broken = tree.path("broken"), locked = tree.path("locked"), stale = tree.path("stale/b.txt")
        fs.list = { path in
            if path == locked { return DirectoryListing(entries: [], failure: (.openFolder, SystemError(code: EACCES, message: "Permission denied"))) }
            var listing = WalkFileSystem.posix.list(path)
            if path == broken { listing.failure = (.readFolder, SystemError(code: EIO, message: "Input/output error")) }
            return listing
        }
        fs.status = { path in
            path == stale ? .failure(SystemError(code: ESTALE, message: "Stale file handle")) : WalkFileSystem.posix.status(path)
        }
        return fs
    }

    @Test(arguments: [2, 3, 8, 32])
    func readingAheadHandsOverExactlyTheSequentialEvents(readAhead: Int) throws {
        let tree = try oddTree()
        let fs = failing(tree)
        let roots = [tree.root, tree.path("OPD 1"), tree.path("missing"), tree.path("OPD 2/Inovasi 0/ringkasan.txt")]
        let (sequential, sequentialSummary) = walk(roots, fs, readAhead: 1)
        let (ahead, aheadSummary) = walk(roots, fs, readAhead: readAhead)
        #expect(ahead == sequential)
        #expect(aheadSummary == sequentialSummary)
        // The tree is what it was built to be, so the comparison is not between two empty walks.
        #expect(sequentialSummary.files == 6 * 5 * 6 + 5 + 1)  // innovation folders, 5 odd folders, one file root
        #expect(sequentialSummary.unreadable == 4)  // locked, broken, stale/b.txt, missing
        #expect(sequentialSummary.skipped[.revisited] == 1)  // OPD 1 given again
        #expect(sequentialSummary.skipped[.symlink] == 2)
        let failures = sequential.compactMap { if case .unreadable(let failure) = $0 { failure.error.code } else { nil } }
        #expect(failures == [EIO, EACCES, ESTALE, ENOENT])
    }

    @Test func slowListingsAreReadAtTheSameTime() {
        let share = SlowShare(folders: 40, filesPerFolder: 3, delay: 0.005)
        let (ahead, aheadSummary) = walk([FilePath("/share")], share.fileSystem, readAhead: 8)
        let mostAtOnce = share.mostAtOnce
        let (sequential, sequentialSummary) = walk([FilePath("/share")], share.fileSystem, readAhead: 1)
        #expect(mostAtOnce > 1)
        #expect(mostAtOnce <= 8)
        #expect(share.mostAtOnce == mostAtOnce)  // the walk on one thread never had two listings at once
        #expect(ahead == sequential)
        #expect(aheadSummary == sequentialSummary)
        #expect(aheadSummary.files == 40 * 3)
    }

    @Test func aBigFolderIsExaminedBySeveralWorkers() {
        let share = SlowShare(folders: 1, filesPerFolder: 1000, delay: 0, statDelay: 0.0005)
        let (ahead, aheadSummary) = walk([FilePath("/share")], share.fileSystem, readAhead: 4)
        let mostAtOnce = share.mostStatsAtOnce
        let (sequential, sequentialSummary) = walk([FilePath("/share")], share.fileSystem, readAhead: 1)
        #expect(mostAtOnce > 1)
        #expect(mostAtOnce <= 4)
        #expect(ahead == sequential)
        #expect(aheadSummary == sequentialSummary)
        #expect(aheadSummary.files == 1000)
    }

    @Test func foldersAreReadAheadOnlyWithinTheWindow() {
        let share = SlowShare(folders: 300, filesPerFolder: 1, delay: 0)
        var listedAtFirstFile = -1
        FileWalker(fileSystem: share.fileSystem, readAhead: 4).walk([FilePath("/share")]) { _ in
            guard listedAtFirstFile < 0 else { return }
            // Give the workers time to run as far ahead as they are allowed.
            usleep(200_000)
            listedAtFirstFile = share.listed
        }
        // The root, the folder being walked, and at most 4 × 4 folders ahead of it, not the 300.
        #expect(listedAtFirstFile > 2)
        #expect(listedAtFirstFile <= 2 + 16)
        #expect(share.listed == 301)
    }

    @Test func anInterruptedWalkDoesNotWaitForAFolderThatHangs() {
        let interruption = Interruption()
        let hang = DispatchSemaphore(value: 0), started = DispatchSemaphore(value: 0)
        let finished = Flag()
        let fs = WalkFileSystem(
            status: { path in .success(FileStatus(type: path.name == "a" ? .directory : .regular, inode: UInt64(path.bytes.count))) },
            statusFollowingLinks: { _ in .success(FileStatus(type: .directory)) },
            list: { path in
                if path.name == "a" {
                    started.signal()
                    _ = hang.wait(timeout: .now() + 5)
                    finished.set()
                }
                return DirectoryListing(entries: path.name == "root" ? [DirectoryEntry(name: Array("0.txt".utf8)), DirectoryEntry(name: [0x61])] : [])
            })
        var events: [WalkEvent] = []
        FileWalker(fileSystem: fs, interruption: interruption, readAhead: 2).walk([FilePath("/root")]) { event in
            events.append(event)
            // A worker is now stuck listing `a`; the stop comes while the walk waits for it.
            _ = started.wait(timeout: .now() + 5)
            DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { interruption.request() }
        }
        #expect(!finished.isSet)
        hang.signal()
        #expect(events == [.file(FilePath("/root/0.txt"), FileStatus(type: .regular, inode: 11))])
    }
}

/// An invented share: `/share` holds `folders` folders `d000`... each with `filesPerFolder` files. Each listing
/// takes `delay` seconds and each `lstat` `statDelay`; calls in flight are counted (the most at once), not timed.
final class SlowShare: Sendable {
    /// Listings in flight now, the most at once, and all started; the same for `lstat`. An NSLock rather than
    /// Synchronization's Mutex, whose futex ThreadSanitizer cannot see (it would report false races).
    final class Counts: @unchecked Sendable {
        private let lock = NSLock()
        private var listings = (inFlight: 0, most: 0, listed: 0)
        private var statuses = (inFlight: 0, most: 0)

        func listing<T>(_ body: (inout (inFlight: Int, most: Int, listed: Int)) -> T) -> T { lock.withLock { body(&listings) } }
        func status<T>(_ body: (inout (inFlight: Int, most: Int)) -> T) -> T { lock.withLock { body(&statuses) } }
    }

    private let counts: Counts
    let fileSystem: WalkFileSystem

    init(folders: Int, filesPerFolder: Int, delay: Double, statDelay: Double = 0) {
        let folderNames = (0..<folders).map { String(format: "d%03d", $0) }
        let fileNames = (0..<filesPerFolder).map { "f\($0).pdf" }
        var fs = WalkFileSystem(status: { _ in .failure(SystemError(code: ENOENT, message: "")) },
                                statusFollowingLinks: { _ in .failure(SystemError(code: ENOENT, message: "")) },
                                list: { _ in DirectoryListing(entries: []) })
        let counts = Counts()
        self.counts = counts
        fs.status = { path in
            counts.status { $0.inFlight += 1; $0.most = max($0.most, $0.inFlight) }
            if statDelay > 0 { usleep(UInt32(statDelay * 1_000_000)) }
            counts.status { $0.inFlight -= 1 }
            let isFolder = path.name == "share" || path.name.hasPrefix("d")
            // FNV-1a of the path: a distinct inode per folder, the same in every walk.
            let inode = path.bytes.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
            return .success(FileStatus(type: isFolder ? .directory : .regular, size: 1, inode: inode))
        }
        fs.statusFollowingLinks = fs.status
        fs.list = { path in
            counts.listing { $0.inFlight += 1; $0.most = max($0.most, $0.inFlight); $0.listed += 1 }
            if delay > 0 { usleep(UInt32(delay * 1_000_000)) }
            counts.listing { $0.inFlight -= 1 }
            let names = path.name == "share" ? folderNames.reversed() : fileNames
            return DirectoryListing(entries: names.map { DirectoryEntry(name: Array($0.utf8)) })
        }
        fileSystem = fs
    }

    /// The most listings that were in flight at the same time.
    var mostAtOnce: Int { counts.listing { $0.most } }
    /// The most `lstat` calls that were in flight at the same time.
    var mostStatsAtOnce: Int { counts.status { $0.most } }
    /// Listings started so far.
    var listed: Int { counts.listing { $0.listed } }
}

/// A flag set on one thread and read on another.
final class Flag: Sendable {
    private let value = Atomic<Bool>(false)
    func set() { value.store(true, ordering: .releasing) }
    var isSet: Bool { value.load(ordering: .acquiring) }
}
