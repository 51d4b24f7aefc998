import Foundation

/// Where bukti keeps what outlives one run (facts cache, run history, lock): decided once, here, for
/// every command, so `audit`, `history` and `diff` always look in the same place.
public enum CacheDirectory {
    /// `--cache DIR` when given, else `$XDG_CACHE_HOME/bukti` (an absolute XDG path only, as the XDG
    /// base directory spec asks), else `~/.cache/bukti` (`$HOME`, or the account's home folder).
    public static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let option, !option.isEmpty { return option }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return join(xdg, "bukti") }
        let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSHomeDirectory()
        return join(join(home, ".cache"), "bukti")
    }

    /// Creates `path` (and its parents) when missing, readable by its owner only.
    public static func ensure(_ path: String) throws {
        try FileManager.default.createDirectory(
            atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    static func join(_ base: String, _ name: String) -> String { base.hasSuffix("/") ? base + name : base + "/" + name }
}
