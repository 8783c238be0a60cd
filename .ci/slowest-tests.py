#!/usr/bin/env python3
"""Prints the ten slowest test classes of the run (surefire's and every failsafe execution's reports)."""
import glob
import xml.etree.ElementTree as ElementTree

SUITES = {
    "target/surefire-reports": "unit",
    "target/failsafe-reports": "H2",
    "target/failsafe-reports-postgresql": "PostgreSQL",
    "target/failsafe-reports-cluster": "cluster",
}
rows = []
for directory, suite in SUITES.items():
    for report in glob.glob(directory + "/TEST-*.xml"):
        root = ElementTree.parse(report).getroot()
        rows.append((float(root.get("time", 0)), suite, root.get("name").rsplit(".", 1)[-1], root.get("tests")))
rows.sort(reverse=True)
print("Slowest test classes (seconds, suite, class, tests):")
for seconds, suite, name, tests in rows[:10]:
    print(f"  {seconds:7.1f}  {suite:<10} {name} ({tests})")
totals = {}
for seconds, suite, _, _ in rows:
    totals[suite] = totals.get(suite, 0) + seconds
print("Sum of class times per suite: " + ", ".join(f"{suite} {seconds:.0f} s" for suite, seconds in totals.items()))
