import GuideCore

/// The screens' side of the navigation engine (`Navigator`, in GuideCore, which `--plain` uses too):
/// turns screens into journey pages and back. No navigation decision is made here.
enum Flow {
    static func page(_ screen: Screen) -> Navigator.Page? {
        switch screen {
        case .question(let id), .entry(let id, _, _): return .question(id)
        case .summary(let step): return .summary(step)
        default: return nil
        }
    }

    static func screen(_ page: Navigator.Page) -> Screen {
        switch page {
        case .question(let id): return .question(id: id)
        case .summary(let step): return .summary(step)
        }
    }

    /// The page after `screen` in the journey, into the next step; nil after step 4's summary.
    static func following(_ screen: Screen, _ profile: Profile) -> Screen? {
        page(screen).flatMap { Navigator.following($0, profile) }.map(Self.screen)
    }

    /// The page before `screen` in its step (nil before the first question).
    static func previous(before screen: Screen, _ profile: Profile) -> Screen? {
        page(screen).flatMap { Navigator.previous(before: $0, profile) }.map(Self.screen)
    }

    /// Where a step opens (see `Navigator.entryPage`).
    static func entryPage(_ step: Step, _ profile: Profile) -> Screen {
        screen(Navigator.entryPage(step, profile))
    }

    /// The saved position of a screen, and back.
    static func position(of screen: Screen, fallback: JourneyPosition) -> JourneyPosition {
        if case .resume = screen { return fallback }
        guard let page = page(screen) else { return JourneyPosition(step: fallback.step, questionID: nil) }
        return Navigator.position(of: page, fallback: fallback.step)
    }


    static func screen(for position: JourneyPosition, _ profile: Profile) -> Screen {
        Navigator.page(for: position, profile).map(screen) ?? .welcome
    }
}
