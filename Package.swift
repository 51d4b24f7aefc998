// swift-tools-version:6.0
import PackageDescription

/// bukti: audits folders of IID evidence documents. No Swift package dependencies;
/// C libraries come in through system library targets only.
let package = Package(
    name: "bukti",
    products: [
        .executable(name: "bukti", targets: ["bukti"]),
        // For the nested fuzzing package in Fuzz/ only (it depends on this one by path).
        .library(name: "BuktiLibraries", targets: ["BuktiCore", "BuktiFormats"]),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CLibZip", path: "Sources/CLibZip", pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"])]),
        .systemLibrary(
            name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(
            name: "CCrypto", path: "Sources/CCrypto", pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]),
        .systemLibrary(
            name: "CSQLite3", path: "Sources/CSQLite3", pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]),
        // Value types, walking, identification and the inspect pipeline: Foundation only.
        .target(name: "BuktiCore"),
        // Format readers: the only module that touches the C libraries.
        .target(
            name: "BuktiFormats",
            dependencies: ["BuktiCore", "CLibXML2", "CLibZip", "CZlib", "CCrypto", "CSQLite3"]),
        // Reports people open (HTML, XLSX, CSV, Markdown) rendered from a finished audit.
        .target(name: "BuktiReports", dependencies: ["BuktiCore", "BuktiFormats"]),
        // The command-line tool: argument parsing, rendering, exit statuses.
        .executableTarget(name: "bukti", dependencies: ["BuktiCore", "BuktiFormats", "BuktiReports"]),
        .testTarget(name: "BuktiCoreTests", dependencies: ["BuktiCore"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "BuktiFormatsTests", dependencies: ["BuktiFormats", "BuktiCore"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "BuktiReportsTests", dependencies: ["BuktiReports", "BuktiCore", "BuktiFormats"],
            exclude: ["Golden"]),
        .testTarget(name: "BuktiCLITests", dependencies: ["BuktiCore", "BuktiFormats", "BuktiReports", "bukti"], exclude: ["Golden"]),
    ]
)
