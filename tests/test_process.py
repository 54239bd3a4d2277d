"""The process's own plumbing: stopping signals held back across a step that must finish."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from types import FrameType

import pytest

from mourning_day.system.process import SIGNALS, signals_held

pytestmark = pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no signal masks")


@pytest.fixture
def received() -> Iterator[list[int]]:
    """SIGTERM recorded instead of ending the test run."""
    got: list[int] = []

    def record(signum: int, frame: FrameType | None) -> None:
        got.append(signum)

    old = signal.signal(signal.SIGTERM, record)
    yield got
    signal.signal(signal.SIGTERM, old)


def test_a_signal_during_the_block_arrives_when_it_ends(received: list[int]) -> None:
    with signals_held():
        os.kill(os.getpid(), signal.SIGTERM)
        assert received == []
        assert signal.SIGTERM in signal.pthread_sigmask(signal.SIG_BLOCK, [])
    assert received == [signal.SIGTERM]


def test_the_mask_before_the_block_comes_back() -> None:
    before = signal.pthread_sigmask(signal.SIG_BLOCK, [])
    with signals_held(), signals_held():
        pass
    with pytest.raises(RuntimeError), signals_held():
        raise RuntimeError
    assert signal.pthread_sigmask(signal.SIG_BLOCK, []) == before


def test_every_stopping_signal_is_held() -> None:
    with signals_held():
        held = signal.pthread_sigmask(signal.SIG_BLOCK, [])
    assert set(SIGNALS) <= held
    assert {signal.SIGINT, signal.SIGTERM, signal.SIGHUP} <= set(SIGNALS)
