"""The words of quantities: numbers in words, multipliers, fractions, currencies, units, months and the
qualifiers that hedge a number ("about", "at least", "up to"), and the words that show a number is a name
or a rank rather than a quantity, as :mod:`storyline.quantities` reads them."""

from __future__ import annotations

from storyline.records import QuantityQualifier

SMALL_NUMBERS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]  # fmt: skip
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORD_VALUES: dict[str, float] = {w: float(i) for i, w in enumerate(SMALL_NUMBERS)}
WORD_VALUES.update({w: float(20 + 10 * i) for i, w in enumerate(TENS)})
MULTIPLIERS: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "tn": 1e12,
}  # fmt: skip
# Vague plurals count as their lower bound (two of the unit) with the qualifier "at least".
VAGUE: dict[str, float] = {"dozens": 24, "hundreds": 200, "thousands": 2e3, "millions": 2e6, "billions": 2e9}
FRACTIONS: dict[str, float] = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}
FRACTIONS.update({"fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10})
CURRENCY_SYMBOLS: dict[str, str] = {
    "us$": "USD", "$": "USD", "a$": "AUD", "c$": "CAD", "hk$": "HKD", "nz$": "NZD", "€": "EUR", "e": "EUR",
    "£": "GBP", "¥": "JPY", "₹": "INR", "rs": "INR", "rs.": "INR",
}  # fmt: skip
CURRENCY_CODES = ("USD", "EUR", "GBP", "JPY", "SGD", "CHF", "CNY", "INR", "AUD", "CAD", "HKD", "XOF")
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "rupee": "INR", "franc": "CHF", "cfa franc": "XOF",
}  # fmt: skip
MEASURES: dict[str, str] = {
    "km": "km", "kilometre": "km", "kilometer": "km", "mile": "miles", "metre": "m", "meter": "m",
    "feet": "feet", "foot": "feet", "kg": "kg", "kilogram": "kg", "tonne": "tonnes", "ton": "tonnes",
    "point": "points", "degree": "degrees", "mph": "mph", "acre": "acres", "hectare": "hectares",
    "barrel": "barrels",
}  # fmt: skip
MONTHS = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "novemer",
]  # fmt: skip
TIME_UNITS = r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|centur(?:y|ie))s?"
QUALIFIERS: tuple[tuple[str, QuantityQualifier], ...] = (
    ("no fewer than", "at least"), ("no less than", "at least"), ("at least", "at least"),
    ("no more than", "at most"), ("at most", "at most"), ("more than", "more than"),
    ("just over", "more than"), ("upwards of", "more than"), ("in excess of", "more than"),
    ("over", "more than"),
    ("fewer than", "less than"), ("less than", "less than"), ("just under", "less than"),
    ("under", "less than"), ("up to", "up to"), ("as many as", "up to"), ("as much as", "up to"),
    ("an estimated", "about"), ("estimated", "about"), ("approximately", "about"), ("roughly", "about"),
    ("around", "about"), ("about", "about"), ("some", "about"), ("nearly", "about"), ("almost", "about"),
    ("close to", "about"), ("approx.", "about"), ("circa", "about"),
)  # fmt: skip
# Capitalised words that stand before a number without naming it ("In 2004", "About 9,000", "Dies Aged 91").
NOT_NAMES = frozenset(
    [
        "in",
        "on",
        "at",
        "by",
        "about",
        "around",
        "some",
        "over",
        "under",
        "nearly",
        "almost",
        "since",
        "until",
        "from",
        "only",
        "and",
        "but",
        "with",
        "for",
        "to",
        "of",
        "the",
        "than",
        "between",
        "roughly",
        "approximately",
        "just",
        "up",
        "more",
        "less",
        "fewer",
        "estimated",
        "an",
        "a",
        "aged",
        "age",
        "dies",
        "died",
        "dead",
        "is",
        "was",
        "were",
        "are",
        "had",
        "has",
        "have",
        "killing",
        "kills",
        "killed",
        "injuring",
        "injured",
        "when",
        "while",
        "after",
        "before",
        "during",
        "if",
        "as",
        "all",
        "another",
        "least",
        "most",
        "each",
        "every",
    ]
)
NAME_PREFIXES = frozenset(
    [
        "no",
        "no.",
        "nos.",
        "number",
        "num.",
        "#",
        "chapter",
        "section",
        "article",
        "terminal",
        "flight",
        "route",
    ]
)
