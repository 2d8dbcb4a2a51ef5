#!/usr/bin/env python3
"""Build the reporting-cue lexicon (src/main/resources/org/quoteattribution/lang/en/cues.tsv)
from the gold cue annotations of PolNeAR train.

Only lemmas and counts leave this script; no article text is written anywhere.

Usage (from the repository root):
    python3 tools/build_cue_lexicon.py [TRAIN_JSONL] [--out PATH] [--dev DEV_JSONL]
                                       [--candidates N]

    TRAIN_JSONL   default ../shared/eval/polnear-train.jsonl (relative to the repo root)
    --out         default src/main/resources/org/quoteattribution/lang/en/cues.tsv
    --dev         optional: report coverage of the dev gold cues by the lexicon (stderr);
                  dev is never used to build the lexicon
    --candidates  print the N most frequent normalised gold cue heads (with precision)
                  to stdout instead of writing the lexicon; used to curate CLASSES below

Standard library only (no pip installs).
"""
import argparse
import collections
import json
import os
import re
import sys

# --------------------------------------------------------------------------------------
# Thresholds (documented in the TSV header)
# --------------------------------------------------------------------------------------
MIN_GOLD = 3            # a train-derived entry needs at least this many gold cues
MIN_PRECISION = 0.02    # ... and at least this share of its word-form tokens inside gold cues
MIN_PRECISION_OTHER = 0.10  # class "other" (non-reporting attitude/action verbs) needs more
BUILD_DATE = "2026-11-28"

CLASS_BASE = {"speech": 1.0, "report": 0.9, "belief": 0.7, "other": 0.5}
ADDED_MIN_WEIGHT = 0.5  # floor for hand-added speech verbs (rare in train, but unambiguous cues)


def weight_of(cls, precision, origin):
    """weight = class base * min(1, 0.2 + 2 * precision), rounded to 2 decimals, >= 0.05.

    A word form that is a gold cue in >= 40% of its train occurrences gets the full class
    base; an ambiguous one (e.g. 'show', 'call') gets a proportionally low weight.
    Hand-added speech verbs get at least ADDED_MIN_WEIGHT * class base.
    """
    w = CLASS_BASE[cls] * min(1.0, 0.2 + 2.0 * precision)
    if origin == "added":
        w = max(w, ADDED_MIN_WEIGHT * CLASS_BASE[cls])
    return max(0.05, round(w, 2))


# --------------------------------------------------------------------------------------
# Rule-based English lemmatiser (verbs and the few nouns we need)
# --------------------------------------------------------------------------------------
IRREGULAR = {
    # form: lemma
    "said": "say", "says": "say", "saying": "say",
    "told": "tell", "wrote": "write", "written": "write", "writ": "write",
    "thought": "think", "found": "find", "shown": "show", "knew": "know", "known": "know",
    "saw": "see", "seen": "see", "spoke": "speak", "spoken": "speak", "heard": "hear",
    "felt": "feel", "took": "take", "taken": "take", "gave": "give", "given": "give",
    "made": "make", "got": "get", "gotten": "get", "held": "hold", "brought": "bring",
    "went": "go", "gone": "go", "came": "come", "sought": "seek", "taught": "teach",
    "understood": "understand", "meant": "mean", "led": "lead", "left": "leave",
    "kept": "keep", "put": "put", "set": "set", "read": "read", "let": "let",
    "forecast": "forecast", "foresaw": "foresee", "foreseen": "foresee",
    "swore": "swear", "sworn": "swear", "struck": "strike", "stood": "stand",
    "began": "begin", "begun": "begin", "drew": "draw", "drawn": "draw",
    "threw": "throw", "thrown": "throw", "chose": "choose", "chosen": "choose",
    "won": "win", "lost": "lose", "sent": "send", "built": "build", "fought": "fight",
    "bought": "buy", "did": "do", "does": "do", "done": "do", "had": "have", "has": "have",
    "was": "be", "were": "be", "is": "be", "are": "be", "been": "be", "am": "be",
    "bet": "bet", "hit": "hit", "laid": "lay", "goes": "go", "going": "go", "quit": "quit", "withdrew": "withdraw",
    "undertook": "undertake", "overheard": "overhear", "foretold": "foretell",
    "retold": "retell", "rewrote": "rewrite", "wept": "weep", "dealt": "deal",
}
IRREGULAR_FORMS = collections.defaultdict(set)
for _f, _l in IRREGULAR.items():
    IRREGULAR_FORMS[_l].add(_f)

# nouns whose plural is the only inflection we care about (lemma -> forms)
NOUN_PLURAL_IRREG = {"analysis": "analyses", "hypothesis": "hypotheses", "criterion": "criteria"}

VOWELS = set("aeiou")


def _needs_e(stem):
    """Heuristic: should a stripped -ed/-ing stem get its silent 'e' back?"""
    if len(stem) < 2:
        return False
    if stem.endswith(("v", "z", "c", "u")):          # believ(e), emphasiz(e), announc(e), argu(e)
        return True
    if stem.endswith(("dg", "rg", "ng", "rs", "ps", "ls", "ns", "ks", "bl", "pl", "tl", "dl",
                      "gl", "kl", "fl", "cl", "at", "it", "ot", "ut", "ir", "ur", "ar", "ok",
                      "ak", "ik", "uk", "ar", "ib", "ag", "id", "ud", "od", "ad", "ud", "os",
                      "is", "us", "as", "im", "om", "um", "in", "un", "on", "ap", "ip", "op",
                      "ov", "iz", "yz", "ys", "as", "ez", "et", "ep", "es")):
        # a rough CVCe test: single vowel before final consonant, preceded by a consonant
        if len(stem) >= 3 and stem[-2] in VOWELS and stem[-3] not in VOWELS and stem[-1] not in "wxy":
            return True
        if stem.endswith(("dg", "rg", "ng", "rs", "ps", "ls", "ns", "ks", "bl", "pl", "tl",
                          "dl", "gl", "kl", "fl", "cl")) and not stem.endswith(("ng",)):
            return True
    return False


def lemmatise_verb(form, known=frozenset()):
    """Lemma of an (inflected) English verb form; `known` is a set of preferred lemmas."""
    w = form.lower().replace("’", "'")
    if w in IRREGULAR:
        return IRREGULAR[w]
    if w in known:
        return w
    cands = []
    if w.endswith("ies") and len(w) > 4:
        cands.append(w[:-3] + "y")
    if w.endswith("ied") and len(w) > 4:
        cands.append(w[:-3] + "y")
    if w.endswith("ying") and len(w) > 5:
        cands.append(w[:-3])
    if w.endswith(("ed", "ing")):
        stem = w[:-2] if w.endswith("ed") else w[:-3]
        cands += [stem + "e", stem]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
            cands.append(stem[:-1])                 # admitted -> admit
        if len(stem) > 2 and stem[-1] == stem[-2]:
            cands.append(stem[:-1])                 # controlled -> control
    if w.endswith("es") and len(w) > 3:
        cands += [w[:-2], w[:-1]]
    elif w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        cands.append(w[:-1])
    for c in cands:
        if c in known:
            return c
    # no known lemma: fall back to heuristics
    if w.endswith(("ies", "ied")) and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("ed") and len(w) > 4:
        stem = w[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
            return stem[:-1]
        return stem + "e" if _needs_e(stem) else stem
    if w.endswith("ing") and len(w) > 5:
        stem = w[:-3]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
            return stem[:-1]
        return stem + "e" if _needs_e(stem) else stem
    if w.endswith(("ches", "shes", "sses", "xes", "zes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


def verb_forms(lemma):
    """All inflected forms of a verb lemma (base, 3sg, past/participle, -ing)."""
    forms = {lemma} | IRREGULAR_FORMS.get(lemma, set())
    if lemma == "be":
        return forms
    # 3sg
    if lemma.endswith("y") and lemma[-2:-1] not in VOWELS:
        forms.add(lemma[:-1] + "ies")
    elif lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.add(lemma + "es")
    else:
        forms.add(lemma + "s")
    has_irregular_past = any(f for f in IRREGULAR_FORMS.get(lemma, ()) if not f.endswith(("s", "ing")))
    # past
    doubled = None
    if (len(lemma) >= 3 and lemma[-1] not in VOWELS | set("wxy") and lemma[-2] in VOWELS
            and lemma[-3] not in VOWELS and lemma in DOUBLING):
        doubled = lemma + lemma[-1]
    if not has_irregular_past:
        if lemma.endswith("e"):
            forms.add(lemma + "d")
        elif lemma.endswith("y") and lemma[-2:-1] not in VOWELS:
            forms.add(lemma[:-1] + "ied")
        elif doubled:
            forms.add(doubled + "ed")
        else:
            forms.add(lemma + "ed")
    # -ing
    if lemma.endswith("ie"):
        forms.add(lemma[:-2] + "ying")
    elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        forms.add(lemma[:-1] + "ing")
    elif doubled:
        forms.add(doubled + "ing")
    else:
        forms.add(lemma + "ing")
    return forms


# verbs that double their final consonant (admit -> admitted)
DOUBLING = {"admit", "commit", "submit", "omit", "permit", "regret", "plan", "stop", "bet",
            "vet", "quip", "slam", "rap", "jab", "nod", "rob", "tap", "chat", "beg", "plot",
            "blog", "stab", "prod", "snap", "rip", "sob", "zap", "prefer", "refer", "confer",
            "infer", "occur", "deter", "concur", "transfer", "allot", "equip", "compel",
            "propel", "rebut", "abet", "dub", "shrug", "tip", "hug", "flip", "grab", "drop"}


def noun_forms(lemma):
    forms = {lemma}
    if lemma in NOUN_PLURAL_IRREG:
        forms.add(NOUN_PLURAL_IRREG[lemma])
    elif lemma.endswith("y") and lemma[-2:-1] not in VOWELS:
        forms.add(lemma[:-1] + "ies")
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(lemma + "es")
    else:
        forms.add(lemma + "s")
    return forms


# --------------------------------------------------------------------------------------
# Hand curation: lemma -> (kind, class). Decided by hand per entry after looking at the
# --candidates output of train. Entries not listed here are never written.
# --------------------------------------------------------------------------------------
SPEECH, BELIEF, REPORT, OTHER = "speech", "belief", "report", "other"
CLASSES = {}  # (lemma, kind) -> class


def _c(kind, cls, words):
    for w in words.split(","):
        w = " ".join(w.split())
        if w:
            assert (w, kind) not in CLASSES, f"duplicate hand entry {w!r}/{kind}"
            CLASSES[(w, kind)] = cls


# speech acts: the source said/wrote something
_c("verb", SPEECH, """say, tell, add, note, emphasize, emphasise, highlight, stress, underscore,
   conclude, point out, point to, describe, claim, argue, warn, insist, deny, admit, announce,
   explain, acknowledge, state, reiterate, affirm, assert, remark, comment, observe, mention,
   confirm, write, tweet, retweet, post, ask, call, respond, reply, declare, accuse,
   criticize, criticise, urge, recall, promise, vow, pledge, predict, question, dismiss, blame,
   attack, blast, praise, cite, complain, tout, joke, boast, brag, testify, allege, contend,
   counter, retort, quip, lament, concede, proclaim, repeat, answer, refer to, talk about,
   talk, speak, speak about, speak out, speak of, discuss, demand, call for, call on, decline,
   defend, thank, apologize, apologise, congratulate, condemn, denounce, slam, rip, mock,
   chide, deride, lambast, decry, bemoan, hail, applaud, welcome, caution, advise, recommend,
   propose, assure, reassure, threaten, insinuate, imply, hint, elaborate, clarify, summarize,
   invoke, express, voice, echo, recount, inform, disclose, maintain, reaffirm, plead, shout,
   yell, chant, exclaim, wonder, muse, interject, speculate, rebuke, label, dub, portray,
   characterize, liken, vouch, assail, weigh in, lash out, push back, rail against,
   double down, lay out, spell out, outline, reference, challenge, dispute, reject, disagree,
   protest, request, remind, go on, quote, credit, attribute, opine, counsel,
   pronounce, scoff, sneer, fume, rant, gush, marvel, concur, contradict, correct, charge,
   signal, email, rule""")
# belief / attitude / intention of the source
_c("verb", BELIEF, """believe, think, expect, hope, fear, feel, want, know, worry, wish, doubt,
   suspect, assume, consider, see, view, regard, understand, realize, realise, recognize,
   recognise, imagine, suppose, trust, reckon, guess, figure, plan, intend, seek, prefer,
   like, love, hate, need, remember, envision, envisage, foresee, anticipate, aim, try, care,
   accept, deem, presume, sense, dread, fret""")
# report / evidence: a document, study, poll or record shows something
_c("verb", REPORT, """report, show, find, reveal, suggest, indicate, demonstrate, prove,
   estimate, project, document, detail, list, read, learn, discover, determine, reflect,
   expose, uncover, establish, illustrate, forecast, publish""")
# other attributed stances and acts (support, opposition, appearance): low weight
_c("verb", OTHER, """support, endorse, back, oppose, agree, seem, appear, offer, order, sign,
   nominate, name, push, press, focus, embrace, advocate, promote, champion, favor, favour,
   encourage, approve, adopt, celebrate, cheer, persuade, convince, refuse, decide, vote,
   defy, resist, sue, file, issue, release, deliver, present, paint, frame,
   cast, identify, compare, share, address, continue""")
# nouns that carry attribution ("in a statement", "his remarks", "the claim that")
_c("noun", SPEECH, """statement, remark, comment, claim, interview, speech, tweet, post, letter,
   email, announcement, testimony, argument, message, answer, response, reply, assertion,
   allegation, accusation, criticism, complaint, promise, pledge, vow, warning, explanation,
   admission, denial, declaration, suggestion, call, demand, plea, quote, address, op-ed,
   rhetoric, question, insistence""")
_c("noun", REPORT, """report, study, survey, poll, analysis, data, finding, estimate, research,
   investigation, review, document, filing, record, evidence, figure, projection, forecast,
   assessment, ruling, lawsuit, transcript, video, account, release, memo""")
_c("noun", BELIEF, """view, belief, opinion, position, stance, hope, fear, concern, worry,
   expectation, feeling, idea, impression, doubt, plan, goal, vision, desire, intention""")
_c("noun", OTHER, """support, opposition, endorsement, proposal, decision, advice, request""")
# multi-word non-verbal phrases (counted wherever they occur inside a gold cue)
_c("phrase", REPORT, """according to, as reported by, in a report, in the report""")
_c("phrase", SPEECH, """in a statement, in the statement, in an interview, in a tweet,
   in a letter, in an email, in a speech, in a post, in a video, in an op-ed, in remarks,
   quoted as saying, in a memo""")

# Required entries: present even if rare in train (origin "added" if the train evidence is
# below the thresholds).
REQUIRED = [(w.strip(), "verb") for w in """say, tell, add, note, emphasize, emphasise, highlight,
   stress, underscore, conclude, point out, point to, describe, claim, argue, warn, insist,
   deny, admit, announce, explain, acknowledge, state, reiterate, affirm, assert, remark,
   comment, observe, mention, confirm, write, tweet""".split(",")]
REQUIRED += [(w, "noun") for w in ("statement", "remark", "comment", "claim", "interview")]
REQUIRED += [(w, "phrase") for w in ("according to", "in a statement", "in an interview")]

# Verbs whose base / -s forms are mostly nouns in news text ("the state", "votes"): their
# precision is measured on the past, participle and -ing forms only.
NOUN_HOMOGRAPHS = set("""state campaign vote tweet post question support name comment claim
   report call attack charge rule order demand answer press sign voice remark address project
   list view plan look back fear hope need concern document count email promise pledge vow
   offer estimate joke credit focus challenge release issue protest dispute praise blame
   thank push slam blast rip reference echo record detail request label mock dub note quote
   cheer file present paint frame cast forecast favor favour champion advocate rebuke
   outline counter welcome doubt worry figure trust guess aim care sense dread plea
   interview respond reply""".split())

# Verb + particle/preposition pairs that form their own cue lemma ("point to"). Other
# verb + preposition sequences in a cue ("respond to", "warn of") are counted under the verb.
PARTICLE_VERBS = {
    ("point", "out"), ("point", "to"), ("call", "for"), ("call", "on"), ("refer", "to"),
    ("talk", "about"), ("speak", "about"), ("speak", "out"), ("speak", "of"), ("weigh", "in"),
    ("lash", "out"), ("push", "back"), ("rail", "against"), ("double", "down"),
    ("lay", "out"), ("spell", "out"), ("go", "on"),
}

# Function words and adverbs skipped at the start of a gold cue before the head word.
SKIP = set("""has have had having 've 's was were is are be been being am will would could can
   may might should must shall did do does not n't never also later then just again already
   still even once now previously repeatedly publicly recently further first initially
   often frequently openly privately quickly immediately finally eventually ultimately
   yet only who which that it he she they we i you this there and but or as so to
   don't doesn't didn't won't wouldn't couldn't can't cannot hasn't haven't hadn't isn't
   aren't wasn't weren't shouldn't it' it's that's he's she's who's they've i've we've
   ve ll d re m s t always usually soon long well almost most more less far""".split())
DETERMINERS = set("""a an the his her their its my our your this that these those whose""".split())

PHRASES_FIXED = sorted({w for (w, k) in CLASSES if k == "phrase"}, key=lambda p: -len(p.split()))

TOKEN_RE = re.compile(r"[a-z]+(?:[-'][a-z]+)*")


def tokens_with_offsets(text):
    low = text.lower().replace("’", "'").replace("‘", "'")
    return [(m.group(0), m.start(), m.end()) for m in TOKEN_RE.finditer(low)]


KNOWN = frozenset(w for (w, k) in CLASSES if k == "verb" and " " not in w) | frozenset(
    {"require", "file", "focus", "persuade", "credit", "retire", "hire", "fire", "devote",
     "title", "celebrate", "struggle", "ignore", "publish", "compare", "share", "introduce",
     "call", "see", "ask", "need", "use", "refuse", "agree", "vote", "seek", "cause", "issue",
     "lose", "raise", "release", "propose", "praise", "close", "pose", "argue", "continue",
     "value", "rule", "vote", "hope", "note", "quote", "vote", "state", "write", "recite",
     "cite", "invite", "debate", "indicate", "estimate", "speculate", "insinuate", "allude",
     "conclude", "include", "decline", "decide", "provide", "guide", "pride", "deride",
     "outline", "underline", "opine", "define", "imagine", "determine", "examine", "ignore",
     "declare", "compare", "prepare", "share", "care", "dare", "reassure", "assure", "ensure",
     "explore", "deplore", "implore", "restore", "score", "endorse", "use", "excuse",
     "refuse", "accuse", "muse", "amuse", "confuse", "praise", "surprise", "advise", "revise",
     "promise", "compromise", "criticize", "criticise", "characterize", "emphasize",
     "apologize", "recognize", "realize", "summarize", "organize", "believe", "relieve",
     "achieve", "perceive", "receive", "deceive", "conceive", "prove", "approve", "move",
     "remove", "solve", "resolve", "involve", "serve", "observe", "deserve", "preserve",
     "reserve", "sue", "argue", "continue", "pursue", "issue", "rescue", "value", "vote",
     "note", "quote", "devote", "promote", "denote", "wrote", "rate", "state", "debate",
     "create", "relate", "update", "date", "hate", "dictate", "reiterate", "narrate", "berate",
     "decline", "defame", "blame", "frame", "name", "shame", "claim", "come", "become",
     "welcome", "assume", "presume", "resume", "consume", "fume", "tune", "like", "strike",
     "joke", "invoke", "provoke", "smoke", "spoke", "announce", "pronounce", "denounce",
     "renounce", "bounce", "force", "enforce", "reinforce", "produce", "reduce", "introduce",
     "induce", "place", "replace", "embrace", "face", "trace", "convince", "evince",
     "acknowledge", "pledge", "allege", "judge", "nudge", "urge", "merge", "emerge", "charge",
     "challenge", "change", "arrange", "engage", "manage", "encourage", "rage", "gauge",
     "oblige", "describe", "subscribe", "ascribe", "prescribe", "tease", "please", "cease",
     "release", "increase", "decrease", "praise", "raise", "pause", "cause", "close",
     "disclose", "propose", "oppose", "suppose", "impose", "expose", "compose", "pose",
     "dispose", "rise", "despise", "surmise", "rephrase", "phrase", "chase", "erase",
     "base", "purchase", "glimpse", "collapse", "relapse", "cleanse", "rinse", "sense",
     "license", "dispense", "balance", "reference", "influence", "evidence", "advance",
     "enhance", "finance", "dance", "voice", "rejoice", "notice", "practice", "sacrifice",
     "bemoan", "decry", "tweet", "repeat", "treat", "retreat", "cheat", "beat", "heat",
     "seat", "defeat", "greet", "meet", "need", "heed", "plead", "lead", "read", "succeed",
     "proceed", "exceed", "feed", "speed", "concede", "recede", "precede", "supersede",
     "decide", "side", "hide", "ride", "slide", "chide", "abide", "confide", "coincide",
     "preside", "reside", "divide", "provide", "guide", "collide", "elide", "deride"})


def lemmatise_noun(tok):
    for lemma, plural in NOUN_PLURAL_IRREG.items():
        if tok == plural:
            return lemma
    if tok.endswith("ies") and len(tok) > 4:
        return tok[:-3] + "y"
    if tok.endswith(("ches", "shes", "sses", "xes")):
        return tok[:-2]
    if tok.endswith("s") and not tok.endswith(("ss", "us", "is")) and len(tok) > 3:
        return tok[:-1]
    return tok


def normalise_cue(cue_text):
    """Gold cue text -> (head lemma or None, kind or None, fixed phrases found in the cue).

    kind is "verb" / "noun" / "phrase" when the head is in the hand table, else None.
    """
    toks = [t for t, _, _ in tokens_with_offsets(cue_text)]
    joined = " " + " ".join(toks) + " "
    phrases = [p for p in PHRASES_FIXED if " " + p + " " in joined]
    if toks[:2] == ["according", "to"]:
        return "according to", "phrase", phrases
    i = 0
    det = False
    while i < len(toks) and (toks[i] in SKIP or toks[i] in DETERMINERS
                             or (toks[i].endswith("ly") and len(toks[i]) > 4
                                 and toks[i] not in ("reply", "apply", "supply", "rely", "rally"))):
        det = det or toks[i] in DETERMINERS
        i += 1
    if i >= len(toks):
        return None, None, phrases
    tok = toks[i]
    vlemma = lemmatise_verb(tok, KNOWN)
    nlemma = lemmatise_noun(tok)
    if i + 1 < len(toks) and (vlemma, toks[i + 1]) in PARTICLE_VERBS:
        return vlemma + " " + toks[i + 1], "verb", phrases
    is_verb = (vlemma, "verb") in CLASSES
    is_noun = (nlemma, "noun") in CLASSES
    if is_noun and (det or not is_verb):
        return nlemma, "noun", phrases
    if is_verb:
        return vlemma, "verb", phrases
    return vlemma, None, phrases


# --------------------------------------------------------------------------------------
# Counting
# --------------------------------------------------------------------------------------
def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                yield json.loads(line)


def gold_cues(docs):
    """The normalised (head, kind, phrases) of every gold cue of the documents."""
    for d in docs:
        for s in d.get("statements", []):
            if s.get("cue"):
                yield normalise_cue(s["cue"]["text"])


def count_gold(docs):
    """Counter of normalised gold cue heads (and fixed phrases), and number of cues."""
    heads = collections.Counter()
    phrases = collections.Counter()
    n = 0
    for head, kind, ph in gold_cues(docs):
        n += 1
        if head:
            heads[(head, kind)] += 1
        for p in ph:
            phrases[p] += 1
    return heads, phrases, n


class FormIndex:
    """Token index over all train texts: per word form, total count and count inside gold cues."""

    def __init__(self, docs):
        self.total = collections.Counter()
        self.in_cue = collections.Counter()
        self.bigram_total = collections.Counter()
        self.bigram_in_cue = collections.Counter()
        self.seq_docs = []  # (tokens, in_cue flags) per doc, for phrase counting
        for d in docs:
            text = d["text"]
            spans = []
            for s in d.get("statements", []):
                for c in s.get("cue_spans") or ([s["cue"]] if s.get("cue") else []):
                    spans.append((c["begin"], c["end"]))
            spans.sort()
            toks = tokens_with_offsets(text)
            flags = []
            for t, b, e in toks:
                inside = any(sb <= b and e <= se for sb, se in spans)
                flags.append(inside)
                self.total[t] += 1
                if inside:
                    self.in_cue[t] += 1
            words = [t for t, _, _ in toks]
            for k in range(len(words) - 1):
                bg = (words[k], words[k + 1])
                self.bigram_total[bg] += 1
                if flags[k] and flags[k + 1]:
                    self.bigram_in_cue[bg] += 1
            self.seq_docs.append((words, flags))

    def single(self, forms):
        tot = sum(self.total[f] for f in forms)
        gold = sum(self.in_cue[f] for f in forms)
        return tot, gold

    def verb_particle(self, forms, particle):
        tot = sum(self.bigram_total[(f, particle)] for f in forms)
        gold = sum(self.bigram_in_cue[(f, particle)] for f in forms)
        return tot, gold

    def phrase(self, words):
        n = len(words)
        tot = gold = 0
        first = words[0]
        for toks, flags in self.seq_docs:
            for k in range(len(toks) - n + 1):
                if toks[k] == first and toks[k:k + n] == words:
                    tot += 1
                    if all(flags[k:k + n]):
                        gold += 1
        return tot, gold


def precision_of(index, lemma, kind):
    """(precision, total tokens, tokens inside gold cues) of a lemma's word forms in train."""
    if kind == "phrase":
        tot, gold = index.phrase(lemma.split())
    elif kind == "verb" and " " in lemma:
        v, p = lemma.split(" ", 1)
        tot, gold = index.verb_particle(verb_forms(v), p)
    elif kind == "verb":
        forms = verb_forms(lemma)
        if lemma in NOUN_HOMOGRAPHS:
            forms = {f for f in forms if f != lemma and f not in noun_forms(lemma)}
        tot, gold = index.single(forms)
    else:
        tot, gold = index.single(noun_forms(lemma))
    return (gold / tot if tot else 0.0), tot, gold


def build(train_path):
    docs = list(read_jsonl(train_path))
    heads, phrases, n_cues = count_gold(docs)
    index = FormIndex(docs)
    gold = collections.Counter()
    for (h, k), c in heads.items():
        if k is not None:
            gold[(h, k)] += c
    for p, c in phrases.items():
        if p != "according to":   # already counted as the head of the cue
            gold[(p, "phrase")] += c
    return docs, heads, phrases, n_cues, index, gold


def select(index, gold):
    entries = {}
    for (lemma, kind), g in gold.items():
        cls = CLASSES[(lemma, kind)]
        prec, _, _ = precision_of(index, lemma, kind)
        min_p = MIN_PRECISION_OTHER if cls == OTHER else MIN_PRECISION
        if g >= MIN_GOLD and prec >= min_p:
            entries[(lemma, kind)] = (cls, g, prec, "train")
    for key in REQUIRED:
        if key not in entries:
            prec, _, _ = precision_of(index, *key)
            entries[key] = (CLASSES[key], gold.get(key, 0), prec, "added")
    return entries


def write_tsv(entries, out_path, train_path, n_docs, n_cues):
    rows = sorted(entries.items(), key=lambda kv: (-kv[1][1], kv[0][0], kv[0][1]))
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"""# Reporting-cue lexicon for quote-attribution.
# Generated {BUILD_DATE} by tools/build_cue_lexicon.py (python3, standard library only) from the
# gold cue annotations of PolNeAR train (shared/eval/polnear-train.jsonl: {n_docs} articles,
# {n_cues} statements with a cue). PolNeAR dev/test were not used. Contains lemmas and counts only.
# Method: each gold cue text is lowercased and tokenised; leading auxiliaries, negation and
#   -ly adverbs are skipped; the first remaining word is lemmatised by a rule-based verb
#   lemmatiser (irregular table + suffix rules); verb+particle pairs from a fixed list
#   ("point to", "point out", "call for", ...) become one lemma; fixed multi-word phrases
#   ("according to", "in a statement", ...) are counted wherever they occur inside a cue.
#   A head preceded by a determiner, or not a hand-listed verb, is a noun if hand-listed as
#   one; noun lemmas are singular ("remark" covers "remarks"). Kind and class of every lemma
#   were decided by hand (table CLASSES in the script); unlisted heads are never written.
# gold_count: number of train gold cues normalised to this lemma (for "in a ..." phrases:
#   number of gold cues containing the phrase).
# precision: share of train tokens of the lemma's word forms (all inflections; verb+particle
#   bigram for particle verbs; the token sequence for phrases) that lie inside a gold cue
#   span, regardless of part of speech (verb and noun "claim" share their forms). For verbs
#   with a common noun homograph ("state", "vote", "tweet", list NOUN_HOMOGRAPHS in the
#   script) only the -ed/-ing/irregular forms are counted. Train annotation is not
#   exhaustive, so precision is a lower bound.
# Selection: origin=train entries need gold_count >= {MIN_GOLD} and precision >= {MIN_PRECISION}
#   (>= {MIN_PRECISION_OTHER} for class other); origin=added entries are required speech
#   verbs / nouns / phrases added by hand regardless of their train evidence.
# weight = class_base * min(1, 0.2 + 2 * precision), class_base speech {CLASS_BASE['speech']},
#   report {CLASS_BASE['report']}, belief {CLASS_BASE['belief']}, other {CLASS_BASE['other']};
#   added entries get at least {ADDED_MIN_WEIGHT} * class_base; minimum 0.05.
# Columns: lemma, kind (verb|noun|phrase), class (speech|belief|report|other), weight,
#   gold_count, precision, origin (train|added).
""")
        for (lemma, kind), (cls, g, prec, origin) in rows:
            w = weight_of(cls, prec, origin)
            f.write(f"{lemma}\t{kind}\t{cls}\t{w:.2f}\t{g}\t{prec:.3f}\t{origin}\n")
    return rows


def dev_coverage(dev_path, entries):
    docs = list(read_jsonl(dev_path))
    heads_out = collections.Counter()
    n = covered = 0
    verbs = {l for (l, k) in entries if k == "verb"}
    nouns = {l for (l, k) in entries if k == "noun"}
    phrases = {l for (l, k) in entries if k == "phrase"}
    for head, kind, ph in gold_cues(docs):
        n += 1
        # covered if the head's lemma is in the lexicon (as a verb or noun, whatever kind
        # the gold normalisation guessed) or the cue contains a lexicon phrase
        ok = head in verbs or head in nouns or head in phrases or any(p in phrases for p in ph)
        if ok:
            covered += 1
        else:
            heads_out[head if head else cue["text"].lower()] += 1
    return n, covered, heads_out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("train", nargs="?", default=os.path.join(root, "..", "shared", "eval", "polnear-train.jsonl"))
    ap.add_argument("--out", default=os.path.join(root, "src", "main", "resources", "org", "quoteattribution",
                                                  "lang", "en", "cues.tsv"))
    ap.add_argument("--dev", default=None)
    ap.add_argument("--candidates", type=int, default=0)
    args = ap.parse_args()

    docs, heads, phrases, n_cues, index, gold = build(args.train)
    if args.candidates:
        for (h, k), c in heads.most_common(args.candidates):
            kk = k or "verb"
            prec, tot, gin = precision_of(index, h, kk)
            print(f"{c}\t{h}\t{k or '?'}\t{CLASSES.get((h, kk), '-')}\t{prec:.3f}\t{gin}/{tot}")
        print("-- phrases")
        for p, c in phrases.most_common():
            prec, tot, gin = precision_of(index, p, "phrase")
            print(f"{c}\t{p}\t{prec:.3f}\t{gin}/{tot}")
        return
    entries = select(index, gold)
    rows = write_tsv(entries, args.out, args.train, len(docs), n_cues)
    print(f"wrote {len(rows)} entries to {args.out}", file=sys.stderr)
    if args.dev:
        n, covered, out = dev_coverage(args.dev, entries)
        print(f"dev coverage: {covered}/{n} = {covered / n:.3f} of dev gold cues", file=sys.stderr)
        print("most common uncovered dev cue heads: " +
              ", ".join(f"{h} ({c})" for h, c in out.most_common(25)), file=sys.stderr)


if __name__ == "__main__":
    main()
