"""The load: how requests are issued at one sweep point.

* concurrency ``c`` (closed loop): ``c`` workers, each sending its next request as soon as the
  previous one ended;
* rate ``r`` (open loop): requests start at Poisson arrival times (mean ``r`` per second, drawn
  from the seed) whether or not earlier ones have finished.

A point ends after ``requests`` measured requests or once ``duration_s`` has passed (requests
already started are waited for), whichever comes first. ``warmup`` requests are sent before the
clock starts and are not counted. Prompts and lengths are drawn from a generator seeded with the
seed, the target and the point, so a run with the same seed sends the same requests.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from proxy.backends.upstream import UpstreamRequest
from proxy.bench.options import Lengths, Point
from proxy.bench.prompts import prompt_text
from proxy.bench.stream import Sample, measure, request_for
from proxy.bench.targets import Target

Progress = Callable[[int], None]


@dataclass(frozen=True, slots=True)
class Workload:
    """How much to send at each point, and what."""

    requests: int | None
    duration_s: float | None
    warmup: int
    seed: int
    prompt_tokens: Lengths
    output_tokens: Lengths


@dataclass(slots=True)
class PointRun:
    """The measured samples of one target at one point."""

    point: Point
    samples: list[Sample]
    wall_s: float  # from the first measured request's start to the last one's end


class _Issuer:
    """Hands out the next request while the budget lasts."""

    def __init__(self, target: Target, point: Point, work: Workload, start: float) -> None:
        self.target, self.work, self.start = target, work, start
        self.rng = random.Random(f"{work.seed}:{target.key}:{point.label}")
        self.issued = 0
        self.samples: list[Sample] = []

    def more(self, at: float | None = None) -> bool:
        """True while requests or time remain (``at``: the planned start, else now)."""
        work = self.work
        if work.requests is not None and self.issued >= work.requests:
            return False
        now = at if at is not None else time.perf_counter() - self.start
        return work.duration_s is None or now < work.duration_s

    def next_request(self) -> UpstreamRequest:
        """The next request (its prompt and length drawn from the seeded generator)."""
        self.issued += 1
        prompt = prompt_text(self.work.prompt_tokens.sample(self.rng), self.rng)
        return request_for(self.target, prompt, self.work.output_tokens.sample(self.rng))

    async def send(self, request: UpstreamRequest, progress: Progress) -> None:
        """Send one request and keep its sample."""
        sample = await measure(self.target, request, time.perf_counter() - self.start)
        self.samples.append(sample)
        progress(len(self.samples))


async def run_point(target: Target, point: Point, work: Workload, progress: Progress) -> PointRun:
    """Warm up, then measure ``target`` at ``point``."""
    await _warm_up(target, point, work)
    start = time.perf_counter()
    issuer = _Issuer(target, point, work, start)
    if point.kind == "concurrency":
        await _closed_loop(issuer, int(point.value), progress)
    else:
        await _open_loop(issuer, point.value, progress)
    return PointRun(point, issuer.samples, time.perf_counter() - start)


async def _warm_up(target: Target, point: Point, work: Workload) -> None:
    if not work.warmup:
        return
    rng = random.Random(f"{work.seed}:warmup:{target.key}")
    gate = asyncio.Semaphore(int(point.value) if point.kind == "concurrency" else 1)

    async def one() -> None:
        async with gate:
            prompt = prompt_text(work.prompt_tokens.sample(rng), rng)
            await measure(target, request_for(target, prompt, work.output_tokens.sample(rng)), 0)

    await asyncio.gather(*(one() for _ in range(work.warmup)))


async def _closed_loop(issuer: _Issuer, concurrency: int, progress: Progress) -> None:
    async def worker() -> None:
        while issuer.more():
            await issuer.send(issuer.next_request(), progress)

    await asyncio.gather(*(worker() for _ in range(concurrency)))


async def _open_loop(issuer: _Issuer, rate: float, progress: Progress) -> None:
    arrivals = random.Random(f"{issuer.work.seed}:arrivals:{issuer.target.key}:{rate}")
    pending: list[asyncio.Future[None]] = []
    at = 0.0
    while issuer.more(at):
        delay = issuer.start + at - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        pending.append(asyncio.ensure_future(issuer.send(issuer.next_request(), progress)))
        at += arrivals.expovariate(rate)
    await asyncio.gather(*pending)
