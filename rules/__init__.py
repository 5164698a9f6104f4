"""livewatch rule engine: text in, compliance hits out. No database or web code here.

    rb = load_rule_dir()              # bundled YAML rule base (rules/data)
    m = build_matcher(rb)             # rebuild on a rule edit; share between threads (second_opinion=False:
                                      # without the classifier of rules/classifier.py)
    m.match("全网嘴低价，加我威信")    # -> [Hit(...), ...] with offsets into the original text
"""
from rules.examples import ExampleFailure, check_examples
from rules.lexicon import LexiconError, load_lexicon_dir
from rules.loader import (RuleFileError, load_rule_dir, load_rule_file, rule_base_from_data, rule_base_snapshot,
                          rule_base_to_data)
from rules.matcher import Matcher, build_matcher
from rules.model import CATEGORIES, HOW, PHASES, SEVERITIES, Frame, Hit, Lexicon, Rule, RuleBase, Slot
from rules.normalize import NormalizedText, normalize

__all__ = [
    "CATEGORIES", "HOW", "PHASES", "SEVERITIES", "ExampleFailure", "Frame", "Hit", "Lexicon", "LexiconError",
    "Matcher", "NormalizedText", "Rule", "RuleBase", "RuleFileError", "Slot", "build_matcher", "check_examples",
    "load_lexicon_dir", "load_rule_dir", "load_rule_file", "normalize", "rule_base_from_data", "rule_base_snapshot",
    "rule_base_to_data",
]
