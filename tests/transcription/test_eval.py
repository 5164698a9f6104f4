"""`livewatch eval`: the scoring rule of issue 3, and the acceptance figures on both labelled sets."""
from __future__ import annotations

import json

import pytest

from monitor.evaluation import LabelledStream, LabelledUtterance, StreamResult, assign_utterance, score
from monitor.scan import ScanHit
from tests.transcription.helpers import SAMPLE_STREAMS, SHARED_SAMPLES
from tests.transcription.test_cli import livewatch

UTTS = (LabelledUtterance(0, 0.0, 4.0, "a", ()), LabelledUtterance(1, 5.0, 9.0, "b", ("absolute_claim",)),
        LabelledUtterance(2, 10.0, 14.0, "c", ("medical_claim", "guarantee_claim")))


def _hit(category: str, start: float, end: float) -> ScanHit:
    return ScanHit(rule_id="r", category=category, severity="high", basis="", matched="x", text="x",
                   start=start, end=end, how="exact", score=1.0)


def test_a_hit_goes_to_the_utterance_it_overlaps_most_else_the_nearest():
    assert assign_utterance(3.5, 5.6, UTTS).index == 1          # 0.5 s in #0, 0.6 s in #1
    assert assign_utterance(3.0, 4.6, UTTS).index == 0
    assert assign_utterance(9.3, 9.5, UTTS).index == 1          # in no utterance: nearest midpoint
    assert assign_utterance(9.6, 9.9, UTTS).index == 2


def test_predictions_are_distinct_stream_utterance_category():
    stream = LabelledStream("s", SHARED_SAMPLES / "x.m4a", UTTS)
    hits = [_hit("absolute_claim", 5.5, 6.0), _hit("absolute_claim", 7.0, 7.5),   # one prediction
            _hit("medical_claim", 11.0, 12.0),                                      # correct
            _hit("vulgar", 1.0, 1.5)]                                              # false alarm
    report = score([StreamResult(stream=stream, hits=hits)])
    assert (report.correct, report.predictions, report.labelled) == (2, 3, 3)
    assert report.recall == pytest.approx(2 / 3) and report.precision == pytest.approx(2 / 3)
    assert [(m.utterance, m.category) for m in report.misses] == [(2, "guarantee_claim")]
    assert [(f.utterance, f.category) for f in report.false_alarms] == [(0, "vulgar")]


def _eval(manifest, model_dir, report_figure, label: str = "") -> dict:
    """`livewatch eval` on one manifest, the real model and rules; the figure goes to the run's summary and
    every miss and false alarm to the test's output."""
    assert manifest.exists(), f"{manifest} missing"
    proc = livewatch("eval", str(manifest), "--format", "json", env_extra={"LIVEWATCH_WHISPER_MODEL": str(model_dir)},
                     timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    report = json.loads(proc.stdout)
    report["summary"] = (f"{manifest}{label}: recall {report['recall']:.3f} ({report['correct']}/{report['labelled']}) "
                         f"precision {report['precision']:.3f} ({report['correct']}/{report['predictions']})")
    print(report["summary"])
    report_figure(f"eval {report['summary']}")
    for miss in report["misses"]:
        print(f"  miss {miss['stream']}#{miss['utterance']} {miss['category']}: {miss['text']} | asr: {miss['asr']}")
    for fa in report["false_alarms"]:
        print(f"  false alarm {fa['stream']}#{fa['utterance']} {fa['category']}: asr: {fa['asr']} | {fa['hits']}")
    return report


@pytest.mark.slow
@pytest.mark.parametrize("manifest", [SHARED_SAMPLES / "manifest.json", SAMPLE_STREAMS / "manifest.json"],
                         ids=["shared-samples", "sample_streams"])
def test_eval_meets_the_acceptance_figures(manifest, model_dir, report_figure):
    """Real model, real rules, the real CLI: recall and precision ≥ 0.9 on each labelled set."""
    report = _eval(manifest, model_dir, report_figure)
    assert report["recall"] >= 0.9 and report["precision"] >= 0.9, report["summary"]


@pytest.mark.slow
def test_eval_on_the_hard_recordings(model_dir, report_figure):
    """sample_streams/manifest_hard.json: new product domains, sentences no rule author wrote, a lower voice,
    crowd babble, reverb, 32 kb/s. Reported, with a low floor only: the rules are being widened for these."""
    report = _eval(SAMPLE_STREAMS / "manifest_hard.json", model_dir, report_figure, " (hard)")
    assert report["labelled"] == 48 and set(report["streams"]) == {"petfood_hard", "baijiu_hard", "birdnest_hard",
                                                                   "massager_hard"}
    # Measured 0.333 / 0.800 when added, with the rule base of that day; floors below it, to be raised.
    assert report["recall"] >= 0.3 and report["precision"] >= 0.7, report["summary"]


@pytest.mark.slow
def test_eval_on_fast_noisy_copies(model_dir, report_figure):
    """sample_streams/manifest_fastnoisy.json (sample_streams/degrade.py): the five demo streams 1.2× faster,
    with pink noise and a backing track each 10 dB under the speech. Same sentences, worse audio: the drop
    from the demo set's figure is what noise and pace cost."""
    report = _eval(SAMPLE_STREAMS / "manifest_fastnoisy.json", model_dir, report_figure, " (fast, noisy)")
    assert report["labelled"] == 60 and len(report["streams"]) == 5
    # Measured 0.933 / 0.983 when added (rules of commit 44babe7); the floors are issue 8's targets for fast, noisy
    # recordings of ordinary livestreams.
    assert report["recall"] >= 0.8 and report["precision"] >= 0.9, report["summary"]


# Three sets made in session 21, each by a helper that read neither the rule base nor the tests, each after the
# one before had been read and the rules widened for it: four product domains in all three conditions (one
# ordinary, one fast and noisy, two hard). Reported, with floors below the figure each scored once untouched.
FRESH_SETS = [
    # Since session 34 both classifiers train on these recordings (their label text, and for the hearing model what
    # Whisper printed over them), fresh13 to fresh32 excepted: what the others print is a training figure; floors guard a
    # collapse.
    # manifest, label, labelled pairs, streams, recall and precision floors; measured untouched (rules of):
    ("manifest_fresh.json", " (fresh)", 48,                 # 0.708 / 0.773 (d390d0c)
     {"hearing_aid_fresh", "fishing_fresh", "probiotic_fresh", "gold_bangle_fresh"}, 0.65, 0.7),
    ("manifest_fresh2.json", " (fresh 2)", 47,              # 0.809 / 0.691 (e75e980)
     {"used_phone_fresh2", "goji_herbs_fresh2", "kids_tablet_fresh2", "car_gear_fresh2"}, 0.75, 0.6),
    ("manifest_fresh3.json", " (fresh 3)", 49,              # 0.714 / 0.778 (8c6cf3a)
     {"infant_formula_fresh3", "mattress_fresh3", "beauty_clinic_fresh3", "insurance_fresh3"}, 0.65, 0.7),
    ("manifest_fresh4.json", " (fresh 4)", 45,              # 0.756 / 0.872 (dcc052c)
     {"water_purifier_fresh4", "jade_fresh4", "meal_replacement_fresh4", "honey_farm_fresh4"}, 0.7, 0.8),
    ("manifest_fresh5.json", " (fresh 5)", 54,              # 0.704 / 0.826 (ed4cb50)
     {"travel_tour_fresh5", "fitness_gear_fresh5", "study_books_fresh5", "home_cleaning_fresh5"}, 0.65, 0.75),
    ("manifest_fresh6.json", " (fresh 6)", 60,              # 0.700 / 0.808 (9190506)
     {"toothbrush_fresh6", "camping_gear_fresh6", "hair_growth_fresh6", "wedding_photo_fresh6"}, 0.65, 0.75),
    ("manifest_fresh7.json", " (fresh 7)", 60,              # 0.650 / 0.830 (d1df326)
     {"sea_cucumber_fresh7", "ebike_fresh7", "foot_bath_fresh7", "agarwood_fresh7"}, 0.65, 0.75),
    ("manifest_fresh8.json", " (fresh 8)", 60,              # 0.583 / 0.833 (96512df)
     {"desk_lamp_fresh8", "yoga_wear_fresh8", "bp_monitor_fresh8", "luxury_bag_fresh8"}, 0.55, 0.8),
    ("manifest_fresh9.json", " (fresh 9)", 60,              # 0.717 / 0.827 (303e04b)
     {"kids_shoes_fresh9", "rice_cooker_fresh9", "piano_course_fresh9", "red_wine_fresh9"}, 0.65, 0.75),
    ("manifest_fresh10.json", " (fresh 10)", 61,            # 0.689 / 0.737 (d5688b6)
     {"down_jacket_fresh10", "nut_giftbox_fresh10", "driving_school_fresh10", "smartwatch_fresh10"}, 0.65, 0.7),
    ("manifest_fresh11.json", " (fresh 11)", 60,            # 0.550 / 0.702 (62fb0ef)
     {"pearl_fresh11", "sunscreen_fresh11", "used_car_fresh11", "postpartum_care_fresh11"}, 0.55, 0.7),
    ("manifest_fresh12.json", " (fresh 12)", 60,            # 0.650 / 0.696 (6e1692e)
     {"farm_eggs_fresh12", "study_desk_fresh12", "moxa_fresh12", "kids_coding_fresh12"}, 0.6, 0.65),
    ("manifest_fresh13.json", " (fresh 13)", 60,            # 0.667 / 0.769 (ff78904)
     {"reading_glasses_fresh13", "robot_vacuum_fresh13", "ejiao_fresh13", "adult_degree_fresh13"}, 0.6, 0.7),
    ("manifest_fresh14.json", " (fresh 14)", 53,            # 0.755 / 0.784 (6ec4df8)
     {"hair_dye_fresh14", "blueberry_seedling_fresh14", "posture_brace_fresh14", "calligraphy_course_fresh14"}, 0.7, 0.75),
    ("manifest_fresh15.json", " (fresh 15)", 58,            # 0.759 / 0.880 (74ebf7f)
     {"camel_milk_fresh15", "kids_basketball_fresh15", "coins_stamps_fresh15", "snore_stopper_fresh15"}, 0.7, 0.8),
    ("manifest_fresh16.json", " (fresh 16)", 56,            # 0.714 / 0.816 (session 39's rules, before it was read)
     {"eye_massager_fresh16", "enzyme_drink_fresh16", "ev_charger_fresh16", "homestay_fresh16"}, 0.65, 0.75),
    ("manifest_fresh17.json", " (fresh 17)", 74,            # 0.662 / 0.845 (f49be34)
     {"zisha_teapot_fresh17", "ion_hair_dryer_fresh17", "dendrobium_fresh17", "english_course_fresh17"}, 0.6, 0.75),
    ("manifest_fresh18.json", " (fresh 18)", 81,            # 0.617 / 0.943 (session 40's rules, before it was read)
     {"laonianxie_fresh18", "puercha_fresh18", "kaogong_fresh18", "chongwuyingyanggao_fresh18"}, 0.55, 0.85),
    ("manifest_fresh19.json", " (fresh 19)", 72,            # 0.681 / 0.875 (session 40's rules, before it was read)
     {"smartlock_fresh19", "calcium_fresh19", "goldbar_fresh19", "sleeparoma_fresh19"}, 0.6, 0.8),
    ("manifest_fresh20.json", " (fresh 20)", 75,            # 0.680 / 0.895 (session 41's rules, before it was read)
     {"car_film_fresh20", "yellow_wine_fresh20", "reishi_spore_fresh20", "slimming_coffee_fresh20"}, 0.6, 0.8),
    ("manifest_fresh21.json", " (fresh 21)", 71,            # 0.676 / 0.941 (session 41's rules, before it was read)
     {"wooden_board_fresh21", "protein_powder_fresh21", "quantum_bracelet_fresh21", "cemetery_plot_fresh21"}, 0.6, 0.85),
    ("manifest_fresh22.json", " (fresh 22)", 71,            # 0.704 / 0.926 (session 42's rules, before it was read)
     {"stroller_fresh22", "fish_maw_fresh22", "glucosamine_fresh22", "stock_app_fresh22"}, 0.6, 0.85),
    ("manifest_fresh23.json", " (fresh 23)", 73,            # 0.712 / 0.912 (session 42's rules, before it was read)
     {"aircon_fresh23", "lychee_fresh23", "foot_patch_fresh23", "kids_speech_fresh23"}, 0.6, 0.85),
    ("manifest_fresh24.json", " (fresh 24)", 76,            # 0.539 / 0.837 (session 43's rules, before it was read)
     {"thermos_cup_fresh24", "mahjong_table_fresh24", "hongmu_furniture_fresh24", "pet_cremation_fresh24"}, 0.45, 0.75),
    ("manifest_fresh25.json", " (fresh 25)", 87,            # 0.644 / 0.933 (8d5c33f's rules, before it was read)
     {"silk_quilt_fresh25", "camellia_oil_fresh25", "wall_paint_fresh25", "mosquito_repellent_fresh25"}, 0.55, 0.85),
    ("manifest_fresh26.json", " (fresh 26)", 88,            # 0.830 / 0.913 (session 45's rules after hq121..131 odd, before it was read)
     {"pressure_cooker_fresh26", "arch_insoles_fresh26", "handmade_soap_fresh26", "electric_blanket_fresh26"}, 0.7, 0.85),
    ("manifest_fresh27.json", " (fresh 27)", 87,            # 0.724 / 0.900 (HEAD 392b2bc's rules and models, before it was read)
     {"wheelchair_fresh27", "shiitake_fresh27", "tile_adhesive_fresh27", "wig_fresh27"}, 0.6, 0.85),
    ("manifest_fresh28.json", " (fresh 28)", 86,            # 0.686 / 0.922 (session 46's rules and models after two harvests' read halves, before it was read)
     {"nail_art_kit_fresh28", "baby_wipes_fresh28", "sanitary_pad_fresh28", "loan_agency_fresh28"}, 0.55, 0.85),
    ("manifest_fresh29.json", " (fresh 29)", 88,            # 0.761 / 0.931 (session 46's final rules and models, before it was read)
     {"karaoke_mic_fresh29", "herbal_vape_fresh29", "kids_raincoat_fresh29", "car_wash_fresh29"}, 0.65, 0.85),
    ("manifest_fresh30.json", " (fresh 30)", 88,            # 0.705 / 0.925 (session 47's rules after both harvests were read, models after the first)
     {"toilet_seat_fresh30", "sesame_balls_fresh30", "mite_remover_fresh30", "school_backpack_fresh30"}, 0.6, 0.85),
    ("manifest_fresh31.json", " (fresh 31)", 88,            # 0.716 / 0.913 (session 47's final rules and models with d5c2b34's context fix, before it was read)
     {"mooncake_fresh31", "dishwasher_fresh31", "selenium_rice_fresh31", "dehumidifier_fresh31"}, 0.6, 0.85),
    ("manifest_fresh32.json", " (fresh 32)", 87,            # 0.759 / 0.943 (session 48's final rules and models, before anything of session 49 changed)
     {"frozen_dumplings_fresh32", "air_purifier_fresh32", "kids_bicycle_fresh32", "bamboo_towel_fresh32"}, 0.6, 0.85),
]


@pytest.mark.slow
@pytest.mark.parametrize("manifest, label, labelled, streams, min_recall, min_precision", FRESH_SETS,
                         ids=[m.removeprefix("manifest_").removesuffix(".json") for m, *_ in FRESH_SETS])
def test_eval_on_the_fresh_recordings(manifest, label, labelled, streams, min_recall, min_precision, model_dir,
                                      report_figure):
    report = _eval(SAMPLE_STREAMS / manifest, model_dir, report_figure, label)
    assert report["labelled"] == labelled and set(report["streams"]) == streams
    assert report["recall"] >= min_recall and report["precision"] >= min_precision, report["summary"]
