# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Putting the Result into words: texts by key, number and date formats per language.

The texts, and the formats of numbers and dates, live in :mod:`ossfirst.texts`; this module
puts the codes of a Result into sentences with them. It lies beneath the renderer, so that
the check formats, the portfolio and the terminal word a Result as the report does without
importing the report's renderer.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from ossfirst import prose
from ossfirst.model import limits
from ossfirst.texts import TEXTS, date, in_language, money, number, percent, text

if TYPE_CHECKING:  # annotations only: the CLI formats numbers without loading the models
    from ossfirst.model.result import (
        AlternativeResult,
        Closing,
        CriterionInfo,
        CriterionScore,
        Dependency,
        Exclusion,
        FloorInfo,
        FloorOutcome,
        Gap,
        ImportedFrom,
        KnockOut,
        Message,
        Param,
        ProcurementInfo,
        Relaxation,
        Result,
        ReviewPoint,
        SbomComponent,
        SbomFacts,
        ScorecardFacts,
        Shortfall,
    )


#: The method section's sentence on what counts as open source, by the catalogue's rule.
_LICENCE_RULE = {
    "osi": "method.licence",
    "osi-and-fsf": "method.licence.osi-and-fsf",
    "osi-or-fsf": "method.licence.osi-or-fsf",
}


class Phrases:
    """Codes and values in words for one language, given the names of alternatives and
    the titles of criteria; :class:`Words` adds what needs a whole Result."""

    def __init__(
        self,
        lang: str,
        names: dict[str, str],
        criteria: dict[str, CriterionInfo],
        *,
        isolate: bool = False,
    ) -> None:
        self.lang = lang
        self.names = names
        self.criteria = criteria
        #: Set a name written right to left apart (Unicode isolates), for formats that
        #: show them (HTML, PDF).
        self.isolate = isolate
        #: Every text in ``lang``, by key (what :meth:`t` looks up).
        self.texts = in_language(lang)

    def t(self, key: str, /, **params: Any) -> str:
        template = self.texts.get(key)
        if template is None:  # a counted text (by its plural form), or an unknown key
            return text(key, self.lang, **params)
        return template.format(**params) if params else template

    def num(self, value: float, decimals: int = 2) -> str:
        return number(value, self.lang, decimals)

    def money(self, value: float) -> str:
        return money(value, self.lang)

    def pct(self, share: float, decimals: int = 1) -> str:
        return percent(share, self.lang, decimals)

    def date(self, day: dt.date | str) -> str:
        return date(day, self.lang)

    def name(self, alternative_id: str | None) -> str:
        if alternative_id is None:
            return self.t("meta.none")
        name = self.names.get(alternative_id, alternative_id)
        return prose.isolate(name) if self.isolate else name

    def criterion(self, criterion_id: str) -> str:
        info = self.criteria.get(criterion_id)
        return info.title.get(self.lang) if info else criterion_id

    def _param(self, key: str, value: Any) -> str:
        if value is None:
            return ""
        if key in ("alternative", "over", "proposed", "recommended", "first", "second"):
            return self.name(str(value))
        if key in ("lead", "margin", "total"):
            return self.num(float(value))
        if key in ("nominal_total", "budget", "present_value", "exit_value"):
            return self.money(float(value))
        if key == "category":
            return self.t(f"category.{value}")
        if key == "coverage":
            return self.t(f"coverage.{value}")
        if key == "criterion":
            return self.criterion(str(value))
        if key == "mark":
            return self.t(f"mark.{value}")
        if key == "score" and isinstance(value, int | float):
            return self.level(value)
        if key in ("assessed_on", "request_date", "until", "horizon_end", "expiration"):
            return self.date(str(value))
        if key == "aggregate":
            return self.num(float(value))
        if key == "maintenance":
            return self.t(f"ev.maintenance.{value}")
        if key == "status":
            return self.t(f"ev.status.{value}")
        if key == "causes":
            return self.causes(str(value).split(",") if value else [])
        return str(value)

    def causes(self, codes: list[str]) -> str:
        """Knock-out codes as the causes of exclusion: "Muss-Anforderungen oder dem Budget"."""
        named = [self.t(f"cause.{code}") for code in codes]
        if len(named) <= 1:
            return "".join(named) or self.t("ko.none")
        return ", ".join(named[:-1]) + self.t("cause.or") + named[-1]

    #: Optional parameters that add a whole phrase when present and nothing when absent.
    _PHRASES = (("suggestion", "msg.suggestion"), ("replacement", "msg.replacement"))

    def message(self, message: Message) -> str:
        """A reason or warning in words."""
        return self._message(message, {})

    def _message(self, message: Message, extra: dict[str, str]) -> str:
        params: dict[str, Any] = {k: self._param(k, v) for k, v in message.params.items()}
        params |= extra
        if isinstance(message.params.get("count"), int):
            params["count"] = message.params["count"]  # picks the plural form
        for key, phrase in self._PHRASES:
            if key in message.params:
                value = message.params[key]
                params[key] = self.t(phrase, name=value) if value else ""
        key = f"msg.{message.code}"
        if message.alternative is not None and "alternative" not in params:
            params["alternative"] = self.name(message.alternative)
            if "{alternative}" not in TEXTS[key][0]:
                # Texts that can stand without an alternative (an evidence file shown on its
                # own) get its name in front when there is one.
                return f"{params['alternative']}: {self.t(key, **params)}"
        return self.t(key, **params)

    def reason(self, source: ImportedFrom) -> str:
        """Why an evidence file gives its level, in words."""
        params = {k: self._param(k, v) for k, v in source.reason.params.items()}
        if source.reason.code in ("sbom-licence-term", "sbom-licence-blocking"):
            parts = [str(source.reason.params.get("types") or "")]
            expiration = source.reason.params.get("expiration")
            if expiration:
                parts.append(self.t("ev.until", date=self.date(str(expiration))))
            params["term"] = ", ".join(p for p in parts if p)
        return self.t(f"imported.{source.reason.code}", **params)

    def imported_rationale(self, row: CriterionScore) -> str:
        """The reasons behind an imported level, each with the file it comes from."""
        if row.imported is None:
            return ""
        return "; ".join(
            f"{self.reason(s)} ({self.t('crit.imported_from', file=s.file)})"
            for s in row.imported.sources
        )

    def knockout(self, knockout: KnockOut) -> str:
        params = {k: self._param(k, v) for k, v in knockout.params.items()}
        ref = knockout.ref
        if knockout.code in ("floor", "knock-out-criterion", "strict-selection"):
            ref = self.criterion(ref)
        key = f"ko.{knockout.code}"
        if knockout.params.get("unassessed"):
            key += "-unassessed"
        return self.t(key, **{**params, "ref": ref})

    def fsf(self, alternative: AlternativeResult) -> str:
        """The FSF status of an alternative's licence, as the method section promises."""
        return self.t("licence.fsf_libre" if alternative.licence.fsf_libre else "licence.fsf_not")

    def level(self, value: float) -> str:
        """A level as written: 3, or 2,5 / 2.33 when combined from several assessors."""
        if float(value).is_integer():
            return str(int(value))
        return self.num(value, 2).rstrip("0").rstrip(",.")

    def points(self, value: float) -> str:
        """A weight in per cent (20.0 -> 20 %, 8.3 -> 8,3 %)."""
        return f"{self.level(round(value, 1))} %"

    def panel(self, row: CriterionScore) -> str:
        """Several assessors' levels in words."""
        panel = row.panel
        if panel is None:
            return ""
        entries = ", ".join(f"{e.assessor} {e.score}" for e in panel.entries)
        text = self.t(
            "panel.summary",
            aggregate=self.t(f"panel.{panel.aggregate}"),
            count=len(panel.entries),
            entries=entries,
        )
        if panel.disagreement:
            text += f" ({self.t('panel.disagreement', spread=panel.spread)})"
        text += "."
        # An assessor's own reasons, where they differ from the shared ones, are part of the
        # record: a disagreement is only discussable when each view is written down.
        for entry in panel.entries:
            if entry.rationale and entry.rationale != row.rationale:
                own = entry.rationale if entry.rationale.endswith(".") else entry.rationale + "."
                text += f" {entry.assessor}: {own}"
        return text

    def objective(self, objective_id: str, criterion_id: str) -> str:
        """A framework objective as a row heading: its criterion's title, led by the
        objective's id unless the title already starts with it."""
        title = self.criterion(criterion_id)
        return title if title.startswith(objective_id) else f"{objective_id} {title}"

    def criteria_list(self, criterion_ids: list[str]) -> str:
        return "; ".join(self.criterion(c) for c in criterion_ids) or self.t("ko.none")

    def metric(self, row: CriterionScore, alternative: AlternativeResult) -> str:
        """The computed value behind a level, in words."""
        info = self.criteria.get(row.criterion)
        metric = info.metric if info else None
        value = row.value
        if row.reason is not None:
            return self.message(row.reason)
        if metric is None or value is None:
            return ""
        if metric == "deployment":
            return self.t(f"deployment.{value}")
        if metric == "jurisdiction":
            return self.t(f"jurisdiction.{value}")
        if metric == "licence-freedom":
            return f"{alternative.licence.expression} ({self.fsf(alternative)})"
        if metric in ("exit-plan", "framework-contract"):
            return self.t(f"{metric}.{value}")
        assert isinstance(value, int | float)
        if metric == "operators":
            return self.t("metric.operators", count=int(value))
        if metric == "tco-ratio":
            shown = self.num(value)
        elif metric == "providers":
            if int(value) == 1:
                return self.t("metric.providers-one")
            shown = str(int(value))
        else:
            shown = self.pct(value)
        return self.t(f"metric.{metric}", value=shown)

    #: The openness criteria of the standards list, in the order of its definition.
    openness_criteria = ("free_spec", "royalty_free", "open_participation", "independent_body")

    def dependencies(self, items: list[Dependency] | None) -> str:
        """Dependencies from a publiccode.yml: names with version and whether optional."""
        if items is None:
            return self.t("ev.pc.not_stated")
        if not items:
            return self.t("ev.none")
        shown = []
        for item in items:
            text = item.name + (f" {item.version}" if item.version else "")
            shown.append(f"{text} ({self.t('ev.pc.optional')})" if item.optional else text)
        return ", ".join(shown)

    def cost_item(self, key: str) -> str:
        """A cost line's name: the usual keys translated, any other shown as written."""
        known = f"cost.item.{key}"
        if known not in TEXTS:
            return key.replace("_", " ")
        return self.t(known)

    def scorecard_summary(self, sc: ScorecardFacts, *, whole_commit: bool = False) -> str:
        """The sentence above a Scorecard file's checks: repository, commit (its first 12
        characters, or all of it), version, date and the aggregate as published and as
        recomputed."""
        commit = sc.commit or "–"
        return self.t(
            "ev.sc.summary",
            repository=sc.repository,
            commit=commit if whole_commit else commit[:12],
            version=sc.scorecard_version,
            date=self.date(sc.date),
            published=self.num(sc.published_score, 1) if sc.published_score is not None else "–",
            aggregate=self.num(sc.aggregate) if sc.aggregate is not None else "–",
        )

    def sbom_summary(self, bom: SbomFacts) -> str:
        """The sentence above an SBOM's tables: format, subject, date and how many of its
        components are open source."""
        spec = f"{bom.standard} {bom.spec_version}"
        if bom.encoding != "JSON":
            spec += f" ({bom.encoding})"
        return self.t(
            "ev.sbom.summary",
            spec=spec,
            subject=bom.subject or self.t("ev.unknown"),
            date=self.date(bom.date) if bom.date else self.t("ev.unknown"),
            count=bom.components,
            components=bom.components,
            open=bom.open_source,
        )

    def sbom_listed(self, bom: SbomFacts) -> list[SbomComponent]:
        """The components without an open-source licence a report lists: the first
        :data:`~ossfirst.model.limits.SBOM_LISTED` (the JSON report has them all)."""
        return bom.not_open[: limits.SBOM_LISTED]

    def sbom_unlisted(self, bom: SbomFacts) -> str:
        """The sentence after the list when it is cut short, else an empty text."""
        more = len(bom.not_open) - limits.SBOM_LISTED
        return self.t("ev.sbom.more", count=more) if more > 0 else ""

    def knockouts(self, knockouts: list[KnockOut]) -> str:
        return "; ".join(self.knockout(k) for k in knockouts)

    def gap(self, gap: Gap) -> str:
        params: dict[str, object] = {k: self._param(k, v) for k, v in gap.params.items()}
        key = f"gap.{gap.reason}.file" if "file" in gap.params else f"gap.{gap.reason}"
        months = gap.params.get("months")
        if isinstance(months, int):
            params["count"] = months
        return self.t(key, **params)


class Words(Phrases):
    """Puts the Result's codes into words for one language; used by the templates."""

    def __init__(self, result: Result, lang: str, *, isolate: bool = False) -> None:
        super().__init__(
            lang,
            {a.id: a.name for a in result.alternatives},
            {c.id: c for c in result.catalogue.criteria},
            isolate=isolate,
        )
        self.result = result

    def message(self, message: Message) -> str:
        """A reason or warning in words."""
        extra: dict[str, str] = {}
        if message.code in ("oss-excluded", "alternative-excluded"):
            excluded = self.result.alternative(str(message.params["alternative"]))
            extra["knockouts"] = self.knockouts(excluded.knockouts)
        elif message.code == "proposal-excluded":
            excluded = self.result.alternative(str(message.params["proposed"]))
            extra["knockouts"] = self.knockouts(excluded.knockouts)
        return self._message(message, extra)

    def review_intro(self) -> str:
        """Which alternatives the justification is read against, and whether it answers."""
        review = self.result.verdict.justification_review
        if review is None:
            return ""
        compared = "; ".join(self.name(a) for a in review.compared)
        answered = self.t("rev.answered" if review.answered else "rev.unanswered")
        return f"{self.t('rev.intro', compared=compared)} {answered}"

    def review_point(self, point: ReviewPoint) -> str:
        """A point of the review by its kind and name."""
        if point.kind == "requirement":
            ref = point.ref
        elif point.kind == "criterion":
            ref = self.criterion(point.ref)
        elif point.kind == "dimension":
            ref = self.dimension(point.ref)
        else:
            ref = ""
        return self.t(f"rev.kind.{point.kind}", ref=ref)

    def review_standing(self, points: list[ReviewPoint]) -> str:
        """Where the proposal and the compared alternatives stand on one point."""
        first = points[0]
        if first.kind not in ("dimension", "cost"):
            names = "; ".join(self.name(p.alternative) for p in points)
            return self.t("rev.excludes", alternative=names)
        shown = []
        for point in points:
            other = self.name(point.alternative)
            if point.kind == "cost":
                amount = self.money(point.value or 0)
                shown.append(self.t("rev.other_cheaper", alternative=other, amount=amount))
                continue
            key = "rev.proposal_leads" if point.side == "proposal" else "rev.other_leads"
            shown.append(self.t(key, alternative=other, lead=self.num(point.value or 0)))
        return "; ".join(shown)

    def review_rows(self) -> list[tuple[str, str, str]]:
        """The review as rows, one per point (the alternatives it concerns together): the
        point, where they stand, whether the justification names it. The grounds for the
        proposal come first."""
        review = self.result.verdict.justification_review
        if review is None:
            return []
        grouped: dict[tuple[str, str, str], list[ReviewPoint]] = {}
        for side in ("proposal", "other"):
            for point in review.points:
                if point.side == side:
                    grouped.setdefault((point.side, point.kind, point.ref), []).append(point)
        return [
            (
                self.review_point(points[0]),
                self.review_standing(points),
                self.t("rev.named" if points[0].named else "rev.not_named"),
            )
            for points in grouped.values()
        ]

    def unsupported(self) -> list[str]:
        """What the justification names without it supporting the proposal, and why."""
        review = self.result.verdict.justification_review
        if review is None:
            return []
        shown = []
        for citation in review.citations:
            if citation.supports:
                continue
            if citation.kind == "criterion":
                ref = f"{citation.ref} ({self.criterion(citation.ref)})"
            elif citation.kind == "dimension":
                ref = self.dimension(citation.ref)
            else:
                ref = citation.ref
            shown.append(self.t(f"rev.reason.{citation.reason}", ref=ref))
        return shown

    def status(self) -> str:
        """The verdict's status in one sentence; no eligible alternative names the causes."""
        verdict = self.result.verdict
        if verdict.status == "no-eligible-alternative":
            codes = dict.fromkeys(k.code for a in self.result.alternatives for k in a.knockouts)
            return self.t("status.no-eligible-alternative", causes=self.causes(list(codes)))
        return self.t(f"status.{verdict.status}")

    def score(self, row: CriterionScore) -> str:
        """``3/4``, ``passed`` / ``not passed`` for knock-outs, ``–`` when missing."""
        if row.kind == "knock-out":
            if row.passed is None:
                return "–"
            return self.t("passed" if row.passed else "failed")
        if row.score is None:
            return "–"
        shown = f"{self.level(row.score)}/{self.result.method.max_score}"
        if row.capped is not None:
            shown += " " + self.t(
                "crit.capped",
                at_most=row.capped.at_most,
                score=self.level(row.capped.score),
                floors=", ".join(row.capped.floors),
            )
        return shown

    # -- evidence floors ------------------------------------------------------------------

    def floor_info(self, floor_id: str) -> FloorInfo:
        return next(f for f in self.result.catalogue.evidence_floors if f.id == floor_id)

    def floor_requirement(self, info: FloorInfo) -> str:
        """What a floor requires, in words."""
        if info.kind == "scorecard" and info.at_least is not None:
            return self.t("fl.req.check", check=info.test, at_least=info.at_least)
        return self.t(f"fl.req.{info.test}")

    def floor_found(
        self, info: FloorInfo, status: str, found: Param, reason: str | None = None
    ) -> str:
        """What the file says, in its own words where it has them (a Scorecard check's
        reason)."""
        if info.kind == "scorecard":
            if status == "unverified" and reason is None:
                return self.t("fl.found.missing", check=info.test)
            score = "–" if found is None else f"{found}/10"
            return self.t("fl.found.check", score=score, reason=reason) if reason else score
        value = str(found)
        if info.test == "stable":
            return self.t(f"ev.status.{value}")
        if info.test == "contract-current" and status != "not-applicable":
            return self.t("fl.found.contract", date=self.date(value))
        return self.t(f"ev.maintenance.{value}")

    def floor_outcome(self, info: FloorInfo, outcome: FloorOutcome) -> str:
        if outcome.status != "not-met":
            return self.t(f"fl.status.{outcome.status}")
        if info.effect == "knock-out":
            return self.t("fl.status.knock-out")
        return self.t(
            "fl.status.cap", criterion=self.criterion(info.criterion or ""), at_most=info.at_most
        )

    def floor_rows(self) -> list[tuple[str, str, str, str]]:
        """(alternative, requirement, what the file says, outcome) for each floor judged."""
        rows = []
        for alternative in self.result.alternatives:
            for outcome in alternative.floors:
                info = self.floor_info(outcome.floor)
                rows.append(
                    (
                        self.name(alternative.id),
                        self.floor_requirement(info),
                        self.floor_found(info, outcome.status, outcome.found, outcome.reason),
                        self.floor_outcome(info, outcome),
                    )
                )
        return rows

    def floors_unjudged(self) -> str:
        """The sentence naming the alternatives no floor judged (no file of the kinds), or
        nothing."""
        names = [self.name(a.id) for a in self.result.alternatives if not a.floors]
        return self.t("fl.unjudged", names=", ".join(names)) if names else ""

    def knockout(self, knockout: KnockOut) -> str:
        if knockout.code != "evidence-floor":
            return super().knockout(knockout)
        info = self.floor_info(knockout.ref)
        reason = knockout.params.get("reason")
        return self.t(
            "ko.evidence-floor",
            requirement=self.floor_requirement(info),
            file=str(knockout.params.get("file") or ""),
            found=self.floor_found(
                info, "not-met", knockout.params.get("found"), str(reason) if reason else None
            ),
        )

    def imported_note(self, row: CriterionScore) -> str:
        """For an assessed criterion whose evidence files give another level: what they give."""
        imported = row.imported
        if row.source != "assessed" or imported is None or imported.score == row.score:
            return ""
        score = f"{imported.score}/{self.result.method.max_score}"
        return self.t("crit.imported_differs", score=score, reason=self.imported_rationale(row))

    def shortfall(self, s: Shortfall) -> str:
        """Why one open-source alternative was not chosen: excluded, or how far behind (in
        points, or in per cent of the ratio Z under a UfAB award method)."""
        award = self.result.award
        name = self.name(s.compared_with)
        if s.excluded:
            return self.t("why.excluded", reasons=self.knockouts(s.knockouts))
        if s.lead_percent is not None and award and s.lead_percent >= 0:
            return self.t(
                "why.behind_ratio",
                lead=self.num(s.lead_percent),
                name=name,
                margin=self.num(award.margin_percent),
            )
        if s.lead_percent is not None:
            return self.t("why.ahead_ratio", lead=self.num(-s.lead_percent), name=name)
        if s.lead is not None and s.lead >= 0:
            return self.t("why.behind", lead=self.num(s.lead), name=name, margin=self.num(s.margin))
        return self.t("why.ahead", lead=self.num(-(s.lead or 0.0)), name=name)

    def award_method(self) -> str:
        """The award method in one sentence, with its corridor and tie-breaker or its price
        conversion and shares; empty without an award method."""
        aw = self.result.award
        if aw is None:
            return ""
        if aw.method == "ufab-extended":
            return self.t(
                "award.method.ufab-extended",
                corridor=self.pct(aw.corridor or 0.0, 1),
                tie=self.t(f"award.tie.{aw.tie_breaker}"),
            )
        if aw.method == "price-points":
            return self.t(
                "award.method.price-points",
                conversion=self.t(f"award.conversion.{aw.conversion}"),
                performance_share=self.num(aw.performance_weight or 0.0, 2),
                price_share=self.num(aw.price_weight or 0.0, 2),
            )
        return self.t(f"award.method.{aw.method}")

    def sensitivity_intro(self) -> str:
        """What the sensitivity analysis does, with the Monte-Carlo draws when there are."""
        sens = self.result.sensitivity
        mc = sens.monte_carlo if sens else None
        if mc:
            intro = self.t(
                "sens.intro",
                draws=self.num(mc.draws, 0),
                concentration=self.level(mc.concentration),
                spread=self.num(mc.spread_points, 1),
            )
            if mc.sets > 1:
                return intro + " " + self.t("sens.quasi", sets=mc.sets)
            return intro + " " + self.t("sens.quasi_single")
        return self.t("sens.intro_no_mc")

    def precision(self, half_width: float) -> str:
        """A share's 95 % half-width in percentage points, for the shares table."""
        if half_width * 100 < 0.05:
            return "< " + self.num(0.1, 1)
        return "± " + self.num(half_width * 100, 1)

    def cost_intro(self) -> str:
        """The horizon and discount rate of the costs, and where the rate comes from."""
        m = self.result.method
        rate = m.discount_rate
        if rate.origin == "request":
            origin = self.t("cost.origin.request")
        else:
            origin = self.t(
                "cost.origin.catalogue",
                source=rate.source.get(self.lang),
                date=self.date(rate.date),
            )
        intro = self.t(
            "cost.intro",
            count=m.horizon_years,
            years=m.horizon_years,
            rate=self.pct(rate.value, 2),
            origin=origin,
        )
        if rate.value < 0:
            return f"{intro} {self.t('cost.rate_negative')}"
        if rate.value == 0:
            return f"{intro} {self.t('cost.rate_zero')}"
        return intro

    def method_lines(self) -> list[list[str]]:
        """The points of the method section, each as the sentences it is made of: the formats
        join them with a space (Markdown escapes each sentence on its own)."""
        r, m = self.result, self.result.method
        profile = m.profile_title.get(self.lang)
        if r.award and r.award.method in ("ufab-simple", "ufab-extended"):
            preference = self.t(
                "method.preference_ratio", margin=self.points(r.award.margin_percent)
            )
        else:
            preference = self.t("method.preference", margin=self.num(m.margin))
        lines = [
            [self.t("method.aggregation", max=m.max_score, profile=profile)],
            [
                self.t(
                    "method.profile", profile=profile, rationale=m.profile_rationale.get(self.lang)
                )
            ],
            [preference],
            [self.t("method.knockouts")],
            [self.t(_LICENCE_RULE[m.licence_rule], spdx=r.audit.spdx_list_version)],
            [
                self.t(
                    "method.tco",
                    count=m.horizon_years,
                    years=m.horizon_years,
                    rate=self.pct(m.discount_rate.value, 2),
                )
            ],
            [
                self.t("gap.rule." + m.missing_data),
                self.t(
                    "method.stale",
                    count=m.evidence_expiry_months,
                    months=m.evidence_expiry_months,
                ),
            ],
        ]
        if r.award:
            lines.append([self.t("method.award", method=self.t("award.name." + r.award.method))])
        if m.strict_selection:
            lines.append(
                [
                    self.t(
                        "method.strict",
                        critical=self.criteria_list(m.strict_selection.critical),
                        relevant=self.criteria_list(m.strict_selection.relevant),
                    )
                ]
            )
        if self.has_panels():
            lines.append(
                [
                    self.t(
                        "method.assessors",
                        aggregate=self.t("panel." + m.assessor_aggregate),
                        threshold=m.disagreement_threshold,
                    )
                ]
            )
        if r.sensitivity and r.sensitivity.monte_carlo:
            mc = r.sensitivity.monte_carlo
            lines.append(
                [
                    self.t(
                        "method.sensitivity",
                        draws=self.num(mc.draws, 0),
                        concentration=self.level(mc.concentration),
                        method=mc.method,
                        version=mc.method_version,
                        sets=mc.sets,
                        seed=mc.seed,
                    )
                ]
            )
        elif r.sensitivity:
            lines.append([self.t("method.sensitivity_no_mc")])
        if r.audit.evidence:
            weights = m.scorecard_risk_weights
            lines.append(
                [
                    self.t(
                        "method.evidence",
                        **{
                            level: self.num(weights.get(level, 0), 1)
                            for level in ("critical", "high", "medium", "low")
                        },
                    )
                ]
            )
        return lines

    def gap_rows(self) -> list[tuple[str, str, str]]:
        """Gaps as table rows (alternative, criteria, gap); criteria that are simply not
        assessed are grouped per alternative so that a long list stays readable."""
        rows: list[tuple[str, list[str], str]] = []
        grouped: dict[tuple[str, str], int] = {}
        for gap in self.result.gaps:
            criterion = self.criterion(gap.criterion)
            if gap.reason in ("unassessed", "no-data"):
                key = (gap.alternative, gap.reason)
                if key not in grouped:
                    grouped[key] = len(rows)
                    rows.append((self.name(gap.alternative), [], self.gap(gap)))
                rows[grouped[key]][1].append(criterion)
            else:
                rows.append((self.name(gap.alternative), [criterion], self.gap(gap)))
        return [(alternative, "; ".join(criteria), text) for alternative, criteria, text in rows]

    # -- the market exploration ----------------------------------------------------------

    def market_outcomes(self) -> str:
        """How many hits were taken in, set aside, left open (the counts that are not 0)."""
        exploration = self.result.request.market_exploration
        assert exploration is not None
        counts = {"taken": 0, "aside": 0, "open": 0}
        for hit in exploration.hits:
            counts[{"taken-in": "taken", "set-aside": "aside", "open": "open"}[hit.outcome]] += 1
        parts = [self.t(f"mkt.{key}", count=n) for key, n in counts.items() if n]
        return ", ".join(parts) or "–"

    def market_intro(self) -> str:
        """What was searched, when, how many hits, and what became of them."""
        exploration = self.result.request.market_exploration
        assert exploration is not None
        return self.t(
            "mkt.intro",
            count=len(exploration.catalogues),
            date=self.date(exploration.searched_on),
            searches=self.t("mkt.searches", count=len(exploration.searches)),
            hits=self.t("mkt.hits", count=len(exploration.hits)),
            outcomes=self.market_outcomes(),
        )

    def market_notes(self) -> list[str]:
        """What a reader must know about the exploration: past the evidence expiry, not
        finished."""
        exploration = self.result.request.market_exploration
        assert exploration is not None
        notes = []
        if exploration.stale:
            notes.append(
                self.t(
                    "mkt.stale",
                    date=self.date(exploration.searched_on),
                    months=self.result.method.evidence_expiry_months,
                )
            )
        if not exploration.finished:
            notes.append(self.t("mkt.unfinished"))
        return notes

    def market_catalogue_rows(self) -> list[tuple[str, str, str]]:
        """The catalogues searched: name, snapshot date, entries."""
        exploration = self.result.request.market_exploration
        assert exploration is not None
        return [
            (c.name, self.date(c.snapshot) if c.snapshot else "–", self.num(c.entries, 0))
            for c in exploration.catalogues
        ]

    def market_search_rows(self) -> list[tuple[str, str, str, str]]:
        """The searches: query, filters, date, number of hits."""
        exploration = self.result.request.market_exploration
        assert exploration is not None
        rows = []
        for search in exploration.searches:
            filters = [self.t("mkt.filter.raw")] if search.raw else []
            filters += [self.t("mkt.filter.category", value=c) for c in search.category]
            if search.country:
                filters.append(self.t("mkt.filter.country", value=search.country))
            filters += [self.t("mkt.filter.lang", value=lang) for lang in search.lang]
            if search.maintained:
                filters.append(self.t("mkt.filter.maintained"))
            filters += [self.t("mkt.filter.status", value=s) for s in search.status]
            rows.append(
                (
                    search.query,
                    ", ".join(filters) or "–",
                    self.date(search.date),
                    self.num(search.found, 0),
                )
            )
        return rows

    def market_hit_rows(self) -> list[tuple[str, str, str]]:
        """The hits: name (with its catalogue), repository, what became of it."""
        exploration = self.result.request.market_exploration
        assert exploration is not None
        rows = []
        for hit in exploration.hits:
            if hit.outcome == "taken-in":
                outcome = self.t("mkt.outcome.taken-in", alternative=self.name(hit.alternative))
            elif hit.outcome == "set-aside":
                reason = self.t(f"mkt.reason-{hit.reason}")
                outcome = self.t("mkt.outcome.set-aside", reason=reason)
                if hit.note:
                    outcome += f" ({hit.note})"
            else:
                outcome = self.t("mkt.outcome.open")
            name = f"{hit.name} ({hit.catalogue})" if hit.catalogue else hit.name
            rows.append((name, hit.repository, outcome))
        return rows

    def market_reference(self) -> str:
        """What "Why no open-source solution" says of the market exploration ("" without
        one)."""
        request = self.result.request
        exploration = request.market_exploration
        if exploration is None:
            return self.t("why.market_words") if request.market_search else ""
        return self.t(
            "why.market",
            searches=self.t("mkt.searches", count=len(exploration.searches)),
            catalogues=self.t("mkt.catalogues", count=len(exploration.catalogues)),
            date=self.date(exploration.searched_on),
            hits=self.t("mkt.hits", count=len(exploration.hits)),
            outcomes=self.market_outcomes(),
        )

    def robustness(self) -> str:
        """The plain-language robustness statement of the summary."""
        sensitivity = self.result.sensitivity
        if sensitivity is None:
            return " ".join(self.hangs_on())
        parts = [self.t(f"robust.{sensitivity.robustness}")]
        simulation = sensitivity.monte_carlo
        if simulation is not None and sensitivity.holds is not None:
            holds = self.t(
                "robust.holds",
                count=simulation.draws,
                share=self.pct(sensitivity.holds),
                draws=self.num(simulation.draws, 0),
            )
            precision = (simulation.precision or {}).get(sensitivity.recommended)
            if precision is not None:
                if precision * 100 < 0.05:
                    holds += f" ({self.t('robust.precision_fine')})"
                else:
                    points = self.num(precision * 100, 1)
                    holds += f" ({self.t('robust.precision', points=points)})"
            parts.append(holds)
        nearest = sensitivity.nearest
        if nearest is None or sensitivity.nearest_direction is None:
            parts.append(self.t("robust.no_threshold"))
        else:
            lower = sensitivity.nearest_direction == "lower"
            threshold = nearest.lower if lower else nearest.upper
            to = nearest.lower_recommended if lower else nearest.upper_recommended
            assert threshold is not None
            parts.append(
                self.t(
                    f"robust.{sensitivity.nearest_direction}",
                    alternative=self.name(to),
                    dimension=self.dimension(nearest.dimension),
                    threshold=self.points(threshold),
                    weight=self.points(nearest.weight),
                )
            )
        statement = parts[0] + ": " + "; ".join(parts[1:]) + "."
        return " ".join([statement, *self.hangs_on()])

    # -- what the decision hangs on ---------------------------------------------------------

    def hangs_on(self) -> list[str]:
        """A sentence for each must-requirement or knock-out the recommendation hangs on."""
        decisive = self.result.decisive
        return [] if decisive is None else [self.hanging(r) for r in decisive.hangs_on]

    def _without(self, recommended: str | None) -> str:
        if recommended is None:
            return self.t("dec.none")
        return self.t("dec.instead", name=self.name(recommended))

    def hanging(self, relaxation: Relaxation) -> str:
        outcome = self._without(relaxation.recommended)
        if relaxation.code == "must-requirement":
            return self.t("dec.hangs.must-requirement", ref=relaxation.ref, outcome=outcome)
        found = next(
            (
                k
                for a in self.result.alternatives
                for k in a.knockouts
                if (k.code, k.ref) == (relaxation.code, relaxation.ref)
            ),
            None,
        )
        reason = self.knockout(found) if found is not None else relaxation.ref
        return self.t("dec.hangs.knock-out", reason=reason, outcome=outcome)

    def _present_value(self, difference: float | None, compared: str | None, key: str) -> str:
        """``difference`` (the compared alternative's present value minus this one's) in
        words: ``<key>.cheaper`` or ``<key>.dearer``."""
        if difference is None or compared is None:
            return ""
        amount = self.money(abs(difference))
        name = self.name(compared)
        return self.t(
            f"{key}.{'cheaper' if difference >= 0 else 'dearer'}", amount=amount, name=name
        )

    def exclusion_row(self, exclusion: Exclusion) -> tuple[str, str, str, str]:
        """An excluded open-source or reuse alternative: its name, what excludes it (and
        whether one alone does), the recommendation without it, and the present value
        available to close the gap."""
        single = self.t("dec.single" if exclusion.single else "dec.together")
        by = f"{self.knockouts(exclusion.knockouts)} ({single})"
        if exclusion.recommended:
            without = self.t("dec.recommended")
        else:
            without = self._without(exclusion.recommended_without)
        available = self._present_value(
            exclusion.present_value_difference, exclusion.compared_with, "dec"
        )
        if exclusion.closed_by is not None:
            closed = self.t("dec.closed_by", name=self.name(exclusion.closed_by))
            available = f"{available}. {closed}" if available else closed
        return self.name(exclusion.alternative), by, without, available

    def closing_row(self, closing: Closing) -> tuple[str, str, str, str, str]:
        """An alternative with its gaps closed: its name, the requirements it closes, the
        costs, the duration and publication, and how it compares."""
        variant = self.result.alternative(closing.variant)
        info = variant.gap_closing
        assert info is not None
        cost = self.t(
            "dec.cost", one_time=self.money(info.one_time), yearly=self.money(info.yearly)
        )
        time = (
            self.t("dec.months", count=info.months)
            + ", "
            + self.t(f"dec.published.{info.published}")
        )
        if not closing.eligible:
            parts = [self.t("dec.outcome.excluded", reasons=self.knockouts(variant.knockouts))]
        else:
            key = "dec.outcome.recommended" if closing.recommended else "dec.outcome.ranked"
            parts = [self.t(key, rank=closing.rank)]
        if closing.compared_with is not None and closing.total_difference is not None:
            name = self.name(closing.compared_with)
            points = self.num(abs(closing.total_difference))
            if closing.total_difference > 0:
                parts.append(self.t("dec.outcome.points_ahead", points=points, name=name))
            elif closing.total_difference < 0:
                parts.append(self.t("dec.outcome.points_behind", points=points, name=name))
            else:
                parts.append(self.t("dec.outcome.points_level", name=name))
            parts.append(
                self._present_value(
                    closing.present_value_difference, closing.compared_with, "dec.outcome"
                )
            )
        return (
            self.name(closing.variant),
            ", ".join(info.requirements),
            cost,
            time,
            "; ".join(p for p in parts if p),
        )

    def dimension_lead(self, shortfall: Shortfall, dimension_id: str) -> str:
        """Who leads in a dimension, in words: the open-source alternative or the one it is
        compared with, and by how many points (``None``: a score is missing)."""
        gap = shortfall.dimension_gaps.get(dimension_id)
        if gap is None:
            return "–"
        if gap == 0:
            return self.t("why.level")
        category = (
            self.result.alternative(shortfall.compared_with).category
            if gap > 0
            else shortfall.category
        )
        return self.t("why.lead", who=self.t(f"why.who.{category}"), points=self.num(abs(gap)))

    def dimension(self, dimension_id: str) -> str:
        for info in self.result.catalogue.dimensions:
            if info.id == dimension_id:
                return info.title.get(self.lang)
        return dimension_id

    def has_panels(self) -> bool:
        return any(row.panel for a in self.result.alternatives for row in a.criteria)


#: The procedures UVgO names in words of its own (Öffentliche Ausschreibung, Beschränkte
#: Ausschreibung, Verhandlungsvergabe); the others share the VgV's names.
_UVGO_NAMES = frozenset({"open", "restricted", "negotiated"})


def procurement(w: Words, info: ProcurementInfo | None) -> str | None:
    """The award procedure in one line, as the report's title block and the workbook's
    summary show it ("UVgO, unterhalb des EU-Schwellenwerts: Beschränkte
    Ausschreibung mit Teilnahmewettbewerb; <note>"), or None when the request names none."""
    if info is None:
        return None
    frame = []
    if info.rules is not None:
        frame.append(w.t(f"proc.rules.{info.rules}.name"))
    if info.threshold is not None:
        frame.append(w.t(f"proc.threshold.{info.threshold}.name"))
    how = []
    if info.procedure is not None:
        uvgo = info.rules == "uvgo" and info.procedure in _UVGO_NAMES
        how.append(w.t(f"proc.procedure.{info.procedure}.{'uvgo' if uvgo else 'name'}"))
    if info.competition is not None:
        how.append(w.t("proc.competition.yes" if info.competition else "proc.competition.no"))
    line = ": ".join(part for part in (", ".join(frame), " ".join(how)) if part)
    return "; ".join(part for part in (line, info.note or "") if part) or None
