#!/usr/bin/env python3
"""Checks the search test data against the seed catalog.

  src/test/resources/search/queries.json   the search benchmark's queries
  src/main/resources/search/synonyms.txt   the managed synonym and colloquial dictionary (Solr format)

Every expected basic code (or "bundle:<code>" of src/main/resources/bundle/seed-bundles.json) must exist in src/main/resources/catalog/seed-catalog.json, each kind must have
enough queries, and every word a synonym rule rewrites to must occur in some item name, handling item or
keyword of the catalog (otherwise the rule finds nothing). Prints a summary; exits 1 on any error.

Usage: python3 tools/search/check_search_data.py [repo root]
"""
import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2]
CATALOG = ROOT / "src/main/resources/catalog/seed-catalog.json"
QUERIES = ROOT / "src/test/resources/search/queries.json"
SYNONYMS = ROOT / "src/main/resources/search/synonyms.txt"
BUNDLES = ROOT / "src/main/resources/bundle/seed-bundles.json"

ASSESSMENT = ["公积金", "个税", "社保", "结婚", "低保", "网约车", "身份证", "老年证", "老年人福利补贴",
              "残疾人证", "建筑许可", "用电", "开公司"]
OTHER_KINDS = ["colloquial", "question", "pinyin", "initials", "typo", "synonym", "lifeEvent"]
MIN_PER_KIND = 12
MIN_OTHER_TOTAL = 80
MIN_RULES = 89
MAX_LINE = 200
# (left-hand term, word that must be among what it rewrites to) -- the mappings the dictionary must have
REQUIRED = [("开公司", "企业开办"), ("开公司", "企业设立登记"), ("个税", "个人所得税"), ("结婚", "婚姻登记"),
            ("老年证", "老年人优待证"), ("网约车", "网络预约出租汽车"), ("用电", "用电报装"),
            ("社保", "社会保险"), ("社保", "社会保障卡"), ("身份证", "居民身份证"), ("建筑许可", "建筑工程施工许可")]

CJK = re.compile(r"[\u4e00-\u9fff]")
TERM = re.compile(r"^[\u4e00-\u9fff0-9]+$")

errors, warnings = [], []


def error(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


# ---------------------------------------------------------------- catalog
catalog = json.loads(CATALOG.read_text(encoding="utf-8"))
basic = {b["code"]: b for b in catalog["basicEntries"]}
texts_by_code = collections.defaultdict(set)   # name, handling items and keywords per basic code
high_frequency = set()
for b in catalog["basicEntries"]:
    texts_by_code[b["code"]].add(b["name"])
for listing in catalog["listings"]:
    code = listing["basicCode"]
    if listing.get("handlingItem"):
        texts_by_code[code].add(listing["handlingItem"])
    texts_by_code[code].update(listing.get("keywords") or [])
    if listing.get("highFrequency"):
        high_frequency.add(code)
vocabulary = set().union(*texts_by_code.values())
bundles = {b["code"] for b in json.loads(BUNDLES.read_text(encoding="utf-8"))["bundles"]}
keywords_exact = {k for listing in catalog["listings"] for k in (listing.get("keywords") or [])}


def in_catalog(term):
    return any(term in t for t in vocabulary)


def codes_matching(term):
    return {c for c, ts in texts_by_code.items() if any(term in t for t in ts)}


# ---------------------------------------------------------------- synonyms
rules = []          # (line number, lhs terms or None for an equivalence list, rhs terms)
seen_lines = set()
raw = SYNONYMS.read_bytes()
try:
    text = raw.decode("utf-8")
except UnicodeDecodeError as e:
    error(f"synonyms.txt is not UTF-8: {e}")
    text = raw.decode("utf-8", "replace")
if text.startswith("\ufeff"):
    error("synonyms.txt starts with a byte order mark")
for no, line in enumerate(text.splitlines(), 1):
    if len(line) > MAX_LINE:
        error(f"synonyms.txt:{no} is {len(line)} characters long (max {MAX_LINE})")
    body = line.strip()
    if not body or body.startswith("#"):
        continue
    if body in seen_lines:
        error(f"synonyms.txt:{no} repeats an earlier rule: {body}")
    seen_lines.add(body)
    parts = body.split("=>")
    if len(parts) > 2:
        error(f"synonyms.txt:{no} has more than one '=>'")
        continue
    sides = [[t.strip() for t in p.split(",")] for p in parts]
    bad = False
    for side in sides:
        for t in side:
            if not t:
                error(f"synonyms.txt:{no} has an empty term")
                bad = True
            elif not TERM.match(t):
                error(f"synonyms.txt:{no} term '{t}' is not a plain Chinese word (spaces, letters or punctuation)")
                bad = True
        if len(set(side)) != len(side):
            error(f"synonyms.txt:{no} repeats a term within one side")
    if bad:
        continue
    if len(sides) == 2:
        lhs, rhs = sides
        for t in rhs:
            if not in_catalog(t):
                error(f"synonyms.txt:{no} right-hand '{t}' occurs in no item name, handling item or keyword")
        for t in lhs:
            if t in keywords_exact and t not in rhs:
                warn(f"synonyms.txt:{no} '{t}' is itself a catalog keyword but is rewritten away")
        rules.append((no, lhs, rhs))
    else:
        (terms,) = sides
        if len(terms) < 2:
            error(f"synonyms.txt:{no} an equivalence list needs at least two terms")
        for t in terms:
            if not in_catalog(t):
                error(f"synonyms.txt:{no} equivalent '{t}' occurs in no item name, handling item or keyword "
                      f"(put colloquial words on the left of '=>')")
        rules.append((no, None, terms))

expansion = collections.defaultdict(set)   # term -> terms it is searched as (one step, like Solr)
for _, lhs, rhs in rules:
    for t in (lhs if lhs is not None else rhs):
        expansion[t].update(rhs)
for left, right in REQUIRED:
    if right not in expansion.get(left, ()):
        error(f"synonyms.txt lacks the required mapping {left} -> {right}")
if len(rules) < MIN_RULES:
    error(f"synonyms.txt has {len(rules)} rules, at least {MIN_RULES} wanted")


# ---------------------------------------------------------------- queries
data = json.loads(QUERIES.read_text(encoding="utf-8"))
queries = data.get("queries") if isinstance(data, dict) else None
if not isinstance(queries, list):
    error("queries.json must be {\"queries\": [...]}")
    queries = []
kinds = collections.Counter()
seen_queries = {}
for i, q in enumerate(queries):
    where = f"queries.json #{i} ({q.get('query')!r})"
    query, kind, expect, note = q.get("query"), q.get("kind"), q.get("expect"), q.get("note")
    if set(q) - {"query", "kind", "expect", "note"}:
        warn(f"{where} has unknown fields {sorted(set(q) - {'query', 'kind', 'expect', 'note'})}")
    if not isinstance(query, str) or not query.strip() or query != query.strip():
        error(f"{where} needs a non-empty query without surrounding spaces")
        continue
    key = query.lower()
    if key in seen_queries:
        error(f"{where} duplicates query #{seen_queries[key]}")
    seen_queries[key] = i
    if kind not in ["assessment"] + OTHER_KINDS:
        error(f"{where} has unknown kind {kind!r}")
    kinds[kind] += 1
    if not isinstance(note, str) or not CJK.search(note):
        error(f"{where} needs a Chinese note")
    if not isinstance(expect, list) or not expect:
        error(f"{where} needs a non-empty expect list")
        continue
    if len(set(expect)) != len(expect):
        error(f"{where} repeats a code in expect")
    for code in expect:
        if code.startswith("bundle:"):
            if code[len("bundle:"):] not in bundles:
                error(f"{where} expects {code}, which is no bundle of {BUNDLES.name}")
        elif code not in basic:
            error(f"{where} expects {code}, which is no basic entry of the catalog")
    if kind == "lifeEvent" and not any(c.startswith("bundle:") for c in expect):
        error(f"{where} is a life-event query that expects no bundle")
    if kind == "pinyin" and not re.fullmatch(r"[a-z]{4,}", query):
        error(f"{where} pinyin must be lower-case letters without spaces or tones")
    if kind == "initials" and not re.fullmatch(r"[a-z]{2,8}", query):
        error(f"{where} initials must be 2-8 lower-case letters")
    if kind in ("assessment", "colloquial", "question", "typo", "synonym") and (
            not CJK.search(query) or re.search(r"[A-Za-z\s]", query)):
        error(f"{where} must be Chinese without letters or spaces")
    if kind == "typo" and query in vocabulary:
        error(f"{where} is spelled exactly like a catalog name or keyword, so it is no typo")
    if kind == "question" and len(query) < 5:
        warn(f"{where} is short for a whole question")

assessment = [q for q in queries if q.get("kind") == "assessment"]
got = [q["query"] for q in assessment]
if sorted(got) != sorted(ASSESSMENT):
    error(f"assessment queries must be exactly {ASSESSMENT}; missing {sorted(set(ASSESSMENT) - set(got))}, "
          f"extra {sorted(set(got) - set(ASSESSMENT))}")
for kind in OTHER_KINDS:
    if kinds[kind] < MIN_PER_KIND:
        error(f"kind {kind} has {kinds[kind]} queries, at least {MIN_PER_KIND} wanted")
other_total = sum(kinds[k] for k in OTHER_KINDS)
if other_total < MIN_OTHER_TOTAL:
    error(f"{other_total} non-assessment queries, at least {MIN_OTHER_TOTAL} wanted")

# cross-check: is each assessment expectation reachable by the keyword itself or its synonyms?
for q in assessment:
    terms = {q["query"]} | expansion.get(q["query"], set())
    reachable = set().union(*(codes_matching(t) for t in terms))
    for code in q.get("expect") or []:
        if code in basic and code not in reachable:
            warn(f"assessment {q['query']}: {code} {basic[code]['name']} is reached by neither the keyword "
                 f"nor its synonyms")
    extra = sorted(reachable - set(q.get("expect") or []))
    if extra:
        print(f"note: {q['query']} (with synonyms) also matches text of "
              + ", ".join(f"{c} {basic[c]['name']}" for c in extra))


# ---------------------------------------------------------------- summary
explicit = sum(1 for _, lhs, _ in rules if lhs is not None)
covered = set()
for _, lhs, rhs in rules:
    for t in rhs:
        covered |= codes_matching(t)
expected = {c for q in queries for c in (q.get("expect") or [])}
print(f"catalog: {len(basic)} basic entries, {len(catalog['listings'])} listings, "
      f"{len(high_frequency)} entries with high-frequency listings")
print(f"queries: {len(queries)} total; " + ", ".join(f"{k} {kinds[k]}" for k in ["assessment"] + OTHER_KINDS))
print(f"  expected codes: {len(expected)} distinct basic entries, "
      f"{len(expected & high_frequency)} of them high-frequency")
print(f"synonyms: {len(rules)} rules ({explicit} explicit '=>', {len(rules) - explicit} equivalence lists), "
      f"{len(expansion)} terms on the left; rewritten words reach {len(covered)} of {len(basic)} basic entries")
for w in warnings:
    print("warning:", w)
for e in errors:
    print("ERROR:", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
