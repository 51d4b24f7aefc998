import Foundation
import Testing
@testable import BuktiCore
#if canImport(Glibc)
import Glibc
#endif

@Suite struct FileWalkerTests {
    /// Walks and returns the events and summary.
    func walk(_ roots: [FilePath], _ fs: WalkFileSystem = .posix) -> ([WalkEvent], WalkSummary) {
        var events: [WalkEvent] = []
        let summary = FileWalker(fileSystem: fs).walk(roots) { events.append($0) }
        return (events, summary)
    }

    func files(_ events: [WalkEvent]) -> [FilePath] {
        events.compactMap { if case .file(let path, _) = $0 { path } else { nil } }
    }

    @Test func eachFolderIsSortedByRawBytesAndWalkedDepthFirst() throws {
        let tree = try TempTree()
        for name in ["b.txt", "a/2.txt", "a/10.txt", "B.txt", "a.txt", "c/d/e.txt"] { try tree.file(name) }
        let (events, summary) = walk([tree.root])
        let expected = ["B.txt", "a/10.txt", "a/2.txt", "a.txt", "b.txt", "c/d/e.txt"].map { tree.path($0) }
        #expect(files(events) == expected)
        #expect(summary.files == 6)
        #expect(summary.directories == 4)
        #expect(summary.totalSkipped == 0)
    }

    @Test func pathsAreReportedAsGiven() throws {
        let tree = try TempTree()
        try tree.file("sub/a.txt")
        let withSlash = FilePath(tree.root.display + "/sub/")
        let (events, _) = walk([withSlash, tree.path("sub/a.txt")])
        #expect(files(events).map(\.display) == [tree.root.display + "/sub/a.txt", tree.root.display + "/sub/a.txt"])
    }

    @Test func symlinksAreCountedAndNeverFollowed() throws {
        let tree = try TempTree()
        try tree.file("a.txt")
        try tree.symlink("loop", to: ".")
        try tree.symlink("up", to: "..")
        try tree.symlink("link.txt", to: "a.txt")
        let (events, summary) = walk([tree.root])
        #expect(files(events) == [tree.path("a.txt")])
        #expect(summary.skipped[.symlink] == 3)
    }

    @Test func aSymlinkGivenOnTheCommandLineIsFollowedButDoesNotLoop() throws {
        let tree = try TempTree()
        try tree.file("real/a.txt")
        try tree.symlink("real/back", to: "..")
        try tree.symlink("entry", to: "real")
        let (events, summary) = walk([tree.path("entry"), tree.path("real")])
        #expect(files(events) == [tree.path("entry/a.txt")])
        #expect(summary.skipped[.symlink] == 1)
        #expect(summary.skipped[.revisited] == 1)
    }

    @Test func fifoIsSkippedWithoutBlocking() throws {
        let tree = try TempTree()
        try tree.file("a.txt")
        try tree.fifo("pipe")
        let (events, summary) = walk([tree.root])
        #expect(files(events) == [tree.path("a.txt")])
        #expect(summary.skipped[.fifo] == 1)
    }

    @Test func nonUTF8AndNFDNamesKeepTheirBytes() throws {
        let tree = try TempTree()
        let latin1: [UInt8] = Array("SK ".utf8) + [0xE9, 0xFF] + Array(".pdf".utf8)
        let nfd = Array("Bale\u{301}.txt".utf8)
        try tree.file(latin1)
        try tree.file(nfd)
        let (events, _) = walk([tree.root])
        let walked = files(events)
        #expect(walked.map(\.bytes) == [tree.root.bytes + [0x2F] + nfd, tree.root.bytes + [0x2F] + latin1])
        #expect(!walked[1].isValidUTF8)
    }

    @Test func aFolderBeyondPathMaxIsReportedUnreadableAndTheWalkGoesOn() throws {
        let tree = try TempTree()
        try tree.file("z.txt")
        // Build a chain of folders whose full path exceeds PATH_MAX, using *at calls so no single call
        // needs the whole path. The walker addresses entries by path, so the deepest folder fails ENAMETOOLONG.
        let segment = String(repeating: "d", count: 250)
        var fd = tree.root.withCString { open($0, O_RDONLY | O_DIRECTORY) }
        #expect(fd >= 0)
        var depth = 0
        var length = tree.root.bytes.count
        while length <= Int(PATH_MAX) + 300 {
            #expect(mkdirat(fd, segment, 0o755) == 0)
            let next = openat(fd, segment, O_RDONLY | O_DIRECTORY)
            close(fd)
            fd = next
            depth += 1
            length += segment.count + 1
        }
        _ = openat(fd, "deep.txt", O_WRONLY | O_CREAT, 0o644)
        close(fd)
        let (events, summary) = walk([tree.root])
        let failures = events.compactMap { if case .unreadable(let failure) = $0 { failure } else { nil } }
        #expect(failures.count == 1)
        #expect(failures.first?.isDirectory == true)
        #expect(failures.first?.error.code == ENAMETOOLONG)
        #expect(failures.first?.message.hasPrefix("cannot examine path: file name too long") == true)
        #expect(files(events) == [tree.path("z.txt")])
        #expect(summary.unreadable == 1)
        #expect(depth > 10)
    }

    @Test func aFolderThatCannotBeOpenedBecomesOneFailureAndTheWalkGoesOn() throws {
        let tree = try TempTree()
        for name in ["a.txt", "locked/secret.txt", "z.txt"] { try tree.file(name) }
        var fs = WalkFileSystem.posix
        fs.list = { path in
            path.name == "locked"
                ? DirectoryListing(entries: [], failure: (.openFolder, SystemError(code: EACCES, message: "Permission denied")))
                : WalkFileSystem.posix.list(path)
        }
        let (events, summary) = walk([tree.root], fs)
        #expect(events.count == 3)
        #expect(events[1] == .unreadable(WalkFailure(
            path: tree.path("locked"), isDirectory: true, step: .openFolder,
            error: SystemError(code: EACCES, message: "Permission denied"))))
        if case .unreadable(let failure) = events[1] { #expect(failure.message == "cannot open folder: permission denied") }
        #expect(files(events) == [tree.path("a.txt"), tree.path("z.txt")])
        #expect(summary.unreadable == 1)
    }

    @Test func aFolderThatFailsPartWayKeepsTheNamesReadBeforeTheFailure() throws {
        let tree = try TempTree()
        for name in ["d/a.txt", "d/b.txt"] { try tree.file(name) }
        var fs = WalkFileSystem.posix
        fs.list = { path in
            guard path.name == "d" else { return WalkFileSystem.posix.list(path) }
            return DirectoryListing(
                entries: [DirectoryEntry(name: Array("b.txt".utf8), type: .regular)],
                failure: (.readFolder, SystemError(code: EIO, message: "Input/output error")))
        }
        let (events, _) = walk([tree.root], fs)
        #expect(events.count == 2)
        if case .unreadable(let failure) = events.first {
            #expect(failure.path == tree.path("d"))
            #expect(failure.message == "reading the folder stopped part-way: input/output error")
        } else {
            Issue.record("expected the folder failure first, got \(events)")
        }
        #expect(files(events) == [tree.path("d/b.txt")])
    }

    @Test func aMissingRootIsOneFailure() throws {
        let tree = try TempTree()
        let (events, _) = walk([tree.path("nope")])
        guard case .unreadable(let failure) = events.first else {
            Issue.record("expected a failure, got \(events)")
            return
        }
        #expect(failure.error.code == ENOENT)
        #expect(failure.step == .examine)
    }

    @Test func theVisitorCanStopTheWalk() throws {
        struct Stop: Error {}
        let tree = try TempTree()
        for name in ["a", "b", "c"] { try tree.file(name) }
        var seen = 0
        #expect(throws: Stop.self) {
            try FileWalker().walk([tree.root]) { _ in
                seen += 1
                if seen == 2 { throw Stop() }
            }
        }
        #expect(seen == 2)
    }
}
