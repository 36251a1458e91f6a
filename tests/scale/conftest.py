"""The scale-mode deployment the tests in this folder share (see harness.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.scale.harness import ScaledStack, ServicesMissing, start_scaled
from tests.smtp import Inbox


@pytest.fixture(scope="package")
def scaled(tmp_path_factory: pytest.TempPathFactory, smtp: Inbox) -> Iterator[ScaledStack]:
    try:
        with start_scaled(tmp_path_factory.mktemp("scaled"), smtp.port) as stack:
            yield stack
    except ServicesMissing as error:
        pytest.fail(str(error))
