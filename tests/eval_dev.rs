//! The quality bar of issue 4: on the shared development corpus the engine
//! reaches F1 ≥ 0.90 for the claim group and for the actor group; and the
//! project's own gold sets do not regress.

use claimlens::{eval, gold, Group};

const BAR: f64 = 0.90;

#[test]
fn dev_corpus_meets_the_quality_bar() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev.jsonl");
    let content = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{path}: {e} (the shared corpus must sit beside the checkout)"));
    let docs = gold::parse(&content).expect("the dev corpus parses");
    let all = eval::evaluate(&docs).all();
    let (claim, actor) = (all.group(Group::Claim), all.group(Group::Actor));
    eprintln!("claim group F1 {:.3} (P {:.3} R {:.3})", claim.f1(), claim.precision(), claim.recall());
    eprintln!("actor group F1 {:.3} (P {:.3} R {:.3})", actor.f1(), actor.precision(), actor.recall());
    assert!(claim.f1() >= BAR, "claim group F1 {:.3} is below {BAR}", claim.f1());
    assert!(actor.f1() >= BAR, "actor group F1 {:.3} is below {BAR}", actor.f1());
}

/// The project's own gold sets (tests/corpus): none of them may fall more than
/// about two points of F1 below what the engine scored when the floor was set,
/// so a rule that helps one set and quietly costs another shows up here.
/// Floors: claim and actor group F1 measured 2026-11-26 (commit c358e56), minus
/// 0.02, rounded down. Raise a floor when a set's score rises for good.
const GOLD_SET_FLOORS: &[(&str, f64, f64)] = &[
    // (file under tests/corpus, claim-group floor, actor-group floor)
    ("heldout.jsonl", 0.97, 0.95),                  // measured 0.997 / 0.975
    ("blind-2026-11-25/blind.jsonl", 0.97, 0.96),   // measured 0.997 / 0.986
    ("blind2/blind2.jsonl", 0.95, 0.94),            // measured 0.978 / 0.961
    ("blind3/blind3.jsonl", 0.96, 0.95),            // measured 0.983 / 0.973
    ("blind4/blind4.jsonl", 0.94, 0.92),            // measured 0.961 / 0.946
    // blind5 joined on 2026-11-26 (session 7) at commit 5d24877 (0.905 / 0.853).
    ("blind5/blind5.jsonl", 0.92, 0.91),            // measured 0.942 / 0.935
    // blind8 joined on 2026-11-27 (session 9) at commit 2861105.
    ("blind8/blind8.jsonl", 0.92, 0.86),            // measured 0.949 / 0.888 (0.903 / 0.798 when it joined)
    // blind9 joined on 2026-11-27 (session 10) at commit d2e4d31, after a session as the unseen set.
    ("blind9/blind9.jsonl", 0.91, 0.85),            // measured 0.938 / 0.872 (0.891 / 0.800 first score)
    // blind10 joined on 2026-11-27 (session 11) at commit 9813e0e, after a session as the unseen set.
    ("blind10/blind10.jsonl", 0.83, 0.75),          // measured 0.858 / 0.774 (0.843 / 0.761 first score)
    // blind11 joined on 2026-11-27 (session 12) at commit fe376b9, after a session as the unseen set.
    ("blind11/blind11.jsonl", 0.87, 0.77),          // measured 0.901 / 0.800 (0.898 / 0.789 first score)
    // blind12 joined on 2026-11-27 (session 13) at commit 48decf1, after a session as the unseen set.
    ("blind12/blind12.jsonl", 0.89, 0.78),          // measured 0.921 / 0.813 (0.919 / 0.805 first score)
    // blind13 joined on 2026-11-27 (session 14) at commit 8351d26, after a session as the unseen set.
    ("blind13/blind13.jsonl", 0.88, 0.78),          // measured 0.908 / 0.815 (0.907 / 0.808 first score)
    // blind14 joined on 2026-11-27 (session 15) at commit 67fe46e, after a session as the unseen set.
    ("blind14/blind14.jsonl", 0.86, 0.78),          // measured 0.883 / 0.806 (0.884 / 0.797 first score)
    // blind15 joined on 2026-11-28 (session 16) at commit 30b8497, after a session as the unseen set.
    ("blind15/blind15.jsonl", 0.87, 0.79),          // measured 0.897 / 0.819 (0.894 / 0.808 first score)
    // blind16 joined on 2026-11-28 (session 17) at commit e9e63eb, after a session as the unseen set.
    ("blind16/blind16.jsonl", 0.88, 0.82),          // measured 0.902 / 0.846 (0.898 / 0.825 first score)
];

#[test]
fn project_gold_sets_stay_above_their_floors() {
    let mut failures = Vec::new();
    for &(file, claim_floor, actor_floor) in GOLD_SET_FLOORS {
        let path = format!("{}/tests/corpus/{file}", env!("CARGO_MANIFEST_DIR"));
        let content = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let docs = gold::parse(&content).unwrap_or_else(|e| panic!("{path}: {e}"));
        let all = eval::evaluate(&docs).all();
        let (claim, actor) = (all.group(Group::Claim).f1(), all.group(Group::Actor).f1());
        eprintln!("{file}: claim group F1 {claim:.3} (floor {claim_floor}), actor group F1 {actor:.3} (floor {actor_floor})");
        if claim < claim_floor {
            failures.push(format!("{file}: claim group F1 {claim:.3} < {claim_floor}"));
        }
        if actor < actor_floor {
            failures.push(format!("{file}: actor group F1 {actor:.3} < {actor_floor}"));
        }
    }
    assert!(failures.is_empty(), "gold sets below their floors:\n{}", failures.join("\n"));
}
