import Foundation
import BuktiCore
#if canImport(Glibc)
import Glibc
#endif

/// A scratch folder for one test, built with raw-byte names through Glibc and removed afterwards.
final class TempTree {
    let root: FilePath

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/bukti-test-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw SystemError(code: errno, message: "mkdtemp failed")
        }
        root = FilePath(String(cString: made))
    }

    deinit {
        let remover = Process()
        remover.executableURL = URL(fileURLWithPath: "/bin/rm")
        remover.arguments = ["-rf", root.display]
        try? remover.run()
        remover.waitUntilExit()
    }

    /// The path of `relative` (raw bytes) inside the tree.
    func path(_ relative: [UInt8]) -> FilePath { root.appending(relative) }
    func path(_ relative: String) -> FilePath { path(Array(relative.utf8)) }

    /// Writes a file, making parent folders as needed.
    @discardableResult
    func file(_ relative: [UInt8], _ contents: [UInt8] = Array("x\n".utf8)) throws -> FilePath {
        let target = path(relative)
        try makeParents(of: relative)
        let fd = target.withCString { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        guard fd >= 0 else { throw SystemError(code: errno, message: "open \(target)") }
        defer { close(fd) }
        _ = contents.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        return target
    }

    @discardableResult
    func file(_ relative: String, _ contents: [UInt8] = Array("x\n".utf8)) throws -> FilePath {
        try file(Array(relative.utf8), contents)
    }

    @discardableResult
    func folder(_ relative: String) throws -> FilePath {
        try makeParents(of: Array(relative.utf8) + [0x2F, 0x78])
        return path(relative)
    }

    func symlink(_ relative: String, to target: String) throws {
        try makeParents(of: Array(relative.utf8))
        guard Glibc.symlink(target, path(relative).display) == 0 else {
            throw SystemError(code: errno, message: "symlink")
        }
    }

    func fifo(_ relative: String) throws {
        guard mkfifo(path(relative).display, 0o644) == 0 else { throw SystemError(code: errno, message: "mkfifo") }
    }

    private func makeParents(of relative: [UInt8]) throws {
        var partial: [UInt8] = []
        for component in relative.split(separator: 0x2F).dropLast() {
            if !partial.isEmpty { partial.append(0x2F) }
            partial += component
            let rc = path(partial).withCString { mkdir($0, 0o755) }
            if rc != 0 && errno != EEXIST { throw SystemError(code: errno, message: "mkdir") }
        }
    }
}
