import Foundation
import GuideCore
@testable import GuideUI

extension ScreenFixtures {
    /// The screens whose 60x20 renders have goldens (the smallest size the guide draws, see
    /// AppState.minimumWidth/Height), named NAME60x20 after the fixture they resize.
    static let sixtyByTwentyNames = ["welcome", "welcomeInProgress", "questionError", "choice", "entryField", "noiDeadline",
                                     "summaryCriteria", "sessions", "checklist"]

    /// A long status: a save that failed, with the reason and what to do (wraps at both sizes).
    static let longStatus = "The answer was not saved: the session file in /home/ana/.local/share/oinp-guide is being written by another oinp-guide window. Close that window, then press Enter to save again."

    /// The 60x20 goldens, plus a long status and a long field error at both sizes.
    static func sized(_ base: [(String, AppState)]) -> [(String, AppState)] {
        let byName = Dictionary(base, uniquingKeysWith: { a, _ in a })
        var out: [(String, AppState)] = sixtyByTwentyNames.map { name in
            (name + "60x20", resized(byName[name]!, 60, 20))
        }
        // A required list left empty: the field error the guide really gives, longer than 60 columns.
        var empty = sampleProfile
        empty.languageTests = []
        var fieldError = at("languageTests", empty)
        press([.down, .enter], &fieldError)
        out.append(("listErrorLong60x20", resized(fieldError, 60, 20)))
        var status = byName["questionError"]!
        status.status = longStatus
        status.statusIsError = true
        out.append(("statusLong", status))
        out.append(("statusLong60x20", resized(status, 60, 20)))
        return out
    }

    static func resized(_ s: AppState, _ width: Int, _ height: Int) -> AppState {
        var r = s
        _ = Update.apply(.resize(width: width, height: height), to: &r)
        return r
    }
}
