//! The outlet on the byline line near the top of an article (« La Lagune Économique |
//! COTONOU, 25 novembre 2026 | Par Sèna Dossou-Yovo », « Suivez notre direct — Provence Rivages
//! — Mis à jour le 23 novembre 2026 »): the line's parts stand between separators, and its first
//! part that is a name and no person's is the outlet, whatever its words (the dateline's town is
//! `classify::is_dateline`'s, the reporter `classify::byline`'s).
//!
//! (Written for size: the wasm build inlines at opt-level 2, so one plain loop, and each token's
//! text read through one call, `low`.)

use super::context::View;

/// Token `k` in lower case (one call site of the slicing for the whole module).
#[inline(never)]
fn low<'d>(v: &View<'d>, k: usize) -> &'d str {
    v.lower(k)
}

/// The outlet's name on the line `a..b` (a sentence: a line break ends one), if it is a byline's
/// line: among the first lines, with a year, « par » or "by" on it. The name: capitalised words
/// joined by connectors, apostrophes and numbers (« Courrier de l'Atlantique », « Vérif'Togo »,
/// « Kaz Info 974 »), two tokens at least unless an article opens them (« Le Monde »), and no first
/// name opening them; not a label in capitals (« VÉRIF' »), nor « Industrie & Services ».
#[inline(never)]
pub fn outlet(v: &View, a: usize, b: usize) -> Option<(usize, usize)> {
    let en = v.doc.lang == crate::model::Lang::En;
    if a >= b || v.info[a].sentence > 5 {
        return None;
    }
    let mut found = None;
    let mut byline = false;
    // The current part starts at `p`; `name`: its words so far may make a name.
    let (mut p, mut name) = (a, true);
    for k in a..=b {
        let w = if k < b { low(v, k) } else { "|" };
        // (A spaced hyphen is a token of its own.)
        if matches!(w, "|" | "–" | "—" | "·" | "-") {
            // « Le », « La », « L' » open an outlet's title and stay out of its span.
            // (An empty part, « | | » or a mark closing the line, has no first word.)
            let s = match if p < k { low(v, p) } else { "" } {
                "le" | "la" | "the" => p + 1,
                "l" => p + 2,
                _ => p,
            };
            // (A call kept out of line, `first_name`: the wasm build's size budget.)
            let first_name: fn(&View, usize) -> bool = super::classify::opens_with_first_name;
            // An English outlet opens the line ("The Namib Observer | Selma Shipanga |") or follows a
            // "by" ("Interview by Ann Lee · Sagarmatha Sport ·"; not a desk, "| Capitol Bureau |"):
            // other parts are reporters ("TechNairobi | Wanjiru Kamau |"), and a town is no outlet
            // ("New York | By Ann Lee | 2027").
            let placed = !en || p == a || byline && !v.listed(k - 1, &v.lex.org_heads);
            let town = en && v.gazetteer_exact(s, k).is_some();
            if found.is_none() && name && placed && s < k && v.cap(s) && !v.lowercase_word(k - 1) && (k - s >= 2 || s > p) && !town && !std::hint::black_box(first_name)(v, s) {
                found = Some((s, k));
            }
            (p, name) = (k + 1, true);
            continue;
        }
        byline |= w == "par" || w == "by" || w.len() == 4 && w.starts_with("20");
        // (English: no figures, "Published 3 May 2027 |", "· Issue 142 ·".)
        name &= v.cap(k) && !v.info[k].all_caps() && w != "par" && w != "by" || matches!(w, "'" | "l" | "la") || !en && w.bytes().all(|c| c.is_ascii_digit()) || v.listed(k, &v.lex.connectors);
    }
    found.filter(|_| byline)
}
