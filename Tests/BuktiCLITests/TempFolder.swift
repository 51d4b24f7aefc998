import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A scratch folder whose files can have any byte names; removed when released.
final class TempFolder {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("bukti-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        let remover = Process()
        remover.executableURL = URL(fileURLWithPath: "/bin/rm")
        remover.arguments = ["-rf", url.path]
        try? remover.run()
        remover.waitUntilExit()
    }

    /// Raw bytes of `relative` joined under this folder.
    func bytes(_ relative: [UInt8]) -> [UInt8] { Array(path.utf8) + [0x2F] + relative }

    /// Writes a file whose relative name is raw bytes, creating parent folders.
    func write(_ relative: [UInt8], _ contents: [UInt8] = Array("isi\n".utf8)) throws {
        var parent: [UInt8] = []
        for component in relative.split(separator: 0x2F).dropLast() {
            parent += (parent.isEmpty ? [] : [0x2F]) + component
            var cPath = bytes(parent).map { CChar(bitPattern: $0) } + [0]
            _ = mkdir(&cPath, 0o755)
        }
        var cPath = bytes(relative).map { CChar(bitPattern: $0) } + [0]
        let fd = open(&cPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        _ = contents.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    func write(_ relative: String, _ contents: [UInt8] = Array("isi\n".utf8)) throws {
        try write(Array(relative.utf8), contents)
    }
}
