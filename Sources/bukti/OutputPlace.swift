#if canImport(Glibc)
import Glibc
#endif
import Foundation
import BuktiCore

/// Where `--output` may go: never inside the audited folder (bukti must not change the evidence).
enum OutputPlace {
    /// True when `output` resolves (symbolic links followed) to a place under `root`.
    static func isInside(_ output: String, root: FilePath) -> Bool {
        guard let rootReal = realPath(root.display) else { return false }
        let url = URL(fileURLWithPath: output)
        let parent = realPath(url.deletingLastPathComponent().path) ?? url.deletingLastPathComponent().standardized.path
        let full = parent.hasSuffix("/") ? parent + url.lastPathComponent : parent + "/" + url.lastPathComponent
        let base = rootReal.hasSuffix("/") ? rootReal : rootReal + "/"
        return full.hasPrefix(base) || full == rootReal
    }

    /// True when the folder `output` would be written in exists.
    static func folderExists(for output: String) -> Bool {
        var isFolder: ObjCBool = false
        let folder = URL(fileURLWithPath: output).deletingLastPathComponent().path
        return FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
