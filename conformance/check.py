#!/usr/bin/env python3
"""Checks a backend's reading of the patient-message-routing config format against these conformance files.

Usage: python3 check.py SCHEMA CONFORMANCE_DIR [MODULE]
  SCHEMA          the package's dist/config.schema.json
  CONFORMANCE_DIR the package's conformance/ folder (parse/ and resolve/)
  MODULE          optional: a Python module with resolve(practice: dict, input: dict) -> dict, your resolver
Every parse/ document must get its expected verdict from the JSON Schema, every resolve/ practice must be
valid, and with MODULE every vector's answer (ok, recipients, route or reason) must match. Exit 1 on a mismatch.
"""
import importlib, json, sys
from pathlib import Path
from jsonschema import Draft202012Validator

validator = Draft202012Validator(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")))
root, resolve = Path(sys.argv[2]), importlib.import_module(sys.argv[3]).resolve if len(sys.argv) > 3 else None
read = lambda *parts: json.loads(root.joinpath(*parts).read_text(encoding="utf-8"))
failed = [f"parse/{e['file']}" for e in read("parse", "index.json") if validator.is_valid(read("parse", e["file"])) != e["valid"]]
for entry in read("resolve", "index.json"):
    vector = read("resolve", entry["file"])
    if not validator.is_valid(vector["practice"]):
        failed.append(f"resolve/{entry['file']} (practice)")
    elif resolve is not None:
        got, want = resolve(vector["practice"], vector["input"]), vector["expected"]
        if any(got.get(key) != want.get(key) for key in ("ok", "recipients", "route", "reason")):
            failed.append(f"resolve/{entry['file']}")
print("\n".join(failed + [f"{len(failed)} mismatches"]))
sys.exit(1 if failed else 0)
