// swift-tools-version:6.0
import PackageDescription

/// libFuzzer targets for bukti's own readers, a package nested in Fuzz/Harness (not Fuzz/, whose name would clash with a checkout named "fuzz") and kept out of the main package so that `swift build` and
/// `swift test` there never see them. Build with Scripts/fuzz.sh (it passes `-sanitize=fuzzer,address`
/// and `-DFUZZING`); a plain `swift build` here gives a replayer that runs the same targets on files.
let package = Package(
    name: "bukti-fuzz",
    dependencies: [.package(name: "bukti", path: "../..")],
    targets: [
        .executableTarget(
            name: "bukti-fuzz",
            dependencies: [.product(name: "BuktiLibraries", package: "bukti")],
            path: "Sources/BuktiFuzz",
            // libFuzzer brings its own main(): the Swift module must not emit one.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
    ]
)
