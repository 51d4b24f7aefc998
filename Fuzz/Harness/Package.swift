// swift-tools-version:6.0
import PackageDescription

/// libFuzzer targets for bukti's own readers, in a package of their own so that the main package's
/// `swift build` and `swift test` never see them. It sits in Fuzz/Harness rather than Fuzz/ because
/// SwiftPM names a path package after its folder, and a checkout folder named "fuzz" would clash.
/// Build with Scripts/fuzz.sh (it passes `-sanitize=fuzzer,address` and `-DFUZZING`); a plain
/// `swift build` here gives a replayer that runs the same targets on files.
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
