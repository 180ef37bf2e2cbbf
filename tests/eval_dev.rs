//! The quality bar of issue 4: on the shared development corpus the engine
//! reaches F1 ≥ 0.90 for the claim group and for the actor group.

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
