import Foundation
import Testing

/// The command line itself: help, version, and usage errors (one line, exit status 2, nothing on stdout).
@Suite struct CommandLineTests {
    @Test(arguments: [["--help"], ["-h"], ["help"], []])
    func topLevelHelpListsCommands(_ arguments: [String]) throws {
        let result = try BuktiProcess.run(arguments)
        #expect(result.status == 0)
        #expect(result.out.contains("USAGE: bukti <subcommand>"))
        #expect(result.out.contains("inspect"))
        #expect(result.err.isEmpty)
    }

    @Test func versionIsPrinted() throws {
        let result = try BuktiProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.out == "bukti 0.1.0\n")
    }

    @Test func commandHelpIsTheSameEveryWayItIsAskedFor() throws {
        let viaHelp = try BuktiProcess.run(["help", "inspect"])
        let viaFlag = try BuktiProcess.run(["inspect", "--help"])
        let viaShort = try BuktiProcess.run(["inspect", "-h", "--frmat"])
        #expect(viaHelp.status == 0 && viaFlag.status == 0 && viaShort.status == 0)
        #expect(viaHelp.out == viaFlag.out)
        #expect(viaHelp.out == viaShort.out)
        for flag in ["--format <format>", "--hash", "--text-pages <n>", "--text-chars <n>", "--file-timeout <seconds>"] {
            #expect(viaHelp.out.contains(flag), "\(flag)")
        }
        #expect(viaHelp.out.contains("USAGE: bukti inspect"))
    }

    /// Each mistake and the one line bukti must print for it.
    static let mistakes: [([String], String, String)] = [
        (["inspect", "--frmat", "json", "."], "bukti: unknown option '--frmat' (did you mean '--format'?)", "inspect"),
        (["inspect", "--frmat=json", "."], "bukti: unknown option '--frmat' (did you mean '--format'?)", "inspect"),
        (["inspect", "-x", "."], "bukti: unknown option '-x'", "inspect"),
        (["inspect", "."  , "--format"], "bukti: missing value for '--format'", "inspect"),
        (["inspect", "--format", "xml", "."], "bukti: invalid value 'xml' for '--format' (expected text, json or jsonl)", "inspect"),
        (["inspect", "--text-pages=-1", "."], "bukti: invalid value '-1' for '--text-pages' (expected a whole number, 0 or more)", "inspect"),
        (["inspect", "--file-timeout", "0", "."], "bukti: invalid value '0' for '--file-timeout' (expected a number of seconds above 0)", "inspect"),
        (["inspect", "--hash=yes", "."], "bukti: option '--hash' does not take a value", "inspect"),
        (["inspect"], "bukti: missing <path> (give at least one file or folder)", "inspect"),
        (["inspect", "/no/such/folder"], "bukti: cannot inspect '/no/such/folder': no such file or folder", "inspect"),
        (["inspct", "."], "bukti: unknown command 'inspct' (did you mean 'inspect'?)", ""),
        (["--verison"], "bukti: unknown option '--verison' (did you mean '--version'?)", ""),
        (["help", "nope"], "bukti: unknown command 'nope'", ""),
    ]

    @Test(arguments: mistakes)
    func aMistakeIsOneLineAndExitStatusTwo(_ arguments: [String], _ message: String, _ command: String) throws {
        let result = try BuktiProcess.run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        let pointer = command.isEmpty ? "Run 'bukti --help' for usage." : "Run 'bukti \(command) --help' for usage."
        #expect(result.err == message + "\n" + pointer + "\n")
    }

    @Test func aMissingPathStopsBeforeAnyWork() throws {
        let folder = try TempFolder()
        try folder.write("a.txt")
        let result = try BuktiProcess.run(["inspect", "--format", "jsonl", folder.path, folder.path + "/missing"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
    }

    @Test func optionValuesMayBeJoinedOrSeparate() throws {
        let folder = try TempFolder()
        try folder.write("a.txt")
        let joined = try BuktiProcess.run(["inspect", "--format=jsonl", "--text-chars=10", folder.path])
        let separate = try BuktiProcess.run(["inspect", "--format", "jsonl", "--text-chars", "10", folder.path])
        #expect(joined.status == 0)
        #expect(joined.out == separate.out)
        #expect(joined.out.hasPrefix("{\"schemaVersion\":1,"))
    }

    @Test func doubleDashEndsOptions() throws {
        let folder = try TempFolder()
        try folder.write("--hash")
        let result = try BuktiProcess.run(["inspect", "--format", "jsonl", "--", "--hash"], in: folder.url)
        #expect(result.status == 0)
        let record = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
        #expect(record?["path"] as? String == "--hash")
        #expect(record?["sha256"] == nil)
    }
}

/// The CLI's own words follow `--lang`, then `BUKTI_LANG`, then Indonesian.
@Suite struct CLILanguageTests {
    @Test func indonesianIsTheDefaultForHelpAndMistakes() throws {
        let help = try BuktiProcess.run(["inspect", "--help"], environment: ["BUKTI_LANG": ""])
        #expect(help.out.hasPrefix("RINGKASAN: "))
        #expect(help.out.contains("PEMAKAIAN: bukti inspect"))
        #expect(help.out.contains("Berkas atau folder yang diperiksa."))
        let mistake = try BuktiProcess.run(["inspect", "--frmat", "json", "."], environment: ["BUKTI_LANG": ""])
        #expect(mistake.status == 2)
        #expect(mistake.err == "bukti: opsi '--frmat' tidak dikenal (maksud Anda '--format'?)\n"
            + "Jalankan 'bukti inspect --help' untuk melihat cara pemakaian.\n")
    }

    @Test func langOnTheCommandLineWinsOverTheEnvironment() throws {
        let english = try BuktiProcess.run(["inspect", "--lang=en", "--frmat"], environment: ["BUKTI_LANG": "id"])
        #expect(english.err.hasPrefix("bukti: unknown option '--frmat'"))
        let indonesian = try BuktiProcess.run(["--lang", "id", "--help"], environment: ["BUKTI_LANG": "en"])
        #expect(indonesian.out.hasPrefix("RINGKASAN: "))
        #expect(indonesian.status == 0)
    }

    @Test func inspectTextLabelsFollowTheLanguage() throws {
        let folder = try TempFolder()
        try folder.write(Array("catatan.txt".utf8), Array("halo\n".utf8))
        let result = try BuktiProcess.run(["inspect", folder.path], environment: ["BUKTI_LANG": ""])
        #expect(result.status == 0)
        #expect(result.out.contains("  jenis:"))
        #expect(result.out.hasSuffix("1 berkas, 0 bermasalah\n"))
    }
}
