import re


def split_words(text: str) -> list[str]:
    return [w for w in re.split(r"[,;\s]+", text) if w]


def count_digits(text: str) -> int:
    return sum(len(m.group()) for m in re.finditer(r"\d+", text))
