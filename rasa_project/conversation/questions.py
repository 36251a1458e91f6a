"""The question bank (questions.yml beside this file): open questions by theme ×
reflection level, gentler wordings for short answers, good-news and stage openers.

Every question has a stable key, so a candidate is never asked the same one twice."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

BANK_PATH = Path(__file__).with_name("questions.yml")

LEVELS = ("describe", "feel", "make_sense", "learn", "next_step", "support")


@dataclass(frozen=True)
class Question:
    key: str
    text: str


class QuestionBank:
    def __init__(self, raw: dict) -> None:
        self.raw = raw
        self.themes: tuple[str, ...] = tuple(raw["themes"])

    @classmethod
    def load(cls, path: Path = BANK_PATH) -> QuestionBank:
        return cls(yaml.safe_load(path.read_text(encoding="utf-8")))

    def _section(self, *path: str) -> list[Question]:
        node = self.raw
        for part in path:
            node = node[part]
        return [Question(":".join(path) + f":{i}", text) for i, text in enumerate(node)]

    def all_questions(self) -> list[Question]:
        questions = self._section("good_news")
        for level in LEVELS:
            questions += self._section("general", level) + self._section("gentle", level)
            for theme in self.themes:
                questions += self._section("themes", theme, level)
        for stage in self.raw["stages"]:
            questions += self._section("stages", stage)
        return questions

    def reflection(self, theme: str, turn: int) -> str:
        """A paraphrase of the theme ("no sale has come through yet"), varied by turn."""
        options = self.raw["reflections"][theme]
        return str(options[turn % len(options)])

    def pick(
        self, level: str, themes: Sequence[str], asked: Iterable[str], gentle: bool = False
    ) -> Question | None:
        """The first question not yet asked: for the themes heard, then general ones."""
        asked = set(asked)
        if gentle:
            pools = [self._section("gentle", level), self._section("general", level)]
        else:
            pools = [self._section("themes", t, level) for t in themes if t in self.themes]
            pools.append(self._section("general", level))
            pools.append(self._section("gentle", level))
        for pool in pools:
            for question in pool:
                if question.key not in asked:
                    return question
        return None

    def pick_from(self, section: str, asked: Iterable[str], *path: str) -> Question | None:
        asked = set(asked)
        return next((q for q in self._section(section, *path) if q.key not in asked), None)


@lru_cache(maxsize=1)
def question_bank() -> QuestionBank:
    return QuestionBank.load()
