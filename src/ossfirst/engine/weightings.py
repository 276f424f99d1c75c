# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Weightings around the profile for the robustness analysis: ``Dirichlet(concentration *
profile)`` by randomised quasi-Monte-Carlo.

A Dirichlet vector is a vector of independent Gamma(alpha_d) variates divided by its sum.
Here each variate comes from a table: the Gamma distribution is cut into ``K = 2**bits``
strata of equal probability and each stratum stands for its conditional mean (so every
table has the distribution's mean, and the tails keep their weight). A point of a scrambled
Sobol' sequence picks one stratum per dimension; its weights are the table values.

The weightings come in :data:`SETS` sets. Every set is the same Sobol' point set under its
own random digital shift (each coordinate XOR a random ``bits``-bit number drawn from the
seed), so every weighting is a uniformly random cell of the stratum grid and the sets are
independent: the mean of their shares estimates the share without bias, and their spread
gives its precision (a Student-t interval). Compared with independent random draws, the
points of a set fill the space evenly, so the same precision needs fewer weightings: 4,096
quasi-random weightings give the examples' shares more precisely than 10,000 random draws
did (bench/README.md).

Reproducible everywhere: the Sobol' points and the shifts are integers; the shifts come from
``random.Random(seed).random()``, whose sequence Python guarantees across versions; the
tables are computed with ``exp``, ``log`` and ``lgamma`` only.

Method version 1 (ossfirst up to this change) drew independent Gamma variates with Python's
own algorithm (Cheng's); version 2 is this one.
"""

from __future__ import annotations

import functools
import math
import random
from collections.abc import Sequence

from ossfirst.engine.sobol_directions import DIRECTIONS

#: Name and version of the sampling method, as the Result records them.
METHOD = "sobol-dirichlet"
METHOD_VERSION = 2
#: Independently shifted sets, at least; their spread gives the precision.
SETS = 8
#: At most this many points in a set (more draws make more sets), so that the tables of the
#: strata stay small: a set of ``n`` points needs ``n`` strata per dimension.
LARGEST_SET = 4096
#: At least 2**9 strata per dimension (more when a set has more points).
MIN_BITS = 9
#: Student-t quantiles for a two-sided 95 % interval, by degrees of freedom (1 to 7; more
#: by the Cornish-Fisher expansion, within 0.002).
T_95 = (12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365)
_Z_95 = 1.959964
#: Below this Dirichlet parameter a weight stays 0 (a Gamma variate of such a parameter exceeds
#: 0.001 in fewer than one in 100,000 draws).
TINY_ALPHA = 1e-6

Point = tuple[float, ...]


def weighting_sets(alphas: Sequence[float], draws: int, seed: int) -> list[tuple[Point, ...]]:
    """``draws`` weightings (unnormalised: only proportions count) from
    ``Dirichlet(alphas)``, in :func:`set_count` sets whose sizes differ by at most one. A
    dimension with ``alpha`` 0 (not weighted by the profile) stays 0.

    Up to :data:`KEPT_DRAWS` draws, the sets of the last few ``(alphas, draws, seed)`` are
    kept: requests evaluated one after the other mostly share profile, draws and seed
    (``check`` and ``portfolio`` evaluate many), and then share the weightings.
    """
    if draws <= KEPT_DRAWS:
        return list(_kept(tuple(alphas), draws, seed))
    return list(_sets(alphas, draws, seed))


#: Draws up to which :func:`weighting_sets` keeps its sets (about 100 bytes a draw).
KEPT_DRAWS = 40_000


@functools.lru_cache(maxsize=4)
def _kept(alphas: tuple[float, ...], draws: int, seed: int) -> tuple[tuple[Point, ...], ...]:
    return _sets(alphas, draws, seed)


def _sets(alphas: Sequence[float], draws: int, seed: int) -> tuple[tuple[Point, ...], ...]:
    if draws <= 0:
        return ()
    sizes = _sizes(draws)
    bits = _bits(draws)
    cells = 1 << bits
    active = [index for index, alpha in enumerate(alphas) if alpha >= TINY_ALPHA]
    tables = [strata_means(alphas[index], bits) for index in active]
    # A fixed seed makes the shifts reproducible; nothing here needs cryptographic strength.
    rng = random.Random(seed)  # noqa: S311
    bases = sobol_columns(len(active), sizes[0], bits, rng)
    shorter = [base[: sizes[-1]] for base in bases]
    result = []
    for size in sizes:
        columns = [[0.0] * size] * len(alphas)
        chosen = bases if size == sizes[0] else shorter
        for index, table, base in zip(active, tables, chosen, strict=True):
            shift = int(rng.random() * cells)
            columns[index] = [table[cell ^ shift] for cell in base]
        result.append(tuple(zip(*columns, strict=True)))
    return tuple(result)


def heaviest(alphas: Sequence[float], draws: int) -> list[float]:
    """The largest weight of each dimension among the weightings :func:`weighting_sets`
    gives for ``alphas`` and ``draws`` (whatever the seed)."""
    bits = _bits(draws)
    return [max(strata_means(alpha, bits)) if alpha >= TINY_ALPHA else 0.0 for alpha in alphas]


def _sizes(draws: int) -> list[int]:
    sets = set_count(draws)
    return [draws // sets + (1 if index < draws % sets else 0) for index in range(sets)]


def _bits(draws: int) -> int:
    """Strata per dimension, as a power of two: at least one for each point of a set."""
    return max(MIN_BITS, (_sizes(draws)[0] - 1).bit_length())


def set_count(draws: int) -> int:
    """How many sets ``draws`` weightings come in: :data:`SETS`, or more for more than
    ``SETS * LARGEST_SET`` draws, or fewer for fewer than :data:`SETS` draws."""
    return max(min(SETS, draws), -(-draws // LARGEST_SET))


def precision(shares: Sequence[float]) -> float | None:
    """Half-width of the two-sided 95 % confidence interval of the mean of the per-set
    ``shares`` (``None`` with fewer than two sets)."""
    count = len(shares)
    if count < 2:
        return None
    mean = math.fsum(shares) / count
    variance = math.fsum((share - mean) ** 2 for share in shares) / (count - 1)
    return _t_95(count - 1) * math.sqrt(variance / count)


def _t_95(freedom: int) -> float:
    if freedom <= len(T_95):
        return T_95[freedom - 1]
    z = _Z_95
    return z + (z**3 + z) / (4 * freedom) + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * freedom**2)


def sobol_columns(dims: int, count: int, bits: int, rng: random.Random) -> list[list[int]]:
    """The first ``count`` points of the Sobol' sequence in ``dims`` dimensions, in Gray-code
    order, as ``bits``-bit integers, one list per dimension. Dimensions beyond the table of
    direction numbers take a random permutation of the strata (a Latin hypercube), drawn
    from ``rng``."""
    columns = []
    for dim in range(dims):
        if dim <= len(DIRECTIONS):
            columns.append(list(_sobol_column(dim, bits)[:count]))
        else:
            cells = list(range(1 << bits))
            for last in range(len(cells) - 1, 0, -1):
                other = int(rng.random() * (last + 1))
                cells[last], cells[other] = cells[other], cells[last]
            columns.append(cells[:count])
    return columns


@functools.lru_cache(maxsize=64)
def _sobol_column(dim: int, bits: int) -> tuple[int, ...]:
    """All ``2**bits`` points of Sobol' dimension ``dim + 1`` in Gray-code order: the Gray
    code reflects, so the second half of the first ``2**(j + 1)`` points is the first half
    in reverse, each XOR the ``j``-th direction number."""
    points = [0]
    for direction in _directions(dim, bits):
        points += [direction ^ point for point in reversed(points)]
    return tuple(points)


@functools.lru_cache(maxsize=64)
def _directions(dim: int, bits: int) -> tuple[int, ...]:
    """The direction numbers ``v_1 .. v_bits`` of Sobol' dimension ``dim + 1`` as
    ``bits``-bit integers (the first dimension is the van der Corput sequence)."""
    if dim == 0:
        m = [1] * bits
    else:
        degree, inner, initial = DIRECTIONS[dim - 1]
        m = list(initial[:bits])
        for k in range(degree, bits):
            value = m[k - degree] ^ (m[k - degree] << degree)
            for j in range(1, degree):
                if inner >> (degree - 1 - j) & 1:
                    value ^= m[k - j] << j
            m.append(value)
    return tuple(value << (bits - 1 - k) for k, value in enumerate(m))


@functools.lru_cache(maxsize=32)
def strata_means(alpha: float, bits: int) -> tuple[float, ...]:
    """The conditional means of Gamma(alpha, 1) in its ``2**bits`` strata of equal
    probability, in increasing order.

    The quantiles are found by integrating the density of ``y = log x``,
    ``h(y) = exp(alpha y - e**y) / Gamma(alpha)``, from far out in each tail towards the
    median (:func:`_half`); the mean of ``x`` beyond a point follows from the tail
    probability ``P`` and the density there: ``alpha P - h`` below, ``alpha P + h`` above
    (from ``x f_alpha(x) = alpha f_alpha+1(x)``). Accurate to about 1e-6 of a stratum's
    probability in the body and 1e-3 in the outermost strata (tests compare with
    independent values).
    """
    cells = 1 << bits
    log_gamma = math.lgamma(alpha)
    lower = _half(alpha, log_gamma, cells, 1.0)
    upper = _half(alpha, log_gamma, cells, -1.0)
    return (*lower, *reversed(upper))


#: Tail probability at which a march starts, per stratum's probability.
_START = 1e-6
#: A step aims at most this factor beyond the tail probability reached (far out in a tail).
_REACH = math.exp(0.5)
#: A stratum boundary counts as reached within this fraction of a stratum's probability.
_LANDING = 1e-3


def _half(alpha: float, log_gamma: float, cells: int, side: float) -> list[float]:
    """The conditional means of the ``cells / 2`` strata on one side of the median, from the
    outermost inwards: ``side`` 1 marches up from the lower tail, -1 down from the upper
    one, in ``t = side * y``, where the log-density is
    ``l(t) = side * alpha * t - e**(side * t) - log Gamma(alpha)``."""
    exp, log = math.exp, math.log
    scaled = side * alpha
    t = _tail_start(alpha, log_gamma, cells, side)
    e = exp(side * t)
    density = exp(scaled * t - e - log_gamma)
    slope = scaled - side * e  # l'(t) > 0 on the tail side of the mode
    tail = density / slope  # the tail probability beyond t, for a log-concave tail
    means: list[float] = []
    half = cells // 2
    last_tail = last_moment = 0.0
    target = 1.0 / cells
    tolerance = _LANDING / cells
    while True:
        goal = min(tail * _REACH, target)
        # Predict the step in t to the goal: Halley's method on P itself near the goal, on
        # log P far out (the tail probability P(t) has P' = density, P'' = density * l').
        gap = goal - tail
        if gap < 0.05 * tail:
            step = gap / density
            step /= 1.0 + 0.5 * slope * step
        else:
            ratio = log(goal / tail)
            hazard = density / tail
            divisor = hazard - 0.5 * ratio * (slope - hazard)
            step = ratio / (divisor if divisor > 0.5 * hazard else hazard)
        for _ in _CORRECTIONS:
            t += step
            previous, previous_slope, previous_curve = density, slope, slope * slope - e
            e = exp(side * t)
            density = exp(scaled * t - e - log_gamma)
            slope = scaled - side * e
            # two-point Hermite rule, exact for quintics: the derivatives of P are the
            # density, density * l' and density * (l'**2 + l''), where l'' = -e
            tail += step * (
                0.5 * (previous + density)
                + step * 0.1 * (previous * previous_slope - density * slope)
                + step * step / 120.0 * (previous * previous_curve + density * (slope * slope - e))
            )
            miss = goal - tail
            if goal < target or -tolerance <= miss <= tolerance:
                break
            step = miss / density  # Newton's correction towards the boundary
        if goal < target:
            continue
        moment = alpha * tail - side * density
        means.append(max(0.0, (moment - last_moment) / (tail - last_tail)))
        if len(means) == half:
            return means
        last_tail, last_moment = tail, moment
        target = 0.5 if len(means) == half - 1 else (len(means) + 1) / cells


#: At most this many steps towards one stratum boundary (Newton needs one or two).
_CORRECTIONS = range(32)


def _tail_start(alpha: float, log_gamma: float, cells: int, side: float) -> float:
    """A point far out in one tail, where the tail probability is about ``_START / cells``,
    found by Newton's method on ``l(t) - log l'(t)`` (the log tail probability of a
    log-concave tail) from a point further out: in the lower tail the Wilson-Hilferty
    approximation or ``P(x) < x**alpha / Gamma(alpha + 1)``, in the upper one
    ``alpha + z sqrt(alpha) + z**2`` standard deviations-like steps beyond the mean."""
    log_target = math.log(_START / cells)
    z = math.sqrt(-2.0 * log_target)
    mode = side * math.log(alpha)
    if side > 0:
        t = (log_target + math.lgamma(alpha + 1.0)) / alpha
        base = 1.0 - 1.0 / (9.0 * alpha) - z / (3.0 * math.sqrt(alpha))
        if base > 0:
            t = max(t, math.log(alpha) + 3.0 * math.log(base))
    else:
        t = -math.log(alpha + z * math.sqrt(alpha) + z * z)
    for _ in range(60):
        e = math.exp(side * t)
        slope = side * (alpha - e)
        value = side * alpha * t - e - log_gamma - math.log(slope) - log_target
        step = -value / (slope + e / slope)
        # stay on the tail side of the mode, where l' > 0
        t = min(t + step, 0.5 * (t + mode))
        if abs(step) <= 1e-9 * max(1.0, abs(t)):
            break
    return t
