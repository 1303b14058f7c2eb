// swift-tools-version: 6.1
// oinp-guide: a terminal guide through Ontario's Express Entry route to permanent residence.
import PackageDescription

let package = Package(
    name: "oinp-guide",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "oinp-guide", targets: ["oinp-guide"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        // The C library, reached through a shim header (wide-character API, macro accessors).
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // Rules and content as data, compiled into the binary.
        .target(
            name: "GuideResources",
            path: "Resources",
            exclude: ["README.md"],
            resources: [
                .embedInCode("data"),
            ]
        ),
        // The shared domain: profile, dated rulebooks, journey, checklist, session store. No terminal code.
        .target(
            name: "GuideCore",
            dependencies: [
                "GuideResources",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // The front end as pure Swift: state, update, view into a screen buffer.
        .target(
            name: "GuideUI",
            dependencies: ["GuideCore"]
        ),
        // The only code that touches ncurses: start/stop the terminal, present a buffer, read keys.
        .target(
            name: "TerminalBackend",
            dependencies: ["CNcursesw", "GuideUI"]
        ),
        // The seeded random generator of the tests (not part of the program).
        .target(name: "SeededRandom"),
        .executableTarget(
            name: "oinp-guide",
            dependencies: [
                "GuideCore", "GuideUI", "TerminalBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "GuideCoreTests",
            dependencies: [
                "GuideCore", "SeededRandom",
                .product(name: "PropertyBased", package: "swift-property-based"),
                // Reads back the CSV we write, so quoting is checked by another parser than ours.
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ],
            exclude: ["Store/Fixtures"]
        ),
        .testTarget(
            name: "GuideUITests",
            dependencies: ["GuideUI", "GuideCore", "SeededRandom"],
            exclude: ["Goldens"]
        ),
        // The command line's own logic, in process (the executable's module, imported for testing).
        .testTarget(
            name: "CommandLineTests",
            dependencies: [
                "oinp-guide", "SeededRandom",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["GuideCore", "SeededRandom"]
        ),
    ]
)
