#!/usr/bin/env python3
"""Checks a backend's reading of the patient-message-routing config format against these conformance files.

Usage: python3 check.py SCHEMA CONFORMANCE_DIR [MODULE]
  SCHEMA          the package's dist/config.schema.json (version 2); dist/config.v1.schema.json is read from the
                  same folder
  CONFORMANCE_DIR the package's conformance/ folder (parse/ and resolve/)
  MODULE          optional: a Python module with resolve(practice: dict, input: dict) -> dict, your resolver, and
                  resolve_reply(practice, input) for the vectors whose "function" is "resolveReply" (skipped
                  when the module has none)
Every parse/ document must get its expected verdict from the JSON Schema of its version (index.json's
schemaVersion; null: neither schema may accept it), and the other schema must refuse it; every resolve/
practice must be valid, and every sticky choice in a vector's trace must follow the scores sticky_order computes
below (DESIGN.md section 12; copy it into your backend); with MODULE every vector's answer (ok, recipients, route,
pools or reason) must match. Exit 1 on a mismatch.
"""
import importlib, json, sys
from pathlib import Path
from jsonschema import Draft202012Validator


def fnv1a(data: bytes) -> int:
    """FNV-1a, 32-bit."""
    h = 0x811C9DC5
    for byte in data:
        h = ((h ^ byte) * 0x01000193) & 0xFFFFFFFF
    return h


def fmix32(h: int) -> int:
    """murmur3's finaliser, unsigned 32-bit."""
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & 0xFFFFFFFF
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & 0xFFFFFFFF
    return h ^ (h >> 16)


def sticky_order(patient_id: str, members: list) -> list:
    """A sticky group's members in the order they are tried: highest score first, ties by smaller id."""
    # surrogatepass, then U+FFFD for lone surrogates (JSON may carry them), as a UTF-8 encoder of UTF-16 text does.
    utf8 = lambda text: text.encode("utf-16", "surrogatepass").decode("utf-16", "replace").encode("utf-8")
    score = lambda member: fmix32(fnv1a(utf8(patient_id + "\u0000" + member)))
    # ids are ASCII, so comparing str is comparing code units
    return sorted(dict.fromkeys(members), key=lambda member: (-score(member), member))


def sticky_ok(vector: dict) -> bool:
    """Every sticky step tried the group's members in score order and chose the last one tried."""
    patient_id = (vector["input"].get("patient") or {}).get("id")
    for step in vector["expected"].get("trace", []):
        if step["kind"] != "sticky":
            continue
        members = vector["practice"].get("groups", {}).get(step["groupId"], {}).get("members", [])
        tried, chosen = step["tried"], step["memberId"]
        if patient_id is None or tried != sticky_order(patient_id, members)[: len(tried)]:
            return False
        if chosen is not None and chosen != tried[-1]:
            return False
    return True


schema = Path(sys.argv[1])
load = lambda path: Draft202012Validator(json.loads(path.read_text(encoding="utf-8")))
validators = {1: load(schema.with_name("config.v1.schema.json")), 2: load(schema)}
root, module = Path(sys.argv[2]), importlib.import_module(sys.argv[3]) if len(sys.argv) > 3 else None
read = lambda *parts: json.loads(root.joinpath(*parts).read_text(encoding="utf-8"))
# Which schemas accept a document: a version 1 or 2 document parses when the schema of its version accepts it.
accepted_by = lambda doc: [version for version, validator in validators.items() if validator.is_valid(doc)]
failed = [f"parse/{e['file']}" for e in read("parse", "index.json")
          if accepted_by(read("parse", e["file"])) != ([e["schemaVersion"]] if e["valid"] else [])]
for entry in read("resolve", "index.json"):
    vector = read("resolve", entry["file"])
    if len(accepted_by(vector["practice"])) != 1:
        failed.append(f"resolve/{entry['file']} (practice)")
    elif not sticky_ok(vector):
        failed.append(f"resolve/{entry['file']} (sticky)")
    elif module is not None:
        resolve = getattr(module, "resolve_reply" if vector.get("function") == "resolveReply" else "resolve", None)
        if resolve is None:
            continue
        got, want = resolve(vector["practice"], vector["input"]), vector["expected"]
        if any(got.get(key) != want.get(key) for key in ("ok", "recipients", "route", "pools", "reason")):
            failed.append(f"resolve/{entry['file']}")
print("\n".join(failed + [f"{len(failed)} mismatches"]))
sys.exit(1 if failed else 0)
